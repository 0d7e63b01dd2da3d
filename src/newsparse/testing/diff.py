"""Field-by-field differences between two JSON values, written for a person to read.

A golden file and a fresh parse are compared as the JSON ``Article.to_dict`` gives, so a
failure can name the field that moved instead of printing two 5,000-character reprs::

    >>> golden = {"headline": "Storm closes schools", "body": ["Snow fell.", "Buses stopped."]}
    >>> parsed = {"headline": "Storm closes schools", "body": ["Snow fell.", "Trains stopped."]}
    >>> print("\\n".join(render(differences(golden, parsed))))
    body[1]
        golden: "Buses stopped."
        parsed: "Trains stopped."

Lists are aligned, so an item added or dropped is one difference. The records of input lines
(``lines``, ``notices``) are aligned by content with their line numbers left aside, and a
changed record is one difference naming its line: a line dropped above does not renumber
every line below into a difference of its own.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Sequence

import attrs

from newsparse.testing.align import pair_by_likeness


@attrs.frozen
class Moved:
    """A list item that stands at another index in the parse than in the golden list."""

    golden: int
    parsed: int


Key = str | int | Moved
Path = tuple[Key, ...]


@attrs.frozen
class Records:
    """A list whose items are records of input lines: ``place`` names the field holding a
    record's line number, ``name`` the one that says which line it is to a reader."""

    place: str
    name: str


# The Article fields that list records of input lines, by field name.
RECORDS = {"lines": Records("number", "text"), "notices": Records("line", "message")}


def records_at(path: Path) -> Records | None:
    """What the list at ``path`` holds records of, if it does (``lines``, ``notices``)."""
    return RECORDS.get(path[-1]) if path and isinstance(path[-1], str) else None


# Article fields that restate another, by the field they restate: told only when that one is
# the same on both sides, so a changed paragraph is one difference (in ``body``), not two.
RESTATES = {"blocks": "body"}

# Long strings are shown as a window of this many characters around their first difference.
EXCERPT_CHARS = 80


@attrs.frozen
class Difference:
    """One place where two values differ: ``golden`` or ``parsed`` is ABSENT when only the
    other side holds something there (a paragraph dropped, a bullet added)."""

    path: Path
    golden: object
    parsed: object


ABSENT = object()
"""Stands for the side of a Difference that holds nothing."""


def differences(golden: object, parsed: object, path: Path = ()) -> Iterator[Difference]:
    """Every place where ``parsed`` differs from ``golden``, walking dicts key by key and
    lists item by item (a paragraph inserted shows as one addition, not as every later
    paragraph changed). A record of ``RECORDS`` that changed is one difference, whichever of
    its fields moved. ``blocks`` are compared only when ``body`` is the same (see
    ``RESTATES``)."""
    if isinstance(golden, dict) and isinstance(parsed, dict):
        for key in [*golden, *(key for key in parsed if key not in golden)]:
            restated = RESTATES.get(key)
            if restated is not None and golden.get(restated) != parsed.get(restated):
                continue
            yield from differences(golden.get(key, ABSENT), parsed.get(key, ABSENT), (*path, key))
    elif isinstance(golden, list) and isinstance(parsed, list):
        yield from _list_differences(golden, parsed, path)
    elif golden != parsed or type(golden) is not type(parsed):
        yield Difference(path, golden, parsed)


def _list_differences(
    golden: list[object], parsed: list[object], path: Path
) -> Iterator[Difference]:
    records = records_at(path)
    pairs = list(_aligned(golden, parsed, records))
    for at, (g_index, p_index) in enumerate(pairs):
        if records is not None and _goes_with_a_line(pairs, at, (golden, parsed), records):
            continue
        if p_index is None:
            assert g_index is not None
            yield Difference((*path, g_index), golden[g_index], ABSENT)
        elif g_index is None:
            yield Difference((*path, p_index), ABSENT, parsed[p_index])
        else:
            key = p_index if g_index == p_index else Moved(g_index, p_index)
            if records is None:
                yield from differences(golden[g_index], parsed[p_index], (*path, key))
            elif _record_changed(golden, g_index, parsed, p_index, records):
                yield Difference((*path, key), golden[g_index], parsed[p_index])


def _aligned(
    golden: list[object], parsed: list[object], records: Records | None
) -> Iterator[tuple[int | None, int | None]]:
    """Which golden item each parsed item is, in order; an item paired with None is on one
    side only. Equal items pair as a longest common subsequence, the runs between them by
    likeness (``pair_by_likeness``). Equal records are paired too: their line numbers, left
    out of the comparison, may still differ."""
    place = None if records is None else records.place
    keys = (
        [_canonical(item, place) for item in golden],
        [_canonical(item, place) for item in parsed],
    )
    matcher = difflib.SequenceMatcher(None, *keys, autojunk=False)
    for tag, g_start, g_stop, p_start, p_stop in matcher.get_opcodes():
        if tag == "equal":
            if records is not None:
                yield from zip(range(g_start, g_stop), range(p_start, p_stop), strict=True)
            continue
        for g_offset, p_offset in pair_by_likeness(
            golden[g_start:g_stop], parsed[p_start:p_stop], place
        ):
            yield (
                None if g_offset is None else g_start + g_offset,
                None if p_offset is None else p_start + p_offset,
            )


def _goes_with_a_line(
    pairs: list[tuple[int | None, int | None]],
    at: int,
    sides: tuple[list[object], list[object]],
    records: Records,
) -> bool:
    """Whether ``pairs[at]`` is a blank record on one side only, next to a record with text on
    that side only: a paragraph dropped with the blank line after it is one edit, shown as
    the paragraph's line."""

    def one_sided_text(pair: tuple[int | None, int | None], side: int) -> object:
        index, other = pair[side], pair[1 - side]
        return (
            None if index is None or other is not None else _field(sides[side][index], records.name)
        )

    side = 0 if pairs[at][1] is None else 1
    if one_sided_text(pairs[at], side) != "":
        return False
    neighbours = [pairs[near] for near in (at - 1, at + 1) if 0 <= near < len(pairs)]
    return any(one_sided_text(pair, side) not in (None, "") for pair in neighbours)


def _record_changed(
    golden: list[object], g_index: int, parsed: list[object], p_index: int, records: Records
) -> bool:
    """Whether a record differs in more than the shift of its line number that the lines
    added or dropped above it explain: line numbers are compared as the gap from the record
    before, so one blank line added shows at the first line it moved, not at every later
    one."""
    old, new = golden[g_index], parsed[p_index]
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return old != new
    place = records.place
    if _canonical(old, place) != _canonical(new, place):
        return True
    return _gap(golden, g_index, place) != _gap(parsed, p_index, place)


def _gap(items: list[object], index: int, place: str) -> object:
    """A record's line number less the one of the record before it (the number itself for
    the first record, or when either is not a number)."""
    number = _field(items[index], place)
    before = _field(items[index - 1], place) if index else None
    if isinstance(number, int) and isinstance(before, int):
        return number - before
    return number


def _field(item: object, name: str) -> object:
    return item.get(name) if isinstance(item, dict) else None


def counted(count: int, noun: str) -> str:
    """``1 difference``, ``3 differences``."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _canonical(value: object, place: str | None = None) -> str:
    """``value`` as text to compare by; a record's ``place`` (its line number) left out."""
    if place is not None and isinstance(value, dict):
        value = {key: item for key, item in value.items() if key != place}
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def render(
    found: Sequence[Difference] | Iterator[Difference],
    *,
    limit: int | None = None,
    top: str = "",
    sides: tuple[str, str] = ("golden", "parsed"),
) -> list[str]:
    """The differences as indented lines, at most ``limit`` of them (then a count of the
    rest). With ``top="article"`` a leading list index reads ``article 1``; ``sides`` names
    the two values compared."""
    found = list(found)
    lines: list[str] = []
    for difference in found[:limit]:
        lines.extend(_describe(difference, top, sides))
    if limit is not None and len(found) > limit:
        lines.append(f"… and {len(found) - limit} more differences (-vv shows them all)")
    return lines


def format_path(path: Path, top: str = "") -> str:
    """``("body", 3)`` → ``body[3]``; with ``top="article"``, ``(0, "dateline", "raw")`` →
    ``article 1 › dateline.raw``; an item the parse moved reads ``body[3 → 4]``."""
    head: list[str] = []
    if top and path and isinstance(path[0], int | Moved):
        first = path[0]
        number = (
            f"{first + 1}" if isinstance(first, int) else f"{first.golden + 1} → {first.parsed + 1}"
        )
        head, path = [f"{top} {number}"], path[1:]
    text = ""
    for key in path:
        if isinstance(key, int):
            text += f"[{key}]"
        elif isinstance(key, Moved):
            text += f"[{key.golden} → {key.parsed}]"
        else:
            text += f".{key}" if text else key
    return " › ".join([*head, text] if text else head) or "the whole value"


def _describe(difference: Difference, top: str, sides: tuple[str, str]) -> list[str]:
    where = format_path(difference.path, top)
    golden, parsed = difference.golden, difference.parsed
    records = records_at(difference.path[:-1])
    if records is not None and all(isinstance(v, dict) or v is ABSENT for v in (golden, parsed)):
        return _describe_record(where, golden, parsed, records, sides)
    if golden is ABSENT:
        return [f"{where}: {sides[1]} only: {_short(parsed)}"]
    if parsed is ABSENT:
        return [f"{where}: {sides[0]} only: {_short(golden)}"]
    if isinstance(golden, str) and isinstance(parsed, str):
        golden, parsed = _excerpts(golden, parsed)
    width = max(map(len, sides))
    return [
        where,
        f"    {sides[0] + ':':<{width + 1}} {_short(golden)}",
        f"    {sides[1] + ':':<{width + 1}} {_short(parsed)}",
    ]


def _describe_record(
    where: str, golden: object, parsed: object, records: Records, sides: tuple[str, str]
) -> list[str]:
    """A record added, dropped or changed, named by its line number and (when that did
    not change) its text; of a changed record only the fields that changed are shown::

        lines[6], line 13: "Buses stopped."
            golden: role "body", rule "body"
            parsed: role "chrome", rule "unclaimed"
    """
    if not isinstance(golden, dict):
        assert isinstance(parsed, dict)  # _describe sends records and ABSENT only
        return [f"{where}: {sides[1]} only: {_summary(parsed, records)}"]
    if not isinstance(parsed, dict):
        return [f"{where}: {sides[0]} only: {_summary(golden, records)}"]
    head = f"{where}, {_place(golden.get(records.place), parsed.get(records.place))}"
    changed = [
        key
        for key in _in_record_order({*golden, *parsed} - {records.place}, records)
        if golden.get(key, ABSENT) != parsed.get(key, ABSENT)
    ]
    if records.name not in changed and records.name in golden:
        head += f": {_short(golden[records.name])}"
    if not changed:
        return [head]  # the record only moved: the lines after it that moved with it are quiet
    shown: tuple[list[str], list[str]] = ([], [])
    for key in changed:
        values = golden.get(key, ABSENT), parsed.get(key, ABSENT)
        if isinstance(values[0], str) and isinstance(values[1], str):
            values = _excerpts(values[0], values[1])
        for side, value in zip(shown, values, strict=True):
            side.append(f"{key} {'(none)' if value is ABSENT else _short(value)}")
    width = max(map(len, sides))
    return [
        head,
        *(
            f"    {name + ':':<{width + 1}} {', '.join(side)}"
            for name, side in zip(sides, shown, strict=True)
        ),
    ]


def _summary(record: dict[str, object], records: Records) -> str:
    """``line 9, role "body", rule "body", text "Forecasters expect…"``."""
    fields = _in_record_order(set(record) - {records.place}, records)
    return ", ".join(
        [_line(record.get(records.place)), *(f"{k} {_short(record[k])}" for k in fields)]
    )


def _in_record_order(keys: set[str], records: Records) -> list[str]:
    """Sorted, as a golden file writes them, but with the record's name (its text) last."""
    return sorted(keys, key=lambda key: (key == records.name, key))


def _place(golden: object, parsed: object) -> str:
    """``line 9``, or ``line 11 → 9`` for a record the parse numbers otherwise."""
    if golden == parsed:
        return _line(golden)
    return f"{_line(golden)} → {parsed if isinstance(parsed, int) else _line(parsed)}"


def _line(number: object) -> str:
    return "no line" if number is None else f"line {number}"


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if len(text) <= EXCERPT_CHARS + 10:
        return text
    return text[:EXCERPT_CHARS] + "…"


def _excerpts(golden: str, parsed: str) -> tuple[str, str]:
    """Both strings cut to a window around where they first differ, so a changed word deep
    in a long paragraph shows."""
    if max(len(golden), len(parsed)) <= EXCERPT_CHARS:
        return golden, parsed
    same = next(
        (i for i, (a, b) in enumerate(zip(golden, parsed, strict=False)) if a != b),
        min(len(golden), len(parsed)),
    )
    longest = max(len(golden), len(parsed))
    # A third of the window before the difference; more when it stands near the end.
    start = max(0, min(same - EXCERPT_CHARS // 3, longest - EXCERPT_CHARS))

    def cut(text: str) -> str:
        stop = start + EXCERPT_CHARS
        return ("…" if start else "") + text[start:stop] + ("…" if stop < len(text) else "")

    return cut(golden), cut(parsed)

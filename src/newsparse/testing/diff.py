"""Field-by-field differences between two JSON values, written for a person to read.

A golden file and a fresh parse are compared as the JSON ``Article.to_dict`` gives, so a
failure can name the field that moved instead of printing two 5,000-character reprs::

    >>> golden = {"headline": "Storm closes schools", "body": ["Snow fell.", "Buses stopped."]}
    >>> parsed = {"headline": "Storm closes schools", "body": ["Snow fell.", "Trains stopped."]}
    >>> print("\\n".join(render(differences(golden, parsed))))
    body[1]
        golden: "Buses stopped."
        parsed: "Trains stopped."
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Sequence

import attrs


@attrs.frozen
class Moved:
    """A list item that stands at another index in the parse than in the golden list."""

    golden: int
    parsed: int


Key = str | int | Moved
Path = tuple[Key, ...]

# Runs of changed objects longer than this (golden × parsed) pair by position: aligning them
# by content would take too long.
MAX_ALIGNED_PAIRS = 40_000
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
    paragraph changed)."""
    if isinstance(golden, dict) and isinstance(parsed, dict):
        for key in [*golden, *(key for key in parsed if key not in golden)]:
            yield from differences(golden.get(key, ABSENT), parsed.get(key, ABSENT), (*path, key))
    elif isinstance(golden, list) and isinstance(parsed, list):
        yield from _list_differences(golden, parsed, path)
    elif golden != parsed or type(golden) is not type(parsed):
        yield Difference(path, golden, parsed)


def _list_differences(
    golden: list[object], parsed: list[object], path: Path
) -> Iterator[Difference]:
    keys = [_canonical(item) for item in golden], [_canonical(item) for item in parsed]
    matcher = difflib.SequenceMatcher(None, *keys, autojunk=False)
    for tag, g_start, g_stop, p_start, p_stop in matcher.get_opcodes():
        if tag == "equal":
            continue
        for g_offset, p_offset in _pair(golden[g_start:g_stop], parsed[p_start:p_stop]):
            g_index = None if g_offset is None else g_start + g_offset
            p_index = None if p_offset is None else p_start + p_offset
            if p_index is None:
                assert g_index is not None
                yield Difference((*path, g_index), golden[g_index], ABSENT)
            elif g_index is None:
                yield Difference((*path, p_index), ABSENT, parsed[p_index])
            else:
                key = p_index if g_index == p_index else Moved(g_index, p_index)
                yield from differences(golden[g_index], parsed[p_index], (*path, key))


def _pair(golden: list[object], parsed: list[object]) -> list[tuple[int | None, int | None]]:
    """Which golden item each parsed item is, in a run of items that changed, in order; an
    item paired with None is on one side only.

    Objects (articles, images, lines) pair with the one that shares the most fields, so a
    lost article does not read as every later article changed; anything else pairs by
    position. Alignment keeps order: it is a longest common subsequence weighted by the
    number of shared fields, computed only for runs small enough to do so quickly.
    """
    objects = all(isinstance(item, dict) for item in [*golden, *parsed])
    if not objects or len(golden) * len(parsed) > MAX_ALIGNED_PAIRS:
        paired = min(len(golden), len(parsed))
        return [
            *((i, i) for i in range(paired)),
            *((i, None) for i in range(paired, len(golden))),
            *((None, i) for i in range(paired, len(parsed))),
        ]
    shared = [[_shared_fields(g, p) for p in parsed] for g in golden]
    best = [[0] * (len(parsed) + 1) for _ in range(len(golden) + 1)]
    for g in range(len(golden) - 1, -1, -1):
        for p in range(len(parsed) - 1, -1, -1):
            together = best[g + 1][p + 1] + shared[g][p] if shared[g][p] else 0
            best[g][p] = max(best[g + 1][p], best[g][p + 1], together)
    pairs: list[tuple[int | None, int | None]] = []
    g = p = 0
    while g < len(golden) and p < len(parsed):
        if shared[g][p] and best[g][p] == best[g + 1][p + 1] + shared[g][p]:
            pairs.append((g, p))
            g, p = g + 1, p + 1
        elif best[g][p] == best[g + 1][p]:
            pairs.append((g, None))
            g += 1
        else:
            pairs.append((None, p))
            p += 1
    pairs += [(i, None) for i in range(g, len(golden))]
    pairs += [(None, i) for i in range(p, len(parsed))]
    return pairs


def _shared_fields(golden: object, parsed: object) -> int:
    if not (isinstance(golden, dict) and isinstance(parsed, dict)):
        return 0
    return sum(1 for key, value in golden.items() if key in parsed and parsed[key] == value)


def counted(count: int, noun: str) -> str:
    """``1 difference``, ``3 differences``."""
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _canonical(value: object) -> str:
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

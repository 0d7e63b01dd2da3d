"""Golden files: the articles of a saved page, stored as JSON beside it and compared on every run.

``page.html`` (or ``page.txt``, ``page.html.gz``) is checked against ``page.golden.json``: a
JSON list holding ``Article.to_dict()`` of every article the page gives, in order, written
with sorted keys and two-space indents so that a change reads well in a code review.
``Golden`` is what the pytest fixture ``newsparse_golden`` hands a test; it also works alone::

    Golden(base=Path("tests/pages"))("storm.html")   # GoldenMismatch names each changed field
"""

from __future__ import annotations

import enum
import json
import os
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from newsparse import Parser
from newsparse.model import Article
from newsparse.testing.diff import counted, differences, render
from newsparse.testing.masks import MASKED, apply_masks, check_masks, mask_articles

GOLDEN_SUFFIX = ".golden.json"
PAGE_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".txt", ".text"})
UPDATE_HINT = "run `pytest --newsparse-update` to accept the parse, then review the golden file"
UNMASKED_HINT = (
    f'"{MASKED}" in the golden file is a value a mask left open when it was written: mask the '
    "field again, or accept the parse to pin it"
)


class GoldenMismatch(AssertionError):
    """A page's parse differs from its golden file, or the page has no golden file yet."""


class Default(enum.Enum):
    """Stands for "the ``now`` the configuration gives" in ``Golden.__call__``."""

    CONFIGURED = enum.auto()


def golden_path(page: str | os.PathLike[str]) -> Path:
    """The golden file of a page: ``storm.html`` → ``storm.golden.json``; a ``.gz`` suffix and
    then the page's own suffix are dropped (``storm.html.gz`` → ``storm.golden.json``).

    >>> golden_path("pages/storm.html.gz").as_posix()
    'pages/storm.golden.json'
    """
    path = Path(page)
    name = path.name.removesuffix(".gz")
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return path.with_name(stem + GOLDEN_SUFFIX)


def find_pages(folder: str | os.PathLike[str]) -> list[Path]:
    """The saved pages in ``folder`` and below, sorted: ``.html``, ``.htm``, ``.xhtml``,
    ``.txt``, ``.text`` files, gzipped or not. Golden files and anything else are left out,
    so a folder of pages can hold a README."""
    pages = (
        path
        for path in Path(folder).rglob("*")
        if path.is_file() and Path(path.name.removesuffix(".gz")).suffix.lower() in PAGE_SUFFIXES
    )
    return sorted(pages)


def parse_page(page: Path, parser: Parser, now: datetime | None) -> list[Article]:
    """Every article of a saved page, as ``newsparse parse`` gives them: HTML or text told by
    content, ``.gz`` undone."""
    return list(parser.parse_all(Path(page), now=now).articles)


def dump(articles: list[dict[str, Any]]) -> str:
    """The text of a golden file: stable across runs and machines, so it diffs cleanly."""
    return json.dumps(articles, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


class Golden:
    """Checks saved pages against their golden files::

        golden = Golden(base=Path("fixtures"), now=datetime(2024, 11, 26, 12, tzinfo=UTC))
        first, second = golden("000_0104679317dec44f.txt")  # both articles of the dump

    ``base`` is the folder relative page paths start from (the test file's folder under
    pytest); ``now`` places relative stamps; ``mask`` names fields left out of the
    comparison (see ``newsparse.testing.masks``); ``limit`` caps the differences a failure
    lists (None lists all); with ``update`` a missing or different golden file is written
    instead of failing, and ``on_write(path, created)`` hears of each one written.
    """

    def __init__(
        self,
        *,
        parser: Parser | None = None,
        base: Path | None = None,
        now: datetime | None = None,
        mask: Iterable[str] = (),
        update: bool = False,
        limit: int | None = 20,
        on_write: Callable[[Path, bool], None] = lambda path, created: None,
    ) -> None:
        self.parser = Parser() if parser is None else parser
        self.base = Path.cwd() if base is None else base
        self.now = now
        self.mask = check_masks(mask)
        self.update = update
        self.limit = limit
        self.on_write = on_write

    def __call__(
        self,
        page: str | os.PathLike[str],
        *,
        now: datetime | str | Default | None = Default.CONFIGURED,
        mask: Iterable[str] = (),
        golden: str | os.PathLike[str] | None = None,
    ) -> list[Article]:
        """Parse ``page`` and compare its articles with the golden file; return the articles.

        ``now`` (a datetime or ISO 8601 text) overrides the configured one for this page,
        ``None`` included; ``mask`` adds to the configured masks; ``golden`` names another
        golden file than the one beside the page. Raises GoldenMismatch on any difference.
        """
        __tracebackhide__ = True  # pytest shows the test's line, not this one
        path = self.base / page
        golden_file = golden_path(path) if golden is None else self.base / golden
        when = self.now if now is Default.CONFIGURED else _as_datetime(now)
        masks = check_masks((*self.mask, *mask))
        articles = parse_page(path, self.parser, when)
        parsed = [apply_masks(article.to_dict(), masks) for article in articles]
        self._compare(path, golden_file, parsed, masks)
        return articles

    def _compare(
        self, page: Path, golden_file: Path, parsed: list[dict[str, Any]], masks: tuple[str, ...]
    ) -> None:
        """Pass when the golden file, masked as the parse is, holds the parse's data: a mask
        added after the file was written leaves it passing (and, under ``update``, as it
        is), its values compared as ``<masked>``."""
        __tracebackhide__ = True
        text = dump(parsed)
        stored = golden_file.read_text(encoding="utf-8") if golden_file.is_file() else None
        if stored == text:
            return
        loaded = None if stored is None else _load(golden_file, stored, self.update)
        golden_data = mask_articles(loaded, masks)
        parsed_data = without_new_fields(json.loads(text), golden_data)
        if golden_data == parsed_data:
            return  # same data laid out by hand, or values a mask now leaves open
        if self.update:
            golden_file.write_text(text, encoding="utf-8")
            self.on_write(golden_file, stored is None)
            return
        if stored is None:
            raise GoldenMismatch(
                f"{_shown(page)} has no golden file {golden_file.name}: run `pytest "
                "--newsparse-update` to write it from the current parse, then read it and "
                "commit it beside the page"
            )
        raise GoldenMismatch(self._mismatch(page, golden_file, golden_data, parsed_data))

    def _mismatch(self, page: Path, golden_file: Path, stored: object, parsed: object) -> str:
        found = list(differences(_in_field_order(stored), _in_field_order(parsed)))
        lines = [f"{_shown(page)}: {counted(len(found), 'difference')} from {golden_file.name}"]
        lines += ["  " + line for line in render(found, limit=self.limit, top="article")]
        if any(difference.golden == MASKED for difference in found):
            lines.append(UNMASKED_HINT)
        lines.append(UPDATE_HINT)
        return "\n".join(lines)


# What a field holds by default in JSON: false, null, zero or empty.
_EMPTY: tuple[object, ...] = (False, None, 0, "", [], {})


def without_new_fields(parsed: object, golden: object) -> object:
    """``parsed`` without the fields a golden file predates: a key that no object of the
    golden file holds at that place (``blocks[].ordered`` in a file written before lists
    said whether they are numbered), where the parse gives it its empty default. A newer
    newsparse then passes the golden files an older one wrote, until a new field says
    something."""
    known: set[Place] = set()
    _collect_keys(golden, (), known)
    return _pruned(parsed, (), known, {place[:-1] for place in known})


Place = tuple[str, ...]
"""Where a key stands in a JSON value: the keys leading to it, list indexes left aside."""


def _collect_keys(value: object, place: Place, known: set[Place]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            known.add((*place, key))
            _collect_keys(item, (*place, key), known)
    elif isinstance(value, list):
        for item in value:
            _collect_keys(item, place, known)


def _pruned(value: object, place: Place, known: set[Place], described: set[Place]) -> object:
    """``value`` without its empty keys that ``known`` lacks, in the objects at the places
    the golden file ``described`` (where it has none, it predates nothing)."""
    if isinstance(value, dict):
        return {
            key: _pruned(item, (*place, key), known, described)
            for key, item in value.items()
            if place not in described or (*place, key) in known or not _is_empty(item)
        }
    if isinstance(value, list):
        return [_pruned(item, place, known, described) for item in value]
    return value


def _is_empty(value: object) -> bool:
    return any(value == empty and type(value) is type(empty) for empty in _EMPTY)


def _in_field_order(articles: object) -> object:
    """Articles with their keys in the model's order (headline, bullets, standfirst …) rather
    than the file's sorted order, so that differences are listed as a reader scans a story."""
    if not isinstance(articles, list):
        return articles
    rank = {name: place for place, name in enumerate(attrs.fields_dict(Article))}
    return [
        {key: item[key] for key in sorted(item, key=lambda key: rank.get(key, len(rank)))}
        if isinstance(item, dict)
        else item
        for item in articles
    ]


def _load(golden_file: Path, text: str, update: bool) -> object:
    """The data of a golden file; None when it is not JSON and ``update`` will rewrite it."""
    __tracebackhide__ = True
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        if update:
            return None
        raise GoldenMismatch(
            f"{golden_file.name} is not valid JSON ({exc}); {UPDATE_HINT}"
        ) from None


def _as_datetime(now: datetime | str | None) -> datetime | None:
    if isinstance(now, str):
        return parse_now(now)
    return now


def parse_now(text: str) -> datetime | None:
    """``now`` as the configuration writes it: ISO 8601 text, or empty/``none`` for no now."""
    if text.strip().casefold() in {"", "none"}:
        return None
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(
            f"now {text!r} is not an ISO 8601 date-time, e.g. 2024-11-26T12:00:00+00:00"
        ) from None


def _shown(path: Path) -> str:
    """``path`` relative to the working folder when it lies below it: shorter in messages."""
    try:
        return path.resolve().relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()

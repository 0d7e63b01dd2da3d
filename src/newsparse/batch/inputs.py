"""What a batch run reads: command-line paths expanded, one at a time, into Pages to parse.

A path is a file, ``-`` (standard input), a folder (every file below it that is not hidden,
in sorted order), a glob (``pages/**/*.html``, matches in sorted order) or a WARC archive
(``.warc``, ``.warc.gz``: one Page per HTML response record). Nothing is listed ahead: a
folder of millions of files is walked one directory at a time, so memory stays flat.

    >>> [page.source.path for page in iter_pages(["fixtures/*.txt"], limit=1 << 20)]
    ['fixtures/000_0104679317dec44f.txt']
"""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from typing import Any

import attrs

from newsparse.errors import InputError, NewsParseError

STDIN = "-"
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""One path, or many: ``"pages/"``, ``["a.html", "crawl.warc.gz"]``."""
GOLDEN_SUFFIX = ".golden.json"

_GLOB_MAGIC = re.compile(r"[*?[]")
_WARC_SUFFIXES = (".warc", ".warc.gz")


@attrs.frozen
class Source:
    """Where one input came from: its path and, for a WARC record, the page's URL, the capture
    date and the record's byte offset in the archive (``offset``)."""

    path: str
    url: str | None = None
    date: datetime | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form every output record carries under ``source``.

        >>> Source("crawl.warc.gz", "https://example.com/a", None, 1234).to_dict()
        {'path': 'crawl.warc.gz', 'url': 'https://example.com/a', 'date': None, 'offset': 1234}
        """
        date = None if self.date is None else self.date.isoformat()
        return {"path": self.path, "url": self.url, "date": date, "offset": self.offset}

    def __str__(self) -> str:
        """How messages name the input: ``page.html``, ``crawl.warc.gz@1234 https://…``."""
        if self.offset is None:
            return self.path
        return f"{self.path}@{self.offset} {self.url or ''}".rstrip()


@attrs.frozen
class Page:
    """One input to parse.

    ``data`` is None for a file, which the worker reads itself (so only its path crosses
    between processes); a WARC record or standard input carries its bytes. ``html`` marks a
    WARC record served as HTML, whose HTTP ``charset`` (if any) decodes it; other inputs are
    told HTML or text by content. ``error`` is set when the input could not even be read
    (a damaged archive, a missing extra): the Page then only reports it.
    """

    source: Source
    data: bytes | None = None
    html: bool = False
    charset: str | None = None
    error: NewsParseError | None = None


def iter_pages(paths: Paths, limit: int) -> Iterator[Page]:
    """The Pages of ``paths``, in order, reading at most ``limit`` bytes of a WARC record or of
    standard input (more is refused later, as InputTooLarge)."""
    for path in expand(paths):
        if path == STDIN:
            yield Page(Source(STDIN), data=sys.stdin.buffer.read(limit + 1))
        elif is_warc(path):
            from newsparse.batch.warc import warc_pages  # warcio loads only for an archive

            yield from warc_pages(path, limit)
        else:
            yield Page(Source(path))


def expand(paths: Paths) -> Iterator[str]:
    """Each path as the files it names, in order.

    A path that does not exist, or a glob that matches nothing, is passed on as it is (as a
    shell does), so that reading it reports the error.
    """
    for item in [paths] if isinstance(paths, str | os.PathLike) else paths:
        path = os.fspath(item)
        if os.path.isdir(path):
            yield from _walk(path)
        elif path == STDIN or os.path.lexists(path) or not _GLOB_MAGIC.search(path):
            yield path
        else:
            matched = False
            for match in _glob(path):
                matched = True
                yield from _walk(match) if os.path.isdir(match) else (match,)
            if not matched:
                yield path


def is_warc(path: str) -> bool:
    """Whether ``path`` names a WARC archive (``.warc``, ``.warc.gz``), which holds many pages."""
    return path.lower().endswith(_WARC_SUFFIXES)


def is_single_document(path: str) -> bool:
    """Whether ``path`` names one document: ``-`` or a file, not a folder, glob or archive."""
    if path == STDIN:
        return True
    if os.path.isdir(path) or is_warc(path):
        return False
    return os.path.lexists(path) or not _GLOB_MAGIC.search(path)


def read_bytes(path: str, limit: int) -> bytes:
    """The first ``limit + 1`` bytes of the file (``-``: standard input); enough to tell that
    an input is over the limit without reading all of it."""
    try:
        if path == STDIN:
            return sys.stdin.buffer.read(limit + 1)
        with open(path, "rb") as handle:
            return handle.read(limit + 1)
    except OSError as exc:
        raise unreadable(exc) from exc


def unreadable(error: OSError) -> InputError:
    """The InputError of a file that cannot be read, e.g. ``cannot read it: Permission denied``."""
    return InputError(f"cannot read it: {error.strerror or error}")


def _entries(folder: str) -> list[os.DirEntry[str]]:
    # Sorted, so that output order does not depend on the file system; hidden names (.git,
    # .DS_Store) and the golden files of the pytest plugin (page.golden.json beside
    # page.html) are not pages.
    try:
        with os.scandir(folder or os.curdir) as entries:
            return sorted((e for e in entries if _page_name(e.name)), key=_name)
    except OSError:
        return []


def _page_name(name: str) -> bool:
    return not name.startswith(".") and not name.endswith(GOLDEN_SUFFIX)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _joined(folder: str, entry: os.DirEntry[str]) -> str:
    return os.path.join(folder, entry.name)


def _walk(folder: str) -> Iterator[str]:
    for entry in _entries(folder):
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(_joined(folder, entry))
        # Links to folders are skipped, as `find` does: a link back up would loop forever.
        elif not entry.is_dir():
            yield _joined(folder, entry)


def _glob(pattern: str) -> Iterator[str]:
    """The paths matching ``pattern``, sorted within each folder (``glob.iglob`` yields them in
    file-system order). ``**`` matches any number of folders; a trailing ``**``, every file
    below."""
    parts = [part for part in pattern.split(os.sep) if part]
    fixed = next(i for i, part in enumerate(parts) if _GLOB_MAGIC.search(part))
    root = os.sep if pattern.startswith(os.sep) else ""
    return _match(os.path.join(root, *parts[:fixed]), parts[fixed:])


def _match(base: str, parts: Sequence[str]) -> Iterator[str]:
    if not parts:
        if os.path.lexists(base):
            yield base
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        if not rest:
            yield from _walk(base)
            return
        yield from _match(base, rest)
        for entry in _entries(base):
            if entry.is_dir(follow_symlinks=False):
                yield from _match(_joined(base, entry), parts)
    elif _GLOB_MAGIC.search(head):
        for entry in _entries(base):
            if fnmatch.fnmatchcase(entry.name, head):
                yield from _match(_joined(base, entry), rest)
    else:
        yield from _match(os.path.join(base, head), rest)

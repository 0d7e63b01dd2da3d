"""What a batch run reads: command-line paths expanded, one at a time, into Pages to parse.

A path is a file, ``-`` (standard input), a folder (the page files below it that are not
hidden, in sorted order: ``.html``, ``.htm``, ``.xhtml``, ``.txt``, each gzipped too, and WARC
archives), a glob (``pages/**/*.html``, matches in sorted order) or a WARC archive (``.warc``,
``.warc.gz``, or any file or standard input starting with ``WARC/1.``, gzipped or not: one Page
per HTML response record). A folder passes over its other files (``thumb.png``), telling each
to ``skipped``; a path that names no page at all gives a Page with an InputError. Nothing is
listed ahead: a folder of millions of files is walked one directory at a time, so memory
stays flat.

    >>> [page.source.path for page in iter_pages(["fixtures/*.txt"], limit=1 << 20)]
    ['fixtures/000_0104679317dec44f.txt']
"""

from __future__ import annotations

import fnmatch
import io
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime
from typing import IO, Any

import attrs

from newsparse.errors import InputError, NewsParseError
from newsparse.testing.golden import GOLDEN_SUFFIX

STDIN = "-"
Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""One path, or many: ``"pages/"``, ``["a.html", "crawl.warc.gz"]``."""
PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".txt")
"""The files a folder walk takes as pages, gzipped (``.html.gz``) too."""
WARC_SUFFIXES = (".warc", ".warc.gz")
WARC_MAGIC = b"WARC/1."
"""How every WARC 1.0 and 1.1 record starts: archives are told by it, whatever their name."""

_GLOB_MAGIC = re.compile(r"[*?[]")
# Enough of a gzip file to decompress the first bytes of its first member.
_HEAD_BYTES = 512
_PAGE_NAMES = tuple(s + gz for s in PAGE_SUFFIXES for gz in ("", ".gz"))


@attrs.frozen
class Source:
    """Where one input came from: its path and, for a WARC record, the page's URL, the capture
    date and the record's byte offset in the archive (``offset``)."""

    path: str
    url: str | None = None
    date: datetime | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form every output record carries under ``source`` (with the
        article's ``index`` among the input's articles).

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


Skipped = Callable[[str], None]
"""Told each file a folder walk passes over because it is not a page (``thumb.png``)."""


def iter_pages(paths: Paths, limit: int, *, skipped: Skipped | None = None) -> Iterator[Page]:
    """The Pages of ``paths``, in order, reading at most ``limit`` bytes of a WARC record or of
    standard input (more is refused later, as InputTooLarge).

    A path that names no page (a missing file, a glob matching nothing, a folder holding no
    page file) gives one Page with an InputError saying so; the files a folder walk passes
    over are told to ``skipped``.
    """
    for item in _items(paths):
        passed_over = 0

        def count(path: str) -> None:
            nonlocal passed_over
            passed_over += 1
            if skipped is not None:
                skipped(path)

        found = False
        for path in _files(item, count):
            found = True
            yield from _pages(path, limit)
        if not found:
            yield Page(Source(item), error=_names_no_page(item, passed_over))


def count_pages(paths: Paths, limit: int) -> int:
    """How many Pages (so Results) ``iter_pages`` gives, for a progress bar's total: a folder
    is walked and a WARC archive read through; ``-`` counts as one, since standard input can
    be read only once.
    """
    items = list(_items(paths))
    files = [item for item in items if item != STDIN]
    return len(items) - len(files) + sum(1 for _ in iter_pages(files, limit))


def expand(paths: Paths, *, skipped: Skipped | None = None) -> Iterator[str]:
    """Each path as the files it names, in order.

    A path that names no page is passed on as it is, so that reading it with ``iter_pages``
    reports why.
    """
    for item in _items(paths):
        files = _files(item, skipped or _ignore)
        first = next(files, None)
        yield item if first is None else first
        yield from files


def is_warc(path: str) -> bool:
    """Whether ``path`` is a WARC archive, which holds many pages: ``.warc`` and ``.warc.gz``
    by name; a file not named as a page (``crawl.bin``) by its first bytes.

    >>> is_warc("crawl.warc.gz"), is_warc("page.html")
    (True, False)
    """
    name = path.lower()
    if name.endswith(WARC_SUFFIXES):
        return True
    if name.endswith(_PAGE_NAMES) or path == STDIN:
        return False
    try:
        with open(path, "rb") as handle:
            return is_warc_head(handle.read(_HEAD_BYTES))
    except OSError:
        return False  # reading it as a page reports why


def is_warc_head(head: bytes) -> bool:
    """Whether bytes start a WARC archive: ``WARC/1.``, or a gzip member starting so.

    >>> import gzip
    >>> is_warc_head(b"WARC/1.1\\r\\n"), is_warc_head(gzip.compress(b"WARC/1.0\\r\\n"))
    (True, True)
    >>> is_warc_head(gzip.compress(b"<p>Storm</p>")), is_warc_head(b"\\x1f\\x8b broken")
    (False, False)
    """
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(wbits=31).decompress(head, len(WARC_MAGIC))
        except zlib.error:
            return False
    return head.startswith(WARC_MAGIC)


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


def _items(paths: Paths) -> Iterator[str]:
    for item in [paths] if isinstance(paths, str | os.PathLike) else paths:
        yield os.fspath(item)


def _ignore(path: str) -> None:
    """A ``skipped`` that is told nothing."""


def _files(item: str, skipped: Skipped) -> Iterator[str]:
    """The files ``item`` names: itself, the page files below a folder, a glob's matches.

    Files named or matched are taken whatever their names (the user chose them); a folder
    gives only page files and WARC archives, so that ``thumb.png`` beside a page is no error.
    """
    if os.path.isdir(item):
        yield from _walk(item, skipped)
    elif item == STDIN or os.path.lexists(item):
        yield item
    elif _GLOB_MAGIC.search(item):
        for match in _glob(item, skipped):
            yield from _walk(match, skipped) if os.path.isdir(match) else (match,)


def _pages(path: str, limit: int) -> Iterator[Page]:
    if path == STDIN:
        yield from _stdin_pages(limit)
    elif is_warc(path):
        from newsparse.batch.warc import warc_pages  # warcio loads only for an archive

        yield from warc_pages(path, limit)
    else:
        yield Page(Source(path))


def _stdin_pages(limit: int) -> Iterator[Page]:
    """One page of standard input, or the pages of a WARC archive piped in."""
    stdin = sys.stdin.buffer
    head = stdin.read(min(_HEAD_BYTES, limit + 1))
    if is_warc_head(head):
        from newsparse.batch.warc import read_warc

        yield from read_warc(io.BufferedReader(_Rejoined(head, stdin)), STDIN, limit)
    else:
        yield Page(Source(STDIN), data=head + stdin.read(limit + 1 - len(head)))


class _Rejoined(io.RawIOBase):
    """A stream that cannot seek back, with its head, already read to tell what it holds,
    put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        super().__init__()
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._head[: len(buffer)] or self._rest.read(len(buffer))
        self._head = self._head[len(chunk) :]
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _names_no_page(item: str, passed_over: int) -> InputError:
    if os.path.isdir(item):
        plural = "s" if passed_over > 1 else ""
        others = f"; {passed_over:,} other file{plural} skipped" if passed_over else ""
        return InputError(
            f"the folder holds no page file ({', '.join(PAGE_SUFFIXES)}, gzipped too, or a "
            f"WARC archive){others}; name the files to parse them anyway"
        )
    if _GLOB_MAGIC.search(item):
        return InputError("no file matches this pattern; check the path")
    return InputError("no such file or folder; check the path")


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


def _walk(folder: str, skipped: Skipped) -> Iterator[str]:
    for entry in _entries(folder):
        path = _joined(folder, entry)
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, skipped)
        # Links to folders are passed over, as `find` does: a link back up would loop forever.
        elif entry.is_dir():
            continue
        elif entry.name.lower().endswith(_PAGE_NAMES) or is_warc(path):
            yield path
        else:
            skipped(path)


def _glob(pattern: str, skipped: Skipped) -> Iterator[str]:
    """The paths matching ``pattern``, sorted within each folder (``glob.iglob`` yields them in
    file-system order). ``**`` matches any number of folders; a trailing ``**``, every file
    below."""
    parts = [part for part in pattern.split(os.sep) if part]
    fixed = next(i for i, part in enumerate(parts) if _GLOB_MAGIC.search(part))
    root = os.sep if pattern.startswith(os.sep) else ""
    return _match(os.path.join(root, *parts[:fixed]), parts[fixed:], skipped)


def _match(base: str, parts: Sequence[str], skipped: Skipped) -> Iterator[str]:
    if not parts:
        if os.path.lexists(base):
            yield base
        return
    head, rest = parts[0], parts[1:]
    if head == "**":
        if not rest:
            yield from _walk(base, skipped)
            return
        yield from _match(base, rest, skipped)
        for entry in _entries(base):
            if entry.is_dir(follow_symlinks=False):
                yield from _match(_joined(base, entry), parts, skipped)
    elif _GLOB_MAGIC.search(head):
        for entry in _entries(base):
            if fnmatch.fnmatchcase(entry.name, head):
                yield from _match(_joined(base, entry), rest, skipped)
    else:
        yield from _match(os.path.join(base, head), rest, skipped)

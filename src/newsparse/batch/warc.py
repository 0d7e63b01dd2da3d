"""WARC archives (``.warc``, ``.warc.gz``) → Pages, read with warcio (``newsparse[warc]``).

Every ``response`` record with a 2xx status whose HTTP ``Content-Type`` is HTML (or is
missing and the payload reads as HTML) becomes a Page carrying the page's URL
(``WARC-Target-URI``), its capture date (``WARC-Date``, the reference ``now`` for stamps such
as ``8 sec ago``), the record's byte offset and the HTTP ``charset``. ``resource`` records
(a crawler's stored file) count too. Requests, metadata, redirects, error pages and images
are skipped: they are not articles.

A damaged archive never stops a run: a record cut short, bytes after the last whole record,
or anything warcio cannot read gives one Page with an ``error`` saying where, and reading
that archive ends there (its earlier pages are kept).

    >>> import io
    >>> record = (b"WARC/1.0\\r\\nWARC-Type: resource\\r\\nWARC-Target-URI: https://example.com/a"
    ...           b"\\r\\nWARC-Date: 2024-11-26T12:00:00Z\\r\\nContent-Type: text/html\\r\\n"
    ...           b"Content-Length: 12\\r\\n\\r\\n<p>Hello</p>\\r\\n\\r\\n")
    >>> [(page.source.url, page.data) for page in read_warc(io.BytesIO(record), "a.warc", 1000)]
    [('https://example.com/a', b'<p>Hello</p>')]
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import IO, Any

from newsparse import InputError, NoArticleFound, kind_of
from newsparse.batch.extras import missing_extra
from newsparse.batch.inputs import Page, Source, unreadable

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# The label is a token, as in the HTML prescan: whatever else follows it is not its part.
_CHARSET = re.compile(r";\s*charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_DRAIN_BYTES = 1 << 16
# How much of what follows the last whole record is looked at: blank lines end an archive,
# anything else is a record cut short.
_TAIL_PEEK = 4096


def warc_pages(path: str, limit: int) -> Iterator[Page]:
    """The HTML Pages of the archive at ``path``; payloads over ``limit`` bytes are cut to
    ``limit + 1`` (parsing them reports InputTooLarge)."""
    try:
        with open(path, "rb") as handle:
            yield from read_warc(handle, path, limit)
    except OSError as exc:
        yield Page(Source(path), error=unreadable(exc))


def read_warc(stream: IO[bytes], path: str, limit: int) -> Iterator[Page]:
    """The HTML Pages of the archive read from ``stream`` (named ``path`` in each Source)."""
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
        from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]
    except ImportError as exc:
        yield Page(Source(path), error=missing_extra("warc", exc))
        return
    records = ArchiveIterator(stream)
    found = False
    while True:
        try:
            record = next(records, None)
            page = None if record is None else _page(record, path, records.offset, limit)
        except (ArchiveLoadFailed, zlib.error) as exc:
            yield _damaged(path, records.offset, " ".join(str(exc).split()))
            return
        # warcio fails in other ways on some damage too (an AttributeError on a header cut
        # short, a ValueError on a bad length): the user can only be told where.
        except Exception:
            yield _damaged(path, records.offset, "warcio cannot read the next record")
            return
        if record is None:
            break
        if page is not None:
            found = True
            yield page
            if page.error is not None:
                return
    if _has_tail(stream, records.offset):
        yield _damaged(path, records.offset, "the file ends inside a record header")
    elif not found:
        yield Page(
            Source(path),
            error=NoArticleFound(
                "no article found: the archive holds no HTML page "
                "(a response record with a 2xx status served as text/html)"
            ),
        )


def _page(record: Any, path: str, offset: int, limit: int) -> Page | None:
    """The Page of one record; None when the record is not an HTML page."""
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None or not headers.get_statuscode().startswith("2"):
            return None
    elif record.rec_type == "resource":
        headers = record.rec_headers
    else:
        return None
    content_type = headers.get_header("Content-Type")
    if content_type is not None and _mime(content_type) not in _HTML_TYPES:
        return None
    warc = record.rec_headers
    source = Source(
        path, warc.get_header("WARC-Target-URI"), _date(warc.get_header("WARC-Date")), offset
    )
    data = record.content_stream().read(limit + 1)
    if _cut_short(record):
        return Page(
            source,
            error=InputError(
                "the archive ends inside this record: the file is truncated; re-download it"
            ),
        )
    if content_type is None and kind_of(data) != "html":
        return None
    charset = _CHARSET.search(content_type or "")
    return Page(source, data, html=True, charset=charset.group(1) if charset else None)


def _cut_short(record: Any) -> bool:
    """Whether the record's block ended before its ``Content-Length``: warcio reads a record
    cut short by the end of the file without a word."""
    raw = record.raw_stream
    while raw.read(_DRAIN_BYTES):
        pass
    return bool(getattr(raw, "limit", 0))


def _has_tail(stream: IO[bytes], end: int) -> bool:
    """Whether anything but blank lines follows the last whole record (warcio stops without a
    word at a header cut short)."""
    if not stream.seekable():
        return False
    stream.seek(end)
    return bool(stream.read(_TAIL_PEEK).strip())


def _damaged(path: str, offset: int, reason: str) -> Page:
    return Page(
        Source(path, offset=offset),
        error=InputError(
            f"the archive is damaged or truncated after byte {offset:,} ({reason}); the pages "
            "before it were read; re-download it, or repair it (warcio check, warcio recompress)"
        ),
    )


def _mime(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def _date(value: str | None) -> datetime | None:
    """The capture date of a record, e.g. ``2024-11-26T12:00:00Z``; None if unreadable."""
    try:
        return None if value is None else datetime.fromisoformat(value)
    except ValueError:
        return None

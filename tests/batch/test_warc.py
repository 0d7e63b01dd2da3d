"""WARC archives: HTML response records become pages with their URL, date and charset; a
damaged archive gives an error page and keeps the pages before the damage."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsparse.batch import Job, MissingExtra, parse_many
from newsparse.batch.warc import read_warc, warc_pages
from tests.batch.pages import WARC_DATE, article_html, warc_archive, warc_record

pytest.importorskip("warcio")

LIMIT = 1 << 20


def _pages(data: bytes) -> list[tuple[str | None, str | None]]:
    """(url, error message) of each page read from ``data``."""
    return [
        (page.source.url, None if page.error is None else str(page.error))
        for page in read_warc(io.BytesIO(data), "crawl.warc", LIMIT)
    ]


def _record(n: int, **options: str) -> bytes:
    return warc_record(f"https://example.com/{n}", article_html(n).encode(), **options)


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_become_pages(gzipped: bool) -> None:
    data = warc_archive([_record(1), _record(2)], gzipped=gzipped)
    (first, second) = read_warc(io.BytesIO(data), "crawl.warc", LIMIT)
    assert first.source.url == "https://example.com/1"
    assert first.source.date == datetime(2024, 11, 26, 12, tzinfo=UTC)
    assert first.source.offset == 0
    assert second.source.offset == len(gzip_member(data, gzipped))
    assert first.data == article_html(1).encode()
    assert (first.html, first.charset, first.error) == (True, "utf-8", None)


def gzip_member(data: bytes, gzipped: bool) -> bytes:
    """The first record of ``data``, as stored (its gzip member when gzipped)."""
    if gzipped:
        # The next member's whole header (magic, deflate, no flags, mtime 0), searched past
        # this one's: two bytes alone could turn up inside compressed data.
        return data[: data.index(b"\x1f\x8b\x08\x00\x00\x00\x00\x00", 10)]
    return data[: data.index(b"WARC/1.0", 1)]


def test_records_that_are_not_html_pages_are_skipped() -> None:
    data = warc_archive(
        [
            warc_record("https://example.com/a.png", b"\x89PNG...", content_type="image/png"),
            warc_record("https://example.com/old", b"<a href=/new>moved</a>", status="301 Moved"),
            warc_record(
                "https://example.com/404", article_html(9).encode(), status="404 Not Found"
            ),
            warc_record("https://example.com/q", b"GET / HTTP/1.1\r\n\r\n", record_type="request"),
            warc_record("https://example.com/t", b"just text, no markup", content_type=None),
            _record(1),
            warc_record(
                "file:///saved.html",
                article_html(2).encode(),
                record_type="resource",
                content_type="text/html",
            ),
            warc_record("https://example.com/x", article_html(3).encode(), content_type=None),
        ]
    )
    assert _pages(data) == [
        ("https://example.com/1", None),
        ("file:///saved.html", None),
        ("https://example.com/x", None),  # no Content-Type: the payload reads as HTML
    ]


def test_an_archive_without_pages_says_so() -> None:
    ((url, message),) = _pages(b"")
    assert url is None
    assert message is not None
    assert message.startswith("no article found: the archive holds no HTML page")


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_a_truncated_archive_keeps_the_pages_before_the_cut(gzipped: bool) -> None:
    whole = warc_archive([_record(1), _record(2)], gzipped=gzipped)
    first = len(gzip_member(whole, gzipped))
    for cut, where in [(len(whole) - 40, "inside this record"), (first + 30, "")]:
        pages = _pages(whole[:cut])
        assert pages[0] == ("https://example.com/1", None)
        assert len(pages) == 2
        message = pages[1][1]
        assert message is not None
        assert "truncated" in message or "damaged" in message, message
        assert where in message


def test_garbage_is_a_damaged_archive() -> None:
    (page,) = read_warc(io.BytesIO(b"<html>not an archive</html>"), "x.warc", LIMIT)
    assert page.source.offset == 0
    assert str(page.error).startswith(
        "the archive is damaged or truncated after byte 0 (Unknown archive format"
    )


def test_a_payload_over_the_limit_is_cut_and_then_refused() -> None:
    data = warc_archive([warc_record("https://example.com/big", b"<p>" + b"x" * 5000), _record(1)])
    big, small = read_warc(io.BytesIO(data), "x.warc", 1000)
    assert len(big.data or b"") == 1001
    assert small.error is None
    job = Job()
    job.parser.max_chars = 250  # 1,000 bytes
    result = job.parse(big)
    assert result.failure is not None
    assert result.failure.type == "InputTooLarge"


def test_the_http_charset_decodes_the_page() -> None:
    html = article_html(1, charset=None).replace("Ann Lee", "Анна Ли")
    data = warc_archive(
        [
            warc_record(
                "https://example.ru/1",
                html.encode("cp1251"),
                content_type="text/html; charset=windows-1251",
            ),
            warc_record(
                "https://example.ru/2",
                html.encode("koi8_r"),
                content_type='text/html;charset="KOI8-R"',
            ),
        ]
    )
    for page in read_warc(io.BytesIO(data), "ru.warc", LIMIT):
        result = Job().parse(page)
        assert result.articles[0]["authors"] == ["Анна Ли"], page.charset


def test_the_warc_date_places_relative_stamps(tmp_path: Path) -> None:
    html = article_html(1, extra="<p>Updated 8 sec ago</p>")
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        warc_archive([warc_record("https://example.com/1", html.encode())], gzipped=True)
    )
    (result,) = parse_many([path], jobs=1)
    (stamp,) = result.articles[0]["stamps"]
    captured = datetime.fromisoformat(WARC_DATE)
    assert stamp["value"] == (captured - timedelta(seconds=8)).isoformat()
    assert result.source.date == captured
    # An explicit now= wins over the capture date.
    (result,) = parse_many([path], jobs=1, now=captured + timedelta(days=1))
    assert result.articles[0]["stamps"][0]["value"].startswith("2024-11-27")


def test_archives_written_by_warcio_are_read(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "written.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for n in range(3):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://example.com/{n}",
                "response",
                payload=io.BytesIO(article_html(n).encode()),
                http_headers=headers,
            )
            writer.write_record(record)
    results = list(parse_many([path], jobs=1))
    assert [r.articles[0]["headline"][:14] for r in results] == [
        "Storm number 0",
        "Storm number 1",
        "Storm number 2",
    ]
    assert [r.source.url for r in results] == [f"https://example.com/{n}" for n in range(3)]


def test_an_unreadable_archive_is_reported(tmp_path: Path) -> None:
    (page,) = warc_pages(str(tmp_path / "missing.warc"), LIMIT)
    assert str(page.error) == "cannot read it: No such file or directory"


def test_without_warcio_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    (page,) = read_warc(io.BytesIO(_record(1)), "crawl.warc", LIMIT)
    assert isinstance(page.error, MissingExtra)
    assert "pip install 'newsparse[warc]'" in str(page.error)

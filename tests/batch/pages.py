"""Small made-up news pages and WARC archives for the batch tests."""

from __future__ import annotations

import gzip
import uuid
from collections.abc import Iterable

WARC_DATE = "2024-11-26T12:00:00Z"


def article_text(n: int) -> str:
    """Copied text of a made-up story; ``n`` makes each one different."""
    return (
        f"Storm number {n} closes the harbour for a day\n"
        "By Ann Lee\n"
        f"PORTSMOUTH: Strong winds closed the harbour on Tuesday as storm number {n} swept "
        "across the coast, stranding ferries and their passengers for hours.\n"
        "Officials said the harbour would reopen once the wind dropped below gale force, "
        "probably by Wednesday morning, and asked drivers to stay away from the sea front.\n"
    )


def article_html(n: int, *, charset: str | None = "utf-8", extra: str = "") -> str:
    """A saved page of the same story, with a menu and a footer around it."""
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{line}</p>" for line in article_text(n).splitlines()[2:])
    return (
        f"<!doctype html><html><head>{meta}<title>Storm {n} | Daily Tide</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article>'
        f"<h1>Storm number {n} closes the harbour for a day</h1><p>By Ann Lee</p>{extra}"
        f"{paragraphs}</article><footer>© Daily Tide</footer></body></html>"
    )


def warc_record(
    url: str,
    payload: bytes,
    *,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    date: str = WARC_DATE,
    record_type: str = "response",
) -> bytes:
    """One WARC record, written by hand as the WARC 1.0 standard lays it out."""
    if record_type == "response":
        head = f"HTTP/1.1 {status}\r\n"
        if content_type is not None:
            head += f"Content-Type: {content_type}\r\n"
        block = f"{head}Content-Length: {len(payload)}\r\n\r\n".encode() + payload
        block_type = "application/http; msgtype=response"
    else:
        block, block_type = payload, content_type or "application/octet-stream"
    header = (
        f"WARC/1.0\r\nWARC-Type: {record_type}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: {date}\r\nContent-Type: {block_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return header.encode() + block + b"\r\n\r\n"


def warc_archive(records: Iterable[bytes], *, gzipped: bool = False) -> bytes:
    """Records joined into an archive; ``gzipped`` compresses each record as its own gzip
    member, as ``.warc.gz`` files are made."""
    # mtime=0: the same bytes on every run (a time stamp in the header could hold anything).
    return b"".join(gzip.compress(record, mtime=0) if gzipped else record for record in records)

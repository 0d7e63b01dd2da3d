"""Reading a file a scraper saved: gzip undone, and HTML told from copied text by content."""

from __future__ import annotations

import os
import re
import zlib
from typing import Literal

from newsparse.errors import DecodeError, InputError, InputTooLarge
from newsparse.sources.decode import byte_limit

_GZIP_MAGIC = b"\x1f\x8b"
# Markup a page opens with, after a BOM and blank space: a doctype, <html>, <head>, <body>,
# a comment or an XML declaration; or any of the usual tags within the first kilobytes.
_HTML_START = re.compile(rb"\s*(?:<!doctype\s+html|<html|<head|<body|<!--|<\?xml)", re.IGNORECASE)
_HTML_TAGS = re.compile(
    rb"<(?:html|head|body|div|p|meta|title|article|script)[\s>/]", re.IGNORECASE
)
SNIFF_BYTES = 4096
"""How much of an input ``sniff`` reads to tell a page's markup from copied text."""
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

Kind = Literal["html", "text"]


def read_file(path: str | os.PathLike[str], max_chars: int) -> bytes:
    """The bytes of the file at ``path``; InputError when it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(byte_limit(max_chars) + 1)
    except OSError as exc:
        raise InputError(f"cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from exc


def open_bytes(data: bytes, max_chars: int) -> bytes:
    """``data``, gunzipped if it is gzip-compressed."""
    if data.startswith(_GZIP_MAGIC):
        return gunzip(data, byte_limit(max_chars))
    return data


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip ``data``, refusing more than ``limit`` bytes of output (a gzip bomb)."""
    decompressor = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = decompressor.decompress(data, limit + 1)
    except zlib.error as exc:
        raise DecodeError(f"the gzip data is damaged ({exc}); re-download the page") from exc
    if len(out) > limit or decompressor.unconsumed_tail:
        raise InputTooLarge(
            f"the file decompresses to more than {limit:,} bytes; "
            "raise the limit with Parser(max_chars=...) if the page is really that large"
        )
    if not decompressor.eof:
        raise DecodeError("the gzip data ends early: the file is truncated; re-download it")
    return out


def sniff(data: bytes) -> Kind:
    """``html`` when the bytes open like a web page or hold its usual tags early on."""
    head = data[:SNIFF_BYTES]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    if head[:2] in {b"\x00<", b"<\x00"}:  # UTF-16 markup
        head = head.replace(b"\x00", b"")
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 2:
        return "html"
    # Binary data reads as "text" here: the text front end says what it is.
    return "text"

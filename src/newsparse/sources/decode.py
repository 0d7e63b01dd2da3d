"""Checking and decoding input: bytes become text once, here, for every front end."""

from __future__ import annotations

import codecs
import re

from newsparse.errors import BinaryInput, DecodeError, InputTooLarge

# Bytes that open compressed or binary files, with what to tell the user.
_MAGIC = (
    (b"\x1f\x8b", "gzip-compressed data; decompress it first (gzip.decompress)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"%PDF-", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")
# Binary files show a NUL byte early; text almost never holds one.
_SNIFF_BYTES = 8192


def check_text(text: str, max_chars: int) -> str:
    """Return ``text`` if it can be parsed, else raise the InputError that says why."""
    if len(text) > max_chars:
        raise InputTooLarge(
            f"input has {len(text):,} characters, over the limit of {max_chars:,}; "
            "split the dump, or raise the limit with Parser(max_chars=...)"
        )
    if "\x00" in text:
        raise BinaryInput(
            "input holds NUL characters, so it is binary data, not text; "
            "pass the page's text or HTML, decoded"
        )
    bad = _SURROGATE.search(text)
    if bad:
        raise DecodeError(
            f"input holds an undecodable character (lone surrogate {bad.group()!r} at "
            f"offset {bad.start()}); decode the bytes with errors='replace', or pass the bytes"
        )
    return text


def decode(data: bytes, max_chars: int) -> str:
    """Decode a page's bytes: by BOM, as UTF-8, else by detection (bs4's UnicodeDammit)."""
    if len(data) > 4 * max_chars:
        raise InputTooLarge(
            f"input has {len(data):,} bytes, over the limit of {max_chars:,} characters; "
            "split the dump, or raise the limit with Parser(max_chars=...)"
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return check_text(data[len(bom) :].decode(encoding), max_chars)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"input starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} ({exc.reason} at byte {exc.start}); fix or re-save the file"
                ) from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"input is {what}, not a page's text or HTML")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise BinaryInput("input holds NUL bytes, so it is binary data, not a page's text or HTML")
    try:
        return check_text(data.decode("utf-8"), max_chars)
    except UnicodeDecodeError:
        pass
    from bs4.dammit import UnicodeDammit  # bs4 loads slowly; only undecodable input pays for it

    guessed = UnicodeDammit(data, is_html=False).unicode_markup
    if guessed is None:
        raise DecodeError(
            "input bytes are not UTF-8 and no encoding fits them; "
            "decode them yourself and pass the text"
        )
    return check_text(guessed, max_chars)

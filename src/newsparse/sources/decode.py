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
# Single-byte code pages for Latin script. A detector tells them apart on thin evidence (a
# few accented letters), and browsers read an undeclared Western page as windows-1252.
# fmt: off
_LATIN_CODECS = frozenset([
    "cp1250", "cp1252", "cp1254", "cp1257", "cp437", "cp775", "cp850", "cp852", "cp858",
    "iso8859-1", "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-9", "iso8859-10",
    "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16", "mac-iceland", "mac-latin2",
    "mac-roman", "mac-turkish",
])
# fmt: on
# What browsers read an undeclared page in Latin script as.
WESTERN = "cp1252"
# Symbols windows-1252 has where other Latin code pages have letters (Polish ł ą ż read as
# ³ ¹ ¿): between two letters one shows that the detector is sure the bytes are not
# windows-1252 ("Za¿ó³æ gê¶l¹" is "Zażółć gęślą").
_CP1252_SYMBOLS = "¡¢£¤¥¦§¨©¬®¯°±²³´¶¸¹¼½¾¿×÷†‡ˆ‰•˜™"
_SYMBOL_IN_WORD = re.compile(rf"[^\W\d_][{_CP1252_SYMBOLS}][^\W\d_]")
# The codec that reads a BOM and what follows, by the encoding of what follows.
_BOM_CODECS = {"utf-8": "utf-8-sig"}
# Binary files show a NUL byte early; text almost never holds one.
_SNIFF_BYTES = 8192
# Labels pages use that Python's codec registry does not know.
_LABELS = {"windows-31j": "cp932", "x-sjis": "shift_jis", "x-gbk": "gbk"}
# Browsers decode these as a superset (WHATWG Encoding). The label's own codec goes first
# where it differs from the superset's reading of some bytes (〜 in Shift_JIS).
_SUPERSETS = {
    "ascii": ("cp1252", "latin-1"),
    "iso8859-1": ("cp1252", "latin-1"),
    "iso8859-9": ("cp1254", "iso8859-9"),
    "iso8859-11": ("cp874",),
    "tis-620": ("cp874",),
    "shift_jis": ("shift_jis", "cp932"),
    "gb2312": ("gb2312", "gb18030"),
    "gbk": ("gbk", "gb18030"),
    "euc_kr": ("euc_kr", "cp949"),
    "big5": ("big5", "big5hkscs"),
}


def check_text(text: str, max_chars: int) -> str:
    """Return ``text`` if it can be parsed, else raise the InputError that says why."""
    _check_decoded(text, max_chars)
    # Only text that never was bytes can hold a lone surrogate: decoders refuse to make one,
    # and encoders to write one. UTF-16 is the quickest to write, quicker than a search.
    try:
        text.encode("utf-16-le")
    except UnicodeEncodeError as exc:
        raise DecodeError(
            f"input holds an undecodable character (lone surrogate {text[exc.start]!r} at "
            f"offset {exc.start}); decode the bytes with errors='replace', or pass the bytes"
        ) from None
    return text


def _check_decoded(text: str, max_chars: int) -> str:
    if len(text) > max_chars:
        raise InputTooLarge(
            f"input has {len(text):,} characters, over the limit of {max_chars:,}; "
            "split the dump, or raise the limit with Parser(max_chars=...)"
        )
    # A NUL early on marks binary data; one further in is a stray byte in a real page, which
    # the front ends drop (HTML, as browsers do) or fold into a space (text).
    if "\x00" in text[:_SNIFF_BYTES]:
        raise BinaryInput(
            "input holds NUL characters, so it is binary data, not text; "
            "pass the page's text or HTML, decoded"
        )
    return text


def byte_limit(max_chars: int) -> int:
    """The most bytes an input of ``max_chars`` characters takes: UTF-8 uses up to 4 bytes a
    character."""
    return 4 * max_chars


def declared_codecs(label: str) -> tuple[str, ...]:
    """The Python codecs to try, in order, for an encoding a page declares; () if unusable.

    Browsers read some labels as a larger encoding (WHATWG Encoding): ``iso-8859-1`` and
    ``ascii`` as windows-1252, ``shift_jis`` as windows-31j, ``gb2312`` as GB18030.

    >>> declared_codecs("ISO-8859-1"), declared_codecs("Shift_JIS"), declared_codecs("nonsense")
    (('cp1252', 'latin-1'), ('shift_jis', 'cp932'), ())
    """
    try:
        name = codecs.lookup(_LABELS.get(label.lower(), label)).name
    except (LookupError, ValueError):  # ValueError: a label holding a NUL
        return ()
    # A page that can state its encoding in ASCII markup is not UTF-16 or UTF-32.
    if name.startswith(("utf-16", "utf-32")):
        return ()
    return _SUPERSETS.get(name, (name,))


def decode(data: bytes, max_chars: int, declared: str | None = None) -> str:
    """Decode a page's bytes: by BOM, as UTF-8, as the encoding the page ``declared`` (an HTML
    ``<meta charset>``), else by detection (bs4's UnicodeDammit), with windows-1252 for Latin
    script when the detector is not sure (see ``decode_as``).

    UTF-8 goes before the declaration: saved pages are often re-encoded to UTF-8 with their
    old ``<meta charset>`` left in, while text in another encoding that happens to be valid
    UTF-8 is vanishingly rare.
    """
    return decode_as(data, max_chars, declared)[0]


def decode_as(
    data: bytes, max_chars: int, declared: str | None = None, *, latin: str | None = WESTERN
) -> tuple[str, str]:
    """``decode``, also naming the codec that read the bytes (``utf-8-sig`` after a UTF-8 BOM).

    ``latin`` (windows-1252, as in browsers) replaces the detector's guess when that guess
    is another Latin-script code page and the detector is not sure of it: a few accented
    letters are thin evidence (``naïve`` guessed as windows-1250 reads ``naďve``). It is
    sure when ``latin`` cannot read the bytes, or reads symbols inside words; None keeps
    the guess.

    >>> decode_as("Café".encode("cp1252"), 100, declared="iso-8859-1")
    ('Café', 'cp1252')
    >>> decode_as("Le café est naïve.".encode("cp1252"), 100)
    ('Le café est naïve.', 'cp1252')
    """
    if len(data) > byte_limit(max_chars):
        raise InputTooLarge(
            f"input has {len(data):,} bytes, over the limit of {max_chars:,} characters; "
            "split the dump, or raise the limit with Parser(max_chars=...)"
        )
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"input starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} ({exc.reason} at byte {exc.start}); fix or re-save the file"
                ) from exc
            return _check_decoded(text, max_chars), _BOM_CODECS.get(encoding, encoding)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"input is {what}, not a page's text or HTML")
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise BinaryInput("input holds NUL bytes, so it is binary data, not a page's text or HTML")
    try:
        return _check_decoded(data.decode("utf-8"), max_chars), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in declared_codecs(declared) if declared else ():
        try:
            return _check_decoded(data.decode(codec), max_chars), codec
        except (UnicodeError, LookupError):  # LookupError: a codec for bytes, not text (hex)
            continue
    from bs4.dammit import UnicodeDammit  # bs4 loads slowly; only undecodable input pays for it

    dammit = UnicodeDammit(data, is_html=False)
    guessed = dammit.original_encoding
    if dammit.unicode_markup is None or guessed is None:
        raise DecodeError(
            "input bytes are not UTF-8 and no encoding fits them; "
            "decode them yourself and pass the text"
        )
    if latin and codecs.lookup(guessed).name in _LATIN_CODECS:
        text = data.decode(latin, errors="replace")
        if "\ufffd" not in text and not _SYMBOL_IN_WORD.search(text):
            return _check_decoded(text, max_chars), latin
    return _check_decoded(dammit.unicode_markup, max_chars), guessed

"""Bytes of a page come out as the text its author wrote, whatever the encoding."""

from __future__ import annotations

import codecs

import pytest

from newsparse import DecodeError
from newsparse.sources.decode import declared_codecs, decode, decode_as
from newsparse.sources.html import read_html
from newsparse.sources.text import text_lines

LIMIT = 1_000_000
CAFE = "Caf\u00e9 owners \u201cprotest\u201d \u2014 rent up \u20ac500"
JAPANESE = "\u6771\u4eac\u3067\u4f1a\u8b70\u304c\u958b\u304b\u308c\u307e\u3057\u305f\u3002"


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


def texts(data: bytes) -> list[str]:
    return [line.text for line in read_html(data, LIMIT).lines]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (codecs.BOM_UTF8 + page("", CAFE).encode("utf-8"), CAFE),
        (codecs.BOM_UTF16_LE + page("", CAFE).encode("utf-16-le"), CAFE),
        (codecs.BOM_UTF16_BE + page("", JAPANESE).encode("utf-16-be"), JAPANESE),
        (page('<meta charset="windows-1252">', CAFE).encode("cp1252"), CAFE),
        (page('<meta charset="ISO-8859-1">', CAFE).encode("cp1252"), CAFE),
        (
            page(
                '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', CAFE
            ).encode("cp1252"),
            CAFE,
        ),
        (page('<meta charset="shift_jis">', JAPANESE).encode("shift_jis"), JAPANESE),
        (
            page(
                "<meta http-equiv='content-type' content='text/html;charset=Shift_JIS'>", JAPANESE
            ).encode("shift_jis"),
            JAPANESE,
        ),
        (page('<meta charset="euc-jp">', JAPANESE).encode("euc_jp"), JAPANESE),
        (
            b'<?xml version="1.0" encoding="shift_jis"?>' + page("", JAPANESE).encode("shift_jis"),
            JAPANESE,
        ),
        # Declared, but the bytes are UTF-8 (a page re-saved as UTF-8): UTF-8 wins.
        (page('<meta charset="iso-8859-1">', CAFE).encode("utf-8"), CAFE),
        # Nothing declared: detection, with windows-1252 for Latin script as browsers do.
        (page("", CAFE).encode("cp1252"), CAFE),
        (
            page("", "Na\u00efve M\u00fcller met Gonz\u00e1lez in S\u00e3o Paulo.").encode(
                "cp1252"
            ),
            "Na\u00efve M\u00fcller met Gonz\u00e1lez in S\u00e3o Paulo.",
        ),
        (
            page(
                "",
                "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f \u0432 \u041c\u043e\u0441\u043a\u0432\u0435.",
            ).encode("cp1251"),
            "\u041d\u043e\u0432\u043e\u0441\u0442\u0438 \u0434\u043d\u044f \u0432 \u041c\u043e\u0441\u043a\u0432\u0435.",
        ),
        # A declaration Python does not know, or that cannot be right, is passed over.
        (page('<meta charset="x-nonsense">', CAFE).encode("utf-8"), CAFE),
        (page('<meta charset="utf-16">', CAFE).encode("utf-8"), CAFE),
    ],
)
def test_page_bytes_are_decoded(data: bytes, expected: str) -> None:
    assert texts(data) == [expected]


def test_str_input_ignores_the_declared_charset() -> None:
    lines = read_html(page('<meta charset="shift_jis">', CAFE), LIMIT).lines
    assert [line.text for line in lines] == [CAFE]


def test_bad_utf16_after_a_bom() -> None:
    with pytest.raises(DecodeError, match="utf-16-le"):
        read_html(codecs.BOM_UTF16_LE + b"<\x00p\x00>\x00\x00\xd8", LIMIT)


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("utf-8", ("utf-8",)),
        ("ISO-8859-1", ("cp1252", "latin-1")),
        ("us-ascii", ("cp1252", "latin-1")),
        ("windows-1252", ("cp1252",)),
        ("Shift_JIS", ("shift_jis", "cp932")),
        ("windows-31j", ("cp932",)),
        ("gb2312", ("gb2312", "gb18030")),
        ("euc-kr", ("euc_kr", "cp949")),
        ("koi8-r", ("koi8-r",)),
        ("utf-16", ()),
        ("no-such-encoding", ()),
    ],
)
def test_declared_codecs(label: str, expected: tuple[str, ...]) -> None:
    assert declared_codecs(label) == expected


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (b"plain", None, ("plain", "utf-8")),
        (codecs.BOM_UTF8 + "\u00e9".encode(), None, ("\u00e9", "utf-8-sig")),
        (codecs.BOM_UTF16_LE + "\u00e9".encode("utf-16-le"), None, ("\u00e9", "utf-16-le")),
        ("\u00e9t\u00e9".encode("cp1252"), "latin1", ("\u00e9t\u00e9", "cp1252")),
        (JAPANESE.encode("shift_jis"), "shift_jis", (JAPANESE, "shift_jis")),
    ],
)
def test_decode_as_names_the_codec(
    data: bytes, declared: str | None, expected: tuple[str, str]
) -> None:
    assert decode_as(data, LIMIT, declared) == expected


def test_decode_keeps_its_text_behaviour() -> None:
    assert decode(CAFE.encode("cp1252"), LIMIT, "windows-1252") == CAFE
    assert decode("caf\u00e9".encode(), LIMIT) == "caf\u00e9"


def test_a_declared_label_with_a_nul_is_unusable() -> None:
    from newsparse.sources.decode import declared_codecs

    assert declared_codecs("utf-8\x00") == ()


# Undeclared 8-bit text: the detector guesses another Latin code page from a few accented
# letters ("naïve" as windows-1250 reads "naďve"); browsers read windows-1252.
WESTERN = [
    "Le caf\u00e9 est na\u00efve.",
    "Gr\u00f6\u00dfe und \u00dcberma\u00df f\u00fcr die Stra\u00dfe.",
    "El ni\u00f1o comi\u00f3 pi\u00f1ata en Espa\u00f1a.",
    "\u00bfD\u00f3nde est\u00e1 el se\u00f1or Mu\u00f1oz? Ma\u00f1ana llegar\u00e1 a Logro\u00f1o.",
    "A popula\u00e7\u00e3o de S\u00e3o Paulo n\u00e3o est\u00e1 satisfeita.",
    "Die B\u00fcrgermeisterin \u00e4u\u00dferte sich am Dienstag zu den Pl\u00e4nen.",
]
POLISH = "Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144. Pchn\u0105\u0107 w t\u0119 \u0142\u00f3d\u017a je\u017ca."
WARM = "Il fait 20\u00b0C \u00e0 Gen\u00e8ve, a dit la m\u00e9t\u00e9o."
CZECH = "P\u0159\u00edli\u0161 \u017elu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl \u010f\u00e1belsk\u00e9 \u00f3dy."


@pytest.mark.parametrize("text", WESTERN)
def test_undeclared_western_text_is_read_as_windows_1252(text: str) -> None:
    data = text.encode("cp1252")
    assert decode_as(data, LIMIT) == (text, "cp1252")
    assert [line.text for line in text_lines(data, LIMIT)] == [text]


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        # Windows-1252 reads ł ą ż as ³ ¹ ¿ inside words: the detector is sure.
        (POLISH.encode("cp1250"), None, (POLISH, "windows-1250")),
        # Windows-1252 has no ť: the detector is sure.
        (CZECH.encode("cp1250"), None, (CZECH, "windows-1250")),
        (CZECH.encode("cp1250"), "windows-1250", (CZECH, "cp1250")),
        (POLISH.encode("iso8859-2"), "ISO-8859-2", (POLISH, "iso8859-2")),
        (WESTERN[0].encode("cp1252"), "windows-1252", (WESTERN[0], "cp1252")),
        (WESTERN[0].encode("cp1252"), "iso-8859-1", (WESTERN[0], "cp1252")),
        # "20°C": a symbol beside a digit is no letter of another code page.
        (WARM.encode("cp1252"), None, (WARM, "cp1252")),
    ],
)
def test_declared_and_other_latin_text(
    data: bytes, declared: str | None, expected: tuple[str, str]
) -> None:
    assert decode_as(data, LIMIT, declared) == expected


def test_declared_central_european_page() -> None:
    data = page('<meta charset="windows-1250">', CZECH).encode("cp1250")
    assert texts(data) == [CZECH]


def test_the_guess_is_kept_on_request() -> None:
    assert decode_as(WESTERN[0].encode("cp1252"), LIMIT, latin=None) == (
        "Le caf\u00e9 est na\u010fve.",
        "windows-1250",
    )

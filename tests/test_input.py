"""Bad input gets a documented NewsParseError (or TypeError) that says what to do."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

import newsparse
from newsparse import (
    BinaryInput,
    DecodeError,
    InputTooLarge,
    NewsParseError,
    NoArticleFound,
    Parser,
)
from newsparse.lines import split_lines

PAGE = """Caf\u00e9 owners protest new rent rules in the old town
By Ann Lee
Caf\u00e9 owners marched through the old town on Saturday against rent rules they call unfair.
"""


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n", "\ufeff", b"", b"  \n"])
def test_empty_input(text: str | bytes) -> None:
    assert newsparse.parse_articles(text) == []
    with pytest.raises(NoArticleFound, match="no article found"):
        newsparse.parse_text(text)


def test_error_hierarchy() -> None:
    assert issubclass(NoArticleFound, NewsParseError)
    assert issubclass(NewsParseError, ValueError)
    for error in (BinaryInput, DecodeError, InputTooLarge):
        assert issubclass(error, NewsParseError)


@pytest.mark.parametrize("value", [None, 42, 3.5, ["a list"], {"a": "dict"}, object()])
def test_wrong_type_names_the_type(value: object) -> None:
    with pytest.raises(TypeError, match=type(value).__name__):
        newsparse.parse_text(value)  # type: ignore[arg-type]


def test_now_must_be_a_datetime() -> None:
    with pytest.raises(TypeError, match="now must be a datetime"):
        newsparse.parse_text(PAGE, now="2024-11-26")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (gzip.compress(PAGE.encode()), "gzip"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (b"abc\x00def", "NUL bytes"),
        ("abc\x00def", "NUL characters"),
    ],
)
def test_binary_input(data: bytes | str, message: str) -> None:
    with pytest.raises(BinaryInput, match=message):
        newsparse.parse_text(data)


def test_lone_surrogates_are_reported() -> None:
    broken = b"Caf\xe9".decode("utf-8", "surrogateescape") + PAGE
    with pytest.raises(DecodeError, match="errors='replace'"):
        newsparse.parse_text(broken)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16", "utf-8-sig"])
def test_bytes_in_other_encodings_are_decoded(encoding: str) -> None:
    article = newsparse.parse_text(PAGE.encode(encoding))
    assert article.headline == "Caf\u00e9 owners protest new rent rules in the old town"
    assert article.authors == ("Ann Lee",)


def test_bad_utf16_after_a_bom() -> None:
    with pytest.raises(DecodeError, match="utf-16-le"):
        newsparse.parse_text(b"\xff\xfe" + b"\x00\xd8" + b"a\x00")


def test_too_large() -> None:
    parser = Parser(max_chars=100)
    with pytest.raises(InputTooLarge, match="max_chars"):
        parser.parse_text("x" * 101)
    with pytest.raises(InputTooLarge, match="max_chars"):
        parser.parse_text(b"x" * 401)


def test_text_without_an_article() -> None:
    assert newsparse.parse_articles("Home\nNews\nSport\n") == []


def test_now_may_be_naive() -> None:
    article = newsparse.parse_text(PAGE + "Updated 5 mins ago\n", now=datetime(2024, 11, 26, 12))
    # The stamp is placed against now's clock; with no zone anywhere, the clock is UTC's.
    assert article.updated == datetime(2024, 11, 26, 11, 55, tzinfo=UTC)


def test_a_parse_does_not_depend_on_what_ran_before() -> None:
    page_a = (
        "<html><body><div class='story'><h1>Storm closes schools across the north</h1>"
        "<p>Heavy snow closed hundreds of schools across the north on Tuesday, officials said.</p>"
        "<p>Rail operators cancelled dozens of services as drifts blocked lines near the coast.</p>"
        "</div></body></html>"
    )
    page_b = page_a.replace("Storm", "Flood").replace("snow", "rain")
    parser = newsparse.Parser()
    first = parser.run_html(page_a)
    parser.run_html(page_b)
    again = parser.run_html(page_a)
    assert again.lines == first.lines
    # Each element's serial number among the page's elements, too.
    assert [line.hints and line.hints.path for line in again.lines] == [
        line.hints and line.hints.path for line in first.lines
    ]
    assert newsparse.parse_html(page_a) == parser.parse_html(page_a)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("\n", [""]),
        ("a\r\nb\r", ["a", "b"]),
        ("a\n\ufeff", ["a", ""]),  # a last line of invisible characters stays a line
        ("x\x00y\u200b\n \t\n", ["x y", ""]),
    ],
)
def test_text_lines_are_cut_and_folded(text: str, lines: list[str]) -> None:
    assert [line.text for line in split_lines(text)] == lines

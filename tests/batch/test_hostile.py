"""Hostile input: huge, deep, explosive, binary or booby-trapped pages and archives end quickly
in a result or a documented NewsParseError, in time linear in their size, and reach
neither the network nor the file system."""

from __future__ import annotations

import contextlib
import gzip
import io
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import newsparse
from newsparse import (
    Article,
    BinaryInput,
    DecodeError,
    InputTooLarge,
    NewsParseError,
    Parser,
    WrongKind,
)
from newsparse.batch import Job, Page
from newsparse.batch.warc import read_warc
from tests.batch.pages import article_html, article_text, warc_archive, warc_record
from tests.batch.sealed import sealed

MB = 1_000_000
PROSE = "Officials said the harbour would reopen once the wind dropped below gale force. "


def _outcome(parse: Callable[[], object], seconds: float) -> object:
    """The result of ``parse()``, or the NewsParseError it raised; within ``seconds``."""
    start = time.perf_counter()
    with sealed():
        try:
            outcome: object = parse()
        except NewsParseError as exc:
            outcome = exc
    assert time.perf_counter() - start < seconds
    return outcome


@pytest.mark.parametrize(
    "parse",
    [
        lambda: newsparse.parse_text(b"a" * (100 * MB)),
        lambda: newsparse.parse_text("word " * (20 * MB)),
        lambda: newsparse.parse_html(b"<p>" + b"a" * (100 * MB)),
        lambda: newsparse.parse_html("<p>" + "a" * (100 * MB)),
        lambda: Parser().parse_all(gzip.compress(b"<p>" + b" " * (300 * MB), 1)),
    ],
    ids=["text-bytes", "text-str", "html-bytes", "html-str", "gzip-bomb"],
)
def test_a_hundred_megabytes_is_refused_at_once(parse: Callable[[], object]) -> None:
    assert isinstance(_outcome(parse, 10), InputTooLarge)


def test_a_huge_warc_record_is_refused(tmp_path: Path) -> None:
    record = warc_record("https://example.com/big", b"<p>" + b"a" * (100 * MB))
    (page,) = read_warc(io.BytesIO(record), "big.warc", Job().parser.max_bytes)
    failure = _outcome(lambda: Job().parse(page), 10)
    assert failure.failure is not None  # type: ignore[attr-defined]
    assert failure.failure.type == "InputTooLarge"  # type: ignore[attr-defined]


@pytest.mark.parametrize("tag", ["div", "b", "li", "table", "p"])
def test_a_million_deep_nesting(tag: str) -> None:
    html = f"<h1>Storm closes harbour</h1><p>{PROSE * 3}</p>" + f"<{tag}>" * MB + PROSE
    article = _outcome(lambda: newsparse.parse_html(html), 20)
    assert isinstance(article, newsparse.Article)
    assert article.body[0].startswith("Officials said")
    # As copied text: read as such, or refused as HTML where the markup shows early on.
    assert isinstance(_outcome(lambda: newsparse.parse_articles(html), 20), list | WrongKind)


def test_entity_bombs_do_not_explode() -> None:
    entities = "".join(f'<!ENTITY e{i} "{f"&e{i - 1};" * 10}">' for i in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY e0 "{"lol" * 10}">{entities}]>'
        f"<html><body><h1>Storm closes harbour</h1><p>{PROSE}&e9;</p></body></html>"
    )
    for page in (bomb, bomb.encode()):
        article = _outcome(lambda page=page: newsparse.parse_html(page), 5)
        assert "lollol" not in str(article)
    many = "<p>" + "&amp;&#x41;&nbsp;&unknown;" * MB + "</p>"
    assert isinstance(_outcome(lambda: newsparse.parse_html(many), 30), newsparse.Article)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"Storm\x00closes harbour", BinaryInput),
        ("Storm\x00closes harbour", BinaryInput),
        (b"\xef\xbb\xbfStorm \xff\xfe closes", DecodeError),  # not UTF-8 after a UTF-8 BOM
        (b"\xff\xfeS\x00t\x00\x00\xd8", DecodeError),  # a lone surrogate in UTF-16
        (b"\xff\xfeS", DecodeError),  # odd length after a UTF-16 BOM
        (b"\x00\x00\xfe\xff\x00\x00\x00S\x00\x11\x00\x00", DecodeError),  # past U+10FFFF
        ("Caf\udce9 owners", DecodeError),  # a lone surrogate in str
    ],
)
def test_binary_and_undecodable_input_is_named(data: bytes | str, error: type) -> None:
    for parse in (newsparse.parse_text, newsparse.parse_html):
        assert isinstance(_outcome(lambda parse=parse: parse(data), 2), error)


@pytest.mark.parametrize(
    "bad",
    [
        b"\xc0\xaf",  # an overlong slash
        b"\xed\xa0\x80",  # a UTF-8 encoded surrogate
        b"\xe9 \x80\x81\xfe\xff",  # Latin-1 with bytes no code page maps
        b"\x1b$B\x1b(B\x1b$)C",  # ISO-2022 escapes
        "Café".encode("cp1252") * 1000 + "Café".encode(),  # two encodings mixed
    ],
)
def test_encoding_errors_give_the_story_or_a_decode_error(bad: bytes) -> None:
    for parse, story in [
        (newsparse.parse_text, article_text(1)),
        (newsparse.parse_html, article_html(1, charset=None)),
    ]:
        data = story.encode().replace(b"Strong", b"Strong" + bad)
        outcome = _outcome(lambda parse=parse, data=data: parse(data), 2)
        if not isinstance(outcome, DecodeError):
            assert isinstance(outcome, newsparse.Article)
            assert outcome.headline == "Storm number 1 closes the harbour for a day"


@pytest.fixture
def listener() -> Iterator[tuple[int, list[object]]]:
    """A server on the loopback that counts the connections it gets."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    calls: list[object] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                calls.append(server.accept())
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], calls
    stop.set()
    thread.join()
    server.close()


def test_pages_cannot_reach_files_or_the_network(
    tmp_path: Path, listener: tuple[int, list[object]]
) -> None:
    port, calls = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("CANARY-7f3a")
    url = f"http://127.0.0.1:{port}"
    traps = (
        f'<?xml version="1.0"?><!DOCTYPE html SYSTEM "{url}/dtd" ['
        f'<!ENTITY file SYSTEM "file://{secret}"><!ENTITY web SYSTEM "{url}/entity">'
        f'<!ENTITY % remote SYSTEM "{url}/param"> %remote;]>'
        f'<html xmlns:xi="http://www.w3.org/2001/XInclude"><head><base href="{url}/">'
        f'<link rel="stylesheet" href="{url}/s.css"><script src="{url}/s.js"></script>'
        f'<meta http-equiv="refresh" content="0; url={url}/r">'
        f'<link rel="import" href="file://{secret}"></head><body>'
        f"<h1>Storm closes harbour</h1><p>{PROSE}&file;&web;</p>"
        f'<xi:include href="file://{secret}" parse="text"/><img src="{url}/i.png">'
        f'<iframe src="file://{secret}"></iframe><object data="{url}/o"></object>'
        f"<p>{PROSE}</p></body></html>"
    )
    record = warc_record(f"{url}/page", traps.encode())
    with sealed():
        article = newsparse.parse_html(traps, url=f"{url}/page")
        results = [Job().parse(page) for page in read_warc(io.BytesIO(record), "t.warc", 1 << 20)]
    time.sleep(0.3)  # time for a connection to arrive, had one been made
    assert calls == []
    assert "CANARY" not in article.to_json()
    assert "CANARY" not in str(results)
    assert results[0].articles[0]["headline"] == "Storm closes harbour"


def _seconds(parse: Callable[[], object]) -> float:
    """The best of three timings of ``parse()``, errors included."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        with contextlib.suppress(NewsParseError):
            parse()
        best = min(best, time.perf_counter() - start)
    return best


def _archive(n: int) -> bytes:
    return warc_archive(
        [warc_record(f"https://example.com/{i}", article_html(i).encode()) for i in range(n)],
        gzipped=True,
    )


def _warc_pages(data: bytes) -> list[Page]:
    return list(read_warc(io.BytesIO(data), "x.warc.gz", 1 << 20))


PARSER = Parser()
SHAPES: dict[str, tuple[Callable[[int], object], Callable[[object], object], int]] = {
    # name: (input of size n, what parses it, n)
    "paragraphs": (lambda n: "<h1>Storm</h1>" + f"<p>{PROSE}</p>" * n, PARSER.run_html, 150),
    "menu links": (lambda n: "<ul>" + "<li><a href=/x>Link</a></li>" * n, PARSER.run_html, 300),
    "one long paragraph": (lambda n: "<p>" + PROSE * n, PARSER.run_html, 1000),
    "headlines and bylines": (
        lambda n: "<h1>Storm</h1><p>By Ann Lee</p>" * n,
        PARSER.run_html,
        200,
    ),
    "table cells": (lambda n: "<table><tr>" + "<td>12</td>" * n, PARSER.run_html, 300),
    "inline spans": (lambda n: "<p>" + "<span>a</span> " * n, PARSER.run_html, 2000),
    "entities": (lambda n: "<p>" + "&amp;&#x41;&nbsp;" * n, PARSER.run_html, 5000),
    "text stories": (lambda n: article_text(1) * n, PARSER.run, 60),
    "text stamps": (lambda n: "By Ann Lee\nUpdated 8 sec ago\n" * n, PARSER.run, 150),
    "text counters": (lambda n: "1 / 2\n" * n, PARSER.run, 300),
    "warc records": (_archive, _warc_pages, 60),
}


@pytest.mark.parametrize("shape", SHAPES)
def test_time_grows_linearly(shape: str) -> None:
    """Four times the input takes about four times as long (a quadratic step would take 16)."""
    make, parse, n = SHAPES[shape]
    small, large = make(n), make(4 * n)
    ratio = _seconds(lambda: parse(large)) / _seconds(lambda: parse(small))
    assert ratio < 10, f"{shape}: 4x the input took {ratio:.1f}x the time"


# Found by fuzzing: dateutil raises decimal.InvalidOperation, not ValueError, on a time with
# a long run of digits.
LONG_TIME = "2025-11-26T12:08888888888888888888888888888880:00Z"


def test_a_stamp_with_a_long_run_of_digits() -> None:
    text = f"Updated {LONG_TIME}\n{article_text(1)}"
    assert isinstance(_outcome(lambda: newsparse.parse_articles(text), 2), list)


def test_a_declared_date_with_a_long_run_of_digits() -> None:
    meta = f'<meta property="article:published_time" content="{LONG_TIME}">'
    assert isinstance(_outcome(lambda: newsparse.parse_html(meta + article_html(1)), 2), Article)


# "x@x@x@…": an e-mail address tried from every letter and every "@" of it takes cubic time
# (a byline) or quadratic time (a meta tag's content).
AT_SIGNS = "x@" * 100_000


@pytest.mark.parametrize(
    "parse",
    [
        lambda: newsparse.parse_articles(
            f"Storm hits the coast\nBy Ann Lee {AT_SIGNS[:6_000]}\n{article_text(1)}"
        ),
        lambda: newsparse.parse_html(
            f'<meta name="publisher" content="{AT_SIGNS}">{article_html(1)}'
        ),
    ],
    ids=["byline", "meta-content"],
)
def test_a_run_of_at_signs(parse: Callable[[], object]) -> None:
    assert isinstance(_outcome(parse, 2), list | Article)

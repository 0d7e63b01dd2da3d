"""Fuzzing with Hypothesis: random and mangled bytes, text, HTML and WARC archives end in a
result or a documented NewsParseError, and never reach the network or a file.

Each test runs ``NEWSPARSE_FUZZ_EXAMPLES`` examples (40 by default, to keep the suite fast);
set it to thousands for a long run. Coverage-guided fuzzing with atheris: ``fuzz_atheris.py``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, NewsParseError
from newsparse.batch import Job
from newsparse.batch.warc import read_warc
from tests.batch.pages import article_html, article_text, warc_archive, warc_record
from tests.batch.sealed import sealed

FUZZ = settings(
    max_examples=int(os.environ.get("NEWSPARSE_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
JOB = Job()

# Encodings pages declare (WHATWG labels and Python codec names), and labels that are wrong.
LABELS = [
    "utf-8", "utf-16", "utf-16le", "utf-32", "windows-1252", "iso-8859-1", "iso-8859-2",
    "windows-1251", "koi8-r", "shift_jis", "euc-jp", "iso-2022-jp", "gb2312", "gbk", "gb18030",
    "big5", "euc-kr", "tis-620", "x-user-defined", "utf-7", "hex", "rot13", "base64",
    "unknown-8bit", "", "utf-8\x00", "☃",
]  # fmt: skip
CODECS = [
    "utf-8", "utf-16", "utf-16-le", "utf-32", "cp1252", "latin-1", "cp1251", "koi8_r",
    "shift_jis", "euc_jp", "iso2022_jp", "gb18030", "big5", "euc_kr", "cp874", "utf-7",
]  # fmt: skip

# Pieces of markup, the broken and the hostile among them.
MARKUP = st.sampled_from(
    [
        "<html>", "</html>", "<head>", "<body>", "<p>", "</p>", "<div>", "</div>", "<h1>",
        "</h1>", "<br>", "<li>", "<table><tr><td>", "<a href='http://127.0.0.1:9/x'>",
        "</a>", "<script>var a = '</p>';</script>", "<style>p{}</style>", "<!--", "-->",
        "<![CDATA[", "]]>", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-16"?>',
        "<svg><foreignObject><p>", "<template><p>", "<time datetime='2024-13-45T99:99'>",
        '<meta charset="', '">', "<meta http-equiv=Content-Type content='text/html; charset=",
        '<img src="file:///etc/passwd">', '<iframe src="http://127.0.0.1:9/">',
        '<link rel=stylesheet href="http://127.0.0.1:9/s.css">', "&amp;", "&#0;", "&#x110000;",
        "&#xD800;", "&nbsp;", "&unknown;", "&", "<", ">", "\x00", "\ufeff", "\u2028", "\r",
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": [',
        '<meta property="article:published_time" content="-99999-01-01">', "<h1 hidden>",
        '<div style="display:none">', "By Ann Lee", "Updated 8 sec ago", "1 / 2",
        "PORTSMOUTH: Strong winds closed the harbour on Tuesday across the whole coast.",
    ]
)  # fmt: skip
HTML = st.lists(st.one_of(MARKUP, st.text(max_size=20)), max_size=60).map("".join)


def _survives(parse: object, *args: object) -> None:
    """``parse(*args)`` gives a result or raises a NewsParseError, and reaches nothing."""
    assert callable(parse)
    with sealed():
        try:
            result = parse(*args)
        except NewsParseError:
            return
    assert isinstance(result, Article | list)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _survives(newsparse.parse_articles, data)
    _survives(newsparse.parse_html, data)


@FUZZ
@given(st.text(st.characters(exclude_categories=()), max_size=2000))
def test_random_text_with_lone_surrogates(text: str) -> None:
    _survives(newsparse.parse_articles, text)
    _survives(newsparse.parse_html, text)


@FUZZ
@given(HTML, st.sampled_from(LABELS))
def test_broken_and_hostile_markup(html: str, label: str) -> None:
    html = html.replace('<meta charset="', f'<meta charset="{label}')
    _survives(newsparse.parse_html, html)
    _survives(newsparse.parse_html, html.encode("utf-8", "surrogatepass"))
    _survives(newsparse.parse_articles, html)


@FUZZ
@given(
    HTML.filter(bool),
    st.sampled_from(CODECS),
    st.sampled_from(LABELS),
    st.lists(st.tuples(st.integers(0, 1 << 16), st.integers(0, 255)), max_size=8),
)
def test_every_encoding_mangled(
    html: str, codec: str, label: str, flips: list[tuple[int, int]]
) -> None:
    """Text in one encoding, declared as another, with bytes flipped: what a mis-saved page
    is made of."""
    data = bytearray(f'<meta charset="{label}">{html}'.encode(codec, "replace"))
    for at, byte in flips:
        data[at % len(data)] = byte
    _survives(newsparse.parse_html, bytes(data))
    _survives(newsparse.parse_articles, bytes(data))
    record = warc_record(
        "https://example.com/", bytes(data), content_type=f"text/html; charset={label}"
    )
    with sealed():
        results = [JOB.parse(page) for page in read_warc(io.BytesIO(record), "x.warc", 1 << 20)]
    assert all(r.failure is None or not r.failure.internal for r in results), results


def test_the_encodings_exist() -> None:
    for codec in CODECS:
        codecs.lookup(codec)


RECORDS = [
    warc_record("https://example.com/1", article_html(1).encode()),
    warc_record("https://example.com/2", b"<p>x</p>", content_type="text/html; charset=x"),
    warc_record("https://example.com/3", article_html(3).encode("utf-16"), content_type=None),
]
# Plain, gzipped per record (as .warc.gz should be), and gzipped whole (as it should not).
ARCHIVES = [
    warc_archive(RECORDS),
    warc_archive(RECORDS, gzipped=True),
    warc_archive([warc_archive(RECORDS)], gzipped=True),
]


@st.composite
def mangled_archives(draw: st.DrawFn) -> bytes:
    """A small archive, then cut, overwritten or stuffed."""
    data = bytearray(draw(st.sampled_from(ARCHIVES)))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        change = draw(st.sampled_from(["cut", "byte", "insert", "length"]))
        if change == "cut":
            del data[at:]
        elif change == "byte" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif change == "insert":
            data[at:at] = draw(st.binary(max_size=64))
        else:
            length = draw(st.sampled_from([b"-1", b"0", b"99999999999999999999", b"x", b""]))
            data = bytearray(data.replace(b"Content-Length: ", b"Content-Length: " + length, 1))
    return bytes(data)


@FUZZ
@given(st.one_of(mangled_archives(), st.binary(max_size=2048)))
def test_mangled_archives(data: bytes) -> None:
    with sealed():
        pages = list(read_warc(io.BytesIO(data), "x.warc.gz", 1 << 20))
        results = [JOB.parse(page) for page in pages]
    assert pages, "an archive always gives pages or an error"
    for page, result in zip(pages, results, strict=True):
        assert (page.error is None) == (page.data is not None)
        assert result.failure is None or not result.failure.internal, result.failure


@pytest.mark.fuzz
@pytest.mark.skipif(
    "NEWSPARSE_FUZZ_EXAMPLES" not in os.environ, reason="a long run: set NEWSPARSE_FUZZ_EXAMPLES"
)
def test_atheris(tmp_path: Path) -> None:
    """NEWSPARSE_FUZZ_EXAMPLES x 100 coverage-guided runs of fuzz_atheris.py from a text page,
    an HTML page and an archive, with a fixed random seed so that a CI run can be repeated."""
    pytest.importorskip("atheris")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "text").write_bytes(b"\x00" + article_text(1).encode())
    (corpus / "html").write_bytes(b"\x01" + article_html(1).encode())
    (corpus / "warc").write_bytes(b"\x02" + ARCHIVES[1])
    runs = int(os.environ["NEWSPARSE_FUZZ_EXAMPLES"]) * 100
    result = subprocess.run(
        [
            *(sys.executable, "-m", "tests.batch.fuzz_atheris", f"-atheris_runs={runs}"),
            *(
                "-timeout=10",
                "-max_len=65536",
                "-seed=1",
                f"-artifact_prefix={tmp_path}/",
                str(corpus),
            ),
        ],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=False,
    )
    # libFuzzer's timeout alarm may go off while the process exits after its last run: killed
    # by SIGALRM after "Done N in S second(s)", with every run over and none failed. A unit
    # that ran too long is reported otherwise: "ERROR: libFuzzer: timeout" and a timeout-*.
    finished = re.search(rf"^Done {runs} in ", result.stderr, re.MULTILINE) is not None
    alarm_at_exit = result.returncode == -signal.SIGALRM and finished
    assert result.returncode == 0 or alarm_at_exit, result.stderr[-4000:]
    assert "ERROR: libFuzzer" not in result.stderr, result.stderr[-4000:]
    assert not [*tmp_path.glob("crash-*"), *tmp_path.glob("timeout-*")]

"""Writers: JSON Lines, a JSON array, CSV with flat columns, Markdown; bare output for one file."""

from __future__ import annotations

import csv
import io
import itertools
import json
from datetime import UTC, datetime

import pytest

from newsparse import Article
from newsparse.batch import Failure, Job, Page, Result, Source
from newsparse.batch.output import COLUMNS, open_writer
from tests.batch.pages import article_text

WARC_SOURCE = Source(
    "crawl.warc.gz", "https://example.com/1", datetime(2024, 11, 26, tzinfo=UTC), 0
)


def _results() -> list[Result]:
    parsed = Job().parse(Page(WARC_SOURCE, (article_text(1) + "\n" + article_text(1)).encode()))
    failed = Result(Source("b.html"), failure=Failure("DecodeError", "bytes are not UTF-8"))
    return [parsed, failed]


def _write(output_format: str, results: list[Result], *, bare: bool = False) -> str:
    out = io.StringIO()
    writer = open_writer(output_format, out, bare=bare)
    for result in results:
        writer.add(result)
    writer.close()
    return out.getvalue()


def test_jsonl_records_carry_the_source_and_errors() -> None:
    first, *rest = [json.loads(line) for line in _write("jsonl", _results()).splitlines()]
    assert first["source"] == {
        "path": "crawl.warc.gz",
        "url": "https://example.com/1",
        "date": "2024-11-26T00:00:00+00:00",
        "offset": 0,
    }
    assert first["index"] == 0
    article = Article.from_dict({k: v for k, v in first.items() if k not in ("source", "index")})
    assert article.headline == "Storm number 1 closes the harbour for a day"
    assert rest[-1] == {
        "source": {"path": "b.html", "url": None, "date": None, "offset": None},
        "error": {"type": "DecodeError", "message": "bytes are not UTF-8"},
    }


def test_json_is_one_array_of_the_same_records() -> None:
    as_lines = [json.loads(line) for line in _write("jsonl", _results()).splitlines()]
    assert json.loads(_write("json", _results())) == as_lines
    assert _write("json", []) == "[]\n"


def test_bare_output_is_the_articles_alone() -> None:
    (parsed, failed) = _results()
    articles = json.loads(_write("json", [parsed, failed], bare=True))
    assert [Article.from_dict(a).headline for a in articles] == [parsed.articles[0]["headline"]]
    assert _write("json", [failed], bare=True) == ""


def test_csv_has_flat_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(_write("csv", _results()))))
    assert tuple(rows[0]) == COLUMNS
    assert rows[0]["source_url"] == "https://example.com/1"
    assert rows[0]["authors"] == "Ann Lee"
    assert rows[0]["dateline"] == "PORTSMOUTH:"
    assert rows[0]["body"].count("\n\n") == 1
    assert (rows[-1]["error_type"], rows[-1]["headline"]) == ("DecodeError", "")


def test_markdown_is_for_reading() -> None:
    text = _write("md", _results())
    assert text.startswith("## Storm number 1 closes the harbour for a day\n\n")
    assert "`crawl.warc.gz https://example.com/1` · by Ann Lee" in text
    assert "> **DecodeError** `b.html`: bytes are not UTF-8" in text


@pytest.mark.parametrize("output_format", ["jsonl", "json", "csv", "md"])
def test_every_format_streams(output_format: str) -> None:
    out = io.StringIO()
    writer = open_writer(output_format, out)
    sizes = []
    for result in _results() * 3:
        writer.add(result)
        sizes.append(len(out.getvalue()))
    assert all(after > before for before, after in itertools.pairwise([0, *sizes]))

"""Writers: one record per article in every format, for one input as for many; records read
back with ``article_of``; CSV cells hold lists and objects as JSON."""

from __future__ import annotations

import csv
import io
import itertools
import json
from datetime import UTC, datetime

import attrs
import pytest

from newsparse import Article
from newsparse.batch import Failure, Job, Page, Result, Source, article_of
from newsparse.batch.output import COLUMNS, FORMATS, open_writer
from tests.batch.pages import article_html, article_text

WARC_SOURCE = Source(
    "crawl.warc.gz", "https://example.com/1", datetime(2024, 11, 26, tzinfo=UTC), 0
)
# A caption and a credit, so that the article has an image.
PHOTO = (
    '<figure><img src="/storm.jpg" alt="Waves over the harbour wall">'
    "<figcaption>Waves break over the harbour wall. (Photo: Jo Ray)</figcaption></figure>"
)


def _results() -> list[Result]:
    """An input of two articles, and one that failed."""
    articles = [Job().parse(Page(WARC_SOURCE, article_text(n).encode())).articles for n in (1, 2)]
    parsed = Result(WARC_SOURCE, articles[0] + articles[1])
    failed = Result(Source("b.html"), failure=Failure("DecodeError", "bytes are not UTF-8"))
    return [parsed, failed]


def _write(output_format: str, results: list[Result]) -> str:
    out = io.StringIO()
    writer = open_writer(output_format, out)
    for result in results:
        writer.add(result)
    writer.close()
    return out.getvalue()


def test_a_record_is_the_article_with_its_source() -> None:
    (parsed, _) = _results()
    first, second = [json.loads(line) for line in _write("jsonl", _results()).splitlines()]
    assert (first["source"], second["source"]["index"]) == (
        {
            "path": "crawl.warc.gz",
            "url": "https://example.com/1",
            "date": "2024-11-26T00:00:00+00:00",
            "offset": 0,
            "index": 0,
        },
        1,
    )
    assert [article_of(record) for record in (first, second)] == [
        Article.from_dict(article) for article in parsed.articles
    ]


@pytest.mark.parametrize("output_format", FORMATS)
def test_a_failure_is_no_record(output_format: str) -> None:
    (_, failed) = _results()
    assert _write(output_format, [failed]) == _write(output_format, [])


@pytest.mark.parametrize(
    ("output_format", "empty"),
    [("json", "[]\n"), ("jsonl", ""), ("csv", ",".join(COLUMNS) + "\r\n"), ("md", "")],
)
def test_no_article_is_an_empty_output(output_format: str, empty: str) -> None:
    assert _write(output_format, []) == empty


def test_json_is_one_array_of_the_jsonl_records() -> None:
    as_lines = [json.loads(line) for line in _write("jsonl", _results()).splitlines()]
    assert json.loads(_write("json", _results())) == as_lines
    assert len(as_lines) == 2


def test_csv_has_the_source_and_every_article_field() -> None:
    assert (
        "source_path",
        "source_url",
        "source_date",
        "source_offset",
        "source_index",
        *(field.name for field in attrs.fields(Article)),
    ) == COLUMNS
    page = Page(Source("a.html"), article_html(1, extra=PHOTO).encode())
    (row,) = csv.DictReader(io.StringIO(_write("csv", [Job().parse(page)])))
    assert tuple(row) == COLUMNS
    (article,) = Job().parse(page).articles
    for column in COLUMNS[5:]:
        value = article.get(column)
        if isinstance(value, list | dict | bool):
            assert json.loads(row[column]) == value, column
        else:
            assert row[column] == ("" if value is None else value), column


@pytest.mark.parametrize(
    ("column", "cell"),
    [
        ("source_path", "a.html"),
        ("source_url", ""),
        ("source_index", "0"),
        ("source_offset", ""),
        ("headline", "Storm number 1 closes the harbour for a day"),
        ("authors", '["Ann Lee"]'),
        ("bullets", "[]"),
        (
            "images",
            '[{"caption": "Waves break over the harbour wall.", "credit": "Jo Ray", '
            '"position": null, "total": null, "url": "/storm.jpg", "flags": []}]',
        ),
        ("dateline", '{"location": "PORTSMOUTH", "agency": null, "raw": "PORTSMOUTH:"}'),
        ("published_date_only", "false"),
        ("lines", ""),  # only with_lines
    ],
)
def test_csv_cells(column: str, cell: str) -> None:
    page = Page(Source("a.html"), article_html(1, extra=PHOTO).encode())
    (row,) = csv.DictReader(io.StringIO(_write("csv", [Job().parse(page)])))
    assert row[column] == cell


def test_markdown_is_for_reading() -> None:
    text = _write("md", _results())
    assert text.startswith("# Storm number 1 closes the harbour for a day\n\n*By Ann Lee*\n\n")
    assert "\n`crawl.warc.gz https://example.com/1`\n\n---\n" in text
    assert text.count("\n---\n") == 2


@pytest.mark.parametrize("output_format", FORMATS)
def test_every_format_streams(output_format: str) -> None:
    out = io.StringIO()
    writer = open_writer(output_format, out)
    sizes = []
    for result in _results()[:1] * 3:
        writer.add(result)
        sizes.append(len(out.getvalue()))
    assert all(after > before for before, after in itertools.pairwise([0, *sizes]))

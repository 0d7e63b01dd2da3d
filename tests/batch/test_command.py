"""``newsparse parse`` cannot surprise: folders give their pages and say what they skip, a path
naming no page is an error, archives are told by their bytes, one output shape for one file
and many, records read back, and the progress bar knows its total."""

from __future__ import annotations

import csv
import gzip
import io
import json
import subprocess
from pathlib import Path

import attrs
import pytest

from newsparse import parse_articles, parse_html
from newsparse.batch import article_of
from newsparse.cli import run
from tests.batch.pages import article_html, article_text, warc_archive, warc_record
from tests.batch.processes import python

EMPTY_FOLDER = (
    "the folder holds no page file (.html, .htm, .xhtml, .txt, gzipped too, or a WARC archive)"
)


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder of the issue: a page with its thumbnail, metadata and read-me; an empty
    folder; a folder of images; a page without an article; a WARC archive named .bin."""
    monkeypatch.chdir(tmp_path)
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "page.html").write_text(article_html(1))
    (pages / "thumb.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (pages / "meta.json").write_text('{"source": "Daily Tide"}')
    (pages / "README.md").write_text("# Saved pages\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "menu.txt").write_text("Home\nSport\nWeather\n")
    (tmp_path / "story.txt").write_text(article_text(2))
    records = [warc_record(f"https://example.com/{n}", article_html(n).encode()) for n in range(3)]
    (tmp_path / "crawl.bin").write_bytes(warc_archive(records, gzipped=True))
    return tmp_path


def _run(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run(["parse", *arguments, "--jobs", "1"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        (
            ["pages"],
            (
                0,
                ["Storm number 1 closes the harbour for a day"],
                "newsparse: skipped 3 files that are not pages: pages/README.md, "
                "pages/meta.json, pages/thumb.png\n",
            ),
        ),
        (
            ["empty"],
            (2, [], f"newsparse: empty: {EMPTY_FOLDER}; name the files to parse them anyway\n"),
        ),
        (
            ["images"],
            (
                2,
                [],
                f"newsparse: images: {EMPTY_FOLDER}; 1 other file skipped; name the files to "
                "parse them anyway\nnewsparse: skipped 1 file that is not a page: images/a.png\n",
            ),
        ),
        (["pagse"], (2, [], "newsparse: pagse: no such file or folder; check the path\n")),
        (
            ["pages/*.htm"],
            (2, [], "newsparse: pages/*.htm: no file matches this pattern; check the path\n"),
        ),
        (["menu.txt"], (1, [], "newsparse: menu.txt: no article found\n")),
        (
            ["menu.txt", "pagse"],
            (
                2,
                [],
                "newsparse: menu.txt: no article found\n"
                "newsparse: pagse: no such file or folder; check the path\n",
            ),
        ),
        (
            ["pages/thumb.png"],
            (
                2,
                [],
                "newsparse: pages/thumb.png: input is a PNG image, not a page's text or HTML\n",
            ),
        ),
        (
            ["crawl.bin"],
            (0, [f"Storm number {n} closes the harbour for a day" for n in range(3)], ""),
        ),
    ],
)
def test_what_each_path_gives(
    site: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    expected: tuple[int, list[str], str],
) -> None:
    """``expected``: the exit code, the headlines written and standard error."""
    pytest.importorskip("warcio")
    code, out, err = _run(arguments, capsys)
    assert (code, [record["headline"] for record in json.loads(out)], err) == expected


def _command(arguments: list[str], data: bytes) -> subprocess.CompletedProcess[bytes]:
    return python(["-m", "newsparse", "parse", *arguments], data)


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_an_archive_on_stdin(gzipped: bool) -> None:
    pytest.importorskip("warcio")
    urls = [f"https://example.com/{n}" for n in range(3)]
    records = [warc_record(url, article_html(n).encode()) for n, url in enumerate(urls)]
    result = _command(["-"], warc_archive(records, gzipped=gzipped))
    assert (result.returncode, result.stderr) == (0, b"")
    assert [r["source"] for r in json.loads(result.stdout)] == [
        {"path": "-", "url": url, "date": "2024-11-26T12:00:00+00:00", "offset": offset, "index": 0}
        for url, offset in zip(urls, _offsets(records, gzipped), strict=True)
    ]


def _offsets(records: list[bytes], gzipped: bool) -> list[int]:
    sizes = [len(warc_archive([record], gzipped=gzipped)) for record in records]
    return [sum(sizes[:n]) for n in range(len(sizes))]


@pytest.mark.parametrize("output_format", ["json", "jsonl"])
@pytest.mark.parametrize("paths", [["story.txt"], ["story.txt", "pages", "crawl.bin"]])
def test_every_record_reads_back(
    site: Path, capsys: pytest.CaptureFixture[str], output_format: str, paths: list[str]
) -> None:
    pytest.importorskip("warcio")
    code, out, _ = _run([*paths, "--format", output_format], capsys)
    assert code == 0
    if output_format == "json":
        records = json.loads(out)
    else:
        records = [json.loads(line) for line in out.splitlines()]
    articles = [article_of(record) for record in records]
    (story,) = parse_articles((site / "story.txt").read_text())
    assert articles[0] == attrs.evolve(story, lines=())  # lines only with --lines
    assert len(articles) == (1 if len(paths) == 1 else 5)


def test_one_file_gives_the_records_it_gives_among_many(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    alone = json.loads(_run(["story.txt"], capsys)[1])
    among = json.loads(_run(["pages", "story.txt"], capsys)[1])
    assert alone == among[1:] != []


@pytest.mark.parametrize(
    ("paths", "lines"), [(["story.txt"], 1), (["menu.txt"], 0), (["pages", "story.txt", "-"], 3)]
)
def test_jsonl_is_format_jsonl(paths: list[str], lines: int, site: Path) -> None:
    outputs = {
        tuple(option): _command([*paths, *option], article_text(3).encode())
        for option in (["--jsonl"], ["--format", "jsonl"])
    }
    short, long = outputs.values()
    assert (short.returncode, short.stdout, short.stderr) == (
        long.returncode,
        long.stdout,
        long.stderr,
    )
    assert len(short.stdout.splitlines()) == lines


def test_csv_cells_hold_json(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(["pages", "--format", "csv"], capsys)
    assert code == 0
    (row,) = csv.DictReader(io.StringIO(out))
    article = parse_html(article_html(1))
    assert json.loads(row["images"]) == article.to_dict()["images"]
    assert json.loads(row["authors"]) == ["Ann Lee"]
    assert (row["source_path"], row["source_index"]) == ("pages/page.html", "0")


def test_the_progress_bar_has_a_total_and_a_time_left(
    site: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("tqdm")
    pytest.importorskip("warcio")
    (site / "pages" / "more.html.gz").write_bytes(gzip.compress(article_html(4).encode()))
    code, _, err = _run(["pages", "crawl.bin", "story.txt", "--progress"], capsys)
    assert code == 0
    first, second, *_ = err.split("\n")
    bar = first.split("\r")[-1]
    assert bar.startswith("100%|")
    assert " 6/6 [" in bar  # two pages, three archived pages, a text
    assert "<00:00" in bar  # elapsed<left
    assert second.startswith("newsparse: skipped 3 files")


def test_workers_that_cannot_start_are_one_error(
    site: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def cannot_start(job: object) -> None:
        raise SystemExit(1)

    monkeypatch.setattr("newsparse.batch.run._start_worker", cannot_start)
    assert run(["parse", "pages", "story.txt", "--jobs", "2"]) == 3
    captured = capsys.readouterr()
    assert captured.out == "[]\n"
    assert captured.err.startswith("newsparse: the worker processes died before parsing anything")
    assert captured.err.count("\n") == 1

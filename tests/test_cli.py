from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse.batch import article_of
from newsparse.cli import EXAMPLES, run
from tests.batch.pages import article_html, article_text, warc_archive, warc_record
from tests.conftest import FIXTURES, SEED

STORM = FIXTURES / "001_storm_schools.html"


def test_parse_prints_a_json_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", str(SEED)]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert [a["headline"][:8] for a in articles] == ["Belarus,", "Pakistan"]
    assert "lines" not in articles[0]
    assert article_of(articles[0]).dateline is not None


def test_parse_jsonl_with_lines_and_now(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(["parse", str(SEED), "--jsonl", "--lines", "--now", "2024-11-26T12:00:00+00:00"]) == 0
    )
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2
    second = article_of(json.loads(rows[1]))
    assert second.updated is not None
    assert second.updated.isoformat() == "2024-11-26T11:59:52+00:00"
    assert second.lines[0].number == 45


def test_explain_shows_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("== article 1 · lines 1-44 · Belarus, Pakistan")
    assert out[1].split()[:3] == ["1", "headline", "pairs"]
    assert any(line.split()[:3] == ["7", "chrome", "chrome"] for line in out)
    numbered = [line for line in out if line.split()[0].isdigit()]
    assert len(numbered) == len(SEED.read_text(encoding="utf-8").splitlines())
    # A relabelled line is followed by the role it had before.
    changes = [line.strip() for line in out if line.lstrip().startswith("(was ")]
    assert "(was body by body, changed by dateline)" in changes


def test_explain_ends_with_the_declared_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["explain", str(STORM)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-5:] == [
        "== declared by the page's metadata (rule declared) · first article",
        "        headline         printed (declared the same): "
        "'Storm closes schools across the north'",
        "        published        printed (declared the same): 2024-11-26T07:45:00+00:00",
        "        updated          from declared (nothing printed): 2024-11-26T10:05:00+00:00",
        "        authors          printed (declared the same): Ann Lee, Bo Chen",
    ]


def test_no_article_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("Home\nSport\n")
    assert run(["parse", str(empty)]) == 1
    assert capsys.readouterr().err.strip() == f"newsparse: {empty}: no article found"
    assert run(["explain", str(empty)]) == 1
    assert "leftover" in capsys.readouterr().out


def test_unreadable_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", str(tmp_path / "missing.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no such file or folder" in err
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert run(["parse", str(binary)]) == 2
    assert "PNG image" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["parse", str(SEED), "--now", "tomorrow"])
    assert exit_info.value.code == 2
    assert "ISO 8601" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        run([])
    assert exit_info.value.code == 2


def test_console_script_reads_stdin() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsparse", "parse", "-", "--jsonl"],
        input=SEED.read_bytes(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 2


# Many inputs: folders, globs, archives; records with their source; failures reported.


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.html").write_text(article_html(n))
    return folder


def _jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def test_many_inputs_give_records_with_their_source(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["parse", str(pages / "3.html"), str(pages), "--jobs", "1"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [Path(r["source"]["path"]).name for r in records] == [
        f"{n}.html" for n in (3, 0, 1, 2, 3)
    ]
    assert records[0]["headline"] == "Storm number 3 closes the harbour for a day"
    assert records[0]["source"]["index"] == 0


def test_parallel_output_is_the_same_as_in_process(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["parse", str(pages), str(SEED), "--jobs", "1"]) == 0
    in_process = capsys.readouterr().out
    assert run(["parse", str(pages), str(SEED), "--jobs", "2"]) == 0
    assert capsys.readouterr().out == in_process


def test_failing_inputs_are_reported_and_the_worst_sets_the_exit_code(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (pages / "1.html").write_text("<nav>Home</nav>")
    assert run(["parse", str(pages), "--jobs", "1", "--jsonl"]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"newsparse: {pages / '1.html'}: no article found\n"
    records = _jsonl(captured.out)
    assert [Path(r["source"]["path"]).name for r in records] == ["0.html", "2.html", "3.html"]
    assert run(["parse", str(pages), str(pages / "gone.html"), "--jobs", "1"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"newsparse: {pages / 'gone.html'}: no such file or folder; check the path"
    )


def test_csv_to_a_file(pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "articles.csv"
    assert run(["parse", f"{pages}/*.html", "--format", "csv", "-o", str(out), "-j", "1"]) == 0
    assert capsys.readouterr().out == ""
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["headline"][:14] for row in rows] == [f"Storm number {n}" for n in range(4)]
    assert json.loads(rows[0]["authors"]) == ["Ann Lee"]


def test_one_file_gives_records_too(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", str(SEED), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert [r["source"]["path"] for r in records] == [str(SEED), str(SEED)]
    assert run(["parse", str(SEED), "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Belarus, Pakistan sign 15 agreements")


def test_a_warc_archive(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("warcio")
    archive = tmp_path / "crawl.warc.gz"
    records = [warc_record(f"https://example.com/{n}", article_html(n).encode()) for n in range(3)]
    archive.write_bytes(warc_archive(records, gzipped=True)[:-25])  # the last record cut short
    assert run(["parse", str(archive), "--jobs", "2", "--jsonl"]) == 2
    captured = capsys.readouterr()
    out = _jsonl(captured.out)
    assert [r["source"]["url"] for r in out] == [f"https://example.com/{n}" for n in range(2)]
    assert out[0]["source"]["date"] == "2024-11-26T12:00:00+00:00"
    assert "truncated" in captured.err
    assert captured.err.startswith(f"newsparse: {archive}@")
    assert captured.err.count("\n") == 1


def test_progress_bar_only_when_asked_or_on_a_terminal(
    pages: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("tqdm")
    assert run(["parse", str(pages), "-j", "1"]) == 0
    assert capsys.readouterr().err == ""  # stderr is not a terminal here
    assert run(["parse", str(pages), "-j", "1", "--progress"]) == 0
    assert "4/4 [" in capsys.readouterr().err
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert run(["parse", str(pages), "-j", "1", "--no-progress"]) == 0
    assert capsys.readouterr().err == ""
    monkeypatch.setitem(sys.modules, "tqdm", None)
    assert run(["parse", str(pages), "-j", "1"]) == 0  # no tqdm: no bar, no complaint
    assert capsys.readouterr().err == ""
    assert run(["parse", str(pages), "--progress"]) == 2
    assert "pip install 'newsparse[progress]'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--jobs", "0"], "not a number of processes"),
        (["--jsonl", "--format", "csv"], "not allowed with argument"),
        (["--format", "xml"], "invalid choice"),
        (["-o", "/no/such/folder/out.jsonl"], "cannot write it"),
    ],
)
def test_batch_usage_errors_exit_2(
    arguments: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        code = run(["parse", str(SEED), *arguments])
    except SystemExit as exit_info:
        code = int(str(exit_info.code))
    assert code == 2
    assert message in capsys.readouterr().err


def test_stdin_among_many_inputs(pages: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsparse",
            "parse",
            str(pages / "0.html"),
            "-",
            "-j",
            "2",
            "--jsonl",
        ],
        input=article_text(9).encode(),
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    records = _jsonl(result.stdout.decode())
    assert [r["source"]["path"] for r in records] == [str(pages / "0.html"), "-"]
    assert records[1]["headline"] == "Storm number 9 closes the harbour for a day"


# --version, --help with examples, --url for one input, explain --width.


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out == f"newsparse {newsparse.__version__}\n"


def test_help_ends_with_examples(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["--help"])
    out = capsys.readouterr().out
    assert out.endswith(EXAMPLES)
    assert "  curl -s URL | newsparse parse - --url URL " in out


URL = "https://tide.example/news/storm-1"


@pytest.mark.parametrize("command", ["parse", "explain"])
def test_url_for_one_page(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = article_html(1).replace("</title>", '</title><link rel="canonical" href="/news/s1">')
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(page.encode())))
    assert run([command, "-", "--url", URL]) == 0
    out = capsys.readouterr().out
    if command == "parse":
        (record,) = json.loads(out)
        assert record["url"] == "https://tide.example/news/s1"  # resolved against --url
        assert record["metadata"]["url"] == URL
    else:
        assert out.startswith("== article 1 · lines ")


@pytest.mark.parametrize(
    "paths",
    [["a.html", "b.html"], ["pages/"], ["pages/*.html"]],
    ids=["two files", "a folder", "a glob"],
)
def test_url_for_many_inputs_is_a_usage_error(
    paths: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pages").mkdir()
    assert run(["parse", *paths, "--url", URL]) == 2
    assert capsys.readouterr().err == (
        "newsparse: --url is the address of one page: give one PATH, a file or -\n"
    )


@pytest.mark.parametrize(("width", "longest"), [("60", 60), ("0", 202), (None, 160)])
def test_explain_width(
    width: str | None, longest: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "story.txt"
    page.write_text(article_text(1))
    assert run(["explain", str(page), *(["--width", width] if width else [])]) == 0
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) == longest


def test_explain_width_must_be_a_number(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["explain", str(SEED), "--width", "wide"])
    assert exit_info.value.code == 2
    assert "'wide' is not a number of characters, e.g. 120" in capsys.readouterr().err


def test_explain_shows_each_article_s_notices_after_its_lines(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out.splitlines()
    notices = [(n, line) for n, line in enumerate(out) if line.startswith("        notice ")]
    headers = [n for n, line in enumerate(out) if line.startswith("== article ")]
    assert notices == [
        (
            headers[1] - 2,
            "        notice first-letter-restored (line 4): caption began 'akistani'; "
            "restored to 'Pakistani'",
        ),
        (
            headers[1] - 1,
            "        notice zone-assumed: updated: printed without a time zone; taken in UTC "
            "(neither the page nor now gives one)",
        ),
        (
            len(out) - 1,
            "        notice relative-stamp-unresolved (line 47): 'Updated 8 sec ago' is "
            "relative; pass now= to place it in time",
        ),
    ]

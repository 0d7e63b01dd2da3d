from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse import Article
from newsparse.cli import run
from tests.conftest import SEED


def test_parse_prints_a_json_array(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["parse", str(SEED)]) == 0
    articles = json.loads(capsys.readouterr().out)
    assert [a["headline"][:8] for a in articles] == ["Belarus,", "Pakistan"]
    assert "lines" not in articles[0]
    assert Article.from_dict(articles[0]).dateline is not None


def test_parse_jsonl_with_lines_and_now(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        run(["parse", str(SEED), "--jsonl", "--lines", "--now", "2024-11-26T12:00:00+00:00"]) == 0
    )
    rows = capsys.readouterr().out.splitlines()
    assert len(rows) == 2
    second = Article.from_json(rows[1])
    assert second.updated is not None
    assert second.updated.isoformat() == "2024-11-26T11:59:52+00:00"
    assert second.lines[0].number == 45


def test_explain_shows_every_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["explain", str(SEED)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("== article 1 · lines 1-44 · Belarus, Pakistan")
    assert out[1].split()[:3] == ["1", "headline", "pairs"]
    assert any(line.split()[:3] == ["7", "chrome", "chrome"] for line in out)
    numbered = [line for line in out if not line.startswith("==")]
    assert len(numbered) == len(SEED.read_text(encoding="utf-8").splitlines())


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
    assert "cannot read it" in err
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

"""parse_many: results in input order whatever the jobs, failures reported and passed over,
inputs streamed, and a worker that dies costs only its own input."""

from __future__ import annotations

import gzip
import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import Parser, Role, State
from newsparse.batch import Failure, Job, Page, Result, Source, parse_many
from newsparse.batch.results import EXIT_INPUT_ERROR, EXIT_INTERNAL_ERROR, EXIT_NO_ARTICLE
from newsparse.batch.run import CHUNK, CHUNKS_PER_WORKER, WorkersCannotStart
from tests.batch.pages import article_html, article_text
from tests.batch.processes import python


def kill_worker(state: State) -> None:
    """A rule that kills the process it runs in on a page saying so, as a crash in C would."""
    if any(line.text == "KILL THE WORKER" for line in state.lines):
        os._exit(1)


def fail(state: State) -> None:
    """A rule with a bug."""
    if any(line.text == "BUG" for line in state.lines):
        raise RuntimeError("a bug in a rule")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Twenty pages, HTML, text and gzip, in a folder."""
    for n in range(20):
        if n % 3 == 0:
            (tmp_path / f"{n:02}.html").write_text(article_html(n))
        elif n % 3 == 1:
            (tmp_path / f"{n:02}.txt").write_text(article_text(n))
        else:
            (tmp_path / f"{n:02}.html.gz").write_bytes(gzip.compress(article_html(n).encode()))
    return tmp_path


def _headlines(results: Iterator[Result]) -> list[str]:
    return [result.articles[0]["headline"] for result in results]


def test_parallel_results_come_in_input_order(folder: Path) -> None:
    expected = [f"Storm number {n} closes the harbour for a day" for n in range(20)]
    assert _headlines(parse_many([folder], jobs=1)) == expected
    assert _headlines(parse_many([folder], jobs=2)) == expected


def test_failures_are_results_and_the_run_goes_on(folder: Path) -> None:
    (folder / "04.txt").write_text("Home\nSport\n")
    (folder / "06.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (folder / "07.txt").write_text("BUG\n" + article_text(7))
    paths = [folder / "missing.html", folder]
    parser = Parser()
    parser.ruler.push("fail", fail)
    for jobs in (1, 2):
        results = list(parse_many(paths, jobs=jobs, parser=parser))
        assert len(results) == 21
        failures = {r.source.path: r.failure for r in results if r.failure}
        assert failures == {
            str(folder / "missing.html"): Failure(
                "InputError", "no such file or folder; check the path"
            ),
            str(folder / "04.txt"): Failure("NoArticleFound", "no article found"),
            str(folder / "06.html"): Failure(
                "BinaryInput", "input is a PNG image, not a page's text or HTML"
            ),
            str(folder / "07.txt"): Failure(
                "RuleFailed", "rule 'fail' raised RuntimeError: a bug in a rule", internal=True
            ),
        }
        assert sorted(f.exit_code for f in failures.values()) == [
            EXIT_NO_ARTICLE,
            EXIT_INPUT_ERROR,
            EXIT_INPUT_ERROR,
            EXIT_INTERNAL_ERROR,
        ]


def test_a_worker_that_dies_costs_only_its_input(folder: Path) -> None:
    (folder / "04.txt").write_text("KILL THE WORKER\n" + article_text(4))
    parser = Parser()
    parser.ruler.push("kill_worker", kill_worker)
    results = list(parse_many([folder], jobs=2, parser=parser))
    assert [r.source.path for r in results] == sorted(str(p) for p in folder.iterdir())
    (dead,) = [r for r in results if r.failure]
    assert dead.source.path == str(folder / "04.txt")
    assert dead.failure == Failure(
        "WorkerDied",
        "the worker process parsing this input died (a crash, or out of memory)",
        internal=True,
    )
    assert sum(1 for r in results if r.articles) == 19


@pytest.mark.parametrize("jobs", [1, 2])
def test_inputs_are_streamed(tmp_path: Path, jobs: int) -> None:
    page = tmp_path / "page.txt"
    page.write_text(article_text(1))
    taken = 0

    def endless() -> Iterator[Path]:
        nonlocal taken
        for _ in itertools.count():
            taken += 1
            yield page

    results = parse_many(endless(), jobs=jobs)
    assert len(list(itertools.islice(results, 40))) == 40
    results.close()
    assert taken <= 40 + (jobs * CHUNKS_PER_WORKER + 1) * CHUNK


def test_a_job_resolves_relative_stamps_against_now() -> None:
    from datetime import UTC, datetime

    now = datetime(2024, 11, 26, 12, tzinfo=UTC)
    page = Page(Source("-"), article_html(1, extra="<p>Updated 8 sec ago</p>").encode())
    (stamp,) = Job(now=now).parse(page).articles[0]["stamps"]
    assert stamp["value"] == "2024-11-26T11:59:52+00:00"
    assert "lines" not in Job().parse(page).articles[0]
    assert Job(with_lines=True).parse(page).articles[0]["lines"][0]["number"] == 1


# A user's script calling parse_many at its top level, without `if __name__ == "__main__":`.
UNGUARDED = """
import sys
import newsparse.batch.run

newsparse.batch.run.START_METHOD = sys.argv[1]
from newsparse.batch import parse_many

results = list(parse_many(sys.argv[2:], jobs=2))
print(sum(len(result.articles) for result in results))
"""
ADVICE = (
    'call parse_many under `if __name__ == "__main__":` in a script (a worker imports the '
    "script, which must not start another run), define a custom parser's rules at module "
    "level, or pass jobs=1 to parse in this process"
)


@pytest.mark.parametrize(
    ("method", "as_file", "expected"),
    [
        ("fork", True, (0, "20\n")),  # Linux: the script is never run again
        ("fork", False, (0, "20\n")),  # code with no file, as in a notebook
        ("spawn", False, (0, "20\n")),
        ("spawn", True, (1, "")),  # macOS, Windows: one clear error
    ],
)
def test_an_unguarded_script(
    folder: Path, tmp_path: Path, method: str, as_file: bool, expected: tuple[int, str]
) -> None:
    """``expected``: the exit code and the output of the script."""
    script = tmp_path / "script.py"
    script.write_text(UNGUARDED)
    program = [str(script)] if as_file else ["-c", UNGUARDED]
    completed = python([*program, method, str(folder)])
    stderr = completed.stderr.decode()
    assert (completed.returncode, completed.stdout.decode()) == expected, stderr
    if completed.returncode:
        *_, last = stderr.splitlines()
        assert stderr.count("Traceback") == 1
        assert last == (
            "newsparse.batch.run.WorkersCannotStart: the worker processes died before parsing "
            f"anything: {ADVICE}"
        )
    else:
        assert stderr == ""


# A lambda rule: forked workers never pickle it; spawned ones would, and are told so first.


def test_a_lambda_rule_runs_in_forked_workers(folder: Path) -> None:
    parser = Parser()
    parser.ruler.before(
        "blank",
        "no_bylines",
        lambda state: [
            state.claim(i, Role.CHROME)
            for i, line in enumerate(state.lines)
            if line.text == "By Ann Lee"
        ],
    )
    results = list(parse_many([folder], jobs=2, parser=parser))
    assert [r.articles[0]["authors"] for r in results] == [[]] * 20


def test_a_rule_that_does_not_pickle_is_named_before_spawning(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("newsparse.batch.run.START_METHOD", "spawn")
    parser = Parser()
    parser.ruler.push("mark", lambda state: None)
    with pytest.raises(WorkersCannotStart) as raised:
        list(parse_many([folder], jobs=2, parser=parser))
    assert str(raised.value) == (
        "rule 'mark' does not pickle, and worker processes get the parser pickled here: "
        "define the rule at module level (not a lambda, nor inside a function), or pass "
        "jobs=1 to parse in this process"
    )

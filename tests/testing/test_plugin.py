"""The pytest plugin as a user meets it: pytest run in a scratch folder holding a saved page."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse.testing import MASKED


def golden(pytester: pytest.Pytester, name: str = "storm.golden.json") -> list[dict[str, object]]:
    data = json.loads(pytester.path.joinpath(name).read_text(encoding="utf-8"))
    assert isinstance(data, list)
    return data


def edit_golden(pytester: pytest.Pytester, **fields: object) -> None:
    """Rewrite the first article of storm.golden.json with ``fields`` changed."""
    data = golden(pytester)
    data[0].update(fields)
    pytester.path.joinpath("storm.golden.json").write_text(json.dumps(data), encoding="utf-8")


def test_missing_golden_file_fails_and_says_how_to_write_it(storm: pytest.Pytester) -> None:
    result = storm.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*storm.txt has no golden file storm.golden.json: run `pytest --newsparse-update`*"]
    )
    assert not storm.path.joinpath("storm.golden.json").exists()


def test_update_writes_a_stable_golden_file(storm: pytest.Pytester) -> None:
    result = storm.runpytest("--newsparse-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["*newsparse: 1 golden file written*", "created  storm.golden.json"]
    )
    text = storm.path.joinpath("storm.golden.json").read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    (article,) = golden(storm)
    assert article["headline"] == "Storm closes schools across the north"
    assert article["dateline"] == {"agency": None, "location": "LEEDS", "raw": "LEEDS:"}


def test_matching_golden_file_passes_and_is_left_alone(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update")
    storm.runpytest().assert_outcomes(passed=1)
    result = storm.runpytest("--newsparse-update")
    result.assert_outcomes(passed=1)
    assert "golden file written" not in result.stdout.str()


def test_update_refreshes_a_golden_file_that_differs(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update")
    edit_golden(storm, headline="An old headline")
    result = storm.runpytest("--newsparse-update")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["refreshed  storm.golden.json"])
    assert golden(storm)[0]["headline"] == "Storm closes schools across the north"


def test_mismatch_names_each_field_that_differs(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update")
    body = golden(storm)[0]["body"]
    assert isinstance(body, list)
    edit_golden(
        storm,
        headline="Snow closes schools",
        body=[body[0], body[1].replace("ploughs", "gritters"), *body[2:], "A last paragraph."],
        authors=["Ann Lee"],
    )
    result = storm.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*storm.txt: 4 differences from storm.golden.json",
            "*article 1 › headline",
            '*golden: "Snow closes schools"',
            '*parsed: "Storm closes schools across the north"',
            "*article 1 › body[[]1[]]",
            '*golden: "*until the gritters came."',
            '*parsed: "*until the ploughs came."',
            f'*article 1 › body[[]{len(body)}[]]: golden only: "A last paragraph."',
            '*article 1 › authors[[]0[]]: golden only: "Ann Lee"',
            "*run `pytest --newsparse-update` to accept the parse, then review the golden file",
        ]
    )
    # The failure is the list of differences, not two reprs of whole articles.
    assert "Article(" not in result.stdout.str()
    assert "Parents were told" not in result.stdout.str()


def test_long_lists_of_differences_are_cut_unless_very_verbose(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update")
    lines = golden(storm)[0]["lines"]
    assert isinstance(lines, list)
    # Each line changed, then as many dropped: a difference for each line, twice.
    edit_golden(storm, lines=[{**line, "rule": "old", "text": "old"} for line in lines * 2])
    storm.runpytest().stdout.fnmatch_lines(["*… and * more differences (-vv shows them all)"])
    assert "more differences" not in storm.runpytest("-vv").stdout.str()


def test_hand_formatted_golden_file_with_the_same_data_passes(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update")
    edit_golden(storm)  # the same data, written on one line
    storm.runpytest().assert_outcomes(passed=1)


def test_broken_golden_file_fails_clearly(storm: pytest.Pytester) -> None:
    storm.path.joinpath("storm.golden.json").write_text("[{", encoding="utf-8")
    result = storm.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*storm.golden.json is not valid JSON*"])


def test_now_from_the_ini_file_places_relative_stamps(storm: pytest.Pytester) -> None:
    storm.makeini("[pytest]\nnewsparse_now = 2024-11-26T12:00:00+00:00\n")
    storm.runpytest("--newsparse-update")
    assert golden(storm)[0]["updated"] == "2024-11-26T11:59:52+00:00"


def test_without_now_relative_stamps_stay_unresolved(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update")
    (article,) = golden(storm)
    assert article["updated"] is None
    assert [notice["code"] for notice in article["notices"]] == ["relative-stamp-unresolved"]


def test_now_pinned_in_the_test_wins_over_the_ini_file(storm: pytest.Pytester) -> None:
    storm.makeini("[pytest]\nnewsparse_now = 2024-11-26T12:00:00+00:00\n")
    storm.makepyfile(
        test_storm="""
        from datetime import datetime, timezone

        def test_storm(newsparse_golden):
            newsparse_golden("storm.txt", now=datetime(2023, 1, 2, tzinfo=timezone.utc))

        def test_storm_without_now(newsparse_golden):
            newsparse_golden("storm.txt", now=None, golden="unresolved.json")
        """
    )
    storm.runpytest("--newsparse-update").assert_outcomes(passed=2)
    assert golden(storm)[0]["updated"] == "2023-01-01T23:59:52+00:00"
    assert golden(storm, "unresolved.json")[0]["updated"] is None


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("newsparse_now = yesterday", "now 'yesterday' is not an ISO 8601 date-time"),
        ("newsparse_mask = stamp.value", "cannot mask 'stamp.value': Article has no field 'stamp'"),
    ],
)
def test_a_setting_that_cannot_be_read_is_a_usage_error(
    storm: pytest.Pytester, setting: str, message: str
) -> None:
    storm.makeini(f"[pytest]\n{setting}\n")
    result = storm.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*newsparse: {message}*"])


def test_masked_fields_read_masked_in_the_golden_file(storm: pytest.Pytester) -> None:
    storm.makeini("[pytest]\nnewsparse_mask =\n    lines\n    notices.message\n")
    storm.runpytest("--newsparse-update").assert_outcomes(passed=1)
    (article,) = golden(storm)
    assert article["lines"] == MASKED
    assert [notice["message"] for notice in article["notices"]] == [MASKED]
    assert article["headline"] == "Storm closes schools across the north"


def test_a_mask_added_to_the_ini_file_keeps_existing_golden_files(storm: pytest.Pytester) -> None:
    storm.runpytest("--newsparse-update").assert_outcomes(passed=1)
    before = storm.path.joinpath("storm.golden.json").read_text(encoding="utf-8")
    storm.makeini("[pytest]\nnewsparse_mask =\n    lines\n    stamps.value\n")
    storm.runpytest().assert_outcomes(passed=1)
    storm.runpytest("--newsparse-update").assert_outcomes(passed=1)
    assert storm.path.joinpath("storm.golden.json").read_text(encoding="utf-8") == before


def test_relative_mask_keeps_golden_files_true_whatever_now_is(storm: pytest.Pytester) -> None:
    storm.makepyfile(
        test_storm="""
        import pytest

        @pytest.mark.parametrize("now", ["2024-11-26T12:00:00+00:00", "2031-05-01T08:00:00+00:00"])
        def test_storm(newsparse_golden, now):
            newsparse_golden("storm.txt", now=now, mask=["relative", "lines"])
        """
    )
    storm.runpytest("--newsparse-update", "-k", "2024").assert_outcomes(passed=1, deselected=1)
    storm.runpytest().assert_outcomes(passed=2)
    (article,) = golden(storm)
    assert article["updated"] == MASKED
    assert [stamp["value"] for stamp in article["stamps"]] == [MASKED]


def test_parser_fixture_can_be_overridden_with_site_rules(storm: pytest.Pytester) -> None:
    storm.makeconftest(
        """
        import pytest
        from newsparse import Parser, Role

        def no_follow(state):
            for index, line in enumerate(state.lines):
                if line.text == "Follow":
                    state.claim(index, Role.CHROME)

        @pytest.fixture
        def newsparse_parser():
            parser = Parser()
            parser.ruler.before("chrome", "no_follow", no_follow)
            return parser
        """
    )
    storm.runpytest("--newsparse-update").assert_outcomes(passed=1)
    rules = {line["text"]: line["rule"] for line in golden(storm)[0]["lines"]}
    assert rules["Follow"] == "no_follow"


def test_pages_are_html_text_or_gzip_and_every_article_is_kept(
    storm: pytest.Pytester, seed_text: str
) -> None:
    storm.path.joinpath("dump.txt").write_text(seed_text, encoding="utf-8")
    storm.path.joinpath("story.html").write_text(
        "<html><body><article><h1>Storm closes schools across the north</h1>"
        "<p>Heavy snow closed hundreds of schools across the north on Tuesday, the council "
        "said, and buses stopped running in the hills.</p></article></body></html>",
        encoding="utf-8",
    )
    storm.makepyfile(
        test_storm="""
        import gzip
        from pathlib import Path

        def test_pages(newsparse_golden):
            assert len(newsparse_golden("dump.txt")) == 2
            Path("story.html.gz").write_bytes(gzip.compress(Path("story.html").read_bytes()))
            (article,) = newsparse_golden("story.html.gz")
            assert article.headline == "Storm closes schools across the north"
        """
    )
    storm.runpytest("--newsparse-update").assert_outcomes(passed=1)
    assert len(golden(storm, "dump.golden.json")) == 2
    assert golden(storm, "story.golden.json")[0]["body"]


def test_article_comparison_names_the_fields_that_differ(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from newsparse import Article

        def test_articles():
            assert Article(headline="Storm", body=("a", "b")) == Article(headline="Snow", body=("a", "c"))
        """
    )
    result = pytester.runpytest()
    result.stdout.fnmatch_lines(
        [
            "*Article == Article: 2 differences",
            "*headline",
            '*left:  "Storm"',
            '*right: "Snow"',
            "*body[[]1[]]",
        ]
    )


def test_the_plugin_can_be_turned_off(storm: pytest.Pytester) -> None:
    result = storm.runpytest("-p", "no:newsparse")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'newsparse_golden' not found*"])
    result = storm.runpytest("-p", "no:newsparse", "--newsparse-update")
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_the_plugin_is_registered_by_the_entry_point(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--trace-config")
    result.stdout.fnmatch_lines(["*newsparse*newsparse/testing/plugin.py*"])


@pytest.mark.parametrize("module", ["newsparse.testing", "newsparse.testing.plugin"])
def test_the_plugin_does_not_need_hypothesis(module: str, tmp_path: Path) -> None:
    # A fresh interpreter: this one has imported hypothesis already.
    blocker = tmp_path / "hypothesis.py"
    blocker.write_text("raise ImportError('hypothesis is not installed')\n", encoding="utf-8")
    code = f"import {module}, sys; assert 'hypothesis' not in sys.modules"
    env = {"PYTHONPATH": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)

"""Paths expand to files in a deterministic order, lazily: folders, globs, stdin, archives."""

from __future__ import annotations

import io
import itertools
import os
import sys
from pathlib import Path

import pytest

from newsparse.batch.inputs import Source, expand, is_single_document, iter_pages, read_bytes


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of pages made in an unsorted order, with hidden files and a nested folder."""
    for name in ["b.html", "a.txt", "sub/z.html", "sub/deeper/c.html.gz", ".hidden", ".git/x"]:
        path = tmp_path / "site" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path / "site"


def test_a_folder_is_walked_in_sorted_order_without_hidden_files(tree: Path) -> None:
    assert list(expand(["site"])) == [
        "site/a.txt",
        "site/b.html",
        "site/sub/deeper/c.html.gz",
        "site/sub/z.html",
    ]


def test_files_stdin_and_missing_paths_pass_through_in_order(tree: Path) -> None:
    paths = ["site/b.html", "-", "missing.html", Path("site/a.txt")]
    assert list(expand(paths)) == ["site/b.html", "-", "missing.html", "site/a.txt"]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("site/*.html", ["site/b.html"]),
        ("site/**/*.html", ["site/b.html", "site/sub/z.html"]),
        ("site/**/*.gz", ["site/sub/deeper/c.html.gz"]),
        ("site/s*", ["site/sub/deeper/c.html.gz", "site/sub/z.html"]),  # a folder is walked
        ("site/**", ["site/a.txt", "site/b.html", "site/sub/deeper/c.html.gz", "site/sub/z.html"]),
        ("site/[ab].*", ["site/a.txt", "site/b.html"]),
        ("site/*/z.htm?", ["site/sub/z.html"]),
        ("site/*.pdf", ["site/*.pdf"]),  # no match: passed on as a shell does
    ],
)
def test_globs_match_in_sorted_order(tree: Path, pattern: str, expected: list[str]) -> None:
    assert list(expand([pattern])) == expected


def test_an_absolute_glob(tree: Path) -> None:
    assert list(expand([f"{tree}/*.txt"])) == [f"{tree}/a.txt"]


def test_a_file_whose_name_looks_like_a_glob_is_itself(tree: Path) -> None:
    (tree / "[1].html").write_text("x")
    assert list(expand(["site/[1].html"])) == ["site/[1].html"]


def test_expansion_is_lazy(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("x")
    endless = itertools.chain([tmp_path], itertools.repeat(str(tmp_path / "0.txt")))
    assert len(list(itertools.islice(expand(endless), 10))) == 10


def test_pages_of_files_carry_no_bytes_and_stdin_does(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"piped page")))
    pages = list(iter_pages(["site/a.txt", "-"], limit=100))
    assert [(p.source, p.data) for p in pages] == [
        (Source("site/a.txt"), None),
        (Source("-"), b"piped page"),
    ]


def test_read_bytes_stops_past_the_limit(tree: Path) -> None:
    assert read_bytes("site/a.txt", 2) == b"a.t"
    with pytest.raises(ValueError, match="cannot read it: No such file or directory"):
        read_bytes("site/missing", 10)


@pytest.mark.parametrize(
    ("path", "single"),
    [
        ("-", True),
        ("site/a.txt", True),
        ("missing.txt", True),
        ("site", False),
        ("site/*.html", False),
        ("crawl.warc.gz", False),
        ("CRAWL.WARC", False),
    ],
)
def test_single_documents(tree: Path, path: str, single: bool) -> None:
    assert is_single_document(path) is single


def test_links_to_folders_are_not_followed(tree: Path) -> None:
    os.symlink(tree, tree / "sub" / "loop")
    assert "site/sub/loop" not in list(expand(["site"]))


def test_golden_files_beside_pages_are_not_pages(tmp_path: Path) -> None:
    (tmp_path / "storm.html").write_text("<p>page</p>")
    (tmp_path / "storm.golden.json").write_text("[]")
    assert list(expand([str(tmp_path)])) == [str(tmp_path / "storm.html")]

"""Paths expand to files in a deterministic order, lazily: folders (page files only), globs,
stdin, archives (by name or by their bytes); a path that names no page is an error."""

from __future__ import annotations

import gzip
import io
import itertools
import os
import sys
from pathlib import Path

import pytest

from newsparse.batch.inputs import (
    Source,
    count_pages,
    expand,
    is_single_document,
    is_warc,
    iter_pages,
    read_bytes,
)
from tests.batch.pages import article_html, warc_archive, warc_record


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


def test_files_stdin_and_paths_naming_no_page_pass_through_in_order(tree: Path) -> None:
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


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_pages_of_files_carry_no_bytes_and_stdin_does(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _stdin(monkeypatch, b"piped page")
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
        ("site/crawl.bin", False),  # a WARC archive by its bytes
        ("site/notes.bin", True),
    ],
)
def test_single_documents(tree: Path, path: str, single: bool) -> None:
    (tree / "crawl.bin").write_bytes(b"WARC/1.0\r\n")
    (tree / "notes.bin").write_bytes(b"Storm\n")
    assert is_single_document(path) is single


def test_links_to_folders_are_not_followed(tree: Path) -> None:
    os.symlink(tree, tree / "sub" / "loop")
    assert "site/sub/loop" not in list(expand(["site"]))


def test_golden_files_beside_pages_are_not_pages(tmp_path: Path) -> None:
    (tmp_path / "storm.html").write_text("<p>page</p>")
    (tmp_path / "storm.golden.json").write_text("[]")
    assert list(expand([str(tmp_path)])) == [str(tmp_path / "storm.html")]


# A folder of a page, its thumbnail, a metadata file and a read-me, and archives named or not.
MIXED = {
    "page.html": b"<p>page</p>",
    "page.HTM": b"<p>page</p>",
    "notes.txt": b"notes",
    "story.xhtml": b"<p>story</p>",
    "old.html.gz": gzip.compress(b"<p>old</p>"),
    "thumb.png": b"\x89PNG\r\n\x1a\n",
    "meta.json": b"{}",
    "README.md": b"# pages",
    "styles.css.gz": gzip.compress(b"p {}"),
    "crawl.warc": b"WARC/1.0\r\n",
    "crawl.warc.gz": gzip.compress(b"WARC/1.0\r\n"),
    "crawl.bin": gzip.compress(b"WARC/1.1\r\n"),
    "dump.dat": b"WARC/1.0\r\n",
    "page.gz": gzip.compress(b"<p>not named as a page</p>"),
}


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    for name, data in MIXED.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_a_folder_walks_page_files_and_archives_only(mixed: Path) -> None:
    skipped: list[str] = []
    names = [Path(path).name for path in expand([mixed], skipped=skipped.append)]
    assert names == [
        "crawl.bin",
        "crawl.warc",
        "crawl.warc.gz",
        "dump.dat",
        "notes.txt",
        "old.html.gz",
        "page.HTM",
        "page.html",
        "story.xhtml",
    ]
    assert [Path(path).name for path in skipped] == [
        "README.md",
        "meta.json",
        "page.gz",
        "styles.css.gz",
        "thumb.png",
    ]


@pytest.mark.parametrize(
    ("name", "archive"),
    [
        ("crawl.warc", True),
        ("crawl.warc.gz", True),
        ("crawl.bin", True),
        ("dump.dat", True),
        ("page.html", False),
        ("old.html.gz", False),
        ("page.gz", False),
        ("thumb.png", False),
        ("missing.bin", False),
    ],
)
def test_archives_are_told_by_name_or_bytes(mixed: Path, name: str, archive: bool) -> None:
    assert is_warc(str(mixed / name)) is archive


def test_named_files_and_glob_matches_are_taken_whatever_their_names(mixed: Path) -> None:
    skipped: list[str] = []
    paths = [mixed / "thumb.png", f"{mixed}/*.md"]
    assert list(expand(paths, skipped=skipped.append)) == [
        str(mixed / "thumb.png"),
        str(mixed / "README.md"),
    ]
    assert skipped == []


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("missing", "no such file or folder; check the path"),
        ("missing/*.html", "no file matches this pattern; check the path"),
        ("site/*.pdf", "no file matches this pattern; check the path"),
        (
            "empty",
            "the folder holds no page file (.html, .htm, .xhtml, .txt, gzipped too, or a WARC "
            "archive); name the files to parse them anyway",
        ),
        (
            "images",
            "the folder holds no page file (.html, .htm, .xhtml, .txt, gzipped too, or a WARC "
            "archive); 2 other files skipped; name the files to parse them anyway",
        ),
    ],
)
def test_a_path_naming_no_page_is_an_error(tree: Path, path: str, message: str) -> None:
    (tree.parent / "empty").mkdir()
    (tree.parent / "images" / "sub").mkdir(parents=True)
    (tree.parent / "images" / "a.png").write_bytes(b"png")
    (tree.parent / "images" / "sub" / "b.png").write_bytes(b"png")
    skipped: list[str] = []
    (page,) = iter_pages([path], limit=100, skipped=skipped.append)
    assert (page.source, str(page.error)) == (Source(path), message)
    assert len(skipped) == (2 if path == "images" else 0)


@pytest.mark.parametrize("gzipped", [False, True], ids=["warc", "warc.gz"])
def test_an_archive_on_stdin_is_told_by_its_bytes(
    monkeypatch: pytest.MonkeyPatch, gzipped: bool
) -> None:
    pytest.importorskip("warcio")
    urls = [f"https://example.com/{n}" for n in range(3)]
    records = [warc_record(url, article_html(n).encode()) for n, url in enumerate(urls)]
    _stdin(monkeypatch, warc_archive(records, gzipped=gzipped))
    pages = list(iter_pages(["-"], limit=100_000))
    assert [(p.source.path, p.source.url, p.error) for p in pages] == [
        ("-", url, None) for url in urls
    ]
    assert pages[2].data == article_html(2).encode()


def test_stdin_past_the_head_is_read_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    page = article_html(1).encode() * 3
    _stdin(monkeypatch, page)
    assert [p.data for p in iter_pages(["-"], limit=100_000)] == [page]
    _stdin(monkeypatch, page)
    assert [p.data for p in iter_pages(["-"], limit=100)] == [page[:101]]


def test_count_pages_is_the_number_of_results(
    mixed: Path, tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("warcio")
    records = [warc_record(f"https://example.com/{n}", article_html(n).encode()) for n in range(3)]
    (mixed / "crawl.bin").write_bytes(warc_archive(records, gzipped=True))
    paths = [str(mixed / "crawl.bin"), "-", "site", "missing"]
    _stdin(monkeypatch, b"piped page")
    assert count_pages(paths, limit=100_000) == 3 + 1 + 4 + 1
    assert sys.stdin.read() == "piped page"  # standard input is left to be parsed
    assert len(list(iter_pages(paths, limit=100_000))) == 9

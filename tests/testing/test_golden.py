"""Golden files outside pytest's fixture: paths, page discovery, writing and comparing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsparse.testing import Golden, GoldenMismatch, find_pages, golden_path
from tests.testing.pages import STORM

NOW = datetime(2024, 11, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("page", "golden"),
    [
        ("pages/storm.html", "pages/storm.golden.json"),
        ("pages/storm.txt", "pages/storm.golden.json"),
        ("pages/storm.html.gz", "pages/storm.golden.json"),
        ("pages/storm.v2.html", "pages/storm.v2.golden.json"),
        ("pages/storm", "pages/storm.golden.json"),
    ],
)
def test_golden_file_stands_beside_the_page(page: str, golden: str) -> None:
    assert golden_path(page) == Path(golden)


def test_find_pages_lists_saved_pages_only(tmp_path: Path) -> None:
    for name in ["b.html", "a.txt", "c.htm.gz", "sub/d.html", "a.golden.json", "README.md"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [page.relative_to(tmp_path).as_posix() for page in find_pages(tmp_path)]
    assert found == ["a.txt", "b.html", "c.htm.gz", "sub/d.html"]


def test_golden_writes_then_checks_and_returns_the_articles(tmp_path: Path) -> None:
    (tmp_path / "storm.txt").write_text(STORM, encoding="utf-8")
    written: list[tuple[Path, bool]] = []
    Golden(base=tmp_path, now=NOW, update=True, on_write=lambda *w: written.append(w))("storm.txt")
    assert written == [(tmp_path / "storm.golden.json", True)]
    (article,) = Golden(base=tmp_path, now=NOW)("storm.txt")
    assert article.updated == datetime(2024, 11, 26, 11, 59, 52, tzinfo=UTC)


def test_golden_raises_a_mismatch_listing_the_fields(tmp_path: Path) -> None:
    (tmp_path / "storm.txt").write_text(STORM, encoding="utf-8")
    Golden(base=tmp_path, update=True)("storm.txt")
    golden_file = tmp_path / "storm.golden.json"
    data = json.loads(golden_file.read_text(encoding="utf-8"))
    data[0]["bullets"] = []
    golden_file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldenMismatch, match=r"1 difference from storm.golden.json\n") as caught:
        Golden(base=tmp_path)("storm.txt")
    assert "article 1 › bullets[0]: parsed only:" in str(caught.value)


def test_a_missing_page_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"cannot read .*gone\.html"):
        Golden(base=tmp_path)("gone.html")


def test_a_bad_now_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not an ISO 8601 date-time"):
        Golden(base=tmp_path)("storm.txt", now="last Tuesday")

"""Golden files outside pytest's fixture: paths, page discovery, writing and comparing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsparse.testing import Golden, GoldenMismatch, find_pages, golden_path
from newsparse.testing.golden import UNMASKED_HINT, UPDATE_HINT
from tests.testing.pages import FLOOD, RISEN, STORM, flood_page

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


LATER = datetime(2031, 5, 1, 8, 0, tzinfo=UTC)


def written(tmp_path: Path, mask: list[str]) -> Path:
    """The golden file of ``storm.txt``, written with ``mask`` and ``now`` at NOW."""
    (tmp_path / "storm.txt").write_text(STORM, encoding="utf-8")
    Golden(base=tmp_path, now=NOW, mask=mask, update=True)("storm.txt")
    return tmp_path / "storm.golden.json"


@pytest.mark.parametrize(
    ("mask", "now"),
    [
        (["lines"], NOW),
        (["stamps.value", "updated"], LATER),
        (["relative"], LATER),
        (["relative", "lines", "notices.message"], LATER),
        (["metadata.modified"], NOW),
    ],
)
@pytest.mark.parametrize("update", [False, True])
def test_a_mask_added_after_the_golden_file_was_written_passes_and_leaves_it_alone(
    tmp_path: Path, mask: list[str], now: datetime, update: bool
) -> None:
    golden_file = written(tmp_path, mask=[])
    before = golden_file.read_text(encoding="utf-8")
    refreshed: list[Path] = []
    golden = Golden(
        base=tmp_path, mask=mask, update=update, on_write=lambda p, _: refreshed.append(p)
    )
    golden("storm.txt", now=now)
    assert (refreshed, golden_file.read_text(encoding="utf-8")) == ([], before)


def edited(golden_file: Path, **fields: object) -> None:
    """Rewrite the first article of a golden file with ``fields`` changed."""
    data = json.loads(golden_file.read_text(encoding="utf-8"))
    data[0].update(fields)
    golden_file.write_text(json.dumps(data), encoding="utf-8")


STALE_LINES = [{"number": 1, "text": "An old page", "role": "headline", "rule": "headline"}]
STALE_STAMP = [
    {
        "kind": "updated",
        "raw": "Updated 8 sec ago",
        "relative": True,
        "date_only": False,
        "value": "1999-01-01T00:00:00",
    }
]


@pytest.mark.parametrize(
    ("written_with", "edit", "checked_with", "report"),
    [
        pytest.param([], {"lines": STALE_LINES}, ["lines"], [], id="lines masked on both sides"),
        pytest.param(
            ["lines"],
            {"lines": STALE_LINES},
            ["lines"],
            [],
            id="masked lines edited by hand",
        ),
        pytest.param(
            [],
            {"stamps": STALE_STAMP, "updated": "1999-01-01T00:00:00"},
            ["relative"],
            [],
            id="relative values masked on both sides",
        ),
        pytest.param(
            [],
            {"lines": STALE_LINES, "headline": "Snow closes schools"},
            ["lines"],
            [
                "  article 1 › headline",
                '      golden: "Snow closes schools"',
                '      parsed: "Storm closes schools across the north"',
            ],
            id="an unmasked field still differs",
        ),
        pytest.param(
            [],
            {"updated": "1999-01-01T00:00:00"},
            ["relative"],
            [
                "  article 1 › updated",
                '      golden: "1999-01-01T00:00:00"',
                '      parsed: "<masked>"',
            ],
            id="relative masks only what a relative stamp gave",
        ),
        pytest.param(
            ["stamps.value"],
            {},
            [],
            [
                "  article 1 › stamps[0].value",
                '      golden: "<masked>"',
                '      parsed: "2024-11-26T11:59:52+00:00"',
                UNMASKED_HINT,
            ],
            id="a mask taken away",
        ),
    ],
)
def test_masks_apply_to_the_golden_file_and_to_the_parse(
    tmp_path: Path,
    written_with: list[str],
    edit: dict[str, object],
    checked_with: list[str],
    report: list[str],
) -> None:
    edited(written(tmp_path, mask=written_with), **edit)
    check = Golden(base=tmp_path, now=NOW, mask=checked_with)
    if not report:
        check("storm.txt")
        return
    with pytest.raises(GoldenMismatch) as caught:
        check("storm.txt")
    assert str(caught.value).splitlines()[1:] == [*report, UPDATE_HINT]


@pytest.mark.parametrize(
    ("paragraphs", "report"),
    [
        pytest.param(
            [*FLOOD[:2], RISEN, FLOOD[4]],
            [
                "  article 1 › body[2]",
                '      golden: "The river rose by two metres overnight and reached the old bridge by dawn."',
                '      parsed: "The river rose by three metres overnight and reached the old bridge by dawn."',
                '  article 1 › body[3]: golden only: "Volunteers filled sandbags at the fire station'
                ' until late in the evening."',
                "  article 1 › span[1]",
                "      golden: 11",
                "      parsed: 9",
                "  article 1 › lines[6], line 7",
                '      golden: text "The river rose by two metres overnight and reached the old bridge by dawn."',
                '      parsed: text "The river rose by three metres overnight and reached the old bridge by dawn."',
                '  article 1 › lines[8]: golden only: line 9, role "body", rule "body", text'
                ' "Volunteers filled sandbags at the fire station until late in the evening."',
            ],
            id="phrase in paragraph 3 changed, paragraph 4 dropped",
        ),
        pytest.param(
            [FLOOD[0], RISEN, *FLOOD[3:]],
            [
                '  article 1 › body[1]: golden only: "Traders moved their stalls to the car park'
                ' behind the library before noon."',
                "  article 1 › body[2 → 1]",
                '      golden: "The river rose by two metres overnight and reached the old bridge by dawn."',
                '      parsed: "The river rose by three metres overnight and reached the old bridge by dawn."',
                "  article 1 › span[1]",
                "      golden: 11",
                "      parsed: 9",
                '  article 1 › lines[4]: golden only: line 5, role "body", rule "body", text'
                ' "Traders moved their stalls to the car park behind the library before noon."',
                "  article 1 › lines[6 → 4], line 7 → 5",
                '      golden: text "The river rose by two metres overnight and reached the old bridge by dawn."',
                '      parsed: text "The river rose by three metres overnight and reached the old bridge by dawn."',
            ],
            id="paragraph 2 dropped, phrase in paragraph 3 changed",
        ),
    ],
)
def test_an_edited_page_reports_each_edit_once(
    tmp_path: Path, paragraphs: list[str], report: list[str]
) -> None:
    page = tmp_path / "flood.txt"
    page.write_text(flood_page(FLOOD), encoding="utf-8")
    # notices left open: their wording belongs to the rules, not to this test
    Golden(base=tmp_path, mask=["notices"], update=True)("flood.txt")
    page.write_text(flood_page(paragraphs), encoding="utf-8")
    with pytest.raises(GoldenMismatch) as caught:
        Golden(base=tmp_path, mask=["notices"])("flood.txt")
    assert str(caught.value).splitlines()[1:] == [*report, UPDATE_HINT]


def _drop_key(data: object, key: str) -> object:
    """``data`` as a golden file written before the field ``key`` existed holds it."""
    if isinstance(data, dict):
        return {k: _drop_key(v, key) for k, v in data.items() if k != key}
    if isinstance(data, list):
        return [_drop_key(item, key) for item in data]
    return data


def test_a_golden_file_older_than_a_field_passes_while_the_field_holds_its_default(
    tmp_path: Path,
) -> None:
    (tmp_path / "storm.txt").write_text(STORM, encoding="utf-8")
    Golden(base=tmp_path, now=NOW, update=True)("storm.txt")
    golden_file = tmp_path / "storm.golden.json"
    data = json.loads(golden_file.read_text(encoding="utf-8"))
    assert data[0]["blocks"]
    assert all(block["ordered"] is False for block in data[0]["blocks"])
    golden_file.write_text(json.dumps(_drop_key(data, "ordered")), encoding="utf-8")
    Golden(base=tmp_path, now=NOW)("storm.txt")


def test_a_field_the_golden_file_lacks_is_told_once_it_says_something(tmp_path: Path) -> None:
    (tmp_path / "storm.txt").write_text(STORM, encoding="utf-8")
    Golden(base=tmp_path, update=True)("storm.txt")
    golden_file = tmp_path / "storm.golden.json"
    data = json.loads(golden_file.read_text(encoding="utf-8"))
    data[0]["standfirst"] = "A line the page never held."
    del data[0]["bullets"]
    golden_file.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(GoldenMismatch) as caught:
        Golden(base=tmp_path)("storm.txt")
    assert "article 1 › bullets: parsed only:" in str(caught.value)
    assert "article 1 › standfirst" in str(caught.value)

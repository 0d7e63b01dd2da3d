"""Field-by-field differences: each change named by its place, long text cut around it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from newsparse.model import Article, LineRecord, Role
from newsparse.testing.diff import ABSENT, Difference, Moved, differences, format_path, render
from tests.testing.pages import FLOOD, HEADLINE, RISEN


def test_equal_values_have_no_differences() -> None:
    article = {"headline": "Storm", "body": ["a", "b"], "dateline": None}
    assert list(differences(article, dict(article))) == []


def test_a_changed_field_is_named_by_its_path() -> None:
    golden = {"dateline": {"location": "LEEDS", "agency": None}}
    parsed = {"dateline": {"location": "YORK", "agency": None}}
    assert list(differences(golden, parsed)) == [
        Difference(("dateline", "location"), "LEEDS", "YORK")
    ]


def test_a_paragraph_inserted_is_one_addition_not_every_later_paragraph_changed() -> None:
    golden = {"body": ["One.", "Two.", "Three."]}
    parsed = {"body": ["One.", "New.", "Two.", "Three."]}
    assert list(differences(golden, parsed)) == [Difference(("body", 1), ABSENT, "New.")]


def test_a_paragraph_dropped_is_one_removal() -> None:
    found = list(differences(["a", "b", "c"], ["a", "c"]))
    assert found == [Difference((1,), "b", ABSENT)]


def test_an_item_that_moved_and_changed_shows_both_indexes() -> None:
    golden = [{"headline": "Gone"}, {"headline": "Storm", "authors": []}]
    parsed = [{"headline": "Storm", "authors": ["Ann Lee"]}]
    found = list(differences(golden, parsed))
    assert found == [
        Difference((0,), {"headline": "Gone"}, ABSENT),
        Difference((Moved(1, 0), "authors", 0), ABSENT, "Ann Lee"),
    ]


def test_changed_objects_pair_with_the_one_sharing_most_fields() -> None:
    golden = [{"number": 1, "rule": "body"}, {"number": 2, "rule": "body"}]
    parsed = [{"number": 2, "rule": "chrome"}]
    assert list(differences(golden, parsed)) == [
        Difference((0,), {"number": 1, "rule": "body"}, ABSENT),
        Difference((Moved(1, 0), "rule"), "body", "chrome"),
    ]


def test_a_key_on_one_side_only_is_reported() -> None:
    found = list(differences({"headline": "A"}, {"headline": "A", "seo_title": None}))
    assert found == [Difference(("seo_title",), ABSENT, None)]


def test_null_and_empty_differ() -> None:
    assert list(differences({"standfirst": None}, {"standfirst": ""})) == [
        Difference(("standfirst",), None, "")
    ]


def test_paths_read_as_articles_and_fields() -> None:
    assert format_path(("body", 3)) == "body[3]"
    assert format_path((0, "dateline", "raw"), top="article") == "article 1 › dateline.raw"
    assert format_path((Moved(2, 1), "lines", Moved(4, 5), "rule"), top="article") == (
        "article 3 → 2 › lines[4 → 5].rule"
    )


def test_long_strings_are_cut_around_their_first_difference() -> None:
    words = "snow fell on the hills " * 10
    lines = render(differences({"body": [words + "on Monday."]}, {"body": [words + "on Sunday."]}))
    assert lines[0] == "body[0]"
    assert lines[1:] == [
        '    golden: "… snow fell on the hills snow fell on the hills snow fell on the hills on Monday."',
        '    parsed: "… snow fell on the hills snow fell on the hills snow fell on the hills on Sunday."',
    ]
    middle = render(differences("x" * 50 + "MIDDLE" + "y" * 200, "x" * 50 + "CENTRE" + "y" * 200))
    assert middle == [
        "the whole value",
        '    golden: "…' + "x" * 26 + "MIDDLE" + "y" * 48 + '…"',
        '    parsed: "…' + "x" * 26 + "CENTRE" + "y" * 48 + '…"',
    ]


def test_render_stops_at_the_limit_and_counts_the_rest() -> None:
    found = list(differences(list(range(30)), [n + 100 for n in range(30)]))
    lines = render(found, limit=2, sides=("left", "right"))
    assert lines == [
        "[0]",
        "    left:  0",
        "    right: 100",
        "[1]",
        "    left:  1",
        "    right: 101",
        "… and 28 more differences (-vv shows them all)",
    ]


def story(paragraphs: Sequence[str], chrome: Sequence[str] = ()) -> dict[str, Any]:
    """An article as ``Article.to_dict`` gives it, as a page of copied text parses: the
    headline on line 1, a blank line before each paragraph; a paragraph in ``chrome`` is a
    line the parse left out of the body."""
    lines = [LineRecord(1, HEADLINE, Role.HEADLINE, "headline")]
    for text in paragraphs:
        lines.append(LineRecord(len(lines) + 1, "", Role.BLANK, "blank"))
        role, rule = (Role.CHROME, "leftover") if text in chrome else (Role.BODY, "body")
        lines.append(LineRecord(len(lines) + 1, text, role, rule))
    body = tuple(text for text in paragraphs if text not in chrome)
    article = Article(headline=HEADLINE, body=body, span=(1, len(lines)), lines=tuple(lines))
    return article.to_dict()


def line(number: int, text: str, role: str = "body", rule: str = "body") -> dict[str, object]:
    return {"number": number, "text": text, "role": role, "rule": rule}


@pytest.mark.parametrize(
    ("parsed", "expected"),
    [
        pytest.param(
            story([*FLOOD[:2], RISEN, FLOOD[4]]),
            [
                Difference(("body", 2), FLOOD[2], RISEN),
                Difference(("body", 3), FLOOD[3], ABSENT),
                Difference(("span", 1), 11, 9),
                Difference(("lines", 6), line(7, FLOOD[2]), line(7, RISEN)),
                Difference(("lines", 8), line(9, FLOOD[3]), ABSENT),
            ],
            id="phrase in paragraph 3 changed, paragraph 4 dropped",
        ),
        pytest.param(
            story([FLOOD[0], RISEN, *FLOOD[3:]]),
            [
                Difference(("body", 1), FLOOD[1], ABSENT),
                Difference(("body", Moved(2, 1)), FLOOD[2], RISEN),
                Difference(("span", 1), 11, 9),
                Difference(("lines", 4), line(5, FLOOD[1]), ABSENT),
                Difference(("lines", Moved(6, 4)), line(7, FLOOD[2]), line(5, RISEN)),
            ],
            id="paragraph 2 dropped, phrase in paragraph 3 changed",
        ),
        pytest.param(
            story([FLOOD[0], "Shops stayed shut.", *FLOOD[1:]]),
            [
                Difference(("body", 1), ABSENT, "Shops stayed shut."),
                Difference(("span", 1), 11, 13),
                Difference(("lines", 4), ABSENT, line(5, "Shops stayed shut.")),
            ],
            id="paragraph added after paragraph 1",
        ),
        pytest.param(
            story(FLOOD, chrome=[FLOOD[1]]),
            [
                Difference(("body", 1), FLOOD[1], ABSENT),
                Difference(
                    ("lines", 4), line(5, FLOOD[1]), line(5, FLOOD[1], "chrome", "leftover")
                ),
            ],
            id="role of one line changed",
        ),
        pytest.param(
            story([*FLOOD[:2], *FLOOD[3:]], chrome=[FLOOD[4]]),
            [
                Difference(("body", 2), FLOOD[2], ABSENT),
                Difference(("body", 4), FLOOD[4], ABSENT),
                Difference(("span", 1), 11, 9),
                Difference(("lines", 6), line(7, FLOOD[2]), ABSENT),
                Difference(
                    ("lines", Moved(10, 8)),
                    line(11, FLOOD[4]),
                    line(9, FLOOD[4], "chrome", "leftover"),
                ),
            ],
            id="paragraph 3 dropped, role of the last line changed",
        ),
    ],
)
def test_one_edit_is_one_difference_in_body_and_in_lines(
    parsed: dict[str, Any], expected: list[Difference]
) -> None:
    assert list(differences(story(FLOOD), parsed)) == expected


@pytest.mark.parametrize(
    ("parsed", "report"),
    [
        pytest.param(
            story([*FLOOD[:2], RISEN, FLOOD[4]]),
            [
                "body[2]",
                '    golden: "The river rose by two metres overnight and reached the old bridge by dawn."',
                '    parsed: "The river rose by three metres overnight and reached the old bridge by dawn."',
                'body[3]: golden only: "Volunteers filled sandbags at the fire station until late in the evening."',
                "span[1]",
                "    golden: 11",
                "    parsed: 9",
                "lines[6], line 7",
                '    golden: text "The river rose by two metres overnight and reached the old bridge by dawn."',
                '    parsed: text "The river rose by three metres overnight and reached the old bridge by dawn."',
                'lines[8]: golden only: line 9, role "body", rule "body", text "Volunteers filled'
                ' sandbags at the fire station until late in the evening."',
            ],
            id="phrase changed, paragraph dropped",
        ),
        pytest.param(
            story([*FLOOD[:2], *FLOOD[3:]], chrome=[FLOOD[4]]),
            [
                'body[2]: golden only: "The river rose by two metres overnight and reached the old bridge by dawn."',
                'body[4]: golden only: "The council expects the square to reopen on Thursday if the rain stops."',
                "span[1]",
                "    golden: 11",
                "    parsed: 9",
                'lines[6]: golden only: line 7, role "body", rule "body", text "The river rose by'
                ' two metres overnight and reached the old bridge by dawn."',
                "lines[10 → 8], line 11 → 9:"
                ' "The council expects the square to reopen on Thursday if the rain stops."',
                '    golden: role "body", rule "body"',
                '    parsed: role "chrome", rule "leftover"',
            ],
            id="role change below a dropped paragraph",
        ),
    ],
)
def test_a_changed_line_is_named_by_its_number_and_text(
    parsed: dict[str, Any], report: list[str]
) -> None:
    assert render(differences(story(FLOOD), parsed)) == report


def test_lines_that_only_moved_show_once_where_they_started_to_move() -> None:
    golden = [line(1, HEADLINE, "headline", "headline"), line(3, FLOOD[0]), line(5, FLOOD[1])]
    parsed = [line(1, HEADLINE, "headline", "headline"), line(4, FLOOD[0]), line(6, FLOOD[1])]
    found = list(differences({"lines": golden}, {"lines": parsed}))
    assert found == [Difference(("lines", 1), golden[1], parsed[1])]
    assert render(found) == [
        'lines[1], line 3 → 4: "Heavy rain flooded the market square in Ashford on Monday,'
        ' the town council said."'
    ]

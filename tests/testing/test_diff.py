"""Field-by-field differences: each change named by its place, long text cut around it."""

from __future__ import annotations

from newsparse.testing.diff import ABSENT, Difference, Moved, differences, format_path, render


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

from __future__ import annotations

from newsparse.model import Role
from newsparse.rules.body import candidate_runs, heaviest_run
from tests.rules.conftest import RunRules, until

PARAGRAPHS = [
    "Heavy snow closed hundreds of schools across the north on Tuesday, officials said.",
    "Rail operators cancelled dozens of services as drifts blocked lines near the coast.",
    "Forecasters expect the snow to ease by Thursday, but warned of ice on the roads.",
    "The council said gritters had been working through the night to keep roads open.",
]
MENU = ["Home", "World", "Business", "Sport", "Weather", "Travel", "Culture", "Video"]


def _claimed(text: str, run_rules: RunRules) -> list[str]:
    state = run_rules(text, *until("body"))
    return [state.lines[i].text for i, role in enumerate(state.roles) if role is Role.BODY]


def test_heaviest_run() -> None:
    weights = [-30.0, 100.0, -30.0, 80.0, -30.0, -30.0, -30.0, 20.0]
    assert heaviest_run(weights, range(8)) == (range(1, 4), 150.0)
    assert heaviest_run([-1.0, -2.0], range(2)) is None


def test_candidate_runs_are_disjoint_and_heaviest_first() -> None:
    weights = [200.0, -400.0, 300.0, -400.0, 160.0]
    assert candidate_runs(weights, range(5)) == [
        (range(2, 3), 300.0),
        (range(4, 5), 160.0),
        (range(0, 1), 200.0),
    ]


def test_the_story_is_the_prose_between_menus(run_rules: RunRules) -> None:
    text = "\n".join([*MENU, *PARAGRAPHS, *MENU])
    assert _claimed(text, run_rules) == PARAGRAPHS


def test_a_chrome_line_inside_the_story_does_not_cut_it(run_rules: RunRules) -> None:
    text = "\n".join([*MENU, PARAGRAPHS[0], "Advertisement", *PARAGRAPHS[1:], *MENU])
    assert _claimed(text, run_rules) == PARAGRAPHS


def test_subheadings_inside_the_story_are_body(run_rules: RunRules) -> None:
    text = "\n".join([*MENU, *PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:], *MENU])
    assert _claimed(text, run_rules) == [*PARAGRAPHS[:2], "What happens next", *PARAGRAPHS[2:]]


def test_the_story_stops_at_an_end_marker(run_rules: RunRules) -> None:
    teaser = "Flood defences were raised along the river overnight, the agency said on Monday."
    text = "\n".join([*PARAGRAPHS, "Related articles", teaser, *MENU])
    assert _claimed(text, run_rules) == PARAGRAPHS


def test_the_story_stops_where_a_comment_thread_starts(run_rules: RunRules) -> None:
    comments = []
    for hour in (6, 7, 8):
        comments += [
            f"reader{hour} says:",
            f"March 4, 2021 at {hour}:34 am",
            "Great reporting, thank you for covering this storm.",
        ]
    text = "\n".join(
        ["Storm closes schools across the north", "By Ann Lee", *PARAGRAPHS, *comments]
    )
    assert _claimed(text, run_rules) == PARAGRAPHS


def test_the_story_under_a_byline_beats_a_longer_list_of_teasers(run_rules: RunRules) -> None:
    teasers = []
    for n in range(6):
        teasers += [
            f"Teaser headline number {n} about another story",
            f"Another story number {n} told in one long sentence here, with its summary.",
        ]
    text = "\n".join(
        ["Storm closes schools across the north", "By Ann Lee", *PARAGRAPHS[:3], *MENU, *teasers]
    )
    assert _claimed(text, run_rules) == PARAGRAPHS[:3]


def test_prose_above_the_byline_is_not_the_story(run_rules: RunRules) -> None:
    standfirst = (
        "Hundreds of schools shut and trains were cancelled as the north woke to deep snow."
    )
    text = "\n".join(
        ["Storm closes schools across the north", standfirst, "By Ann Lee", *PARAGRAPHS]
    )
    assert _claimed(text, run_rules) == PARAGRAPHS


def test_a_page_of_links_is_flagged(run_rules: RunRules) -> None:
    text = "\n".join([*MENU, "Storm closes schools across the north.", *MENU])
    state = run_rules(text, *until("body"))
    assert [n.code for n in state.notices] == ["low-confidence"]


# Teasers' titles copied as one line: long, no sentence's end, nearly every word capitalised.
TITLES = (
    "Storm Shuts The Harbour Ferries Wait Offshore Council Meets On The Sea Wall "
    "Schools Stay Closed In The North Fishing Fleet Stays Home For A Third Day Running"
)


def test_a_line_of_titles_is_no_prose(run_rules: RunRules) -> None:
    text = "\n".join([*MENU, TITLES, "Snow closes schools across the north", *PARAGRAPHS])
    assert _claimed(text, run_rules) == PARAGRAPHS


def test_a_long_line_of_prose_without_a_full_stop_is_prose(run_rules: RunRules) -> None:
    unfinished = (
        "Heavy snow closed hundreds of schools across the north on Tuesday and rail operators "
        "cancelled dozens of services as drifts blocked the lines near the coast"
    )
    text = "\n".join([*MENU, unfinished, *PARAGRAPHS, *MENU])
    assert _claimed(text, run_rules) == [unfinished, *PARAGRAPHS]

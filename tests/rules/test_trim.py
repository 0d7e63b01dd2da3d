"""The body rule's trim: within a run of prose, the story is the part under its own header."""

from __future__ import annotations

import pytest

from newsparse.model import Role
from tests.rules.conftest import RunRules, until

HEADLINE = "Storm closes schools across the north"
PARAGRAPHS = [
    "Heavy snow closed hundreds of schools across the north on Tuesday, officials said.",
    "Rail operators cancelled dozens of services as drifts blocked lines near the coast.",
    "Forecasters expect the snow to ease by Thursday, but warned of ice on the roads.",
    "The council said gritters had been working through the night to keep roads open.",
    "Parents were told to check the council website each morning before setting out.",
    "Some bus routes were running on Wednesday, though drivers were told to avoid the hills.",
]


def _claimed(text: str, run_rules: RunRules) -> list[str]:
    state = run_rules(text, *until("body"))
    return [state.lines[i].text for i, role in enumerate(state.roles) if role is Role.BODY]


@pytest.mark.parametrize(
    "above",
    [
        [  # the author's bio, printed over the story
            "Ann Lee has covered weather and transport for the Riverside Gazette for twelve"
            " years, and before that reported on farming for a regional radio station.",
            "She lives by the harbour with two dogs and a boat that rarely leaves its mooring"
            " in the winter.",
        ],
        [  # a teaser of another story, under its own header
            "Flood defences raised along the river",
            "Flood defences were raised along the river overnight as the water rose to its"
            " highest level in a decade, the agency said.",
            "By Bo Chen",
            "March 3, 2021",
        ],
    ],
    ids=["bio", "teaser"],
)
def test_prose_above_the_story_s_header_is_not_the_story(
    run_rules: RunRules, above: list[str]
) -> None:
    text = "\n".join([*above, HEADLINE, "By Ann Lee", "March 4, 2021", *PARAGRAPHS[:4]])
    assert _claimed(text, run_rules) == PARAGRAPHS[:4]


LONG_COMMENT = (
    "I drove through the pass this morning and the ploughs had not been out at all, which is"
    " a disgrace given the warnings issued on Monday. My daughter waited at the bus stop for"
    " an hour in the cold before anyone told us the school was shut, and the council website"
    " said nothing until ten. Somebody at the depot needs to answer for this before the next"
    " storm arrives."
)
SHORT_COMMENTS = [
    "Great reporting, thank you for covering this storm so quickly.",
    "Our road was cleared by lunchtime, so credit where it is due.",
    "Does anyone know whether the library will open on Thursday?",
]


def _thread(long_at: int) -> list[str]:
    lines = []
    for number, (name, hour) in enumerate([("Tom Hardy", 6), ("Ruth Mills", 7), ("Sam Ortiz", 8)]):
        lines.append(f"{name} / March 4, 2021 at {hour}:34 am")
        lines.append(LONG_COMMENT if number == long_at else SHORT_COMMENTS[number])
    return lines


@pytest.mark.parametrize(
    "long_at",
    [
        pytest.param(
            0,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a long first comment (outweighing the story) is taken as the story",
            ),
        ),
        1,
        2,
    ],
)
def test_a_comment_thread_under_the_story_is_not_the_story(
    run_rules: RunRules, long_at: int
) -> None:
    assert len(LONG_COMMENT) > sum(map(len, PARAGRAPHS[:4]))  # one comment outweighs the story
    text = "\n".join([HEADLINE, "By Ann Lee", "March 4, 2021", *PARAGRAPHS[:4], *_thread(long_at)])
    assert _claimed(text, run_rules) == PARAGRAPHS[:4]


@pytest.mark.parametrize(
    ("header", "after"),
    [
        ([], 4),
        (["By Ann Lee", "March 4, 2021"], 4),
        pytest.param(
            ["By Ann Lee", "March 4, 2021"],
            3,
        ),
    ],
    ids=["no-header", "header", "header-stamp-after-3rd-paragraph"],
)
def test_a_stamp_in_the_middle_of_the_story_does_not_cut_it(
    run_rules: RunRules, header: list[str], after: int
) -> None:
    stamp = "Updated March 4, 2021, 3:05 pm"
    text = "\n".join([HEADLINE, *header, *PARAGRAPHS[:after], stamp, *PARAGRAPHS[after:]])
    state = run_rules(text, *until("body"))
    assert state.roles[text.split("\n").index(stamp)] is Role.STAMP
    assert _claimed(text, run_rules) == PARAGRAPHS


VIDEO_CARD = [
    "WATCH | Drivers describe the night on the coast road:",
    "Drivers stranded on the coast road describe the night",
    "14 hours ago",
    "Duration 1:30",
]


def test_a_video_card_with_its_stamp_inside_the_story_does_not_cut_it(
    run_rules: RunRules,
) -> None:
    # Two cards: with the story's own header, three headers, as a list of teasers has. The
    # story has prose enough for one on either side of each card.
    second_card = ["Gritters work through the night on the hill roads", "1 day ago"]
    middle = [f"{paragraph[:-1]}, residents said." for paragraph in PARAGRAPHS]
    last = [f"{paragraph[:-1]}, the council said." for paragraph in PARAGRAPHS]
    text = "\n".join(
        [
            HEADLINE,
            "By Ann Lee",
            "March 4, 2021",
            *PARAGRAPHS,
            *VIDEO_CARD,
            *middle,
            *second_card,
            *last,
        ]
    )
    claimed = _claimed(text, run_rules)
    assert claimed[: len(PARAGRAPHS)] == PARAGRAPHS
    assert claimed[-len(last) :] == last


def test_a_comment_stamp_that_names_the_commenter_still_cuts(run_rules: RunRules) -> None:
    comments = [
        "Tom Hardy",
        "March 4, 2021",
        LONG_COMMENT,
        "Ruth Mills",
        "March 4, 2021",
        LONG_COMMENT.replace("daughter", "son"),
    ]
    text = "\n".join([HEADLINE, "By Ann Lee", "March 4, 2021", *PARAGRAPHS, *comments])
    assert _claimed(text, run_rules) == PARAGRAPHS

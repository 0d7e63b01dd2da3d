from __future__ import annotations

import pytest

from newsparse.model import Role
from newsparse.rules.headline import printed_kicker
from newsparse.shape import could_be_headline
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import STORY, RunRules, until

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("line", "could"),
    [
        ("Storm closes schools across the north", True),
        ("‘We got her!’: Police rescue kidnapped girl", True),
        ("2021 budget: what it means for you", True),
        ("Is this the end of the high street?", True),
        ("News > Nation > Politics", False),  # a breadcrumb trail
        ("Home / World / Asia / Storm news", False),
        ("you are here: Home", False),  # no capital
        ("Ann Lee @annlee", False),
        ("Ann Lee, AP Science Writer", False),  # a byline
        ("Storm news", False),  # too short
        ("Heavy snow closed the schools,", False),
    ],
)
def test_could_be_headline(line: str, could: bool) -> None:
    assert could_be_headline(line, VOCABULARY) is could


def _headline(text: str, run_rules: RunRules) -> str | None:
    state = run_rules(text, *until("headline"))
    found = [state.lines[i].text for i, role in enumerate(state.roles) if role is Role.HEADLINE]
    assert len(found) <= 1
    return found[0] if found else None


def test_the_title_above_the_byline_wins_over_menu_titles(run_rules: RunRules) -> None:
    text = (
        "Weather warnings for the weekend\nLocal elections coming up soon\nStorm closes schools across the north\nBy Ann Lee\n"
        + STORY
    )
    assert _headline(text, run_rules) == "Storm closes schools across the north"


def test_the_headline_stands_above_its_standfirst(run_rules: RunRules) -> None:
    text = (
        "Storm closes schools across the north\n"
        "Hundreds of schools shut as the north woke to deep snow. Trains were cancelled\n"
        "March 4, 2021\n" + STORY
    )
    assert _headline(text, run_rules) == "Storm closes schools across the north"


def test_a_caption_above_the_story_is_not_the_headline(run_rules: RunRules) -> None:
    text = (
        "Storm closes schools across the north\n"
        "By Ann Lee\n"
        "A snowplough clears the road near Leeds on Tuesday (Riverside Gazette)\n" + STORY
    )
    assert _headline(text, run_rules) == "Storm closes schools across the north"


def test_a_title_in_a_list_of_links_is_not_the_headline(run_rules: RunRules) -> None:
    text = (
        "Storm closes schools across the north\n"
        "Council approves new budget for city parks\n"
        "Library reopens after two years of repairs\n"
        "Bus fares to rise again in the spring\n" + STORY
    )
    assert _headline(text, run_rules) != "Library reopens after two years of repairs"


def test_later_prints_of_the_headline_are_repeats(run_rules: RunRules) -> None:
    text = (
        "Storm closes schools across the north\nBy Ann Lee\n"
        + STORY
        + "Storm closes schools across the north\n"
    )
    state = run_rules(text, *until("headline"))
    assert state.roles[-1] is Role.HEADLINE_REPEAT


LONG_STORY = """Heavy snow closed hundreds of schools across the north on Tuesday, and officials said many would stay shut until Friday.
Rail operators cancelled dozens of services as drifts blocked lines near the coast, leaving commuters stranded at stations.
Forecasters expect the snow to ease by Thursday, but they warned that ice would make the hill roads dangerous for days.
The council said its gritters had been working through the night and asked drivers to stay at home unless they had to travel.
Parents were told to check the council website each morning, as head teachers would decide on closures school by school.
"""


@pytest.mark.parametrize(
    "above",
    [
        [
            "Riverside Gazette Classifieds and Notices Online",
            "Snow closes hundreds of northern schools",
        ],
        [
            "Snow closes hundreds of northern schools",
            "Riverside Gazette Classifieds and Notices Online",
        ],
    ],
    ids=["site-words-first", "site-words-next-to-the-byline"],
)
def test_a_title_of_site_words_off_the_story_s_topic_loses(
    run_rules: RunRules, above: list[str]
) -> None:
    text = "\n".join([*above, "By Ann Lee"]) + "\n" + LONG_STORY
    assert _headline(text, run_rules) == "Snow closes hundreds of northern schools"


def test_the_headline_stands_over_its_longer_deck_without_a_full_stop(
    run_rules: RunRules,
) -> None:
    text = (
        "Snow closes hundreds of northern schools\n"
        "Head teachers across the north shut their doors as drifts blocked roads and rail lines\n"
        "March 4, 2021\n" + LONG_STORY
    )
    assert _headline(text, run_rules) == "Snow closes hundreds of northern schools"


@pytest.mark.parametrize(
    ("line", "printed", "kicker", "headline"),
    [
        (
            "Hafenstadt: Fähre nach Kiel fällt die ganze Woche aus",
            "Fähre nach Kiel fällt die ganze Woche aus",
            "Hafenstadt",
            "Fähre nach Kiel fällt die ganze Woche aus",
        ),
        (
            "Kultur : Theater zeigt im Winter sieben neue Stücke",
            "Theater zeigt im Winter sieben neue Stücke",
            "Kultur",
            "Theater zeigt im Winter sieben neue Stücke",
        ),
        # Printed nowhere else: the page does not prove a kicker.
        ("Hafenstadt: Fähre nach Kiel fällt die ganze Woche aus", "Other line", None, None),
        # A title's first half is no kicker, even if its second half is printed too.
        (
            "One hundred years at the old harbour: Much more than a port",
            "Much more than a port",
            None,
            None,
        ),
    ],
    ids=["colon", "spaced-colon", "not-printed", "half-a-title"],
)
def test_a_kicker_is_proven_by_the_headline_printed_without_it(
    line: str, printed: str, kicker: str | None, headline: str | None
) -> None:
    split = printed_kicker(line, {line: 1, printed: 1})
    assert (split.kicker if split else None, split.headline if split else None) == (
        kicker,
        headline,
    )

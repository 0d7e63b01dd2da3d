from __future__ import annotations

from newsparse.model import Role
from tests.rules.conftest import RunRules

TWO_ARTICLES = """Site menu
Storm closes schools across the north
Updated 2 hours ago
Storm closes schools across the north
Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Council approves new budget for city parks
Follow
Council approves new budget for city parks
The city council approved a larger budget for parks and playgrounds on Monday evening.
"""


def test_a_title_printed_twice_around_furniture_is_a_headline(run_rules: RunRules) -> None:
    state = run_rules(TWO_ARTICLES, "blank", "chrome", "meta", "pairs")
    assert [i for i, r in enumerate(state.roles) if r is Role.HEADLINE] == [1, 5]
    assert [i for i, r in enumerate(state.roles) if r is Role.HEADLINE_REPEAT] == [3, 7]


def test_a_title_repeated_across_a_menu_is_no_pair(run_rules: RunRules) -> None:
    text = "Back to main menu list\nWorld\nBusiness\nBack to main menu list\nSport\n"
    state = run_rules(text, "chrome", "pairs")
    assert Role.HEADLINE not in state.roles


def test_prints_far_apart_are_no_pair(run_rules: RunRules) -> None:
    filler = "\n".join("" for _ in range(30))
    text = (
        f"Storm closes schools across the north\n{filler}\nStorm closes schools across the north\n"
    )
    state = run_rules(text, "blank", "pairs")
    assert Role.HEADLINE not in state.roles


def test_repeats_of_a_line_just_printed_are_chrome(run_rules: RunRules) -> None:
    text = (
        "Rescuers search the rubble in Riverside.\n"
        "Rescuers search the rubble in Riverside.\n"
        "Jane Roe, AP\n"
        "Rescuers search the rubble in Riverside.\n"
        "Ok ok\n"
        "Ok ok\n"
    )
    state = run_rules(text, "repeats")
    assert state.roles == [None, Role.CHROME, None, Role.CHROME, None, None]


def test_a_pair_needs_a_story_below_it(run_rules: RunRules) -> None:
    text = "Opinions and editorials today\nOpinions and editorials today\nWorld\nSport\nWeather\n"
    state = run_rules(text, "blank", "pairs")
    assert Role.HEADLINE not in state.roles


def test_a_name_printed_twice_is_an_author_card(run_rules: RunRules) -> None:
    text = "Sarah E. Needleman\nSarah E. Needleman\nHeavy snow closed hundreds of schools across the north on Tuesday.\n"
    state = run_rules(text, "blank", "pairs")
    assert Role.HEADLINE not in state.roles

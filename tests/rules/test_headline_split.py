from __future__ import annotations

from newsparse.model import Role
from tests.rules.conftest import RunRules

TWO_ARTICLES = """Site menu
Storm closes schools across the north
Updated 2 hours ago
Storm closes schools across the north
Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services.
Council approves new budget for city parks
Council approves new budget for city parks
The city council approved a larger budget for parks and playgrounds on Monday evening.
"""


def test_repeated_title_lines_open_articles(run_rules: RunRules) -> None:
    state = run_rules(TWO_ARTICLES, "blank", "stamps", "headline", "split")
    assert [i for i, r in enumerate(state.roles) if r is Role.HEADLINE] == [1, 6]
    assert [i for i, r in enumerate(state.roles) if r is Role.HEADLINE_REPEAT] == [3, 7]
    # The menu above the first headline belongs to the first article.
    assert [list(s) for s in state.segments()] == [list(range(6)), list(range(6, 9))]


def test_without_repeats_the_first_title_like_line_is_the_headline(run_rules: RunRules) -> None:
    text = (
        "Menu\nStorm closes schools across the north\nHeavy snow closed schools, officials said.\n"
    )
    state = run_rules(text, "blank", "headline", "split")
    assert state.roles[:2] == [None, Role.HEADLINE]
    assert state.starts == [0]


def test_repeats_far_apart_are_not_a_pair(run_rules: RunRules) -> None:
    filler = "\n".join(f"Paragraph number {n} of the story goes on and on." for n in range(30))
    text = (
        f"Storm closes schools across the north\n{filler}\nStorm closes schools across the north\n"
    )
    state = run_rules(text, "headline")
    assert state.roles[0] is Role.HEADLINE
    # Not a second article: the late copy is a repeat of the only headline.
    assert state.roles[-1] is Role.HEADLINE_REPEAT


def test_sentences_are_not_headlines(run_rules: RunRules) -> None:
    text = "The talks ended.\nThe talks ended.\n"
    assert run_rules(text, "headline").roles == [None, None]

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import MetaLine
from tests.rules.conftest import RunRules

ALL_RULES = (
    "blank", "gallery", "end_markers", "chrome", "meta", "captions", "pairs", "repeats",
    "bullets", "body", "headline", "split", "standfirst", "authors", "strays",
)  # fmt: skip
STORY = """Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services as drifts blocked lines near the coast.
Forecasters expect the snow to ease by Thursday, but warned of ice on the roads.
"""


def test_bylines_of_other_stories_are_chrome_and_their_dates_a_last_resort(
    run_rules: RunRules,
) -> None:
    text = (
        "Council approves new budget for city parks\n"
        "By Bo Chen | March 1, 2021\n"
        "Library reopens after two years of repairs\n"
        "Bus fares to rise again in the spring\n"
        "Weather warning for the weekend ahead\n"
        "Storm closes schools across the north\n"
        "By Ann Lee\n" + STORY
    )
    state = run_rules(text, *ALL_RULES)
    assert state.roles[1] is Role.CHROME
    assert state.rule_names[1] == "strays"
    kept = state.payloads[1]
    assert isinstance(kept, MetaLine)  # the date stays readable
    assert state.roles[6] is Role.BYLINE

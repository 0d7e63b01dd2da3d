from __future__ import annotations

from newsparse.bylines import MetaLine
from newsparse.model import Role
from tests.rules.conftest import STORY, RunRules, until


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
    state = run_rules(text, *until("strays"))
    assert state.roles[1] is Role.CHROME
    assert state.rule_names[1] == "strays"
    kept = state.payloads[1]
    assert isinstance(kept, MetaLine)  # the date stays readable
    assert state.roles[6] is Role.BYLINE

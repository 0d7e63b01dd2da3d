from __future__ import annotations

import pytest

from newsparse.model import Dateline, Role
from newsparse.rules.dateline import read_dateline
from newsparse.state import DatelineSplit
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import RunRules, until

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("line", "location", "agency", "raw", "rest"),
    [
        (
            "ISLAMABAD: Pakistan warned on Monday.",
            "ISLAMABAD",
            None,
            "ISLAMABAD:",
            "Pakistan warned on Monday.",
        ),
        (
            "WASHINGTON (Reuters) - The Senate voted.",
            "WASHINGTON",
            "Reuters",
            "WASHINGTON (Reuters) -",
            "The Senate voted.",
        ),
        ("NEW YORK (AP) — Stocks rose.", "NEW YORK", "AP", "NEW YORK (AP) —", "Stocks rose."),
        (
            "DUBAI, United Arab Emirates — Emirates said.",
            "DUBAI, United Arab Emirates",
            None,
            "DUBAI, United Arab Emirates —",
            "Emirates said.",
        ),
        (
            "SANTA FE, N.M. (AP) — A judge ruled.",
            "SANTA FE, N.M.",
            "AP",
            "SANTA FE, N.M. (AP) —",
            "A judge ruled.",
        ),
        (
            "BERLIN -- Germany's economy shrank.",
            "BERLIN",
            None,
            "BERLIN --",
            "Germany's economy shrank.",
        ),
        ("(Reuters) - Oil prices rose.", None, "Reuters", "(Reuters) -", "Oil prices rose."),
        (
            "WASHINGTON—The House passed the bill.",
            "WASHINGTON",
            None,
            "WASHINGTON—",
            "The House passed the bill.",
        ),
        ("LAHORE: “We will win,” he said.", "LAHORE", None, "LAHORE:", "“We will win,” he said."),
        ("New York, NY – Stocks rose.", "New York, NY", None, "New York, NY –", "Stocks rose."),
        ("Dekalb, Ill. — The team won.", "Dekalb, Ill.", None, "Dekalb, Ill. —", "The team won."),
        (
            "Washington, DC, United States: Getting there is hard.",
            "Washington, DC, United States",
            None,
            "Washington, DC, United States:",
            "Getting there is hard.",
        ),
        (
            "Hong Kong (CNN Business)Shares fell.",
            "Hong Kong",
            "CNN Business",
            "Hong Kong (CNN Business)",
            "Shares fell.",
        ),
    ],
)
def test_read_dateline(
    line: str, location: str | None, agency: str | None, raw: str, rest: str
) -> None:
    assert read_dateline(line, VOCABULARY) == DatelineSplit(Dateline(location, agency, raw), rest)


@pytest.mark.parametrize(
    "line",
    [
        "COVID-19 cases rose again this week.",
        "UPDATE: The road has reopened.",
        "BREAKING: Markets fall.",
        "The president said: we will win.",
        "US President Joe Biden spoke on Monday.",
        "NASA (the space agency) - said it would launch.",
        "I - for one - disagree.",
        "ISLAMABAD: and then nothing capitalised",
        "Meanwhile, officials — who declined to comment — left.",
        "Trump — who spoke on Monday — said no.",
        "BAAR, SWITZERLAND",  # a place alone on its line is read_dateline_line's
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert read_dateline(line, VOCABULARY) is None


def test_dateline_comes_off_the_first_paragraph_only(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
By Ann Lee
LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
YORK: Rail operators cancelled dozens of services across the region on Tuesday morning.
"""
    state = run_rules(text, *until("dateline"))
    assert state.roles == [Role.HEADLINE, Role.BYLINE, Role.DATELINE, Role.BODY]
    split = state.payloads[2]
    assert isinstance(split, DatelineSplit)
    assert split.rest.startswith("Heavy snow")


def test_lines_above_the_dateline_are_captions(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
By Ann Lee
A snowplough clears the road near Leeds on Tuesday morning, as drifts close the schools.
LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services across the region on Tuesday morning.
"""
    state = run_rules(text, *until("dateline"))
    assert state.roles[2:] == [Role.CAPTION, Role.DATELINE, Role.BODY]


def test_a_place_alone_on_its_line(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
By Ann Lee
LEEDS, ENGLAND
Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services across the region on Tuesday morning.
"""
    state = run_rules(text, *until("dateline"))
    assert state.roles[2] is Role.DATELINE
    assert state.payloads[2] == DatelineSplit(
        Dateline("LEEDS, ENGLAND", None, "LEEDS, ENGLAND"), ""
    )

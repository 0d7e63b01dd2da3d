from __future__ import annotations

import pytest

from newsparse.model import Role
from newsparse.rules.bullets import bullet_text
from newsparse.rules.byline import read_byline
from newsparse.rules.shape import is_prose, is_title_like
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import RunRules

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• MoUs span vocational education", "MoUs span vocational education"),
        ("•Tight spacing still counts", "Tight spacing still counts"),
        ("- A dash bullet", "A dash bullet"),
        ("* A star bullet", "A star bullet"),
        ("▪ A square bullet", "A square bullet"),
        ("-5% on the day", None),
        ("*Terms apply", None),
        ("•", None),
        ("Plain line", None),
    ],
)
def test_bullet_text(line: str, expected: str | None) -> None:
    assert bullet_text(line, VOCABULARY.bullet_markers) == expected


def test_bullets_stop_at_the_first_paragraph(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
• Hundreds of schools shut
• Trains cancelled
Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
• Pack warm clothes
"""
    state = run_rules(text, "headline", "bullets")
    assert state.roles == [Role.HEADLINE, Role.BULLET, Role.BULLET, None, None]
    assert state.payloads[1] == "Hundreds of schools shut"


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jamelle Bouie", ("Jamelle Bouie",)),
        ("By Ann Lee and Bo Chen", ("Ann Lee", "Bo Chen")),
        ("By Ann Lee, Bo Chen & Cy Diaz", ("Ann Lee", "Bo Chen", "Cy Diaz")),
        ("By Ann Lee, Reuters", ("Ann Lee",)),
        ("BY ANN LEE", ("ANN LEE",)),
        ("By: Ann Lee", ("Ann Lee",)),
        ("By the end of the week the storm had passed.", ()),
        ("Bypass road reopens", ()),
        ("By Reuters", ()),
    ],
)
def test_read_byline(line: str, authors: tuple[str, ...]) -> None:
    assert read_byline(line, VOCABULARY) == authors


@pytest.mark.parametrize(
    ("line", "prose", "title"),
    [
        ("They also agreed to enhance cooperation in livestock.", True, False),
        (
            "Heavy snow closed hundreds of schools across the whole north of England on Tuesday",
            True,
            True,
        ),
        ("Storm closes schools across the north", False, True),
        ("Short Url", False, False),
        ("Home", False, False),
        ("Is this the end of the high street?", True, True),
    ],
)
def test_line_shapes(line: str, prose: bool, title: bool) -> None:
    assert (is_prose(line), is_title_like(line)) == (prose, title)


def test_body_takes_prose_below_the_headline(run_rules: RunRules) -> None:
    text = """A long line above the headline that reads like prose, as menus never do here.
Storm closes schools across the north
Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Weather
Rail operators cancelled dozens of services.
"""
    state = run_rules(text, "headline", "body")
    assert state.roles == [None, Role.HEADLINE, Role.BODY, None, Role.BODY]

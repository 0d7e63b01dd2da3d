"""The rules that read the lines between a headline and its story: bullets, standfirst,
authors without ``By``."""

from __future__ import annotations

import pytest

from newsparse.bylines import MetaLine
from newsparse.model import Role
from newsparse.shape import bullet_text
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import STORY, RunRules, until

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


def test_bullets_under_a_printed_twice_headline(run_rules: RunRules) -> None:
    text = (
        "Storm closes schools across the north\nFollow\nStorm closes schools across the north\n"
        "• Hundreds of schools shut\n• Trains cancelled\n" + STORY + "• Pack warm clothes\n"
    )
    state = run_rules(text, *until("authors"))
    bullets = [state.payloads[i] for i, role in enumerate(state.roles) if role is Role.BULLET]
    assert bullets == ["Hundreds of schools shut", "Trains cancelled"]
    assert state.roles[-1] is not Role.BULLET  # a list inside the story is not a summary


def test_standfirst_between_headline_and_byline(run_rules: RunRules) -> None:
    text = (
        "Storm closes schools across the north\n"
        "Hundreds of schools shut as the north woke to deep snow\n"
        "By Ann Lee\n"
        "A snowplough on the road to Leeds.\n" + STORY
    )
    state = run_rules(text, *until("authors"))
    assert state.roles[1] is Role.STANDFIRST
    assert state.roles[3] is not Role.STANDFIRST


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        (["Ann Lee"], ("Ann Lee",)),
        (["Ann Lee, AP Science Writer"], ("Ann Lee",)),
        (["Ann Lee @annlee"], ("Ann Lee",)),
        (["By", "Ann Lee"], ("Ann Lee",)),
        (["By Bo Chen", "Ann Lee"], ("Bo Chen",)),  # a byline names the author already
    ],
)
def test_authors_without_by(
    run_rules: RunRules, lines: list[str], authors: tuple[str, ...]
) -> None:
    text = (
        "Storm closes schools across the north\nMarch 4, 2021\n" + "\n".join(lines) + "\n" + STORY
    )
    state = run_rules(text, *until("authors"))
    found = tuple(
        name
        for i, role in enumerate(state.roles)
        if role is Role.BYLINE and isinstance(p := state.payloads.get(i), MetaLine)
        for name in p.authors
    )
    assert found == authors

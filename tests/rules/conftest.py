from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from newsparse.lines import split_lines
from newsparse.model import Role
from newsparse.pipeline import DEFAULT_RULES
from newsparse.ruler import Ruler
from newsparse.rules import PRESET
from newsparse.state import State
from newsparse.vocabulary import Vocabulary

RunRules = Callable[..., State]


@pytest.fixture
def run_rules() -> RunRules:
    """Run the named default rules, in the order given, over ``text``; their contracts are
    checked as a Parser's are."""
    preset = {name: (name, rule, contract) for name, rule, contract in PRESET}

    def run(text: str, *names: str, now: datetime | None = None) -> State:
        state = State(split_lines(text), Vocabulary.load(), now)
        Ruler(preset[name] for name in names).run(state)
        return state

    return run


def roles(state: State) -> list[Role | None]:
    return list(state.roles)


def until(name: str) -> tuple[str, ...]:
    """The default rules, in order, up to and including ``name``."""
    return DEFAULT_RULES[: DEFAULT_RULES.index(name) + 1]


STORY = """Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services as drifts blocked lines near the coast.
Forecasters expect the snow to ease by Thursday, but warned of ice on the roads.
"""
"""Three paragraphs of a story, for tests of what stands above or below one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest

from newsparse.lines import split_lines
from newsparse.model import Role
from newsparse.rules import RULES
from newsparse.state import State
from newsparse.vocabulary import Vocabulary

RunRules = Callable[..., State]


@pytest.fixture
def run_rules() -> RunRules:
    """Run the named default rules, in the order given, over ``text``."""

    def run(text: str, *names: str, now: datetime | None = None) -> State:
        state = State(split_lines(text), Vocabulary.load(), now)
        for name in names:
            state.rule = name
            RULES[name](state)
        return state

    return run


def roles(state: State) -> list[Role | None]:
    return list(state.roles)

"""body: the paragraphs of the story: lines of prose below the headline."""

from __future__ import annotations

from newsparse.model import Role
from newsparse.rules.shape import is_prose
from newsparse.state import State


def body(state: State) -> None:
    """Claim the unclaimed prose lines after each article's headline as body paragraphs."""
    for segment in state.segments():
        top = state.first(Role.HEADLINE, segment)
        for index in range(segment.start if top is None else top + 1, segment.stop):
            if state.is_free(index) and is_prose(state.lines[index].text):
                state.claim(index, Role.BODY)

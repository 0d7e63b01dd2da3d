"""leftover: the last rule. Whatever no rule recognised is page chrome, and says so, so that
``newsparse explain`` shows every line with a role and nothing is dropped silently."""

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import State


def leftover(state: State) -> None:
    """Claim every line still without a role as chrome."""
    chrome = Role.CHROME
    for index, role in enumerate(state.roles):
        if role is None:
            state.claim(index, chrome)

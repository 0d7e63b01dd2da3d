"""blank: a line with nothing but whitespace (NBSPs and zero-width spaces included)."""

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import State


def blank(state: State) -> None:
    """Claim every empty line as ``blank``."""
    for index, line in enumerate(state.lines):
        if not line.text:
            state.claim(index, Role.BLANK)

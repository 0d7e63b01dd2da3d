"""repeats: a line printed again right after itself, as copies of galleries and share cards
often are::

    Mayor Pete Buttigieg speaks during a fundraiser in Las Vegas.
    Mayor Pete Buttigieg speaks during a fundraiser in Las Vegas.

The second print is chrome; the first keeps whatever role it earns. Headlines printed twice
are the pairs rule's, which runs first.
"""

from __future__ import annotations

from collections import deque

from newsparse.model import HEADLINE_ROLES, Role
from newsparse.state import State

# How many of the preceding non-blank lines a repeat is looked for among.
LOOKBACK = 3


def repeats(state: State) -> None:
    """Claim a line identical to one of the few non-blank lines before it as chrome. A
    headline between the two starts another article: there the line is that article's."""
    recent: deque[str] = deque(maxlen=LOOKBACK)
    for index, line in enumerate(state.lines):
        text = line.text
        if not text:
            continue
        if state.roles[index] in HEADLINE_ROLES:
            recent.clear()
        if text in recent and len(text.split()) >= 3:
            state.claim(index, Role.CHROME)
        recent.append(text)

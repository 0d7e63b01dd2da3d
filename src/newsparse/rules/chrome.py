"""chrome: lines that are page furniture wherever they stand, e.g. ``Short Url``, ``Follow``.

The words live in the vocabulary (``data/*.toml``, key ``chrome``); extend it for a site with
``Parser(extra_chrome=[...])``.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import State

# Decoration pages put around a chrome word: "Share:", "Follow »", "› Read more".
_DECORATION = " :|»«›‹>→·•-–—"


def chrome_words(state: State) -> None:
    """Claim a line whose whole text is a chrome word or phrase of the vocabulary."""
    chrome = state.vocabulary.chrome
    for index, line in enumerate(state.lines):
        text = line.text
        if len(text) <= 60 and text.strip(_DECORATION).casefold() in chrome:
            state.claim(index, Role.CHROME)

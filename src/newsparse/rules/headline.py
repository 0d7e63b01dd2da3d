"""headline: the article's title, and its repeats.

News pages print the headline more than once (a share card, a gallery, then the article), so a
title-like line that comes back a few lines later is a headline and the copy is a repeat::

    Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad
    …
    Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad

Each such pair opens an article, which is how a dump of several articles is told apart. With
no pair, the first title-like line is the headline.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.rules.shape import is_title_like
from newsparse.state import State

# How far apart (in lines) the two prints of one headline may stand.
REPEAT_WINDOW = 25


def headline(state: State) -> None:
    """Claim repeated title-like lines as headline + repeat; else the first title-like line."""
    last_seen: dict[str, int] = {}
    current: str | None = None  # text of the latest headline: its later prints are repeats
    found = False
    for index, line in enumerate(state.lines):
        text = line.text
        if not state.is_free(index) or not is_title_like(text):
            continue
        if text == current:
            state.claim(index, Role.HEADLINE_REPEAT)
            continue
        earlier = last_seen.get(text)
        if earlier is not None and index - earlier <= REPEAT_WINDOW:
            state.claim(earlier, Role.HEADLINE)
            state.claim(index, Role.HEADLINE_REPEAT)
            current, found = text, True
        last_seen[text] = index
    if not found:
        _first_title(state)


def _first_title(state: State) -> None:
    """No headline was printed twice: take the first title-like line, and its later prints."""
    lines = state.lines
    first = next(
        (i for i, ln in enumerate(lines) if state.is_free(i) and is_title_like(ln.text)), None
    )
    if first is None:
        return
    state.claim(first, Role.HEADLINE)
    for index in range(first + 1, len(lines)):
        if lines[index].text == lines[first].text:
            state.claim(index, Role.HEADLINE_REPEAT)

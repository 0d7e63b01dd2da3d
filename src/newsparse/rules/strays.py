"""strays: bylines and stamps that belong to other stories — teasers, related links, the
latest-news box — are chrome, so their names never reach the article and their dates are
used only when the story has none of its own::

    Council approves new budget for city parks          ← a teaser above the story
    By Bo Chen | March 3, 2021                          ← its byline: chrome
    Storm closes schools across the north               ← the headline
    By Ann Lee                                          ← the story's byline: kept

A story's own bylines and stamps stand among the few lines above its headline, between the
headline and the story, in the story, or just below it.
"""

from __future__ import annotations

import itertools

from newsparse.model import META_ROLES, Role
from newsparse.state import State

# How many non-blank lines above the headline, and below the story, still belong to it.
REACH_ABOVE = 3
REACH_BELOW = 3


def strays(state: State) -> None:
    """Relabel bylines and stamps far from every story as chrome."""
    if not state.blocks:
        return
    keep = [False] * len(state.lines)
    for (top, zone), block in zip(state.headers(), state.blocks, strict=True):
        start = zone.start if top is None else top
        above = list(itertools.islice(state.non_blank_above(start), REACH_ABOVE))
        start = min([start, *above])
        below = itertools.islice(
            (i for i in range(block.stop, len(state.lines)) if state.roles[i] is not Role.BLANK),
            REACH_BELOW,
        )
        stop = max([block.stop - 1, *below]) + 1
        keep[start:stop] = [True] * (stop - start)
    for index, role in enumerate(state.roles):
        if role in META_ROLES and not keep[index]:
            # The stamps stay readable: a page may print the story's date far from it.
            state.relabel(index, Role.CHROME, state.payloads.get(index))

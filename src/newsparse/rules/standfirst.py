"""standfirst: the sentence or two under a headline that sums the story up, e.g.

    Home Depot sales miss, shares plunge                                  ← headline
    The home-improvement retailer earned $2.8 billion in the third quarter. ← standfirst
    By Jonathan Garber

Prose between the headline and the byline, stamp or first picture is the standfirst; prose
further down (next to a picture) is more likely a caption.
"""

from __future__ import annotations

from newsparse.model import META_ROLES, PICTURE_ROLES, Role
from newsparse.shape import word_count
from newsparse.state import State

MIN_WORDS = 6
# Once one of these stands below the headline, prose that follows is no standfirst.
ENDS_STANDFIRST = META_ROLES | PICTURE_ROLES | {Role.BODY}


def standfirst(state: State) -> None:
    """Claim the prose between each headline and its byline, stamp or picture."""
    for top, zone in state.headers():
        if top is None:
            continue
        for index in zone:
            role = state.roles[index]
            if role in ENDS_STANDFIRST:
                break
            if state.is_free(index) and word_count(state.lines[index].text) >= MIN_WORDS:
                state.claim(index, Role.STANDFIRST)

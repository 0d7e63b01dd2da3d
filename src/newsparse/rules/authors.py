"""authors: a byline without ``By``, found between a headline and its story::

    Emirates inks $9 billion order for 30 Boeing 787 jets      ← headline
    PUBLISHED WED, NOV 20 2019 4:29 AM EST
    Natasha Turak                                              ← the author
    @NATASHATURAK

A line under the headline that is only a person's name (``Ann Lee``, ``Ann Lee, AP Writer``,
``Ann Lee @annlee``), the name under a lone ``By``, or a name beside a stamp (``Chris Davies -
Nov 19, 2019, 10:31 pm CST``) is a byline — unless the story already has one.
"""

from __future__ import annotations

import itertools

import attrs

from newsparse.bylines import MetaLine, read_name_line
from newsparse.model import Role
from newsparse.state import State

# How many non-blank lines below the headline a bare name may stand.
MAX_LINES_BELOW = 12
NAME_ROLES = frozenset({Role.BYLINE, Role.STANDFIRST})


def authors(state: State) -> None:
    """Claim a name under each headline as its byline, when no byline names anyone: first
    the name under a lone byline prefix (``von`` / ``Michelle de Oliveira``), else the
    first line that names a person, alone or beside a stamp."""
    for top, zone in state.headers():
        if top is None or _names_someone(state, zone):
            continue
        below = [i for i in zone if state.roles[i] is not Role.BLANK][:MAX_LINES_BELOW]
        found = _after_lone_prefix(state, below) or _first_named(state, below)
        if found is not None:
            index, meta_line = found
            state.relabel(index, Role.BYLINE, meta_line)


def _after_lone_prefix(state: State, below: list[int]) -> tuple[int, MetaLine] | None:
    prefixes = state.vocabulary.byline_prefixes
    for above, index in itertools.pairwise(below):
        if state.lines[above].text.casefold().strip(" :") not in prefixes:
            continue
        state.relabel(above, Role.BYLINE, MetaLine(byline=True))
        if state.is_free(index) or state.roles[index] is Role.BYLINE:
            names = read_name_line(state.lines[index].text, state.vocabulary)
            if names:
                return index, MetaLine(authors=names, byline=True)
    return None


def _first_named(state: State, below: list[int]) -> tuple[int, MetaLine] | None:
    for index in below:
        payload = state.payloads.get(index)
        if state.roles[index] is Role.STAMP and isinstance(payload, MetaLine) and payload.names:
            return index, attrs.evolve(payload, authors=payload.names, byline=True)
        # A name line the standfirst rule took for a summary is a byline all the same.
        if not state.is_free(index) and state.roles[index] not in NAME_ROLES:
            continue
        names = read_name_line(state.lines[index].text, state.vocabulary)
        if names:
            return index, MetaLine(authors=names, byline=True)
    return None


def _names_someone(state: State, zone: range) -> bool:
    return any(
        state.roles[i] is Role.BYLINE
        and isinstance(payload := state.payloads.get(i), MetaLine)
        and payload.authors
        for i in zone
    )

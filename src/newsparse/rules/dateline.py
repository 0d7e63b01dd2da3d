"""dateline: the place (and agency) that opens a story's first paragraph.

    ISLAMABAD: Pakistani Prime Minister Shehbaz Sharif …      → location ISLAMABAD
    WASHINGTON (Reuters) - The U.S. Senate …                   → WASHINGTON, agency Reuters
    DUBAI, United Arab Emirates — Emirates said …              → DUBAI, United Arab Emirates
    (Reuters) - Oil prices rose …                              → agency Reuters

The place is written in capitals (a region after a comma may be in any case); capitalised
labels such as ``UPDATE:`` or ``WATCH:`` are not places.
"""

from __future__ import annotations

import re

from newsparse.model import Dateline, Role
from newsparse.state import DatelineSplit, State
from newsparse.vocabulary import Vocabulary

# Every quantifier is bounded, so a long first paragraph cannot make the match backtrack.
_PLACE_WORD = r"[A-Z][A-Z'’.\-]{0,24}"
_REGION_WORD = r"[A-Z][\w'’.\-]{0,24}"
# "ISLAMABAD: ", "BERLIN -- ", "NEW YORK (AP) — ", "WASHINGTON—"; a hyphen needs spaces
# around it so that "COVID-19" never reads as the place "COVID".
_SEPARATOR = r"(?:: | --? | ?[–—] ?)"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,4}})"
    rf"(?P<region>(?:, {_REGION_WORD}(?: {_REGION_WORD}){{0,3}}){{0,2}})"
    r"(?: ?\((?P<agency>[^()]{2,40})\))?" + _SEPARATOR
)
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()]{2,40})\)" + _SEPARATOR)


def dateline(state: State) -> None:
    """Split the dateline off the first body paragraph of each article."""
    for segment in state.segments():
        first = state.first(Role.BODY, segment)
        if first is None:
            continue
        found = read_dateline(state.lines[first].text, state.vocabulary)
        if found is not None:
            state.relabel(first, Role.DATELINE, found)


def read_dateline(text: str, vocabulary: Vocabulary) -> DatelineSplit | None:
    """The dateline that opens ``text`` and the text after it, or None.

    >>> read_dateline("ISLAMABAD: Pakistan warned on Monday.", Vocabulary.load()).dateline
    Dateline(location='ISLAMABAD', agency=None, raw='ISLAMABAD:')
    """
    match = _AGENCY_ONLY.match(text)
    if match:
        location = None
    else:
        match = _DATELINE.match(text)
        if match is None:
            return None
        place = match["place"]
        if sum(ch.isalpha() for ch in place) < 2 or place.casefold() in vocabulary.not_places:
            return None
        location = place + match["region"]
    rest = text[match.end() :]
    # The story must go on after the dateline, starting as a sentence does.
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "“\"‘'"):
        return None
    agency = match["agency"]
    # An unknown parenthesis is no agency: "WASHINGTON (AP)" yes, "NASA (the agency) -" no.
    known = agency is None or agency.casefold() in vocabulary.agencies
    if not known and (location is None or not agency[:1].isupper()):
        return None
    return DatelineSplit(
        Dateline(location=location, agency=agency, raw=match.group().strip()), rest
    )

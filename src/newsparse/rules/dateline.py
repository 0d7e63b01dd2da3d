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

from newsparse.model import Dateline, Image, Role
from newsparse.state import DatelineSplit, State
from newsparse.vocabulary import Vocabulary

# How many of a story's first lines may stand above its dateline (captions read like prose).
REACH = 6
# Every quantifier is bounded, so a long first paragraph cannot make the match backtrack.
_PLACE_WORD = r"[A-Z][A-Z'’.\-]{0,24}"
_REGION_WORD = r"[A-Z][\w'’.\-]{0,24}"
# "ISLAMABAD: ", "BERLIN -- ", "NEW YORK (AP) — ", "WASHINGTON—"; a hyphen needs spaces
# around it so that "COVID-19" never reads as the place "COVID".
_SEPARATOR = r"(?:: | --? | ?[–—] ?)"
_AGENCY = r"(?: ?\((?P<agency>[^()]{2,40})\))?"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,4}})"
    rf"(?P<region>(?:, {_REGION_WORD}(?: {_REGION_WORD}){{0,3}}){{0,2}})" + _AGENCY + _SEPARATOR
)
# "New York, NY –", "Washington, DC, United States:", "Hong Kong (CNN Business)": a place in
# ordinary case needs a region or a known agency after it to be told from a sentence.
_TITLE_DATELINE = re.compile(
    rf"(?P<place>{_REGION_WORD}(?: {_REGION_WORD}){{0,2}})"
    rf"(?P<region>(?:, {_REGION_WORD}(?: {_REGION_WORD}){{0,3}}){{0,2}})"
    + _AGENCY
    + rf"(?:{_SEPARATOR}|(?<=\)) ?(?=[A-Z“\"]))"
)
_PLACE_LINE = re.compile(
    rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}(?:, {_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}})?"
)
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()]{2,40})\)" + _SEPARATOR)


def dateline(state: State) -> None:
    """Split the dateline off the paragraph that opens each story.

    The story opens with its dateline, so a dateline found a few lines into the story block
    shows that the lines above it (photo captions, which read like prose) are not the story.
    A line that is only a place in capitals (``BAAR, SWITZERLAND``) is a dateline on its own.
    """
    for block in state.blocks:
        candidates = [i for i in block if state.roles[i] is Role.BODY][:REACH]
        for place, index in enumerate(candidates):
            text = state.lines[index].text
            found = read_dateline(text, state.vocabulary)
            if found is None and place + 1 < len(candidates):
                found = read_dateline_line(text, state.vocabulary)
            if found is None:
                continue
            state.relabel(index, Role.DATELINE, found)
            for above in candidates[:place]:
                state.relabel(above, Role.CAPTION, Image(caption=state.lines[above].text))
            break
        else:
            _dateline_above(state, block)


def _dateline_above(state: State, block: range) -> None:
    """``BAAR, SWITZERLAND`` on the line just above the story."""
    above = next(state.non_blank_above(block.start), None)
    if above is not None and state.is_free(above):
        alone = read_dateline_line(state.lines[above].text, state.vocabulary)
        if alone is not None:
            state.claim(above, Role.DATELINE, alone)


def _known(agency: str | None, vocabulary: Vocabulary) -> bool:
    return agency is not None and agency.casefold() in vocabulary.agencies


def read_dateline_line(text: str, vocabulary: Vocabulary) -> DatelineSplit | None:
    """A line that is nothing but a place in capitals: ``BAAR, SWITZERLAND``."""
    match = _PLACE_LINE.fullmatch(text)
    if match is None or text.casefold() in vocabulary.not_places or len(text) < 3:
        return None
    return DatelineSplit(Dateline(location=text, agency=None, raw=text), "")


def read_dateline(text: str, vocabulary: Vocabulary) -> DatelineSplit | None:
    """The dateline that opens ``text`` and the text after it, or None.

    >>> read_dateline("ISLAMABAD: Pakistan warned on Monday.", Vocabulary.load()).dateline
    Dateline(location='ISLAMABAD', agency=None, raw='ISLAMABAD:')
    """
    match = _AGENCY_ONLY.match(text)
    if match:
        location = None
    else:
        match = _DATELINE.match(text) or _TITLE_DATELINE.match(text)
        if match is None:
            return None
        place = match["place"]
        if sum(ch.isalpha() for ch in place) < 2 or place.casefold() in vocabulary.not_places:
            return None
        if not place.isupper() and not match["region"] and not _known(match["agency"], vocabulary):
            return None
        location = place + match["region"]
    rest = text[match.end() :]
    # The story must go on after the dateline, starting as a sentence does.
    if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "“\"‘'"):
        return None
    agency = match["agency"]
    # An unknown parenthesis is no agency: "WASHINGTON (AP)" yes, "NASA (the agency) -" no.
    trusted = (
        location is not None and bool(agency) and agency[:1].isupper() and match["place"].isupper()
    )
    if agency is not None and not _known(agency, vocabulary) and not trusted:
        return None
    return DatelineSplit(
        Dateline(location=location, agency=agency, raw=match.group().strip()), rest
    )

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
from newsparse.shape import names_agency
from newsparse.state import DatelineSplit, State
from newsparse.vocabulary import Vocabulary

# How many of a story's first lines may stand above its dateline (captions read like prose).
REACH = 6
# How many of a story's first lines (a lede may stand above) may hold a dateline in ordinary
# case: "München/London –", "Berlin.".
OPENING_LINES = 2
LEDE_WORDS = 12
# The fewest words after a dateline: the opening of a lede.
LEDE_OPENING_WORDS = 2
# Every quantifier is bounded, and a word is matched whole (possessively), so a long first
# paragraph cannot make the match backtrack. A word is letters of any script (``MOSKAU``,
# ``МОСКВА``, ``München``) with apostrophes, dots and hyphens; whether it is written in
# capitals is checked after the match.
_WORD = r"[^\W\d_](?:[^\W\d_]|['’.\-]){0,24}+"
# "ISLAMABAD: ", "BERLIN -- ", "NEW YORK (AP) — ", "WASHINGTON—"; a hyphen needs spaces
# around it so that "COVID-19" never reads as the place "COVID".
_SEPARATOR = r"(?P<separator>: | --? | ?[–—] ?)"
_AGENCY = r"(?: ?\((?P<agency>[^()]{2,40})\))?"
# "LONDON, Nov 19 (Reuters) -", "МОСКВА, 5 марта (Рейтер) —": the day before a wire's name.
_DATE = r"(?:, (?P<date>[^\W_]{1,12}+\.?(?: [^\W_]{1,12}+\.?){1,2}+)(?= ?\())?"
# Places joined by a slash ("MOSKAU/KIEW", "München/London") or a space; a region after a
# comma ("DUBAI, United Arab Emirates").
_PLACE = rf"(?P<place>{_WORD}(?:[ /]{_WORD}){{0,4}})"
_REGION = rf"(?P<region>(?:, {_WORD}(?: {_WORD}){{0,3}}){{0,2}})"
_DATELINE = re.compile(_PLACE + _REGION + _DATE + _AGENCY + rf"(?:{_SEPARATOR}|(?<=\)) ?)")
# "Berlin. Die Füchse stehen im Viertelfinale.": a place in ordinary case and a full stop,
# as German papers open a story.
_NAME = r"[^\W\d_](?:[^\W\d_]|['’\-]){0,24}+"  # a word without dots
_DOTTED = re.compile(rf"(?P<place>{_NAME}(?: {_NAME})?)\. ")
_PLACE_LINE = re.compile(rf"{_WORD}(?:[ /]{_WORD}){{0,3}}(?:, {_WORD}(?: {_WORD}){{0,3}})?")
_AGENCY_ONLY = re.compile(r"\((?P<agency>[^()]{2,40})\)" + _SEPARATOR)
# An agency's code in a parenthesis before a dash: "Kiel (dpo) - ".
_AGENCY_CODE = re.compile(r"[^\W\d_]{2,6}")


def dateline(state: State) -> None:
    """Split the dateline off the paragraph that opens each story.

    The story opens with its dateline, so a dateline found a few lines into the story block
    shows that the lines above it (photo captions, which read like prose) are not the story.
    A line that is only a place in capitals (``BAAR, SWITZERLAND``) is a dateline on its own.
    A story whose paragraphs open with none may have its dateline open the standfirst.
    """
    for (_, zone), block in zip(state.headers(), state.blocks, strict=True):
        candidates = [i for i in block if state.roles[i] is Role.BODY][:REACH]
        for place, index in enumerate(candidates):
            # Both readings of the story's first lines start from the same match.
            text = state.lines[index].text
            match = _dateline_match(text)
            found = _strong(state, text, match, place + 1 < len(candidates))
            if found is not None:
                # Lines above a dateline that needs no help are pictures' captions.
                for above in candidates[:place]:
                    state.relabel(above, Role.CAPTION, Image(caption=state.lines[above].text))
            elif place < OPENING_LINES:
                found = _opening(state, text, match)
            if found is not None:
                state.relabel(index, Role.DATELINE, found)
                break
        else:
            if not _dateline_in_standfirst(state, zone):
                _dateline_above(state, block)


def _strong(
    state: State, text: str, match: re.Match[str] | None, more: bool
) -> DatelineSplit | None:
    """A dateline that needs no help from where it stands: ``ISLAMABAD:``, ``New York, NY
    –``, or a line that is only a place in capitals (when ``more`` lines follow)."""
    found = _read(text, match, state.vocabulary, opening=False)
    if found is None and more:
        found = read_dateline_line(text, state.vocabulary)
    return found


def _opening(state: State, text: str, match: re.Match[str] | None) -> DatelineSplit | None:
    """A dateline only the story's first lines may hold: ``München/London –``, ``Berlin.
    Die …``, ``Berlin.`` alone."""
    vocabulary = state.vocabulary
    return (
        _read(text, match, vocabulary, opening=True)
        or read_dotted_dateline(text, vocabulary)
        or read_dateline_line(text, vocabulary, opening=True)
    )


def _dateline_in_standfirst(state: State, zone: range) -> bool:
    """``Berlin. Die Füchse stehen im Viertelfinale.`` opening the standfirst: the dateline
    is split off and the standfirst keeps the rest.

    Words in capitals and a colon opening a standfirst are its kicker, not a place:
    ``EXCLUSIVE PICTURES: The mayor …``.
    """
    index = state.first(Role.STANDFIRST, zone)
    if index is None:
        return False
    text = state.lines[index].text
    vocabulary = state.vocabulary
    found = read_dateline(text, vocabulary, opening=True) or read_dotted_dateline(text, vocabulary)
    if found is None or found.dateline.raw.endswith(":"):
        return False
    state.relabel(index, Role.STANDFIRST, found)
    return True


def _dateline_above(state: State, block: range) -> None:
    """``BAAR, SWITZERLAND`` on the line just above the story."""
    above = next(state.non_blank_above(block.start), None)
    if above is not None and state.is_free(above):
        alone = read_dateline_line(state.lines[above].text, state.vocabulary, opening=True)
        if alone is not None:
            state.claim(above, Role.DATELINE, alone)


def _known(agency: str | None, vocabulary: Vocabulary) -> bool:
    return agency is not None and agency.casefold() in vocabulary.agencies


def _no_place(place: str, vocabulary: Vocabulary) -> bool:
    """A word or two that name no place though they look like one: fewer than three letters
    (``J.D``, someone's initials), a stopword (``Die.``), a month or a weekday (``Jan. 11
    (Bloomberg) --``), or a word the vocabulary knows is none (``Nein.``, ``Today``)."""
    folded = _folded(place)
    short = sum(ch.isalpha() for ch in place) < 3
    return (
        short
        or folded in vocabulary.stopwords
        or folded in vocabulary.not_places
        or folded in vocabulary.months
        or folded in vocabulary.weekdays
    )


def _folded(place: str) -> str:
    """A place as the word lists hold it: case folded, with a straight apostrophe
    (``EDITOR’S NOTE`` is the list's ``EDITOR'S NOTE``)."""
    return place.casefold().replace("’", "'")


def _capitalised(words: list[str]) -> bool:
    return all(word[:1].isupper() for word in words if word)


def read_dateline_line(
    text: str, vocabulary: Vocabulary, *, opening: bool = False
) -> DatelineSplit | None:
    """A line that is nothing but a place: in capitals with its region (``BAAR,
    SWITZERLAND``), or, on the line ``opening`` the story of a page in a language that prints
    its datelines so (see ``Vocabulary.dotted_datelines``), in ordinary case with a full stop
    (``Berlin.``).

    A place in capitals stands alone only with its region, as a press release prints it
    (``SAN JOSE, CALIFORNIA``): words in capitals and no comma (``WEATHER``, ``THE ROAD
    AHEAD``, ``JANE DOE``) make a subhead, a section's name or a notice, and the paragraph
    below is no lede.
    """
    place = text[:-1] if text.endswith(".") and not text.isupper() else text
    if _PLACE_LINE.fullmatch(place) is None or _no_place(place, vocabulary):
        return None
    # "LEXINGTON, Ky.": the place names the case, not its region.
    if place.partition(",")[0].isupper():
        if "," not in place:
            return None
    elif not (
        opening and vocabulary.dotted_datelines and place != text and _capitalised(place.split())
    ):
        return None
    return DatelineSplit(Dateline(location=place, agency=None, raw=text), "")


def read_dateline(
    text: str, vocabulary: Vocabulary, *, opening: bool = False
) -> DatelineSplit | None:
    """The dateline that opens ``text`` and the text after it, or None.

    A place in capitals (``ISLAMABAD:``, ``МОСКВА —``) needs nothing more, and may carry the
    day before a wire's name (``МОСКВА, 5 марта (Рейтер) —``); one in ordinary case needs a
    region (``New York, NY –``), a known agency (``Hong Kong (CNN Business)``) or an agency's
    code before a dash (``Kiel (dpo) -``). A long dash alone (``München/London –``) or a day
    (``Naciriya, 2 Jan. (AKI) -``) will do on the line that ``opening`` the story: further
    down, a few capitalised words and a dash open an item of a list.

    >>> read_dateline("ISLAMABAD: Pakistan warned on Monday.", Vocabulary.load()).dateline
    Dateline(location='ISLAMABAD', agency=None, raw='ISLAMABAD:')
    """
    return _read(text, _dateline_match(text), vocabulary, opening=opening)


def _dateline_match(text: str) -> re.Match[str] | None:
    """What opens ``text`` as a dateline would: a wire's name alone (``(Reuters) -``), or a
    place and what may follow it; whether it is a dateline is ``_read``'s to say."""
    return _AGENCY_ONLY.match(text) or _DATELINE.match(text)


def _read(
    text: str, match: re.Match[str] | None, vocabulary: Vocabulary, *, opening: bool
) -> DatelineSplit | None:
    """``read_dateline`` from the match of ``_dateline_match``."""
    if match is None:
        return None
    if match.re is _AGENCY_ONLY:
        location = None
    else:
        if not _names_a_place(match, vocabulary, opening):
            return None
        location = match["place"] + match["region"]
    rest = text[match.end() :]
    # A lede follows, not a lone word: "RESIZE: AAA" is a widget's label and its buttons.
    if (
        not _opens_sentence(rest)
        or len(rest.split(maxsplit=LEDE_OPENING_WORDS)) < LEDE_OPENING_WORDS
    ):
        return None
    agency = match["agency"]
    # An unknown parenthesis is no agency: "WASHINGTON (AP)" yes, "NASA (the agency) -" no.
    if agency is not None and not _known(agency, vocabulary) and not _agency_like(match):
        return None
    return DatelineSplit(
        Dateline(location=location, agency=agency, raw=match.group().strip()), rest
    )


def read_dotted_dateline(text: str, vocabulary: Vocabulary) -> DatelineSplit | None:
    """``Berlin. Die Füchse stehen im Viertelfinale.``: a place and a full stop opening the
    story, as German papers print it (``Vocabulary.dotted_datelines``: on a page in English,
    ``Hmmmmm. HTC and Verizon …`` opens with a word and a full stop, and ``AirPods Pro.
    Sonos Move.`` with a list). Read only off a story's first lines: anywhere else a word
    and a full stop is a sentence."""
    if not vocabulary.dotted_datelines:
        return None
    match = _DOTTED.match(text)
    if match is None or not _opens_sentence(text[match.end() :]):
        return None
    # A lede follows the place, not a short reply ("Nein. Das stimmt nicht.").
    if len(text[match.end() :].split()) < LEDE_WORDS:
        return None
    place = match["place"]
    if _no_place(place, vocabulary):
        return None
    words = place.split()
    # A one-letter word is an initial: "Peter M. Müller sagte" names a person.
    if not _capitalised(words) or any(ch in place for ch in ".'’") or min(map(len, words)) < 2:
        return None
    return DatelineSplit(
        Dateline(location=place, agency=None, raw=match.group().strip()), text[match.end() :]
    )


def _names_a_place(match: re.Match[str], vocabulary: Vocabulary, opening: bool) -> bool:
    place, region = match["place"], match["region"]
    if sum(ch.isalpha() for ch in place) < 2 or _folded(place) in vocabulary.not_places:
        return False
    # "Stan Honda/Agence France-Presse —": a photo credit glued to the lede, not a place.
    if names_agency(place, vocabulary):
        return False
    if match["date"] is not None and not _day_and_month(match["date"], vocabulary):
        return False
    if not _capitalised(region.replace(",", " ").split()):
        return False
    if place.isupper():
        return True
    # "New Delhi, Jan 15 (ANI):" in ordinary case, dated, opens the story only on its first
    # lines: further down it opens one of a digest's dated briefs.
    if not _capitalised(place.replace("/", " ").split()) or (match["date"] and not opening):
        return False
    separator = match["separator"] or ""
    return bool(
        region
        or _known(match["agency"], vocabulary)
        or (match["agency"] and _agency_like(match))
        or (opening and separator.strip() in {"–", "—"})
    )


def _day_and_month(text: str, vocabulary: Vocabulary) -> bool:
    """``Nov 19``, ``5 марта``: a day's number and a month's name."""
    words = [word.rstrip(".").casefold() for word in text.split()]
    return any(word.isdigit() for word in words) and any(w in vocabulary.months for w in words)


def _agency_like(match: re.Match[str]) -> bool:
    """A parenthesis after a place that names a wire: capitalised after a place in
    capitals (``WASHINGTON (Reuters)``), or a short code before a dash (``Kiel (dpo) -``)."""
    agency, separator = match["agency"] or "", (match["separator"] or "").strip()
    place = match.groupdict().get("place") or ""
    if place.isupper() and agency[:1].isupper():
        return True
    return _AGENCY_CODE.fullmatch(agency) is not None and separator in {"-", "--", "–", "—"}


def _opens_sentence(rest: str) -> bool:
    """The story goes on after the dateline, starting as a sentence does."""
    return bool(rest) and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "“\"‘'„«")

"""Measures of a line's shape that several rules share: is it a title, is it prose."""

from __future__ import annotations

import functools
import itertools
import re

from newsparse.bylines import read_name_line
from newsparse.lines import Line
from newsparse.vocabulary import Vocabulary, reserves_rights

# Sentence-final punctuation, closing quotes included: prose ends with these. A closing
# bracket ends a sentence only after one of them ("… (see below).)"), not in "Top ten (185)".
SENTENCE_END = frozenset(".!?…\"”’»'。！？」』")
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
MIN_TITLE_CHARS = 12
# Scripts written without spaces between words (kana, CJK ideographs, hangul): their
# characters count as words by length.
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
CJK_CHARS_PER_WORD = 2
_PUNCTUATION = ".,;:!?\"'“”‘’()"


def word_count(text: str) -> int:
    """Words in ``text``; in Japanese, Chinese or Korean, every two characters count as one."""
    return _count_words(text) if len(text) > _CACHED_CHARS else _cached_count(text)


def _count_words(text: str) -> int:
    return _with_cjk(text, len(text.split()))


def _with_cjk(text: str, words: int) -> int:
    if text.isascii():
        return words
    return words + len(_CJK.findall(text)) // CJK_CHARS_PER_WORD


# Several rules ask about the same short lines (is it a title? prose? a byline?); long lines
# are few and are kept out so the cache never holds much text.
_CACHED_CHARS = 300
_cached_count = functools.lru_cache(maxsize=1024)(_count_words)


def ends_sentence(text: str) -> bool:
    if text.endswith(")"):
        return len(text) > 1 and text[-2] in SENTENCE_END
    return bool(text) and text[-1] in SENTENCE_END


def stopword_share(text: str, stopwords: frozenset[str]) -> float:
    """The share of the words of ``text`` that are stopwords (``the``, ``und``, ``yang`` …)."""
    return _share(text.casefold().split(), stopwords)


def _share(words: list[str], stopwords: frozenset[str]) -> float:
    if not words:
        return 0.0
    bare = map(str.strip, words, itertools.repeat(_PUNCTUATION))
    return sum(map(stopwords.__contains__, bare)) / len(words)


def measure_prose(text: str, stopwords: frozenset[str], least: int) -> tuple[int, float | None]:
    """``word_count(text)``, and ``stopword_share(text, stopwords)`` when those words are
    ``least`` or more (else None): a paragraph is cut into words once for both."""
    # Case folding neither makes nor takes a space or a CJK character: the words of the
    # folded text are as many as those of the text.
    words = text.casefold().split()
    count = _with_cjk(text, len(words))
    return count, _share(words, stopwords) if count >= least else None


def is_title_like(text: str) -> bool:
    """A line that could be a headline: a few words, not closed by a full stop.

    >>> is_title_like("Belarus, Pakistan sign 15 agreements during Lukashenko’s visit")
    True
    """
    return _title_sized(text) and not text.endswith((".", ":", ","))


def _title_sized(text: str) -> bool:
    return MIN_TITLE_WORDS <= word_count(text) <= MAX_TITLE_WORDS and len(text) >= MIN_TITLE_CHARS


def is_prose(text: str) -> bool:
    """A line that reads as running text: a long line, or a sentence of a few words.

    >>> is_prose("They also agreed to enhance cooperation in the sectors of livestock.")
    True
    """
    words = word_count(text)
    return words >= 12 or (words >= 4 and ends_sentence(text))


LINK_DENSITY = 0.5
"""A line whose text is links at least this much is mostly links."""
PARAGRAPH_WORDS = 8
"""A line of at least this many words may be a paragraph of a story."""


def leads_elsewhere(line: Line) -> bool:
    """On HTML, a line that is mostly link text (a teaser, a menu item), unless it is a
    sentence in a paragraph of its own: some pages link a story's whole paragraphs."""
    hints = line.hints
    if hints is None or hints.link_density < LINK_DENSITY:
        return False
    return hints.in_list or hints.tag != "p" or not ends_sentence(line.text)


_KEY_PUNCTUATION = re.compile(r"[^\w\s]+")


def title_key(text: str) -> str:
    """How titles are compared: case, punctuation and spacing ignored, so that ``Storm hits
    coast: what we know`` and ``STORM HITS COAST — What we know`` are one title.

    >>> title_key("„Storm hits   coast“: What we know")
    'storm hits coast what we know'
    """
    return " ".join(_KEY_PUNCTUATION.sub(" ", text.casefold()).split())


# The mark of a copyright notice: "©", "(c)" or the word "Copyright" (not "Copyrighted").
_COPYRIGHT = r"(?:©|\(c\)|copyright(?![^\W\d_]))"
_OPENING_COPYRIGHT = re.compile(_COPYRIGHT, re.IGNORECASE)
_COPYRIGHT_YEAR = re.compile(rf"{_COPYRIGHT}\s*((?:19|20)\d\d)\b", re.IGNORECASE)


def copyright_year(text: str) -> int | None:
    """The year of a copyright notice in ``text``, or None.

    >>> copyright_year("Riverside Media Group (c) 2019"), copyright_year("Copyright rules")
    (2019, None)
    """
    match = _COPYRIGHT_YEAR.search(text)
    return None if match is None else int(match[1])


def is_copyright_notice(text: str, vocabulary: Vocabulary) -> bool:
    """A page's copyright notice: a line that opens with the mark of one (``© Riverside
    Media``, ``Copyright 2019 Riverside Media``) or reserves rights in a vocabulary language
    (``Riverside Media 2019. All rights reserved.``, ``Alle Rechte vorbehalten``)."""
    return _OPENING_COPYRIGHT.match(text) is not None or reserves_rights(text, vocabulary)


# "News > Nation", "Home / World / Asia": a breadcrumb trail, not a title.
_TRAIL_ARROWS = frozenset(">›»")
_TRAIL_SEPARATORS = _TRAIL_ARROWS | {"/", "|"}


def could_be_headline(text: str, vocabulary: Vocabulary) -> bool:
    """A title: a few words, opening with a capital, a digit or a quote; no social handle,
    no breadcrumb trail, not closed by a comma or colon, no ``Name, Job`` byline."""
    if not _title_sized(text) or text.endswith((",", ":", ";")):
        return False
    first = next((ch for ch in text if ch.isalnum()), "")
    if first.islower() or "@" in text:
        return False
    if "," in text and read_name_line(text, vocabulary):
        return False
    return not _breadcrumb(text)


def _breadcrumb(text: str) -> bool:
    separators = [word for word in text.split() if word in _TRAIL_SEPARATORS]
    return len(separators) >= 2 or any(word in _TRAIL_ARROWS for word in separators)


def bullet_text(text: str, markers: frozenset[str]) -> str | None:
    """The text of a bullet line without its marker, or None if the line has no marker.

    >>> bullet_text("• MoUs span vocational education", frozenset("•"))
    'MoUs span vocational education'
    """
    marker, rest = text[:1], text[1:]
    if marker not in markers or not rest.strip():
        return None
    # "-" and "*" open bullets only when a space follows; "-5%" or "*Note" are not bullets.
    if marker.isascii() and not rest.startswith(" "):
        return None
    return rest.strip()


# What parts the sources a credit names: "AP Photo/Evan Vucci", "Bloomberg | Getty".
_CREDIT_PARTS = re.compile(r"\s*[/|,;]\s*")
_SEPARATED = re.compile(r"[/|,;]")


def names_agency(credit: str, vocabulary: Vocabulary) -> bool:
    """Does the credit name a picture agency: ``AP Photo/Evan Vucci``, ``Bloomberg | Getty``?
    (A dateline's "place" that does, ``Stan Honda/Agence France-Presse``, is a credit.)"""
    folded = credit.casefold().strip("© ")
    agencies, photo_agencies = vocabulary.agencies, vocabulary.photo_agencies
    # Most lines hold no separator: one part, the whole line, looked up with no need to split.
    if not _SEPARATED.search(folded):
        return folded in photo_agencies or folded in agencies
    parts = _CREDIT_PARTS.split(folded)
    return not (photo_agencies.isdisjoint(parts) and agencies.isdisjoint(parts))

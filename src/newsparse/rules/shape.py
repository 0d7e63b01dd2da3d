"""Measures of a line's shape that several rules share: is it a title, is it prose."""

from __future__ import annotations

# Sentence-final punctuation, closing quotes and brackets included: prose ends with these.
SENTENCE_END = frozenset(".!?…\"”’»)'")
MAX_TITLE_WORDS = 30


def word_count(text: str) -> int:
    return len(text.split())


def ends_sentence(text: str) -> bool:
    return bool(text) and text[-1] in SENTENCE_END


def is_title_like(text: str) -> bool:
    """A line that could be a headline: a few words, not closed by a full stop.

    >>> is_title_like("Belarus, Pakistan sign 15 agreements during Lukashenko’s visit")
    True
    """
    words = word_count(text)
    return 3 <= words <= MAX_TITLE_WORDS and len(text) >= 12 and not text.endswith((".", ":", ","))


def is_prose(text: str) -> bool:
    """A line that reads as running text: a long line, or a sentence of a few words.

    >>> is_prose("They also agreed to enhance cooperation in the sectors of livestock.")
    True
    """
    words = word_count(text)
    return words >= 12 or (words >= 4 and ends_sentence(text))

"""byline: the line naming the authors, e.g. ``By Jamelle Bouie`` or ``By Ann Lee and Bo Chen``."""

from __future__ import annotations

import re

from newsparse.model import Role
from newsparse.state import Byline, State
from newsparse.vocabulary import Vocabulary

_SEPARATORS = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\be\b|\by\b|\bet\b|\bdan\b)\s*")
MAX_NAME_WORDS = 5


def byline(state: State) -> None:
    """Claim a ``By …`` line that names people; its payload is the authors' names."""
    for index, line in enumerate(state.lines):
        if state.is_free(index) and len(line.text) <= 120:
            authors = read_byline(line.text, state.vocabulary)
            if authors:
                state.claim(index, Role.BYLINE, Byline(authors))


def read_byline(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The people a byline names, agencies and outlets left out; () if it is no byline.

    >>> read_byline("By Ann Lee and Bo Chen, Reuters", Vocabulary.load())
    ('Ann Lee', 'Bo Chen')
    """
    folded = text.casefold()
    prefix = next(
        (
            p
            for p in vocabulary.byline_prefixes
            if folded.startswith(p) and text[len(p) : len(p) + 1] in {" ", ":"}
        ),
        None,
    )
    if prefix is None:
        return ()
    names = [part.strip() for part in _SEPARATORS.split(text[len(prefix) :].lstrip(" :"))]
    people = tuple(n for n in names if n and n.casefold() not in vocabulary.agencies)
    if not people or not all(is_name(n) for n in people):
        return ()
    return people


def is_name(text: str) -> bool:
    """Does ``text`` read as a person's name: 1-5 words, the first capitalised?"""
    words = text.split()
    return 1 <= len(words) <= MAX_NAME_WORDS and words[0][:1].isupper() and not text.endswith(".")

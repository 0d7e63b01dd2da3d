"""gallery: the counter a photo gallery prints above each picture, e.g. ``1 / 2``."""

from __future__ import annotations

import re

from newsparse.model import Role
from newsparse.state import GalleryPosition, State
from newsparse.vocabulary import Vocabulary

MAX_COUNTER_CHARS = 24


def gallery(state: State) -> None:
    """Claim ``1 / 2``, ``3/12``, ``2 of 5``, ``Image 1 of 13`` or ``Bild 3 von 12`` as a
    gallery counter (the words are the vocabulary's ``gallery_labels`` and ``gallery_of``)."""
    counter = state.vocabulary.derived(_counter)
    for index, line in enumerate(state.lines):
        text = line.text
        # A counter ends with a digit (what the pattern's \d reads): most lines go at once.
        if len(text) > MAX_COUNTER_CHARS or not text[-1:].isdecimal():
            continue
        match = counter.fullmatch(text)
        if match and state.is_free(index):
            position, total = int(match[1]), int(match[2])
            if 1 <= position <= total:
                state.claim(index, Role.GALLERY_COUNTER, GalleryPosition(position, total))


def _counter(vocabulary: Vocabulary) -> re.Pattern[str]:
    """``Image 1 of 13``: an optional label, a number, a slash or the word for "of", a number."""
    labels = "|".join(map(re.escape, sorted(vocabulary.gallery_labels)))
    joins = "|".join(["/", *map(re.escape, sorted(vocabulary.gallery_of))])
    return re.compile(
        rf"(?:(?:{labels})\s+)?(\d{{1,3}})\s*(?:{joins})\s*/?\s*(\d{{1,3}})", re.IGNORECASE
    )

"""caption_repair: a caption that lost its first letter in scraping, proven by the document.

Copying a gallery sometimes drops a caption's first character (a drop cap or an overlay):
``akistani Prime Minister Shehbaz Sharif …``. When the caption's first word is lower case, is
nowhere else in the document, and exactly one capitalised word elsewhere in the document
ends with it (``Pakistani``), that word is restored and the image is flagged.
"""

from __future__ import annotations

import re

import attrs

from newsparse.model import Image, Role
from newsparse.state import State

FLAG = "first-letter-restored"
_WORD = re.compile(r"[^\W\d_]+")


def caption_repair(state: State) -> None:
    """Restore a caption's lost first letter when another word of the document proves it."""
    damaged = {
        index
        for index, payload in state.payloads.items()
        if state.roles[index] is Role.CAPTION
        and isinstance(payload, Image)
        and payload.caption
        and payload.caption[0].islower()
    }
    if not damaged:
        return
    known: set[str] = set()
    # "akistani" -> {"Pakistani"}: capitalised words of the document by all but their first letter.
    by_tail: dict[str, set[str]] = {}
    for index, line in enumerate(state.lines):
        if index in damaged:
            continue
        for word in _WORD.findall(line.text):
            known.add(word.casefold())
            if len(word) > 1 and word[0].isupper():
                by_tail.setdefault(word[1:], set()).add(word)
    for index in sorted(damaged):
        image = state.payloads[index]
        assert isinstance(image, Image)
        assert image.caption
        first = _WORD.match(image.caption)
        if first is None or first.group().casefold() in known:
            continue
        stub = first.group()
        proofs = by_tail.get(stub, set())
        if len(proofs) != 1:
            continue
        (proof,) = proofs
        state.relabel(
            index,
            Role.CAPTION,
            attrs.evolve(
                image, caption=proof + image.caption[len(stub) :], flags=(*image.flags, FLAG)
            ),
        )
        state.notice(FLAG, f"caption began {stub!r}; restored to {proof!r}", index)

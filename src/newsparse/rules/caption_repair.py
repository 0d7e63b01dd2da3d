"""caption_repair: a caption that lost its first letter in scraping, proven by the document.

Copying a gallery sometimes drops a caption's first character (a drop cap or an overlay):
``akistani Prime Minister Shehbaz Sharif …``. When the caption's first word is lower case, is
nowhere else in the document, and exactly one capitalised word elsewhere in the document
ends with it (``Pakistani``), that word is restored and the image is flagged. The document
is the caption's own story: the REACH lines on either side, so a long dump stays linear.
"""

from __future__ import annotations

import re

import attrs

from newsparse.model import Image, Role
from newsparse.state import State

FLAG = "first-letter-restored"
# How many lines on either side of a caption are its story's words.
REACH = 300
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
    for index in sorted(damaged):
        image = state.payloads[index]
        assert isinstance(image, Image)
        assert image.caption
        first = _WORD.match(image.caption)
        if first is None:
            continue
        stub = first.group()
        # The caption's own story proves the word: the lines around it, not the whole dump.
        nearby = range(max(0, index - REACH), min(len(state.lines), index + REACH))
        proofs = _proofs(stub, "\n".join(state.lines[i].text for i in nearby if i not in damaged))
        if proofs is None or len(proofs) != 1:
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


def _proofs(stub: str, text: str) -> set[str] | None:
    """The capitalised words of ``text`` that are ``stub`` with one letter before it
    (``akistani`` → {``Pakistani``}); None when ``stub`` itself is a word there (then it
    lost nothing)."""
    proofs: set[str] = set()
    pattern = rf"(?<![^\W\d_])[^\W\d_]?{re.escape(stub)}(?![^\W\d_])"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        word = match.group()
        if len(word) == len(stub):
            return None
        if word[0].isupper() and word[1:] == stub:
            proofs.add(word)
    return proofs

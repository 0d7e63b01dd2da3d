"""captions: image captions and their credits.

A caption is the line under a gallery counter, or a line that ends in a credit with a known
prefix. The credit is the trailing parenthesis, without its label::

    Shehbaz Sharif and Aleksandr Lukashenko shake hands in Islamabad. (PTV News)
    → caption "Shehbaz Sharif and … in Islamabad.", credit "PTV News"
    Delegation level talks at the Prime Minister Office. (Photo courtesy: PMO)
    → credit "PMO"
"""

from __future__ import annotations

from newsparse.model import Image, Role
from newsparse.state import State
from newsparse.vocabulary import Vocabulary

# A parenthesis longer than this is an aside in prose, not a credit.
MAX_CREDIT_WORDS = 8


def captions(state: State) -> None:
    """Claim the line after a gallery counter, and lines ending in a labelled credit."""
    vocabulary = state.vocabulary
    after_counter = False
    for index, line in enumerate(state.lines):
        role = state.roles[index]
        if role is Role.GALLERY_COUNTER:
            after_counter = True
            continue
        if role is Role.BLANK:
            continue
        if state.is_free(index):
            caption, credit, labelled = split_credit(line.text, vocabulary)
            if after_counter or labelled:
                state.claim(index, Role.CAPTION, Image(caption=caption or None, credit=credit))
        after_counter = False


def split_credit(text: str, vocabulary: Vocabulary) -> tuple[str, str | None, bool]:
    """Split a trailing ``(credit)`` off a caption: (caption, credit, credit had a label).

    >>> split_credit("Talks in Islamabad. (Photo courtesy: PMO)", Vocabulary.load())
    ('Talks in Islamabad.', 'PMO', True)
    """
    if not text.endswith(")"):
        return text, None, False
    opening = text.rfind("(")
    inner = text[opening + 1 : -1].strip()
    if opening < 0 or not inner or "(" in inner or len(inner.split()) > MAX_CREDIT_WORDS:
        return text, None, False
    credit, labelled = strip_credit_label(inner, vocabulary)
    return text[:opening].rstrip(), credit or None, labelled


def strip_credit_label(credit: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """``Photo courtesy: PMO`` → (``PMO``, True); ``PTV News`` → (``PTV News``, False)."""
    folded = credit.casefold()
    for prefix in vocabulary.credit_prefixes:
        if folded.startswith(prefix):
            rest = credit[len(prefix) :]
            if rest[:1] in {":", " ", "/", "-"}:
                return rest.lstrip(" :/-").strip(), True
            if not rest:
                return "", True
    return credit, False

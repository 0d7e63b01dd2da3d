"""captions: image captions and photo credits.

A caption is the line under a gallery counter, a line that ends in a credit, or the line just
above a credit line. The credit is kept without its label::

    Leaders shake hands in Islamabad. (PTV News)            (under a ``1 / 2`` counter)
    → caption "Leaders shake hands in Islamabad.", credit "PTV News"
    Talks at the Prime Minister Office. (Photo courtesy: PMO) → credit "PMO"
    Troops remain in Afghanistan [File: Reuters]              → credit "Reuters"
    Natalie Naccache | Bloomberg | Getty Images              → a credit line
    (Image: © NASA/ESA)                                       → a credit line, credit "NASA/ESA"
"""

from __future__ import annotations

from newsparse.model import Image, Role
from newsparse.shape import copyright_year, names_agency
from newsparse.state import State
from newsparse.vocabulary import Vocabulary, match_prefix, reserves_rights

# Marked elements that hold this many paragraphs of prose (this long, ending a sentence),
# and most of the page's, hold the story.
STORY_PARAGRAPHS = 3
PARAGRAPH_CHARS = 100
# A parenthesis longer than this is an aside in prose, not a credit.
MAX_CREDIT_WORDS = 8
MAX_CREDIT_LINE_WORDS = 12
# The line above a credit line is its caption when it is no longer than this.
MAX_CAPTION_CHARS = 300
_CLOSING = {")": "(", "]": "["}


def captions(state: State) -> None:
    """Claim captions (with their credits) and lines that are only a photo credit."""
    vocabulary = state.vocabulary
    storied = _marks_a_story(state)
    after_counter = False
    previous: int | None = None  # the last non-blank line
    for index, role in enumerate(state.roles):
        if role is Role.BLANK:
            continue
        if role is Role.GALLERY_COUNTER:
            after_counter, previous = True, index
            continue
        if role is None:
            _claim(state, index, previous, after_counter, vocabulary, storied)
        after_counter, previous = False, index


def _marks_a_story(state: State) -> bool:
    """Whether the page's ``caption`` and ``credit`` class words mark its story: most of its
    paragraphs of prose, STORY_PARAGRAPHS or more, stand in marked elements outside any
    ``<figure>`` (a theme's ``tag-photo-credits`` on the post, a photo blog's captions
    that are the post). A picture's own ``<figcaption>`` is a caption however long."""
    marked = [
        line
        for line in state.lines
        if line.hints is not None
        and line.hints.caption
        and not line.hints.in_figure
        and _paragraph(line.text)
    ]
    if len(marked) < STORY_PARAGRAPHS:
        return False
    prose = sum(len(line.text) for line in state.lines if _paragraph(line.text))
    return 2 * sum(len(line.text) for line in marked) > prose


def _paragraph(text: str) -> bool:
    return len(text) >= PARAGRAPH_CHARS and text[-1:] in '.!?"”’»'


def _claim(  # noqa: PLR0917 - the walk's state, passed on
    state: State,
    index: int,
    previous: int | None,
    after_counter: bool,
    vocabulary: Vocabulary,
    storied: bool,
) -> None:
    line = state.lines[index]
    text = line.text
    # HTML marks captions: <figcaption>, or a class such as "caption" or "credit".
    hints = line.hints
    marked = hints is not None and hints.caption and (hints.in_figure or not storied)
    # Every caption or credit without a counter or a mark ends in a bracket, opens with a
    # caption label, or is short enough to be a credit line. The label and the length are
    # found once, for this test and for reading the line.
    prefix = match_prefix(text, vocabulary.caption_prefixes)
    short = _words_at_most(text, MAX_CREDIT_LINE_WORDS)
    if not (after_counter or marked or short or prefix is not None or text.endswith((")", "]"))):
        return
    if prefix is not None:
        text = text[len(prefix) :].lstrip(" :")
    caption, credit, labelled = split_credit(text, vocabulary)
    credited = credit_line(text, vocabulary) if marked and credit is None else None
    if credited is not None:
        state.claim(index, Role.CREDIT, credited)
        return
    if after_counter or labelled or prefix is not None or marked:
        image = Image(caption=caption or None, credit=credit, url=state.image_url(index))
        state.claim(index, Role.CAPTION, image)
        return
    credit = _credit(text, vocabulary) if short else None
    if credit is None:
        return
    state.claim(index, Role.CREDIT, credit)
    if previous is not None and state.is_free(previous):
        above = state.lines[previous].text
        if len(above) <= MAX_CAPTION_CHARS and not above.endswith(":"):
            url = state.image_url(previous) or state.image_url(index)
            state.claim(previous, Role.CAPTION, Image(caption=above, url=url))


def _words_at_most(text: str, most: int) -> bool:
    # Split no further than the limit: a paragraph is not cut into all of its words.
    return len(text.split(maxsplit=most)) <= most


def split_credit(text: str, vocabulary: Vocabulary) -> tuple[str, str | None, bool]:
    """Split a trailing ``(credit)`` or ``[credit]`` off a caption: (caption, credit, whether
    the credit is certain — labelled or naming a picture agency).

    >>> split_credit("Talks in Islamabad. (Photo courtesy: PMO)", Vocabulary.load())
    ('Talks in Islamabad.', 'PMO', True)
    """
    opening = _CLOSING.get(text[-1:])
    if opening is None:
        return text, None, False
    start = text.rfind(opening)
    inner = text[start + 1 : -1].strip()
    if start < 0 or not inner or opening in inner or len(inner.split()) > MAX_CREDIT_WORDS:
        return text, None, False
    credit, labelled = strip_credit_label(inner, vocabulary)
    certain = labelled or names_agency(credit, vocabulary)
    return text[:start].rstrip(), credit or None, certain


def credit_line(text: str, vocabulary: Vocabulary) -> str | None:
    """The credit of a line that is nothing but a photo credit, else None.

    >>> credit_line("Natalie Naccache | Bloomberg | Getty Images", Vocabulary.load())
    'Natalie Naccache | Bloomberg | Getty Images'
    """
    return _credit(text, vocabulary) if _words_at_most(text, MAX_CREDIT_LINE_WORDS) else None


def _credit(text: str, vocabulary: Vocabulary) -> str | None:
    """``credit_line`` for a line of at most MAX_CREDIT_LINE_WORDS words."""
    inner = text[1:-1].strip() if text[:1] in "([" and text[-1:] in ")]" else text
    if inner.startswith("©"):
        credit = inner[1:].strip() or None
    else:
        credit, labelled = strip_credit_label(inner, vocabulary)
        if not (labelled and credit[:1].isupper()):
            credit = inner if names_agency(inner, vocabulary) else None
    # Asked last, as few lines read as credits: a copyright notice is none.
    return None if credit is None or _is_notice(text, vocabulary) else credit


def _is_notice(text: str, vocabulary: Vocabulary) -> bool:
    """``© 2019 Riverside Media``, ``All rights reserved``: a copyright notice, not a credit
    (a credit may open with ``©`` too: ``© Ann Lee``)."""
    return copyright_year(text) is not None or reserves_rights(text, vocabulary)


def strip_credit_label(credit: str, vocabulary: Vocabulary) -> tuple[str, bool]:
    """``Photo courtesy: PMO`` → (``PMO``, True); ``PTV News`` → (``PTV News``, False)."""
    prefix = match_prefix(credit, vocabulary.credit_prefixes)
    if prefix is None:
        return credit, False
    return credit[len(prefix) :].lstrip(" :/-©").strip(), True

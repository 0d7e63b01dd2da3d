"""pairs: a headline printed twice with only page furniture between the two prints.

News pages print the headline twice (a share card or gallery, then the article)::

    Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad
    1 / 2
    … caption (PTV News)
    Short Url
    Updated 26 November 2024
    Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad

Such a pair is the strongest sign that an article starts, and is how a dump of several
articles is cut apart. A title repeated across a menu (``Back to main menu`` between menu
items) is no pair: only blank lines, chrome, stamps, bylines and captions may stand between,
and a paragraph of the story must follow within a few lines.
"""

from __future__ import annotations

from collections import Counter

from newsparse.bylines import read_name_line
from newsparse.model import FILLER_ROLES, META_ROLES, PICTURE_ROLES, Role
from newsparse.shape import LINK_DENSITY, PARAGRAPH_WORDS, is_prose, is_title_like, word_count
from newsparse.state import State

# How far apart (in lines) the two prints of one headline may stand, and how far below
# them the story's first paragraph.
REPEAT_WINDOW = 25
STORY_REACH = 30
FURNITURE = FILLER_ROLES | META_ROLES | PICTURE_ROLES


def _names_a_person(text: str, state: State) -> bool:
    """``Sarah E. Needleman`` printed twice is an author card, not a headline."""
    return read_name_line(text, state.vocabulary) == (text,)


def _no_headline(index: int, state: State) -> bool:
    """A title printed twice that is still no headline: a link (a menu's desktop and mobile
    copies) or a person's name (an author card)."""
    line = state.lines[index]
    if line.hints is not None and line.hints.link_density >= LINK_DENSITY:
        return True
    return _names_a_person(line.text, state)


def _story_follows(index: int, state: State) -> bool:
    """A paragraph of prose stands within STORY_REACH lines below ``index``."""
    stop = min(len(state.lines), index + STORY_REACH)
    return any(
        word_count(state.lines[i].text) >= PARAGRAPH_WORDS and is_prose(state.lines[i].text)
        for i in range(index + 1, stop)
        if state.is_free(i)
    )


def pairs(state: State) -> None:
    """Claim each title printed twice, furniture between and a story below, as headline +
    repeat. A saved page whose markup named its headline (the title rule) holds one
    article: a promotion printed twice on it starts none."""
    if state.page is not None and Role.HEADLINE in state.roles:
        return
    texts = [line.text for line in state.lines]
    prints = Counter(texts)
    roles = state.roles
    # A line printed once is no pair and no repeat: most lines go at this first test. The
    # loop below claims no line after the one it reads, so which are free is known now.
    titles = [
        index
        for index, text in enumerate(texts)
        if prints[text] > 1 and roles[index] is None and is_title_like(text)
    ]
    last_seen: dict[str, int] = {}
    current: str | None = None  # the latest headline: its later prints are repeats
    for index in titles:
        text = texts[index]
        if text == current:
            state.claim(index, Role.HEADLINE_REPEAT)
            continue
        earlier = last_seen.get(text)
        last_seen[text] = index
        if earlier is None or index - earlier > REPEAT_WINDOW:
            continue
        between = roles[earlier + 1 : index]
        furniture = all(role in FURNITURE for role in between)
        # A card of another story prints its title twice on adjacent lines (the picture's
        # and the link's), a promotion over and over; a headline's two prints stand apart,
        # the page's furniture or blank lines between them.
        apart = any(role is not Role.BLANK for role in between) or (between and prints[text] == 2)
        # Reading a person's name is the dearest test: it comes last.
        if furniture and apart and _story_follows(index, state) and not _no_headline(index, state):
            state.claim(earlier, Role.HEADLINE)
            state.claim(index, Role.HEADLINE_REPEAT)
            current = text

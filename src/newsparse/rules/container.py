"""container: on an HTML page, the story is the element that holds its prose.

The body rule finds the story by the weight of its prose, which misses what is not prose —
a table of results, a list of tour dates — and can run on into a footer that happens to read
like prose. HTML says where the story's element begins and ends: this rule finds the deepest
element (``<div class="article-body">``, ``<article>``) that holds most of the story's prose,
takes in the lines of that element next to the story, and gives back the story lines outside
it (a later rule may find the headline or the standfirst among them).

Furniture inside the element stays out: lines in elements whose class or id says ``share``,
``related``, ``ad`` … (unless the story's own paragraphs carry that word: a wrapper's
``has-breadcrumb`` says nothing), lines that are mostly links (unless the story's own
paragraphs are), and counters without a letter outside tables.

Copied text has no elements, so the rule does nothing there.
"""

from __future__ import annotations

import statistics
from collections import Counter

import attrs

from newsparse.lines import Line
from newsparse.model import FILLER_ROLES, HEADLINE_ROLES, META_ROLES, PICTURE_ROLES, Role
from newsparse.shape import (
    LINK_DENSITY,
    PARAGRAPH_WORDS,
    ends_sentence,
    leads_elsewhere,
    word_count,
)
from newsparse.state import State

# The container must hold this share of the story's prose.
PROSE_SHARE = 0.97
# Paths this short are <html> and <body>: the whole page is no container.
MIN_DEPTH = 3
TABLE_ROWS = frozenset({"tr", "table", "tbody", "thead", "tfoot"})
# A box of these inside the story's element (a sign-up form, a pay wall's header, an aside)
# is not the story, unless the story's own prose stands in one.
BOX_LANDMARKS = frozenset({"header", "footer", "aside", "form", "nav"})
# Growing upwards, the story stops at its header.
HEADER_ROLES = META_ROLES | HEADLINE_ROLES
SUBHEADING_METAS = 2
# Roles a story grows over when it takes in its container's lines; anything else stops it.
CROSSABLE: frozenset[Role | None] = frozenset({None, *FILLER_ROLES, *PICTURE_ROLES})


@attrs.frozen
class _Story:
    """The element holding a story's prose, and what its own paragraphs look like."""

    path: tuple[int, ...]
    boxes: frozenset[str]
    """The vocabulary's boilerplate words (``share``, ``related``, ``ad`` …) that mark a box
    inside the story: those its paragraphs and its headline do not carry. A word they carry
    is a wrapper's, such as a theme's ``category-social-media`` on the post."""
    comments: frozenset[str] | None
    """The vocabulary's comment words that mark a thread of comments: those the story's
    headline does not carry; None when the story has no headline."""
    linked: bool
    """The paragraphs themselves are links (some pages wrap their story in one)."""
    flow: tuple[int, ...]
    """The element around most of the story's paragraphs: the story's own flow of text."""
    landmark: str | None
    """The landmark element around most of the story's prose (``article``, ``main``)."""

    def holds(self, line: Line) -> bool:
        return line.hints is not None and line.hints.path[: len(self.path)] == self.path

    def furniture(self, line: Line) -> bool:
        """A share row, a related link, an ad or a counter inside the story's element."""
        hints = line.hints
        if hints is None:
            return False
        text = line.text
        # Most lines open with a letter: the scan of every character is for the rest.
        if (
            hints.tag not in TABLE_ROWS
            and not text[:1].isalpha()
            and not any(ch.isalpha() for ch in text)
        ):
            return True
        if hints.landmark in BOX_LANDMARKS and hints.landmark != self.landmark:
            return True
        if not self.boxes.isdisjoint(hints.words):
            return True
        if self.comments is not None and not self.comments.isdisjoint(hints.words):
            return True
        # A list of links in the story's own flow (a digest of links) is the story's; one
        # in a box of its own is a list of other stories.
        within_flow = hints.path[: len(self.flow)] == self.flow  # in the flow, or a box in it
        mostly_links = (
            leads_elsewhere(line)
            if not within_flow
            else (hints.link_density >= LINK_DENSITY and not ends_sentence(text))
        )
        return mostly_links and not self.linked

    def grows_over(self, state: State, index: int, *, over_meta: bool = False) -> bool:
        """Whether the story takes in line ``index``: a line of its element that no rule has
        read as something else. An end marker stops it, unless the marker heads a box of its
        own inside the story (an inline "Related" list), which the story goes on after.
        ``over_meta``: a date or a name among the story's own paragraphs (a dated
        subheading) does not stop it either."""
        line = state.lines[index]
        if not self.holds(line):
            return False
        role = state.roles[index]
        if role not in CROSSABLE and not (over_meta and role in META_ROLES and self.in_flow(line)):
            return False
        return index not in state.barriers or self.furniture(line)

    def in_flow(self, line: Line) -> bool:
        """A line standing among the story's paragraphs, in their parent element."""
        return line.hints is not None and line.hints.path[:-1] == self.flow


def container(state: State) -> None:
    """Fit each story block to the HTML element that holds its prose."""
    tops = [top for top, _ in state.headers()]
    for number, block in enumerate(state.blocks):
        story = _story(state, block, tops[number])
        if story is None:
            continue
        start, stop = block.start, block.stop
        while start > 0 and story.grows_over(state, start - 1) and _below_header(state, start - 1):
            start -= 1
        # Below the story, a date or a name or two among its paragraphs are subheadings;
        # more are a thread of comments, each under its own.
        metas = _metas_below(state, story, stop)
        while stop < len(state.lines) and story.grows_over(
            state, stop, over_meta=metas <= SUBHEADING_METAS
        ):
            stop += 1
        for index in range(start, stop):
            line = state.lines[index]
            if not story.holds(line):
                if state.roles[index] is Role.BODY:
                    state.release(index)
            elif story.furniture(line):
                if state.roles[index] is Role.BODY:
                    state.relabel(index, Role.CHROME)
            elif state.is_free(index):
                state.claim(index, Role.BODY)
        body = [i for i in range(start, stop) if state.roles[i] is Role.BODY]
        if body:
            state.blocks[number] = range(body[0], body[-1] + 1)


def _metas_below(state: State, story: _Story, stop: int) -> int:
    """The bylines and stamps in the story's element below line ``stop``. An element's
    lines stand together: the first line outside it ends them."""
    metas = 0
    for index in range(stop, len(state.lines)):
        if not story.holds(state.lines[index]):
            break
        metas += state.roles[index] in META_ROLES
    return metas


def _story(state: State, block: range, headline: int | None) -> _Story | None:
    """The deepest element holding PROSE_SHARE of the block's paragraphs (None for text)."""
    paragraphs = [
        line
        for index in block
        if state.roles[index] is Role.BODY
        and (line := state.lines[index]).hints is not None
        and word_count(line.text) >= PARAGRAPH_WORDS
    ]
    if not paragraphs:  # copied text: no line has hints
        return None
    # Proper ancestors only: a line's own element (its <p>) is no container. The story's
    # paragraphs share a few parents, so each parent's prose is counted up its ancestors once.
    parents = _parents(paragraphs)
    weight: Counter[tuple[int, ...]] = Counter()
    for parent, chars in parents.items():
        for depth in range(MIN_DEPTH, len(parent) + 1):
            weight[parent[:depth]] += chars
    total = sum(len(line.text) for line in paragraphs)
    held = [path for path, held in weight.items() if held >= PROSE_SHARE * total]
    if not total or not held:
        return None
    hints = [line.hints for line in paragraphs if line.hints is not None]
    vocabulary = state.vocabulary
    headline_words = None if headline is None else _words(state.lines[headline])
    wrappers = _wrapper_words(paragraphs) | (headline_words or frozenset())
    return _Story(
        path=max(held, key=len),
        boxes=vocabulary.boilerplate_words - wrappers,
        comments=None if headline_words is None else vocabulary.comment_words - headline_words,
        linked=statistics.median(h.link_density for h in hints) >= LINK_DENSITY,
        flow=parents.most_common(1)[0][0],
        landmark=Counter(h.landmark for h in hints).most_common(1)[0][0],
    )


def _parents(paragraphs: list[Line]) -> Counter[tuple[int, ...]]:
    """The characters of the paragraphs in each element that holds them, by its path."""
    parents: Counter[tuple[int, ...]] = Counter()
    for line in paragraphs:
        assert line.hints is not None
        parents[line.hints.path[:-1]] += len(line.text)
    return parents


def _words(line: Line) -> frozenset[str] | None:
    return None if line.hints is None else line.hints.words


def _wrapper_words(paragraphs: list[Line]) -> frozenset[str]:
    """The class and id words that most of the story's prose carries (by length): its
    wrappers' words, which say nothing of a box inside the story. A paragraph of a box the
    story ran into does not take them away."""
    # Paragraphs of one element share their words: count each set of words once.
    chars: Counter[frozenset[str]] = Counter()
    for line in paragraphs:
        assert line.hints is not None
        chars[line.hints.words] += len(line.text)
    carried: Counter[str] = Counter()
    for words, length in chars.items():
        for word in words:
            carried[word] += length
    total = sum(len(line.text) for line in paragraphs)
    return frozenset(word for word, chars in carried.items() if 2 * chars > total)


def _below_header(state: State, index: int) -> bool:
    """Growing upwards, the story stops at its header: a heading, a byline or a stamp."""
    hints = state.lines[index].hints
    return state.roles[index] not in HEADER_ROLES and (hints is None or hints.heading is None)

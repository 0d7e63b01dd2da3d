"""container: on an HTML page, the story is the element that holds its prose.

The body rule finds the story by the weight of its prose, which misses what is not prose —
a table of results, a list of tour dates — and can run on into a footer that happens to read
like prose. HTML says where the story's element begins and ends: this rule finds the deepest
element (``<div class="article-body">``, ``<article>``) that holds most of the story's prose,
takes in the lines of that element next to the story, and gives back the story lines outside
it (a later rule may find the headline or the standfirst among them).
Furniture inside the element (share rows, related links) stays out: lines in elements whose
class or id says ``share``, ``related``, ``ad`` …, and short lines that are mostly links.

Copied text has no elements, so the rule does nothing there.
"""

from __future__ import annotations

from collections import Counter

from newsparse.lines import Line
from newsparse.model import Role
from newsparse.rules.shape import ends_sentence, word_count
from newsparse.state import State

# The container must hold this share of the story's prose.
PROSE_SHARE = 0.97
# Paths this short are <html> and <body>: the whole page is no container.
MIN_DEPTH = 3
PARAGRAPH_WORDS = 8
LINK_DENSITY = 0.5
TABLE_ROWS = frozenset({"tr", "table", "tbody", "thead", "tfoot"})
# Roles a story grows over when it takes in its container's lines; anything else stops it.
HEADER_ROLES = frozenset({Role.BYLINE, Role.STAMP, Role.HEADLINE, Role.HEADLINE_REPEAT})
CROSSABLE = frozenset(
    {None, Role.BLANK, Role.CHROME, Role.CAPTION, Role.CREDIT, Role.GALLERY_COUNTER}
)


def container(state: State) -> None:
    """Fit each story block to the HTML element that holds its prose."""
    for number, block in enumerate(state.blocks):
        path = _container_path(state, block)
        if path is None:
            continue
        story_words = _story_words(state, block)
        inside = _inside(path)
        start, stop = block.start, block.stop
        while (
            start > 0
            and _grows(state, start - 1, inside, story_words)
            and _below_header(state, start - 1)
        ):
            start -= 1
        while stop < len(state.lines) and _grows(state, stop, inside, story_words):
            stop += 1
        for index in range(start, stop):
            line = state.lines[index]
            if not inside(line):
                if state.roles[index] is Role.BODY:
                    state.release(index)
            elif state.is_free(index) and not _furniture(line, state, story_words):
                state.claim(index, Role.BODY)
        body = [i for i in range(start, stop) if state.roles[i] is Role.BODY]
        if body:
            state.blocks[number] = range(body[0], body[-1] + 1)


def _container_path(state: State, block: range) -> tuple[int, ...] | None:
    """The path of the deepest element holding PROSE_SHARE of the block's paragraphs."""
    weight: Counter[tuple[int, ...]] = Counter()
    total = 0
    for index in block:
        line = state.lines[index]
        if line.hints is None or state.roles[index] is not Role.BODY:
            continue
        if word_count(line.text) < PARAGRAPH_WORDS:
            continue
        total += len(line.text)
        path = line.hints.path
        # Proper ancestors only: the line's own element (its <p>) is no container.
        for depth in range(MIN_DEPTH, len(path)):
            weight[path[:depth]] += len(line.text)
    held = [path for path, held in weight.items() if held >= PROSE_SHARE * total]
    return max(held, key=len) if total and held else None


def _inside(path: tuple[int, ...]):  # type: ignore[no-untyped-def]
    depth = len(path)
    return lambda line: line.hints is not None and line.hints.path[:depth] == path


def _grows(state: State, index: int, inside, story_words: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """Whether the story takes in line ``index``: a line of its element that no rule has
    read as something else. An end marker stops it, unless the marker heads a box of its
    own inside the story (an inline "Related" list), which the story goes on after."""
    line = state.lines[index]
    if not inside(line) or state.roles[index] not in CROSSABLE:
        return False
    return index not in state.barriers or _furniture(line, state, story_words)


def _below_header(state: State, index: int) -> bool:
    """Growing upwards, the story stops at its header: a heading, a byline or a stamp."""
    hints = state.lines[index].hints
    return state.roles[index] not in HEADER_ROLES and (hints is None or hints.heading is None)


def _story_words(state: State, block: range) -> frozenset[str]:
    """The class and id words every paragraph of the story carries (its wrappers')."""
    words = [
        line.hints.words
        for index in block
        if state.roles[index] is Role.BODY
        and (line := state.lines[index]).hints is not None
        and word_count(line.text) >= PARAGRAPH_WORDS
    ]
    return frozenset.intersection(*words) if words else frozenset()


def _furniture(line: Line, state: State, story_words: frozenset[str]) -> bool:
    """Share rows, related links, ads: by class words of their own that the story's
    paragraphs do not carry (a wrapper's "has-breadcrumb" says nothing), or mostly links;
    and counters outside tables (a line without a letter: "6" shares)."""
    hints = line.hints
    if hints is None:
        return False
    if hints.tag not in TABLE_ROWS and not any(ch.isalpha() for ch in line.text):
        return True
    if not state.vocabulary.boilerplate_words.isdisjoint(hints.words - story_words):
        return True
    return hints.link_density >= LINK_DENSITY and not ends_sentence(line.text)

"""Blocks: an article's body paragraphs read as the structure the page gives them.

On HTML the hints tell: a heading element, a paragraph set in bold that reads as a title,
a list item, a ``<blockquote>``, a table row of cells. Text shows less: a run of lines
opened by a bullet marker of the vocabulary (``•``, ``- ``) is a list, and a short
title-like line between two paragraphs of running text a subheading.

    >>> from newsparse.lines import Line
    >>> lines = ["Rain fell all day.", "• Ferries stop", "• Schools close"]
    >>> blocks = read_blocks([(Line(1, t), t) for t in lines], frozenset("•"))
    >>> [block.kind.value for block in blocks]
    ['paragraph', 'list']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from newsparse.lines import Line
from newsparse.model import Block, BlockKind, Link
from newsparse.shape import bullet_text, ends_sentence, is_prose, is_title_like, word_count

_DASHES = frozenset("—–")
"""Bullet markers under a headline, but in running text a dash opens a quotation's author
(``— Ann Lee (@annlee) May 2, 2024``) or a line of dialogue, not a list item."""
_FURNITURE = re.compile(r"[|©@]|\d:\d\d")
"""What a subheading never holds and the page's furniture copied into the text does: a bar
between menu items or post details (``Posted in: Sport | 3 comments``), a copyright mark
ending a caption, a handle, a clock time signing a comment (``Kelly October 29, 2012
3:16 PM``)."""
_HEADING_WORDS = 12
"""A text subheading is a few words; a longer title-like line is more likely a paragraph
that forgot its full stop."""
_TEXT_HEADING = _BOLD_HEADING = 2
"""Text and bold type give no level: a subheading sits under the headline."""
_MIN_CELLS = 2
"""A row of one cell is a layout table's, holding a paragraph."""


def read_blocks(
    paragraphs: Sequence[tuple[Line, str]],
    bullet_markers: frozenset[str],
    resolve: Callable[[str], str] = str,
) -> tuple[Block, ...]:
    """The blocks of the body ``paragraphs``: each the line it was read from and its text
    in ``Article.body`` (a dateline's line holds more). Neighbouring list items make one
    list, neighbouring table rows one table. In text, a line opened by one of the
    ``bullet_markers`` (``Vocabulary.bullet_markers``) other than a dash is a list item.
    On HTML a block keeps its lines' links, their addresses made absolute by ``resolve``."""
    list_markers = bullet_markers - _DASHES
    hints = [line.hints for line, _ in paragraphs]
    # A story printed whole in a list item or a blockquote (a blog's feed of posts, a post
    # quoting a press release) stands in a container, not a list or a quote of its own.
    contained = _Contained(
        in_list=all(h is not None and h.in_list for h in hints),
        quote=all(h is not None and h.quote for h in hints),
        bold=all(h is not None and h.bold for h in hints),
    )
    blocks: list[Block] = []
    for index, (line, text) in enumerate(paragraphs):
        block = (
            _block(paragraphs, index, list_markers)
            if line.hints is None
            else _html_block(line, text, contained)
        )
        if line.links:
            links = tuple(Link(label, resolve(address)) for label, address in line.links)
            block = attrs.evolve(block, links=links)
        last = blocks[-1] if blocks else None
        if (
            last is not None
            and block.kind is last.kind is BlockKind.LIST
            and block.ordered == last.ordered
        ):
            blocks[-1] = attrs.evolve(
                last, items=last.items + block.items, links=last.links + block.links
            )
        elif last is not None and block.kind is last.kind is BlockKind.TABLE:
            blocks[-1] = attrs.evolve(
                last, rows=last.rows + block.rows, links=last.links + block.links
            )
        else:
            blocks.append(block)
    return tuple(blocks)


@attrs.frozen
class _Contained:
    """The marks every paragraph of the body carries: they tell nothing about one."""

    in_list: bool
    quote: bool
    bold: bool


def _html_block(line: Line, text: str, contained: _Contained) -> Block:
    hints = line.hints
    assert hints is not None
    if hints.heading is not None:
        return Block(BlockKind.HEADING, text, level=hints.heading)
    # "<p><strong>The road ahead</strong></p>": a subheading set in bold type.
    if hints.bold and not contained.bold and _is_subheading(text):
        return Block(BlockKind.HEADING, text, level=_BOLD_HEADING)
    if len(line.cells) >= _MIN_CELLS:
        return Block(BlockKind.TABLE, rows=(line.cells,))
    if hints.in_list and not contained.in_list:
        return Block(BlockKind.LIST, items=(text,), ordered=hints.ordered)
    if hints.quote and not contained.quote:
        return Block(BlockKind.QUOTE, text)
    return Block(BlockKind.PARAGRAPH, text)


def _block(
    paragraphs: Sequence[tuple[Line, str]], index: int, list_markers: frozenset[str]
) -> Block:
    """A text paragraph's block, told by its shape and that of its neighbours."""
    text = paragraphs[index][1]
    item = bullet_text(text, list_markers)
    if item is not None:
        return Block(BlockKind.LIST, items=(item,))
    # A subheading parts running text: a title-like line among other short lines is an
    # ingredient, a link, a comment's signature; one that opens or closes the body has
    # nothing above it to part from or nothing below it to head. Few paragraphs look like
    # subheadings, so their neighbours are read only for those.
    between = 0 < index < len(paragraphs) - 1
    if (
        between
        and _is_subheading(text)
        and all(is_prose(paragraphs[near][1]) for near in (index - 1, index + 1))
    ):
        return Block(BlockKind.HEADING, text, level=_TEXT_HEADING)
    return Block(BlockKind.PARAGRAPH, text)


def _is_subheading(text: str) -> bool:
    """A few words that open with a letter or digit (not an aside in brackets, a quote, a
    link's ``«``) and close with no sentence's end, holding none of what marks the page's
    furniture (see ``_FURNITURE``)."""
    # The ends first: they rule out most paragraphs without counting their words.
    return (
        text[:1].isalnum()
        and not ends_sentence(text)
        and _FURNITURE.search(text) is None
        and is_title_like(text)
        and word_count(text) <= _HEADING_WORDS
    )

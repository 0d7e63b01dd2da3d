"""Blocks: an article's body paragraphs read as the structure the page gives them.

On HTML the hints tell: a heading element, a list item, a ``<blockquote>``, a table row
of cells. Text shows less: a run of lines opened by a bullet (``•``, ``-``) is a list, and
a short title-like line between two paragraphs of running text a subheading.

    >>> from newsparse.lines import Line
    >>> lines = ["Rain fell all day.", "• Ferries stop", "• Schools close"]
    >>> [block.kind.value for block in read_blocks([(Line(1, t), t) for t in lines])]
    ['paragraph', 'list']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse.lines import Line
from newsparse.model import Block, BlockKind
from newsparse.shape import ends_sentence, is_prose, is_title_like, word_count

_BULLET = re.compile(r"[•·▪◦‣●*–-]\s+(?=\S)")
"""The mark that opens a list item in text: ``• Ferries stop``, ``- Ferries stop``."""
_HEADING_WORDS = 12
"""A text subheading is a few words; a longer title-like line is more likely a paragraph
that forgot its full stop."""
_TEXT_HEADING = 2
"""Text gives no level: a subheading sits under the headline."""
_MIN_CELLS = 2
"""A row of one cell is a layout table's, holding a paragraph."""


def read_blocks(paragraphs: Sequence[tuple[Line, str]]) -> tuple[Block, ...]:
    """The blocks of the body ``paragraphs``: each the line it was read from and its text
    in ``Article.body`` (a dateline's line holds more). Neighbouring list items make one
    list, neighbouring table rows one table."""
    hints = [line.hints for line, _ in paragraphs]
    # A story printed whole in a list item or a blockquote (a blog's feed of posts, a post
    # quoting a press release) stands in a container, not a list or a quote of its own.
    contained = _Contained(
        in_list=all(h is not None and h.in_list for h in hints),
        quote=all(h is not None and h.quote for h in hints),
    )
    blocks: list[Block] = []
    for index, (line, text) in enumerate(paragraphs):
        block = (
            _block(paragraphs, index) if line.hints is None else _html_block(line, text, contained)
        )
        last = blocks[-1] if blocks else None
        if last is not None and block.kind is last.kind is BlockKind.LIST:
            blocks[-1] = Block(BlockKind.LIST, items=last.items + block.items)
        elif last is not None and block.kind is last.kind is BlockKind.TABLE:
            blocks[-1] = Block(BlockKind.TABLE, rows=last.rows + block.rows)
        else:
            blocks.append(block)
    return tuple(blocks)


@attrs.frozen
class _Contained:
    """The marks every paragraph of the body carries: they tell nothing about one."""

    in_list: bool
    quote: bool


def _html_block(line: Line, text: str, contained: _Contained) -> Block:
    hints = line.hints
    assert hints is not None
    if hints.heading is not None:
        return Block(BlockKind.HEADING, text, level=hints.heading)
    if len(line.cells) >= _MIN_CELLS:
        return Block(BlockKind.TABLE, rows=(line.cells,))
    if hints.in_list and not contained.in_list:
        return Block(BlockKind.LIST, items=(text,))
    if hints.quote and not contained.quote:
        return Block(BlockKind.QUOTE, text)
    return Block(BlockKind.PARAGRAPH, text)


def _block(paragraphs: Sequence[tuple[Line, str]], index: int) -> Block:
    """A text paragraph's block, told by its shape and that of its neighbours."""
    text = paragraphs[index][1]
    bullet = _BULLET.match(text)
    if bullet:
        return Block(BlockKind.LIST, items=(text[bullet.end() :],))
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
    link's ``«``) and close with no sentence's end."""
    # The ends first: they rule out most paragraphs without counting their words.
    return (
        text[:1].isalnum()
        and not ends_sentence(text)
        and is_title_like(text)
        and word_count(text) <= _HEADING_WORDS
    )

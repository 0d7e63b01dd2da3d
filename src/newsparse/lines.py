"""Lines: the unit every rule reads, whatever the input was."""

from __future__ import annotations

import re

import attrs

# Characters a browser copy leaves behind that carry no meaning in text: byte-order marks,
# zero-width spaces and joiners, soft hyphens. Removed before anything else looks at a line.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"))
# C0 controls other than the line breaks (already split on) become spaces, so a stray
# form feed or vertical tab cannot glue two words together.
_CONTROLS = dict.fromkeys((*range(0, 9), 11, 12, *range(14, 32), 127), " ")
_CLEAN = _INVISIBLE | _CONTROLS
_DIRTY = re.compile("[" + "".join(re.escape(chr(code)) for code in _CLEAN) + "]")


@attrs.frozen
class Hints:
    """What HTML says about a line that its text alone does not. Text input has none.

    ``words`` are the lower-cased class and id tokens of the element and its ancestors
    (``article-body`` gives ``article`` and ``body``); ``landmark`` is the nearest enclosing
    ``nav``/``header``/``footer``/``aside``/``main``/``article``/``form`` element.
    """

    tag: str
    heading: int | None = None
    in_list: bool = False
    in_figure: bool = False
    caption: bool = False
    link_density: float = 0.0
    landmark: str | None = None
    words: frozenset[str] = frozenset()
    hidden: bool = False
    datetime: str | None = None
    itemprop: str | None = None
    site_chrome: bool = False
    """The whole text of the site's navigation bar, footer, sidebar or banner, read as one
    line."""
    path: tuple[int, ...] = attrs.field(default=(), eq=False)
    """Serial numbers of the elements around the line, outermost first: lines whose paths
    share a prefix stand in the same container (``<div class="article-body">``). The numbers
    mean something only within one page, so they take no part in comparing Hints."""
    image: str | None = None
    """The address of the picture the line stands with, as the page writes it (maybe
    relative): the first image in the line's ``<figure>``, or in the caption element (class
    ``caption``/``credit``) that holds the line, or just before that element or its parent."""
    quote: bool = False
    """The line stands in a ``<blockquote>``."""
    ordered: bool = False
    """The nearest list around the line is numbered (``<ol>``)."""
    bold: bool = False
    """Every word of the line is set in bold (``<strong>``, ``<b>``): a paragraph that is
    all bold is a subheading in much of the web's markup."""


@attrs.frozen
class Line:
    """One line of input: its 1-based number, its normalised text, and HTML hints if any.

    For text input the number is the line number in the file; for HTML it is the order of the
    block in the document.
    """

    number: int
    text: str
    hints: Hints | None = None
    parts: tuple[str, ...] = ()
    """HTML headings only: the texts of the heading's child elements, in order, when it has
    more than one (``<h1><span>Akkutechnik:</span> <span>Hat Quantumscape …</span></h1>``
    gives two); a kicker printed in the headline's element is the first."""
    cells: tuple[str, ...] = ()
    """HTML table rows only: the texts of the row's cells, in order (the line's text holds
    them apart by a space)."""
    links: tuple[tuple[str, str], ...] = ()
    """HTML only: the line's links, in order, each its text and its ``href`` as the page
    writes it (maybe relative)."""


def normalise(raw: str) -> str:
    """Drop invisible characters and fold every run of whitespace (NBSP included) to one space.

    >>> normalise("\\ufeff  ISLAMABAD:\\u00a0Pakistani  PM\\t")
    'ISLAMABAD: Pakistani PM'
    """
    # Most lines are tidy already: one space between words, none at the ends, nothing to
    # drop. Every other whitespace character, control and invisible one is unprintable, so
    # three quick scans tell such a line, cheaper than cutting it into words.
    if raw.isprintable() and "  " not in raw and raw.strip(" ") == raw:
        return raw
    # Most of the rest hold nothing to drop: they skip the slower translation.
    return " ".join((raw.translate(_CLEAN) if _DIRTY.search(raw) else raw).split())


def split_lines(text: str) -> list[Line]:
    """Cut text into Lines on ``\\n``, ``\\r\\n`` or ``\\r``, numbering them from 1."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    raw_lines = text.split("\n")
    # A final line break ends the last line rather than opening an empty one.
    if text[-1:] in ("", "\n"):
        raw_lines.pop()
    return [Line(number, normalise(raw)) for number, raw in enumerate(raw_lines, 1)]

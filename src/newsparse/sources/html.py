"""The HTML front end: a saved page → the Lines the rules read, with Hints, plus its metadata.

The lines are what a browser's ``document.body.innerText`` shows for the page without its
stylesheet: block elements (``p``, ``div``, ``li``, ``h1``, ``td``, ``option`` …) and ``<br>``
end a line, inline elements (``a``, ``b``, ``span``, unknown tags …) stay within it, and
whitespace is folded as ``normalise`` does. Differences, all on purpose:

- ``head``, ``script``, ``style``, ``noscript``, ``template``, ``svg``, ``iframe``, media and
  form fields, comments and processing instructions give no lines;
- a table row is one line, its cells apart by a space (a browser puts a tab between them)
  and their texts kept in ``Line.cells``;
- an element that is hidden inside a visible one (``hidden``, ``aria-hidden="true"``, inline
  ``display:none`` or ``visibility:hidden``) gets lines of its own, marked ``hidden``, so a
  rule can drop them and leave the visible text as the browser shows it;
- a page whose visible lines hold no story is read again with what it hides shown: hidden
  elements, ``noscript`` and ``template`` (a streamed page that reveals its story with a
  script);
- a sidebar, footer, banner or navigation bar outside the story is one line, marked
  ``site_chrome``, unless it holds the story (markup left open around it);
- no blank lines: every Line holds text;
- no CSS is applied, not even a page's own ``<style>``: menus it lays out in a row or
  upper-cases come out as the markup has them.

Each Line carries ``Hints`` (see ``newsparse.lines.Hints``) taken from the innermost element
that holds all of the line's text: in ``<p>By <span itemprop="author">Ann</span></p>`` that
is the ``p``; in ``<p><span class="credit">AP</span></p>`` it is the ``span``. ``tag`` is
the nearest block element; ``words`` are the letter runs of two or more letters in the
class and id values of that element and its ancestors (``css-1x2y3z`` gives ``css``), at
most 64, the nearest kept; ``caption`` is set by ``figcaption`` or a ``caption``/``credit``
word; ``link_density`` is rounded to two decimals, and a link to the page itself (its
``url`` or canonical address: a post's title linking to its permalink) counts as text;
``datetime`` comes from the line's first ``<time>``; ``landmark`` also reads ``role``
(``navigation`` → ``nav``, ``banner`` → ``header``, ``contentinfo`` → ``footer``,
``complementary`` → ``aside``); ``image`` is the address of the picture of the line's
``<figure>`` or caption element, read only for those elements (see ``_figure_image``);
``bold`` says every word of the line is in ``<b>`` or ``<strong>``; ``ordered`` that the
nearest list around it is an ``<ol>``.

    >>> page = read_html("<h1>Storm hits coast</h1><p>By <a href='/ann'>Ann Lee</a></p>", 10_000)
    >>> [(line.number, line.text, line.hints.tag) for line in page.lines]
    [(1, 'Storm hits coast', 'h1'), (2, 'By Ann Lee', 'p')]
    >>> page.lines[1].hints.link_density
    0.75
"""

from __future__ import annotations

import functools
import itertools
import re
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import attrs
from lxml import etree  # type: ignore[import-untyped, unused-ignore]

from newsparse.errors import InputError
from newsparse.lines import Hints, Line, normalise
from newsparse.model import PageMeta
from newsparse.sources.decode import check_text, decode_as
from newsparse.sources.metadata import read_metadata
from newsparse.vocabulary import Vocabulary

if TYPE_CHECKING:
    from bs4 import Tag

# How an element shapes the text: skipped whole, a block (its own lines; preformatted ones
# keep their line breaks), a line break, inline (the default, as browsers treat unknown
# tags), or inline and marked (a link, a <time>, bold type).
_SKIP, _SUMMARY, _BLOCK, _PRE, _BREAK, _INLINE, _LINK, _TIME, _CELL, _BOLD = range(10)
# fmt: off
_KINDS = dict.fromkeys(
    [
        "head", "script", "style", "noscript", "template", "svg", "iframe", "title", "meta",
        "link", "base", "datalist", "param", "source", "track", "area", "col", "img",
        "input", "textarea", "video", "audio", "embed", "frameset", "frame", "noembed",
        "noframes", "rp",
    ],
    _SKIP,
)
_KINDS |= dict.fromkeys(
    [
        "html", "body", "address", "article", "aside", "blockquote", "caption", "center",
        "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "legend", "li", "main", "menu", "nav", "ol", "optgroup", "option", "p",
        "search", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ],
    _BLOCK,
)
# Inline is the default; the usual inline tags are listed only to skip the slower lookup.
_KINDS |= dict.fromkeys(
    [
        "abbr", "bdi", "bdo", "big", "button", "cite", "code", "data", "del", "dfn",
        "em", "font", "i", "ins", "kbd", "label", "mark", "nobr", "object", "output",
        "picture", "q", "s", "samp", "select", "small", "span", "strike", "sub",
        "sup", "tt", "u", "var", "wbr",
    ],
    _INLINE,
)
# fmt: on
_KINDS |= dict.fromkeys(["pre", "listing", "xmp", "plaintext"], _PRE)
_KINDS |= {"br": _BREAK, "a": _LINK, "time": _TIME, "b": _BOLD, "strong": _BOLD}
# The site's own sections around the story: read as one line each (see ``_summarise``).
_KINDS |= dict.fromkeys(["nav", "footer", "aside", "header"], _SUMMARY)
# A table row is one line, its cells apart by a space (a browser puts a tab between them).
_KINDS |= {"td": _CELL, "th": _CELL}
_BLOCKS = frozenset([_BLOCK, _PRE])
# Inline elements that, bare, change nothing in the hints of the text inside them.
_FRAMELESS = frozenset([_INLINE, _BOLD])
# Inline elements whose text the Builder marks (see ``_Builder.open_marking``).
_MARKING = frozenset([_BOLD, _LINK])
# The type a line's text is set in, as bits: plain, bold, or both.
_PLAIN, _BOLD_TYPE = 1, 2

_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_LIST_CONTAINERS = frozenset(["ul", "ol", "menu", "dir"])
_LISTS = _LIST_CONTAINERS | {"li"}
_LANDMARK_TAGS = frozenset(["nav", "header", "footer", "aside", "main", "article", "form"])
_LANDMARK_ROLES = {
    "navigation": "nav",
    "banner": "header",
    "contentinfo": "footer",
    "complementary": "aside",
    "main": "main",
    "article": "article",
    "form": "form",
}
_FIGURES = frozenset(["figure", "figcaption"])
# Tags that change a line's hints even without attributes.
_MARKED = frozenset((*_HEADINGS, *_LISTS, *_LANDMARK_TAGS, *_FIGURES))
_CAPTION_WORDS = frozenset(["caption", "captions", "figcaption", "credit", "credits"])
_WORD = re.compile(r"[^\W\d_]{2,}")
_ASCII_WORD = re.compile(r"[a-z]{2,}")  # the same on ASCII, several times faster
# Class/id words kept per line. Most lines have 10 to 50; a page nested deeper than that
# keeps the words of the nearest elements, which say most about the line.
_MAX_WORDS = 64
_NO_WORDS: frozenset[str] = frozenset()
_PAGE_TAGS = frozenset(["html", "body"])
# The attributes that shape a frame (see ``_Frame.child``), and those that hide an element.
_FRAME_ATTRIBUTES = frozenset(["class", "id", "itemprop", "role", "style", "hidden", "aria-hidden"])
_HIDING_ATTRIBUTES = frozenset(["style", "hidden", "aria-hidden"])


@functools.lru_cache(maxsize=4096)
def _words(value: str) -> frozenset[str]:
    # Letter runs of two or more: ``css-1x2y3z`` hashes leave no one-letter noise.
    lowered = value.lower()
    return frozenset((_ASCII_WORD if lowered.isascii() else _WORD).findall(lowered))


@functools.lru_cache(maxsize=1024)
def _style_hides(style: str) -> bool:
    folded = "".join(style.lower().split())
    return "display:none" in folded or "visibility:hidden" in folded


# Where lazy-loading pages keep a picture's address until a script moves it to ``src``.
_LAZY_SOURCES = ("data-src", "data-lazy-src", "data-original", "data-normal")
_SRCSETS = ("srcset", "data-srcset")
# A ``src`` a lazy-loading page shows until the picture loads: a blank or spinner image.
_PLACEHOLDER = re.compile(
    r"(?:placeholder|blank|spacer|transparent|pixel|missing|lazy|loading|loader|1x1)[^/]*$",
    re.IGNORECASE,
)
# Candidates in a srcset are apart by a comma and a space, or by a comma after a width or
# density; a comma inside an address (``w_480,h_300``) separates nothing.
_SRCSET_COMMA = re.compile(r",\s+|(?<=\d[wx]),")
# A caption element outside a <figure> stands after its picture, or in a box after the
# picture's box: the elements looked at before it, and before its parent.
_SIBLINGS_BEFORE_CAPTION = 2


def _figure_image(element: Any, in_figure: bool) -> str | None:
    """The address of the picture of a ``<figure>`` or caption element, as written: that of
    its first ``<img>``, else of its first ``<source>`` (in a ``<picture>``). A caption
    element that holds no picture (not a figure) takes the one just before it, or just
    before its parent (``<div><img></div><div><p class="caption">``)."""
    candidates = [element]
    if not in_figure:
        parent = element.getparent()
        for node in (element,) if parent is None else (element, parent):
            candidates += itertools.islice(
                node.itersiblings(preceding=True), _SIBLINGS_BEFORE_CAPTION
            )
    for candidate in candidates:
        if not isinstance(candidate.tag, str):
            continue
        img = next(candidate.iter("{*}img"), None)
        address = _img_address(img) if img is not None else None
        if address:
            return address
        for source in candidate.iter("{*}source"):
            address = _widest(source.get("srcset") or source.get("data-srcset") or "")
            if address:
                return address
    return None


def _img_address(img: Any) -> str | None:
    """An ``<img>``'s address: its ``src``, unless that is missing, a ``data:`` URI or a
    placeholder while a lazy-loading attribute holds the picture; else its widest srcset."""
    src = (img.get("src") or "").strip()
    if src and not src.startswith("data:") and not _PLACEHOLDER.search(src):
        return src
    for name in _LAZY_SOURCES:
        lazy = (img.get(name) or "").strip()
        if lazy and not lazy.startswith("data:"):
            return lazy
    for name in _SRCSETS:
        widest = _widest(img.get(name) or "")
        if widest:
            return widest
    # A placeholder-looking src with nothing better beside it may be the picture after all.
    return src if src and not src.startswith("data:") else None


def _widest(srcset: str) -> str | None:
    """The address of the widest (or densest) candidate of a ``srcset``; ties go to the
    first. ``a.jpg 480w, b.jpg 1024w`` → ``b.jpg``."""
    best, best_size = None, -1.0
    for candidate in _SRCSET_COMMA.split(srcset):
        words = candidate.split()
        if not words or words[0].startswith("data:"):
            continue
        size = _size(words[1]) if len(words) > 1 else 1.0
        if size > best_size:
            best, best_size = words[0].rstrip(","), size
    return best


def _size(descriptor: str) -> float:
    """The number in a srcset width or density descriptor (``1024w``, ``2x``); 0 if none."""
    try:
        return float(descriptor[:-1])
    except ValueError:
        return 0.0


def _hides(element: Any) -> bool:
    """Whether the element itself is hidden: ``hidden``, ``aria-hidden="true"``, inline style."""
    return _hidden(element.get("style"), element.get("hidden"), element.get("aria-hidden"))


def _hidden(style: str | None, hidden: str | None, aria_hidden: str | None) -> bool:
    return (
        hidden is not None
        or (style is not None and _style_hides(style))
        or (aria_hidden is not None and aria_hidden.strip().lower() == "true")
    )


def _kind(tag: object) -> tuple[int, str]:
    """How an element with ``tag`` shapes the text, and its plain lower-case name."""
    if not isinstance(tag, str):  # comments, processing instructions, entities
        return _SKIP, ""
    local = tag.rpartition("}")[2].lower()  # XHTML trees name tags {namespace}p
    return _KINDS.get(local, _INLINE), local


class _Frame:
    """The hints an element gives the text inside it, its own and its ancestors' together."""

    __slots__ = (
        "_children", "_hints", "_serials", "block", "caption", "heading", "hidden", "image",
        "in_figure", "in_list", "itemprop", "landmark", "ordered", "path", "pictured", "quote",
        "words",
    )  # fmt: skip

    def __init__(  # noqa: PLR0917 - positional: one is built for most elements of a page
        self,
        block: str,
        heading: int | None = None,
        in_list: bool = False,
        in_figure: bool = False,
        caption: bool = False,
        landmark: str | None = None,
        words: frozenset[str] = frozenset(),
        hidden: bool = False,
        itemprop: str | None = None,
        path: tuple[int, ...] = (),
        serials: Iterator[int] | None = None,
        image: str | None = None,
        pictured: bool = False,
        quote: bool = False,
        ordered: bool = False,
    ) -> None:
        self.block = block
        self.quote = quote
        self.ordered = ordered
        self.path = path
        # Serial numbers tell a page's containers apart; each page counts its own.
        self._serials = itertools.count(1) if serials is None else serials
        self.heading = heading
        self.in_list = in_list
        self.in_figure = in_figure
        self.caption = caption
        self.landmark = landmark
        self.words = words
        self.hidden = hidden
        self.itemprop = itemprop
        self.image = image
        self.pictured = pictured
        """Whether the element opens a picture's frame (a ``<figure>``, a caption element):
        its image is read from the element itself (see ``child``)."""
        self._hints: dict[tuple[float, str | None, bool], Hints] = {}
        self._children: dict[tuple[Any, ...], _Frame] = {}

    def child(self, element: Any) -> _Frame:
        """The frame inside ``element``, a child of this frame's element."""
        tag = element.tag
        # Most elements carry none of the attributes read here (a bare <p>, a link's href
        # alone): one look at the names spares reading each. A bare inline element adds
        # nothing to its parent's frame.
        if _FRAME_ATTRIBUTES.isdisjoint(element.keys()):
            if _KINDS.get(tag) in _FRAMELESS:
                return self
            key = (tag, None, None, None, None, None, None, None)
        else:
            get = element.get
            key = (
                tag, get("class"), get("id"), get("itemprop"), get("role"), get("style"),
                get("hidden"), get("aria-hidden"),
            )  # fmt: skip
        # Siblings alike in tag and attributes (list items, paragraphs) share one frame.
        frame = self._children.get(key)
        if frame is None:
            frame = self._children[key] = self._child(element, *key)
        if frame.pictured and frame is not self:
            # Figures alike in tag and attributes show different pictures: only they read
            # their element, so other elements pay nothing for it.
            frame = frame._with_image(_figure_image(element, frame.in_figure))
        return frame

    def _with_image(self, image: str | None) -> _Frame:
        """This frame for one element of those sharing it, with that element's picture."""
        if image == self.image:
            return self
        return _Frame(
            self.block, self.heading, self.in_list, self.in_figure, self.caption,
            self.landmark, self.words, self.hidden, self.itemprop, self.path, self._serials,
            image, self.pictured, self.quote, self.ordered,
        )  # fmt: skip

    def _child(  # noqa: PLR0917 - the attributes read once in ``child``
        self,
        element: Any,
        tag: Any,
        classes: str | None,
        ident: str | None,
        itemprop: str | None,
        role: str | None,
        style: str | None,
        hidden_attribute: str | None,
        aria_hidden: str | None,
    ) -> _Frame:
        kind = _KINDS.get(tag)
        if kind is None:
            kind, tag = _kind(tag)
        block = tag if kind in _BLOCKS else self.block
        hidden = self.hidden or _hidden(style, hidden_attribute, aria_hidden)
        if (
            classes is ident is itemprop is role is None
            and block == self.block
            and hidden == self.hidden
            and tag not in _MARKED
        ):
            return self
        known, caption = self.words, self.caption or tag == "figcaption"
        # The classes of <html> and <body> (theme names, feature flags such as
        # "f_share_tools_on") describe the whole page, not the text in it.
        if (classes or ident) and tag not in _PAGE_TAGS:
            words = _words(classes) if classes else _NO_WORDS
            if ident:
                words |= _words(ident)
            if not words <= known:
                # Past the cap the outer words go: the nearest elements say most about a line.
                known = known | words if len(known) + len(words) <= _MAX_WORDS else words
            caption = caption or not _CAPTION_WORDS.isdisjoint(words)
        heading = _HEADINGS.get(tag, self.heading)
        if tag in _HEADINGS:
            caption = False  # a heading inside a "wp-caption" wrapper is still a heading
        landmark = tag if tag in _LANDMARK_TAGS else self.landmark
        if role is not None:
            role = role.strip().lower()
            landmark = _LANDMARK_ROLES.get(role, landmark)
            if role == "heading":
                level = (element.get("aria-level") or "").strip()
                heading = int(level) if level in {"1", "2", "3", "4", "5", "6"} else 2
        return _Frame(
            block,
            heading,
            self.in_list or tag in _LISTS,
            self.in_figure or tag in _FIGURES,
            caption,
            landmark,
            known,
            hidden,
            (itemprop and itemprop.strip()) or self.itemprop,
            (*self.path, next(self._serials)),
            self._serials,
            self.image,
            # Every figure shows its own picture; a caption element inside a figure or
            # another caption element shows that one's.
            tag == "figure"
            or (not (self.in_figure or self.caption) and (tag in _FIGURES or caption)),
            self.quote or tag == "blockquote",
            tag == "ol" if tag in _LIST_CONTAINERS else self.ordered,
        )

    def hints(self, link_density: float, datetime: str | None, bold: bool = False) -> Hints:
        key = (link_density, datetime, bold)
        hints = self._hints.get(key)
        if hints is None:
            hints = self._hints[key] = self.build(link_density, datetime, bold=bold)
        return hints

    def build(
        self,
        link_density: float,
        datetime: str | None,
        *,
        bold: bool = False,
        site_chrome: bool = False,
    ) -> Hints:
        """New hints of this frame; ``hints`` gives the ones lines alike share."""
        return Hints(
            tag=self.block,
            heading=self.heading,
            in_list=self.in_list,
            in_figure=self.in_figure,
            caption=self.caption,
            link_density=link_density,
            landmark=self.landmark,
            words=self.words,
            hidden=self.hidden,
            datetime=datetime,
            itemprop=self.itemprop,
            path=self.path,
            image=self.image,
            quote=self.quote,
            ordered=self.ordered,
            bold=bold,
            site_chrome=site_chrome,
        )


class _Builder:
    """Walk state: the open elements, and the current line's text as it is collected.

    A line's hints come from the innermost element holding all of its text (at ``depth`` on
    the stack). Frames are made only for elements that end up holding a line, and only once
    while the element is open, which keeps the walk linear and cheap.
    """

    __slots__ = (
        "anchors", "bold", "cells", "datetime", "depth", "frame", "frames", "heading_parts",
        "line_links", "lines", "links", "low", "open_links", "own", "page_chars", "parts",
        "pre", "root", "stack", "story_depth", "type",
    )  # fmt: skip

    def __init__(self, root: Any, own: frozenset[str] = frozenset()) -> None:
        self.root = root
        self.own = own
        """The page's own address as its links may write it (see ``own_addresses``)."""
        self.page_chars: int | None = None
        """The length of the page's text, measured when a sidebar may hold the story."""
        self.story_depth = 0
        """The stack depth of the section found to hold the story; 0 when none is open."""
        self.heading_parts: tuple[str, ...] = ()
        """The raw texts of the open heading's child elements (see ``_heading_parts``)."""
        self.lines: list[Line] = []
        self.stack: list[Any] = []
        """The open elements, outermost first."""
        top = _Frame("body")
        # Hints describe an element in its document, so the ancestors of ``root`` count.
        for ancestor in reversed(list(root.iterancestors())):
            top = top.child(ancestor)
        self.frames = [top]
        """``frames[i]`` is the frame of ``stack[i - 1]``, made on demand; ``frames[0]`` is
        the frame around ``root``."""
        self.open_links = 0
        self.pre = 0
        self.bold = 0
        """How many ``<a>``, preformatted and bold (``<b>``, ``<strong>``) elements are open."""
        self.type = 0
        """The type the line's text is set in so far: ``_PLAIN`` and ``_BOLD_TYPE`` bits."""
        self.parts: list[str] = []
        self.links: list[str] = []
        """The texts of the line's links, for its link density."""
        self.anchors: list[tuple[int, str | None, bool]] = []
        """Each open ``<a>``: where in ``parts`` its text begins, its ``href``, and whether it
        leads elsewhere than the page itself (see ``own``)."""
        self.line_links: list[tuple[str, str]] = []
        """The line's links so far: their texts and addresses (see ``Line.links``)."""
        self.datetime: str | None = None
        self.cells: list[int] = []
        """Where in ``parts`` each table cell of the line begins."""
        self.depth = 0
        """Stack depth of the innermost element holding the line's text; 0: no line open."""
        self.frame: _Frame | None = None
        """That element's frame, kept when the element closes before the line does."""
        self.low = 0
        """The lowest stack depth since the last fragment: the walk left elements up to it."""

    def end(self, kind: int) -> None:
        """Close the innermost open element, of ``kind``."""
        depth = len(self.stack)
        if kind in _BLOCKS:
            self.close()
        elif depth == self.depth and self.frame is None:
            # The element holding the line closes before the line does.
            self.frame = self.frame_at(depth)
        if kind == _LINK:
            self._end_anchor()
        elif kind == _PRE:
            self.pre -= 1
        elif kind == _BOLD:
            self.bold -= 1
        self.stack.pop()
        if depth == self.story_depth:
            self.story_depth = 0
        if len(self.frames) > depth:
            del self.frames[depth:]
        if depth <= self.low:
            self.low = depth - 1

    def open_marking(self, kind: int, element: Any) -> None:
        """A bold element or a link opens (hidden or not, as ``end`` counts every one that
        closes): its text is set in bold, or is the link's (for the line's link density, and
        for its links, which ``end`` takes)."""
        if kind == _BOLD:
            self.bold += 1
            return
        address = element.get("href")
        # A link to the page itself (a blog post's title linking to its own address) leads
        # nowhere else: its text is no link text.
        elsewhere = not address or address.strip().partition("#")[0] not in self.own
        self.open_links += elsewhere
        self.anchors.append((len(self.parts), address, elsewhere))

    def _end_anchor(self) -> None:
        start, address, elsewhere = self.anchors.pop()
        self.open_links -= elsewhere
        self._take_link(start, address)

    def _take_link(self, start: int, address: str | None) -> None:
        """The link whose text began at ``parts[start]`` and runs to the end of them; a link
        that runs a script (``javascript:``) leads nowhere."""
        address = (address or "").strip()
        if address and not address[:11].lower().startswith("javascript:"):
            text = normalise("".join(self.parts[start:]))
            if text:
                self.line_links.append((text, address))

    def frame_at(self, depth: int) -> _Frame:
        frames = self.frames
        while len(frames) <= depth:
            frames.append(frames[-1].child(self.stack[len(frames) - 1]))
        return frames[depth]

    def add(self, text: str) -> None:
        """Append ``text``, which sits directly in the innermost open element."""
        if self.pre and "\n" in text:
            self._add_preformatted(text)
        elif text.isspace():
            # Whitespace separates words but places no text: it must not widen the line.
            if self.depth:
                self.parts.append(text)
        else:
            depth = len(self.stack)
            if not self.depth:
                self.depth = depth
            elif self.low < self.depth:
                self.depth, self.frame = self.low, None
            self.low = depth
            self.parts.append(text)
            if self.open_links:
                self.links.append(text)
            self.type |= _BOLD_TYPE if self.bold else _PLAIN

    def open_cell(self) -> None:
        """A table cell opens: a space parts it from the one before, and its text begins."""
        self.add(" ")
        self.cells.append(len(self.parts))

    def _add_preformatted(self, text: str) -> None:
        first, *rest = text.split("\n")
        if first:
            self.add(first)
        for piece in rest:
            self.close()
            if piece:
                self.add(piece)

    def close(self) -> None:
        """End the current line, if one is open."""
        if self.depth:
            text = normalise("".join(self.parts))
            if text:
                density = 0.0
                if self.links:
                    linked = sum(map(len, "".join(self.links).split()))
                    # Rounded: lines alike (menus) then share their Hints.
                    density = round(min(1.0, linked / (len(text) - text.count(" "))), 2)
                    self.links.clear()
                frame = self.frame or self.frame_at(self.depth)
                hints = frame.hints(density, self.datetime, self.type == _BOLD_TYPE)
                parts = _heading_line_parts(self.heading_parts, text) if self.heading_parts else ()
                cells = self._cells() if self.cells else ()
                # A link holding blocks (a teaser's whole card) gives each line its part.
                for place, (start, address, elsewhere) in enumerate(self.anchors):
                    self._take_link(start, address)
                    self.anchors[place] = (0, address, elsewhere)
                links = tuple(self.line_links)
                self.lines.append(Line(len(self.lines) + 1, text, hints, parts, cells, links))
            self.depth, self.frame = 0, None
            self.parts.clear()
            self.line_links.clear()
        self.cells.clear()
        self.datetime = None
        self.heading_parts = ()
        self.type = 0

    def _cells(self) -> tuple[str, ...]:
        """The texts of the line's table cells; none when text precedes the first cell (a
        row whose cells hold blocks of their own ends lines inside them)."""
        starts = self.cells
        if normalise("".join(self.parts[: starts[0]])):
            return ()
        ends = [*starts[1:], len(self.parts)]
        return tuple(normalise("".join(self.parts[a:b])) for a, b in zip(starts, ends, strict=True))


_LINK_TEXT = etree.XPath(".//a//text()", smart_strings=False)
# The text nodes that hold more than whitespace: a menu's many whitespace-only nodes between
# its tags would all fold away, so lxml leaves them out instead of handing them over.
_PRINTED_TEXT = etree.XPath(".//text()[normalize-space()]", smart_strings=False)
# An element holding three paragraphs of prose side by side: a story's text.
_PARAGRAPHS_SIDE_BY_SIDE = etree.XPath(
    "boolean(.//*[count(p[string-length(normalize-space()) > 100]) >= 3])"
)
_TEXT_LENGTH = etree.XPath("string-length(normalize-space())")
_SOURCE_TAGS = ("script", "style")
# What a browser shows only with scripts off, or when a script puts it in the page.
_CONCEALED = frozenset(["noscript", "template"])
# A navigation bar, footer or aside inside these belongs to the story (its tags, its
# byline, a fact box).
_STORY_LANDMARKS = frozenset(["article", "main"])
# A page without <article> or <main> may still open its story with a <header> holding the
# headline and date; the site's banner holds neither.
_STORY_OPENERS = ("{*}h1", "{*}h2", "{*}time")


def _summarise(builder: _Builder, element: Any) -> bool:
    """Read the site's navigation bar, footer, sidebar (``<aside>``) or banner (``<header>``)
    as one line: its whole text, and how much of it is links. Walking their many small links
    one by one would cost more than the rest of the page, and no rule reads them one by one:
    they are page chrome. A story's own footer or aside (its tags, its byline, a fact box),
    and a header with a headline or a date, are read in full: False."""
    if builder.frame_at(len(builder.stack)).landmark in _STORY_LANDMARKS:
        return False
    if _kind(element.tag)[1] == "header" and next(element.iter(_STORY_OPENERS), None) is not None:
        return False
    # Inside a section that holds the story, every section is read in full: no need to ask.
    if builder.story_depth or _holds_the_story(builder, element):
        if not builder.story_depth:
            builder.story_depth = len(builder.stack) + 1
        return False
    builder.close()
    # Spaces between the pieces: "Home" and "World" in two list items are two words.
    text = normalise(" ".join(_PRINTED_TEXT(element)))
    if not text:
        return True
    linked = len("".join("".join(_LINK_TEXT(element)).split()))
    density = round(min(1.0, linked / max(1, len(text) - text.count(" "))), 2)
    builder.stack.append(element)
    frame = builder.frame_at(len(builder.stack))
    builder.stack.pop()
    del builder.frames[len(builder.stack) + 1 :]
    hints = frame.build(density, None, site_chrome=True)
    builder.lines.append(Line(len(builder.lines) + 1, text, hints))
    return True


def _heading_parts(element: Any) -> tuple[str, ...]:
    """The raw texts of a heading's child elements and of the text between them, when the
    heading opens with a child element and has more than one part: ``<h1><span>Kicker</span>
    <span>Headline</span></h1>`` gives ``("Kicker", " ", "Headline")``."""
    if (element.text or "").strip() or len(element) < 2:
        return ()
    parts: list[str] = []
    for child in element:
        if isinstance(child.tag, str) and _KINDS.get(child.tag) != _SKIP:
            parts.append("".join(child.itertext()))
        if child.tail:
            parts.append(child.tail)
    return tuple(parts)


def _heading_line_parts(parts: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The heading's parts, folded, if they make up the line ``text`` (a heading holding a
    line break gives more than one line: then none of them has parts)."""
    if normalise("".join(parts)) != text:
        return ()
    return tuple(folded for part in parts if (folded := normalise(part)))


def _holds_the_story(builder: _Builder, element: Any) -> bool:
    """Whether a sidebar or footer holds the story: paragraphs side by side, and most of
    the page's text. Markup that leaves an element open inside an ``<aside>`` makes the
    parser nest the rest of the page, story included, in the aside."""
    # Most sidebars hold no three paragraphs at all: a quick count before the full test.
    if len(list(itertools.islice(element.iter("p"), 3))) < 3:
        return False
    if not _PARAGRAPHS_SIDE_BY_SIDE(element):
        return False
    if builder.page_chars is None:
        builder.page_chars = int(_TEXT_LENGTH(builder.root))
    return 2 * int(_TEXT_LENGTH(element)) > builder.page_chars


def html_lines(
    root: Any, *, concealed: bool = False, own: frozenset[str] = frozenset()
) -> list[Line]:
    """The Lines of the page (or element) ``root``, an lxml element, in document order;
    ``own`` is the page's own address as its links may write it (see ``own_addresses``).

    Walks the tree without recursion, so any depth is fine; linear in the size of the tree.

    >>> from lxml import etree
    >>> root = etree.fromstring("<div>a<div class='note'>b</div>c<br>d</div>", etree.HTMLParser())
    >>> [(line.text, sorted(line.hints.words)) for line in html_lines(root)]
    [('a', []), ('b', ['note']), ('c', []), ('d', [])]
    """
    builder = _Builder(root, own)
    stack = builder.stack
    kinds: list[int] = []  # the kind of each open element, as stack holds them
    hidden_depth = 0  # depth of the outermost open hidden inline element; 0 when none is open
    walker = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event == "start":
            kind = _KINDS.get(element.tag)
            if kind is None:
                kind = _kind(element.tag)[0]
            if kind < _INLINE:
                if kind == _SKIP:
                    if not (concealed and element.tag in _CONCEALED):
                        walker.skip_subtree()
                        continue
                    kind = _BLOCK
                if kind == _SUMMARY and _summarise(builder, element):
                    walker.skip_subtree()
                    continue
                builder.close()
                if kind == _PRE:
                    builder.pre += 1
                elif element.tag in _HEADINGS:
                    builder.heading_parts = _heading_parts(element)
            elif (
                not hidden_depth
                and not _HIDING_ATTRIBUTES.isdisjoint(element.keys())
                and _hides(element)
            ):
                # Hidden text inside a visible block gets lines of its own.
                hidden_depth = len(stack) + 1
                builder.close()
            elif kind == _TIME and builder.datetime is None:
                builder.datetime = element.get("datetime")
            elif kind == _CELL:
                builder.open_cell()
            if kind in _MARKING:
                builder.open_marking(kind, element)
            stack.append(element)
            # A story's own footer, read in full, ends as the block it is.
            kinds.append(_BLOCK if kind == _SUMMARY else kind)
            text = element.text
        elif event == "end":
            # Skipped and summarised elements were never opened: they end with nothing to do.
            if stack and stack[-1] is element:
                if len(stack) == hidden_depth:
                    builder.close()
                    hidden_depth = 0
                builder.end(kinds.pop())
            text = None if element is root else element.tail
        else:
            text = element.tail
        if text:
            builder.add(text)
    builder.close()
    return builder.lines


@attrs.frozen
class HtmlPage:
    """A parsed page: its Lines and the metadata it declares (no lxml objects kept)."""

    lines: tuple[Line, ...]
    meta: PageMeta


def read_html(
    data: str | bytes | bytearray | memoryview | Tag,
    max_chars: int,
    url: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> HtmlPage:
    """Check, decode and parse one HTML page into its Lines and metadata.

    ``data`` is the page as ``str``, bytes (decoded by BOM, UTF-8, the ``<meta charset>``,
    else detection) or a bs4 ``BeautifulSoup``/``Tag``. ``url`` is where the page came from;
    relative links in the metadata are resolved against it, and its dates read with the time
    zones of ``vocabulary`` (the shipped one when None). Raises ``BinaryInput``,
    ``DecodeError`` or ``InputTooLarge`` on bad input; an empty page has no lines.

    >>> page = read_html(b"<title>Storm | Daily</title><p>Rain fell.</p>", 10_000)
    >>> page.meta.title, [line.text for line in page.lines]
    ('Storm | Daily', ['Rain fell.'])
    """
    root = _parse(_utf8(data, max_chars).replace(b"\x00", b""))
    if root is None:
        return HtmlPage((), read_metadata(None, url))
    meta = read_metadata(root, url, vocabulary)
    # Script and style source is never text; the metadata has read its JSON-LD. Taken out
    # once here, it reaches no line by any path (a sidebar's summary included).
    etree.strip_elements(root, *_SOURCE_TAGS, with_tail=False)
    own = own_addresses(url, meta.canonical_url)
    lines = html_lines(root, own=own)
    if _shown_prose(lines) < _SHOWN_STORY_CHARS:
        # No story in sight: read what is hidden, <noscript> and <template> too, as shown.
        revealed = _revealed(html_lines(root, concealed=True, own=own))
        if _shown_prose(revealed) >= _SHOWN_STORY_CHARS:
            lines = revealed
    return HtmlPage(tuple(lines), meta)


def own_addresses(*addresses: str | None) -> frozenset[str]:
    """The ways a page's links may write its own addresses (``url``, canonical): whole, or
    from the host on (``//news.example/a``), or from the path on (``/a?id=2``), with and
    without a closing slash; fragments left out.

    >>> sorted(own_addresses("https://news.example/a/?id=2#top"))[:3]
    ['//news.example/a/?id=2', '//news.example/a?id=2', '/a/?id=2']
    """
    forms: set[str] = set()
    for address in addresses:
        if not address:
            continue
        try:
            parts = urlsplit(address.strip())
        except ValueError:
            continue
        if not parts.netloc:
            continue
        for path in {parts.path, parts.path.rstrip("/"), parts.path.rstrip("/") + "/"} - {""}:
            local = path + (f"?{parts.query}" if parts.query else "")
            forms |= {local, f"//{parts.netloc}{local}", f"{parts.scheme}://{parts.netloc}{local}"}
    return frozenset(forms)


# A page shows its story when its visible lines hold this many characters of long lines;
# one that does not is read again with what it hides shown (a streamed page's <div hidden>,
# a <noscript> or <template> holding the story).
_SHOWN_STORY_CHARS = 500
_LONG_LINE_CHARS = 80


def _shown_prose(lines: list[Line]) -> int:
    """The characters of long lines the page shows: neither hidden nor the site's own."""
    return sum(
        len(line.text)
        for line in lines
        if len(line.text) >= _LONG_LINE_CHARS
        and line.hints is not None
        and not (line.hints.hidden or line.hints.site_chrome)
    )


def _revealed(lines: list[Line]) -> list[Line]:
    """The lines with nothing marked hidden."""
    unhidden: dict[int, Hints] = {}
    for index, line in enumerate(lines):
        hints = line.hints
        if hints is not None and hints.hidden:
            plain = unhidden.get(id(hints))
            if plain is None:
                plain = unhidden[id(hints)] = attrs.evolve(hints, hidden=False)
            lines[index] = attrs.evolve(line, hints=plain)
    return lines


# ``<meta charset="x">``, ``<meta http-equiv="Content-Type" content="text/html; charset=x">``
# or an XML declaration; browsers look for it in the first kilobytes.
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)""",
    re.IGNORECASE,
)
_PRESCAN_BYTES = 4096
_TOO_DEEP = etree.ErrorTypes.ERR_RESOURCE_LIMIT


def _utf8(data: object, max_chars: int) -> bytes:
    """The page as UTF-8 bytes, after the checks every front end makes."""
    if isinstance(data, str):
        return check_text(data, max_chars).encode("utf-8")
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        found = _DECLARED.search(raw, 0, _PRESCAN_BYTES)
        declared = (found.group(1) or found.group(2)).decode("ascii") if found else None
        text, codec = decode_as(raw, max_chars, declared, latin="cp1252")
        # UTF-8 already (the usual case): hand lxml the bytes as they came.
        return raw if codec == "utf-8" else text.encode("utf-8")
    bs4 = sys.modules.get("bs4")  # a bs4 object exists only if bs4 was imported already
    if bs4 is not None and isinstance(data, bs4.Tag):
        return check_text(str(data), max_chars).encode("utf-8")
    raise TypeError(
        f"expected the page's HTML as str, bytes or a bs4 BeautifulSoup, got {type(data).__name__}"
    )


def _parse(raw: bytes) -> Any:
    """The root element of ``raw`` (UTF-8 HTML), or None when it holds no elements.

    libxml2's HTML parser never fetches anything and expands no entities but HTML's own; it
    stops at 256 levels of nesting, so a deeper page is parsed again with the limit raised
    to libxml2's hard maximum (2048 levels; what lies deeper is dropped).
    """
    for huge_tree in (False, True):
        parser = etree.HTMLParser(
            encoding="utf-8",
            no_network=True,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            huge_tree=huge_tree,
        )
        try:
            root = etree.fromstring(raw, parser)
        except etree.LxmlError as exc:
            raise InputError(f"the page could not be parsed as HTML: {exc}") from exc
        if not any(error.type == _TOO_DEEP for error in parser.error_log):
            break
    return root

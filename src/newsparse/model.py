"""The typed values newsparse produces.

Every class here is an attrs frozen, slotted value: hashable, comparable and safe to share.
This module depends on nothing else in the package, so a user can import the model alone
(for type hints or to rebuild articles from JSON) without pulling in the parsers.
"""

from __future__ import annotations

import enum
import functools
import json
import types
import typing
from collections.abc import Callable
from datetime import datetime
from typing import Any, Self

import attrs


class Role(enum.StrEnum):
    """What one input line is. Every line gets exactly one role."""

    HEADLINE = "headline"
    HEADLINE_REPEAT = "headline-repeat"
    BULLET = "bullet"
    STANDFIRST = "standfirst"
    BYLINE = "byline"
    STAMP = "stamp"
    DATELINE = "dateline"
    BODY = "body"
    CAPTION = "caption"
    CREDIT = "credit"
    GALLERY_COUNTER = "gallery-counter"
    CHROME = "chrome"
    BLANK = "blank"


# Groups of roles the rules read together.
META_ROLES = frozenset({Role.BYLINE, Role.STAMP})
"""A story's metadata lines: its bylines and stamps."""
HEADLINE_ROLES = frozenset({Role.HEADLINE, Role.HEADLINE_REPEAT})
"""A headline and the same headline printed again."""
PICTURE_ROLES = frozenset({Role.CAPTION, Role.CREDIT, Role.GALLERY_COUNTER})
"""The lines that go with a picture: its caption, credit and place in a gallery."""
FILLER_ROLES = frozenset({Role.BLANK, Role.CHROME})
"""Lines that are no part of any story: blank lines and page chrome."""


class StampKind(enum.StrEnum):
    PUBLISHED = "published"
    UPDATED = "updated"


@attrs.frozen
class Dateline:
    """The place (and wire agency) that opens a news story, e.g. ``WASHINGTON (Reuters) -``."""

    location: str | None
    agency: str | None
    raw: str


@attrs.frozen
class Image:
    """A picture the page shows: its caption, the credit, and its place in a gallery.

    ``position`` and ``total`` come from a gallery counter such as ``1 / 2``. ``flags`` name
    repairs or doubts about the caption, e.g. ``first-letter-restored``.
    """

    caption: str | None = None
    credit: str | None = None
    position: int | None = None
    total: int | None = None
    url: str | None = None
    flags: tuple[str, ...] = ()


class BlockKind(enum.StrEnum):
    """What a block of the body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST = "list"
    QUOTE = "quote"
    TABLE = "table"


@attrs.frozen
class Link:
    """A link in a block of the body: its ``text`` as printed, and its ``url``, made absolute
    against the page's address when the page gives one."""

    text: str
    url: str


@attrs.frozen
class Block:
    """One block of an article's body, in the structure the page gives it.

    A paragraph, heading or quote holds ``text`` (a heading its ``level``, 1 to 6); a list
    holds its ``items`` (``ordered`` when the page numbers them), a table its ``rows`` of
    cell texts. Each block stands for one or more of the article's ``body`` paragraphs, in
    order: a list for one paragraph an item, a table for one a row. On HTML, ``links`` are
    the links in the block's text, in order.
    """

    kind: BlockKind
    text: str | None = None
    level: int | None = None
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    ordered: bool = False
    links: tuple[Link, ...] = ()


@attrs.frozen
class Stamp:
    """A publication or update stamp as printed (``raw``) and as understood (``value``).

    ``value`` is None when the stamp could not be placed in time, e.g. ``8 sec ago`` parsed
    without a reference ``now``: a relative stamp is never resolved against the wall clock.
    ``date_only``: the stamp gives a day and no time of day (``26 November 2024``); its value
    is that day's midnight.
    """

    kind: StampKind
    raw: str
    value: datetime | None
    relative: bool = False
    date_only: bool = False


@attrs.frozen
class Notice:
    """Something the parser repaired or doubted, tied to the input line it concerns."""

    code: str
    message: str
    line: int | None = None


@attrs.frozen
class MetaSources:
    """Where the main facts came from: ``json-ld`` or the meta tag, as ``property=og:title``."""

    headline: str | None = None
    published: str | None = None
    modified: str | None = None
    authors: str | None = None


@attrs.frozen
class PageMeta:
    """What a page declares about itself. Every field is None or empty when it says nothing.

    ``published``/``modified`` are the parsed ``published_raw``/``modified_raw`` (time zone
    kept; None when the raw value could not be read as a date). ``headline`` is the declared
    article headline, ``title`` the ``<title>`` (often with the site's name appended).
    ``types`` lists the JSON-LD ``@type`` values seen; ``url`` is the address the caller gave.
    """

    title: str | None = None
    headline: str | None = None
    alternative_headline: str | None = None
    description: str | None = None
    published: datetime | None = None
    published_raw: str | None = None
    modified: datetime | None = None
    modified_raw: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    site_name: str | None = None
    section: str | None = None
    keywords: tuple[str, ...] = ()
    language: str | None = None
    canonical_url: str | None = None
    url: str | None = None
    image_urls: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    sources: MetaSources = MetaSources()


@attrs.frozen
class LineRecord:
    """One input line with the role it was given and the name of the rule that gave it."""

    number: int
    text: str
    role: Role
    rule: str


@attrs.frozen
class Article:
    """One news article, assembled from the roles the rules gave its lines.

    ``span`` is the first and last input line number the article covers; ``lines`` holds every
    one of those lines with its role, so nothing the page printed is lost. For HTML input,
    ``metadata`` holds what the page declares (JSON-LD, OpenGraph, meta tags); ``seo_title``
    is its declared headline when that differs from the one the reader sees.

    ``published`` and ``updated`` always carry a time zone, so the dates of any articles
    compare (see docs/model.md, Dates); ``published_date_only``/``updated_date_only`` say the
    value is a day alone, at midnight.
    """

    headline: str | None = None
    kicker: str | None = None
    """The words printed above or before the headline that name its topic (a topline,
    "Dachzeile"): ``Akkutechnik`` over ``Hat Quantumscape genug Akkus …``."""
    bullets: tuple[str, ...] = ()
    standfirst: str | None = None
    dateline: Dateline | None = None
    body: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    """The body in its structure: headings, lists, quotes and tables apart from paragraphs
    (see ``Block``). The blocks stand for the ``body`` paragraphs, every one once, in order."""
    published: datetime | None = None
    updated: datetime | None = None
    published_date_only: bool = False
    updated_date_only: bool = False
    authors: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    stamps: tuple[Stamp, ...] = ()
    notices: tuple[Notice, ...] = ()
    url: str | None = None
    language: str | None = None
    """A BCP 47 tag (``en``, ``en-GB``): the page's declared one, else the language of the
    article's words when they leave no doubt."""
    site_name: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    section: str | None = None
    top_image: Image | None = None
    """The page's lead picture (``og:image``, JSON-LD ``image``), its ``url`` absolute."""
    seo_title: str | None = None
    metadata: PageMeta | None = None
    span: tuple[int, int] | None = None
    lines: tuple[LineRecord, ...] = ()

    def __repr__(self) -> str:
        # Short: the attrs repr of every field, each line's record included, runs to pages.
        # The headline is cut like a wide column, and the parts most looked for come first.
        headline = self.headline
        if headline is not None and len(headline) > _REPR_HEADLINE:
            headline = headline[: _REPR_HEADLINE - 1] + "…"
        published = None if self.published is None else self.published.isoformat()
        paragraphs = "paragraph" if len(self.body) == 1 else "paragraphs"
        return (
            f"Article(headline={headline!r}, published={published!r}, "
            f"body={len(self.body)} {paragraphs}, lines={len(self.lines)})"
        )

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by a blank line."""
        return "\n\n".join(self.body)

    def lines_with(self, role: Role) -> tuple[LineRecord, ...]:
        """The article's input lines that were given ``role``."""
        return tuple(record for record in self.lines if record.role is role)

    def to_markdown(self) -> str:
        """The article as Markdown: kicker, headline (``# ``), byline and dates, standfirst,
        bullets, the body's blocks (the dateline opening the first paragraph) and the
        images."""
        return _render(self, markdown=True)

    def to_text(self) -> str:
        """The article as plain text, laid out as ``to_markdown`` without its marks."""
        return _render(self, markdown=False)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; ``Article.from_dict`` turns it back into an equal Article."""
        result = _unstructure(self)
        assert isinstance(result, dict)
        return result

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict`` as JSON text (non-ASCII characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: typing.Mapping[str, Any]) -> Self:
        """Rebuild an Article from ``to_dict`` output; unknown or mistyped keys, and values
        that cannot be read (a date that is not ISO 8601), raise ValueError naming the field:
        ``Article.published: cannot read '2021-13-45' as an ISO date``."""
        return typing.cast(Self, _structure(data, cls, "Article"))

    @classmethod
    def from_json(cls, text: str) -> Self:
        """Rebuild an Article from ``to_json`` output (see ``from_dict``)."""
        return cls.from_dict(json.loads(text))


_REPR_HEADLINE = 60
"""How much of a headline ``repr(article)`` shows."""


class _BuiltOnRead:
    """Article's ``lines`` slot, which may hold how to build the records rather than the
    records: a page has hundreds of lines, and most callers read the body, never the
    records. They are built on the first read, which keeps them; every reader (attribute
    access, equality, hashing, pickling, ``attrs.evolve``) sees the records alone."""

    class _Pending:
        __slots__ = ("build",)

        def __init__(self, build: Callable[[], tuple[LineRecord, ...]]) -> None:
            self.build = build

    def __init__(self, slot: Any) -> None:
        self._slot = slot

    def __get__(self, article: Article | None, owner: type | None = None) -> Any:
        if article is None:
            return self
        value = self._slot.__get__(article, owner)
        if isinstance(value, self._Pending):
            value = value.build()
            self._slot.__set__(article, value)
        return value

    def __set__(self, article: Article, value: object) -> None:
        self._slot.__set__(article, value)

    def defer(self, article: Article, build: Callable[[], tuple[LineRecord, ...]]) -> None:
        self._slot.__set__(article, self._Pending(build))


_LINES = _BuiltOnRead(Article.lines)
Article.lines = _LINES  # type: ignore[assignment]


def with_lines_on_read(article: Article, build: Callable[[], tuple[LineRecord, ...]]) -> Article:
    """``article``, its ``lines`` made by ``build`` on the first read. For an article just
    made, that no one else holds yet: it is changed in place."""
    _LINES.defer(article, build)
    return article


def _render(article: Article, *, markdown: bool) -> str:
    """The article's parts, each a block of text, apart by blank lines."""
    parts = []
    if article.kicker:
        parts.append(f"**{article.kicker}**" if markdown else article.kicker)
    if article.headline:
        parts.append(f"# {article.headline}" if markdown else article.headline)
    facts = _facts(article)
    if facts:
        parts.append(f"*{facts}*" if markdown else facts)
    if article.standfirst:
        parts.append(f"**{article.standfirst}**" if markdown else article.standfirst)
    if article.bullets:
        mark = "- " if markdown else "• "
        parts.append("\n".join(mark + bullet for bullet in article.bullets))
    # An article read back from JSON written before blocks existed has its body alone.
    blocks = article.blocks or tuple(Block(BlockKind.PARAGRAPH, text) for text in article.body)
    dateline = article.dateline.raw if article.dateline else None
    for block in blocks:
        opened = block
        if dateline and block.kind is BlockKind.PARAGRAPH and block.text:
            opened, dateline = attrs.evolve(block, text=f"{dateline} {block.text}"), None
        parts.append(_render_block(opened, markdown=markdown))
    if dateline:  # no paragraph to open: the dateline stands alone
        parts.insert(len(parts) - len(blocks), dateline)
    parts += [shown for image in article.images if (shown := _render_image(image, markdown))]
    return "\n\n".join(parts) + "\n" if parts else ""


def _facts(article: Article) -> str:
    """The byline and dates line: ``By Ann Lee, Bo Chen · 2024-05-01T09:30:00+00:00``."""
    facts = [f"By {', '.join(article.authors)}"] if article.authors else []
    dates = (
        ("", article.published, article.published_date_only),
        ("updated ", article.updated, article.updated_date_only),
    )
    facts += [
        prefix + (value.date().isoformat() if day_only else value.isoformat())
        for prefix, value, day_only in dates
        if value is not None
    ]
    return " · ".join(facts)


def _render_block(block: Block, *, markdown: bool) -> str:
    shown = _block_text(block, markdown=markdown)
    return _with_links(shown, block.links) if markdown and block.links else shown


def _with_links(shown: str, links: tuple[Link, ...]) -> str:
    """Each link's text in ``shown`` as a Markdown link, found in order: ``the [storm
    map](https://…)``. A text not found (the page's markup split it) stays plain."""
    out, place = [], 0
    for link in links:
        found = shown.find(link.text, place)
        if found < 0:
            continue
        label = link.text.replace("[", "\\[").replace("]", "\\]")
        out += [shown[place:found], f"[{label}]({link.url.replace(')', '%29')})"]
        place = found + len(link.text)
    return "".join(out) + shown[place:]


def _block_text(block: Block, *, markdown: bool) -> str:
    text = block.text or ""
    if block.kind is BlockKind.HEADING:
        return f"{'#' * max(2, block.level or 2)} {text}" if markdown else text
    if block.kind is BlockKind.LIST:
        bullet = "- " if markdown else "• "
        return "\n".join(
            (f"{number}. " if block.ordered else bullet) + item
            for number, item in enumerate(block.items, 1)
        )
    if block.kind is BlockKind.QUOTE:
        return f"> {text}" if markdown else f"    {text}"
    if block.kind is BlockKind.TABLE:
        return _render_table(block.rows) if markdown else "\n".join(map("\t".join, block.rows))
    return text


def _render_table(rows: tuple[tuple[str, ...], ...]) -> str:
    """A pipe table, its first row the header; short rows are padded with empty cells."""
    width = max(map(len, rows), default=0)
    if not width:
        return ""
    cells = [[cell.replace("|", "\\|") for cell in row] + [""] * (width - len(row)) for row in rows]
    lines = ["| " + " | ".join(row) + " |" for row in cells]
    lines.insert(1, "|" + " --- |" * width)
    return "\n".join(lines)


def _render_image(image: Image, markdown: bool) -> str:
    """``![caption — credit](url)``, or ``*caption (credit)*`` for a picture without one."""
    if markdown and image.url:
        return f"![{' — '.join(filter(None, (image.caption, image.credit)))}]({image.url})"
    said = " ".join(filter(None, (image.caption, image.credit and f"({image.credit})")))
    return f"*{said}*" if markdown and said else said


def _unstructure(value: object) -> object:
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        return {field.name: _unstructure(getattr(value, field.name)) for field in fields}
    if isinstance(value, tuple):
        return [_unstructure(item) for item in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


@functools.cache
def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _structure(data: object, annotation: Any, where: str) -> object:
    """Build a value of type ``annotation`` from JSON data, naming ``where`` on a mismatch."""
    origin = typing.get_origin(annotation)
    if origin is types.UnionType or origin is typing.Union:
        options = typing.get_args(annotation)
        if data is None and type(None) in options:
            return None
        (inner,) = (option for option in options if option is not type(None))
        return _structure(data, inner, where)
    if origin is tuple:
        if not isinstance(data, list | tuple):
            raise ValueError(f"{where}: expected a list, got {type(data).__name__}")
        args = typing.get_args(annotation)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure(item, args[0], f"{where}[{i}]") for i, item in enumerate(data))
        if len(args) != len(data):
            raise ValueError(f"{where}: expected {len(args)} items, got {len(data)}")
        return tuple(
            _structure(item, arg, f"{where}[{i}]")
            for i, (item, arg) in enumerate(zip(data, args, strict=True))
        )
    if isinstance(annotation, type) and attrs.has(annotation):
        if not isinstance(data, typing.Mapping):
            raise ValueError(f"{where}: expected an object, got {type(data).__name__}")
        hints = _field_types(annotation)
        unknown = set(data) - set(hints)
        if unknown:
            raise ValueError(f"{where}: unknown keys {sorted(unknown)}")
        return annotation(
            **{key: _structure(item, hints[key], f"{where}.{key}") for key, item in data.items()}
        )
    if annotation is datetime:
        if not isinstance(data, str):
            raise ValueError(f"{where}: expected an ISO 8601 string, got {type(data).__name__}")
        try:
            return datetime.fromisoformat(data)
        except ValueError:
            raise ValueError(f"{where}: cannot read {data!r} as an ISO date") from None
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        try:
            return annotation(data)
        except ValueError:
            known = ", ".join(repr(member.value) for member in annotation)
            raise ValueError(f"{where}: {data!r} is not one of {known}") from None
    if isinstance(annotation, type) and not isinstance(data, annotation):
        raise ValueError(f"{where}: expected {annotation.__name__}, got {type(data).__name__}")
    return data

"""The Parser: a Ruler of named rules run over one State, then assembled into Articles.

The default preset is data (``DEFAULT_RULES``), so a Parser's pipeline can be inspected and
edited before use::

    parser = Parser(extra_chrome=["Listen to this story"])
    parser.ruler.disable("caption_repair")
    parser.ruler.before("body", "sponsor", my_sponsor_rule)
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from newsparse.assemble import Choice, Outcome, assemble, declared_choices, line_records, shown
from newsparse.errors import NoArticleFound, WrongKind
from newsparse.language import detect
from newsparse.lines import Line
from newsparse.model import Article, Notice, Role
from newsparse.ruler import Ruler
from newsparse.rules import PRESET
from newsparse.sources.decode import byte_limit, declared_codecs, decode_as
from newsparse.sources.files import SNIFF_BYTES, Kind, open_bytes, read_file, sniff
from newsparse.sources.text import text_lines
from newsparse.state import State
from newsparse.vocabulary import Vocabulary

DEFAULT_RULES: tuple[str, ...] = tuple(name for name, _, _ in PRESET)
"""The names of the default rules, in the order they run (``newsparse.rules.PRESET`` holds
them with their contracts). A line keeps the first role a rule gives it, unless a later rule
relabels it, which the State records (``State.history``) and ``explain`` shows."""

DEFAULT_MAX_CHARS = 64 * 1024 * 1024
"""Inputs longer than this raise InputTooLarge instead of being parsed."""

EXPLAIN_WIDTH = 160
"""Where ``explain`` cuts a long line (a paragraph of HTML is one line)."""

TextInput = str | bytes | bytearray | memoryview
_CONTENT = (str, bytes, bytearray, memoryview)  # a TextInput, to tell from other values
HtmlInput = str | bytes | bytearray | memoryview | Any
"""A saved page: str, bytes, or a bs4 ``BeautifulSoup``/``Tag`` (typed loosely so that
importing newsparse never imports bs4)."""


Source = TextInput | os.PathLike[str] | Any
"""Any input: a path (``os.PathLike``: a file, gzip undone), bytes, a str of copied text or
of HTML, or a bs4 soup. A str is content, never a path: pass ``pathlib.Path`` for a file."""


@attrs.frozen(eq=False)
class Parsed:
    """Every article one input holds, in order; the State the rules left, for ``explain``;
    and whether the input was read as ``html`` or ``text``."""

    articles: tuple[Article, ...]
    state: State
    kind: Kind

    @property
    def article(self) -> Article:
        """The main (first) article; raises NoArticleFound when there is none."""
        return _main(self.articles)

    def explain(self, width: int = EXPLAIN_WIDTH) -> str:
        """Every line with its role and the rule that gave it, article by article; under a
        line a later rule relabelled, the role it had before; after an article's lines, its
        notices. Last, for an HTML page, what its metadata declares and which fields of the
        first article that gave. Lines longer than ``width`` characters are cut with ``…``
        (0: never)."""
        state, out = self.state, []
        notices = {article.span: article.notices for article in self.articles}
        for number, segment in enumerate(state.segments(), 1):
            records = line_records(state, segment)
            if not records:
                continue
            title = next((r.text for r in records if r.role is Role.HEADLINE), "(no headline)")
            out.append(
                f"== article {number} · lines {records[0].number}-{records[-1].number} · {title}"
            )
            for index, rec in zip(segment, records, strict=True):
                out.append(
                    f"{rec.number:>6}  {rec.role.value:<16} {rec.rule:<15} {rec.text}".rstrip()
                )
                out.extend(f"{'':>22} ({change})" for change in state.history.get(index, ()))
            span = (records[0].number, records[-1].number)
            out.extend(_notice_line(notice) for notice in notices.get(span, ()))
        made = declared_choices(state)
        if made:
            out.append("== declared by the page's metadata (rule declared) · first article")
            out.extend(_choice_line(choice) for choice in made)
        return "\n".join(_cut(line, width) for line in out)


def _cut(line: str, width: int) -> str:
    return line[: width - 1] + "…" if 0 < width < len(line) else line


def _notice_line(notice: Notice) -> str:
    where = "" if notice.line is None else f" (line {notice.line})"
    return f"{'':>8}notice {notice.code}{where}: {notice.message}"


# What explain says of each way a declared value met the printed one.
_OUTCOMES = {
    Outcome.FILLED: "from declared (nothing printed)",
    Outcome.WON: "from declared (printed {printed})",
    Outcome.AGREED: "from declared (printed {printed}, the same)",
    Outcome.SAME: "printed (declared the same)",
    Outcome.KEPT: "printed (declared {declared})",
}


def _choice_line(choice: Choice) -> str:
    said = _OUTCOMES[choice.outcome].format(
        printed=shown(choice.printed), declared=shown(choice.declared)
    )
    return f"{'':>8}{choice.field:<16} {said}: {shown(choice.value)}"


def default_ruler() -> Ruler:
    """A fresh Ruler holding the default preset."""
    return Ruler(PRESET)


class Parser:
    """Parses copied page text into Articles with an editable pipeline and vocabulary.

    ``parser.ruler`` is the pipeline (see ``Ruler``); ``parser.vocabulary`` the word lists.
    """

    def __init__(
        self,
        *,
        ruler: Ruler | None = None,
        vocabulary: Vocabulary | None = None,
        extra_chrome: Iterable[str] = (),
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.ruler = default_ruler() if ruler is None else ruler
        base = Vocabulary.load() if vocabulary is None else vocabulary
        self.vocabulary = base.extend(chrome=extra_chrome) if extra_chrome else base
        self.max_chars = max_chars

    @property
    def max_bytes(self) -> int:
        """The most bytes read of one input (``max_chars`` in UTF-8 at worst)."""
        return byte_limit(self.max_chars)

    def parse_all(
        self,
        source: Source,
        *,
        url: str | None = None,
        now: datetime | None = None,
        charset: str | None = None,
        kind: Kind | None = None,
    ) -> Parsed:
        """Every article of any input (see ``Source``), with the State behind them.

        HTML or text is told by content unless ``kind`` says; ``url`` is where an HTML page
        was fetched from; ``charset`` is the one its transport declared (an HTTP header, a
        WARC record), which outranks the page's own ``<meta charset>``, as in browsers."""
        if isinstance(source, os.PathLike):
            source = read_file(source, self.max_chars)
        if isinstance(source, bytes | bytearray | memoryview):
            source = open_bytes(bytes(source), self.max_chars)
            kind = kind or kind_of(source)
            if kind == "html" and charset and declared_codecs(charset):
                source, _ = decode_as(source, self.max_chars, charset)
        elif isinstance(source, str):
            kind = kind or _kind_of(source)
        else:
            kind = "html"  # a bs4 soup; anything else, read_html says what it is
        state = self.run_html(source, url, now) if kind == "html" else self.run(source, now)
        return Parsed(tuple(assemble(state)), state, kind)

    def run(self, text: TextInput, now: datetime | None = None) -> State:
        """Run the pipeline on copied text; the State holds every line's role and rule."""
        _check_now(now)
        lines = text_lines(text, self.max_chars)
        state = State(lines, _page_vocabulary(self.vocabulary, lines, None), now)
        self.ruler.run(state)
        return state

    def run_html(
        self, html: HtmlInput, url: str | None = None, now: datetime | None = None
    ) -> State:
        """Run the pipeline on a saved HTML page (str, bytes, or a bs4 soup or tag)."""
        _check_now(now)
        from newsparse.sources.html import read_html  # lxml loads only when HTML is parsed

        page = read_html(html, self.max_chars, url, self.vocabulary)
        lines = list(page.lines)
        vocabulary = _page_vocabulary(self.vocabulary, lines, page.meta.language)
        state = State(lines, vocabulary, now, page.meta)
        self.ruler.run(state)
        return state

    def parse(
        self, data: TextInput, *, url: str | None = None, now: datetime | None = None
    ) -> Article:
        """The main article of a saved page or of copied text, told apart by content (see
        ``kind_of``); raises NoArticleFound when there is none."""
        return self.parse_all(data, url=url, now=now).article

    def parse_html(
        self, html: HtmlInput, url: str | None = None, now: datetime | None = None
    ) -> Article:
        """The article of a saved HTML page; raises NoArticleFound when there is none, and
        WrongKind when ``html`` is text with no tag at all (copied text: see ``parse``)."""
        state = self.run_html(html, url, now)
        # Checked once the page is read, so that binary or undecodable input says so first;
        # a page's markup opens it, so the search ends at once on HTML.
        if state.lines and isinstance(html, _CONTENT):
            tag = _TAG.search(html) if isinstance(html, str) else _TAG_BYTES.search(html)
            if tag is None:
                raise WrongKind(
                    "this holds no markup (no tag at all): it is copied text, not a saved "
                    "page; use parse_text, or parse, which tells HTML from text"
                )
        return _main(assemble(state))

    def parse_file(
        self,
        path: str | os.PathLike[str],
        now: datetime | None = None,
        *,
        url: str | None = None,
    ) -> Article:
        """The main article of a saved page or text file (HTML or text told by content;
        ``.gz`` files are decompressed); ``url`` is where the page was fetched from."""
        return self.parse_all(_as_path(path), url=url, now=now).article

    def parse_articles(self, text: TextInput, now: datetime | None = None) -> list[Article]:
        """Every article in the text, in order; [] when the text holds none. Raises
        WrongKind when the text is a web page's HTML (see ``parse_all``)."""
        if isinstance(text, _CONTENT) and _kind_of(text) == "html":
            raise WrongKind(
                "this looks like HTML (a web page's markup, not its copied text): use "
                "parse_html, or parse, which tells HTML from text"
            )
        return assemble(self.run(text, now))

    def parse_text(self, text: TextInput, now: datetime | None = None) -> Article:
        """The main (first) article of the text; raises NoArticleFound when there is none,
        and WrongKind when the text is a web page's HTML (see ``parse``)."""
        return _main(self.parse_articles(text, now))


def kind_of(data: bytes) -> Kind:
    """``html`` when ``data`` opens like a web page or holds its usual tags early on, else
    ``text``: how ``parse_all`` tells them apart."""
    return sniff(data)


# A tag's opening: "<" and a letter, "/", "!" (a comment, a doctype) or "?"; in bytes, with
# the NULs of UTF-16 or UTF-32 allowed between.
_TAG = re.compile(r"<[A-Za-z/!?]")
_TAG_BYTES = re.compile(rb"<\x00{0,3}[A-Za-z/!?]")


def _kind_of(data: TextInput) -> Kind:
    """``kind_of`` for a str too, by as many first characters as ``sniff`` reads bytes."""
    head = data[:SNIFF_BYTES]
    return kind_of(head.encode("utf-8", "replace") if isinstance(head, str) else bytes(head))


def _page_vocabulary(vocabulary: Vocabulary, lines: list[Line], declared: str | None) -> Vocabulary:
    """The vocabulary with the page's language first (see ``Vocabulary.first``): the one
    the page declares (``<html lang="de">``), else the one its stopwords tell."""
    return vocabulary.first(declared or detect((line.text for line in lines), vocabulary))


def _as_path(path: str | os.PathLike[str]) -> os.PathLike[str]:
    return path if isinstance(path, os.PathLike) else Path(path)


def _main(articles: tuple[Article, ...] | list[Article]) -> Article:
    if not articles:
        raise NoArticleFound(
            "no article found: the input is empty or holds no headline or paragraph of prose; "
            "run `newsparse explain` on it to see the role each line got"
        )
    return articles[0]


def _check_now(now: object) -> None:
    if now is not None and not isinstance(now, datetime):
        raise TypeError(f"now must be a datetime or None, got {type(now).__name__}")

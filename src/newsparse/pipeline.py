"""The Parser: a Ruler of named rules run over one State, then assembled into Articles.

The default preset is data (``DEFAULT_RULES``), so a Parser's pipeline can be inspected and
edited before use::

    parser = Parser(extra_chrome=["Listen to this story"])
    parser.ruler.disable("caption_repair")
    parser.ruler.before("body", "sponsor", my_sponsor_rule)
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from newsparse.assemble import assemble
from newsparse.errors import NoArticleFound
from newsparse.model import Article
from newsparse.ruler import Ruler
from newsparse.rules import PRESET
from newsparse.sources.files import open_bytes, read_file
from newsparse.sources.text import text_lines
from newsparse.state import State
from newsparse.vocabulary import Vocabulary

DEFAULT_RULES: tuple[str, ...] = tuple(name for name, _, _ in PRESET)
"""The names of the default rules, in the order they run (``newsparse.rules.PRESET`` holds
them with their contracts). A line keeps the first role a rule gives it, unless a later rule
relabels it, which the State records (``State.history``) and ``explain`` shows."""

DEFAULT_MAX_CHARS = 64 * 1024 * 1024
"""Inputs longer than this raise InputTooLarge instead of being parsed."""

TextInput = str | bytes | bytearray | memoryview
HtmlInput = str | bytes | bytearray | memoryview | Any
"""A saved page: str, bytes, or a bs4 ``BeautifulSoup``/``Tag`` (typed loosely so that
importing newsparse never imports bs4)."""


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

    def run(self, text: TextInput, now: datetime | None = None) -> State:
        """Run the pipeline on copied text; the State holds every line's role and rule."""
        _check_now(now)
        state = State(text_lines(text, self.max_chars), self.vocabulary, now)
        self.ruler.run(state)
        return state

    def run_html(
        self, html: HtmlInput, url: str | None = None, now: datetime | None = None
    ) -> State:
        """Run the pipeline on a saved HTML page (str, bytes, or a bs4 soup or tag)."""
        _check_now(now)
        from newsparse.sources.html import read_html  # lxml loads only when HTML is parsed

        page = read_html(html, self.max_chars, url)
        state = State(list(page.lines), self.vocabulary, now, page.meta)
        self.ruler.run(state)
        return state

    def parse_html(
        self, html: HtmlInput, url: str | None = None, now: datetime | None = None
    ) -> Article:
        """The article of a saved HTML page; raises NoArticleFound when there is none."""
        return _main(assemble(self.run_html(html, url, now)))

    def run_bytes(self, data: bytes, now: datetime | None = None) -> State:
        """Run the pipeline on a file's bytes: gzip undone, HTML or text told by content."""
        kind, opened = open_bytes(data, self.max_chars)
        return self.run_html(opened, None, now) if kind == "html" else self.run(opened, now)

    def parse_file(self, path: str | os.PathLike[str], now: datetime | None = None) -> Article:
        """The main article of a saved page or text file (HTML or text told by content;
        ``.gz`` files are decompressed)."""
        return _main(assemble(self.run_bytes(read_file(path, self.max_chars), now)))

    def parse_articles(self, text: TextInput, now: datetime | None = None) -> list[Article]:
        """Every article in the text, in order; [] when the text holds none."""
        return assemble(self.run(text, now))

    def parse_text(self, text: TextInput, now: datetime | None = None) -> Article:
        """The main (first) article of the text; raises NoArticleFound when there is none."""
        return _main(self.parse_articles(text, now))


def _main(articles: list[Article]) -> Article:
    if not articles:
        raise NoArticleFound(
            "no article found: the input is empty or holds no headline or paragraph of prose; "
            "run `newsparse explain` on it to see the role each line got"
        )
    return articles[0]


def _check_now(now: object) -> None:
    if now is not None and not isinstance(now, datetime):
        raise TypeError(f"now must be a datetime or None, got {type(now).__name__}")

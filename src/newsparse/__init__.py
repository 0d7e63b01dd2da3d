"""newsparse: turn scraped news pages into typed articles.

    >>> import newsparse
    >>> article = newsparse.parse(open("page.html", "rb").read())  # doctest: +SKIP
    >>> article.headline, article.published, article.body_text     # doctest: +SKIP

``parse`` takes a saved page or copied text alike; ``parse_articles`` returns every article
of a dump; ``Parser`` gives an editable pipeline.
"""

from __future__ import annotations

import os
from datetime import datetime

from newsparse.errors import (
    BinaryInput,
    DecodeError,
    InputError,
    InputTooLarge,
    NewsParseError,
    NoArticleFound,
    NotARole,
    RuleConflict,
    RuleFailed,
    UnknownRule,
    VocabularyError,
    WrongKind,
)
from newsparse.model import (
    Article,
    Block,
    BlockKind,
    Dateline,
    Image,
    LineRecord,
    Link,
    Notice,
    PageMeta,
    Role,
    Stamp,
    StampKind,
)
from newsparse.pipeline import (
    DEFAULT_RULES,
    EXPLAIN_WIDTH,
    HtmlInput,
    Parsed,
    Parser,
    Source,
    TextInput,
    kind_of,
)
from newsparse.ruler import Contract, Rule, Ruler
from newsparse.state import State
from newsparse.vocabulary import Vocabulary

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_RULES",
    "EXPLAIN_WIDTH",
    "Article",
    "BinaryInput",
    "Block",
    "BlockKind",
    "Contract",
    "Dateline",
    "DecodeError",
    "Image",
    "InputError",
    "InputTooLarge",
    "LineRecord",
    "Link",
    "NewsParseError",
    "NoArticleFound",
    "NotARole",
    "Notice",
    "PageMeta",
    "Parsed",
    "Parser",
    "Role",
    "Rule",
    "RuleConflict",
    "RuleFailed",
    "Ruler",
    "Stamp",
    "StampKind",
    "State",
    "UnknownRule",
    "Vocabulary",
    "VocabularyError",
    "WrongKind",
    "__version__",
    "kind_of",
    "parse",
    "parse_all",
    "parse_articles",
    "parse_file",
    "parse_html",
    "parse_text",
]

_default_parser: Parser | None = None


def _parser() -> Parser:
    global _default_parser  # noqa: PLW0603 - one shared default pipeline, built on first use
    if _default_parser is None:
        _default_parser = Parser()
    return _default_parser


def parse(data: TextInput, *, url: str | None = None, now: datetime | None = None) -> Article:
    """The main article of a saved page or of copied text, str or bytes: HTML or text is
    told by content (see ``kind_of``). Raises NoArticleFound when there is none.

    ``url`` is where an HTML page was fetched from; ``now`` places relative stamps in time.
    """
    return _parser().parse(data, url=url, now=now)


def parse_all(
    source: Source,
    *,
    url: str | None = None,
    now: datetime | None = None,
    charset: str | None = None,
) -> Parsed:
    """Every article of any input — a path (``pathlib.Path``), bytes, a str of copied text
    or HTML, a bs4 soup — with the State behind them (see ``Parser.parse_all``)."""
    return _parser().parse_all(source, url=url, now=now, charset=charset)


def parse_articles(text: TextInput, now: datetime | None = None) -> list[Article]:
    """Every article in a dump of copied page text, in order; [] when there is none.

    ``now`` places relative stamps (``8 sec ago``) in time; without it they stay unresolved.
    Raises WrongKind when the text is a web page's HTML (``parse_all`` takes either kind).
    """
    return _parser().parse_articles(text, now)


def parse_text(text: TextInput, now: datetime | None = None) -> Article:
    """The main (first) article of copied page text; raises NoArticleFound if there is none,
    and WrongKind when the text is a web page's HTML (use ``parse_html`` or ``parse``)."""
    return _parser().parse_text(text, now)


def parse_html(html: HtmlInput, url: str | None = None, now: datetime | None = None) -> Article:
    """The article of a saved HTML page (str, bytes, or a bs4 ``BeautifulSoup``/``Tag``).

    ``url`` is where the page was fetched from; relative links in its metadata resolve
    against it. Raises NoArticleFound when the page holds no article, and WrongKind when
    ``html`` is text with no tag at all (use ``parse_text`` or ``parse``).
    """
    return _parser().parse_html(html, url, now)


def parse_file(
    path: str | os.PathLike[str], now: datetime | None = None, *, url: str | None = None
) -> Article:
    """The main article of a saved page or copied-text file; HTML or text is told by content,
    and ``.gz`` files are decompressed. ``url`` is where the page was fetched from."""
    return _parser().parse_file(path, now, url=url)

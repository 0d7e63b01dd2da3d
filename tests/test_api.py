"""The public calls: ``parse`` tells HTML from text; ``parse_text`` and ``parse_html`` name
the call that fits the other kind; a failing rule, a role that is not a Role, a bad date in
a record each say what went wrong; ``explain`` shows notices and cuts long lines."""

from __future__ import annotations

import gzip
import importlib
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import (
    Article,
    NewsParseError,
    NoArticleFound,
    NotARole,
    Parser,
    Role,
    RuleFailed,
    State,
    WrongKind,
)

ROOT = Path(__file__).resolve().parent.parent
STORY = (
    "Ferry strike halts crossings\n"
    "By Ann Lee\n"
    "DOVER: Ferry crews walked out on Monday, halting every crossing to the continent "
    "for the first time in a decade.\n"
    "The union said talks would resume on Friday, after the holiday weekend.\n"
)
PAGE = (
    "<!doctype html><html><head><title>Ferry strike | Harbour Post</title></head><body>"
    "<article><h1>Ferry strike halts crossings</h1><p>By Ann Lee</p>"
    "<p>DOVER: Ferry crews walked out on Monday, halting every crossing to the continent "
    "for the first time in a decade.</p>"
    "<p>The union said talks would resume on Friday, after the holiday weekend.</p>"
    "</article></body></html>"
)
URL = "https://harbour.example/news/ferry-strike"


@pytest.mark.parametrize(
    "data",
    [STORY, STORY.encode(), PAGE, PAGE.encode(), PAGE.encode("utf-16")],
    ids=["text", "text bytes", "html", "html bytes", "html utf-16"],
)
def test_parse_tells_html_from_text(data: str | bytes) -> None:
    article = newsparse.parse(data)
    assert article.headline == "Ferry strike halts crossings"
    assert article.authors == ("Ann Lee",)
    assert (
        article.body[-1]
        == "The union said talks would resume on Friday, after the holiday weekend."
    )


def test_parse_passes_url_and_now() -> None:
    page = PAGE.replace("<p>By Ann Lee</p>", "<p>By Ann Lee</p><p>Updated 5 min ago</p>")
    now = datetime(2024, 5, 6, 12, 0, tzinfo=UTC)
    article = newsparse.parse(page, url=URL, now=now)
    assert article.url == URL
    assert article.updated == datetime(2024, 5, 6, 11, 55, tzinfo=UTC)


@pytest.mark.parametrize("data", ["", "Home\nSport\n", "<html><body><nav>Home</nav></body></html>"])
def test_parse_raises_no_article_found(data: str) -> None:
    with pytest.raises(NoArticleFound):
        newsparse.parse(data)


WRONG_KIND = [
    (
        newsparse.parse_text,
        PAGE,
        "this looks like HTML (a web page's markup, not its copied text): use parse_html, "
        "or parse, which tells HTML from text",
    ),
    (newsparse.parse_text, PAGE.encode(), None),
    (newsparse.parse_articles, PAGE, None),
    (newsparse.parse_text, "<p>Ferry strike</p>\n<p>Crews walked out.</p>", None),
    (
        newsparse.parse_html,
        STORY,
        "this holds no markup (no tag at all): it is copied text, not a saved page; use "
        "parse_text, or parse, which tells HTML from text",
    ),
    (newsparse.parse_html, STORY.encode(), None),
    (newsparse.parse_html, STORY.encode("utf-16"), None),
]


@pytest.mark.parametrize(("parse", "data", "message"), WRONG_KIND)
def test_the_other_kind_names_the_call_that_fits(
    parse: Any, data: str | bytes, message: str | None
) -> None:
    with pytest.raises(WrongKind) as raised:
        parse(data)
    assert isinstance(raised.value, NewsParseError)
    if message is not None:
        assert str(raised.value) == message


@pytest.mark.parametrize(
    ("parse", "data", "expected"),
    [
        # Text that mentions a tag is still text; a fragment of markup, a lone comment even,
        # is HTML (its text one paragraph, as a browser shows it).
        (
            newsparse.parse_text,
            STORY.replace("Monday", "Monday <b>"),
            "Article(headline='Ferry strike halts crossings', published=None, "
            "body=2 paragraphs, lines=4)",
        ),
        (
            newsparse.parse_html,
            "<p>" + STORY.replace("\n", "</p><p>"),
            "Article(headline='Ferry strike halts crossings', published=None, "
            "body=2 paragraphs, lines=4)",
        ),
        (
            newsparse.parse_html,
            "<!-- saved -->" + STORY,
            "Article(headline=None, published=None, body=1 paragraph, lines=1)",
        ),
    ],
)
def test_either_kind_with_a_stray_tag_is_read(parse: Any, data: str, expected: str) -> None:
    assert repr(parse(data)) == expected


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", NoArticleFound),
        (b"  \n ", NoArticleFound),
        (b"\x89PNG\r\n\x1a\n\x00", newsparse.BinaryInput),
    ],
)
def test_parse_html_says_empty_or_binary_first(data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error):
        newsparse.parse_html(data)


def test_parse_file_takes_a_url(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(PAGE.encode()))
    assert newsparse.parse_file(path, url=URL).url == URL
    assert Parser().parse_file(str(path), url=URL).url == URL
    assert newsparse.parse_file(path).url is None


# A rule's own exception names the rule; a NewsParseError a rule raises passes through.


def _index_error(state: State) -> None:
    state.lines[len(state.lines)]  # the bug this rule has: one line past the end


def _no_article(state: State) -> None:
    del state
    raise NoArticleFound("not today")


def test_a_failing_rule_is_named() -> None:
    parser = Parser()
    parser.ruler.before("body", "broken", _index_error)
    with pytest.raises(RuleFailed) as raised:
        parser.parse_text(STORY)
    assert str(raised.value) == "rule 'broken' raised IndexError: list index out of range"
    assert isinstance(raised.value.__cause__, IndexError)
    assert isinstance(raised.value, NewsParseError)


def test_a_rule_s_news_parse_error_passes_through() -> None:
    parser = Parser()
    parser.ruler.push("refuse", _no_article)
    with pytest.raises(NoArticleFound) as raised:
        parser.parse_text(STORY)
    assert str(raised.value) == "not today"


@pytest.mark.parametrize(
    ("role", "message"),
    [
        (
            "chrome",
            "rule 'mine': a line's role must be a Role, not the str 'chrome': pass Role.CHROME",
        ),
        (
            "gallery-counter",
            "rule 'mine': a line's role must be a Role, not the str 'gallery-counter': "
            "pass Role.GALLERY_COUNTER",
        ),
        (
            3,
            "rule 'mine': a line's role must be a Role, not the int 3: pass Role.HEADLINE or "
            "Role.HEADLINE_REPEAT or Role.BULLET or Role.STANDFIRST or Role.BYLINE or "
            "Role.STAMP or Role.DATELINE or Role.BODY or Role.CAPTION or Role.CREDIT or "
            "Role.GALLERY_COUNTER or Role.CHROME or Role.BLANK",
        ),
    ],
)
def test_a_claim_takes_only_a_role(role: object, message: str) -> None:
    parser = Parser()

    def mine(state: State) -> None:
        state.claim(0, role)  # type: ignore[arg-type]

    parser.ruler.before("blank", "mine", mine)
    with pytest.raises(NotARole) as raised:
        parser.parse_text(STORY)
    assert str(raised.value) == message
    assert isinstance(raised.value, TypeError)


def test_relabel_takes_only_a_role_outside_a_pipeline_too() -> None:
    state = Parser().run(STORY)
    with pytest.raises(NotARole) as raised:
        state.relabel(0, "body")  # type: ignore[arg-type]
    assert str(raised.value) == "a line's role must be a Role, not the str 'body': pass Role.BODY"
    assert state.roles[0] is Role.HEADLINE


# The Article: a short repr, and records that name the field they cannot read.


@pytest.mark.parametrize(
    ("article", "expected"),
    [
        (Article(), "Article(headline=None, published=None, body=0 paragraphs, lines=0)"),
        (
            Article(
                headline="Ferry strike halts crossings",
                body=("One.", "Two."),
                published=datetime(2024, 5, 6, 7, 30, tzinfo=UTC),
            ),
            "Article(headline='Ferry strike halts crossings', "
            "published='2024-05-06T07:30:00+00:00', body=2 paragraphs, lines=0)",
        ),
        (
            Article(headline="A" * 70),
            f"Article(headline='{'A' * 59}…', published=None, body=0 paragraphs, lines=0)",
        ),
    ],
)
def test_article_repr_is_short(article: Article, expected: str) -> None:
    assert repr(article) == expected


def test_a_parsed_article_s_repr_counts_its_lines() -> None:
    assert repr(newsparse.parse_text(STORY)) == (
        "Article(headline='Ferry strike halts crossings', published=None, "
        "body=2 paragraphs, lines=4)"
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"published": "2021-13-45"}, "Article.published: cannot read '2021-13-45' as an ISO date"),
        ({"updated": "yesterday"}, "Article.updated: cannot read 'yesterday' as an ISO date"),
        (
            {"stamps": [{"kind": "published", "raw": "x", "value": "2021-02-30"}]},
            "Article.stamps[0].value: cannot read '2021-02-30' as an ISO date",
        ),
        (
            {"stamps": [{"kind": "posted", "raw": "x", "value": None}]},
            "Article.stamps[0].kind: 'posted' is not one of 'published', 'updated'",
        ),
        ({"published": 2021}, "Article.published: expected an ISO 8601 string, got int"),
    ],
)
def test_from_dict_names_the_field_it_cannot_read(data: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)) as raised:
        Article.from_dict(data)
    assert str(raised.value) == message


# explain: notices after each article's lines; long lines cut.


def _flag_headline(state: State) -> None:
    state.notice("checked", "the headline was read twice", 0)


def test_explain_shows_notices_and_cuts_long_lines() -> None:
    parser = Parser()
    parser.ruler.push("flag", _flag_headline)
    parsed = parser.parse_all(STORY)
    assert parsed.explain(64).splitlines() == [
        "== article 1 · lines 1-4 · Ferry strike halts crossings",
        "     1  headline         headline        Ferry strike halts cro…",
        "     2  byline           meta            By Ann Lee",
        "     3  dateline         dateline        DOVER: Ferry crews wal…",
        "                       (was body by body, changed by dateline)",
        "     4  body             body            The union said talks w…",
        "        notice low-confidence (line 3): the story holds only 18…",
        "        notice checked (line 1): the headline was read twice",
    ]
    whole = parsed.explain(0).splitlines()
    assert whole[3].endswith("to the continent for the first time in a decade.")
    assert whole[6].endswith("rather than an article")
    assert [len(line) for line in parsed.explain().splitlines()] == [
        min(len(line), newsparse.EXPLAIN_WIDTH) for line in whole
    ]


# The API reference covers every public name.


def _documented(target: str) -> set[str]:
    """The names a ``::: target`` block of the reference documents: a module's own public
    names, or the one name of anything else."""
    module_name, _, name = target.rpartition(".")
    try:
        module = importlib.import_module(target)
    except ModuleNotFoundError:
        return {name} if hasattr(importlib.import_module(module_name), name) else set()
    return {n for n, v in vars(module).items() if getattr(v, "__module__", None) == target}


def test_the_reference_documents_every_public_name() -> None:
    reference = (ROOT / "docs" / "reference.md").read_text(encoding="utf-8")
    targets = re.findall(r"^::: ([\w.]+)$", reference, re.MULTILINE)
    documented = set().union(*map(_documented, targets))
    mentioned = set(re.findall(r"`newsparse\.(\w+)`", reference))  # a value: __version__
    assert sorted(set(newsparse.__all__) - documented - mentioned) == []

"""The HTML front end on pages whose story is hard to reach: hidden until a script runs,
swallowed by a broken sidebar, or carrying stray NUL bytes; and script text kept out."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import BinaryInput, Parser, Role
from newsparse.sources.html import read_html

LIMIT = 1_000_000
HEADLINE = "Storm closes schools across the north"
# Paragraphs of more than 100 characters: a story's text, as the front end tells it.
PARAGRAPHS = [
    "Heavy snow closed hundreds of schools across the north on Tuesday, and officials said many"
    " would stay shut until Friday.",
    "Rail operators cancelled dozens of services as drifts blocked lines near the coast, leaving"
    " commuters stranded at stations.",
    "Forecasters expect the snow to ease by Thursday, but they warned that ice would make the"
    " hill roads dangerous for days.",
    "The council said its gritters had been working through the night and asked drivers to stay"
    " at home unless they had to travel.",
    "Parents were told to check the council website each morning, as head teachers would decide"
    " on closures school by school.",
]
STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEAD = f"<head><title>{HEADLINE} | Riverside Gazette</title></head>"


def _page(body: str) -> str:
    return f"<html>{HEAD}<body>{body}</body></html>"


def test_a_story_only_in_hidden_markup_is_read() -> None:
    page = _page(f"<div hidden><h1>{HEADLINE}</h1>{STORY}</div>")
    lines = read_html(page, LIMIT).lines
    assert [(line.text, line.hints.hidden if line.hints else None) for line in lines] == [
        (text, False) for text in [HEADLINE, *PARAGRAPHS]
    ]
    article = newsparse.parse_html(page)
    assert (article.headline, article.body) == (HEADLINE, tuple(PARAGRAPHS))


@pytest.mark.parametrize("element", ["noscript", "template"])
def test_a_story_only_in_noscript_or_template_is_read(element: str) -> None:
    page = _page(f"<{element}><h1>{HEADLINE}</h1>{STORY}</{element}>")
    article = newsparse.parse_html(page)
    assert (article.headline, article.body) == (HEADLINE, tuple(PARAGRAPHS))


def test_noscript_beside_a_visible_story_gives_no_line() -> None:
    page = _page(
        f"<h1>{HEADLINE}</h1>{STORY}<noscript><p>Turn on JavaScript to comment on this story today.</p></noscript>"
    )
    assert [line.text for line in read_html(page, LIMIT).lines] == [HEADLINE, *PARAGRAPHS]


def test_hidden_text_beside_a_visible_story_stays_hidden() -> None:
    hidden = "Subscribers can listen to this story read aloud by our newsroom every morning."
    page = _page(f"<h1>{HEADLINE}</h1>{STORY}<div hidden><p>{hidden}</p></div>")
    lines = read_html(page, LIMIT).lines
    assert [line.text for line in lines if line.hints and line.hints.hidden] == [hidden]
    state = Parser().run_html(page)
    assert state.roles[-1] is Role.CHROME
    assert newsparse.parse_html(page).body == tuple(PARAGRAPHS)


@pytest.mark.parametrize(
    "page",
    [
        _page(
            f"<h1>{HEADLINE}</h1>{STORY}<aside><p>In short: schools shut across the north.</p>"
            "<script>console.log('aside ready')</script></aside>"
        ),
        _page(
            "<nav><a href='/'>Home</a><script>console.log('menu ready')</script>"
            f"<a href='/world'>World</a></nav><h1>{HEADLINE}</h1>{STORY}"
        ),
        _page(
            f"<h1>{HEADLINE}</h1>{STORY}<footer><p>© 2021 Riverside Media Group</p>"
            "<script>console.log('footer ready')</script></footer>"
        ),
        _page(
            f"<h1>{HEADLINE}</h1><p>Heavy snow<script>console.log('x')</script> fell.</p>{STORY}"
        ),
    ],
    ids=["aside", "nav", "footer", "paragraph"],
)
def test_script_text_is_in_no_line(page: str) -> None:
    lines = read_html(page, LIMIT).lines
    assert [line.text for line in lines if "console" in line.text] == []


def test_an_aside_summary_holds_its_text_but_not_its_script() -> None:
    page = _page(
        f"<h1>{HEADLINE}</h1>{STORY}<aside><p>In short: schools shut across the north.</p>"
        "<script>console.log('aside ready')</script></aside>"
    )
    lines = read_html(page, LIMIT).lines
    assert lines[-1].text == "In short: schools shut across the north."
    assert lines[-1].hints is not None
    assert (lines[-1].hints.landmark, lines[-1].hints.site_chrome) == ("aside", True)


def test_an_aside_left_open_around_the_story_is_read_in_full() -> None:
    # The <aside> and its <div> never close: the parser nests the whole story inside them.
    page = f"<html>{HEAD}<body><h1>{HEADLINE}</h1><aside><div><p>Most read</p>{STORY}</body></html>"
    lines = read_html(page, LIMIT).lines
    assert [line.text for line in lines] == [HEADLINE, "Most read", *PARAGRAPHS]
    assert not any(line.hints and line.hints.site_chrome for line in lines)
    article = newsparse.parse_html(page)
    assert (article.headline, article.body) == (HEADLINE, tuple(PARAGRAPHS))


def test_a_closed_aside_beside_the_story_is_one_chrome_line() -> None:
    aside = "<aside><p>Most read</p><p>Bus fares rise again</p><p>Library reopens</p></aside>"
    lines = read_html(_page(f"<h1>{HEADLINE}</h1>{STORY}{aside}"), LIMIT).lines
    assert lines[-1].text == "Most read Bus fares rise again Library reopens"
    assert lines[-1].hints is not None
    assert lines[-1].hints.site_chrome


# A NUL this far in is a stray byte in a real page; one in the first 8 KiB marks binary data.
PADDING = "<!-- " + "padding " * 1200 + "-->"
NUL_PARAGRAPH = (
    "The harbour stayed open on Tues\x00day, but the ferry to the islands was cancelled."
)


@pytest.mark.parametrize("data", [b"<p>a\x00b</p>", "<p>a\x00b</p>"])
def test_an_early_nul_is_binary_input(data: str | bytes) -> None:
    with pytest.raises(BinaryInput):
        newsparse.parse_html(data)


@pytest.mark.parametrize("encode", [False, True], ids=["str", "bytes"])
def test_a_nul_past_the_first_8_kib_of_a_page_is_dropped(encode: bool) -> None:
    page = _page(f"{PADDING}<h1>{HEADLINE}</h1><p>{NUL_PARAGRAPH}</p>{STORY}")
    assert page.index("\x00") > 8192
    article = newsparse.parse_html(page.encode() if encode else page)
    assert article.headline == HEADLINE
    assert article.body == (
        "The harbour stayed open on Tuesday, but the ferry to the islands was cancelled.",
        *PARAGRAPHS,
    )


@pytest.mark.parametrize("encode", [False, True], ids=["str", "bytes"])
def test_a_nul_past_the_first_8_kib_of_text_becomes_a_space(encode: bool) -> None:
    text = "\n".join([HEADLINE, "By Ann Lee", *PARAGRAPHS * 15, NUL_PARAGRAPH]) + "\n"
    assert text.index("\x00") > 8192
    state = Parser().run(text.encode() if encode else text)
    assert state.lines[-1].text == (
        "The harbour stayed open on Tues day, but the ferry to the islands was cancelled."
    )


@pytest.mark.parametrize("data", [b"Storm\x00closes schools", "Storm\x00closes schools"])
def test_an_early_nul_in_text_is_binary_input(data: str | bytes) -> None:
    with pytest.raises(BinaryInput):
        newsparse.parse_text(data)

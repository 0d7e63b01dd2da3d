"""Article.blocks from HTML markup and from the shape of text lines, and the Markdown and
plain text an Article renders to."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import etree

import newsparse
from newsparse import Article, Block, BlockKind, Dateline, Image, Link
from newsparse.sources.html import html_lines

P = BlockKind.PARAGRAPH
LEAD = "A storm closed the harbour on Monday, and the ferries stayed in port all day long."
LAST = "The harbour is due to open again on Wednesday if the wind drops as the forecast says."


def _page(inner: str) -> str:
    return (
        "<html><body><article><h1>Storm closes the harbour for a day</h1><p>By Ann Lee</p>"
        f"<p>{LEAD}</p>{inner}<p>{LAST}</p></article></body></html>"
    )


@pytest.mark.parametrize(
    ("inner", "middle"),
    [
        pytest.param("", [], id="paragraphs alone"),
        pytest.param(
            "<h2>Ferries wait</h2>", [Block(BlockKind.HEADING, "Ferries wait", level=2)], id="h2"
        ),
        pytest.param(
            "<h3>Ferries wait</h3>", [Block(BlockKind.HEADING, "Ferries wait", level=3)], id="h3"
        ),
        pytest.param(
            "<ul><li>Ferries are cancelled.</li><li>Schools stay shut.</li></ul>",
            [Block(BlockKind.LIST, items=("Ferries are cancelled.", "Schools stay shut."))],
            id="list",
        ),
        pytest.param(
            "<blockquote><p>We have never seen waves like these in all our years here.</p>"
            "</blockquote>",
            [Block(BlockKind.QUOTE, "We have never seen waves like these in all our years here.")],
            id="quote",
        ),
        pytest.param(
            "<table><tr><th>Town</th><th>Rain</th></tr><tr><td>Dover</td><td>80 <b>mm</b></td>"
            "</tr><tr><td>Deal</td><td></td></tr></table>",
            [Block(BlockKind.TABLE, rows=(("Town", "Rain"), ("Dover", "80 mm"), ("Deal", "")))],
            id="table",
        ),
        pytest.param(
            "<ol><li>Ferries are cancelled.</li><li>Schools stay shut.</li></ol>"
            "<ul><li>Dover</li><li>Deal</li></ul>",
            [
                Block(
                    BlockKind.LIST,
                    items=("Ferries are cancelled.", "Schools stay shut."),
                    ordered=True,
                ),
                Block(BlockKind.LIST, items=("Dover", "Deal")),
            ],
            id="a numbered list and a list after it",
        ),
        pytest.param(
            "<ol><li>Ferries are cancelled.<ul><li>Dover</li></ul></li></ol>",
            [
                Block(BlockKind.LIST, items=("Ferries are cancelled.",), ordered=True),
                Block(BlockKind.LIST, items=("Dover",)),
            ],
            id="the nearest list says",
        ),
        pytest.param(
            "<p><strong>Ferries wait offshore</strong></p>",
            [Block(BlockKind.HEADING, "Ferries wait offshore", level=2)],
            id="a paragraph set in bold",
        ),
        pytest.param(
            "<p><b>Ferries </b><b><i>wait</i> offshore</b></p>",
            [Block(BlockKind.HEADING, "Ferries wait offshore", level=2)],
            id="in several bold elements",
        ),
        pytest.param(
            "<p><strong>Ferries:</strong> they wait offshore</p>",
            [Block(P, "Ferries: they wait offshore")],
            id="a bold label opening a paragraph",
        ),
        pytest.param(
            "<p><strong>Ferries will wait offshore until Wednesday.</strong></p>",
            [Block(P, "Ferries will wait offshore until Wednesday.")],
            id="a sentence in bold",
        ),
    ],
)
def test_html_blocks_follow_the_markup(inner: str, middle: list[Block]) -> None:
    article = newsparse.parse_html(_page(inner))
    assert article.blocks == (Block(P, LEAD), *middle, Block(P, LAST))


@pytest.mark.parametrize(
    ("open_tag", "close_tag"), [("<ul><li>", "</li></ul>"), ("<blockquote>", "</blockquote>")]
)
def test_a_story_printed_whole_in_a_list_item_or_a_quote_is_paragraphs(
    open_tag: str, close_tag: str
) -> None:
    page = (
        _page("")
        .replace(f"<p>{LEAD}", f"{open_tag}<p>{LEAD}")
        .replace("</article>", f"{close_tag}</article>")
    )
    assert newsparse.parse_html(page).blocks == (Block(P, LEAD), Block(P, LAST))


def test_a_story_printed_whole_in_bold_is_paragraphs() -> None:
    page = (
        _page("<p>Ferries wait offshore</p>").replace("<p>", "<p><b>").replace("</p>", "</b></p>")
    )
    blocks = newsparse.parse_html(page).blocks
    assert {block.kind for block in blocks} == {P}


def test_html_blocks_cover_the_body_and_leave_it_as_it_was() -> None:
    inner = "<h2>Ferries wait</h2><ul><li>Ferries are cancelled.</li></ul>"
    article = newsparse.parse_html(_page(inner))
    assert article.body == (LEAD, "Ferries wait", "Ferries are cancelled.", LAST)


@pytest.mark.parametrize(
    ("html", "cells", "quote"),
    [
        ("<table><tr><td>Dover</td><td><b>80</b> mm</td></tr></table>", ("Dover", "80 mm"), False),
        ("<table><tr><td><p>Dover</p></td><td>80 mm</td></tr></table>", (), False),
        ("<blockquote><div>Waves</div></blockquote>", (), True),
        ("<p>Waves</p>", (), False),
    ],
)
def test_html_lines_carry_cells_and_quotes(html: str, cells: tuple[str, ...], quote: bool) -> None:
    first = html_lines(etree.fromstring(html, etree.HTMLParser()))[0]
    assert (first.cells, first.hints is not None and first.hints.quote) == (cells, quote)


TEXT_LEAD = "HARWICH - A storm closed the harbour on Monday, and the ferries stayed in port."


@pytest.mark.parametrize(
    ("middle", "blocks"),
    [
        pytest.param(
            ["Ferries wait offshore", LAST],
            [Block(BlockKind.HEADING, "Ferries wait offshore", level=2), Block(P, LAST)],
            id="subheading",
        ),
        *(
            pytest.param(
                [*marked, LAST],
                [
                    Block(BlockKind.LIST, items=("Ferries are cancelled.", "Schools stay shut.")),
                    Block(P, LAST),
                ],
                id=name,
            )
            for name, marked in [
                ("bullets", ["• Ferries are cancelled.", "• Schools stay shut."]),
                (
                    "every bullet marker of the vocabulary, glued or not",
                    ["■ Ferries are cancelled.", "•Schools stay shut."],
                ),
            ]
        ),
        pytest.param(
            ["- Ferries are cancelled.", "- Schools stay shut."],
            [Block(BlockKind.LIST, items=("Ferries are cancelled.", "Schools stay shut."))],
            id="dashes at the end",
        ),
        pytest.param(
            ["Two cups of flour", "One cup of sugar", LAST],
            [Block(P, "Two cups of flour"), Block(P, "One cup of sugar"), Block(P, LAST)],
            id="title-like lines side by side are no subheadings",
        ),
        # Paragraphs that stay paragraphs.
        *(
            pytest.param(
                [*lines, LAST], [*(Block(P, line) for line in lines), Block(P, LAST)], id=name
            )
            for name, lines in [
                ("post details", ["Posted in: Harbour News | 3 comments"]),
                ("a comment's signature", ["Reply #4 — harbourfan, 3:16 PM"]),
                ("a handle", ["Follow Ann Lee on X: @annlee"]),
                ("a caption's credit", ["The quay at dawn © Harbour Press"]),
                (
                    "a dash opens a quotation's author, not a list item",
                    ["“The sea always wins,” she said.", "— Ann Lee (@annlee) May 2, 2024"],
                ),
                (
                    "nor a line of dialogue",
                    ["– Vi venter på været, sa han i går.", "– Og så seiler vi, sa hun."],
                ),
            ]
        ),
        pytest.param(
            ["(More on Friday)", LAST],
            [Block(P, "(More on Friday)"), Block(P, LAST)],
            id="an aside in brackets is no subheading",
        ),
        pytest.param(
            ["Ferries will sail again on Wednesday.", LAST],
            [Block(P, "Ferries will sail again on Wednesday."), Block(P, LAST)],
            id="a short sentence is a paragraph",
        ),
        pytest.param(
            ["Ferries wait offshore", "• Ferries are cancelled.", LAST],
            [
                Block(BlockKind.HEADING, "Ferries wait offshore", level=2),
                Block(BlockKind.LIST, items=("Ferries are cancelled.",)),
                Block(P, LAST),
            ],
            id="a subheading over a list of sentences",
        ),
    ],
)
def test_text_blocks_follow_the_lines(middle: list[str], blocks: list[Block]) -> None:
    text = "\n\n".join(["Storm closes the harbour for a day", "By Ann Lee", TEXT_LEAD, *middle])
    article = newsparse.parse_text(text + "\n")
    lead = "A storm closed the harbour on Monday, and the ferries stayed in port."
    assert article.blocks == (Block(P, lead), *blocks)
    assert article.body == (lead, *middle)


STORY = Article(
    headline="Storm closes the harbour",
    kicker="Weather",
    dateline=Dateline("HARWICH", None, "HARWICH -"),
    body=("Ferries stayed in port.", "Ferries wait", "Cancelled.", "Town | Rain", "Harwich 80"),
    blocks=(
        Block(P, "Ferries stayed in port."),
        Block(BlockKind.HEADING, "Ferries wait", level=3),
        Block(BlockKind.LIST, items=("Cancelled.",)),
        Block(BlockKind.TABLE, rows=(("Town", "Rain | snow"), ("Harwich",))),
    ),
    published=datetime(2024, 11, 26, 9, 30, tzinfo=UTC),
    updated=datetime(2024, 11, 27, tzinfo=UTC),
    updated_date_only=True,
    authors=("Ann Lee", "Bo Chen"),
    standfirst="The port shut for a day.",
    bullets=("Ferries stopped",),
    images=(
        Image("The quay at dawn.", "PA", url="https://example.com/quay.jpg"),
        Image("Waves on the wall.", "AP"),
        Image(credit="Reuters"),
    ),
)


def test_markdown() -> None:
    assert STORY.to_markdown() == (
        "**Weather**\n\n"
        "# Storm closes the harbour\n\n"
        "*By Ann Lee, Bo Chen · 2024-11-26T09:30:00+00:00 · updated 2024-11-27*\n\n"
        "**The port shut for a day.**\n\n"
        "- Ferries stopped\n\n"
        "HARWICH - Ferries stayed in port.\n\n"
        "### Ferries wait\n\n"
        "- Cancelled.\n\n"
        "| Town | Rain \\| snow |\n| --- | --- |\n| Harwich |  |\n\n"
        "![The quay at dawn. — PA](https://example.com/quay.jpg)\n\n"
        "*Waves on the wall. (AP)*\n\n"
        "*(Reuters)*\n"
    )


def test_text() -> None:
    assert STORY.to_text() == (
        "Weather\n\n"
        "Storm closes the harbour\n\n"
        "By Ann Lee, Bo Chen · 2024-11-26T09:30:00+00:00 · updated 2024-11-27\n\n"
        "The port shut for a day.\n\n"
        "• Ferries stopped\n\n"
        "HARWICH - Ferries stayed in port.\n\n"
        "Ferries wait\n\n"
        "• Cancelled.\n\n"
        "Town\tRain | snow\nHarwich\n\n"
        "The quay at dawn. (PA)\n\n"
        "Waves on the wall. (AP)\n\n"
        "(Reuters)\n"
    )


@pytest.mark.parametrize(
    ("article", "markdown"),
    [
        pytest.param(Article(), "", id="empty"),
        pytest.param(
            Article(headline="Storm", body=("Snow fell.", "Buses stopped.")),
            "# Storm\n\nSnow fell.\n\nBuses stopped.\n",
            id="a body without blocks (older JSON) is paragraphs",
        ),
        pytest.param(
            Article(
                dateline=Dateline("LEEDS", None, "LEEDS:"),
                body=("Snow",),
                blocks=(Block(BlockKind.HEADING, "Snow", level=2),),
            ),
            "LEEDS:\n\n## Snow\n",
            id="a dateline without a paragraph stands alone",
        ),
        pytest.param(
            Article(body=("Rain",), blocks=(Block(BlockKind.QUOTE, "Rain"),)),
            "> Rain\n",
            id="quote",
        ),
        pytest.param(
            Article(
                body=("Rain", "Snow"),
                blocks=(Block(BlockKind.LIST, items=("Rain", "Snow"), ordered=True),),
            ),
            "1. Rain\n2. Snow\n",
            id="ordered list",
        ),
    ],
)
def test_markdown_cases(article: Article, markdown: str) -> None:
    assert article.to_markdown() == markdown


def test_blocks_round_trip() -> None:
    assert Article.from_json(STORY.to_json()) == STORY


@pytest.mark.parametrize(
    ("html", "bold"),
    [
        ("<div><p><strong>Ferries wait</strong></p></div>", True),
        ("<div><p><b>Ferries</b> <strong>wait</strong></p></div>", True),
        ("<div><p><b>Ferries</b> wait</p></div>", False),
        ("<div><p>Ferries wait</p></div>", False),
        ("<div><p><b><span hidden>Ferries</span></b> wait</p></div>", False),
    ],
)
def test_html_lines_say_when_they_are_set_in_bold(html: str, bold: bool) -> None:
    root = etree.fromstring(html, etree.HTMLParser())
    lines = [line for line in html_lines(root) if line.hints is not None and not line.hints.hidden]
    assert [line.hints.bold for line in lines if line.hints] == [bold]


def test_html_blocks_keep_their_links_made_absolute() -> None:
    inner = (
        "<p>Ferries wait off <a href='/ports/dover'>Dover</a> and "
        "<a href='https://tides.example/deal?x=1'>Deal</a>, <a href='javascript:void(0)'>"
        "a script</a> says.</p><ul><li>See <a href='#map'>the map</a> of the roads</li>"
        "<li>Roads close</li></ul>"
    )
    article = newsparse.parse_html(_page(inner), url="https://news.example/storm/today")
    paragraph, listed = article.blocks[1], article.blocks[2]
    assert paragraph.links == (
        Link("Dover", "https://news.example/ports/dover"),
        Link("Deal", "https://tides.example/deal?x=1"),
    )
    assert listed.links == (Link("the map", "https://news.example/storm/today#map"),)
    assert article.blocks[0].links == ()
    assert Article.from_dict(article.to_dict()) == article


def test_a_link_holding_blocks_gives_each_line_its_part() -> None:
    root = etree.fromstring(
        "<div><a href='/card'><h3>Ferries wait</h3><p>Storm <b>news</b></p></a></div>",
        etree.HTMLParser(),
    )
    assert [line.links for line in html_lines(root)] == [
        (("Ferries wait", "/card"),),
        (("Storm news", "/card"),),
    ]


@pytest.mark.parametrize(
    ("block", "markdown"),
    [
        (
            Block(P, "Ferries wait off Dover.", links=(Link("Dover", "https://x.example/d"),)),
            "Ferries wait off [Dover](https://x.example/d).\n",
        ),
        (
            Block(
                P,
                "Dover and Dover [old].",
                links=(Link("Dover", "https://x.example/1"), Link("Dover [old]", "/a(b)")),
            ),
            "[Dover](https://x.example/1) and [Dover \\[old\\]](/a(b%29).\n",
        ),
        (
            Block(BlockKind.LIST, items=("Dover", "Deal"), links=(Link("Deal", "/deal"),)),
            "- Dover\n- [Deal](/deal)\n",
        ),
        (Block(P, "Ferries wait.", links=(Link("Dover", "/d"),)), "Ferries wait.\n"),
    ],
)
def test_markdown_writes_links_in_place(block: Block, markdown: str) -> None:
    article = Article(body=("x",), blocks=(block,))
    assert article.to_markdown() == markdown
    assert "](" not in article.to_text()

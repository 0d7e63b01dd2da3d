"""The title rule: on a saved page, the headline its markup marks as its own."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Parser, Role
from newsparse.lines import Line
from newsparse.rules.title import kicker_split
from newsparse.state import State, TitleSplit

PARAGRAPHS = [
    "Heavy snow closed hundreds of schools across the north on Tuesday, officials said.",
    "Rail operators cancelled dozens of services as drifts blocked lines near the coast.",
    "Forecasters expect the snow to ease by Thursday, but warned of ice on the roads.",
]
STORY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
HEADLINE = "Storm closes schools across the north"
TITLE = f"<title>{HEADLINE} | The Riverside Gazette</title>"


def _page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _by_title(state: State) -> list[str]:
    """The lines the title rule claimed."""
    return [
        line.text
        for line, rule in zip(state.lines, state.rule_names, strict=True)
        if rule == "title"
    ]


def test_the_h1_over_the_story_is_the_headline() -> None:
    page = _page(
        TITLE,
        '<header><h1><a href="/">The Riverside Gazette</a></h1></header>'
        '<nav><a href="/">Home</a> <a href="/storm">Storm closes schools across the north</a></nav>'
        f'<ol class="trail"><li><a href="/">Home</a></li><li>{HEADLINE}</li></ol>'
        f"<h1>{HEADLINE}</h1>{STORY}",
    )
    state = Parser().run_html(page)
    headlines = [state.lines[i] for i, role in enumerate(state.roles) if role is Role.HEADLINE]
    assert [line.text for line in headlines] == [HEADLINE]
    assert headlines[0].hints is not None
    assert headlines[0].hints.tag == "h1"
    assert _by_title(state) == [HEADLINE]


@pytest.mark.parametrize(
    "distractor",
    [
        # The site's logo: a short link home, named last in the <title>.
        '<header><h1><a href="/">The Riverside Gazette</a></h1></header>',
        # A breadcrumb trail ending in the story's title.
        f'<ol class="trail"><li><a href="/">Home</a></li><li>{HEADLINE}</li></ol>',
        # A link to the story in a menu, in and out of a <nav>.
        f'<nav><a href="/storm">{HEADLINE}</a></nav>',
        f'<div class="menu"><a href="/storm">{HEADLINE}</a></div>',
    ],
    ids=["logo", "breadcrumb", "nav-link", "menu-link"],
)
def test_no_headline_is_taken_from_the_site_s_furniture(distractor: str) -> None:
    state = Parser().run_html(_page(TITLE, distractor + STORY))
    assert _by_title(state) == []


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:title" content="Harbour wall collapses in gale">',
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Harbour wall collapses in gale"}</script>',
    ],
    ids=["og-title", "json-ld"],
)
def test_the_declared_headline_beats_an_h2_teaser(head: str) -> None:
    page = _page(
        head,
        "<h2>Ferry services suspended for the weekend across the bay</h2>"
        f'<h2 class="headline">Harbour wall collapses in gale</h2>{STORY}',
    )
    state = Parser().run_html(page)
    assert _by_title(state) == ["Harbour wall collapses in gale"]
    assert newsparse.parse_html(page).headline == "Harbour wall collapses in gale"


DECLARED_TWO_WORDS = (
    '<script type="application/ld+json">'
    '{"@type": "NewsArticle", "headline": "Hafen gesperrt"}</script>'
)


@pytest.mark.parametrize(
    ("head", "line", "taken"),
    [
        (DECLARED_TWO_WORDS, "<h1>Hafen gesperrt</h1>", True),
        ("<title>Kieler Blatt</title>", "<h1>Hafen gesperrt</h1>", False),  # not declared
        (DECLARED_TWO_WORDS, "<p>Hafen gesperrt</p>", False),  # no heading
    ],
    ids=["h1-declared", "h1-not-declared", "p-declared"],
)
def test_two_words_are_a_headline_only_where_the_markup_says_so_twice(
    head: str, line: str, taken: bool
) -> None:
    state = Parser().run_html(_page(head, line + STORY))
    assert _by_title(state) == (["Hafen gesperrt"] if taken else [])


@pytest.mark.parametrize(
    ("head", "below", "taken"),
    [
        ("<title>The Riverside Gazette</title>", STORY, True),
        (
            "<title>The Riverside Gazette</title>",
            '<ul><li><a href="/a">Other news</a></li></ul>',
            False,
        ),
        ("<title>The Riverside Gazette</title>", "<p>Heavy snow fell.</p>", False),
        # The markup naming it outweighs the missing prose: a story may be a list.
        (TITLE, '<ul><li><a href="/a">Other news</a></li></ul>', True),
        (
            '<meta property="og:title" content="Storm closes schools across the north">',
            '<ul><li><a href="/a">Other news</a></li></ul>',
            True,
        ),
    ],
    ids=[
        "prose-below",
        "links-below",
        "too-little-prose",
        "title-names-it",
        "og-title-declares-it",
    ],
)
def test_an_h1_needs_prose_below_it_unless_the_markup_names_it(
    head: str, below: str, taken: bool
) -> None:
    state = Parser().run_html(_page(head, f"<h1>{HEADLINE}</h1>{below}"))
    assert _by_title(state) == ([HEADLINE] if taken else [])


GERMAN_STORY = "".join(
    f"<p>{p}</p>"
    for p in [
        "Die Hersteller elektrischer Motorräder versprechen seit Jahren größere Reichweiten.",
        "Ein neuer Akku soll nun doppelt so viel Energie speichern wie die bisherigen Modelle.",
        "Ob die Zellen auch im Winter halten, was die Ingenieure versprechen, ist noch offen.",
    ]
)


@pytest.mark.parametrize(
    ("heading", "parts", "kicker", "headline"),
    [
        (
            "<h1><span>Akkutechnik<span>:</span></span> "
            "<span>Hat der Akku genug Kraft für ein Motorrad?</span></h1>",
            ("Akkutechnik:", "Hat der Akku genug Kraft für ein Motorrad?"),
            "Akkutechnik",
            "Hat der Akku genug Kraft für ein Motorrad?",
        ),
        (
            '<h1><span class="kicker">Hafen Kiel</span>'
            '<span class="title">Fähre fällt wieder aus</span></h1>',
            ("Hafen Kiel", "Fähre fällt wieder aus"),
            "Hafen Kiel",
            "Fähre fällt wieder aus",
        ),
        (
            "<h1>Storm <em>hits</em> the northern coast</h1>",
            (),
            None,
            "Storm hits the northern coast",
        ),
        pytest.param(
            "<h1><b>Storm</b> <em>hits</em> the northern coast</h1>",
            ("Storm", "hits", "the northern coast"),
            None,
            "Storm hits the northern coast",
        ),
    ],
    ids=["span-kicker-colon", "span-kicker", "inline-emphasis", "bold-first-word"],
)
def test_a_kicker_in_the_headline_s_own_element(
    heading: str, parts: tuple[str, ...], kicker: str | None, headline: str
) -> None:
    page = heading + GERMAN_STORY
    state = Parser().run_html(page)
    assert state.lines[0].parts == parts
    assert state.rule_names[0] == "title"
    article = newsparse.parse_html(page)
    assert (article.kicker, article.headline) == (kicker, headline)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (
            ("Akkutechnik:", "Hat der Akku genug Kraft für ein Motorrad?"),
            TitleSplit("Akkutechnik", "Hat der Akku genug Kraft für ein Motorrad?"),
        ),
        (("Hafen", "Fähre fällt wieder aus"), TitleSplit("Hafen", "Fähre fällt wieder aus")),
        ((), None),
        (("Storm hits the northern coast",), None),  # one part: nothing to split
        (("The storm hit the coast.", "Schools shut across the north"), None),  # a sentence
        (("One two three four five six seven", "Schools shut across the north for a week"), None),
        (("Schools shut across the north", "Storm"), None),  # longer than what follows
        (("•", "Storm hits the northern coast"), None),  # no letters: no kicker
    ],
)
def test_kicker_split(parts: tuple[str, ...], expected: TitleSplit | None) -> None:
    assert kicker_split(Line(1, " ".join(parts), None, parts)) == expected


# A short story in a script written without spaces: a few sentences hold few characters.
CJK_STORIES = {
    "ja": (
        "東京都は十五日、大雪の影響で都内の公立学校を臨時休校にすると発表した。",
        "気象庁によると、雪は十六日の朝まで降り続く見込みだという。",
        "都の担当者は「安全を最優先に判断した」と話した。",
    ),
    "zh": (
        "北方多地昨日遭遇暴雪，当地教育部门宣布中小学停课一天。",
        "气象部门表示，降雪将持续到周四早上，提醒市民注意出行安全。",
        "多条公路和铁路线路受到影响。",
    ),
}


@pytest.mark.parametrize(
    ("story", "headline", "title", "seo_title"),
    [
        ("ja", "大雪で都内の学校が休校に", "大雪で都内の学校が休校に - 東京ニュース", None),
        ("ja", "大雪で休校", "大雪で休校｜東京ニュース", None),
        ("ja", "大雪で都内の学校が休校に", "大雪で都内の学校が休校に｜東京ニュース", None),
        ("ja", "大雪で休校", "東京ニュース", "東京ニュース"),
        ("zh", "暴雪致北方学校停课", "暴雪致北方学校停课 - 北方日报", None),
        ("zh", "暴雪致北方学校停课", "暴雪致北方学校停课｜北方日报", None),
    ],
)
def test_a_cjk_h1_beats_the_title(
    story: str, headline: str, title: str, seo_title: str | None
) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in CJK_STORIES[story])
    page = _page(f"<title>{title}</title>", f"<h1>{headline}</h1>{paragraphs}")
    article = newsparse.parse_html(page)
    assert (article.headline, article.seo_title) == (headline, seo_title)
    assert [line.rule for line in article.lines_with(Role.HEADLINE)] == ["title"]

"""Page metadata: JSON-LD, OpenGraph, Twitter cards, <meta>, <link>, <html lang>, <title>."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from newsparse.model import MetaSources, PageMeta
from newsparse.sources.html import read_html


def meta_of(head: str, body: str = "", url: str | None = None) -> PageMeta:
    return read_html(f"<html><head>{head}</head><body>{body}</body></html>", 1_000_000, url).meta


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


ARTICLE = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Storm hits the coast",
    "alternativeHeadline": "Thousands without power",
    "description": "A storm hit the coast on Tuesday.",
    "datePublished": "2024-11-26T10:32:00+05:00",
    "dateModified": "2024-11-27T08:00:00Z",
    "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization", "name": "Daily"}],
    "publisher": {"@type": "Organization", "name": "The Daily"},
    "articleSection": "World",
    "keywords": ["storm", "weather"],
    "inLanguage": "en-GB",
    "image": {"@type": "ImageObject", "url": "https://example.com/storm.jpg"},
    "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.com/storm"},
}
TZ5 = timezone(timedelta(hours=5))


def test_a_full_news_article() -> None:
    assert meta_of(ld(ARTICLE)) == PageMeta(
        headline="Storm hits the coast",
        alternative_headline="Thousands without power",
        description="A storm hit the coast on Tuesday.",
        published=datetime(2024, 11, 26, 10, 32, tzinfo=TZ5),
        published_raw="2024-11-26T10:32:00+05:00",
        modified=datetime(2024, 11, 27, 8, 0, tzinfo=UTC),
        modified_raw="2024-11-27T08:00:00Z",
        authors=("Ann Lee",),
        publisher="The Daily",
        section="World",
        keywords=("storm", "weather"),
        language="en-GB",
        canonical_url="https://example.com/storm",
        image_urls=("https://example.com/storm.jpg",),
        types=("NewsArticle",),
        sources=MetaSources(
            headline="json-ld", published="json-ld", modified="json-ld", authors="json-ld"
        ),
    )


@pytest.mark.parametrize(
    ("scripts", "headline", "types"),
    [
        ([ld({"@type": "Article", "headline": "Plain article"})], "Plain article", ("Article",)),
        ([ld({"@type": "BlogPosting", "name": "Named post"})], "Named post", ("BlogPosting",)),
        (
            [ld({"@type": ["NewsArticle", "Thing"], "headline": "Listed type"})],
            "Listed type",
            ("NewsArticle", "Thing"),
        ),
        (
            [ld({"@type": "schema:ReportageNewsArticle", "headline": "Prefixed"})],
            "Prefixed",
            ("ReportageNewsArticle",),
        ),
        (
            [
                ld(
                    [
                        {"@type": "Organization", "name": "Org"},
                        {"@type": "OpinionNewsArticle", "headline": "In a list"},
                    ]
                )
            ],
            "In a list",
            ("Organization", "OpinionNewsArticle"),
        ),
        (
            [
                ld(
                    {
                        "@context": "https://schema.org",
                        "@graph": [
                            {"@type": "WebSite", "name": "The Daily"},
                            {"@type": "WebPage", "name": "Storm | The Daily"},
                            {"@type": "Article", "headline": "In a graph"},
                        ],
                    }
                )
            ],
            "In a graph",
            ("WebSite", "WebPage", "Article"),
        ),
        (
            [
                ld(
                    {
                        "@type": "WebPage",
                        "name": "Page name",
                        "mainEntity": {"@type": "NewsArticle", "headline": "Main entity"},
                    }
                )
            ],
            "Main entity",
            ("WebPage", "NewsArticle"),
        ),
        (
            [
                ld({"@type": "LiveBlogPosting", "headline": "Live"}),
                ld({"@type": "NewsArticle", "headline": "News wins"}),
            ],
            "News wins",
            ("LiveBlogPosting", "NewsArticle"),
        ),
        ([ld({"@type": "WebPage", "name": "Only a page"})], "Only a page", ("WebPage",)),
        ([ld({"@type": "Organization", "name": "Not a story"})], None, ("Organization",)),
    ],
)
def test_json_ld_shapes(scripts: list[str], headline: str | None, types: tuple[str, ...]) -> None:
    meta = meta_of("".join(scripts))
    assert (meta.headline, meta.types) == (headline, types)


@pytest.mark.parametrize(
    "script",
    [
        '{"@type": "NewsArticle", "headline": "Trailing comma",}',
        '<!-- {"@type": "NewsArticle", "headline": "Trailing comma"} -->',
        '{"@type": "NewsArticle", "headline": "Trailing\tcomma"}',
    ],
)
def test_slightly_broken_json_ld_is_repaired(script: str) -> None:
    meta = meta_of(f'<script type="application/ld+json">{script}</script>')
    assert meta.headline == "Trailing comma"


@pytest.mark.parametrize(
    "script",
    ['{"@type": "NewsArticle", "headline": ', "not json at all", "[" * 100_000, ""],
)
def test_broken_json_ld_is_skipped(script: str) -> None:
    head = f'<script type="application/ld+json">{script}</script><meta property="og:title" content="From OG">'
    assert meta_of(head).headline == "From OG"


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ("Ann Lee", ("Ann Lee",)),
        ({"@type": "Person", "name": "By Ann Lee"}, ("Ann Lee",)),
        ({"@type": "Person", "givenName": "Ann", "familyName": "Lee"}, ("Ann Lee",)),
        (
            [{"@type": "Person", "name": "Ann Lee"}, "Bob Stone", {"name": "Cy Twombly"}],
            ("Ann Lee", "Bob Stone", "Cy Twombly"),
        ),
        ({"@type": "Organization", "name": "The Daily"}, ()),
        ({"@type": "NewsMediaOrganization", "name": "The Daily"}, ()),
        (
            [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "ann lee"}],
            ("Ann Lee",),
        ),
        ("Ann Lee and Bob Stone", ("Ann Lee", "Bob Stone")),
        ({"@type": "Person", "name": "https://example.com/ann"}, ()),
    ],
)
def test_json_ld_authors(author: object, expected: tuple[str, ...]) -> None:
    assert meta_of(ld({"@type": "NewsArticle", "author": author})).authors == expected


def test_json_ld_references_are_followed() -> None:
    graph = {
        "@graph": [
            {
                "@type": "Article",
                "headline": "By reference",
                "author": {"@id": "https://example.com/#ann"},
                "publisher": {"@id": "https://example.com/#org"},
                "image": {"@id": "https://example.com/#image"},
            },
            {"@type": "Person", "@id": "https://example.com/#ann", "name": "Ann Lee"},
            {"@type": "Organization", "@id": "https://example.com/#org", "name": "The Daily"},
            {
                "@type": "ImageObject",
                "@id": "https://example.com/#image",
                "contentUrl": "https://example.com/a.jpg",
            },
        ]
    }
    meta = meta_of(ld(graph))
    assert (meta.authors, meta.publisher, meta.image_urls) == (
        ("Ann Lee",),
        "The Daily",
        ("https://example.com/a.jpg",),
    )


def test_json_ld_creator_when_there_is_no_author() -> None:
    assert meta_of(ld({"@type": "NewsArticle", "creator": ["Ann Lee", "Bob Stone"]})).authors == (
        "Ann Lee",
        "Bob Stone",
    )


@pytest.mark.parametrize(
    ("field", "value", "attribute", "expected"),
    [
        ("keywords", "storm, weather ,  coast", "keywords", ("storm", "weather", "coast")),
        ("keywords", ["storm", "weather, coast"], "keywords", ("storm", "weather", "coast")),
        ("image", "https://example.com/a.jpg", "image_urls", ("https://example.com/a.jpg",)),
        (
            "image",
            ["https://example.com/a.jpg", {"url": "https://example.com/b.jpg"}],
            "image_urls",
            ("https://example.com/a.jpg", "https://example.com/b.jpg"),
        ),
        ("articleSection", ["World", "Europe"], "section", "World"),
        ("publisher", "The Daily", "publisher", "The Daily"),
        (
            "mainEntityOfPage",
            "https://example.com/story",
            "canonical_url",
            "https://example.com/story",
        ),
        ("url", "https://example.com/by-url", "canonical_url", "https://example.com/by-url"),
        (
            "headline",
            "Fish &amp; chips &#8217;n&#8217; more",
            "headline",
            "Fish & chips \u2019n\u2019 more",
        ),
    ],
)
def test_json_ld_field_shapes(field: str, value: object, attribute: str, expected: object) -> None:
    assert getattr(meta_of(ld({"@type": "NewsArticle", field: value})), attribute) == expected


OPEN_GRAPH = """
<meta property="og:title" content="OG title">
<meta property="og:description" content="OG description">
<meta property="og:site_name" content="The Daily">
<meta property="og:url" content="https://example.com/og">
<meta property="og:image" content="https://example.com/og.jpg">
<meta property="og:type" content="article">
<meta property="og:locale" content="en_GB">
<meta property="article:published_time" content="2024-11-26T10:32:00Z">
<meta property="article:modified_time" content="2024-11-26T12:00:00Z">
<meta property="article:author" content="https://www.facebook.com/ann">
<meta property="article:author" content="Bob Stone">
<meta property="article:section" content="World">
<meta property="article:tag" content="storm">
<meta property="article:tag" content="coast">
<meta name="twitter:title" content="Twitter title">
<meta name="twitter:image" content="https://example.com/tw.jpg">
"""


def test_open_graph_and_twitter() -> None:
    assert meta_of(OPEN_GRAPH) == PageMeta(
        headline="OG title",
        description="OG description",
        published=datetime(2024, 11, 26, 10, 32, tzinfo=UTC),
        published_raw="2024-11-26T10:32:00Z",
        modified=datetime(2024, 11, 26, 12, 0, tzinfo=UTC),
        modified_raw="2024-11-26T12:00:00Z",
        authors=("Bob Stone",),
        site_name="The Daily",
        section="World",
        keywords=("storm", "coast"),
        language="en-GB",
        canonical_url="https://example.com/og",
        image_urls=("https://example.com/og.jpg", "https://example.com/tw.jpg"),
        sources=MetaSources(
            headline="property=og:title",
            published="property=article:published_time",
            modified="property=article:modified_time",
            authors="property=article:author",
        ),
    )


def test_twitter_title_when_there_is_no_og_title() -> None:
    meta = meta_of('<meta name="twitter:title" content="Twitter title">')
    assert (meta.headline, meta.sources.headline) == ("Twitter title", "name=twitter:title")


def test_json_ld_comes_before_open_graph() -> None:
    meta = meta_of(OPEN_GRAPH + ld(ARTICLE))
    assert (meta.headline, meta.published_raw, meta.authors, meta.image_urls[0]) == (
        "Storm hits the coast",
        "2024-11-26T10:32:00+05:00",
        ("Ann Lee",),
        "https://example.com/storm.jpg",
    )


@pytest.mark.parametrize(
    ("tag", "raw", "source"),
    [
        ('<meta name="pubdate" content="2024-11-26">', "2024-11-26", "name=pubdate"),
        ('<meta name="publishdate" content="2024-11-26">', "2024-11-26", "name=publishdate"),
        ('<meta name="date" content="2024-11-26">', "2024-11-26", "name=date"),
        ('<meta name="DC.date.issued" content="2024-11-26">', "2024-11-26", "name=DC.date.issued"),
        ('<meta name="dc.date" content="2024-11-26">', "2024-11-26", "name=dc.date"),
        (
            '<meta name="dcterms.created" content="2024-11-26">',
            "2024-11-26",
            "name=dcterms.created",
        ),
        ('<meta name="sailthru.date" content="2024-11-26">', "2024-11-26", "name=sailthru.date"),
        (
            '<meta name="parsely-pub-date" content="2024-11-26">',
            "2024-11-26",
            "name=parsely-pub-date",
        ),
        (
            '<meta name="article.published" content="2024-11-26">',
            "2024-11-26",
            "name=article.published",
        ),
        (
            '<meta itemprop="datePublished" content="2024-11-26">',
            "2024-11-26",
            "itemprop=datePublished",
        ),
    ],
)
def test_published_from_meta_names(tag: str, raw: str, source: str) -> None:
    meta = meta_of(tag)
    assert (meta.published, meta.published_raw, meta.sources.published) == (
        datetime(2024, 11, 26),
        raw,
        source,
    )


def test_more_specific_meta_dates_win_and_modified_stays_apart() -> None:
    meta = meta_of(
        '<meta name="date" content="2024-01-01">'
        '<meta itemprop="datePublished" content="2024-02-02">'
        '<meta name="dcterms.modified" content="2024-03-03">'
        '<meta http-equiv="last-modified" content="2024-04-04">'
    )
    assert (meta.published_raw, meta.modified_raw, meta.sources.modified) == (
        "2024-02-02",
        "2024-03-03",
        "name=dcterms.modified",
    )


def test_itemprop_meta_in_the_body() -> None:
    meta = meta_of(
        "",
        '<div><meta itemprop="dateModified" content="2024-11-27"><meta itemprop="author" content="Ann Lee"></div>',
    )
    assert (meta.modified, meta.authors, meta.sources.authors) == (
        datetime(2024, 11, 27),
        ("Ann Lee",),
        "itemprop=author",
    )


def test_unreadable_date_keeps_its_raw_value() -> None:
    meta = meta_of('<meta property="article:published_time" content="sometime soon">')
    assert (meta.published, meta.published_raw) == (None, "sometime soon")


def test_a_readable_date_beats_an_unreadable_one() -> None:
    meta = meta_of(
        ld({"@type": "NewsArticle", "datePublished": "{{date}}"})
        + '<meta name="pubdate" content="2024-11-26">'
    )
    assert (meta.published, meta.published_raw, meta.sources.published) == (
        datetime(2024, 11, 26),
        "2024-11-26",
        "name=pubdate",
    )


@pytest.mark.parametrize(
    ("head", "url", "expected"),
    [
        ('<link rel="canonical" href="https://example.com/a">', None, "https://example.com/a"),
        ('<link rel="canonical" href="/a">', "https://example.com/x/y", "https://example.com/a"),
        (
            '<link rel="Canonical alternate" href="https://example.com/b">',
            None,
            "https://example.com/b",
        ),
        (
            '<meta property="og:url" content="https://example.com/og">',
            None,
            "https://example.com/og",
        ),
        ("", "https://example.com/x", None),
    ],
)
def test_canonical_url(head: str, url: str | None, expected: str | None) -> None:
    meta = meta_of(head, url=url)
    assert (meta.canonical_url, meta.url) == (expected, url)


@pytest.mark.parametrize(
    ("html", "language"),
    [
        ('<html lang="fr-CA"><head></head></html>', "fr-CA"),
        ('<html><head><meta http-equiv="content-language" content="de"></head></html>', "de"),
        ('<html><head><meta property="og:locale" content="pt_BR"></head></html>', "pt-BR"),
        (
            '<html lang="en"><head><meta http-equiv="content-language" content="de"></head></html>',
            "en",
        ),
        ("<html><head></head></html>", None),
    ],
)
def test_language(html: str, language: str | None) -> None:
    assert read_html(html, 10_000).meta.language == language


def test_title_and_meta_fields() -> None:
    meta = meta_of(
        "<title> Storm hits &amp; coast | The Daily </title><title>Second title</title>"
        '<meta name="description" content="What happened.">'
        '<meta name="keywords" content="storm, coast">'
        '<meta name="author" content="By Ann Lee">'
        '<meta name="application-name" content="Daily App">',
        "<svg><title>icon</title></svg>",
    )
    assert (meta.title, meta.description, meta.keywords, meta.authors, meta.site_name) == (
        "Storm hits & coast | The Daily",
        "What happened.",
        ("storm", "coast"),
        ("Ann Lee",),
        "Daily App",
    )


def test_relative_images_are_resolved_against_the_url() -> None:
    meta = meta_of(
        '<meta property="og:image" content="/img/a.jpg">', url="https://example.com/story"
    )
    assert meta.image_urls == ("https://example.com/img/a.jpg",)


def test_a_page_without_metadata() -> None:
    assert meta_of("", "<p>Just text</p>", url="https://example.com/") == PageMeta(
        url="https://example.com/"
    )

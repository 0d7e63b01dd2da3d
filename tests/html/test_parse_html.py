"""Saved pages through parse_html and parse_file: hints and declared facts at work."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, NoArticleFound, Role

PARAGRAPHS = [
    "Heavy snow closed hundreds of schools across the north on Tuesday, officials said.",
    "Rail operators cancelled dozens of services as drifts blocked lines near the coast.",
    "Forecasters expect the snow to ease by Thursday, but warned of ice on the roads.",
]

PAGE = (
    """<!doctype html>
<html lang="en-GB"><head>
<title>Storm closes schools across the north | Riverside Gazette</title>
<link rel="canonical" href="https://gazette.example/news/storm">
<meta property="og:title" content="Snow storm shuts northern schools">
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Snow storm shuts northern schools",
 "datePublished": "2021-03-04T07:15:00+00:00", "dateModified": "2021-03-04T09:00:00+00:00",
 "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Organization", "name": "Riverside Gazette"}]}
</script>
</head><body>
<header><h1><a href="/">Riverside Gazette</a></h1></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport and more sport and all the sport you could ever want to read about</a></li></ul></nav>
<main><article>
<h1>Storm closes schools across the north</h1>
<p class="byline">By Ann Lee</p>
<time datetime="2021-03-04T07:15:00Z">March 4, 2021</time>
<figure><img src="snow.jpg"><figcaption>A snowplough near Leeds. (Photo: Jane Roe/AFP)</figcaption></figure>
<div class="article-body">
<p>LEEDS (Reuters) - PARA0</p>
<p>PARA1</p>
<aside class="related-links"><h3>Related</h3><ul><li><a href="/a">Bus fares rise again in the spring</a></li></ul></aside>
<p>PARA2</p>
<h2>Closures</h2>
<ul><li>Leeds: 120 schools</li><li>York: 45 schools</li></ul>
<table><tr><td>Line</td><td>Trains cancelled</td></tr><tr><td>Coast</td><td>12</td></tr></table>
<div class="share-tools">Share this story on Facebook</div>
</div>
</article></main>
<span hidden>Subscribe to read more from the Riverside Gazette newsroom every morning today</span>
<footer><p>© 2021 Riverside Media Group. All rights reserved. About us. Contact. Careers.</p></footer>
</body></html>
""".replace("PARA0", PARAGRAPHS[0])
    .replace("PARA1", PARAGRAPHS[1])
    .replace("PARA2", PARAGRAPHS[2])
)


@pytest.fixture(scope="module")
def article() -> Article:
    return newsparse.parse_html(PAGE, url="https://gazette.example/news/storm?ref=home")


def test_headline_is_the_visible_h1_and_the_declared_one_is_kept(article: Article) -> None:
    assert article.headline == "Storm closes schools across the north"
    assert article.seo_title == "Snow storm shuts northern schools"


def test_declared_dates_authors_url_language(article: Article) -> None:
    assert article.published == datetime(2021, 3, 4, 7, 15, tzinfo=UTC)
    assert article.updated == datetime(2021, 3, 4, 9, 0, tzinfo=UTC)
    assert article.authors == ("Ann Lee",)
    assert article.url == "https://gazette.example/news/storm"
    assert article.language == "en-GB"
    assert article.metadata is not None
    assert article.metadata.types == ("NewsArticle",)


def test_body_takes_the_story_element_and_leaves_its_furniture(article: Article) -> None:
    assert article.body == (
        PARAGRAPHS[0].removeprefix(""),
        PARAGRAPHS[1],
        PARAGRAPHS[2],
        "Closures",
        "Leeds: 120 schools",
        "York: 45 schools",
        "Line Trains cancelled",
        "Coast 12",
    )
    assert article.dateline == newsparse.Dateline("LEEDS", "Reuters", "LEEDS (Reuters) -")


def test_captions_come_from_the_figure(article: Article) -> None:
    (image,) = article.images
    assert (image.caption, image.credit) == ("A snowplough near Leeds.", "Jane Roe/AFP")


def test_navigation_footer_and_hidden_text_are_chrome(article: Article) -> None:
    chrome = {record.text for record in article.lines_with(Role.CHROME)}
    assert any(text.startswith("Home World Sport") for text in chrome)  # the nav, as one line
    assert any(text.startswith("© 2021 Riverside Media Group") for text in chrome)
    assert any(text.startswith("Subscribe to read more") for text in chrome)
    assert "Riverside Gazette" in chrome  # the logo's h1 is no headline


def test_a_page_without_an_article() -> None:
    with pytest.raises(NoArticleFound):
        newsparse.parse_html("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(NoArticleFound):
        newsparse.parse_html(b"")


def test_declared_placeholder_dates_are_ignored() -> None:
    page = PAGE.replace("2021-03-04T07:15:00+00:00", "0001-01-01T00:00:00+00:00")
    article = newsparse.parse_html(page)
    assert article.published == datetime(2021, 3, 4, 7, 15, tzinfo=UTC)  # from <time>


def test_a_title_loses_the_site_name_when_nothing_else_names_the_story() -> None:
    page = PAGE.replace("<h1>Storm closes schools across the north</h1>", "")
    page = page.replace('"headline": "Snow storm shuts northern schools",', "")
    page = page.replace(
        '<meta property="og:title" content="Snow storm shuts northern schools">', ""
    )
    assert newsparse.parse_html(page).headline == "Storm closes schools across the north"


def test_bytes_in_a_declared_encoding() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="windows-1252">').replace("Leeds", "Léeds")
    article = newsparse.parse_html(page.encode("cp1252"))
    assert article.images[0].caption == "A snowplough near Léeds."


def test_beautifulsoup_input() -> None:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(PAGE, "html.parser")
    assert newsparse.parse_html(soup).headline == "Storm closes schools across the north"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("page.html", PAGE.encode()),
        ("page.html.gz", gzip.compress(PAGE.encode())),
        ("page.bin", gzip.compress(PAGE.encode())),  # told by content, not by name
    ],
)
def test_parse_file_tells_html_by_content(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert newsparse.parse_file(path).headline == "Storm closes schools across the north"


def test_parse_file_reads_copied_text(tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text("Storm closes schools across the north\nBy Ann Lee\n" + "\n".join(PARAGRAPHS))
    article = newsparse.parse_file(
        path, now=datetime(2021, 3, 4, tzinfo=timezone(timedelta(hours=1)))
    )
    assert article.authors == ("Ann Lee",)
    assert article.body == tuple(PARAGRAPHS)


def test_parse_file_errors(tmp_path: Path) -> None:
    with pytest.raises(newsparse.InputError, match="cannot read"):
        newsparse.parse_file(tmp_path / "missing.html")
    broken = tmp_path / "broken.html.gz"
    broken.write_bytes(gzip.compress(PAGE.encode())[:100])
    with pytest.raises(newsparse.DecodeError, match="truncated"):
        newsparse.parse_file(broken)


def test_html_and_text_give_the_same_story() -> None:
    text = "\n".join(["Storm closes schools across the north", "By Ann Lee", *PARAGRAPHS])
    html = "<h1>Storm closes schools across the north</h1><p>By Ann Lee</p>" + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS
    )
    from_text, from_html = newsparse.parse_text(text), newsparse.parse_html(html)
    assert (from_text.headline, from_text.authors, from_text.body) == (
        from_html.headline,
        from_html.authors,
        from_html.body,
    )

"""What a page says about itself reaches the Article (site name, description, tags, section,
lead picture), every date of an article carries a time zone, and a picture captioned twice
is one image."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsparse
from newsparse.model import Image

STORY = "<p>Heavy snow closed hundreds of schools across the north on Tuesday, officials said.</p>"
PAGE = """<html><head>{head}</head><body><article><h1>Storm closes schools</h1>
{printed}{story}{story}</article></body></html>"""
CET = timezone(timedelta(hours=1))
IST = timezone(timedelta(hours=5, minutes=30))
EST = timezone(timedelta(hours=-5))


def page(head: str = "", printed: str = "") -> str:
    return PAGE.format(head=head, printed=printed, story=STORY)


@pytest.mark.parametrize(
    ("head", "field", "value"),
    [
        (
            '<meta property="og:site_name" content="Riverside Courier">',
            "site_name",
            "Riverside Courier",
        ),
        (
            '<meta name="description" content="Snow shuts schools.">',
            "description",
            "Snow shuts schools.",
        ),
        (
            '<meta name="keywords" content="snow, schools,weather">',
            "tags",
            ("snow", "schools", "weather"),
        ),
        ('<meta property="article:tag" content="snow">', "tags", ("snow",)),
        ('<meta property="article:section" content="Weather">', "section", "Weather"),
        ("", "site_name", None),
        ("", "tags", ()),
        ("", "top_image", None),
    ],
)
def test_page_facts_reach_the_article(head: str, field: str, value: object) -> None:
    assert getattr(newsparse.parse_html(page(head)), field) == value


LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "image": {image}}}</script>'


@pytest.mark.parametrize(
    ("head", "url", "top_image"),
    [
        (
            '<meta property="og:image" content="/img/snow.jpg">',
            "https://courier.example/news/1",
            "https://courier.example/img/snow.jpg",
        ),
        (
            '<meta property="og:image" content="snow.jpg">',
            "https://courier.example/news/1",
            "https://courier.example/news/snow.jpg",
        ),
        (
            '<meta property="og:image" content="//cdn.example/snow.jpg">',
            "https://courier.example/",
            "https://cdn.example/snow.jpg",
        ),
        (
            '<meta property="og:image" content="https://cdn.example/a.jpg">',
            None,
            "https://cdn.example/a.jpg",
        ),
        # Without the page's address, its canonical one places the picture.
        (
            '<link rel="canonical" href="https://courier.example/news/1"><meta property="og:image" content="/a.jpg">',
            None,
            "https://courier.example/a.jpg",
        ),
        (
            '<meta property="og:image" content="/a.jpg">',
            None,
            "/a.jpg",
        ),  # nothing to resolve against
        (
            LD.format(image='{"@type": "ImageObject", "url": "/ld.jpg"}'),
            "https://courier.example/x",
            "https://courier.example/ld.jpg",
        ),
        (
            LD.format(image='["/first.jpg", "/second.jpg"]'),
            "https://courier.example/x",
            "https://courier.example/first.jpg",
        ),
        # No URL at all: kept as written, and the article is still read.
        (
            '<meta property="og:image" content="http://[broken/a.jpg">',
            "https://courier.example/x",
            "http://[broken/a.jpg",
        ),
    ],
)
def test_top_image_url_is_absolute(head: str, url: str | None, top_image: str) -> None:
    assert newsparse.parse_html(page(head), url=url).top_image == Image(url=top_image)


DECLARED = '<meta property="article:published_time" content="{}">'
NO_ZONE = "UTC (neither the page nor now gives one)"
NOW_ZONE = "UTC+05:30 (the zone of now)"
NOW = datetime(2024, 11, 27, tzinfo=IST)


@pytest.mark.parametrize(
    ("html", "now", "published", "date_only", "taken_in"),
    [
        # The day printed alone, no zone anywhere: UTC, the day kept.
        (
            page(printed="<p>26 November 2024</p>"),
            None,
            datetime(2024, 11, 26, tzinfo=UTC),
            True,
            NO_ZONE,
        ),
        (
            page(printed="<p>26 November 2024</p>"),
            NOW,
            datetime(2024, 11, 26, tzinfo=IST),
            True,
            NOW_ZONE,
        ),
        (
            page(printed="<p>Nov 26, 2024 10:32 PM</p>"),
            None,
            datetime(2024, 11, 26, 22, 32, tzinfo=UTC),
            False,
            NO_ZONE,
        ),
        (
            page(printed="<p>Nov 26, 2024 10:32 AM EST</p>"),
            NOW,
            datetime(2024, 11, 26, 10, 32, tzinfo=EST),
            False,
            None,
        ),
        # A declared date wins, and brings its zone.
        (
            page(DECLARED.format("2024-11-26T07:45:00+01:00")),
            NOW,
            datetime(2024, 11, 26, 7, 45, tzinfo=CET),
            False,
            None,
        ),
        (
            page(DECLARED.format("2024-11-26")),
            None,
            datetime(2024, 11, 26, tzinfo=UTC),
            True,
            NO_ZONE,
        ),
        (
            page(DECLARED.format("2024-11-26T07:45:00")),
            NOW,
            datetime(2024, 11, 26, 7, 45, tzinfo=IST),
            False,
            NOW_ZONE,
        ),
    ],
)
def test_every_date_has_a_zone(
    html: str, now: datetime | None, published: datetime, date_only: bool, taken_in: str | None
) -> None:
    article = newsparse.parse_html(html, now=now)
    assert (article.published, article.published_date_only) == (published, date_only)
    assert article.published.utcoffset() == published.utcoffset()
    assumed = [n.message for n in article.notices if n.code == "zone-assumed"]
    assert assumed == (
        [f"published: printed without a time zone; taken in {taken_in}"] if taken_in else []
    )
    assert all(stamp.value is None or stamp.value.tzinfo for stamp in article.stamps)


def test_a_printed_stamp_takes_the_zone_the_page_declares() -> None:
    modified = '<meta property="article:modified_time" content="2024-11-26T09:00:00+01:00">'
    article = newsparse.parse_html(page(modified, "<p>Published 26 November 2024</p>"))
    assert article.published == datetime(2024, 11, 26, tzinfo=CET)
    assert article.updated == datetime(2024, 11, 26, 9, tzinfo=CET)
    assert (article.published_date_only, article.updated_date_only) == (True, False)
    assert article.stamps[0].value == datetime(2024, 11, 26, tzinfo=CET)


def test_articles_of_a_run_sort_by_date() -> None:
    naive = newsparse.parse_text(
        "Snow shuts roads\nUpdated 26 November 2024 10:00\n" + "Snow fell on the hills today. " * 6
    )
    aware = newsparse.parse_html(page("", "<p>Updated Nov 26, 2024 11:00 AM EST</p>"))
    assert [a.updated.hour for a in sorted([aware, naive], key=lambda a: a.updated)] == [10, 11]


CAPTION = "Pupils walk home through the snow in Leeds. (Photo: Ann Lee)"


@pytest.mark.parametrize(
    ("captions", "images"),
    [
        (
            [CAPTION, CAPTION],
            [Image(caption="Pupils walk home through the snow in Leeds.", credit="Ann Lee")],
        ),
        (
            [CAPTION, CAPTION.replace("Ann Lee", "Bo Chen")],
            [
                Image(caption="Pupils walk home through the snow in Leeds.", credit="Ann Lee"),
                Image(caption="Pupils walk home through the snow in Leeds.", credit="Bo Chen"),
            ],
        ),
        # A gallery that numbers two pictures apart keeps both, however they are captioned.
        (
            ["1 / 2", CAPTION, "2 / 2", CAPTION],
            [
                Image(
                    caption="Pupils walk home through the snow in Leeds.",
                    credit="Ann Lee",
                    position=1,
                    total=2,
                ),
                Image(
                    caption="Pupils walk home through the snow in Leeds.",
                    credit="Ann Lee",
                    position=2,
                    total=2,
                ),
            ],
        ),
    ],
)
def test_a_caption_printed_twice_is_one_image(captions: list[str], images: list[Image]) -> None:
    paragraph = "Heavy snow closed hundreds of schools across the north on Tuesday, officials said."
    text = "\n".join(
        ["Storm closes schools across the north", "", *captions, "", paragraph, "", paragraph]
    )
    assert list(newsparse.parse_text(text).images) == images

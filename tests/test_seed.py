"""The seed: real copied text of a news site holding two articles, end to end."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

import newsparse
from newsparse import Article, Role

NOW = datetime(2024, 11, 26, 12, 0, tzinfo=UTC)
HEADLINE_1 = "Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad"
HEADLINE_2 = (
    "Pakistan says multilateralism in peril, urges global powers to prioritize diplomacy "
    "over confrontation"
)


@pytest.fixture(scope="module")
def articles(seed_text: str) -> list[Article]:
    return newsparse.parse_articles(seed_text, now=NOW)


def test_two_articles(articles: list[Article]) -> None:
    assert [a.headline for a in articles] == [HEADLINE_1, HEADLINE_2]


def test_first_article_images(articles: list[Article]) -> None:
    first, second = articles[0].images
    assert first.caption == (
        "Pakistani Prime Minister Shehbaz Sharif and Belarus President Aleksandr Lukashenko "
        "shake hands after witnessing the signing of 15 memorandums of agreements in Islamabad "
        "on November 26, 2024."
    )
    assert first.credit == "PTV News"
    assert (first.position, first.total) == (1, 2)
    assert first.flags == ("first-letter-restored",)
    assert second.caption is not None
    assert second.caption.startswith("Pakistan Prime Minister Shehbaz Sharif (2R)")
    assert second.caption.endswith("in Islamabad on November 26, 2024.")
    assert second.credit == "PMO"
    assert (second.position, second.total) == (2, 2)
    assert second.flags == ()


def test_repair_is_reported(articles: list[Article]) -> None:
    notice, zoned = articles[0].notices
    assert zoned.code == "zone-assumed"
    assert notice.code == "first-letter-restored"
    assert notice.line == 4
    assert "'akistani'" in notice.message
    assert "'Pakistani'" in notice.message


def test_first_article_fields(articles: list[Article]) -> None:
    article = articles[0]
    # A day alone, placed in the zone of now.
    assert (article.updated, article.updated_date_only) == (
        datetime(2024, 11, 26, tzinfo=UTC),
        True,
    )
    assert article.published is None
    assert article.bullets == (
        "MoUs span vocational education, disaster management, environmental protection, "
        "science and tech and halal trade",
        "In February 2025, Sharif and Belarusian president will sign agreements to ensure "
        "practical work begins on the MoUs signed today",
    )
    assert article.dateline == newsparse.Dateline("ISLAMABAD", None, "ISLAMABAD:")
    assert len(article.body) == 14
    assert article.body[0].startswith(
        "Pakistani Prime Minister Shehbaz Sharif and Belarus President"
    )
    assert article.body[-1].endswith(
        "Belarus also wants to set up a veterinary medicine plant in Pakistan."
    )
    assert article.authors == ()


def test_second_article_fields(articles: list[Article]) -> None:
    article = articles[1]
    assert len(article.bullets) == 2
    assert article.bullets[0].startswith("The country tells the UN")
    assert article.dateline is not None
    assert article.dateline.location == "ISLAMABAD"
    assert len(article.body) == 12
    assert article.body[0].startswith("Pakistan warned the world community on Monday")
    assert article.body[-1].endswith("and inclusive security over bloc-based divides.”")
    assert article.updated == NOW - timedelta(seconds=8)


def test_relative_stamp_without_now_stays_unresolved(seed_text: str) -> None:
    article = newsparse.parse_articles(seed_text)[1]
    assert article.updated is None
    (stamp,) = article.stamps
    assert stamp.raw == "Updated 8 sec ago"
    assert stamp.value is None
    assert stamp.relative
    assert [n.code for n in article.notices] == ["relative-stamp-unresolved"]


CHROME_LINES = {"Short Url", "Follow", "1 / 2", "2 / 2"}


def test_chrome_is_in_no_field_but_its_own(articles: list[Article]) -> None:
    for article in articles:
        fields = [*article.body, *article.bullets, article.headline or ""]
        fields += [image.caption or "" for image in article.images]
        assert not CHROME_LINES & set(fields)
        assert not [text for text in fields if text.startswith("Updated")]
    roles = {(r.text, r.role) for a in articles for r in a.lines}
    assert ("Short Url", Role.CHROME) in roles
    assert ("Follow", Role.CHROME) in roles
    assert ("1 / 2", Role.GALLERY_COUNTER) in roles
    assert ("Updated 26 November 2024", Role.STAMP) in roles


def test_headline_printed_twice_counts_once(articles: list[Article]) -> None:
    for article in articles:
        assert len(article.lines_with(Role.HEADLINE)) == 1
        assert len(article.lines_with(Role.HEADLINE_REPEAT)) == 1


def test_every_line_has_one_role_and_a_rule(seed_text: str, articles: list[Article]) -> None:
    records = [record for article in articles for record in article.lines]
    assert [r.number for r in records] == list(range(1, len(seed_text.splitlines()) + 1))
    assert all(r.rule for r in records)
    assert articles[0].span == (1, 44)
    assert articles[1].span == (45, len(seed_text.splitlines()))


def _variants(text: str) -> dict[str, str]:
    return {
        "crlf": text.replace("\n", "\r\n"),
        "bom": "\ufeff" + text,
        "nbsp": text.replace(" ", "\u00a0"),
        "trailing-spaces": text.replace("\n", "  \n"),
    }


@pytest.mark.parametrize("variant", ["crlf", "bom", "nbsp", "trailing-spaces"])
def test_same_result_for_noisy_copies(seed_text: str, variant: str) -> None:
    noisy = _variants(seed_text)[variant]

    def content(articles: list[Article]) -> list[dict[str, object]]:
        return [{**a.to_dict(), "lines": None} for a in articles]

    assert content(newsparse.parse_articles(noisy, now=NOW)) == content(
        newsparse.parse_articles(seed_text, now=NOW)
    )


def test_parse_text_gives_the_first_article(seed_text: str) -> None:
    assert newsparse.parse_text(seed_text).headline == HEADLINE_1


def test_bytes_input_is_decoded(seed_text: str) -> None:
    assert newsparse.parse_text(seed_text.encode("utf-8")).headline == HEADLINE_1
    assert newsparse.parse_text(seed_text.encode("utf-16")).headline == HEADLINE_1

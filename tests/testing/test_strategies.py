"""The page generators: what they write, and how a wrong parse is reported."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings

from newsparse import Article, Dateline, Parser, StampKind
from newsparse.testing.strategies import (
    ScrapedPage,
    bylines,
    datelines,
    scraped_pages,
    stamps,
)

PARSER = Parser()


@given(scraped_pages(headline_twice=True))
def test_headline_twice_prints_the_headline_twice(page: ScrapedPage) -> None:
    assert page.text.splitlines().count(page.expected.headline or "") == 2


@given(scraped_pages(headline_twice=False))
def test_headline_once_prints_it_once_and_has_no_bullets(page: ScrapedPage) -> None:
    assert page.text.splitlines().count(page.expected.headline or "") == 1
    assert page.expected.bullets == ()


@given(scraped_pages(now=None))
def test_without_now_no_stamp_is_relative(page: ScrapedPage) -> None:
    assert page.now is None
    assert " ago" not in page.text


@given(bylines())
def test_a_byline_names_its_authors(byline: tuple[str, tuple[str, ...]]) -> None:
    line, authors = byline
    assert line.startswith("By ")
    assert all(author in line for author in authors)


@given(stamps(StampKind.UPDATED))
def test_an_update_stamp_is_labelled(stamp: tuple[str, object]) -> None:
    assert stamp[0].startswith("Updated ")


@given(datelines())
def test_a_dateline_opens_with_its_raw_text(found: tuple[str, Dateline]) -> None:
    opener, dateline = found
    assert opener == f"{dateline.raw} "


@settings(max_examples=20)
@given(scraped_pages(headline_twice=True))
def test_check_names_the_fields_a_parse_gets_wrong(page: ScrapedPage) -> None:
    article = PARSER.parse_text(page.text, page.now)
    page.check(article)
    wrong = attrs.evolve(article, headline="Another headline", body=article.body[1:])
    with pytest.raises(AssertionError) as caught:
        page.check(wrong)
    message = str(caught.value)
    assert "headline\n    expected: " in message
    assert "body[0]: expected only: " in message
    assert "the page:\n    | " in message


def test_chrome_in_the_story_is_reported() -> None:
    expected = Article(headline="Storm closes schools", body=("Snow fell.",))
    page = ScrapedPage("Storm closes schools\nShare\nSnow fell.\n", expected, chrome=("Share",))
    assert page.mismatches(expected) == []
    wrong = attrs.evolve(expected, body=("Share", "Snow fell."))
    assert page.mismatches(wrong) == [
        'body[0]: parsed only: "Share"',
        "chrome line in the story: 'Share'",
    ]

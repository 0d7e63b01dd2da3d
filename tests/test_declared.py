"""What a page declares (JSON-LD, meta tags) completes the article the rules built."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newsparse.assemble import with_declared
from newsparse.bylines import clean_names, declared_names
from newsparse.model import Article, PageMeta
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary.load()
SEEN = Article(
    headline="Storm closes schools", authors=("Ann Lee",), published=datetime(2021, 3, 4)
)


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("Ann Lee", ("Ann Lee",)),
        ("ANN LEE", ("ANN LEE",)),
        ("Ann Lee, Riverside.com", ("Ann Lee",)),
        ("Ann Lee | Riverside Advance Media for Riverside.com", ("Ann Lee",)),
        ("Ann Lee, MS, RD", ("Ann Lee",)),
        ("Ann Cunningham. Riverside International", ("Ann Cunningham",)),
        ("AP Science Writer", ()),
        ("admin", ()),
        ("Editorial Board", ()),
    ],
)
def test_clean_names(value: str, names: tuple[str, ...]) -> None:
    assert clean_names(value, VOCABULARY) == names


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Ann Lee", ["Ann Lee"]),
        ("By Ann Lee", ["Ann Lee"]),
        ("by: Ann Lee", ["Ann Lee"]),
        ("Ann Lee and Bob Stone", ["Ann Lee", "Bob Stone"]),
        ("Ann Lee, Bob Stone and Cy Twombly", ["Ann Lee", "Bob Stone", "Cy Twombly"]),
        ("Ann Lee & Bob van Dijk", ["Ann Lee", "Bob van Dijk"]),
        ("Lee, Ann", ["Lee, Ann"]),
        ("Ann Lee, Reuters", ["Ann Lee, Reuters"]),
        ("Ann Lee and friends", ["Ann Lee and friends"]),
        ("https://www.facebook.com/annlee", []),
        ("www.example.com/ann", []),
        ("ann@example.com", []),
        ("@annlee", []),
        ("   ", []),
        ("123", []),
    ],
)
def test_declared_names(value: str, expected: list[str]) -> None:
    assert declared_names(value) == expected


@pytest.mark.parametrize(
    ("printed", "declared", "authors"),
    [
        (("Ann Lee",), ("ANN LEE",), ("Ann Lee",)),  # the byline's spelling wins
        ((), ("Ann Lee", "Bo Chen"), ("Ann Lee", "Bo Chen")),
        (("Ann Lee", "Bo Chen"), ("Ann Lee",), ("Ann Lee", "Bo Chen")),  # co-authors kept
        (("Copy Link",), ("Ann Lee",), ("Ann Lee",)),  # the markup corrects a stray byline
        (("Ann Lee",), ("Riverside Gazette Staff",), ("Ann Lee",)),  # no person declared
    ],
)
def test_authors(
    printed: tuple[str, ...], declared: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = with_declared(Article(authors=printed), PageMeta(authors=declared), VOCABULARY)
    assert article.authors == authors


def test_dates_headline_url_language() -> None:
    page = PageMeta(
        headline="Snow shuts schools",
        published=datetime(2021, 3, 4, 7, 15, tzinfo=UTC),
        modified=datetime(2021, 3, 4, 9, tzinfo=UTC),
        canonical_url="https://gazette.example/storm",
        url="https://gazette.example/storm?ref=home",
        language="en",
    )
    article = with_declared(SEEN, page, VOCABULARY)
    assert article.headline == "Storm closes schools"
    assert article.seo_title == "Snow shuts schools"
    assert article.published == datetime(2021, 3, 4, 7, 15, tzinfo=UTC)
    assert article.updated == datetime(2021, 3, 4, 9, tzinfo=UTC)
    assert (article.url, article.language) == ("https://gazette.example/storm", "en")
    assert article.metadata == page


def test_the_same_headline_gives_no_seo_title() -> None:
    article = with_declared(SEEN, PageMeta(headline="storm  closes SCHOOLS"), VOCABULARY)
    assert article.seo_title is None


@pytest.mark.parametrize(
    ("title", "site", "headline"),
    [
        ("Storm closes schools | Riverside Gazette", None, "Storm closes schools"),
        ("Storm closes schools - Gazette", None, "Storm closes schools"),
        (
            "Storm closes schools - The Riverside Evening Gazette Online",
            "The Riverside Evening Gazette Online",
            "Storm closes schools",
        ),
        (
            "Storm: what it means for schools across the whole north",
            None,
            "Storm: what it means for schools across the whole north",
        ),
    ],
)
def test_a_title_loses_the_site_name(title: str, site: str | None, headline: str) -> None:
    article = with_declared(
        Article(body=("Snow fell.",)), PageMeta(title=title, site_name=site), VOCABULARY
    )
    assert article.headline == headline


@pytest.mark.parametrize("year", [1, 1900, 2999])
def test_placeholder_dates_are_ignored(year: int) -> None:
    page = PageMeta(published=datetime(year, 1, 1, tzinfo=UTC))
    assert with_declared(SEEN, page, VOCABULARY).published == datetime(2021, 3, 4)

"""What a page declares (JSON-LD, meta tags) completes the article the rules built: the
declared rule records each value and whether it wins, assemble applies it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import attrs
import pytest

from newsparse import Parser
from newsparse.assemble import Outcome, choices, with_declared
from newsparse.bylines import clean_names, declared_names
from newsparse.model import Article, Notice, PageMeta
from newsparse.rules.declared import declared
from newsparse.state import Declared, DeclaredValue, State
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary.load()
SEEN = Article(
    headline="Storm closes schools", authors=("Ann Lee",), published=datetime(2021, 3, 4)
)
MORNING = datetime(2021, 3, 4, 7, 15, tzinfo=UTC)
EST = timezone(timedelta(hours=-5))


def found(page: PageMeta) -> dict[str, Declared]:
    state = State([], VOCABULARY, page=page)
    declared(state)
    return state.declared


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
    ("page", "recorded"),
    [
        (PageMeta(), {}),
        (
            PageMeta(headline="Snow shuts schools", published=MORNING, modified=MORNING),
            {
                "headline": Declared("Snow shuts schools", wins=False),
                "published": Declared(MORNING, wins=True),
                "updated": Declared(MORNING, wins=True),
            },
        ),
        (
            PageMeta(authors=("Ann Lee, Riverside.com", "ANN LEE", "Bo Chen")),
            {"authors": Declared(("ANN LEE", "Bo Chen"), wins=True)},
        ),
        (PageMeta(authors=("Riverside Gazette Staff",)), {}),  # no person declared
        (PageMeta(published=datetime(1, 1, 1, tzinfo=UTC)), {}),  # a placeholder
        (PageMeta(modified=datetime(2999, 1, 1, tzinfo=UTC)), {}),
        (
            PageMeta(title="Storm closes schools | Riverside Gazette"),
            {"headline": Declared("Storm closes schools", wins=False)},
        ),
    ],
)
def test_the_rule_records_what_the_page_declares(
    page: PageMeta, recorded: dict[str, Declared]
) -> None:
    assert found(page) == recorded


def test_text_declares_nothing() -> None:
    state = State([], VOCABULARY)
    declared(state)
    assert state.declared == {}


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
        ("大雪で休校｜東京ニュース", None, "大雪で休校"),
    ],
)
def test_a_title_loses_the_site_name(title: str, site: str | None, headline: str) -> None:
    article = with_declared(
        Article(body=("Snow fell.",)), found(PageMeta(title=title, site_name=site))
    )
    assert article.headline == headline


@pytest.mark.parametrize(
    ("printed", "declared_names", "authors"),
    [
        (("Ann Lee",), ("ANN LEE",), ("Ann Lee",)),  # the byline's spelling wins
        ((), ("Ann Lee", "Bo Chen"), ("Ann Lee", "Bo Chen")),
        (("Ann Lee", "Bo Chen"), ("Ann Lee",), ("Ann Lee", "Bo Chen")),  # co-authors kept
        (("Copy Link",), ("Ann Lee",), ("Ann Lee",)),  # the markup corrects a stray byline
        (("Ann Lee",), ("Riverside Gazette Staff",), ("Ann Lee",)),  # no person declared
    ],
)
def test_authors(
    printed: tuple[str, ...], declared_names: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    page = PageMeta(authors=declared_names)
    assert with_declared(Article(authors=printed), found(page)).authors == authors


def test_dates_and_headline() -> None:
    page = PageMeta(headline="Snow shuts schools", published=MORNING, modified=MORNING)
    article = with_declared(SEEN, found(page))
    assert article.headline == "Storm closes schools"
    assert article.seo_title == "Snow shuts schools"
    assert (article.published, article.updated) == (MORNING, MORNING)


def test_the_same_headline_gives_no_seo_title() -> None:
    article = with_declared(SEEN, found(PageMeta(headline="storm  closes SCHOOLS")))
    assert article.seo_title is None


@pytest.mark.parametrize(
    ("field", "printed", "value", "outcome"),
    [
        ("published", None, MORNING, Outcome.FILLED),
        ("published", datetime(2021, 3, 4), MORNING, Outcome.AGREED),  # the day alone
        ("published", datetime(2021, 3, 4, 7, 15), MORNING, Outcome.AGREED),  # no zone
        ("published", MORNING, MORNING, Outcome.SAME),
        # Seconds, which few pages print, do not count.
        ("published", datetime(2021, 3, 4, 7, 15, 40, tzinfo=UTC), MORNING, Outcome.AGREED),
        ("published", datetime(2021, 3, 4, 7, 14, 50, tzinfo=UTC), MORNING, Outcome.AGREED),
        ("published", datetime(2021, 3, 4, 2, 14, 50), MORNING, Outcome.AGREED),
        ("published", datetime(2021, 3, 4, 7, 16, 1, tzinfo=UTC), MORNING, Outcome.WON),
        ("published", datetime(2021, 3, 4, 2, 15, tzinfo=EST), MORNING, Outcome.SAME),
        (  # a declared time without a zone, in UTC
            "published",
            datetime(2021, 3, 4, 2, 15, tzinfo=EST),
            datetime(2021, 3, 4, 7, 15),
            Outcome.AGREED,
        ),
        (  # the declared day alone
            "published",
            datetime(2021, 3, 4, 9, 30, tzinfo=UTC),
            datetime(2021, 3, 4),
            Outcome.AGREED,
        ),
        # A time without a zone: the page's own, hours from UTC.
        ("published", datetime(2021, 3, 4, 2, 15), MORNING, Outcome.AGREED),
        ("published", datetime(2021, 3, 3), MORNING, Outcome.AGREED),  # March 3 in Hawaii
        ("published", datetime(2021, 3, 2), MORNING, Outcome.WON),
        ("published", datetime(2021, 3, 4, 9, 25), MORNING, Outcome.WON),
        ("published", datetime(2021, 3, 4, 7, 15, tzinfo=EST), MORNING, Outcome.WON),
        ("authors", ("Ann Lee",), ("ANN LEE",), Outcome.SAME),
        ("authors", ("Bo Chen", "Ann Lee"), ("Ann Lee", "Bo Chen"), Outcome.AGREED),
        ("authors", ("Ann Lee", "Bo Chen"), ("Ann Lee",), Outcome.KEPT),
        ("authors", ("Ann Lee",), ("Ann Lee", "Bo Chen"), Outcome.WON),
        ("headline", "Storm closes schools", "Snow shuts schools", Outcome.KEPT),
        ("headline", "Storm closes schools", "STORM closes schools", Outcome.SAME),
    ],
)
def test_how_a_declared_value_meets_the_printed_one(
    field: str, printed: DeclaredValue | None, value: DeclaredValue, outcome: Outcome
) -> None:
    wins = field != "headline"
    (choice,) = choices(Article(**{field: printed}), {field: Declared(value, wins)})
    assert choice.outcome is outcome


@pytest.mark.parametrize(
    ("article", "page", "messages"),
    [
        (
            SEEN,
            PageMeta(published=datetime(2021, 3, 6, 7, 15, tzinfo=UTC)),
            [
                "published: printed 2021-03-04T00:00:00; declared 2021-03-06T07:15:00+00:00; "
                "the declared value wins"
            ],
        ),
        (
            SEEN,
            PageMeta(authors=("Ann Lee", "Bo Chen")),
            ["authors: printed Ann Lee; declared Ann Lee, Bo Chen; the declared value wins"],
        ),
        (SEEN, PageMeta(published=MORNING, authors=("ANN LEE",)), []),  # they agree
        (Article(body=("Snow fell.",)), PageMeta(published=MORNING), []),  # nothing printed
        (SEEN, PageMeta(headline="Snow shuts schools"), []),  # the printed headline stays
    ],
)
def test_a_declared_value_that_wins_leaves_a_notice(
    article: Article, page: PageMeta, messages: list[str]
) -> None:
    notices = with_declared(article, found(page)).notices
    assert notices == tuple(Notice("declared-wins", message) for message in messages)


PAGE = """<html lang="en"><head><title>Storm closes schools - Riverside Gazette</title>
<link rel="canonical" href="https://gazette.example/storm">
<script type="application/ld+json">{"@type": "NewsArticle",
 "headline": "Snow shuts schools across the north", "datePublished": "2021-03-06T07:15:00Z",
 "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Chen"}]}
</script></head><body><h1>Storm closes schools across the north</h1>
<p>By Ann Lee | March 4, 2021</p>
<p>Heavy snow closed hundreds of schools across the north on Tuesday, officials said, as
forecasters warned that more was on its way for the hills by the end of the week.</p>
<p>Roads were blocked and trains cancelled across the region, and many parents stayed at
home with their children while the ploughs worked through the night to clear the roads.</p>
<p>The council said schools would open again on Thursday if the roads were clear by then.</p>
</body></html>"""


def test_the_step_runs_in_the_pipeline_and_explain_shows_it() -> None:
    parsed = Parser().parse_all(PAGE)
    article = parsed.article
    assert article.published == datetime(2021, 3, 6, 7, 15, tzinfo=UTC)
    assert article.authors == ("Ann Lee", "Bo Chen")
    assert article.seo_title == "Snow shuts schools across the north"
    assert [n.code for n in article.notices] == ["declared-wins", "declared-wins"]
    assert parsed.explain().splitlines()[-4:] == [
        "== declared by the page's metadata (rule declared) · first article",
        "        headline         printed (declared 'Snow shuts schools across the north'): "
        "'Storm closes schools across the north'",
        "        published        from declared (printed 2021-03-04T00:00:00): "
        "2021-03-06T07:15:00+00:00",
        "        authors          from declared (printed Ann Lee): Ann Lee, Bo Chen",
    ]


def test_disabled_the_article_holds_what_the_page_prints() -> None:
    parser = Parser()
    parser.ruler.disable("declared")
    parsed = parser.parse_all(PAGE)
    article = parsed.article
    # The printed day, in the zone of the dates the page declares.
    assert (article.published, article.authors) == (datetime(2021, 3, 4, tzinfo=UTC), ("Ann Lee",))
    assert article.seo_title is None
    assert [notice.code for notice in article.notices] == ["zone-assumed"]
    assert (article.url, article.language) == ("https://gazette.example/storm", "en")
    assert "declared" not in parsed.explain()


def test_replaced_printed_dates_can_win() -> None:
    def printed_dates_first(state: State) -> None:
        declared(state)
        state.declared["published"] = attrs.evolve(state.declared["published"], wins=False)

    parser = Parser()
    parser.ruler.at("declared", printed_dates_first)
    article = parser.parse_all(PAGE).article
    assert (article.published, article.published_date_only) == (
        datetime(2021, 3, 4, tzinfo=UTC),
        True,
    )
    assert article.authors == ("Ann Lee", "Bo Chen")

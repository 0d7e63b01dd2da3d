"""Properties that hold for any input: only NewsParseError escapes, every line gets a role,
generated pages parse as written, and the work grows linearly with the input.

The pages come from ``newsparse.testing.strategies``, the strategies users property-test
their own rules with."""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import NewsParseError, Parser
from newsparse.testing.strategies import ScrapedDump, ScrapedPage, scraped_dumps, scraped_pages

PARSER = Parser()

# A caption that lost its first letter, and the word that proves it: no generated page has one.
REPAIRS = st.sampled_from(
    [
        "akistani troops patrol the border. (Photo courtesy: PMO)",
        "Pakistani officials said the patrols would continue for a month.",
    ]
)
# The lines of generated pages (and a repairable caption) jumbled and mixed with arbitrary
# text, so that the rules meet their pieces in orders and company no real page has.
SCRAPED = (
    st.one_of(scraped_pages(), scraped_dumps())
    .map(lambda generated: generated.text.splitlines())
    .flatmap(
        lambda lines: st.lists(
            st.one_of(st.sampled_from(lines), REPAIRS, st.text(max_size=80)), max_size=60
        )
    )
    .map("\n".join)
)
NOW_OR_NONE = st.none() | st.just(datetime(2024, 11, 26, tzinfo=UTC))


def _check(text: str, now: datetime | None) -> None:
    try:
        state = PARSER.run(text, now)
    except NewsParseError:
        return
    assert all(role is not None for role in state.roles)
    assert all(state.rule_names)
    articles = PARSER.parse_articles(text, now)
    numbers = [record.number for article in articles for record in article.lines]
    if articles:
        assert numbers == [line.number for line in state.lines]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(), NOW_OR_NONE)
def test_arbitrary_text(text: str, now: datetime | None) -> None:
    _check(text, now)


# Fewer examples than for arbitrary text: each one writes a whole page first.
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(SCRAPED, NOW_OR_NONE)
def test_scraped_like_text(text: str, now: datetime | None) -> None:
    _check(text, now)


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    with contextlib.suppress(NewsParseError):
        newsparse.parse_articles(data)


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(scraped_pages(now=None) | scraped_pages())
def test_generated_page_parses_as_written(page: ScrapedPage) -> None:
    _check(page.text, page.now)
    page.check(PARSER.parse_text(page.text, page.now))


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(scraped_dumps())
def test_generated_dump_splits_into_its_pages(dump: ScrapedDump) -> None:
    _check(dump.text, dump.now)
    dump.check(PARSER.parse_articles(dump.text, dump.now))


def _seconds(text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        newsparse.parse_articles(text)
        best = min(best, time.perf_counter() - start)
    return best


def test_time_grows_linearly(seed_text: str) -> None:
    """Ten times the input may take about ten times as long, never a hundred (quadratic)."""
    small = (seed_text + "\n\n") * 130  # about 1 MB
    large = small * 10  # about 10 MB
    assert len(newsparse.parse_articles(large)) == 10 * len(newsparse.parse_articles(small))
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 25, f"10x input took {ratio:.1f}x the time"

"""Properties that hold for any input: only NewsParseError escapes, every line gets a role,
and the work grows linearly with the input."""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import NewsParseError, Parser

PARSER = Parser()

# Lines made of the pieces scraped pages are made of, so the rules actually fire.
PIECES = st.sampled_from(
    [
        "",
        "1 / 2",
        "Short Url",
        "Follow",
        "Updated 8 sec ago",
        "Updated 26 November 2024",
        "  • A summary point about the story",
        "By Ann Lee and Bo Chen",
        "ISLAMABAD: Officials said on Tuesday that the talks would resume next week.",
        "WASHINGTON (Reuters) - The Senate voted on the bill late on Monday night.",
        "Storm closes schools across the north",
        "akistani troops patrol the border. (Photo courtesy: PMO)",
        "Pakistani officials said the patrols would continue for a month.",
        "Rescuers searched the rubble through the night, the agency said.",
    ]
)
SCRAPED = st.lists(st.one_of(PIECES, st.text(max_size=80)), max_size=60).map("\n".join)


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
@given(st.text(), st.none() | st.just(datetime(2024, 11, 26, tzinfo=UTC)))
def test_arbitrary_text(text: str, now: datetime | None) -> None:
    _check(text, now)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(SCRAPED, st.none() | st.just(datetime(2024, 11, 26, tzinfo=UTC)))
def test_scraped_like_text(text: str, now: datetime | None) -> None:
    _check(text, now)


@settings(max_examples=200)
@given(st.binary(max_size=400))
def test_arbitrary_bytes(data: bytes) -> None:
    with contextlib.suppress(NewsParseError):
        newsparse.parse_articles(data)


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

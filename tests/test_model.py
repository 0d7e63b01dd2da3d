from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import attrs
import pytest

import newsparse
from newsparse import Article, Dateline, Image, LineRecord, Notice, Role, Stamp, StampKind
from newsparse.assemble import line_records
from newsparse.model import Block, BlockKind

FULL = Article(
    headline="Storm closes schools",
    bullets=("Hundreds shut",),
    dateline=Dateline("LEEDS", "PA", "LEEDS (PA) -"),
    body=("Heavy snow closed schools.", "Trains were cancelled."),
    blocks=(
        Block(BlockKind.PARAGRAPH, "Heavy snow closed schools."),
        Block(BlockKind.LIST, items=("Trains were cancelled.",)),
    ),
    published=datetime(2024, 11, 26, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
    updated=datetime(2024, 11, 26, 11, 59, 52, tzinfo=UTC),
    authors=("Ann Lee",),
    images=(Image("Snow in Leeds.", "PA", 1, 2, None, ("first-letter-restored",)),),
    stamps=(Stamp(StampKind.UPDATED, "Updated 8 sec ago", None, relative=True),),
    notices=(Notice("relative-stamp-unresolved", "pass now=", 3),),
    span=(1, 9),
    lines=(LineRecord(1, "Storm closes schools", Role.HEADLINE, "headline"),),
)


def test_round_trip_is_lossless() -> None:
    assert Article.from_dict(FULL.to_dict()) == FULL
    assert Article.from_json(FULL.to_json()) == FULL
    assert Article.from_dict(json.loads(FULL.to_json(indent=2))) == FULL
    assert Article.from_dict(Article().to_dict()) == Article()


def test_round_trip_of_a_parsed_dump(seed_text: str) -> None:
    for article in newsparse.parse_articles(seed_text):
        assert Article.from_json(article.to_json()) == article


def _records(parsed: newsparse.Parsed) -> list[tuple[LineRecord, ...]]:
    """Each article's lines as explain reads them: every line of its span, with its role."""
    return [
        line_records(parsed.state, segment)
        for segment in parsed.state.segments()
        if any(article.span == (segment.start + 1, segment.stop) for article in parsed.articles)
    ]


def test_a_parsed_article_s_lines_are_the_records_of_its_span(seed_text: str) -> None:
    parsed = newsparse.parse_all(seed_text)
    assert len(parsed.articles) > 1
    assert [article.lines for article in parsed.articles] == _records(parsed)
    assert all(
        article.lines_with(Role.HEADLINE)[0].text == article.headline for article in parsed.articles
    )


@pytest.mark.parametrize(
    "copied",
    [
        lambda article: pickle.loads(pickle.dumps(article)),
        lambda article: Article.from_dict(article.to_dict()),
        lambda article: Article.from_json(article.to_json()),
        lambda article: attrs.evolve(article, headline=article.headline),
        copy.deepcopy,
    ],
)
def test_an_article_copied_before_its_lines_are_read_holds_them(
    seed_text: str, copied: Callable[[Article], Article]
) -> None:
    parsed = newsparse.parse_all(seed_text)
    copies = [copied(article) for article in parsed.articles]
    assert copies == list(parsed.articles)
    assert [hash(one) for one in copies] == [hash(article) for article in parsed.articles]
    assert [one.lines for one in copies] == _records(parsed)


def test_an_article_s_lines_do_not_follow_later_changes_to_the_state(seed_text: str) -> None:
    parsed = newsparse.parse_all(seed_text)
    before = _records(parsed)
    for index in range(len(parsed.state.lines)):
        parsed.state.relabel(index, Role.CHROME)
    assert [article.lines for article in parsed.articles] == before != _records(parsed)


def test_to_dict_is_plain_json() -> None:
    data = FULL.to_dict()
    assert data["published"] == "2024-11-26T09:30:00-05:00"
    assert data["lines"][0] == {
        "number": 1,
        "text": "Storm closes schools",
        "role": "headline",
        "rule": "headline",
    }
    assert data["dateline"] == {"location": "LEEDS", "agency": "PA", "raw": "LEEDS (PA) -"}
    assert data["span"] == [1, 9]


def test_values_are_frozen_and_slotted() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        FULL.headline = "x"  # type: ignore[misc]
    assert not hasattr(FULL, "__dict__")
    assert FULL.body_text == "Heavy snow closed schools.\n\nTrains were cancelled."
    assert hash(FULL.images[0]) == hash(
        Image("Snow in Leeds.", "PA", 1, 2, None, ("first-letter-restored",))
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"headline": 3}, r"Article.headline: expected str, got int"),
        ({"body": "one string"}, r"Article.body: expected a list"),
        ({"colour": "red"}, r"unknown keys \['colour'\]"),
        ({"published": 20241126}, r"Article.published: expected an ISO 8601 string"),
        ({"span": [1]}, r"Article.span: expected 2 items"),
        ({"dateline": "LEEDS"}, r"Article.dateline: expected an object"),
        ({"lines": [{"number": 1, "text": "x", "role": "nonsense", "rule": "r"}]}, r"nonsense"),
    ],
)
def test_from_dict_rejects_bad_data(data: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Article.from_dict(data)

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import attrs
import pytest

import newsparse
from newsparse import Article, Dateline, Image, LineRecord, Notice, Role, Stamp, StampKind
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

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from newsparse.dates import (
    DateReading,
    in_zone,
    is_date_only,
    read_date,
    read_declared,
    read_stamp,
    run_zone,
)
from newsparse.model import StampKind
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary.load()
NOW = datetime(2024, 11, 26, 12, 0, tzinfo=UTC)
EST = timezone(timedelta(hours=-5))
PKT = timezone(timedelta(hours=5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("26 November 2024", datetime(2024, 11, 26)),
        ("November 26, 2024", datetime(2024, 11, 26)),
        ("Nov. 26, 2024", datetime(2024, 11, 26)),
        ("Nov. 26, 2024 10:32 AM EST", datetime(2024, 11, 26, 10, 32, tzinfo=EST)),
        ("Nov 26, 2024, 10:32 a.m. ET", datetime(2024, 11, 26, 10, 32, tzinfo=EST)),
        ("3:05 PM EST, Tue November 19, 2019", datetime(2019, 11, 19, 15, 5, tzinfo=EST)),
        ("Nov. 19, 2019 / 6:02 AM", datetime(2019, 11, 19, 6, 2)),
        ("Tuesday, 26 November 2024 14:05 GMT", datetime(2024, 11, 26, 14, 5, tzinfo=UTC)),
        ("March 4th, 2019", datetime(2019, 3, 4)),
        ("2024-11-26T10:32:00Z", datetime(2024, 11, 26, 10, 32, tzinfo=UTC)),
        ("2024-11-26T10:32:00+05:00", datetime(2024, 11, 26, 10, 32, tzinfo=PKT)),
        ("2024-11-26", datetime(2024, 11, 26)),
        ("11/26/2024", datetime(2024, 11, 26)),
        ("26.11.2024", datetime(2024, 11, 26)),
    ],
)
def test_absolute_dates(text: str, expected: datetime) -> None:
    reading = read_date(text, VOCABULARY)
    assert reading is not None
    assert reading.value == expected
    assert (reading.value.utcoffset(), reading.relative) == (expected.utcoffset(), False)


@pytest.mark.parametrize(
    ("text", "ago"),
    [
        ("8 sec ago", timedelta(seconds=8)),
        ("5 mins ago", timedelta(minutes=5)),
        ("a minute ago", timedelta(minutes=1)),
        ("an hour ago", timedelta(hours=1)),
        ("3 hours ago", timedelta(hours=3)),
        ("3h ago", timedelta(hours=3)),
        ("2 days ago", timedelta(days=2)),
        ("1 week ago", timedelta(weeks=1)),
        ("yesterday", timedelta(days=1)),
        ("Just now", timedelta(0)),
    ],
)
def test_relative_dates(text: str, ago: timedelta) -> None:
    reading = read_date(text, VOCABULARY, NOW)
    assert reading is not None
    assert (reading.value, reading.relative) == (NOW - ago, True)
    unresolved = read_date(text, VOCABULARY)
    assert unresolved is not None
    assert (unresolved.value, unresolved.relative) == (None, True)


def test_months_and_years_relative() -> None:
    reading = read_date("2 months ago", VOCABULARY, NOW)
    assert reading is not None
    assert reading.value == datetime(2024, 9, 26, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    [
        "The talks of 26 November 2024 ended well",
        "November 2024",
        "2024",
        "10:32 AM",
        "Belarus, Pakistan sign 15 agreements",
        "15 agreements",
        "Page 2 of 5",
        "",
        "Nov. 26, 2024 " * 20,
        # dateutil reads "-26" as a time zone 26 hours west, which no clock shows.
        "4-11-26T12:00:01-26",
    ],
)
def test_not_a_date(text: str) -> None:
    assert read_date(text, VOCABULARY, NOW) is None


def test_a_date_without_year_takes_the_year_of_now_or_of_the_page() -> None:
    assert read_date("November 26", VOCABULARY) == DateReading(None, relative=False)
    reading = read_date("November 26", VOCABULARY, NOW)
    assert reading == DateReading(datetime(2024, 11, 26), relative=False)
    later = read_date("December 30", VOCABULARY, NOW)
    assert later == DateReading(datetime(2023, 12, 30), relative=False)  # after now: last year's
    assert read_date("November 26", VOCABULARY, year=2019) == DateReading(
        datetime(2019, 11, 26), relative=False
    )
    assert read_date("November 31", VOCABULARY) is None  # no such day, in any year


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Updated 26 November 2024", StampKind.UPDATED, datetime(2024, 11, 26)),
        ("Last updated: 26 November 2024", StampKind.UPDATED, datetime(2024, 11, 26)),
        ("Published 26 November 2024", StampKind.PUBLISHED, datetime(2024, 11, 26)),
        ("Posted on May 5, 2023 at 5:00 pm", StampKind.PUBLISHED, datetime(2023, 5, 5, 17)),
        ("26 November 2024", StampKind.PUBLISHED, datetime(2024, 11, 26)),
        ("Updated 8 sec ago", StampKind.UPDATED, NOW - timedelta(seconds=8)),
    ],
)
def test_stamps(line: str, kind: StampKind, value: datetime) -> None:
    stamp = read_stamp(line, VOCABULARY, NOW)
    assert stamp is not None
    assert (stamp.kind, stamp.value, stamp.raw) == (kind, value, line)


@pytest.mark.parametrize("line", ["Updated", "Updates on the storm", "Publishedness 2024"])
def test_not_a_stamp(line: str) -> None:
    assert read_stamp(line, VOCABULARY, NOW) is None


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("05.01.2025, 15:23", {}, datetime(2025, 1, 5, 15, 23)),  # dots: day first
        ("05/01/2025", {}, datetime(2025, 5, 1)),  # slashes: month first
        ("05/01/2025", {"dayfirst": True}, datetime(2025, 1, 5)),
        ("2025.07.12", {}, datetime(2025, 7, 12)),  # year first: never day first
        ("2025.07.12", {"dayfirst": True}, datetime(2025, 7, 12)),
        ("2025年1月14日 01時28分", {}, datetime(2025, 1, 14, 1, 28)),
        ("2025年1月14日（火） 01時28分", {}, datetime(2025, 1, 14, 1, 28)),
        ("２０２５年１月１４日", {}, datetime(2025, 1, 14)),
        ("2025년 1월 14일", {}, datetime(2025, 1, 14)),
        ("１月１３日", {"year": 2025}, datetime(2025, 1, 13)),
        ("06. 01. 2026, 14:59 Uhr", {}, datetime(2026, 1, 6, 14, 59)),
    ],
)
def test_numeric_and_east_asian_dates(
    text: str, options: dict[str, Any], expected: datetime
) -> None:
    assert read_date(text, VOCABULARY, **options) == DateReading(expected, relative=False)


def test_an_east_asian_date_without_its_year_needs_one() -> None:
    assert read_date("１月１３日", VOCABULARY) == DateReading(None, relative=False)


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("公開日：2025/01/31 11:30", StampKind.PUBLISHED, datetime(2025, 1, 31, 11, 30)),
        ("更新日：2025/02/01 09:05", StampKind.UPDATED, datetime(2025, 2, 1, 9, 5)),
    ],
)
def test_a_label_with_a_full_width_colon(line: str, kind: StampKind, value: datetime) -> None:
    stamp = read_stamp(line, VOCABULARY)
    assert stamp is not None
    assert (stamp.kind, stamp.value, stamp.raw) == (kind, value, line)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-11-26", datetime(2024, 11, 26)),
        ("2024-11-26T10:32:00Z", datetime(2024, 11, 26, 10, 32, tzinfo=UTC)),
        (
            "2024-11-26T10:32:00.000+0530",
            datetime(2024, 11, 26, 10, 32, tzinfo=timezone(timedelta(hours=5, minutes=30))),
        ),
        ("2024-11-26T10:32:00.123456789Z", datetime(2024, 11, 26, 10, 32, 0, 123456, tzinfo=UTC)),
        ("Tue, 26 Nov 2024 10:32:00 GMT", datetime(2024, 11, 26, 10, 32, tzinfo=UTC)),
        (
            "Tue, 26 Nov 2024 10:32:00 EST",
            datetime(2024, 11, 26, 10, 32, tzinfo=timezone(timedelta(hours=-5))),
        ),
        (
            "Tue, 26 Nov 2024 10:32:00 +0100",
            datetime(2024, 11, 26, 10, 32, tzinfo=timezone(timedelta(hours=1))),
        ),
        ("Tue, 26 Nov 2024 10:32:00 UT", datetime(2024, 11, 26, 10, 32, tzinfo=UTC)),
        ("November 26, 2024", datetime(2024, 11, 26)),
        ("1732617120", datetime(2024, 11, 26, 10, 32, tzinfo=UTC)),
        ("1732617120000", datetime(2024, 11, 26, 10, 32, tzinfo=UTC)),
        ("November 26", None),
        ("not a date", None),
        ("", None),
        (None, None),
    ],
)
def test_read_declared(raw: str | None, expected: datetime | None) -> None:
    assert read_declared(raw, VOCABULARY) == expected


@pytest.mark.parametrize(
    ("text", "date_only"),
    [
        ("26 November 2024", True),
        ("Updated 26 November 2024", True),
        ("2024-11-26", True),
        ("26.11.2024", True),
        ("11/26/2024", True),
        ("Nov. 26, 2024 10:32 AM EST", False),
        ("Nov. 26, 2024 10:32", False),
        ("26 November 2024, 00:00", False),  # midnight printed is a time
        ("26.11.2024 um 00:00 Uhr", False),
        ("Nov 26, 2024, 10 a.m.", False),
        ("2024-11-26T00:00:00", False),
        ("Updated 3 hours ago", False),  # relative: placed against now, to the second
    ],
)
def test_stamp_date_only(text: str, date_only: bool) -> None:
    stamp = read_stamp(text, VOCABULARY, NOW)
    assert stamp is not None
    assert stamp.date_only is date_only


@pytest.mark.parametrize(
    ("text", "value", "date_only"),
    [
        ("2024-11-26", datetime(2024, 11, 26), True),
        ("2024-11-26T00:00:00", datetime(2024, 11, 26), False),
        ("2024-11-26T00:00:00Z", datetime(2024, 11, 26, tzinfo=UTC), False),  # a moment
        ("26 Nov 2024 09:15", datetime(2024, 11, 26, 9, 15), False),
    ],
)
def test_is_date_only(text: str, value: datetime, date_only: bool) -> None:
    assert is_date_only(text, value) is date_only


@pytest.mark.parametrize(
    ("now", "others", "zone", "source"),
    [
        (None, [], UTC, "neither the page nor now gives one"),
        (
            datetime(2024, 11, 26),
            [datetime(2024, 11, 25)],
            UTC,
            "neither the page nor now gives one",
        ),
        (NOW.astimezone(PKT), [], PKT, "the zone of now"),
        (
            NOW.astimezone(PKT),
            [None, datetime(2024, 1, 1, tzinfo=EST)],
            EST,
            "the zone of the page's other dates",
        ),
        (
            None,
            [datetime(2024, 1, 1), datetime(2024, 1, 2, tzinfo=EST)],
            EST,
            "the zone of the page's other dates",
        ),
    ],
)
def test_run_zone(
    now: datetime | None, others: list[datetime | None], zone: timezone, source: str
) -> None:
    found = run_zone(now, others)
    assert (found.zone, found.source) == (zone, source)


@pytest.mark.parametrize(
    ("value", "placed"),
    [
        (datetime(2024, 11, 26), datetime(2024, 11, 26, tzinfo=PKT)),  # the day kept
        (datetime(2024, 11, 26, 23, 30), datetime(2024, 11, 26, 23, 30, tzinfo=PKT)),
        (datetime(2024, 11, 26, 23, 30, tzinfo=EST), datetime(2024, 11, 26, 23, 30, tzinfo=EST)),
    ],
)
def test_in_zone_adds_a_zone_and_never_shifts(value: datetime, placed: datetime) -> None:
    result = in_zone(value, PKT)
    assert (result, result.tzinfo, result.date()) == (placed, placed.tzinfo, value.date())

"""The quick reader of common stamp shapes reads each as dateutil does, or leaves it to dateutil."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone, tzinfo

import pytest
from dateutil import parser
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.dates import _tzinfos
from newsparse.quick_dates import quick_parse
from newsparse.vocabulary import Vocabulary

ZONES: dict[str, tzinfo] = Vocabulary.load().derived(_tzinfos)
EST = timezone(timedelta(hours=-5), "EST")
DEFAULT = datetime(2000, 1, 1)


@pytest.mark.parametrize(
    ("text", "dayfirst", "expected"),
    [
        ("Nov 19 2019 6:56 am EST", False, datetime(2019, 11, 19, 6, 56, tzinfo=EST)),
        ("Nov 19 2019 12:05 am", False, datetime(2019, 11, 19, 0, 5)),
        ("Nov 19 2019 12:05 PM", False, datetime(2019, 11, 19, 12, 5)),
        ("19 Nov 2019 18:54:07", False, datetime(2019, 11, 19, 18, 54, 7)),
        ("6:56 pm EST Nov 19 2019", False, datetime(2019, 11, 19, 18, 56, tzinfo=EST)),
        ("Nov 19", False, datetime(2000, 11, 19)),
        ("11/19/2019 6:56 am", False, datetime(2019, 11, 19, 6, 56)),
        ("05/11/2019", False, datetime(2019, 5, 11)),
        ("05/11/2019", True, datetime(2019, 11, 5)),
        ("19/11/2019", False, datetime(2019, 11, 19)),
        ("19.11.2019 10:00", True, datetime(2019, 11, 19, 10, 0)),
        ("2019-11-05 10:00", False, datetime(2019, 11, 5, 10, 0)),
        ("2019-11-05", True, datetime(2019, 5, 11)),
    ],
)
def test_common_shapes(text: str, dayfirst: bool, expected: datetime) -> None:
    value = quick_parse(text, DEFAULT, ZONES, dayfirst=dayfirst)
    assert value == expected
    assert value is not None
    assert value.tzinfo == expected.tzinfo


@pytest.mark.parametrize(
    "text",
    [
        "Feb 30 2019",  # no such day: dateutil says why
        "Nov 45",  # a month and a year of two digits
        "11/19/19",  # a two-digit year, completed by the clock's century
        "Nov 19 2019 13:00 pm",  # no hour of a 12-hour clock
        "Nov 19 2019 0:30 am",
        "Nov 19 2019 6:56 Z",  # dateutil renames the zone "UTC"
        "Nov 19 2019 6:56 XYZ",  # no zone it knows
        "Nov 19 2019 EST",  # a zone with no time
        "Nov 12 2012 @10:26 am",
        "18 Nov 2019 18.54 GMT",
        "19. Nov 2019",
        "24:00 Nov 19 2019",
        "",
    ],
)
def test_other_shapes_are_left_to_dateutil(text: str) -> None:
    assert quick_parse(text, DEFAULT, ZONES, dayfirst=False) is None


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_NUMBERS = st.sampled_from(["0", "1", "01", "7", "12", "13", "28", "29", "30", "31", "32", "45"])
_YEARS = st.sampled_from(["1000", "1999", "2000", "2020", "9999", "0999", "19", "201"])
_DATES = st.one_of(
    st.builds(lambda m, d: f"{m} {d}", st.sampled_from(_MONTHS), _NUMBERS),
    st.builds(lambda m, d: f"{d} {m}", st.sampled_from(_MONTHS), _NUMBERS),
    st.builds(lambda m, d, y: f"{m} {d} {y}", st.sampled_from(_MONTHS), _NUMBERS, _YEARS),
    st.builds(lambda m, d, y: f"{d} {m} {y}", st.sampled_from(_MONTHS), _NUMBERS, _YEARS),
    st.builds(
        lambda a, b, y, sep, first: sep.join([y, a, b] if first else [a, b, y]),
        _NUMBERS,
        _NUMBERS,
        _YEARS,
        st.sampled_from("/.-"),
        st.booleans(),
    ),
)
_CLOCKS = ["0:00", "1:05", "06:56", "11:59", "12:30", "13:00", "23:59", "24:00", "6:60", "6:56:30"]
_TIMES = st.builds(
    lambda clock, meridiem, zone: " ".join(part for part in (clock, meridiem, zone) if part),
    st.sampled_from(_CLOCKS),
    st.sampled_from(["", "am", "pm", "AM", "Pm", "a"]),
    st.sampled_from(["", "EST", "UTC", "GMT", "Z", "XYZ", "est", *sorted(ZONES)[:8]]),
)
_TEXTS = st.builds(
    lambda date, time, order: (f"{date} {time}" if order else f"{time} {date}").strip(),
    _DATES,
    st.one_of(st.just(""), _TIMES),
    st.booleans(),
)
_DEFAULTS = st.sampled_from([datetime(2000, 1, 1), datetime(2019, 12, 31), datetime(2021, 2, 28)])


@settings(max_examples=1500)
@given(_TEXTS, _DEFAULTS, st.booleans(), st.booleans())
def test_reads_as_dateutil_reads(
    text: str, default: datetime, dayfirst: bool, yearfirst: bool
) -> None:
    # dateutil's yearfirst changes none of these shapes: a four-digit year says where it is.
    value = quick_parse(text, default, ZONES, dayfirst=dayfirst)
    if value is None:
        return
    expected = parser.parse(
        text, default=default, tzinfos=ZONES, dayfirst=dayfirst, yearfirst=yearfirst
    )
    assert repr(value) == repr(expected)

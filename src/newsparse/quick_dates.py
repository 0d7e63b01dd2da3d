"""The common shapes of a printed date, read the way dateutil reads them, without dateutil.

Most stamps a page prints come in a handful of shapes. After ``dates`` has rewritten their
words (months in English, weekdays and commas dropped), they read:

    Nov 19 2019 6:56 am EST        19 Nov 2019 10:00        6:56 pm EST Nov 19 2019
    11/19/2019 6:56 am             19.11.2019 10:00         Nov 19

dateutil's parser reads any of them in about fifty microseconds, a line of a page's stamps
in tens; these shapes take a few. ``quick_parse`` gives what ``dateutil.parser.parse`` gives
for them, or None for any other text, which dateutil then reads: the fast path changes no
reading (tests/test_quick_dates.py holds the two side by side).
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

ENGLISH_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
"""The months as ``dates`` writes them for dateutil, and as this module reads them."""
_MONTHS = {name: number for number, name in enumerate(ENGLISH_MONTHS, 1)}
# "6:56", "06:56:30": an hour and its minutes, and seconds.
_TIME = re.compile(r"(\d{1,2}):(\d\d)(?::(\d\d))?")
# "11/19/2019", "19.11.2019", "2019-11-19": a numeric date with a year of four digits
# (dateutil completes a two-digit year with the century of the clock it runs on).
_NUMERIC = re.compile(
    r"(?:([1-9]\d{3})([./-])(\d{1,2})\2(\d{1,2})|(\d{1,2})([./-])(\d{1,2})\6([1-9]\d{3}))"
)
_YEAR = re.compile(r"[1-9]\d{3}")
_DAY = re.compile(r"\d{1,2}")
_MERIDIEMS = {"am": False, "pm": True}
_LAST_DAY = 31
_LAST_MONTH = 12
_CLOCK_HOURS = 12
_ZONE_LETTERS = 5


def quick_parse(
    text: str, default: datetime, zones: dict[str, tzinfo], *, dayfirst: bool
) -> datetime | None:
    """``dateutil.parser.parse(text, default=default, tzinfos=zones, dayfirst=dayfirst)`` for
    the common shapes of a stamp (see the module); None for any other text, and for one of
    them that names no real day (``Feb 30``), which dateutil refuses in its own words.

    >>> quick_parse("Nov 19 2019 6:56 pm", datetime(2000, 1, 1), {}, dayfirst=False)
    datetime.datetime(2019, 11, 19, 18, 56)
    """
    tokens = text.split(" ")
    place = next((place for place, token in enumerate(tokens) if ":" in token), len(tokens))
    if place:
        date, time = tokens[:place], tokens[place:]
    else:  # the time first: "6:56 pm EST Nov 19 2019"
        end = next(
            (
                end
                for end, token in enumerate(tokens)
                if end and (token in _MONTHS or token[:1].isdigit())
            ),
            len(tokens),
        )
        time, date = tokens[:end], tokens[end:]
    day = _read_day(date, dayfirst=dayfirst)
    clock = _read_time(time, zones) if time else (None, None)
    if day is None or clock is None:
        return None
    (year, month, day_of_month), (hms, zone) = day, clock
    hour, minute, second = (default.hour, default.minute, default.second) if hms is None else hms
    try:
        value = default.replace(
            year=default.year if year is None else year,
            month=month,
            day=day_of_month,
            hour=hour,
            minute=minute,
            second=second,
        )
    except ValueError:
        return None
    return value if zone is None else value.replace(tzinfo=zone)


def _read_day(tokens: list[str], *, dayfirst: bool) -> tuple[int | None, int, int] | None:
    """The year (None when not printed), month and day of the date's tokens."""
    if len(tokens) == 1:
        return _numeric_day(tokens[0], dayfirst=dayfirst)
    if len(tokens) not in {2, 3}:
        return None
    first, second = tokens[0], tokens[1]
    if first in _MONTHS and _DAY.fullmatch(second):
        month, day = _MONTHS[first], int(second)
    elif second in _MONTHS and _DAY.fullmatch(first):
        month, day = _MONTHS[second], int(first)
    else:
        return None
    if not 1 <= day <= _LAST_DAY:
        return None
    if len(tokens) == 2:  # a month and a day
        return None, month, day
    if not _YEAR.fullmatch(tokens[2]):
        return None
    return int(tokens[2]), month, day


def _numeric_day(token: str, *, dayfirst: bool) -> tuple[int | None, int, int] | None:
    """dateutil's order of the numbers of a date with a four-digit year: after the year,
    month then day unless ``dayfirst`` and the last is a month's number; before it, month
    then day unless the first is over 12, or ``dayfirst`` and the second is a month's."""
    match = _NUMERIC.fullmatch(token)
    if match is None:
        return None
    if match[1]:
        year, first, second = int(match[1]), int(match[3]), int(match[4])
        month, day = (second, first) if dayfirst and second <= _LAST_MONTH else (first, second)
    else:
        first, second, year = int(match[5]), int(match[7]), int(match[8])
        if first > _LAST_DAY or second > _LAST_DAY:
            return None
        if first > _LAST_MONTH or (dayfirst and second <= _LAST_MONTH):
            day, month = first, second
        else:
            month, day = first, second
    if not (1 <= month <= _LAST_MONTH and 1 <= day <= _LAST_DAY):
        return None
    return year, month, day


def _read_time(
    tokens: list[str], zones: dict[str, tzinfo]
) -> tuple[tuple[int, int, int] | None, tzinfo | None] | None:
    """The hour, minute and second and the time zone of ``6:56 pm EST``."""
    match = _TIME.fullmatch(tokens[0])
    if match is None or len(tokens) > 3:  # a time, a meridiem, a zone
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    rest = tokens[1:]
    if rest and rest[0].lower() in _MERIDIEMS:
        if not 1 <= hour <= _CLOCK_HOURS:
            return None
        if _MERIDIEMS[rest.pop(0).lower()]:
            hour = hour % _CLOCK_HOURS + _CLOCK_HOURS
        else:
            hour %= _CLOCK_HOURS
    zone = None
    if rest:
        name = rest.pop()
        # dateutil renames a "Z" zone "UTC", whatever zone the name is given.
        if (
            rest
            or name == "Z"
            or not (len(name) <= _ZONE_LETTERS and name.isascii() and name.isupper())
        ):
            return None
        zone = zones.get(name)
        if zone is None:
            return None
    if hour > 23 or minute > 59 or second > 59:
        return None
    return (hour, minute, second), zone

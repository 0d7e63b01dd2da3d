"""Reading printed stamps: absolute dates through python-dateutil, relative ones against ``now``.

Absolute: ``26 November 2024``, ``Nov. 26, 2024 10:32 AM EST``, ``2024-11-26T10:32:00Z``; the
time zone is kept when the text gives one. Relative: ``8 sec ago``, ``3 hours ago``,
``yesterday``, resolved only against the ``now`` the caller passes, never the wall clock.

A line counts as a date only when every word in it is a date word (a month, a weekday, a time
zone, ``at``…), so a sentence that happens to hold a date is never read as a stamp.

Dates a page declares in its markup (``2024-11-26T10:32:00Z``, ``Tue, 26 Nov 2024 10:32:00
GMT``, Unix time) are read by ``read_declared``, with the same time zones.

A date read without a time zone stays naive here; ``run_zone`` and ``in_zone`` give it one
when an article is assembled, so that every date of a run compares with every other.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterable
from datetime import UTC, datetime, time, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING

import attrs

from newsparse.model import Stamp, StampKind
from newsparse.quick_dates import ENGLISH_MONTHS, quick_parse

if TYPE_CHECKING:
    from dateutil.relativedelta import relativedelta
from newsparse.vocabulary import Vocabulary, match_prefix, remembered

_WORD = re.compile(r"[^\W\d_]+\.?")
_DAY = re.compile(r"(?<![\d:])\d{1,2}(?:st|nd|rd|th)?(?![\d:])")
_NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,4}([./-])\d{1,2}\1\d{1,4}(?!\d)")
_ANY_DIGIT = re.compile(r"\d")
# "0339 GMT (1139 HKT) November 19, 2019": the time in a second zone is an aside, and a time
# written HHMM before a zone is HH:MM.
_ASIDE = re.compile(r"\([^()]{0,30}\)")
_HHMM = re.compile(r"\b([01]\d|2[0-3])([0-5]\d)\b(?=\s+[A-Z]{2,5}\b)")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_MERIDIEM = re.compile(r"\b([ap])\.\s?m\.", re.IGNORECASE)
# Separators pages put between the parts of one stamp: "Nov. 19, 2019 / 6:02 AM",
# "November 12th, 2012 @ 10:26am".
_SEPARATOR = re.compile(r"\s[|/·•@]\s")
# The widest offset of any time zone from UTC (ISO 8601 allows ±18:00).
MAX_OFFSET = timedelta(hours=18)
# A stamp longer than this is prose that happens to mention a date.
MAX_STAMP_CHARS = 100
_LABEL_END = re.compile(r"\s*[:：\-–—]?\s*")


@functools.cache
def _one(unit: str) -> relativedelta:
    """One ``unit`` of time. dateutil is imported on first use: ``import newsparse`` stays
    quick for callers that never read a date."""
    from dateutil.relativedelta import relativedelta

    spans = {
        "second": relativedelta(seconds=1),
        "minute": relativedelta(minutes=1),
        "hour": relativedelta(hours=1),
        "day": relativedelta(days=1),
        "week": relativedelta(weeks=1),
        "month": relativedelta(months=1),
        "year": relativedelta(years=1),
    }
    return spans[unit]


@attrs.frozen
class DateReading:
    """A date found in text: its value (None when relative and no ``now`` was given)."""

    value: datetime | None
    relative: bool


def read_date(
    text: str,
    vocabulary: Vocabulary,
    now: datetime | None = None,
    *,
    year: int | None = None,
    dayfirst: bool = False,
) -> DateReading | None:
    """Read ``text`` as one date, or return None when it is not only a date.

    A date printed without its year (``Nov 19, 6:55 AM``) takes the year of ``now``, else
    ``year`` (the year the page's other dates show); with neither its value is None. A
    numeric date is read month first (``11/05/2024``: 5 November) unless ``dayfirst`` (the
    page prints its days first: ``20/11/2019`` elsewhere on it) or it is written with dots
    (``05.11.2024``, as German and most of Europe write it). Dates written with 年, 月, 日
    (``2025年1月14日 01時28分``) and full-width digits are read too.

    >>> read_date("26 November 2024", Vocabulary.load())
    DateReading(value=datetime.datetime(2024, 11, 26, 0, 0), relative=False)
    """
    text = text.strip()
    if not text.isascii():
        text = _east_asian(text.translate(_FULL_WIDTH))
    if ". " in text:
        text = _SPACED_DATE.sub(r"\1.\2.\3", text)
    if not text or len(text) > MAX_STAMP_CHARS:
        return None
    relative = _read_relative(text, vocabulary, now)
    if relative is not None:
        return relative
    return _read_absolute(text, vocabulary, now, year, dayfirst)


# "06. 01. 2026": a numeric date with spaces after its dots.
_SPACED_DATE = re.compile(r"(?<!\d)(\d{1,2})\.\s(\d{1,2})\.\s(\d{4})(?!\d)")
# Full-width digits, colon, slash and space, as Japanese, Chinese and Korean pages print them.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９：／\u3000", "0123456789:/ ")
# "2025年1月14日", "1月14日", "01時28分", "2025년 1월 14일": the date and time in numbers.
_EAST_ASIAN_DATE = re.compile(
    r"(?:(\d{4})\s?[年년]\s?)?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]"
    r"(?:\s?[（(][^()（）]{1,3}[)）])?"
)
_EAST_ASIAN_TIME = re.compile(r"(\d{1,2})\s?[時시]\s?(\d{1,2})\s?[分분]")


def _east_asian(text: str) -> str:
    """``2025年1月14日 01時28分`` → ``2025-1-14 01:28``; other text as it is."""
    text = _EAST_ASIAN_DATE.sub(_numeric_date, text)
    return _EAST_ASIAN_TIME.sub(r"\1:\2", text)


def _numeric_date(match: re.Match[str]) -> str:
    year, month, day = match.groups()
    if not 1 <= int(month) <= len(ENGLISH_MONTHS):
        return match.group()
    return f"{year}-{month}-{day}" if year else f"{ENGLISH_MONTHS[int(month) - 1]} {day}"


# The same line is read by several rules (stamps, dated lists, a second pass with the page's
# year), and a stamp is an immutable value.
@remembered
def read_stamp(
    text: str,
    vocabulary: Vocabulary,
    now: datetime | None = None,
    *,
    year: int | None = None,
    dayfirst: bool = False,
) -> Stamp | None:
    """Read a stamp line such as ``Updated 26 November 2024``; None when it is not one.

    A line with no label is a publication stamp. ``Updated 8 sec ago`` without ``now`` gives
    a Stamp whose value is None and whose raw text is kept.
    """
    if len(text) > MAX_STAMP_CHARS + 30:
        return None
    kind, rest = _split_label(text, vocabulary)
    reading = read_date(rest, vocabulary, now, year=year, dayfirst=dayfirst)
    if reading is None:
        return None
    value = reading.value
    date_only = not reading.relative and value is not None and is_date_only(rest, value)
    return Stamp(kind, text, value, relative=reading.relative, date_only=date_only)


# A time of day as dates are written: "10:32", "10am", "10 a.m.", ISO's "T10".
_TIME_OF_DAY = re.compile(r"\d:\d\d|\d\s?[ap]\.?m\b|\dT\d", re.IGNORECASE)


def is_date_only(text: str, value: datetime) -> bool:
    """Whether ``text``, read as ``value``, gives a day and no time of day: the value is a
    midnight without a time zone and the text prints no time.

    >>> is_date_only("26 November 2024", datetime(2024, 11, 26))
    True
    >>> is_date_only("26 November 2024, 00:00", datetime(2024, 11, 26))
    False
    """
    return value.tzinfo is None and value.time() == time() and not _TIME_OF_DAY.search(text)


@attrs.frozen
class RunZone:
    """The time zone a date read without one is taken in, and what gave it."""

    zone: tzinfo
    source: str


def run_zone(now: datetime | None, others: Iterable[datetime | None]) -> RunZone:
    """Where a date printed without a time zone is placed: in the zone of the first of
    ``others`` (the page's declared dates, the article's other stamps) that has one, as the
    page prints its dates in its own zone; else in that of ``now``; else in UTC. Only the
    zone is added: the day and time printed are kept.

    >>> run_zone(None, [datetime(2024, 11, 26)]).source
    'neither the page nor now gives one'
    """
    zone = next((value.tzinfo for value in others if value is not None and value.tzinfo), None)
    if zone is not None:
        return RunZone(zone, "the zone of the page's other dates")
    if now is not None and now.tzinfo is not None:
        return RunZone(now.tzinfo, "the zone of now")
    return RunZone(UTC, "neither the page nor now gives one")


def in_zone(value: datetime, zone: tzinfo) -> datetime:
    """``value`` in ``zone`` when it has none of its own (the same clock time), else as it is."""
    return value if value.tzinfo is not None else value.replace(tzinfo=zone)


def _split_label(text: str, vocabulary: Vocabulary) -> tuple[StampKind, str]:
    for kind, labels in (
        (StampKind.UPDATED, vocabulary.updated_labels),
        (StampKind.PUBLISHED, vocabulary.published_labels),
    ):
        label = match_prefix(text, labels)
        if label is not None:
            end = _LABEL_END.match(text, len(label))
            return kind, text[end.end() if end else len(label) :]
    return StampKind.PUBLISHED, text


def _relative_pattern(vocabulary: Vocabulary) -> re.Pattern[str]:
    """One pattern for every template, so a line is tried once: template ``k`` names its
    groups ``n{k}`` and ``unit{k}``."""
    units = "|".join(re.escape(u) for u in sorted(vocabulary.relative_units, key=len, reverse=True))
    ones = "|".join(re.escape(w) for w in sorted(vocabulary.numbers_one, key=len, reverse=True))
    alternatives = []
    for k, template in enumerate(vocabulary.relative_templates):
        number = rf"(?P<n{k}>\d{{1,4}}|{ones})" if ones else rf"(?P<n{k}>\d{{1,4}})"
        alternatives.append(
            re.escape(template)
            .replace(r"\{n\}", number)
            .replace(r"\{unit\}", rf"(?P<unit{k}>{units})\.?")
            .replace(r"\ ", r"\s+")
        )
    return re.compile("|".join(f"(?:{alt})" for alt in alternatives), re.IGNORECASE)


def _read_relative(text: str, vocabulary: Vocabulary, now: datetime | None) -> DateReading | None:
    folded = text.casefold().rstrip(".")
    if folded in vocabulary.today:
        return DateReading(now, relative=True)
    if folded in vocabulary.yesterday:
        return DateReading(None if now is None else now - timedelta(days=1), relative=True)
    if not any(literal in folded for literal in vocabulary.relative_literals):
        return None
    match = vocabulary.derived(_relative_pattern).fullmatch(folded)
    if match is None:
        return None
    groups = dict(_named(match))
    count = int(groups["n"]) if groups["n"].isdigit() else 1
    unit = vocabulary.relative_units[groups["unit"]]
    if now is None:
        return DateReading(None, relative=True)
    return DateReading(now - _one(unit) * count, relative=True)


def _named(match: re.Match[str]) -> list[tuple[str, str]]:
    """The groups that took part in the match, named without their template number."""
    return [
        (name.rstrip("0123456789"), value) for name, value in match.groupdict().items() if value
    ]


def _read_absolute(
    text: str, vocabulary: Vocabulary, now: datetime | None, year: int | None, dayfirst: bool
) -> DateReading | None:
    if not _ANY_DIGIT.search(text):
        return None
    iso = read_iso(text)
    if iso is not None:
        return DateReading(iso, relative=False)
    text = _HHMM.sub(r"\1:\2", _ASIDE.sub(" ", text))
    cleaned = _english_date_words(_MERIDIEM.sub(r"\1m", _SEPARATOR.sub(" ", text)), vocabulary)
    if cleaned is None:
        return None
    numeric = _NUMERIC_DATE.search(text)
    # A year alone ("2024"), a month and year ("November 2024") or a time is not a day.
    if not (_DAY.search(text) if cleaned.has_month else numeric):
        return None
    printed_year = _YEAR.search(text) or (None if cleaned.has_month else numeric)
    reference = now
    if printed_year is None and reference is None and year is not None:
        reference = datetime(year, 12, 31, 23, 59)
    # With no year anywhere the date is still read (in a leap year, so 29 February passes),
    # to tell a real date from digits that only look like one; its value stays unknown.
    default = (reference or datetime(2000, 1, 1)).replace(
        hour=0, minute=0, second=0, microsecond=0, tzinfo=None
    )
    year_first = numeric is not None and numeric[0].index(numeric[1]) > 2
    day_first = not year_first and (dayfirst or (numeric is not None and numeric[1] == "."))
    zones = vocabulary.derived(_tzinfos)
    value = quick_parse(cleaned.text, default, zones, dayfirst=day_first)
    if value is None:
        try:
            from dateutil import parser as dateutil_parser

            value = dateutil_parser.parse(
                cleaned.text,
                default=default,
                tzinfos=zones,
                fuzzy=False,
                dayfirst=day_first,
                yearfirst=year_first,
            )
        # ArithmeticError: dateutil fails on some long runs of digits with
        # decimal.InvalidOperation (`12:0888888888888888888888888888880`); OverflowError is one.
        except (ValueError, ArithmeticError):
            return None
    if not _real_offset(value):
        return None
    if printed_year is None and reference is None:
        return DateReading(None, relative=False)
    if printed_year is None and reference is not None and _later(value, reference):
        value = value - _one("year")
    return DateReading(value, relative=False)


def _real_offset(value: datetime) -> bool:
    """Whether a read date's time zone is one a clock can show: dateutil accepts offsets
    such as "-26" that no datetime can be written out with."""
    try:
        offset = value.utcoffset()
    except ValueError:
        return False
    return offset is None or abs(offset) <= MAX_OFFSET


def _later(value: datetime, now: datetime) -> bool:
    if (value.tzinfo is None) != (now.tzinfo is None):
        return value.replace(tzinfo=None) > now.replace(tzinfo=None)
    return value > now


# A declared date needs a year of its own: dateutil would complete "November 26" with the
# current one.
_FOUR_DIGITS = re.compile(r"(?<!\d)\d{4}(?!\d)")
# Unix time in seconds or milliseconds: "1732617120", "1732617120000".
_TIMESTAMP_DIGITS = frozenset({10, 13})
_SECONDS_DIGITS = 10


def read_declared(text: str | None, vocabulary: Vocabulary) -> datetime | None:
    """A date a page declares in its markup (``article:published_time``, JSON-LD
    ``datePublished``) as a datetime, time zone kept; None when it is not one.

    ISO 8601 first, then dateutil for the rest, with the vocabulary's zone names; Unix
    timestamps of 10 or 13 digits are read as UTC. A value without a four-digit year is
    refused rather than completed with the current one.

    >>> read_declared("Tue, 26 Nov 2024 10:32:00 EST", Vocabulary.load()).isoformat()
    '2024-11-26T10:32:00-05:00'
    """
    text = (text or "").strip()
    if not text:
        return None
    iso = read_iso(text)
    if iso is not None:
        return iso
    if text.isdigit() and len(text) in _TIMESTAMP_DIGITS:
        return datetime.fromtimestamp(int(text[:_SECONDS_DIGITS]), UTC)
    from dateutil import parser, tz

    # ArithmeticError: dateutil fails on runs of digits too long for a fraction of a second
    # with decimal.InvalidOperation.
    try:
        return parser.isoparse(text)
    except (ValueError, OverflowError, ArithmeticError):
        pass
    if not _FOUR_DIGITS.search(text):
        return None
    with warnings.catch_warnings():
        # An unknown zone name leaves the time naive; dateutil warns about it, we accept it.
        warnings.simplefilter("ignore", parser.UnknownTimezoneWarning)
        try:
            value = parser.parse(text, tzinfos=vocabulary.derived(_tzinfos))
        except (ValueError, OverflowError, ArithmeticError):
            return None
    # dateutil reads a zone name the machine itself uses as "local time", which would make
    # the result depend on where it runs.
    return value.replace(tzinfo=None) if isinstance(value.tzinfo, tz.tzlocal) else value


def read_iso(text: str) -> datetime | None:
    """``2024-11-26T10:32:00Z`` as an aware datetime (a date alone: naive midnight), or None."""
    if len(text) < 10 or not text[:4].isdigit() or text[4] != "-":
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


@attrs.frozen
class _Cleaned:
    text: str
    has_month: bool


def _english_date_words(text: str, vocabulary: Vocabulary) -> _Cleaned | None:
    """Rewrite date words for dateutil (months in English, weekdays dropped), or None when a
    word in ``text`` is not a date word."""
    has_month = False
    last_month = ""
    pieces: list[str] = []
    position = 0
    for match in _WORD.finditer(text):
        word = match.group().rstrip(".")
        folded = word.casefold()
        replacement: str | None
        if folded in vocabulary.months:
            month = ENGLISH_MONTHS[vocabulary.months[folded] - 1]
            # "Nov.November 18": a month printed twice, abbreviated and in full, is one month.
            replacement = "" if month == last_month else month
            last_month, has_month = month, True
        elif folded in vocabulary.weekdays:
            replacement = ""
        elif folded in vocabulary.date_fillers:
            replacement = word if folded in {"am", "pm", "t", "z"} else ""
        elif folded in vocabulary.timezones and word.isupper():
            replacement = word
        else:
            return None
        pieces.append(text[position : match.start()])
        pieces.append(f" {replacement} " if replacement else " ")
        position = match.end()
    pieces.append(text[position:])
    return _Cleaned(" ".join("".join(pieces).replace(",", " ").split()), has_month)


def _tzinfos(vocabulary: Vocabulary) -> dict[str, tzinfo]:
    return {
        name.upper(): timezone(timedelta(seconds=seconds), name.upper())
        for name, seconds in vocabulary.timezones.items()
    }

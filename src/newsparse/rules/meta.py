"""meta: lines of article metadata — stamps and bylines.

Updated 26 November 2024                      → a stamp (updated)
Updated 8 sec ago                             → a stamp, unresolved without ``now``
By Ann Lee and Bo Chen                        → a byline naming two people
By Tess Bonn - 11/19/19 06:56 AM EST          → a byline with a stamp
Nov 18, 2019 at 9:24 pm ET • 2 min read       → a stamp
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import attrs

from newsparse.bylines import MAX_META_CHARS, MetaLine, read_meta_line, unglued_prefix
from newsparse.dates import read_iso, read_stamp
from newsparse.lines import Hints, Line
from newsparse.model import Role, Stamp
from newsparse.shape import copyright_year, ends_sentence
from newsparse.state import State
from newsparse.vocabulary import Vocabulary, match_prefix, remembered

# Digits shaped like a date or a time: 11/19/2019, 2019-11-19, 18.11.2019, 10:32, 3h.
_DATE_SHAPE = re.compile(r"\d[./-]\d|\d:\d\d|\d\s?(?:[hms]|min|mins|hrs?)\b|\d\s?[年月日년월일]")
_LETTERS = re.compile(r"[^\W\d_]+")
# Each ASCII letter in lower case, any other byte a space: the runs of letters of an ASCII
# line, case-folded, are the words of its bytes so translated.
_ASCII_LETTER_RUNS = bytes(
    ord(chr(byte).lower()) if byte < 128 and chr(byte).isalpha() else ord(" ")
    for byte in range(256)
)
_SLASHED_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?!\d)")
MONTHS = 12
PROSE_WORDS = 12
MAX_LOWER_WORDS = 4
LIST_LENGTH = 3
_MERIDIEMS = ("a.m.", "p.m.", "A.M.", "P.M.")


def meta(state: State) -> None:
    """Claim bylines (a line that names its authors) and stamp lines."""
    vocabulary, now = state.vocabulary, state.now
    dayfirst = days_first(state)
    found: dict[int, MetaLine] = {}
    roles = state.roles
    for index, line in enumerate(state.lines):
        text = line.text
        if text and len(text) <= MAX_META_CHARS and roles[index] is None:
            if not could_be_meta(text, vocabulary) or _is_credit(text, vocabulary):
                continue
            meta_line = _read_meta_line(text, vocabulary, now, dayfirst=dayfirst)
            if meta_line is not None:
                found[index] = meta_line
    for index in _dated_lists(state, found):
        del found[index]
    year = None if now is not None else page_year(state, found.values())
    for index, first_reading in found.items():
        meta_line = first_reading
        if year is not None and any(_yearless(stamp) for stamp in meta_line.stamps):
            meta_line = (
                _read_meta_line(
                    state.lines[index].text, vocabulary, now, year=year, dayfirst=dayfirst
                )
                or meta_line
            )
        meta_line = _with_machine_time(meta_line, state.lines[index].hints)
        state.claim(index, Role.BYLINE if meta_line.byline else Role.STAMP, meta_line)
        for stamp in meta_line.stamps:
            if stamp.relative and stamp.value is None:
                state.notice(
                    "relative-stamp-unresolved",
                    f"{stamp.raw!r} is relative; pass now= to place it in time",
                    index,
                )
            elif _yearless(stamp):
                state.notice(
                    "stamp-without-year",
                    f"{stamp.raw!r} prints no year and the page shows none; pass now=",
                    index,
                )


# The pages of one site repeat their metadata furniture ("Posted by Staff", "See today's
# Digital Edition"), and a reading costs tens of microseconds (dateutil among them).
_read_meta_line = remembered(read_meta_line)


def _with_machine_time(meta_line: MetaLine, hints: Hints | None) -> MetaLine:
    """On HTML, ``<time datetime="2021-03-04T07:15:00Z">March 4, 2021</time>``: the machine
    form gives the printed stamp its time and zone."""
    exact = read_iso(hints.datetime) if hints is not None and hints.datetime else None
    if exact is None or not meta_line.stamps:
        return meta_line
    first, *rest = meta_line.stamps
    return attrs.evolve(meta_line, stamps=(attrs.evolve(first, value=exact), *rest))


def _dated_lists(state: State, found: dict[int, MetaLine]) -> list[int]:
    """Lines of a dated list — a tour schedule, ``June 9 -- Coral Sky Amphitheatre, FL`` —
    are no stamps: LIST_LENGTH or more lines in a row that open with a date and go on."""
    vocabulary, now = state.vocabulary, state.now
    lines = state.lines

    def opens_with_date(index: int) -> bool:
        return _opens_with_date(lines[index].text, vocabulary) and not (
            index in found and found[index].byline
        )

    def goes_on(index: int) -> bool:
        return read_stamp(lines[index].text, vocabulary, now) is None

    listed: list[int] = []
    end = -1  # the last line of the runs looked at so far
    # Only a run around a found line can take one back: each is walked out from the line,
    # and read as stamps (which costs more than a look at a first word) only when it is
    # long enough to be a list.
    for index in sorted(found):
        if index <= end or not opens_with_date(index):
            continue
        above = _reach(lines, range(index - 1, -1, -1), opens_with_date)
        run = [
            *reversed(above),
            index,
            *_reach(lines, range(index + 1, len(lines)), opens_with_date),
        ]
        end = run[-1]
        if len(run) < LIST_LENGTH:
            continue
        for dated in _runs(run, goes_on):
            if len(dated) >= LIST_LENGTH:
                listed.extend(i for i in dated if i in found)
    return listed


def _reach(lines: list[Line], indexes: range, test: Callable[[int], bool]) -> list[int]:
    """The lines with text among ``indexes``, in their order, up to the first that fails
    ``test``; blank lines are passed over."""
    reached: list[int] = []
    for index in indexes:
        if lines[index].text:
            if not test(index):
                break
            reached.append(index)
    return reached


def _runs(indexes: Iterable[int], test: Callable[[int], bool]) -> Iterator[list[int]]:
    """The runs of ``indexes`` that pass ``test``, in order."""
    run: list[int] = []
    for index in indexes:
        if test(index):
            run.append(index)
        elif run:
            yield run
            run = []
    if run:
        yield run


def _opens_with_date(text: str, vocabulary: Vocabulary) -> bool:
    """``June 9 -- Coral Sky Amphitheatre``: the first word is a month's name or a number."""
    first = text.split(maxsplit=1)[0].casefold().rstrip(".,")
    return first in vocabulary.months or first[:1].isdigit()


def days_first(state: State) -> bool:
    """Whether the page prints numeric dates day first: one of its ``dd/mm/yyyy`` dates
    has a first number over 12 (``20/11/2019``), and none has a second number over 12."""
    days = months = False
    for line in state.lines:
        text = line.text
        if "/" not in text or len(text) > MAX_META_CHARS:
            continue
        for first, second in _SLASHED_DATE.findall(text):
            days = days or int(first) > MONTHS
            months = months or int(second) > MONTHS
    return days and not months


def page_year(state: State, meta_lines: Iterable[MetaLine]) -> int | None:
    """The year the page's dates show: the most common among its full stamps, else the year
    of its copyright line (``© 2019 …``). Stamps printed without a year take it."""
    years = Counter(
        stamp.value.year for line in meta_lines for stamp in line.stamps if stamp.value is not None
    )
    if years:
        return years.most_common(1)[0][0]
    for line in state.lines:
        year = copyright_year(line.text)
        if year is not None:
            return year
    return None


def could_be_meta(text: str, vocabulary: Vocabulary) -> bool:
    """A quick test that passes every metadata line: it holds a digit, opens with a byline
    prefix, or holds a word of relative time (``yesterday``, ``an hour ago``); and it is no
    sentence of a dozen words or more, nor a title that says something ("5 things to know
    about the storm": metadata lines hold names, dates and little else in lower case)."""
    words = text.split()
    # Most lines are a word or two (a menu): too few for either test of prose.
    if len(words) >= MAX_LOWER_WORDS and _reads_as_prose(text, words, vocabulary.meta_words):
        return False
    # Digits alone ("Uncategorized (51)", a table row) make no date; a month's name does.
    return bool(
        _DATE_SHAPE.search(text)
        or match_prefix(unglued_prefix(text), vocabulary.byline_prefixes)
        or _holds_stamp_word(text, vocabulary)
    )


def _reads_as_prose(text: str, words: list[str], meta_words: frozenset[str]) -> bool:
    if len(words) > PROSE_WORDS and ends_sentence(text) and not text.endswith(_MERIDIEMS):
        return True
    # Counted no further than needed: most lines of four words or more are prose or titles,
    # and tell it here sooner than the tests that follow tell anything.
    lower = 0
    for word in words:
        if word[:1].islower() and word.strip(".,:;") not in meta_words:
            lower += 1
            if lower >= MAX_LOWER_WORDS:
                return True
    return False


def _holds_stamp_word(text: str, vocabulary: Vocabulary) -> bool:
    """Whether a run of letters in ``text``, case-folded, is a stamp word."""
    if text.isascii():
        # Most lines are ASCII: a byte table reads their runs of letters several times
        # quicker than the pattern.
        runs = text.encode().translate(_ASCII_LETTER_RUNS).split()
        return not vocabulary.derived(_ascii_stamp_words).isdisjoint(runs)
    return not vocabulary.stamp_words.isdisjoint(_LETTERS.findall(text.casefold()))


def _ascii_stamp_words(vocabulary: Vocabulary) -> frozenset[bytes]:
    return frozenset(word.encode() for word in vocabulary.stamp_words if word.isascii())


def _is_credit(text: str, vocabulary: Vocabulary) -> bool:
    """``Photo by Jane Roe`` names a photographer, not an author: the captions rule's line."""
    return match_prefix(text, vocabulary.credit_prefixes) is not None


def _yearless(stamp: Stamp) -> bool:
    return stamp.value is None and not stamp.relative

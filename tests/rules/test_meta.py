from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

import newsparse
from newsparse.bylines import MetaLine, read_meta_line, read_name_line
from newsparse.model import Role, StampKind
from newsparse.rules.meta import could_be_meta, days_first
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import RunRules

VOCABULARY = Vocabulary.load()
EST = timezone(timedelta(hours=-5))


@pytest.mark.parametrize(
    ("line", "authors", "days", "byline"),
    [
        ("By Jamelle Bouie", ("Jamelle Bouie",), (), True),
        ("by Ann Lee", ("Ann Lee",), (), True),
        ("By Ann Lee and Bo Chen", ("Ann Lee", "Bo Chen"), (), True),
        ("By Ann Lee, Bo Chen & Cy Diaz", ("Ann Lee", "Bo Chen", "Cy Diaz"), (), True),
        ("By Ann Lee, Reuters", ("Ann Lee",), (), True),
        ("By Ann Lee, Riverside.com", ("Ann Lee",), (), True),
        ("By Ann Lee, Gazette Staff", ("Ann Lee",), (), True),
        ("BY ANN LEE", ("ANN LEE",), (), True),
        ("By: Ann Lee", ("Ann Lee",), (), True),
        ("By Ann SmithRiversideNews", ("Ann Smith",), (), True),
        ("By Ann Lee | Riverside Gazette", ("Ann Lee",), (), True),
        ("Written by Ann Lee, MS, RD on March 4, 2021", ("Ann Lee",), ("2021-03-04",), True),
        ("By Ann Lee - 03/04/21 06:56 AM EST", ("Ann Lee",), ("2021-03-04",), True),
        ("Posted by Ann Lee on March 4, 2021, 6:21 AM EST", ("Ann Lee",), ("2021-03-04",), True),
        ("5:45 AM PST 3/4/2021 by Ann Lee", ("Ann Lee",), ("2021-03-04",), True),
        ("Von Anna Berg publiziert am 25. September 2018", ("Anna Berg",), ("2018-09-25",), True),
        ("By RIVERSIDE GAZETTE STAFF", (), (), True),
        ("By Reuters", (), (), True),
        (
            "Updated March 4, 2021 9:41 AM;Posted March 3, 2021 8:19 PM",
            (),
            ("2021-03-04", "2021-03-03"),
            False,
        ),
        ("PUBLISHED THU, MAR 4 20214:29 AM EST", (), ("2021-03-04",), False),
        ("Mar 4, 2021 at 9:24 pm ET • 2 min read", (), ("2021-03-04",), False),
        ("Associated Press March 4, 2021, 9:02 AM", (), ("2021-03-04",), False),
        (
            "Published: Mar. 3, 2021, 6:18 p.m. Updated: Mar. 4, 2021, 7:10 p.m.",
            (),
            ("2021-03-03", "2021-03-04"),
            False,
        ),
        (
            "Veröffentlicht: 03.03.2021 Aktualisiert: 04.03.2021",
            (),
            ("2021-03-03", "2021-03-04"),
            False,
        ),
    ],
)
def test_read_meta_line(
    line: str, authors: tuple[str, ...], days: tuple[str, ...], byline: bool
) -> None:
    found = read_meta_line(line, VOCABULARY)
    assert found is not None
    assert found.authors == authors
    assert tuple(s.value.date().isoformat() for s in found.stamps if s.value) == days
    assert found.byline is byline


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week the storm had passed over the whole county.",
        "Bypass road reopens",
        "The council met on March 4, 2021 to discuss the budget for the new library and parks.",
        "Riverside Gazette is published by Riverside Media Group.",
        "— Ann Lee (@annlee) March 4, 2021",  # the signature of an embedded post
        "The port closed today.",  # a relative word inside prose
        "Storm closes schools across the north",
        "",
    ],
)
def test_not_a_meta_line(line: str) -> None:
    assert read_meta_line(line, VOCABULARY) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ann Lee", ("Ann Lee",)),
        ("Ann Lee, AP Science Writer", ("Ann Lee",)),
        ("Ann Lee @annlee", ("Ann Lee",)),
        ("Ann Lee - Riverside Gazette", ("Ann Lee",)),
        ("Lee", ()),  # one word is too little to be sure
        ("Storm closes schools", ()),
        ("Storm closes schools across the north", ()),
        ("Top 10 stories", ()),
    ],
)
def test_read_name_line(line: str, names: tuple[str, ...]) -> None:
    assert read_name_line(line, VOCABULARY) == names


@pytest.mark.parametrize(
    ("line", "could"),
    [
        ("Updated 8 sec ago", True),
        ("an hour ago", True),
        ("Yesterday", True),
        ("“Yesterday”", True),
        ("Home – World", False),
        ("byAnn Lee", True),
        ("By Ann Lee", True),
        ("March 4, 2021", True),
        ("Storm closes schools across the north", False),
    ],
)
def test_could_be_meta(line: str, could: bool) -> None:
    assert could_be_meta(line, VOCABULARY) is could


def test_meta_rule_claims_bylines_and_stamps(run_rules: RunRules) -> None:
    text = "By Ann Lee\nUpdated 8 sec ago\nStorm closes schools across the north\n"
    state = run_rules(text, "meta", now=datetime(2021, 3, 4, 12, tzinfo=UTC))
    assert state.roles == [Role.BYLINE, Role.STAMP, None]
    stamp_line = state.payloads[1]
    assert isinstance(stamp_line, MetaLine)
    (stamp,) = stamp_line.stamps
    assert (stamp.kind, stamp.value) == (
        StampKind.UPDATED,
        datetime(2021, 3, 4, 11, 59, 52, tzinfo=UTC),
    )


def test_a_date_without_year_takes_the_year_of_the_page(run_rules: RunRules) -> None:
    text = "Updated Mar 4, 9:41 AM\nStorm closes schools\n© 2021 Riverside Media Group\n"
    state = run_rules(text, "meta")
    found = state.payloads[0]
    assert isinstance(found, MetaLine)
    assert found.stamps[0].value == datetime(2021, 3, 4, 9, 41)


def test_a_date_without_year_on_a_page_without_one_is_reported(run_rules: RunRules) -> None:
    state = run_rules("Updated Mar 4, 9:41 AM\n", "meta")
    found = state.payloads[0]
    assert isinstance(found, MetaLine)
    assert found.stamps[0].value is None
    assert [n.code for n in state.notices] == ["stamp-without-year"]


def test_time_zones_are_kept() -> None:
    found = read_meta_line("By Ann Lee - 03/04/21 06:56 AM EST", VOCABULARY)
    assert found is not None
    assert found.stamps[0].value == datetime(2021, 3, 4, 6, 56, tzinfo=EST)


def test_a_dated_list_is_no_stamp(run_rules: RunRules) -> None:
    text = (
        "Tour dates:\n"
        "June 9 -- Coral Bay Amphitheatre, Westport\n"
        "June 10 -- Lakeside Arena, Millbrook\n"
        "June 14 -- Harbour Hall, Eastfield\n"
        "Updated June 1, 2021\n"
    )
    state = run_rules(text, "meta")
    assert state.roles == [None, None, None, None, Role.STAMP]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Blank lines do not break a list.
        (
            "June 9 | Coral Bay Amphitheatre\n\nJune 10 | Lakeside Arena\n\n"
            "June 14 | Harbour Hall\nUpdated June 1, 2021\n",
            [None, Role.BLANK, None, Role.BLANK, None, Role.STAMP],
        ),
        # A stamp alone on its line ends a list; two dated lines are no list.
        (
            "June 9 | Coral Bay Amphitheatre\nJune 10 | Lakeside Arena\nJune 11, 2021\n"
            "June 14 | Harbour Hall\nJune 15 | Quay Stage\nJune 16 | Old Mill\n",
            [Role.STAMP, Role.STAMP, Role.STAMP, None, None, None],
        ),
        # A byline between dated lines ends the list too.
        (
            "June 9 | Coral Bay Amphitheatre\nJune 10 | Lakeside Arena\nBy Ann Lee\n"
            "June 14 | Harbour Hall\n",
            [Role.STAMP, Role.STAMP, Role.BYLINE, Role.STAMP],
        ),
    ],
)
def test_where_a_dated_list_ends(
    run_rules: RunRules, text: str, expected: list[Role | None]
) -> None:
    assert run_rules(text, "blank", "meta").roles == expected


def test_a_time_in_a_second_zone_is_an_aside() -> None:
    found = read_meta_line("Updated 0339 GMT (1139 HKT) March 4, 2021", VOCABULARY)
    assert found is not None
    assert found.stamps[0].value == datetime(2021, 3, 4, 3, 39, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "dayfirst", "published"),
    [
        # 20/11 can only be day first: the page prints its days first.
        (
            "Published 05/11/2019\nStorm closes schools\nComments closed 20/11/2019",
            True,
            datetime(2019, 11, 5),
        ),
        # 11/20 can only be month first: the page prints its months first.
        (
            "Published 05/11/2019\nStorm closes schools\nComments closed 11/20/2019",
            False,
            datetime(2019, 5, 11),
        ),
        ("Published 05/11/2019\nStorm closes schools", False, datetime(2019, 5, 11)),
        ("Published 05/11/2019\n20/11/2019\n11/20/2019", False, datetime(2019, 5, 11)),
    ],
    ids=["day-over-12", "month-over-12", "nothing-to-tell", "both"],
)
def test_days_first(run_rules: RunRules, text: str, dayfirst: bool, published: datetime) -> None:
    state = run_rules(text, "meta")
    assert days_first(state) is dayfirst
    found = state.payloads[0]
    assert isinstance(found, MetaLine)
    assert found.stamps[0].value == published


CST = timezone(timedelta(hours=-6))


@pytest.mark.parametrize(
    ("line", "dayfirst", "authors", "names", "values"),
    [
        (
            "Chris Davies - Nov 19, 2019, 10:31 pm CST",
            False,
            (),
            ("Chris Davies",),
            (datetime(2019, 11, 19, 22, 31, tzinfo=CST),),
        ),
        (
            "Stefan Weber, 26.04.2024 10:00 Uhr",
            False,
            (),
            ("Stefan Weber",),
            (datetime(2024, 4, 26, 10, 0),),
        ),
        pytest.param(
            "BEVERLY HILLS, Calif. - Nov 19, 2019",
            False,
            (),
            (),
            (datetime(2019, 11, 19),),
        ),
        pytest.param(
            "RIVERSIDE, Ohio - Nov 19, 2019",
            False,
            (),
            (),
            (datetime(2019, 11, 19),),
        ),
        ("BEVERLY HILLS - Nov 19, 2019", False, (), (), (datetime(2019, 11, 19),)),
        (
            "by Paul Serran Jul. 19, 2026 9:45 am",
            False,
            ("Paul Serran",),
            (),
            (datetime(2026, 7, 19, 9, 45),),
        ),
        ("By Theresa May", False, ("Theresa May",), (), ()),  # May: a name, not a month
        ("By Will May Jul. 19, 2026", False, ("Will May",), (), (datetime(2026, 7, 19),)),
        ("Publiziert6. November 2025, 12:26", False, (), (), (datetime(2025, 11, 6, 12, 26),)),
        ("Madrid-29/05/2025 20:00", True, (), (), (datetime(2025, 5, 29, 20, 0),)),
        ("Madrid-05/06/2025 20:00", True, (), (), (datetime(2025, 6, 5, 20, 0),)),
        ("Madrid-05/06/2025 20:00", False, (), (), (datetime(2025, 5, 6, 20, 0),)),
        ("Nov19, 2019", False, (), (), (datetime(2019, 11, 19),)),
    ],
)
def test_read_meta_line_names_and_stamps(
    line: str,
    dayfirst: bool,
    authors: tuple[str, ...],
    names: tuple[str, ...],
    values: tuple[datetime, ...],
) -> None:
    found = read_meta_line(line, VOCABULARY, dayfirst=dayfirst)
    assert found is not None
    assert (found.authors, found.names) == (authors, names)
    assert found.byline is bool(authors)
    assert tuple(stamp.value for stamp in found.stamps) == values


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Von Lena Hartmann Landespolitische Korrespondentin", ("Lena Hartmann",)),
        ("By Ann Lee and Bo Chen The Associated Press", ("Ann Lee", "Bo Chen")),
        ("Kolumne von Lena Hartmann - 28.04.2024 um 08:52 Uhr", ("Lena Hartmann",)),
        ("Analysis by Ann Lee", ("Ann Lee",)),
        ("byAnn Lee", ("Ann Lee",)),
        ("By Fouzia Van Der Berg", ("Fouzia Van Der Berg",)),
        ("By Dan Porter", ("Dan Porter",)),  # a name, not the Indonesian "dan"
        ("Oleh Ani Putri dan Budi Santoso", ("Ani Putri", "Budi Santoso")),
        ("By ANN LEE AND BO CHEN", ("ANN LEE", "BO CHEN")),
        ("By Mette Holm og Jens Lund", ("Mette Holm", "Jens Lund")),
        ("By Riverside Gazette Staff", ()),  # a newsroom, not a person
    ],
    ids=[
        "job-title-without-comma",
        "outlet-after-the-names",
        "genre-before-the-prefix",
        "analysis-by",
        "prefix-glued",
        "particles-in-capitals",
        "dan-as-a-name",
        "dan-as-and",
        "and-in-capitals",
        "og",
        "newsroom",
    ],
)
def test_names_in_bylines(line: str, authors: tuple[str, ...]) -> None:
    found = read_meta_line(line, VOCABULARY)
    assert found is not None
    assert found.authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Lena Hartmann/Jonas Berg", ("Lena Hartmann", "Jonas Berg")),
        ("Local NewsNews", ()),  # two words glued: a menu, not a name
        ("Ann Lee SignOut", ()),
        ("Ann McDonald", ("Ann McDonald",)),
        ("Tom MacArthur", ("Tom MacArthur",)),
    ],
)
def test_name_lines(line: str, names: tuple[str, ...]) -> None:
    assert read_name_line(line, VOCABULARY) == names


def test_the_byline_s_stamp_beats_the_masthead_date() -> None:
    text = "\n".join(
        [
            "Thursday, 9 December 2021",  # the masthead's "today"
            "Storm closes schools across the north",
            "By Ann Lee | 4 March 2021",
            "Heavy snow closed hundreds of schools across the north on Tuesday, officials said.",
            "Rail operators cancelled dozens of services as drifts blocked lines near the coast.",
        ]
    )
    assert newsparse.parse_text(text).published == datetime(2021, 3, 4, tzinfo=UTC)

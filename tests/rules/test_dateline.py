from __future__ import annotations

import pytest

import newsparse
from newsparse.model import Dateline, Role
from newsparse.rules.dateline import read_dateline, read_dateline_line, read_dotted_dateline
from newsparse.state import DatelineSplit
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import RunRules, until

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("line", "location", "agency", "raw", "rest"),
    [
        (
            "ISLAMABAD: Pakistan warned on Monday.",
            "ISLAMABAD",
            None,
            "ISLAMABAD:",
            "Pakistan warned on Monday.",
        ),
        (
            "WASHINGTON (Reuters) - The Senate voted.",
            "WASHINGTON",
            "Reuters",
            "WASHINGTON (Reuters) -",
            "The Senate voted.",
        ),
        ("NEW YORK (AP) — Stocks rose.", "NEW YORK", "AP", "NEW YORK (AP) —", "Stocks rose."),
        (
            "DUBAI, United Arab Emirates — Emirates said.",
            "DUBAI, United Arab Emirates",
            None,
            "DUBAI, United Arab Emirates —",
            "Emirates said.",
        ),
        (
            "SANTA FE, N.M. (AP) — A judge ruled.",
            "SANTA FE, N.M.",
            "AP",
            "SANTA FE, N.M. (AP) —",
            "A judge ruled.",
        ),
        (
            "BERLIN -- Germany's economy shrank.",
            "BERLIN",
            None,
            "BERLIN --",
            "Germany's economy shrank.",
        ),
        ("(Reuters) - Oil prices rose.", None, "Reuters", "(Reuters) -", "Oil prices rose."),
        (
            "WASHINGTON—The House passed the bill.",
            "WASHINGTON",
            None,
            "WASHINGTON—",
            "The House passed the bill.",
        ),
        ("LAHORE: “We will win,” he said.", "LAHORE", None, "LAHORE:", "“We will win,” he said."),
        ("New York, NY – Stocks rose.", "New York, NY", None, "New York, NY –", "Stocks rose."),
        ("Dekalb, Ill. — The team won.", "Dekalb, Ill.", None, "Dekalb, Ill. —", "The team won."),
        (
            "Washington, DC, United States: Getting there is hard.",
            "Washington, DC, United States",
            None,
            "Washington, DC, United States:",
            "Getting there is hard.",
        ),
        (
            "Hong Kong (CNN Business)Shares fell.",
            "Hong Kong",
            "CNN Business",
            "Hong Kong (CNN Business)",
            "Shares fell.",
        ),
    ],
)
def test_read_dateline(
    line: str, location: str | None, agency: str | None, raw: str, rest: str
) -> None:
    assert read_dateline(line, VOCABULARY) == DatelineSplit(Dateline(location, agency, raw), rest)


@pytest.mark.parametrize(
    "line",
    [
        "COVID-19 cases rose again this week.",
        "UPDATE: The road has reopened.",
        "BREAKING: Markets fall.",
        "The president said: we will win.",
        "US President Joe Biden spoke on Monday.",
        "NASA (the space agency) - said it would launch.",
        "I - for one - disagree.",
        "ISLAMABAD: and then nothing capitalised",
        "Meanwhile, officials — who declined to comment — left.",
        "Trump — who spoke on Monday — said no.",
        "BAAR, SWITZERLAND",  # a place alone on its line is read_dateline_line's
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert read_dateline(line, VOCABULARY) is None


@pytest.mark.parametrize(
    "line",
    [
        # Labels in capitals, whatever the apostrophe.
        "REVIEW: A bold film about six lives across five centuries, and a moving one.",
        "EDITOR’S NOTE: This story was first published in May and has been updated.",
        "EDITOR'S NOTE: This story was first published in May and has been updated.",
        # A widget's label and its buttons: no lede follows.
        "RESIZE: AAA",
        # A photo credit glued to the lede, not a place.
        "Ann Lee/Agence France-Presse — The council closed the seafront road on Tuesday.",
        "Ann Lee/Getty Images – The council closed the seafront road on Tuesday.",
    ],
)
def test_not_a_dateline_on_the_opening_line(line: str) -> None:
    assert read_dateline(line, VOCABULARY, opening=True) is None


def test_dateline_comes_off_the_first_paragraph_only(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
By Ann Lee
LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
YORK: Rail operators cancelled dozens of services across the region on Tuesday morning.
"""
    state = run_rules(text, *until("dateline"))
    assert state.roles == [Role.HEADLINE, Role.BYLINE, Role.DATELINE, Role.BODY]
    split = state.payloads[2]
    assert isinstance(split, DatelineSplit)
    assert split.rest.startswith("Heavy snow")


def test_lines_above_the_dateline_are_captions(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
By Ann Lee
A snowplough clears the road near Leeds on Tuesday morning, as drifts close the schools.
LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services across the region on Tuesday morning.
"""
    state = run_rules(text, *until("dateline"))
    assert state.roles[2:] == [Role.CAPTION, Role.DATELINE, Role.BODY]


def test_a_place_alone_on_its_line(run_rules: RunRules) -> None:
    text = """Storm closes schools across the north
By Ann Lee
LEEDS, ENGLAND
Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
Rail operators cancelled dozens of services across the region on Tuesday morning.
"""
    state = run_rules(text, *until("dateline"))
    assert state.roles[2] is Role.DATELINE
    assert state.payloads[2] == DatelineSplit(
        Dateline("LEEDS, ENGLAND", None, "LEEDS, ENGLAND"), ""
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("SAN JOSE, CALIFORNIA", Dateline("SAN JOSE, CALIFORNIA", None, "SAN JOSE, CALIFORNIA")),
        ("LEXINGTON, Ky.", Dateline("LEXINGTON, Ky", None, "LEXINGTON, Ky.")),
        ("MOSKAU/KIEW, UKRAINE", Dateline("MOSKAU/KIEW, UKRAINE", None, "MOSKAU/KIEW, UKRAINE")),
        # Capitals and no region: a section's name, a subhead, a name or a notice.
        ("OSLO", None),
        ("WEATHER", None),
        ("TRACKBACKS", None),
        ("MOSKAU/KIEW", None),
        ("THE ROAD AHEAD", None),
        ("HARBOUR REGATTA RESULTS", None),
        ("JANE DOE", None),
        ("SUBSCRIBE NOW", None),
        ("ЧТО ДАЛЬШЕ", None),
        ("OLD TOWN'S FIRE", None),
        ("J.D", None),  # initials
    ],
)
def test_a_line_in_capitals_alone(line: str, expected: Dateline | None) -> None:
    found = read_dateline_line(line, VOCABULARY)
    assert (found.dateline if found else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A subhead between the story's paragraphs.
        """Harbour town counts the cost of the storm
By Ann Lee
Heavy rain flooded the harbour town on Tuesday, and the council closed the seafront road.
THE ROAD AHEAD
Engineers will inspect the sea wall this week before the road can open again, officials said.
""",
        # A name in capitals just above the lede.
        """Harbour town counts the cost of the storm
JANE DOE
Heavy rain flooded the harbour town on Tuesday, and the council closed the seafront road.
Engineers will inspect the sea wall this week before the road can open again, officials said.
""",
    ],
)
def test_a_line_in_capitals_alone_keeps_the_lede(text: str) -> None:
    [article] = newsparse.parse_all(text).articles
    assert article.dateline is None
    assert article.body[0].startswith("Heavy rain flooded")


@pytest.mark.parametrize(
    ("line", "opening", "location", "agency", "rest"),
    [
        ("МОСКВА — Мэр города заявил.", False, "МОСКВА", None, "Мэр города заявил."),
        (
            "MOSKAU/KIEW – Die Gespräche wurden am Montag fortgesetzt.",
            False,
            "MOSKAU/KIEW",
            None,
            "Die Gespräche wurden am Montag fortgesetzt.",
        ),
        (
            "Kiel (dpo) - Die Stadt baut einen neuen Hafen.",
            False,
            "Kiel",
            "dpo",
            "Die Stadt baut einen neuen Hafen.",
        ),
        (
            "München/London – Kurz vor dem Gipfel trafen sich die Minister.",
            True,
            "München/London",
            None,
            "Kurz vor dem Gipfel trafen sich die Minister.",
        ),
    ],
)
def test_read_dateline_in_other_scripts_and_cases(
    line: str, opening: bool, location: str, agency: str | None, rest: str
) -> None:
    found = read_dateline(line, VOCABULARY, opening=opening)
    assert found is not None
    assert (found.dateline.location, found.dateline.agency, found.rest) == (location, agency, rest)


@pytest.mark.parametrize(
    "line",
    [
        # In ordinary case a place and a long dash make a dateline only opening the story;
        # further down they open an item of a list.
        "München/London – Kurz vor dem Gipfel trafen sich die Minister.",
        "Fractured Soul Videos – Three new videos were released on Friday.",
        "Kiel (Landeshauptstadt) - Die Stadt baut einen Hafen.",  # no agency's code
    ],
)
def test_not_a_dateline_further_down(line: str) -> None:
    assert read_dateline(line, VOCABULARY) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Berlin. Die Füchse stehen nach einem knappen Sieg gegen Kiel im Finale des Pokals in Köln.",
            DatelineSplit(
                Dateline("Berlin", None, "Berlin."),
                "Die Füchse stehen nach einem knappen Sieg gegen Kiel im Finale des Pokals in Köln.",
            ),
        ),
        (
            "Bad Segeberg. Die Festspiele beginnen am Samstag mit einer Premiere vor ausverkauftem Haus am Kalkberg.",
            DatelineSplit(
                Dateline("Bad Segeberg", None, "Bad Segeberg."),
                "Die Festspiele beginnen am Samstag mit einer Premiere vor ausverkauftem Haus am Kalkberg.",
            ),
        ),
        ("Berlin. Die Füchse stehen im Finale.", None),  # a short reply follows, no lede
        (
            "Nein. Das stimmt nicht, sagte der Sprecher der Stadt am Montag in einer Mitteilung.",
            None,
        ),
        (
            "Aber. Das stimmt nicht, sagte der Sprecher der Stadt am Montag in einer Mitteilung.",
            None,
        ),
        ("Update. Die Straße ist wieder frei, teilte die Polizei am Morgen in Berlin mit.", None),
        (
            "Berlin. die Füchse stehen nach einem knappen Sieg gegen Kiel im Finale des Pokals.",
            None,
        ),
        ("Dr. Weber sagte am Montag, die Stadt plane neue Radwege.", None),
    ],
)
def test_read_dotted_dateline(line: str, expected: DatelineSplit | None) -> None:
    assert read_dotted_dateline(line, VOCABULARY) == expected
    assert read_dotted_dateline(line, VOCABULARY.first("de")) == expected


_GERMAN_LEDE = "Die Stadt plant neue Radwege in der Innenstadt, sagte der Sprecher am Montag."


@pytest.mark.parametrize(
    "line",
    [
        f"Peter M. {_GERMAN_LEDE}",  # an initial
        f"Prof. {_GERMAN_LEDE}",  # a title
        f"Jan. 11 (dpa) - {_GERMAN_LEDE}",  # a month
        f"Montag. {_GERMAN_LEDE}",  # a weekday
    ],
)
def test_not_a_dotted_dateline(line: str) -> None:
    assert read_dotted_dateline(line, VOCABULARY.first("de")) is None


@pytest.mark.parametrize(
    "line",
    [
        "Hmm. The council said on Monday that it would close the seafront road for a week.",
        "Direction. A shared agreement on the aims of the group, and on the way to reach them.",
        "Headphones. Speakers. Phones. See what else made our list of the best gadgets this year.",
        "Berlin. The council said on Monday that it would close the seafront road for a week.",
    ],
)
def test_no_dotted_dateline_in_a_language_that_prints_none(line: str) -> None:
    english = VOCABULARY.first("en")
    assert not english.dotted_datelines
    assert read_dotted_dateline(line, english) is None
    assert read_dateline_line("Berlin.", english, opening=True) is None


@pytest.mark.parametrize(
    ("line", "opening", "location"),
    [
        ("Berlin.", True, "Berlin"),
        ("Berlin.", False, None),
        ("Berlin", True, None),  # in ordinary case only with its full stop
        ("BERLIN", False, None),
        ("BERLIN, GERMANY", False, "BERLIN, GERMANY"),
        ("Fractured Soul Videos – Three new videos …", False, None),
        ("Fractured Soul Videos – Three new videos were released.", True, None),
    ],
)
def test_read_dateline_line(line: str, opening: bool, location: str | None) -> None:
    found = read_dateline_line(line, VOCABULARY, opening=opening)
    assert (found.dateline.location if found else None) == location


def test_a_dateline_opening_the_standfirst() -> None:
    text = """Berlin baut neue Radwege am Kanal
Berlin. Die Stadt plant neue Radwege entlang des Kanals und an den großen Ausfallstraßen.
Von Anna Berg
Der Senat will bis zum Sommer drei neue Radwege entlang des Kanals bauen, wie die Verkehrsverwaltung am Montag mitteilte.
Die Arbeiten sollen im April beginnen, und die Anwohner müssen während der Bauzeit mit Umleitungen rechnen.
Radfahrverbände begrüßten die Pläne, forderten aber mehr Tempo beim Ausbau der übrigen Strecken in der Stadt.
"""
    article = newsparse.parse_text(text)
    assert article.headline == "Berlin baut neue Radwege am Kanal"
    assert article.dateline == Dateline("Berlin", None, "Berlin.")
    assert article.standfirst == (
        "Die Stadt plant neue Radwege entlang des Kanals und an den großen Ausfallstraßen."
    )
    assert article.authors == ("Anna Berg",)
    assert article.body[0].startswith("Der Senat will")


def test_a_kicker_opening_the_standfirst_is_no_dateline() -> None:
    text = """Harbour town counts the cost of the storm
EXCLUSIVE PICTURES: The council shows the flooded seafront road from the air.
By Ann Lee
Heavy rain flooded the harbour town on Tuesday, and the council closed the seafront road.
Engineers will inspect the sea wall this week before the road can open again, officials said.
Shops along the seafront stayed shut, and the ferry to the island was cancelled until Friday.
"""
    article = newsparse.parse_text(text)
    assert article.dateline is None
    assert article.standfirst == (
        "EXCLUSIVE PICTURES: The council shows the flooded seafront road from the air."
    )
    assert article.body[0].startswith("Heavy rain flooded")


OWN_LINE = [
    "Harbour strike ends after three days of talks",
    "By Ann Lee",
    "RIVERSIDE, OREGON",
    "The strike at the harbour ended on Monday after three days of talks between the union "
    "and the port authority, both sides said.",
    "Crews returned to the docks by the afternoon, and the first ferry left on time for the "
    "island at four o'clock.",
    "The union said the new contract raises pay by four percent a year and limits night "
    "shifts to two a week for every crew.",
]


@pytest.mark.parametrize(
    "page",
    [
        "\n\n".join(OWN_LINE),
        f"<article><h1>{OWN_LINE[0]}</h1>" + "".join(f"<p>{p}</p>" for p in OWN_LINE[1:]),
    ],
    ids=["text", "html"],
)
def test_a_dateline_on_a_line_of_its_own_leaves_no_empty_paragraph(page: str) -> None:
    article = newsparse.parse(page)
    assert article.dateline == Dateline("RIVERSIDE, OREGON", None, "RIVERSIDE, OREGON")
    assert article.body == tuple(OWN_LINE[3:])

"""The authors rule: a name under the headline, alone, under a lone ``von``, or beside a stamp."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import newsparse
from newsparse.bylines import MetaLine
from newsparse.model import Role
from tests.rules.conftest import STORY, RunRules, until

CST = timezone(timedelta(hours=-6))
GERMAN_STORY = """Schwerer Schneefall hat am Dienstag hunderte Schulen im Norden geschlossen, wie die Behörden mitteilten.
Die Bahn strich dutzende Verbindungen, weil Schneeverwehungen die Strecken an der Küste blockierten.
Die Meteorologen erwarten, dass der Schnee bis Donnerstag nachlässt, warnen aber vor Glätte auf den Straßen.
"""


def _bylines(text: str, run_rules: RunRules) -> list[tuple[str, tuple[str, ...]]]:
    """Each BYLINE line and the authors it names."""
    state = run_rules(text, *until("authors"))
    return [
        (state.lines[i].text, payload.authors)
        for i, role in enumerate(state.roles)
        if role is Role.BYLINE and isinstance(payload := state.payloads.get(i), MetaLine)
    ]


def test_a_name_beside_a_stamp_under_the_headline_is_the_byline(run_rules: RunRules) -> None:
    line = "Chris Davies - Nov 19, 2019, 10:31 pm CST"
    text = f"Storm closes schools across the north\n{line}\n{STORY}"
    assert _bylines(text, run_rules) == [(line, ("Chris Davies",))]
    article = newsparse.parse_text(text)
    assert article.authors == ("Chris Davies",)
    assert article.published == datetime(2019, 11, 19, 22, 31, tzinfo=CST)


def test_a_name_beside_a_stamp_is_no_byline_where_one_names_the_author(
    run_rules: RunRules,
) -> None:
    line = "Chris Davies - Nov 19, 2019, 10:31 pm CST"
    text = f"Storm closes schools across the north\nBy Ann Lee\n{line}\n{STORY}"
    assert _bylines(text, run_rules) == [("By Ann Lee", ("Ann Lee",))]


def test_a_name_under_a_lone_von_beats_an_earlier_kicker_in_capitals(
    run_rules: RunRules,
) -> None:
    # "WETTER IM NORDEN" reads as a name in capitals too; the name under "von" is the byline.
    text = (
        "Sturm schließt Schulen im Norden\nWETTER IM NORDEN\nvon\nMichelle Weber\n" + GERMAN_STORY
    )
    assert _bylines(text, run_rules) == [("von", ()), ("Michelle Weber", ("Michelle Weber",))]
    assert newsparse.parse_text(text).authors == ("Michelle Weber",)


def test_a_name_the_standfirst_rule_took_is_the_byline() -> None:
    text = "\n".join(
        [
            "Storm closes schools across the north",
            "Lena Hartmann Deputy Content Director",
            STORY,
        ]
    )
    article = newsparse.parse_text(text)
    assert article.authors == ("Lena Hartmann",)
    assert article.standfirst is None

from __future__ import annotations

import pytest

from newsparse.shape import (
    copyright_year,
    ends_sentence,
    is_copyright_notice,
    is_prose,
    is_title_like,
    measure_prose,
    stopword_share,
    word_count,
)
from newsparse.vocabulary import Vocabulary, reserves_rights

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Storm closes schools", 3),
        ("  spaced   out  ", 2),
        ("Kindle for PCの設定を変える方法", 2 + 5),  # 11 kana and kanji count as 5 words
        ("", 0),
    ],
)
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The talks ended.", True),
        ("Did they?", True),
        ("“We will win,” he said.”", True),
        ("これで終わりです。", True),
        ("He left (for good.)", True),
        ("Top ten stories (185)", False),
        ("Storm closes schools", False),
        ("", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends


@pytest.mark.parametrize(
    ("line", "prose", "title"),
    [
        ("They also agreed to enhance cooperation in livestock.", True, False),
        (
            "Heavy snow closed hundreds of schools across the whole north of England on Tuesday",
            True,
            True,
        ),
        ("Storm closes schools across the north", False, True),
        ("Short Url", False, False),
        ("Home", False, False),
        ("Is this the end of the high street?", True, True),
    ],
)
def test_line_shapes(line: str, prose: bool, title: bool) -> None:
    assert (is_prose(line), is_title_like(line)) == (prose, title)


def test_stopword_share() -> None:
    stopwords = Vocabulary.load().stopwords
    assert stopword_share("The snow closed the schools", stopwords) == pytest.approx(0.4)
    assert stopword_share("Home World Business Sport", stopwords) == 0.0
    assert stopword_share("Der Schnee und die Schulen", stopwords) == pytest.approx(0.6)


@pytest.mark.parametrize(
    "text",
    [
        "The snow closed the schools, (and) “the” roads.",
        "東京で大雪が降った 3 日",
        "STRAẞE und Weg",
        "Home",
    ],
)
def test_measure_prose_is_word_count_and_stopword_share(text: str) -> None:
    stopwords = VOCABULARY.stopwords
    assert measure_prose(text, stopwords, 1) == (word_count(text), stopword_share(text, stopwords))
    assert measure_prose(text, stopwords, word_count(text) + 1) == (word_count(text), None)


@pytest.mark.parametrize(
    ("line", "year", "notice", "reserved"),
    [
        ("© 2019 Riverside Media. All rights reserved.", 2019, True, True),
        ("Copyright © 2021 Harbour Daily", 2021, True, False),
        ("Copyright2020 Harbour Daily", 2020, True, False),
        ("Riverside Media Group (c) 2018", 2018, False, False),
        ("© Ann Lee", None, True, False),
        ("Copyrighted 2019 works stay protected", None, False, False),
        ("Riverside Media. All rights reserved.", None, True, True),
        ("Alle Rechte vorbehalten.", None, True, True),
        ("Photo: Ann Lee, some rights reserved", None, False, False),  # a licence
        ("Storm closes schools in 2019", None, False, False),
    ],
)
def test_copyright_notices(line: str, year: int | None, notice: bool, reserved: bool) -> None:
    found = (
        copyright_year(line),
        is_copyright_notice(line, VOCABULARY),
        reserves_rights(line, VOCABULARY),
    )
    assert found == (
        year,
        notice,
        reserved,
    )

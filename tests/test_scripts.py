"""Capitals of every script: a line in Cyrillic or Greek reads as its Latin twin does."""

from __future__ import annotations

import re

import pytest

from newsparse.bylines import read_meta_line, read_name_line
from newsparse.letters import LOWER, UPPER
from newsparse.model import Dateline
from newsparse.rules.dateline import read_dateline, read_dateline_line
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("text", "upper", "lower"),
    [
        ("ISLAMABAD", "ISLAMABAD", ""),
        ("МОСКВА", "МОСКВА", ""),
        ("ΑΘΗΝΑ", "ΑΘΗΝΑ", ""),
        ("Straße", "S", "traße"),
        ("Москва", "М", "осква"),
        ("Αθήνα", "Α", "θήνα"),
        ("2025 — 5", "", ""),
    ],
)
def test_letter_classes_hold_every_script(text: str, upper: str, lower: str) -> None:
    assert "".join(re.findall(UPPER, text)) == upper
    assert "".join(re.findall(LOWER, text)) == lower


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "МОСКВА, 5 марта (Рейтер) — Президент выступил в Думе.",
            Dateline("МОСКВА", "Рейтер", "МОСКВА, 5 марта (Рейтер) —"),
        ),
        (
            "WASHINGTON, March 5 (Reuters) - The Senate voted on Tuesday.",
            Dateline("WASHINGTON", "Reuters", "WASHINGTON, March 5 (Reuters) -"),
        ),
        (
            "LONDON, Nov. 19 (AP) — Prices rose again.",
            Dateline("LONDON", "AP", "LONDON, Nov. 19 (AP) —"),
        ),
        ("МОСКВА: Мэр открыл новую станцию.", Dateline("МОСКВА", None, "МОСКВА:")),
        ("ΑΘΗΝΑ – Η κυβέρνηση ανακοίνωσε νέα μέτρα.", Dateline("ΑΘΗΝΑ", None, "ΑΘΗΝΑ –")),
        ("ΑΘΗΝΑ (ΑΠΕ) – Η βουλή ψήφισε.", Dateline("ΑΘΗΝΑ", "ΑΠΕ", "ΑΘΗΝΑ (ΑΠΕ) –")),
        (
            "Москва, Россия – Мэр открыл станцию.",
            Dateline("Москва, Россия", None, "Москва, Россия –"),
        ),
    ],
)
def test_datelines_in_every_script(line: str, expected: Dateline) -> None:
    found = read_dateline(line, VOCABULARY)
    assert found is not None
    assert found.dateline == expected


@pytest.mark.parametrize(
    "line",
    [
        "МОСКВА, Что-то новое (Рейтер) — Президент выступил.",  # no day and month
        "ОБНОВЛЕНО: Мэр открыл станцию.",  # a label, as "UPDATE:"
        "UPDATE: The mayor opened the station.",
        "Москва – Мэр открыл станцию.",  # ordinary case and a dash: only opening the story
        "New Delhi, Jan 15 (ANI): The court ruled today.",  # the same with a day
    ],
)
def test_no_dateline_in_any_script(line: str) -> None:
    assert read_dateline(line, VOCABULARY) is None


@pytest.mark.parametrize(
    ("latin", "cyrillic", "dateline"),
    [
        ("KEY POINTS", "ГЛАВНОЕ", False),  # labels the vocabulary knows are no places
        ("UPDATED", "ОБНОВЛЕНО", False),
        ("WHAT IS NEXT?", "ЧТО ДАЛЬШЕ?", False),  # a question is no place
        ("WHAT HAPPENS NEXT", "ЧТО БУДЕТ ДАЛЬШЕ", False),  # nor is a subhead of several words
    ],
)
def test_a_subhead_in_capitals_reads_alike_in_both_scripts(
    latin: str, cyrillic: str, dateline: bool
) -> None:
    vocabulary = VOCABULARY.extend(not_places=["ГЛАВНОЕ"])
    assert (read_dateline_line(latin, vocabulary) is not None) is dateline
    assert (read_dateline_line(cyrillic, vocabulary) is not None) is dateline


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Anna Petrova", ("Anna Petrova",)),
        ("Анна Петрова", ("Анна Петрова",)),
        # Two words glued, as a copy of a name and a button gives them: no name.
        ("Anna PetrovaShare", ()),
        ("Анна ПетроваПоделиться", ()),
    ],
)
def test_glued_words_in_every_script(line: str, names: tuple[str, ...]) -> None:
    assert read_name_line(line, VOCABULARY) == names


@pytest.mark.parametrize(
    ("line", "authors", "raw"),
    [
        ("05.03.2025Share", (), "05.03.2025"),
        ("05.03.2025Поделиться", (), "05.03.2025"),
        ("By Anna PetrovaNEWS", ("Anna Petrova",), None),
        ("Автор: Анна ПетроваРИА", ("Анна Петрова",), None),
    ],
)
def test_glued_metadata_in_every_script(
    line: str, authors: tuple[str, ...], raw: str | None
) -> None:
    meta = read_meta_line(line, VOCABULARY)
    assert meta is not None
    assert meta.authors == authors
    assert [stamp.raw for stamp in meta.stamps] == ([raw] if raw else [])

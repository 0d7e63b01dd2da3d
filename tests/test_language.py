"""An article's language: the page's declared tag in BCP 47's usual case, else the language
its words leave no doubt about."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.language import _words, bcp47, detect
from newsparse.vocabulary import Vocabulary

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("declared", "tag"),
    [
        ("en", "en"),
        ("EN", "en"),
        ("en-us", "en-US"),
        ("en-US", "en-US"),
        ("en_gb", "en-GB"),
        (" de-DE ", "de-DE"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("sr-latn", "sr-Latn"),
        ("es-419", "es-419"),
        ("en-US,en;q=0.9", "en-US"),  # an Accept-Language value: its first tag
        ("de-CH-x-phonebk", "de-CH-x-phonebk"),  # after a singleton, all lower case
        ("English", None),
        ("*", None),
        ("", None),
        (None, None),
        ("en-", None),
    ],
)
def test_bcp47(declared: str | None, tag: str | None) -> None:
    assert bcp47(declared) == tag


ENGLISH = (
    "The council said on Tuesday that the new bridge over the river would open in the spring, "
    "and that the old one would be closed for repairs while the work on it was carried out."
)
GERMAN = (
    "Der Rat der Stadt hat am Dienstag mitgeteilt, dass die neue Brücke über den Fluss im "
    "Frühjahr eröffnet wird und die alte Brücke für die Arbeiten an ihr gesperrt werden soll."
)
SPANISH = (
    "El ayuntamiento dijo el martes que el nuevo puente sobre el río se abrirá en la primavera "
    "y que el viejo se cerrará para las obras que se harán en él durante los próximos meses."
)
PORTUGUESE = (
    "A câmara disse na terça-feira que a nova ponte sobre o rio vai abrir na primavera e que a "
    "antiga será fechada para as obras que serão feitas nela durante os próximos meses."
)
INDONESIAN = (
    "Pemerintah kota mengatakan pada hari Selasa bahwa jembatan baru di atas sungai itu akan "
    "dibuka pada musim semi dan jembatan yang lama akan ditutup untuk perbaikan oleh pekerja."
)
JAPANESE = (
    "市議会は火曜日、川に架かる新しい橋が春に開通すると発表した。古い橋は工事のため閉鎖される。"
)


@pytest.mark.parametrize(
    ("texts", "language"),
    [
        ([ENGLISH, ENGLISH], "en"),
        ([GERMAN, GERMAN], "de"),
        ([SPANISH, SPANISH], "es"),
        ([PORTUGUESE, PORTUGUESE], "pt"),
        ([INDONESIAN, INDONESIAN], "id"),
        ([JAPANESE], "ja"),
        # Too few words to be sure.
        (["The council said on Tuesday that the new bridge would open in the spring."], None),
        ([ENGLISH, GERMAN, ENGLISH, GERMAN], None),  # two languages: neither clearly
        (["Storm Bridge River Council Spring Repairs Tuesday Works " * 6], None),  # no stopwords
        ([], None),
    ],
)
def test_detect(texts: list[str], language: str | None) -> None:
    assert detect(texts, VOCABULARY) == language


def test_detect_only_among_the_languages_of_the_vocabulary() -> None:
    assert detect([GERMAN, GERMAN], Vocabulary.load(["en"])) is None
    assert detect([GERMAN, GERMAN], Vocabulary.load(["de"])) == "de"


PAGE = """<html lang="{lang}"><head><title>Bridge to open in spring</title></head><body>
<article><h1>Bridge to open in spring</h1><p>{body}</p><p>{body}</p></article></body></html>"""


@pytest.mark.parametrize(
    ("lang", "body", "language"),
    [
        ("en-gb", ENGLISH, "en-GB"),  # declared, in its usual case
        ("en_us", GERMAN, "en-US"),  # declared wins over the words
        ("", GERMAN, "de"),  # nothing declared: the words tell
        ("English", GERMAN, "de"),  # not a tag: the words tell
    ],
)
def test_article_language_on_a_page(lang: str, body: str, language: str) -> None:
    assert newsparse.parse_html(PAGE.format(lang=lang, body=body)).language == language


def test_text_input_is_told_by_its_words() -> None:
    text = f"Bridge to open in spring\n\n{GERMAN}\n\n{GERMAN}\n"
    assert newsparse.parse_text(text).language == "de"


@given(st.text() | st.text(st.sampled_from("ab éß½²_1٣ \t\u00a0.,'’-İ")))
def test_words_are_the_runs_of_letters(text: str) -> None:
    assert sorted(_words(text)) == sorted(re.findall(r"[^\W\d_]+", text))


def test_every_letter_is_part_of_a_word() -> None:
    letters = (chr(code) for code in range(sys.maxunicode + 1))
    assert all(_words(letter) == [letter] for letter in letters if letter.isalpha())

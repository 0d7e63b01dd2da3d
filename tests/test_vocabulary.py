"""The vocabulary is data: read-only once built, checked when read, pickled for workers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newsparse import Vocabulary, VocabularyError
from newsparse.dates import read_date
from newsparse.language import detect
from newsparse.vocabulary import check_keys, match_prefix


@pytest.mark.parametrize("mapping", ["months", "timezones", "relative_units"])
def test_its_mappings_cannot_be_changed(mapping: str) -> None:
    table = getattr(Vocabulary.load(), mapping)
    with pytest.raises(TypeError):
        table["x"] = 1


def test_extending_gives_a_new_vocabulary_and_leaves_the_shared_one_alone() -> None:
    shared = Vocabulary.load()
    extended = shared.extend(chrome=["Listen to this story"])
    assert "listen to this story" in extended.chrome
    assert "listen to this story" not in Vocabulary.load().chrome
    assert Vocabulary.load() is shared


@pytest.mark.parametrize(
    ("name", "table", "key"),
    [
        ("xx.toml", {"chrom": ["Menu"]}, "'chrom'"),
        ("xx.toml", {"relative": {"hours": ["h"]}}, "'relative.hours'"),
        ("common.toml", {"chrome": ["Menu"]}, "'chrome'"),
    ],
)
def test_an_unknown_key_in_a_file_is_named(name: str, table: dict[str, object], key: str) -> None:
    with pytest.raises(VocabularyError, match=rf"^{name}: unknown key {key}"):
        check_keys(name, table)


def test_the_shipped_files_hold_only_known_keys() -> None:
    assert Vocabulary.load().months["january"] == 1


def test_it_pickles_with_what_readers_derived_from_it() -> None:
    vocabulary = Vocabulary.load().extend(chrome=["Listen"])
    assert read_date("vor 2 Stunden", vocabulary) is not None  # derives the relative pattern
    copy = pickle.loads(pickle.dumps(vocabulary))
    assert copy.months == vocabulary.months
    assert read_date("vor 2 Stunden", copy) == read_date("vor 2 Stunden", vocabulary)


def test_what_readers_derive_is_kept_by_each_vocabulary() -> None:
    first, second = Vocabulary.load().extend(chrome=["A"]), Vocabulary.load().extend(chrome=["B"])

    def build(vocabulary: Vocabulary) -> int:
        return id(vocabulary)

    assert first.derived(build) == id(first)
    assert second.derived(build) == id(second)
    assert first.derived(build) == id(first)


@pytest.mark.parametrize(
    ("language", "name", "word", "kept"),
    [
        # An everyday word of the page's language loses what other languages read in it.
        ("en", "weekdays", "so", False),  # German "So" (Sonntag)
        ("en", "months", "out", False),  # Portuguese "out" (outubro): "8 out of 10"
        ("it", "weekdays", "di", False),  # German "Di" (Dienstag)
        ("it", "byline_prefixes", "di", True),  # Italian's own: "Di Marco Rossi"
        ("de", "date_fillers", "am", True),  # German's own: "am 5. März"
        ("en", "date_fillers", "am", True),  # English's own: "9:30 am"
        ("de", "weekdays", "so", True),
        (None, "weekdays", "so", True),  # no language: every reading counts
        ("nl", "weekdays", "so", True),  # a language without a file: the same
    ],
)
def test_the_page_s_language_comes_first(
    language: str | None, name: str, word: str, kept: bool
) -> None:
    assert (word in getattr(Vocabulary.load().first(language), name)) is kept


def test_a_language_put_first_is_kept_and_named() -> None:
    shared = Vocabulary.load()
    assert shared.first("pt-BR") is shared.first("pt")
    assert (shared.language, shared.first("en_GB").language) == (None, "en")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The council said on Monday that it would vote on the plan before the end of May. " * 3,
            "en",
        ),
        (
            "Die Stadt hat am Montag beschlossen, dass der Plan noch vor dem Sommer kommt. " * 3,
            "de",
        ),
        (
            "Le maire a annoncé lundi que les travaux de la gare seront terminés avant la fin "
            "de l’année, et il a promis des trains plus nombreux pour les habitants. " * 3,
            "fr",
        ),
        (
            "Мэр заявил в понедельник, что работы на вокзале будут закончены до конца года, "
            "и он обещал, что поездов для жителей станет больше. " * 3,
            "ru",
        ),
        ("The council met.", None),  # too few words to tell
        ("市議会は月曜日、計画を承認した。" * 5, "ja"),  # no stopwords: told by its kana
    ],
)
def test_a_page_s_language_is_told_by_its_stopwords(text: str, language: str | None) -> None:
    assert detect([text], Vocabulary.load()) == language


def test_a_vocabulary_file_adds_a_language(tmp_path: Path) -> None:
    path = tmp_path / "nl.toml"
    path.write_text('chrome = ["Delen"]\nbyline_prefixes = ["Door"]\nstopwords = ["de", "het"]\n')
    vocabulary = Vocabulary.load(["en"], files=[path])
    assert ("delen" in vocabulary.chrome, "door" in vocabulary.byline_prefixes) == (True, True)
    assert sorted(vocabulary.by_language) == ["en", "nl"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('chrome = ["Delen"]\nbyline_prefix = ["Door"]\n', "nl.toml: unknown key 'byline_prefix'"),
        ('chrome = ["Delen"\n', "nl.toml: "),
    ],
)
def test_a_mistake_in_a_vocabulary_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "nl.toml"
    path.write_text(text)
    with pytest.raises(VocabularyError, match=f"^{message}"):
        Vocabulary.load(files=[path])


@pytest.mark.parametrize(
    ("text", "prefixes", "expected"),
    [
        ("Photo courtesy: PMO", ("photo courtesy", "photo"), "photo courtesy"),
        ("Photo: PMO", ("photo courtesy", "photo"), "photo"),
        ("Photographs of the storm", ("photo courtesy", "photo"), None),
        ("PHOTO: AP", ("photo courtesy", "photo"), "photo"),
        ("Photo", ("photo",), "photo"),
        # Characters that fold to two ("ẞ" → "ss") before the prefix's end and after it.
        ("ẞild: Ann Lee", ("ssild",), "ssild"),
        ("ẞildung der Woche", ("ssild",), None),
        ("Foto ẞ", ("foto",), "foto"),
        ("Any line", (), None),
    ],
)
def test_match_prefix_takes_whole_words_of_the_longest_prefix(
    text: str, prefixes: tuple[str, ...], expected: str | None
) -> None:
    assert match_prefix(text, prefixes) == expected


def test_dotted_datelines_are_the_page_languages_own() -> None:
    vocabulary = Vocabulary.load()
    assert vocabulary.dotted_datelines  # German is among the languages
    assert vocabulary.first("de").dotted_datelines
    assert not vocabulary.first("en").dotted_datelines
    assert not Vocabulary.load(["en", "fr"]).dotted_datelines


def test_a_flag_that_is_no_boolean_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "xx.toml"
    file.write_text('dotted_datelines = "yes"\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"xx.toml: dotted_datelines must be true or false"):
        Vocabulary.load(["en"], files=[file])

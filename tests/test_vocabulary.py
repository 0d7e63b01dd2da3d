"""The vocabulary is data: read-only once built, checked when read, pickled for workers."""

from __future__ import annotations

import pickle

import pytest

from newsparse import Vocabulary, VocabularyError
from newsparse.dates import read_date
from newsparse.vocabulary import check_keys


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

"""Word lists the rules match against, kept as data (``newsparse/data/*.toml``) per language.

A user extends them without editing the package::

    vocabulary = Vocabulary.load().extend(chrome=["Listen to this story"])
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar, cast

import attrs

from newsparse.errors import VocabularyError

_T = TypeVar("_T")
_P = ParamSpec("_P")
_V = TypeVar("_V")
RELATIVE_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")
DECORATION = " :|»«›‹>→·•-–—…."
"""What pages put around a chrome phrase (``Share:``, ``Follow »``); ignored when matching."""


# The word lists whose words read as something (a weekday, a label, a joining word): on a page
# whose language is known, a stopword of it loses the readings other languages give it. The
# lists of what a word is not (stopwords, not_places) and the common lists keep every word.
READINGS = (
    "chrome", "chrome_prefixes", "end_markers", "end_marker_prefixes", "updated_labels",
    "published_labels", "credit_prefixes", "caption_prefixes", "byline_prefixes",
    "author_roles", "collective_roles", "stamp_extras", "conjunctions", "months", "weekdays",
    "date_fillers", "relative_units", "numbers_one", "yesterday", "today", "gallery_labels",
    "gallery_of", "rights_reserved",
)  # fmt: skip


def line_key(text: str) -> str:
    """How a whole line is looked up in a phrase list: case and decoration ignored."""
    return folded_key(text.casefold())


def folded_key(folded: str) -> str:
    """``line_key`` of a line already case-folded, for a rule that reads the folded line
    for more than its key (its opening words, say)."""
    return folded.strip(DECORATION)


def reserves_rights(text: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` holds the closing words of a copyright notice in any language of the
    vocabulary: ``© 2024 Riverside Media. All rights reserved.``, ``Alle Rechte vorbehalten``."""
    folded = text.casefold()
    for phrase in vocabulary.rights_reserved:  # noqa: SIM110 - on most lines: cheaper than any()
        if phrase in folded:
            return True
    return False


# Readings a vocabulary keeps of each reader that remembers them (see ``remembered``).
READINGS_KEPT = 4096


def remembered(
    read: Callable[Concatenate[str, Vocabulary, _P], _T],
) -> Callable[Concatenate[str, Vocabulary, _P], _T]:
    """``read(text, vocabulary, …)`` keeping its last ``READINGS_KEPT`` readings, for a
    reader whose reading is an immutable value and whose lines come back (the same stamp
    read by several rules, a site's furniture on every page). The memory is bounded and
    kept by the vocabulary, so it lives and dies with it."""

    def memory(vocabulary: Vocabulary) -> Callable[..., _T]:
        def kept(text: str, *args: Any, **kwargs: Any) -> _T:
            return read(text, vocabulary, *args, **kwargs)

        return functools.lru_cache(maxsize=READINGS_KEPT)(kept)

    @functools.wraps(read)
    def reading(text: str, vocabulary: Vocabulary, /, *args: _P.args, **kwargs: _P.kwargs) -> _T:
        return vocabulary.derived(memory)(text, *args, **kwargs)

    return reading


def match_prefix(text: str, prefixes: tuple[str, ...]) -> str | None:
    """The longest of ``prefixes`` (case-folded, longest first) that opens ``text`` as whole
    words — followed by the end, a space or punctuation — or None.

    >>> match_prefix("Photo courtesy: PMO", ("photo courtesy", "photo"))
    'photo courtesy'
    """
    if not prefixes:
        return None
    # Case folding maps each character on its own: the folded opening of the text is the
    # opening of the folded text, and a prefix needs no more of it than its own length and
    # the character after it (the longest prefix comes first).
    folded = text[: len(prefixes[0]) + 1].casefold()
    if not folded.startswith(prefixes):
        return None
    for prefix in prefixes:
        if folded.startswith(prefix) and not folded[len(prefix) : len(prefix) + 1].isalnum():
            return prefix
    return None


def _casefolded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word.casefold() for word in words)


def _phrases(words: Iterable[str]) -> frozenset[str]:
    return frozenset(line_key(word) for word in words)


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    """Prefixes are tried longest first, so ``Photo courtesy`` wins over ``Photo``."""
    return tuple(sorted({word.casefold() for word in words}, key=lambda w: (-len(w), w)))


def _without(words: Iterable[str], drop: set[str]) -> Iterable[str]:
    """``words`` (a set, a tuple of prefixes or a mapping by word) without ``drop``."""
    if isinstance(words, frozenset):
        return words - drop
    if isinstance(words, tuple):
        return tuple(word for word in words if word not in drop)
    items = cast(Mapping[str, object], words)
    return ReadOnlyMap({word: value for word, value in items.items() if word not in drop})


class ReadOnlyMap(Mapping[str, _V]):
    """A mapping no one can change after it is built (a vocabulary is shared by every parse
    of a Parser, and by every Parser of ``Vocabulary.load()``); it pickles, for workers."""

    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, _V]) -> None:
        self._items = dict(items)

    def __getitem__(self, key: str) -> _V:
        return self._items[key]

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"ReadOnlyMap({self._items!r})"


@attrs.frozen(eq=False, slots=False, repr=False)
class Vocabulary:
    """Every word list the default rules use; all matching is case-insensitive.

    Build one with ``Vocabulary.load()`` (all shipped languages) and ``extend`` it; a page is
    read with ``first(its language)``, where that language's readings win.
    """

    chrome: frozenset[str]
    chrome_prefixes: tuple[str, ...]
    end_markers: frozenset[str]
    end_marker_prefixes: tuple[str, ...]
    stopwords: frozenset[str]
    updated_labels: tuple[str, ...]
    published_labels: tuple[str, ...]
    credit_prefixes: tuple[str, ...]
    caption_prefixes: tuple[str, ...]
    photo_agencies: frozenset[str]
    byline_prefixes: tuple[str, ...]
    author_roles: frozenset[str]
    collective_roles: frozenset[str]
    stamp_extras: frozenset[str]
    not_places: frozenset[str]
    agencies: frozenset[str]
    bullet_markers: frozenset[str]
    boilerplate_words: frozenset[str]
    conjunctions: frozenset[str]
    comment_words: frozenset[str]
    months: Mapping[str, int]
    weekdays: frozenset[str]
    date_fillers: frozenset[str]
    timezones: Mapping[str, int]
    relative_templates: tuple[str, ...]
    relative_units: Mapping[str, str]
    numbers_one: frozenset[str]
    yesterday: frozenset[str]
    today: frozenset[str]
    gallery_labels: frozenset[str]
    gallery_of: frozenset[str]
    rights_reserved: frozenset[str]
    dotted_datelines: bool = False
    """Whether the page's language opens stories with a place and a full stop (``Berlin.
    Die Füchse …``, German): ``dotted_datelines = true`` in its file. A vocabulary of several
    languages says so if one of them does; ``first`` gives the page's language's own."""
    by_language: Mapping[str, Vocabulary] = ReadOnlyMap({})
    """Each language's own vocabulary (with the common words), for ``first`` and for
    telling a text's language."""
    language: str | None = None
    """The language ``first`` put first, or None when every language counts alike."""
    _derived: dict[Callable[[Vocabulary], object], object] = attrs.field(
        factory=dict, init=False, repr=False
    )

    # What a vocabulary derives is a memory (some of it closures, which do not pickle): a
    # copy sent to a worker process starts its own.
    def __getstate__(self) -> dict[str, object]:
        return {
            field.name: getattr(self, field.name)
            for field in attrs.fields(type(self))
            if field.name != "_derived"
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)
        object.__setattr__(self, "_derived", {})

    def derived(self, build: Callable[[Vocabulary], _T]) -> _T:
        """``build(self)``, computed on first use and kept with this vocabulary: what a reader
        derives from the word lists (a pattern, a zone table) lives and dies with them."""
        try:
            return cast(_T, self._derived[build])
        except KeyError:
            value = self._derived[build] = build(self)
            return value

    def first(self, language: str | None) -> Vocabulary:
        """This vocabulary with ``language`` (``de``, ``pt-BR``) put first: a word that is
        a stopword of that language keeps only the readings that language gives it. On a page
        in English ``so`` and ``do`` are no weekdays (German ``So``, ``Do``); in Italian
        ``di`` opens a byline but names no weekday (German ``Di``). Self when ``language``
        is None or has no file here; kept with this vocabulary once built."""
        code = (language or "").replace("_", "-").partition("-")[0].casefold()
        own = self.by_language.get(code)
        if own is None:
            return self
        firsts = self.derived(_built_firsts)
        try:
            return firsts[code]
        except KeyError:
            changes: dict[str, Any] = {"language": code, "dotted_datelines": own.dotted_datelines}
            for name in READINGS:
                current, mine = getattr(self, name), getattr(own, name)
                drop = {word for word in current if word in own.stopwords and word not in mine}
                if drop:
                    changes[name] = _without(current, drop)
            value = firsts[code] = attrs.evolve(self, **changes)
            return value

    @functools.cached_property
    def relative_literals(self) -> tuple[str, ...]:
        """The fixed words of the relative templates (``ago``, ``vor``, ``前``): a relative
        stamp holds one of them."""
        return tuple(
            {
                literal.strip()
                for template in self.relative_templates
                for literal in re.split(r"\{n\}|\{unit\}", template.casefold())
                if literal.strip()
            }
        )

    @functools.cached_property
    def calendar_words(self) -> frozenset[str]:
        """The names of months and weekdays, in every shipped language."""
        return frozenset(self.months) | self.weekdays

    @functools.cached_property
    def chrome_words(self) -> frozenset[str]:
        """The chrome phrases as they read within a row of buttons: ``copied`` for
        ``Copied!``."""
        return frozenset(phrase.rstrip("!?") for phrase in self.chrome)

    @functools.cached_property
    def stamp_labels(self) -> tuple[str, ...]:
        """The labels of updated and published stamps, longest first."""
        return _longest_first((*self.updated_labels, *self.published_labels))

    @functools.cached_property
    def stamp_openers(self) -> frozenset[str]:
        """The words a stamp may open with after a name: a label's first word, a month."""
        return frozenset(label.split()[0] for label in self.stamp_labels) | set(self.months)

    @functools.cached_property
    def stamp_words(self) -> frozenset[str]:
        """The words that make a line a stamp without a digit: months, weekdays and the
        words of relative time (``yesterday``, ``ago``)."""
        return self.calendar_words | self.relative_words

    @functools.cached_property
    def chrome_word_set(self) -> frozenset[str]:
        """Every word of the chrome phrases: a row of buttons holds no other."""
        return frozenset(word for phrase in self.chrome_words for word in phrase.split())

    @functools.cached_property
    def date_words(self) -> frozenset[str]:
        """Every word a printed date may hold but digits: months, weekdays, fillers, zones,
        the words of stamp labels and of relative stamps."""
        labels = {
            word
            for label in (*self.updated_labels, *self.published_labels)
            for word in label.split()
        }
        return frozenset(
            {*self.months, *self.weekdays, *self.date_fillers, *self.timezones, *labels}
            | self.relative_words
            | set(self.relative_units)
        )

    @functools.cached_property
    def meta_words(self) -> frozenset[str]:
        """Lower-case words a byline or stamp line may hold: date words, the words of byline
        prefixes and of stamp extras (``by``, ``written``, ``min``, ``read``), conjunctions."""
        prefixes = {word for prefix in self.byline_prefixes for word in prefix.split()}
        extras = {word for extra in self.stamp_extras for word in extra.split()}
        return self.date_words | prefixes | extras | self.conjunctions

    @functools.cached_property
    def relative_words(self) -> frozenset[str]:
        """Words only a relative stamp holds when it has no digit: ``ago``, ``yesterday`` …"""
        phrases = self.today | self.yesterday | set(self.relative_literals)
        return frozenset({word for phrase in phrases for word in phrase.split()} | self.numbers_one)

    def __repr__(self) -> str:
        return (
            f"<Vocabulary: {len(self.chrome)} chrome phrases, {len(self.end_markers)} end markers, "
            f"{len(self.months)} month names, {len(self.agencies)} agencies>"
        )

    @classmethod
    def load(
        cls, languages: Iterable[str] | None = None, *, files: Iterable[str | PathLike[str]] = ()
    ) -> Vocabulary:
        """The shipped vocabulary of ``languages`` (default: every language shipped) and of
        the vocabulary ``files`` (``nl.toml``: the language ``nl``), merged. A file's keys are
        those of a shipped language file; an unknown one raises VocabularyError."""
        wanted = None if languages is None else tuple(languages)
        extra = tuple(Path(file) for file in files)
        if not extra:
            return _load(wanted)
        tables = dict(_shipped_tables(wanted))
        for path in extra:
            tables[path.stem] = _checked(path.name, path.read_text("utf-8"))
        return _merged(tables)

    def extend(self, **extra: Iterable[str]) -> Vocabulary:
        """A copy with more words in the named word lists (``chrome=``, ``agencies=`` …)."""
        changes: dict[str, Any] = {}
        for name, words in extra.items():
            current = getattr(self, name, None)
            if isinstance(current, frozenset) and name in {"chrome", "end_markers"}:
                changes[name] = current | _phrases(words)
            elif isinstance(current, frozenset):
                changes[name] = current | _casefolded(words)
            elif isinstance(current, tuple) and name != "relative_templates":
                changes[name] = _longest_first((*current, *words))
            else:
                raise TypeError(f"Vocabulary.extend: {name!r} is not a word list of Vocabulary")
        return attrs.evolve(self, **changes)


def _built_firsts(vocabulary: Vocabulary) -> dict[str, Vocabulary]:
    """Where a vocabulary keeps what ``first`` built from it, by language: a memory like
    any other it derives."""
    return {}


def shipped_languages() -> tuple[str, ...]:
    """The language codes that have a vocabulary file in the package."""
    names = (entry.name for entry in resources.files("newsparse.data").iterdir())
    return tuple(sorted(n[:-5] for n in names if n.endswith(".toml") and n != "common.toml"))


# The keys a vocabulary file may hold: a mistyped one would be a word list silently unread.
_COMMON_KEYS = frozenset(
    {"agencies", "boilerplate_words", "bullet_markers", "comment_words", "conjunctions",
     "photo_agencies", "timezones"}
)  # fmt: skip
_LANGUAGE_KEYS = frozenset(
    {"author_roles", "byline_prefixes", "caption_prefixes", "chrome", "chrome_prefixes",
     "collective_roles", "conjunctions", "credit_prefixes", "date_fillers",
     "end_marker_prefixes", "end_markers", "gallery_labels", "gallery_of", "months",
     "not_places", "published_labels", "relative", "rights_reserved", "stamp_extras",
     "stopwords", "updated_labels", "weekdays", "dotted_datelines"}
)  # fmt: skip
_FLAGS = ("dotted_datelines",)
_RELATIVE_KEYS = frozenset({*RELATIVE_UNITS, "templates", "numbers_one", "yesterday", "today"})


def _checked(name: str, text: str) -> dict[str, Any]:
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{name}: {exc}") from exc
    check_keys(name, table)
    for key in _FLAGS:
        if not isinstance(table.get(key, False), bool):
            raise VocabularyError(f"{name}: {key} must be true or false, not {table[key]!r}")
    return table


def _read(name: str) -> dict[str, Any]:
    return _checked(name, resources.files("newsparse.data").joinpath(name).read_text("utf-8"))


def check_keys(name: str, table: Mapping[str, Any]) -> None:
    """Raise VocabularyError naming the file and the key when ``table`` (the TOML file
    ``name``) holds a key no word list reads."""
    allowed = _COMMON_KEYS if name == "common.toml" else _LANGUAGE_KEYS
    unknown = sorted(set(table) - allowed)
    unknown += sorted(f"relative.{key}" for key in set(table.get("relative", {})) - _RELATIVE_KEYS)
    if unknown:
        raise VocabularyError(
            f"{name}: unknown key {unknown[0]!r}; the keys a vocabulary file may hold are "
            f"{sorted(allowed)} (and under [relative]: {sorted(_RELATIVE_KEYS)})"
        )


@functools.cache
def _load(languages: tuple[str, ...] | None) -> Vocabulary:
    return _merged(dict(_shipped_tables(languages)))


def _shipped_tables(languages: tuple[str, ...] | None) -> Iterator[tuple[str, dict[str, Any]]]:
    codes = shipped_languages() if languages is None else languages
    unknown = set(codes) - set(shipped_languages())
    if unknown:
        raise ValueError(
            f"no vocabulary for language(s) {sorted(unknown)}; shipped: {shipped_languages()}"
        )
    for code in codes:
        yield code, _read(f"{code}.toml")


def _merged(tables: dict[str, dict[str, Any]]) -> Vocabulary:
    """The vocabulary of every language in ``tables`` (by code) with the common words, and
    each language's own for ``Vocabulary.first``."""
    common = _read("common.toml")
    by_language = {code: _vocabulary(common, [table]) for code, table in tables.items()}
    return _vocabulary(common, list(tables.values()), ReadOnlyMap(by_language))


def _vocabulary(
    common: dict[str, Any],
    tables: list[dict[str, Any]],
    by_language: Mapping[str, Vocabulary] = ReadOnlyMap({}),
) -> Vocabulary:
    def merged(key: str) -> list[str]:
        return [word for table in tables for word in table.get(key, ())]

    def merged_relative(key: str) -> list[str]:
        return [word for table in tables for word in table.get("relative", {}).get(key, ())]

    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for table in tables:
        for number, forms in enumerate(table.get("months", ()), 1):
            months.update(dict.fromkeys((form.casefold() for form in forms), number))
        weekdays.update(form.casefold() for forms in table.get("weekdays", ()) for form in forms)
    units = {word.casefold(): unit for unit in RELATIVE_UNITS for word in merged_relative(unit)}
    return Vocabulary(
        chrome=_phrases(merged("chrome")),
        chrome_prefixes=_longest_first(merged("chrome_prefixes")),
        end_markers=_phrases(merged("end_markers")),
        end_marker_prefixes=_longest_first(merged("end_marker_prefixes")),
        stopwords=_casefolded(merged("stopwords")),
        updated_labels=_longest_first(merged("updated_labels")),
        published_labels=_longest_first(merged("published_labels")),
        credit_prefixes=_longest_first(merged("credit_prefixes")),
        caption_prefixes=_longest_first(merged("caption_prefixes")),
        photo_agencies=_casefolded(common["photo_agencies"]),
        byline_prefixes=_longest_first(merged("byline_prefixes")),
        author_roles=_casefolded([*merged("author_roles"), *merged("collective_roles")]),
        collective_roles=_casefolded(merged("collective_roles")),
        stamp_extras=_casefolded(merged("stamp_extras")),
        not_places=_casefolded(merged("not_places")),
        agencies=_casefolded(common["agencies"]),
        bullet_markers=frozenset(common["bullet_markers"]),
        boilerplate_words=_casefolded(common["boilerplate_words"]),
        conjunctions=_casefolded([*common["conjunctions"], *merged("conjunctions")]),
        comment_words=_casefolded(common["comment_words"]),
        months=ReadOnlyMap(months),
        weekdays=frozenset(weekdays),
        date_fillers=_casefolded(merged("date_fillers")),
        timezones=ReadOnlyMap(
            {name.casefold(): round(hours * 3600) for name, hours in common["timezones"].items()}
        ),
        relative_templates=tuple(dict.fromkeys(merged_relative("templates"))),
        relative_units=ReadOnlyMap(units),
        numbers_one=_casefolded(merged_relative("numbers_one")),
        yesterday=_casefolded(merged_relative("yesterday")),
        today=_casefolded(merged_relative("today")),
        gallery_labels=_casefolded(merged("gallery_labels")),
        gallery_of=_casefolded(merged("gallery_of")),
        rights_reserved=_casefolded(merged("rights_reserved")),
        dotted_datelines=any(table.get("dotted_datelines", False) for table in tables),
        by_language=by_language,
    )

"""language: an article's language as a BCP 47 tag, as its page declares it or as its words
tell it.

    >>> bcp47("en_gb"), bcp47("EN-us"), bcp47("zh-hant-tw"), bcp47("English")
    ('en-GB', 'en-US', 'zh-Hant-TW', None)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import filterfalse

from newsparse.vocabulary import Vocabulary

_SUBTAG = re.compile(r"[A-Za-z0-9]{1,8}")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}")
_WORD = re.compile(r"[^\W\d_]+")
# Kana are written in Japanese alone: text this rich in them is Japanese.
_KANA = re.compile(r"[\u3040-\u30ff]")
KANA_SHARE = 0.2
# The evidence a language needs: this many words read, a tenth of them its stopwords,
# and this many times the stopwords of the next language (Spanish and Portuguese, or
# Italian and Spanish, share many).
MIN_WORDS = 30
MIN_SHARE = 0.1
MIN_LEAD = 1.5
# The words of an article's opening tell its language; reading more only costs time.
READ_CHARS = 4000


def bcp47(tag: str | None) -> str | None:
    """A declared language (``<html lang>``, ``og:locale``) as a BCP 47 tag in its usual
    case: the language lower, a script title-cased, a region upper (``en_gb`` → ``en-GB``);
    None when it is not a tag (``English``, ``*``)."""
    parts = re.split(r"[-_]", (tag or "").split(",")[0].split(";")[0].strip())
    if not _LANGUAGE.fullmatch(parts[0]) or not all(map(_SUBTAG.fullmatch, parts)):
        return None
    cased = [parts[0].lower()]
    for part in parts[1:]:
        if len(cased[-1]) == 1 or len(part) == 1:
            cased.append(part.lower())  # a singleton (``x``) and what follows it
        elif len(part) == 4 and part.isalpha():  # a script: four letters
            cased.append(part.title())
        elif len(part) == 2 and part.isalpha():  # a region: two letters
            cased.append(part.upper())
        else:
            cased.append(part.lower())
    return "-".join(cased)


def detect(texts: Iterable[str], vocabulary: Vocabulary) -> str | None:
    """The language of ``texts`` (a page's lines, an article's paragraphs) by the stopwords
    of each language the vocabulary holds, read from their first ``READ_CHARS`` characters;
    None unless the evidence is clear. Japanese, which has no stopwords here, is told by
    its kana.

    >>> detect(["The storm closed the schools of the north, and the roads to the coast were "
    ...         "shut for a day while crews cleared the trees that had fallen on them in the "
    ...         "night. Parents were told to keep their children at home until it is over."],
    ...        Vocabulary.load())
    'en'
    """
    text = _opening(texts)
    if _KANA.search(text) and len(_KANA.findall(text)) >= KANA_SHARE * len(text.replace(" ", "")):
        return "ja"
    words = _words(text.casefold())
    total = len(words)
    if total < MIN_WORDS:
        return None
    languages = vocabulary.derived(_languages_of_stopwords)
    hits: Counter[str] = Counter()
    # Only stopwords are counted: most words are none.
    for word, count in Counter(filter(languages.__contains__, words)).items():
        for code in languages[word]:
            hits[code] += count
    (best, count), (_, runner_up) = [*hits.most_common(2), ("", 0), ("", 0)][:2]
    return best if count >= MIN_SHARE * total and count >= MIN_LEAD * runner_up else None


def _words(text: str) -> list[str]:
    """The words of ``text``, runs of letters (``_WORD``), in no particular order."""
    # No word spans whitespace, and a run of letters alone is one word: the regex, slow on
    # every letter, reads only the runs that hold something else (punctuation, digits).
    runs = text.split()
    return [*filter(str.isalpha, runs), *_WORD.findall(" ".join(filterfalse(str.isalpha, runs)))]


def _opening(texts: Iterable[str]) -> str:
    """The first ``READ_CHARS`` characters of ``texts``, reading no further."""
    taken: list[str] = []
    size = 0
    for text in texts:
        taken.append(text)
        size += len(text) + 1
        if size >= READ_CHARS:
            break
    return " ".join(taken)[:READ_CHARS]


def _languages_of_stopwords(vocabulary: Vocabulary) -> Mapping[str, tuple[str, ...]]:
    """Each stopword of the vocabulary's languages, with the languages it is one of."""
    found: dict[str, list[str]] = {}
    for code, own in sorted(vocabulary.by_language.items()):
        for word in own.stopwords:
            found.setdefault(word, []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}

"""language: an article's language as a BCP 47 tag, as its page declares it or as its words
tell it.

    >>> bcp47("en_gb"), bcp47("EN-us"), bcp47("zh-hant-tw"), bcp47("English")
    ('en-GB', 'en-US', 'zh-Hant-TW', None)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping

from newsparse.vocabulary import Vocabulary, shipped_languages

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
    """The language of ``texts`` (an article's headline and paragraphs) by the stopwords of
    each shipped language the vocabulary holds; None unless the evidence is clear.

    >>> detect(["The storm closed the schools of the north, and the roads to the coast were "
    ...         "shut for a day while crews cleared the trees that had fallen on them in the "
    ...         "night. Parents were told to keep their children at home until it is over."],
    ...        Vocabulary.load())
    'en'
    """
    text = " ".join(texts)[:READ_CHARS]
    if len(_KANA.findall(text)) >= KANA_SHARE * len(text.replace(" ", "")) > 0:
        return "ja"
    words = [word.casefold() for word in _WORD.findall(text)]
    if len(words) < MIN_WORDS:
        return None
    hits = Counter(
        {
            code: sum(map(stopwords.__contains__, words))
            for code, stopwords in vocabulary.derived(_stopwords_by_language).items()
        }
    )
    ranked = hits.most_common(2)
    if not ranked:
        return None
    best, count = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return best if count >= MIN_SHARE * len(words) and count >= MIN_LEAD * runner_up else None


def _stopwords_by_language(vocabulary: Vocabulary) -> Mapping[str, frozenset[str]]:
    """The stopwords of each shipped language whose stopwords ``vocabulary`` holds."""
    found = {code: Vocabulary.load([code]).stopwords for code in shipped_languages()}
    return {code: words for code, words in found.items() if words and words <= vocabulary.stopwords}

"""Reading a line of article metadata: bylines and stamps, and the little else they share a line
with. Used by the ``meta`` and ``authors`` rules, and for the authors a page declares in its
markup (``declared_names``, ``clean_names``).

    By Tess Bonn - 11/19/19 06:56 AM EST                → Tess Bonn; published 2019-11-19 06:56
    Posted by Ann Lee on November 19, 2019, 6:21 AM EST → Ann Lee; published …
    Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM      → updated …, published …
    By Eric Song, IGN Staff                              → Eric Song (the outlet is not a name)
    By JERUSALEM POST STAFF                              → a byline that names nobody
"""

from __future__ import annotations

import re
from datetime import datetime

import attrs

from newsparse.dates import read_stamp
from newsparse.letters import LOWER, UPPER
from newsparse.model import Stamp
from newsparse.vocabulary import Vocabulary, match_prefix


@attrs.frozen
class MetaLine:
    """What a metadata line says: the people it names, its stamps, and whether it is a byline."""

    authors: tuple[str, ...] = ()
    stamps: tuple[Stamp, ...] = ()
    byline: bool = False
    names: tuple[str, ...] = ()
    """People a stamp line names without a byline prefix (``Chris Davies - Nov 19, 2019``):
    its authors only where it stands in a story's header (the authors rule decides)."""


MAX_META_CHARS = 220
# Parts of a metadata line that are neither a name nor a date ("2 min read", "Topic: Space")
# may be this long; a longer part is prose, and the line is no metadata line.
MAX_OTHER_WORDS = 6
MAX_STAMP_OTHER_WORDS = 4
MAX_NAME_WORDS = 4
MAX_STAMP_WORDS = 10
_SEPARATORS = re.compile(r"\s*(?:[|•·;]|\s--?\s|\s[–—-]\s|\s/|/\s)\s*")
# "20194:29 AM" (a year glued to a time), "ESTUPDATED" (a label glued to a zone) and
# "18.11.2019Get short URL" (a date glued to a button).
_YEAR_TIME = re.compile(r"((?:19|20)\d\d)(\d{1,2}:\d\d)")
_GLUED_LABEL = re.compile(
    rf"(?<=[0-9;,.]|{UPPER})(?=(?:UPDATED|PUBLISHED|POSTED|MODIFIED)\b)"
    rf"|(?<=\d)(?={UPPER}{LOWER})"
)
# "…, 6:18 p.m. Updated: Nov. 19, 2019": a labelled stamp after another on one line.
_NEXT_LABEL = re.compile(r"(?<=[\d.])\s+(?=([^\W\d_]+):\s)")
# A word of three letters or more glued (or hyphened) to a number: "Publiziert6.". Read from
# the word's first letter only: from every letter, a long word would take quadratic time.
_GLUED_DATE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,}+)-?(?=\d)")
_GLUED_CAPITAL = re.compile(rf"{LOWER}{{3}}{UPPER}")
_NAME_SLASH = re.compile(r"(?<=[^\W\d_]{2})/(?=[^\W\d_]{2})")
# "byRahimu Fadhili": the prefix glued to the name.
_BY = ("by", "By", "BY")
_GLUED_BY = re.compile(rf"^({'|'.join(_BY)})(?={UPPER}{LOWER})")
# "GarberFOXBusiness" → "Garber, FOXBusiness": a capital after four lower-case letters starts
# the outlet glued to a name; "McDonald", "DeArdo" and "LaMotte" keep theirs.
_GLUED_WORD = re.compile(rf"(?<={LOWER}{{4}})(?={UPPER})")
# "11/19/2019 by Lars Brandle", "10:26am (PT) by Ann Lee": a byline after a date; "Slate is
# published by …" is prose.
_BY_AFTER_DATE = re.compile(
    r"(?<=[\d)])\s(?=(?:by|By|BY)\s)|(?<=\d\s[AaPp][Mm])\s(?=(?:by|By|BY)\s)"
)
# "— Dianna E. Anderson (@dianna) November 18, 2019": the signature of an embedded post.
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s.*\(@\w+\)")
# Lower-case words a name may hold: "Bob van Dijk", "Ana de la Cruz", "Omar ibn Said".
_PARTICLES = frozenset(
    {"al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos", "du", "el",
     "ibn", "la", "le", "mc", "st", "st.", "ten", "ter", "van", "von", "y", "zu"}
)  # fmt: skip
# "Cunningham." in "Ann Cunningham. Riverside News": a full stop after a whole word ends the
# name (initials such as "L." and "Jr." do not).
_CLOSES_NAME = re.compile(r"(?!(?:Jr|Sr|St)\.)[^\W\d_]{3,}\.")
_HANDLE = re.compile(r"@\w+")
# An e-mail address, read from the start of a word to its first "@" so that "x@x@x@…" is
# tried once, not from every letter and every "@" of it.
_EMAIL = r"\S[^\s@]*+@\S+\.\w+"
_EMAIL_OR_PHONE = re.compile(rf"(?<!\S){_EMAIL}|\(?\d{{3}}\)?[\s.-]?\d{{3}}[\s.-]\d{{4}}")
# "https://…", "//cdn…", "www.…", "@annlee", "ann@riverside.com": an address, not a name.
_ADDRESS = re.compile(rf"(?:[a-z][a-z0-9+.-]*:)?//|www\.|@|{_EMAIL}$", re.IGNORECASE)
# What a declared author value may open with ("By Ann Lee", "by: Ann Lee"), and what may
# stand between the people it names ("Ann Lee, Bo Chen and Cy Twombly").
_DECLARED_BY = re.compile(r"^by\b\s*:?\s*", re.IGNORECASE)
_DECLARED_SEPARATORS = re.compile(r"\s*[,;]\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
MAX_DECLARED_CHARS = 100
MAX_DECLARED_NAME_WORDS = 5


def read_meta_line(
    text: str,
    vocabulary: Vocabulary,
    now: datetime | None = None,
    *,
    year: int | None = None,
    dayfirst: bool = False,
) -> MetaLine | None:
    """The bylines and stamps of ``text``, or None when the line is not a metadata line.

    ``year`` completes dates printed without one; ``dayfirst`` reads numeric dates day
    first (see ``newsparse.dates.read_date``)."""
    if not text or len(text) > MAX_META_CHARS or _EMBED_SIGNATURE.match(text):
        return None
    text = _unglue(_GLUED_LABEL.sub(" | ", _YEAR_TIME.sub(r"\1 \2", text)), vocabulary)
    text = _split_labels(text, vocabulary)
    authors: list[str] = []
    stamps: list[Stamp] = []
    byline = False
    most_others = 0  # the most words of any part that are neither a name nor a date
    plain: list[str] = []  # the parts that are neither a stamp nor a byline
    for part in _parts(text):
        stamp = read_stamp(part, vocabulary, now, year=year, dayfirst=dayfirst)
        if stamp is not None:
            stamps.append(stamp)
            continue
        names = _byline_names(part, vocabulary)
        if names is not None:
            byline = True
            found, rest = names
            authors.extend(found)
        else:
            rest = part.split()
        count = len(stamps)
        read = _others(rest, vocabulary, (now, year, dayfirst), stamps)
        if read is None:
            return None
        others, around = read
        if names is None:
            # "Stefan Trunzik, 26.04.2024 10:00 Uhr": what stands beside a stamp in the part.
            plain.append(" ".join(around).strip(" ,") if len(stamps) > count else part)
        most_others = max(most_others, others)
    # A byline may share its line with an outlet ("NJ Advance Media for NJ.com"); a date
    # alone with a string of words ("June 10 -- Credit Union Amphitheatre, Tampa") is a list.
    if most_others > (MAX_OTHER_WORDS if byline else MAX_STAMP_OTHER_WORDS):
        return None
    if not stamps and not byline:
        return None
    bare = () if byline or not plain else _bare_names(plain, vocabulary)
    return MetaLine(tuple(dict.fromkeys(authors)), tuple(stamps), byline, bare)


def _split_labels(text: str, vocabulary: Vocabulary) -> str:
    """``Published: Nov. 19, 2019, 6:18 p.m. Updated: Nov. 19, 2019`` → two parts: a stamp
    label with a colon after a date opens the next stamp."""

    def cut(match: re.Match[str]) -> str:
        return " | " if match[1].casefold() in vocabulary.stamp_labels else match.group()

    return _NEXT_LABEL.sub(cut, text) if ":" in text else text


def _bare_names(parts: list[str], vocabulary: Vocabulary) -> tuple[str, ...]:
    """The people the first (else the last) part of a stamp line names without a byline
    prefix: ``Chris Davies`` in ``Chris Davies - Nov 19, 2019``. A part that opens with a
    word in capitals is a place (``BEVERLY HILLS, Calif.``), not a name."""
    for part in (parts[0], parts[-1]):
        if part and not part.split()[0].rstrip(",").isupper():
            names = read_name_line(part, vocabulary)
            if names:
                return names
    return ()


def _unglue(text: str, vocabulary: Vocabulary) -> str:
    """A word glued to the date after it, as a copy of two elements gives them:
    ``Publiziert6. November 2025``, ``Tobias Mühlbauer24.04.2024``, ``Madrid-29/05/2025``
    get a separator; a month's name (``Nov19``) keeps its day."""
    if not _GLUED_DATE.search(text):
        return text

    def cut(match: re.Match[str]) -> str:
        glued = match[1].casefold()
        return match.group() if glued in vocabulary.months else f"{match[1]} | "

    return _GLUED_DATE.sub(cut, text)


def read_name_line(text: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The people a line without ``By`` names: ``Natasha Turak``, ``Ann Lee, AP Auto Writer``,
    ``Nishant Kumar @Nishantopines``; () when the line is anything else."""
    # Digits, or two words glued ("Local NewsNews", "Sign OutEdit"; not "McDonald"): no name.
    if len(text) > 80 or any(ch.isdigit() for ch in text) or _GLUED_CAPITAL.search(text):
        return ()
    head = _SEPARATORS.split(_HANDLE.sub("", text).strip())[0]
    # "Mathatisi Sebusi/Mohalenyane Phakela": a slash between names joins co-authors.
    names, rest = _names(_NAME_SLASH.sub(" & ", head).split(), vocabulary)
    if not names or any(word[:1].islower() for word in rest):
        return ()
    if len(names) == 1 and len(names[0].split()) < 2:
        return ()
    return tuple(names)


def clean_names(value: str, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The people in a declared author value, as a byline would give them:
    ``Ann Lee, Riverside.com`` → (``Ann Lee``,); ``Ann Lee | Riverside Media`` → (``Ann Lee``,);
    ``AP Auto Writer`` → ()."""
    head = _SEPARATORS.split(_HANDLE.sub("", value).strip())[0]
    words = [word[:-1] + "," if _CLOSES_NAME.fullmatch(word) else word for word in head.split()]
    names, _ = _names(words, vocabulary)
    return tuple(_people(names))


def declared_names(value: str) -> list[str]:
    """The people one declared author value (a JSON-LD ``author``, an ``author`` meta tag)
    names, or [] when it names none; ``value`` is whitespace-folded text.

    Drops a leading ``By``, addresses and handles; splits ``A and B`` or ``A, B`` only when
    every part looks like a name, so ``Lee, Ann`` stays whole.

    >>> declared_names("By Ann Lee and Bob van Dijk"), declared_names("Lee, Ann")
    (['Ann Lee', 'Bob van Dijk'], ['Lee, Ann'])
    >>> declared_names("https://www.facebook.com/annlee"), declared_names("@annlee")
    ([], [])
    """
    text = _DECLARED_BY.sub("", value)
    if not text or len(text) > MAX_DECLARED_CHARS or is_address(text):
        return []
    if not any(char.isalpha() for char in text):
        return []
    parts = [part for part in _DECLARED_SEPARATORS.split(text) if part]
    if len(parts) > 1 and all(_looks_like_name(part) for part in parts):
        return parts
    return [text]


def is_address(text: str) -> bool:
    """Whether ``text`` is a web or e-mail address or a handle rather than a name:
    ``https://riverside.example/staff``, ``www.riverside.example``, ``ann@riverside.example``,
    ``@annlee``."""
    return _ADDRESS.match(text) is not None


def _looks_like_name(part: str) -> bool:
    """``Bob van Dijk``: two to five name words and no digit."""
    words = part.split()
    return (
        2 <= len(words) <= MAX_DECLARED_NAME_WORDS
        and all(map(_is_name_word, words))
        and not any(char.isdigit() for char in part)
    )


def _parts(text: str) -> list[str]:
    parts: list[str] = []
    for piece in _SEPARATORS.split(text):
        parts.extend(p.strip() for p in _BY_AFTER_DATE.split(piece) if p.strip())
    return parts


def _byline_names(part: str, vocabulary: Vocabulary) -> tuple[list[str], list[str]] | None:
    """(names, the words after them) when ``part`` opens with a byline prefix, else None."""
    part = unglued_prefix(part)
    prefix = match_prefix(part, vocabulary.byline_prefixes)
    if prefix is None:
        # "Kolumne von Carla Siepmann", "Analysis by Ann Lee": a genre before the prefix.
        genre, _, rest = part.partition(" ")
        prefix = match_prefix(rest, vocabulary.byline_prefixes) if genre[:1].isupper() else None
        if prefix is None or not rest[:1].islower():
            return None
        part = rest
    rest = part[len(prefix) :].lstrip(" :")
    names, after = _names(_GLUED_WORD.sub(", ", rest).split(), vocabulary)
    return _people(names), after


def unglued_prefix(text: str) -> str:
    """``byRahimu Fadhili`` → ``by Rahimu Fadhili``: a byline prefix glued to the name."""
    # Most lines open otherwise: a look at two letters spares them the pattern.
    if not text.startswith(_BY):
        return text
    glued = _GLUED_BY.match(text)
    return text if glued is None else f"{glued[1]} {text[glued.end() :]}"


def _people(names: list[str]) -> list[str]:
    """``By Ann Lee, Riverside``, ``Anna Martel und Lea Wagner, Nairobi``: a lone word
    beside a full name is an outlet or a place, not a person."""
    return [name for name in names if " " in name] if len(names) > 1 else names


def _names(words: list[str], vocabulary: Vocabulary) -> tuple[list[str], list[str]]:
    """Read a list of names off the front of ``words``: (names, the words that follow)."""
    names: list[str] = []
    current: list[str] = []

    def close() -> None:
        person = _person_in(current, vocabulary)
        if person:
            names.append(" ".join(person))
        current.clear()

    for position, raw in enumerate(words):
        word = raw.rstrip(",")
        if word == "" or _joins(word, current, vocabulary):
            close()
            continue
        if (
            not _is_name_word(word)
            or _opens_stamp(words, position, vocabulary)
            or _opens_outlet(word, current, vocabulary)
        ):
            close()
            return names, words[position:]
        current.append(word)
        if raw.endswith(",") or len(current) > MAX_NAME_WORDS + 2:
            close()
    close()
    return names, []


def _joins(word: str, current: list[str], vocabulary: Vocabulary) -> bool:
    """Whether ``word`` joins two names: a conjunction of any language the vocabulary knows,
    written in lower case (``Ann Lee dan Bo Chen``), or in capitals after a name (``ANN LEE
    AND BO CHEN``). ``Dan Smith`` is a name."""
    if word.casefold() not in vocabulary.conjunctions:
        return False
    return word == "&" or word.islower() or (word.isupper() and bool(current))


def _opens_stamp(words: list[str], position: int, vocabulary: Vocabulary) -> bool:
    """Whether a stamp starts at ``words[position]`` after a name: a label (``Published``,
    ``Updated``) or a month's name before a number (``Jul. 19``), not a name such as
    ``Theresa May``."""
    folded = words[position].casefold().strip(".,:;")
    if folded not in vocabulary.stamp_openers:
        return False
    rest = " ".join(words[position : position + 4])
    if match_prefix(rest, vocabulary.stamp_labels):
        return True
    following = words[position + 1][:1] if position + 1 < len(words) else ""
    return folded in vocabulary.months and following.isdigit()


def _is_name_word(word: str) -> bool:
    if word.casefold() in _PARTICLES:
        return True
    return word[:1].isupper() and all(ch.isalpha() or ch in ".'’-" for ch in word)


def _person_in(words: list[str], vocabulary: Vocabulary) -> list[str]:
    """The person in a run of capitalised words: all of them, or the name before a job
    title printed without a comma (``Amy Gibbons Political Correspondent``, ``Sina
    Zehrfeld Landespolitische Korrespondentin``): its first two words. A newsroom's role
    (``Riverside Gazette Staff``) names no person."""
    if not words:
        return []
    if _is_person(words, vocabulary):
        return words
    roles = vocabulary.author_roles
    title = [word.casefold().strip(".") for word in words[2:]]
    if any(word in roles for word in title) and vocabulary.collective_roles.isdisjoint(title):
        name = words[:2]
        if not any(word.casefold().strip(".") in roles for word in name):
            return name if _is_person(name, vocabulary) else []
    return []


def _opens_outlet(word: str, current: list[str], vocabulary: Vocabulary) -> bool:
    """``The`` after a name opens an outlet (``Ann Lee The Associated Press``): a name holds
    no capitalised stopword but its particles (``Van Der Fort``)."""
    folded = word.casefold()
    return len(current) >= 2 and folded in vocabulary.stopwords and folded not in _PARTICLES


def _is_person(words: list[str], vocabulary: Vocabulary) -> bool:
    """Do these capitalised words name a person (not an outlet, a job or a credential)?"""
    if len(words) > MAX_NAME_WORDS:
        return False
    joined = " ".join(words)
    if joined.casefold() in vocabulary.agencies:
        return False
    # "Cleveland.com", "NJ.com": a dot inside a word that is no initial is a web address.
    if any("." in w.rstrip(".") and len(w) > 3 for w in words):
        return False
    if any(w.casefold().strip(".") in vocabulary.author_roles for w in words):
        return False
    # Credentials after a name ("MS", "RD", "PhD") are short capitals.
    return not (len(words) == 1 and len(words[0]) <= 3 and words[0].isupper())


def _date_word(word: str, vocabulary: Vocabulary) -> bool:
    folded = word.casefold().strip(".,;:()[]")
    return any(ch.isdigit() for ch in folded) or folded in vocabulary.date_words


def _dated_firmly(word: str, vocabulary: Vocabulary) -> bool:
    folded = word.casefold().strip(".,;:()[]")
    return any(ch.isdigit() for ch in folded) or folded in vocabulary.calendar_words


def _others(
    words: list[str],
    vocabulary: Vocabulary,
    when: tuple[datetime | None, int | None, bool],
    stamps: list[Stamp],
) -> tuple[int, list[str]] | None:
    """How many of ``words`` are neither a stamp nor metadata odds and ends (a handle, an
    e-mail address, ``2 min read``), and the words around a stamp found among them (which is
    added to ``stamps``); None when they are too many for a metadata line."""
    if not words:
        return 0, []
    if len(words) > MAX_OTHER_WORDS + MAX_STAMP_WORDS:
        return None
    # A stamp is a run of date words ("on", "Monday,", "November", "18th,", "2019", "11:08"):
    # only such runs are read, the longest first.
    dated = [_date_word(word, vocabulary) for word in words]
    start = 0
    while start < len(words):
        if not dated[start]:
            start += 1
            continue
        end = start
        while end < len(words) and dated[end]:
            end += 1
        # Among other words, a date needs a digit or a month's name: "closed today." is prose.
        if not any(_dated_firmly(word, vocabulary) for word in words[start:end]):
            start = end
            continue
        for stop in range(min(end, start + MAX_STAMP_WORDS), start, -1):
            stamp = read_stamp(
                " ".join(words[start:stop]), vocabulary, when[0], year=when[1], dayfirst=when[2]
            )
            if stamp is not None:
                stamps.append(stamp)
                others = len(words) - (stop - start)
                return (others, words[:start] + words[stop:]) if others <= MAX_OTHER_WORDS else None
        start = end
    text = " ".join(words)
    cleaned = _EMAIL_OR_PHONE.sub("", _HANDLE.sub("", text)).strip(" ,:")
    if cleaned.casefold() in vocabulary.stamp_extras:
        return 0, []
    others = len(cleaned.split())
    return (others, words) if others <= MAX_OTHER_WORDS else None

"""title: on an HTML page, the headline the page marks as its own, found before the story.

A page names its article in its markup: the ``<h1>``, the JSON-LD or OpenGraph headline and
the ``<title>``. The line that agrees with those marks, that is no link, list item or
navigation, and that has prose below it, is the headline; the body rule then looks for the
story under it::

    <li><a href="/">Home</a></li><li><a href="/world">World</a></li>  ← navigation: no
    <h2><a href="/next">Rail strike called off</a></h2>                ← a teaser link: no
    <h1>Storm closes schools across the north</h1>                    ← the og:title: yes
    <p>Heavy snow closed hundreds of schools on Tuesday, officials said …</p>

Copied text has no markup: its headline is the pairs and headline rules' to find.
"""

from __future__ import annotations

from newsparse.lines import Line
from newsparse.model import PageMeta, Role
from newsparse.shape import (
    LINK_DENSITY,
    MAX_TITLE_WORDS,
    ends_sentence,
    is_prose,
    title_key,
    word_count,
)
from newsparse.state import State, TitleSplit

# Points for each mark; a line needs MIN_SCORE to be the headline.
DECLARED = 10.0
IN_TITLE = 6.0
HEADING = {1: 6.0, 2: 3.0, 3: 1.0}
LINKED = -6.0
LISTED = -4.0
NAVIGATION = -6.0
NO_PROSE_BELOW = -6.0
MIN_SCORE = 6.0
NAVIGATION_LANDMARKS = frozenset({"nav", "footer", "aside"})
# How far below the headline (in lines) its story's prose starts, and how much of it is
# enough to show that a story is there: counted in words, so that Japanese or Chinese
# prose (two characters a word) counts as much as English.
PROSE_REACH = 30
PROSE_WORDS = 25
MIN_PROSE_CHARS = 20
# Separators a <title> puts between the headline, the section and the site's name; a
# full-width bar needs no spaces (Japanese and Chinese titles: ``大雪で休校｜東京ニュース``).
_TITLE_PARTS = (" | ", " - ", " – ", " — ", " :: ", " : ", " » ", " · ", " / ", "｜")
# A kicker is a few words; what pages put between it and the headline.
MAX_KICKER_WORDS = 6
KICKER_CHARS = 60
_KICKER_ENDS = " :|-–—·•/"
# What may stick to a title's first word: quotes, brackets, a kicker's colon.
_KEY_PUNCTUATION = "\"'“”‘’„«»‚‹›()[]:;,.!?¿¡…–—-"
# A <title> part this long is distinctive enough to match a line on its own.
DISTINCT_WORDS = 3


def title(state: State) -> None:
    """Claim the line the page's markup marks as its headline (HTML only)."""
    page = state.page
    if page is None:
        return
    marks = _Marks.of(page)
    best, best_score = None, MIN_SCORE - 1
    roles = state.roles
    for index, line in enumerate(state.lines):
        hints = line.hints
        if hints is None or roles[index] is not None:
            continue
        # No line scores more than DECLARED and its heading's points: once the best so far
        # has that much, the line cannot win.
        if DECLARED + HEADING.get(hints.heading or 0, 0.0) <= best_score:
            continue
        # Only a heading, or a line that could match a title the page declares, can score.
        if not hints.heading and not marks.could_match(line.text):
            continue
        score = _score(state, index, line, marks, best_score)
        if score > best_score:
            best, best_score = index, score
    if best is not None:
        state.claim(best, Role.HEADLINE, kicker_split(state.lines[best]))


class _Marks:
    """The headline keys a page declares: exact (JSON-LD, OpenGraph) and <title> parts."""

    __slots__ = ("declared", "longest", "parts", "shortest", "title", "words")

    def __init__(self, declared: frozenset[str], parts: frozenset[str], title: str) -> None:
        self.declared = declared
        self.parts = parts
        self.title = title
        # How long a line that matches one of them may be: a kicker and punctuation more.
        keys = [*declared, *parts]
        self.shortest = min(map(len, keys), default=0) // 2
        self.longest = max(map(len, [*keys, title]), default=0) * 2 + KICKER_CHARS
        self.words = frozenset(word for key in (*keys, title) for word in key.split())

    def could_match(self, text: str) -> bool:
        """A quick test every line that matches passes: its length, and its first word
        among the declared titles' words."""
        if not self.shortest <= len(text) <= self.longest:
            return False
        first = text.partition(" ")[0].strip(_KEY_PUNCTUATION).casefold()
        return first in self.words or not first.isalnum()

    @classmethod
    def of(cls, page: PageMeta) -> _Marks:
        declared = {
            title_key(value) for value in (page.headline, page.alternative_headline) if value
        }
        parts = [key for part in _split_title(page.title or "") if (key := title_key(part))]
        # The site's name, declared or in the <title>'s last place, names no story.
        names = {title_key(page.site_name or "")}
        if len(parts) > 1 and len(parts[-1]) < max(map(len, parts)):
            names.add(parts[-1])
        # Padded with spaces, so that a key is found in it only as whole words.
        return cls(
            frozenset(declared - {""}),
            frozenset(parts) - names,
            f" {title_key(page.title or '')} ",
        )

    def score(self, key: str, words: int) -> float:
        """DECLARED when the page declares ``key`` its headline (or the headline after a
        kicker: ``Kenia: Nairobi von unten``), IN_TITLE when the <title> holds it."""
        if key in self.declared or any(d.endswith(" " + key) for d in self.declared):
            return DECLARED
        if key in self.parts:
            return IN_TITLE
        if words > DISTINCT_WORDS and f" {key} " in self.title:
            return IN_TITLE
        return 0.0


def kicker_split(line: Line) -> TitleSplit | None:
    """A kicker in the headline's own element, before the headline in an element of its
    own: ``<h1><span>Akkutechnik:</span> <span>Hat Quantumscape …</span></h1>``. A few
    words, no sentence, shorter than the headline after it; separators between the two
    (``<span>:</span>``) do not count."""
    parts = [part for part in line.parts if any(ch.isalnum() for ch in part)]
    # One element (or text) after the kicker holds the headline; a heading with words in
    # bold or italics between its text (<h1><b>Storm</b> <em>hits</em> …</h1>) has none.
    if len(parts) != 2:
        return None
    kicker = parts[0].rstrip(_KICKER_ENDS)
    headline = parts[1]
    words = word_count(kicker)
    if not 1 <= words <= MAX_KICKER_WORDS or ends_sentence(kicker):
        return None
    if word_count(headline) <= words or not kicker:
        return None
    return TitleSplit(kicker, headline)


def _split_title(title: str) -> list[str]:
    parts = [title]
    for separator in _TITLE_PARTS:
        if separator in title:  # most titles hold one or two of them
            parts = [piece for part in parts for piece in part.split(separator)]
    return parts


def _score(state: State, index: int, line: Line, marks: _Marks, best: float) -> float:
    """The line's score as the page's headline; a score no higher than ``best`` (the best
    so far) is told without looking for prose below, as it cannot win."""
    hints = line.hints
    assert hints is not None
    heading = HEADING.get(hints.heading or 0, 0.0)
    words = word_count(line.text)
    if not 2 <= words <= MAX_TITLE_WORDS or line.text.endswith((",", ":", ";")):
        return float("-inf")
    declared = marks.score(title_key(line.text), words)
    split = kicker_split(line)
    if split is not None:
        declared = max(declared, marks.score(title_key(split.headline), words))
    if not declared and not heading:
        return float("-inf")
    # Two words make a headline only where the markup says so twice.
    if words < DISTINCT_WORDS and not (declared and heading):
        return float("-inf")
    score = declared + heading
    if hints.link_density >= LINK_DENSITY:
        score += LINKED
    if hints.in_list:
        score += LISTED
    if hints.landmark in NAVIGATION_LANDMARKS:
        score += NAVIGATION
    if score > best and not _prose_below(state, index):
        score += NO_PROSE_BELOW
    return score


def _prose_below(state: State, index: int) -> bool:
    """Some PROSE_WORDS of prose stand within PROSE_REACH lines below line ``index``."""
    words = 0
    for line in state.lines[index + 1 : index + 1 + PROSE_REACH]:
        if len(line.text) > MIN_PROSE_CHARS and is_prose(line.text):
            words += word_count(line.text)
            if words >= PROSE_WORDS:
                return True
    return False

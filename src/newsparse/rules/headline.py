"""headline: the title above a story whose headline was not printed twice.

The headline is a title-like line a little above the story's first paragraph: usually right
above the byline or the stamp, often printed again elsewhere on the page, rarely inside a
list of other titles. Each candidate above the story gets points for those signs::

    Entertainment                                              ← a section label: too short
    Doobie Brothers to reunite with Michael McDonald for Blossom show   ← the headline
    Updated Nov 19, 6:55 AM                                     ← a stamp right below it
    By Troy L. Smith, Cleveland.com
    CLEVELAND, Ohio – The Doobie Brothers will look to ride …   ← the story
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Mapping

from newsparse.letters import UPPER
from newsparse.model import META_ROLES, PageMeta, Role
from newsparse.shape import LINK_DENSITY, could_be_headline, is_title_like, word_count
from newsparse.state import State, TitleSplit

# How far above the story (in non-blank lines) the headline may stand.
MAX_DISTANCE = 40
# Points for each sign; the distance costs DISTANCE_COST per non-blank line.
META_BELOW = 8.0
META_ABOVE = 2.0
PROSE_BELOW = 3.0
PRINTED_AGAIN = 3.0
GOOD_LENGTH = 3.0
# A good length for a headline, in words; the top heading shorter than this, and mostly
# links, is the site's logo (a short link home).
MIN_GOOD_WORDS = 5
MAX_GOOD_WORDS = 25
IN_A_LIST = -5.0
# HTML only: the page's top heading, and the headline its markup declares.
TOP_HEADING = 8.0
DECLARED = 6.0
SENTENCES = -4.0
FULL_STOP = -3.0
BRACKETED_END = -3.0
DISTANCE_COST = 0.4
# The story's words in a candidate: points for each, up to MAX_TOPIC_WORDS; none at all
# is off topic. Words are compared by their first STEM_LETTERS letters, in the story's first
# TOPIC_PARAGRAPHS paragraphs, when those hold MIN_TOPIC_WORDS content words or more.
TOPIC_WORD = 1.0
MAX_TOPIC_WORDS = 4
OFF_TOPIC = -6.0
STEM_LETTERS = 5
CONTENT_LETTERS = 4
TOPIC_PARAGRAPHS = 6
MIN_TOPIC_WORDS = 20
_CONTENT_WORD = re.compile(rf"[^\W\d_]{{{CONTENT_LETTERS},}}")
# How many lines below a candidate (not counting blank lines and chrome) a byline may stand.
META_REACH = 4
META_DECAY = 0.2
MIN_PRINTED_WORDS = 5
# Where a kicker ends before the headline in one line: a separator.
_KICKER_CUTS = re.compile(r"\s*[:|–—-]\s+")
# A full stop followed by a capital inside the line: two sentences (a standfirst).
_SENTENCE_BREAK = re.compile(rf"[.!?] {UPPER}")


def headline(state: State) -> None:
    """Claim the best title-like line above each story that has no headline yet."""
    counts = Counter([line.text for line in state.lines])
    vocabulary, roles = state.vocabulary, state.roles
    stopwords = vocabulary.stopwords
    headers = list(state.headers())
    for number, (top, zone) in enumerate(headers):
        end = headers[number + 1][1].start if number + 1 < len(headers) else len(state.lines)
        if top is not None:
            continue
        above = [i for i in zone if state.roles[i] is not Role.BLANK][-MAX_DISTANCE:]
        # Distance counts the lines between a candidate and the story, share buttons and
        # other chrome left out: they say nothing about where the header ends.
        distances = list(
            itertools.accumulate(
                (state.roles[i] is not Role.CHROME for i in reversed(above)), initial=1
            )
        )[::-1][1:]
        scored: list[tuple[float, int]] = []
        for place, index in enumerate(above):
            text = state.lines[index].text
            if roles[index] is not None or not could_be_headline(text, vocabulary):
                continue
            score = _score(state, above, place, counts[text]) - DISTANCE_COST * distances[place]
            scored.append((score, index))
        if len(scored) > 1:
            # Only between candidates does it tell: which one names what the story tells.
            topic = _topic(state, state.blocks[number], stopwords)
            if len(topic) >= MIN_TOPIC_WORDS:
                scored = [
                    (score + _on_topic(state.lines[i].text, topic, stopwords), i)
                    for score, i in scored
                ]
        if scored:
            best = max(scored, key=lambda candidate: candidate[0])[1]
            state.claim(best, Role.HEADLINE, printed_kicker(state.lines[best].text, counts))
            _claim_repeats(state, range(best + 1, end))


def _stems(text: str, stopwords: frozenset[str]) -> set[str]:
    """The content words of ``text``, cut to their first STEM_LETTERS letters so that
    ``protesters`` and ``protest`` meet: words of CONTENT_LETTERS letters or more that are
    no stopwords."""
    return {word[:STEM_LETTERS] for word in set(_CONTENT_WORD.findall(text.casefold())) - stopwords}


def _topic(state: State, block: range, stopwords: frozenset[str]) -> set[str]:
    """The content words of the story's first paragraphs: what its headline talks about."""
    paragraphs = (state.lines[i].text for i in block if state.roles[i] is Role.BODY)
    return _stems(" ".join(itertools.islice(paragraphs, TOPIC_PARAGRAPHS)), stopwords)


def _on_topic(text: str, topic: set[str], stopwords: frozenset[str]) -> float:
    """Points for the story's words in a candidate; a line that shares none with the story
    (a button, the site's name, a menu) is off topic."""
    shared = len(_stems(text, stopwords) & topic)
    return OFF_TOPIC if not shared else TOPIC_WORD * min(shared, MAX_TOPIC_WORDS)


def printed_kicker(text: str, prints: Mapping[str, int]) -> TitleSplit | None:
    """A kicker glued to the headline in copied text, proven by the page: the headline is
    printed elsewhere without it (``Akkutechnik: Hat Quantumscape …`` and, further down,
    ``Hat Quantumscape …``)."""
    for cut in _KICKER_CUTS.finditer(text):
        headline = text[cut.end() :]
        words = word_count(headline)
        if prints.get(headline) and words >= MIN_PRINTED_WORDS:
            prefix = text[: cut.start()]
            # A kicker is short beside its headline; a title's first half is not.
            if 2 * word_count(prefix) > words:
                return None
            return TitleSplit(kicker=prefix.strip(), headline=headline)
    return None


def _score(state: State, above: list[int], place: int, prints: int) -> float:
    line = state.lines[above[place]]
    text = line.text
    words = word_count(text)
    roles = state.roles
    # Read no further than META_REACH lines below: most candidates have a story's header
    # and more between them and the story.
    after = (i for i in above[place + 1 :] if roles[i] is not Role.CHROME)
    below = list(itertools.islice(after, META_REACH))
    score = 0.0
    # A byline right under the headline counts fully, one a few lines down less.
    meta_at = next((k for k, i in enumerate(below) if state.roles[i] in META_ROLES), None)
    if meta_at is not None:
        score += META_BELOW * (1 - META_DECAY * meta_at)
    if place > 0 and state.roles[above[place - 1]] in META_ROLES:
        score += META_ABOVE
    # A standfirst (longer prose) right under the line: a headline and its summary.
    if below and state.is_free(below[0]) and word_count(state.lines[below[0]].text) > words:
        score += PROSE_BELOW
    if prints > 1 and words >= MIN_PRINTED_WORDS:
        score += PRINTED_AGAIN
    if MIN_GOOD_WORDS <= words <= MAX_GOOD_WORDS:
        score += GOOD_LENGTH
    # The page's <h1>, unless it is the site's logo (a short link home).
    hints = line.hints
    if (
        hints is not None
        and hints.heading == 1
        and (hints.link_density < LINK_DENSITY or words >= MIN_GOOD_WORDS)
    ):
        score += TOP_HEADING
    if state.page is not None and _declared(text, state.page):
        score += DECLARED
    if _SENTENCE_BREAK.search(text):
        score += SENTENCES
    if text.rstrip("\"'”’»").endswith("."):
        score += FULL_STOP
    if text.endswith((")", "]")):
        score += BRACKETED_END
    # A title between two other titles stands in a list of links (chrome between left out),
    # unless the line below is the longer summary a headline has under it.
    before = next((i for i in reversed(above[:place]) if state.roles[i] is not Role.CHROME), None)
    if (
        before is not None
        and below
        and all(_list_item(state, i) for i in (before, below[0]))
        and word_count(state.lines[below[0]].text) <= words
    ):
        score += IN_A_LIST
    return score


def _declared(text: str, page: PageMeta) -> bool:
    """The page's markup names this line its headline (JSON-LD, og:title, or <title> with
    the site's name after it)."""
    key = text.casefold()
    if any(key == (value or "").casefold() for value in (page.headline, page.alternative_headline)):
        return True
    return page.title is not None and page.title.casefold().startswith(key)


def _list_item(state: State, index: int) -> bool:
    """A free line that is itself a title: the candidate stands in a list of links."""
    return state.is_free(index) and is_title_like(state.lines[index].text)


def _claim_repeats(state: State, after: range) -> None:
    """Later prints of the headline, down to the next story's header, are repeats."""
    text = state.lines[after.start - 1].text
    for index in after:
        if state.lines[index].text == text:
            state.relabel(index, Role.HEADLINE_REPEAT)

"""body: the story's text — the run of lines where prose outweighs everything else.

Each line gets a weight: a paragraph of prose weighs its length; a menu item, a share button
or a stamp costs a fixed amount; an end marker (``Related articles``) costs much more. The
story is the run of lines with the greatest total weight (found in one pass, Kadane's
algorithm), so a few chrome lines inside a story do not cut it, while a menu of fifty items
or a comment box behind ``Leave a Reply`` stays out. Each article found by the pairs rule
gets its own run.

Inside the run, every unclaimed line is body text: subheadings and list items included.
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections.abc import Iterable

from newsparse.bylines import MetaLine
from newsparse.lines import Line
from newsparse.model import FILLER_ROLES, HEADLINE_ROLES, META_ROLES, PICTURE_ROLES, Role
from newsparse.shape import (
    LINK_DENSITY,
    PARAGRAPH_WORDS,
    could_be_headline,
    ends_sentence,
    is_title_like,
    leads_elsewhere,
    measure_prose,
)
from newsparse.state import State

# What one line that is not prose costs a run, in characters of prose.
LINE_COST = 30
# What an end marker costs: a run crosses one only between two long stretches of prose.
BARRIER_COST = 400
# Pictures inside a story cost little, so a gallery does not cut the story in two.
PICTURE_COST = 5
# A paragraph has at least PARAGRAPH_WORDS words and this share of stopwords.
PARAGRAPH_STOPWORDS = 0.12
# Below this average stopword share over the page's longer lines, its language has no list.
MIN_PAGE_STOPWORDS = 0.05
LONG_LINE_WORDS = 25
# The share of capitalised words above which a long line without a sentence's end is a run
# of titles; German prose, which capitalises its nouns, stays well below it.
TITLE_CASE_SHARE = 0.75
COLON_WORDS = 12
SENTENCE_WORDS = 4
# Runs weighed against each other for one article, and the least weight a runner-up needs.
MAX_CANDIDATES = 8
MIN_CANDIDATE = 150.0
# A story's header (byline, stamp, headline) stands this many non-blank lines above it.
HEADER_REACH = 12
# … or among the first lines of the run itself.
HEADER_INSIDE = 4
# A headline over a run says more than a byline or a stamp: a comment has those too.
HEADLINE_POINTS = 2
# Less prose than this (in characters) makes a doubtful story: an index, a list of links.
STORY_WEIGHT = 400.0
# A run before the first headline must hold at least this share of the largest run's weight.
LEADING_SHARE = 0.3
# Lines of prose that may stand above a story's header in its run (a headline and a
# standfirst that end as sentences do).
OPENING_PROSE = 2
# A run with this many headers holds a list of items (comments, teasers), each under its own.
LIST_HEADERS = 3
# A card embedded in the story nests this many levels deeper than the story's paragraphs.
EMBEDDED_LEVELS = 4
# A table: this many lines in a row, each with this many figures, a third of its words.
TABLE_ROWS = 4
ROW_FIGURES = 3
_FIGURE = re.compile(r"(?<!\S)\d")
# What may stand between two bylines or stamps of one header.
BETWEEN_META = FILLER_ROLES | PICTURE_ROLES


def body(state: State) -> None:
    """Find the story's run of lines in each article region and claim it as body text."""
    weights, counts = _weights(state)
    regions = _regions(state)
    found: list[tuple[range, float, float]] = []
    for region in regions:
        runs = [_trim(state, weights, run) for run in candidate_runs(weights, region)]
        if runs:
            scored = [(run, weight, _merit(state, weights, run, weight)) for run, weight in runs]
            found.append(max(scored, key=lambda candidate: candidate[2]))
    if not found:
        return
    if state.page is not None:
        # A saved page holds one article: the best story on it, wherever it stands.
        found = [max(found, key=lambda candidate: candidate[2])]
    # A run above the first headline (a teaser, a site intro) is a story only if it is big.
    leading = state.roles[regions[0].start] is not Role.HEADLINE and found[0][0].start in regions[0]
    largest = max(weight for _, weight, _ in found)
    if leading and len(found) > 1 and found[0][1] < LEADING_SHARE * largest:
        found = found[1:]
    for run, weight, _ in found:
        for index in run:
            if state.is_free(index) and counts[index] >= 2:
                state.claim(index, Role.BODY)
        state.blocks.append(run)
        if weight < STORY_WEIGHT:
            state.notice(
                "low-confidence",
                f"the story holds only {weight:.0f} characters of prose: "
                "this may be an index or a list of links rather than an article",
                run.start,
            )


def candidate_runs(weights: list[float], region: range) -> list[tuple[range, float]]:
    """The heaviest run in ``region``, then the heaviest in what lies on either side, and so
    on: up to MAX_CANDIDATES disjoint runs, each of at least MIN_CANDIDATE weight."""
    found: list[tuple[range, float]] = []
    pending = [region]
    while pending and len(found) < MAX_CANDIDATES:
        part = pending.pop()
        run = heaviest_run(weights, part)
        if run is None or (found and run[1] < MIN_CANDIDATE):
            continue
        found.append(run)
        pending.extend(
            side
            for side in (range(part.start, run[0].start), range(run[0].stop, part.stop))
            if side
        )
    return found


def _merit(state: State, weights: list[float], run: range, weight: float) -> float:
    """A run's weight, raised when the story's header stands at its top (see
    ``_header_factor``), cut when titles stand between its lines (a list of teasers)."""
    merit = weight * _header_factor(state, weights, run)
    lines = [state.lines[i].text for i in run if state.is_free(i)]
    titles = sum(1 for text in lines if not ends_sentence(text) and is_title_like(text))
    if titles * 2 >= len(lines):
        merit /= 2
    return merit


def _header_factor(state: State, weights: list[float], run: range) -> float:
    """1, plus HEADLINE_POINTS for a headline and 1 for a byline or stamp at the run's top or
    just above it, with no prose between: where a story's header stands. A comment far
    below the headline has the story's prose between the two, and only its own stamp."""
    above: list[int] = []
    for index in itertools.islice(state.non_blank_above(run.start), HEADER_REACH):
        if weights[index] > LINE_COST:  # a paragraph, not a line of verse
            break
        above.append(index)
    top = [i for i in run if state.roles[i] is not Role.BLANK][:HEADER_INSIDE]
    roles = {state.roles[i] for i in (*above, *top)}
    return 1.0 + HEADLINE_POINTS * bool(roles & HEADLINE_ROLES) + bool(roles & META_ROLES)


def _trim(state: State, weights: list[float], run: tuple[range, float]) -> tuple[range, float]:
    """The story within a run whose lines hold bylines or stamps.

    Headers (a byline, a stamp, or several in a row) cut the run into parts: a standfirst,
    a teaser or an author's bio above the story's own header; the story below it; a
    comment thread further down, each comment under a header of its own. The part that
    weighs most with its header is the story. Among LIST_HEADERS headers or more, every
    part from the second header on is one item of a list, and so is the part under the
    first header unless it outweighs a typical item twice: an item weighs as its share of
    the list. A lone stamp line below the story's first paragraphs (``Updated March 4,
    3:05 pm``) cuts nothing."""
    lines = run[0]
    groups = [g for g in _meta_groups(state, lines) if not _embedded(state, weights, lines, g)]
    groups = _without_inset_stamps(state, weights, lines, groups)
    if not groups:
        return run
    if len(groups) == 1 and len(groups[0]) == 1 and not _opens(weights, lines, groups[0][0]):
        return run
    cuts = [lines.start, *(i for group in groups for i in (group[0], group[-1] + 1)), lines.stop]
    parts = [range(a, b) for a, b in itertools.pairwise(cuts)][::2]
    found = [
        (k, story)
        for k, part in enumerate(parts)
        if part and (story := heaviest_run(weights, part))
    ]
    if not found:
        return run
    if len(groups) >= LIST_HEADERS:
        typical = statistics.median([weight for k, (_, weight) in found if k >= 2] or [0.0])
        found = [
            (k, (story, weight / len(groups)))
            if k >= 2 or (k == 1 and weight < 2 * typical)
            else (k, (story, weight))
            for k, (story, weight) in found
        ]
    return max(
        (story for _, story in found),
        key=lambda story: story[1] * _header_factor(state, weights, story[0]),
    )


def _without_inset_stamps(
    state: State, weights: list[float], lines: range, groups: list[list[int]]
) -> list[list[int]]:
    """The header groups less the lone stamps set into a story: a video's ``14 hours ago``
    with a story's worth of prose (STORY_WEIGHT) on either side of it, up to the next header.
    A comment's stamp names the commenter (``Mike 07.16.12 at 21:12``)."""
    cuts = [lines.start, *(g[0] for g in groups), lines.stop]
    kept = []
    for number, group in enumerate(groups):
        above = range(cuts[number], group[0])
        below = range(group[-1] + 1, cuts[number + 2])
        if not (
            len(group) == 1
            and state.roles[group[0]] is Role.STAMP
            and _card_stamp(state, group[0])
            and _prose(weights, above) >= STORY_WEIGHT
            and _prose(weights, below) >= STORY_WEIGHT
        ):
            kept.append(group)
    return kept


def _card_stamp(state: State, index: int) -> bool:
    """A card's stamp: one stamp and nothing else on its line, under the card's title (a
    video's). A comment's stamp has the commenter's name on its line or above it."""
    payload = state.payloads.get(index)
    if not isinstance(payload, MetaLine) or len(payload.stamps) != 1:
        return False
    if payload.stamps[0].raw != state.lines[index].text.strip():
        return False
    above = next(state.non_blank_above(index), None)
    if above is None:
        return False
    # A title, not a teaser's sentence nor a row of links ("One comment | Comments RSS").
    title = state.lines[above].text
    return (
        could_be_headline(title, state.vocabulary)
        and not ends_sentence(title)
        and " | " not in title
    )


def _prose(weights: list[float], lines: range) -> float:
    return sum(weights[i] for i in lines if weights[i] > LINE_COST)


def _opens(weights: list[float], lines: range, index: int) -> bool:
    """Whether a byline or stamp opens the run's story: at most a headline and a standfirst
    that read as prose stand above it in the run."""
    prose = sum(1 for i in range(lines.start, index) if weights[i] > LINE_COST)
    return prose <= OPENING_PROSE


def _embedded(state: State, weights: list[float], lines: range, group: list[int]) -> bool:
    """On HTML, whether a group of bylines or stamps belongs to a card embedded in the story
    (a video with its date): nested EMBEDDED_LEVELS deeper than the paragraphs on either
    side of it, which share one parent element."""
    before = next((i for i in range(group[0] - 1, lines.start - 1, -1) if weights[i] > 0), None)
    after = next((i for i in range(group[-1] + 1, lines.stop) if weights[i] > 0), None)
    if before is None or after is None:
        return False
    above, below = state.lines[before].hints, state.lines[after].hints
    if above is None or below is None or above.path[:-1] != below.path[:-1]:
        return False
    deep = len(above.path) + EMBEDDED_LEVELS
    return all(
        (hints := state.lines[i].hints) is not None and len(hints.path) >= deep for i in group
    )


def _meta_groups(state: State, lines: range) -> list[list[int]]:
    """The bylines and stamps in ``lines``, those standing together (nothing but blank
    lines, chrome or pictures between them) in one group: a story's header."""
    groups: list[list[int]] = []
    for index in lines:
        if state.roles[index] not in META_ROLES:
            continue
        if groups and all(state.roles[i] in BETWEEN_META for i in range(groups[-1][-1] + 1, index)):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def heaviest_run(weights: list[float], region: range) -> tuple[range, float] | None:
    """The run within ``region`` with the greatest positive total weight, and that total."""
    best, best_start, best_stop = 0.0, 0, 0
    total, start = 0.0, region.start
    for index, weight in zip(region, map(weights.__getitem__, region), strict=True):
        if total <= 0:
            total, start = 0.0, index
        total += weight
        if total > best:
            best, best_start, best_stop = total, start, index + 1
    if best <= 0:
        return None
    return range(best_start, best_stop), best


def _regions(state: State) -> list[range]:
    """The input cut at each headline the pairs rule found: one region per article."""
    cuts = [i for i, role in enumerate(state.roles) if role is Role.HEADLINE]
    bounds = [0, *cuts, len(state.lines)]
    return [range(a, b) for a, b in itertools.pairwise(bounds) if b > a]


def _weights(state: State) -> tuple[list[float], list[int]]:
    """Every line's weight, in one pass; then links and tables as the whole page shows them.
    And the word count of every free line (0 for the others)."""
    lines, roles = state.lines, state.roles
    stopwords = state.vocabulary.stopwords
    counts = [0] * len(lines)
    shares: dict[int, float] = {}
    for index, (line, role) in enumerate(zip(lines, roles, strict=True)):
        if role is None:
            counts[index], share = measure_prose(line.text, stopwords, PARAGRAPH_WORDS)
            if share is not None:
                shares[index] = share
    # A language the vocabulary lacks has no stopwords to count; judge its prose by shape.
    counts_stopwords = bool(shares) and sum(shares.values()) / len(shares) >= MIN_PAGE_STOPWORDS
    comments = _comment_words(state)
    weights = []
    linked: list[int] = []  # free lines that are mostly links
    rows: list[int] = []  # free lines of figures
    next_role: Role | None = None  # the role of the next non-blank line
    for index in range(len(lines) - 1, -1, -1):
        role, line = roles[index], lines[index]
        text = line.text
        if role is Role.BLANK:
            weights.append(0.0)
            continue
        if role in PICTURE_ROLES:
            weights.append(-PICTURE_COST)
        elif role is not None:
            weights.append(-BARRIER_COST if index in state.barriers else -LINE_COST)
        elif next_role in META_ROLES and is_title_like(text):
            # A title right above a byline or stamp is a headline, even one that ends in
            # a quotation ("… win this game”").
            weights.append(-LINE_COST)
        elif line.hints is not None and not comments.isdisjoint(line.hints.words):
            weights.append(-LINE_COST)  # a reader's comment
        else:
            share = shares.get(index) if counts_stopwords else None
            weights.append(_prose_weight(text, counts[index], share))
            if line.hints is not None and line.hints.link_density >= LINK_DENSITY:
                linked.append(index)
            elif _row(text):
                rows.append(index)
        next_role = role
    weights.reverse()
    # A line of links leads to other pages.
    for index in _leading_elsewhere(state, linked, shares):
        weights[index] = -LINE_COST
    for table in _tables(state, rows[::-1]):
        for index in table:
            weights[index] = 0.0
    return weights, counts


def _comment_words(state: State) -> frozenset[str]:
    """On HTML, the class words of a reader's comment thread that the page's headline does
    not stand in: lines carrying one are comments, not the story."""
    index = state.first(Role.HEADLINE, range(len(state.lines)))
    headline = None if index is None else state.lines[index]
    if headline is None or headline.hints is None:
        return frozenset()
    return state.vocabulary.comment_words - headline.hints.words


def _tables(state: State, rows: list[int]) -> list[list[int]]:
    """Runs of TABLE_ROWS or more lines of figures (``3 Kevin Harvick 5033 4 6 15 26``), blank
    lines between them: the rows of a table, which a story holds as it holds a subheading.
    They weigh nothing, so the story runs across its table."""
    tables: list[list[int]] = []
    run: list[int] = []
    for index in rows:
        if run and any(state.lines[i].text for i in range(run[-1] + 1, index)):
            if len(run) >= TABLE_ROWS:
                tables.append(run)
            run = []
        run.append(index)
    if len(run) >= TABLE_ROWS:
        tables.append(run)
    return tables


def _row(text: str) -> bool:
    # A row opens or ends with a figure: a quick test before counting them.
    if not (text[0].isdigit() or text[-1].isdigit()):
        return False
    figures = len(_FIGURE.findall(text))
    return figures >= ROW_FIGURES and figures * 3 >= text.count(" ") + 1


def _leading_elsewhere(state: State, linked: list[int], long_lines: Iterable[int]) -> list[int]:
    """Of the free lines that are mostly links (HTML only), those that lead elsewhere:
    teasers, menus. A page may wrap its whole story in links: when most of its long lines
    are links, a linked sentence in a paragraph of its own is still the story's."""
    if not linked:
        return []
    linked_set = set(linked)
    long_chars = linked_chars = 0
    for index in long_lines:
        long_chars += len(state.lines[index].text)
        linked_chars += len(state.lines[index].text) if index in linked_set else 0
    if 2 * linked_chars < long_chars:
        return [index for index in linked if leads_elsewhere(state.lines[index])]
    return [index for index in linked if not _sentence_in_paragraph(state.lines[index])]


def _sentence_in_paragraph(line: Line) -> bool:
    return line.hints is not None and line.hints.tag == "p" and ends_sentence(line.text)


def _run_of_titles(text: str) -> bool:
    """A long line that ends no sentence and whose words nearly all open with a capital:
    the titles of a menu or a list of links copied as one line (``Storm Shuts Harbour
    Ferries Wait Offshore Schools Stay Closed …``), not prose."""
    words = text.split()
    capitals = sum(1 for word in words if word[:1].isupper())
    return capitals >= TITLE_CASE_SHARE * len(words)


def _prose_weight(text: str, words: int, share: float | None) -> float:
    """The weight of an unclaimed line of ``words`` words; ``share`` is its stopword share,
    None when the page's language has no stopword list (or the line is too short to judge
    by it)."""
    if words < SENTENCE_WORDS:  # too short for either kind of prose below
        return -LINE_COST
    # A line cut short with an ellipsis is a teaser of another story, not a sentence; a long
    # one that ends with a colon opens a list or a quotation ("… the library shared these:").
    opens_list = words >= COLON_WORDS and text.endswith(":")
    sentence = (ends_sentence(text) or opens_list) and not text.endswith(("...", "…"))
    long_enough = words >= PARAGRAPH_WORDS and (
        sentence or (words >= LONG_LINE_WORDS and not _run_of_titles(text))
    )
    if long_enough and (share is None or share >= PARAGRAPH_STOPWORDS):
        return float(len(text))
    # A line that breaks off mid-sentence (a verse, a hard-wrapped paragraph) is prose too.
    if (sentence or text.endswith((",", ";"))) and words >= SENTENCE_WORDS:
        return len(text) / 2
    return -LINE_COST

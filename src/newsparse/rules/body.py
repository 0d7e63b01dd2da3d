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

from newsparse.model import Role
from newsparse.rules.shape import ends_sentence, is_title_like, stopword_share, word_count
from newsparse.state import State

# What one line that is not prose costs a run, in characters of prose.
LINE_COST = 30
# What an end marker costs: a run crosses one only between two long stretches of prose.
BARRIER_COST = 400
# Pictures inside a story cost little, so a gallery does not cut the story in two.
PICTURE_COST = 5
PICTURE_ROLES = frozenset({Role.CAPTION, Role.CREDIT, Role.GALLERY_COUNTER})
# A paragraph has at least this many words and this share of stopwords.
PARAGRAPH_WORDS = 8
PARAGRAPH_STOPWORDS = 0.12
# Below this average stopword share over the page's longer lines, its language has no list.
MIN_PAGE_STOPWORDS = 0.05
LONG_LINE_WORDS = 25
SENTENCE_WORDS = 4
# Runs weighed against each other for one article, and the least weight a runner-up needs.
MAX_CANDIDATES = 8
MIN_CANDIDATE = 150.0
# A story's header (byline, stamp, headline) stands this many non-blank lines above it.
HEADER_REACH = 12
# … or among the first lines of the run itself.
HEADER_INSIDE = 4
META_ROLES = frozenset({Role.BYLINE, Role.STAMP})
HEADER_ROLES = META_ROLES | {Role.HEADLINE, Role.HEADLINE_REPEAT}
# Less prose than this (in characters) makes a doubtful story: an index, a list of links.
STORY_WEIGHT = 400.0
# A run before the first headline must hold at least this share of the largest run's weight.
LEADING_SHARE = 0.3


def body(state: State) -> None:
    """Find the story's run of lines in each article region and claim it as body text."""
    weights = _weights(state)
    regions = _regions(state)
    found: list[tuple[range, float]] = []
    for region in regions:
        runs = candidate_runs(weights, region)
        if runs:
            best = max(runs, key=lambda r: _merit(state, *r))
            found.append(_end_at_inner_meta(state, weights, _start_below_header(state, best)))
    if not found:
        return
    # A run above the first headline (a teaser, a site intro) is a story only if it is big.
    leading = state.roles[regions[0].start] is not Role.HEADLINE and found[0][0].start in regions[0]
    largest = max(weight for _, weight in found)
    if leading and len(found) > 1 and found[0][1] < LEADING_SHARE * largest:
        found = found[1:]
    for run, weight in found:
        for index in run:
            if state.is_free(index) and word_count(state.lines[index].text) >= 2:
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


def _merit(state: State, run: range, weight: float) -> float:
    """A run's weight, doubled when a byline, stamp or headline stands at its top (the
    story's header), cut when titles or stamps stand between its lines (a list of teasers)."""
    merit = weight
    above = list(itertools.islice(state.non_blank_above(run.start), HEADER_REACH))
    inside = [i for i in run if state.roles[i] is not Role.BLANK]
    top, rest = inside[:HEADER_INSIDE], inside[HEADER_INSIDE:]
    if any(state.roles[i] in HEADER_ROLES for i in [*above, *top]):
        merit *= 2
    lines = [state.lines[i].text for i in inside if state.is_free(i)]
    titles = sum(1 for text in lines if is_title_like(text) and not ends_sentence(text))
    if titles * 2 >= len(lines):
        merit /= 2
    # Several bylines or stamps further down: a list of stories, each with its own.
    inner_meta = sum(1 for i in rest if state.roles[i] in META_ROLES)
    if inner_meta > 1:
        merit /= inner_meta
    return merit


def _start_below_header(state: State, run: tuple[range, float]) -> tuple[range, float]:
    """Start a run below the byline or stamp among its first lines: prose above them is the
    standfirst, not the story."""
    top = [i for i in run[0] if state.roles[i] not in {Role.BLANK, Role.CHROME}][:HEADER_INSIDE]
    header = [i for i in top if state.roles[i] in META_ROLES]
    if not header or header[-1] + 1 >= run[0].stop:
        return run
    return range(header[-1] + 1, run[0].stop), run[1]


def _end_at_inner_meta(
    state: State, weights: list[float], run: tuple[range, float]
) -> tuple[range, float]:
    """Cut a run at the first of several bylines or stamps below its top: what follows (a
    comment thread, a list of other stories with their dates) is not this story."""
    inside = [i for i in run[0] if state.roles[i] is not Role.BLANK]
    inner_meta = [i for i in inside[HEADER_INSIDE:] if state.roles[i] in META_ROLES]
    if len(inner_meta) < 2:
        return run
    return heaviest_run(weights, range(run[0].start, inner_meta[0])) or run


def heaviest_run(weights: list[float], region: range) -> tuple[range, float] | None:
    """The run within ``region`` with the greatest positive total weight, and that total."""
    best, best_start, best_stop = 0.0, 0, 0
    total, start = 0.0, region.start
    for index in region:
        if total <= 0:
            total, start = 0.0, index
        total += weights[index]
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


def _weights(state: State) -> list[float]:
    stopwords = state.vocabulary.stopwords
    shares = {
        index: stopword_share(line.text, stopwords)
        for index, line in enumerate(state.lines)
        if state.is_free(index) and word_count(line.text) >= PARAGRAPH_WORDS
    }
    # A language the vocabulary lacks has no stopwords to count; judge its prose by shape.
    counts_stopwords = bool(shares) and sum(shares.values()) / len(shares) >= MIN_PAGE_STOPWORDS
    weights = []
    next_role: Role | None = None  # the role of the next non-blank line
    for index in range(len(state.lines) - 1, -1, -1):
        role, text = state.roles[index], state.lines[index].text
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
        else:
            share = shares.get(index) if counts_stopwords else None
            weights.append(_prose_weight(text, share))
        next_role = role
    weights.reverse()
    return weights


def _prose_weight(text: str, share: float | None) -> float:
    """The weight of an unclaimed line; ``share`` is its stopword share, None when the
    page's language has no stopword list (or the line is too short to judge by it)."""
    words = word_count(text)
    # A line cut short with an ellipsis is a teaser of another story, not a sentence.
    sentence = ends_sentence(text) and not text.endswith(("...", "…"))
    long_enough = words >= PARAGRAPH_WORDS and (sentence or words >= LONG_LINE_WORDS)
    if long_enough and (share is None or share >= PARAGRAPH_STOPWORDS):
        return float(len(text))
    if sentence and words >= SENTENCE_WORDS:
        return len(text) / 2
    return -LINE_COST

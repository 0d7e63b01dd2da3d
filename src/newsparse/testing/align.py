"""Pairing the items of two runs that changed, each with the one most like it, in order.

``differences`` finds the items two lists hold equal; what lies between is paired here::

    >>> pair_by_likeness(["Snow fell.", "Buses stopped in the hills."], ["Buses stopped."])
    [(0, None), (1, 0)]
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

# Runs longer than this (golden × parsed) pair by position: aligning them by content would
# take too long.
MAX_ALIGNED_PAIRS = 40_000


def pair_by_likeness(
    golden: Sequence[object], parsed: Sequence[object], ignore: str | None = None
) -> list[tuple[int | None, int | None]]:
    """Which golden item each parsed item is, in a run of items that changed, in order; an
    item paired with None is on one side only.

    Each item pairs with the one most like it (``_likeness``), so a lost article does not
    read as every later article changed and a paragraph dropped beside one edited does not
    read as the edited one replaced. Alignment keeps order: it is a longest common
    subsequence weighted by likeness, computed only for runs small enough to do so quickly;
    longer runs pair by position.
    """
    if len(golden) * len(parsed) > MAX_ALIGNED_PAIRS:
        paired = min(len(golden), len(parsed))
        return [
            *((i, i) for i in range(paired)),
            *((i, None) for i in range(paired, len(golden))),
            *((None, i) for i in range(paired, len(parsed))),
        ]
    alike = [[_likeness(g, p, ignore) for p in parsed] for g in golden]
    best = [[0.0] * (len(parsed) + 1) for _ in range(len(golden) + 1)]
    for g in range(len(golden) - 1, -1, -1):
        for p in range(len(parsed) - 1, -1, -1):
            together = best[g + 1][p + 1] + alike[g][p] if alike[g][p] else 0.0
            best[g][p] = max(best[g + 1][p], best[g][p + 1], together)
    pairs: list[tuple[int | None, int | None]] = []
    g = p = 0
    while g < len(golden) and p < len(parsed):
        if alike[g][p] and best[g][p] == best[g + 1][p + 1] + alike[g][p]:
            pairs.append((g, p))
            g, p = g + 1, p + 1
        elif best[g][p] == best[g + 1][p]:
            pairs.append((g, None))
            g += 1
        else:
            pairs.append((None, p))
            p += 1
    pairs += [(i, None) for i in range(g, len(golden))]
    pairs += [(None, i) for i in range(p, len(parsed))]
    return pairs


def _likeness(golden: object, parsed: object, ignore: str | None) -> float:
    """How much two items of a changed run are alike; 0 keeps them apart.

    Objects score a point for each field they share (the field ``ignore`` aside: a line's
    number moves when a line above it is added) and part of a point for a text field whose
    words mostly agree, and pair only when they score. Two strings always pair, best with
    the one sharing most words; anything else pairs by position.
    """
    if isinstance(golden, dict) and isinstance(parsed, dict):
        return sum(
            _field_likeness(value, parsed[key])
            for key, value in golden.items()
            if key in parsed and key != ignore
        )
    if isinstance(golden, str) and isinstance(parsed, str):
        return 1 + _word_overlap(golden, parsed)
    return 1.0


def _field_likeness(golden: object, parsed: object) -> float:
    if golden == parsed:
        return 1.0
    if isinstance(golden, str) and isinstance(parsed, str):
        return _word_overlap(golden, parsed)
    return 0.0


def _word_overlap(golden: str, parsed: str) -> float:
    """The share of their distinct words two texts have in common, from 0 to 1."""
    one, other = _words(golden), _words(parsed)
    return len(one & other) / len(one | other) if one or other else 1.0


@functools.lru_cache(maxsize=4096)
def _words(text: str) -> frozenset[str]:
    return frozenset(text.casefold().split())

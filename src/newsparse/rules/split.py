"""split: article boundaries. Each story block opens an article at its headline (or, with no
headline, where the lines above it start). What stands before the first headline (menus, a
site banner) belongs to the first article, and what follows a story up to the next headline
belongs to that story, so no line falls outside an article."""

from __future__ import annotations

from newsparse.state import State


def split(state: State) -> None:
    """Set ``state.starts`` to the first line of each article."""
    starts = [zone.start if top is None else top for top, zone in state.headers()]
    if starts:
        starts[0] = 0
    state.starts = starts or [0]

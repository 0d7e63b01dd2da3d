"""split: article boundaries. Each headline opens an article; what precedes the first headline
(menus, a site banner) belongs to the first article, so no line falls outside an article."""

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import State


def split(state: State) -> None:
    """Set ``state.starts`` to the first line of each article."""
    starts = [index for index, role in enumerate(state.roles) if role is Role.HEADLINE]
    if starts:
        starts[0] = 0
    state.starts = starts or [0]

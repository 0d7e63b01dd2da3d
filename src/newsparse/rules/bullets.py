"""bullets: the summary points under a headline, e.g. ``  • MoUs span vocational education``.

Only marker-led lines between a headline and the first line of prose are summary bullets; a
bulleted list inside the story is body text. This rule runs before the body rule so the
points do not read as the story's first paragraphs.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.shape import bullet_text, is_prose
from newsparse.state import State

# How far below the headline summary bullets may start.
MAX_LINES_AFTER_HEADLINE = 40


def bullets(state: State) -> None:
    """Claim marker-led lines after each headline, up to the first prose line, as bullets."""
    markers = state.vocabulary.bullet_markers
    headline = Role.HEADLINE
    tops = [top for top, role in enumerate(state.roles) if role is headline]
    for top in tops:
        for index in range(top + 1, min(len(state.lines), top + MAX_LINES_AFTER_HEADLINE)):
            if state.roles[index] is Role.HEADLINE:
                break
            if not state.is_free(index):
                continue
            text = state.lines[index].text
            point = bullet_text(text, markers)
            if point:
                state.claim(index, Role.BULLET, point)
            elif is_prose(text):
                break

"""pairs: a headline printed twice with only page furniture between the two prints.

News pages print the headline twice (a share card or gallery, then the article)::

    Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad
    1 / 2
    … caption (PTV News)
    Short Url
    Updated 26 November 2024
    Belarus, Pakistan sign 15 agreements during Lukashenko’s visit to Islamabad

Such a pair is the strongest sign that an article starts, and is how a dump of several
articles is cut apart. A title repeated across a menu (``Back to main menu`` between menu
items) is no pair: only blank lines, chrome, stamps, bylines and captions may stand between.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.rules.shape import is_title_like
from newsparse.state import State

# How far apart (in lines) the two prints of one headline may stand.
REPEAT_WINDOW = 25
FURNITURE = frozenset(
    {Role.BLANK, Role.CHROME, Role.STAMP, Role.BYLINE, Role.CAPTION, Role.CREDIT,
     Role.GALLERY_COUNTER}
)  # fmt: skip


def pairs(state: State) -> None:
    """Claim each title printed twice, furniture between, as headline + repeat."""
    last_seen: dict[str, int] = {}
    current: str | None = None  # the latest headline: its later prints are repeats
    for index, line in enumerate(state.lines):
        text = line.text
        if not state.is_free(index) or not is_title_like(text):
            continue
        if text == current:
            state.claim(index, Role.HEADLINE_REPEAT)
            continue
        earlier = last_seen.get(text)
        last_seen[text] = index
        if earlier is None or index - earlier > REPEAT_WINDOW:
            continue
        if all(state.roles[i] in FURNITURE for i in range(earlier + 1, index)):
            state.claim(earlier, Role.HEADLINE)
            state.claim(index, Role.HEADLINE_REPEAT)
            current = text

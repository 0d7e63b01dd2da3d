"""stamps: publication and update stamps.

Updated 26 November 2024      → updated 2024-11-26
Updated 8 sec ago             → updated now - 8 s (unresolved without ``now``)
Published 3:05 PM EST, Tue November 19, 2019
"""

from __future__ import annotations

from newsparse.dates import MAX_STAMP_CHARS, read_stamp
from newsparse.model import Role
from newsparse.state import State


def stamps(state: State) -> None:
    """Claim a line that is only a (labelled) date; its Stamp keeps the raw text and the value."""
    for index, line in enumerate(state.lines):
        text = line.text
        if len(text) > MAX_STAMP_CHARS + 30 or not state.is_free(index):
            continue
        stamp = read_stamp(text, state.vocabulary, state.now)
        if stamp is None:
            continue
        state.claim(index, Role.STAMP, stamp)
        if stamp.relative and stamp.value is None:
            state.notice(
                "relative-stamp-unresolved",
                f"{text!r} is relative; pass now= to place it in time",
                index,
            )

"""end_markers: lines that close a story and open a box of links, comments or tags, e.g.
``Related articles``, ``You may also like...``, ``Leave a Reply``, ``More from Sportsnet``,
``© 2019 Example Media. All rights reserved.``

They are chrome, and they are barriers: the body rule does not run a story across one unless
the text on both sides clearly belongs together.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.shape import ends_sentence, is_copyright_notice
from newsparse.state import State
from newsparse.vocabulary import Vocabulary, folded_key

MAX_MARKER_CHARS = 60
# "© 2019 CBS Interactive Inc. All Rights Reserved.": a copyright notice closes the page. A
# longer line that says so is a paragraph about rights, not the page's notice.
MAX_NOTICE_CHARS = 400


def end_markers(state: State) -> None:
    """Claim end-of-story markers as chrome and record them as barriers."""
    vocabulary = state.vocabulary
    chrome = Role.CHROME
    for index, line in enumerate(state.lines):
        text = line.text
        # Every line of the page meets these tests: the length checks stand here, sparing a
        # call for each line too long to be a marker or a notice.
        if (
            text
            and len(text) <= MAX_NOTICE_CHARS
            and (
                (len(text) <= MAX_MARKER_CHARS and _is_marker(text, vocabulary))
                or is_copyright_notice(text, vocabulary)
            )
            and state.claim(index, chrome)
        ):
            state.barriers.add(index)


def _is_marker(text: str, vocabulary: Vocabulary) -> bool:
    folded = text.casefold()
    if folded_key(folded) in vocabulary.end_markers:
        return True
    # "More from Sportsnet" ends a story; "More on that later." is a sentence of it.
    return folded.startswith(vocabulary.end_marker_prefixes) and not ends_sentence(text)

"""chrome: lines that are page furniture wherever they stand, e.g. ``Short Url``, ``Follow``,
``READ MORE: Storm shuts schools``.

The words live in the vocabulary (``data/*.toml``, keys ``chrome`` and ``chrome_prefixes``);
extend them for a site with ``Parser(extra_chrome=[...])``.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import State
from newsparse.vocabulary import line_key

MAX_CHROME_CHARS = 80


def chrome_words(state: State) -> None:
    """Claim a line that is a chrome phrase of the vocabulary, or opens with a chrome prefix,
    or that the page hides (HTML ``hidden``, ``aria-hidden``, ``display:none``), or that is
    the site's navigation or footer."""
    vocabulary = state.vocabulary
    for index, line in enumerate(state.lines):
        if line.hints is not None and (line.hints.hidden or line.hints.site_chrome):
            state.claim(index, Role.CHROME)
            continue
        text = line.text
        if not text or len(text) > MAX_CHROME_CHARS * 3:
            continue
        if (len(text) <= MAX_CHROME_CHARS and line_key(text) in vocabulary.chrome) or (
            text.casefold().startswith(vocabulary.chrome_prefixes)
        ):
            state.claim(index, Role.CHROME)

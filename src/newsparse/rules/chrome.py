"""chrome: lines that are page furniture wherever they stand, e.g. ``Short Url``, ``Follow``,
``READ MORE: Storm shuts schools``, and rows of buttons copied as one line: ``Copy Link
Copied``.

The words live in the vocabulary (``data/*.toml``, keys ``chrome`` and ``chrome_prefixes``);
extend them for a site with ``Parser(extra_chrome=[...])``.
"""

from __future__ import annotations

from newsparse.model import Role
from newsparse.state import State
from newsparse.vocabulary import Vocabulary, folded_key

MAX_CHROME_CHARS = 80
MAX_RUN_WORDS = 12
MAX_PHRASE_WORDS = 6


def chrome_words(state: State) -> None:
    """Claim a line that is a chrome phrase of the vocabulary, or opens with a chrome prefix,
    or that the page hides (HTML ``hidden``, ``aria-hidden``, ``display:none``), or that is
    the site's navigation or footer."""
    vocabulary = state.vocabulary
    # Read once, not for each line of the page.
    chrome, phrases = Role.CHROME, vocabulary.chrome
    words, prefixes = vocabulary.chrome_word_set, vocabulary.chrome_prefixes
    for index, line in enumerate(state.lines):
        hints = line.hints
        if hints is not None and (hints.hidden or hints.site_chrome):
            state.claim(index, chrome)
            continue
        text = line.text
        if not text or len(text) > MAX_CHROME_CHARS * 3:
            continue
        folded = text.casefold()
        if len(text) <= MAX_CHROME_CHARS:
            key = folded_key(folded)
            if key in phrases or (
                key.partition(" ")[0] in words and _chrome_phrases(key, vocabulary)
            ):
                state.claim(index, chrome)
                continue
        if folded.startswith(prefixes):
            state.claim(index, chrome)


def _chrome_phrases(key: str, vocabulary: Vocabulary) -> bool:
    """Whether a line is several chrome phrases run together, as a copy of a row of
    buttons gives them: ``Copy Link Copied``, ``Share Email Print``."""
    words = key.split()
    if not 2 <= len(words) <= MAX_RUN_WORDS or not vocabulary.chrome_word_set.issuperset(words):
        return False
    phrases = vocabulary.chrome_words
    # ends[i]: the first i words are chrome phrases one after another.
    ends = [True] + [False] * len(words)
    for stop in range(1, len(words) + 1):
        ends[stop] = any(
            ends[start] and " ".join(words[start:stop]) in phrases
            for start in range(max(0, stop - MAX_PHRASE_WORDS), stop)
        )
    return ends[-1]

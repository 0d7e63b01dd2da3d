"""The text front end: copied page text (Playwright ``inner_text``, select-all + copy) → Lines.

Copied text has no markup, so its Lines carry no hints; every line of the input, blank ones
included, becomes one Line, numbered as an editor numbers it.
"""

from __future__ import annotations

from newsparse.lines import Line, split_lines
from newsparse.sources.decode import check_text, decode


def text_lines(data: str | bytes | bytearray | memoryview, max_chars: int) -> list[Line]:
    """Lines of a copied-text input, after checking (str) or decoding (bytes) it."""
    if isinstance(data, str):
        text = check_text(data, max_chars)
    elif isinstance(data, bytes | bytearray | memoryview):
        text = decode(bytes(data), max_chars)
    else:
        raise TypeError(f"expected the page text as str or bytes, got {type(data).__name__}")
    return split_lines(text)

"""Letter classes for regular expressions that hold for every script.

Python's ``re`` has no ``\\p{Lu}``, and ``[A-Z]`` misses the capitals of ``МОСКВА`` and
``ΑΘΗΝΑ``; ``UPPER`` and ``LOWER`` hold every capital and small letter of the Basic
Multilingual Plane (where every script a news page is written in has its cased letters)::

    re.compile(rf"[.!?] {UPPER}")  # a sentence break: "… ended. Then", "… ended. Затем"
"""

from __future__ import annotations

from collections.abc import Callable


def _letter_class(test: Callable[[str], bool]) -> str:
    """A character class of every character of the Basic Multilingual Plane that ``test``
    holds for, written as ranges: ``[A-Za-z…]``."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF or not test(chr(code)):
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    body = "".join(
        _escaped(first) if first == last else f"{_escaped(first)}-{_escaped(last)}"
        for first, last in ranges
    )
    return f"[{body}]"


def _escaped(code: int) -> str:
    return f"\\u{code:04x}"


UPPER = _letter_class(str.isupper)
"""A capital letter of any script: ``A``, ``Ä``, ``М``, ``Θ``."""
LOWER = _letter_class(str.islower)
"""A small letter of any script: ``a``, ``ß``, ``м``, ``θ``."""

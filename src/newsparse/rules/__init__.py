"""The default rules, one module each. ``RULES`` maps each rule's pipeline name to its function.

A rule is a plain function ``rule(state) -> None`` that claims roles for lines; see
``newsparse.state.State``. The order they run in is the preset in ``newsparse.pipeline``.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse.ruler import Rule
from newsparse.rules.blank import blank
from newsparse.rules.body import body
from newsparse.rules.bullets import bullets
from newsparse.rules.byline import byline
from newsparse.rules.caption_repair import caption_repair
from newsparse.rules.captions import captions
from newsparse.rules.chrome import chrome_words
from newsparse.rules.dateline import dateline
from newsparse.rules.gallery import gallery
from newsparse.rules.headline import headline
from newsparse.rules.leftover import leftover
from newsparse.rules.split import split
from newsparse.rules.stamps import stamps

RULES: Mapping[str, Rule] = {
    "blank": blank,
    "gallery": gallery,
    "chrome": chrome_words,
    "stamps": stamps,
    "captions": captions,
    "caption_repair": caption_repair,
    "headline": headline,
    "split": split,
    "bullets": bullets,
    "byline": byline,
    "body": body,
    "dateline": dateline,
    "leftover": leftover,
}

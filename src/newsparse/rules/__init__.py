"""The default rules, one module each. ``RULES`` maps each rule's pipeline name to its function.

A rule is a plain function ``rule(state) -> None`` that claims roles for lines; see
``newsparse.state.State``. The order they run in is the preset in ``newsparse.pipeline``.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse.ruler import Rule
from newsparse.rules.authors import authors
from newsparse.rules.blank import blank
from newsparse.rules.body import body
from newsparse.rules.bullets import bullets
from newsparse.rules.caption_repair import caption_repair
from newsparse.rules.captions import captions
from newsparse.rules.chrome import chrome_words
from newsparse.rules.container import container
from newsparse.rules.dateline import dateline
from newsparse.rules.end_markers import end_markers
from newsparse.rules.gallery import gallery
from newsparse.rules.headline import headline
from newsparse.rules.leftover import leftover
from newsparse.rules.meta import meta
from newsparse.rules.pairs import pairs
from newsparse.rules.repeats import repeats
from newsparse.rules.split import split
from newsparse.rules.standfirst import standfirst
from newsparse.rules.strays import strays
from newsparse.rules.title import title

RULES: Mapping[str, Rule] = {
    "blank": blank,
    "gallery": gallery,
    "end_markers": end_markers,
    "chrome": chrome_words,
    "title": title,
    "meta": meta,
    "captions": captions,
    "caption_repair": caption_repair,
    "pairs": pairs,
    "repeats": repeats,
    "body": body,
    "container": container,
    "headline": headline,
    "split": split,
    "bullets": bullets,
    "standfirst": standfirst,
    "authors": authors,
    "strays": strays,
    "dateline": dateline,
    "leftover": leftover,
}

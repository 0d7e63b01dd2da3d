"""The default rules, one module each, and the preset: their order and their contracts.

A rule is a plain function ``rule(state) -> None`` that claims roles for lines; see
``newsparse.state.State``. ``PRESET`` lists the default rules in the order they run, each
with the facts it needs, uses and writes (see ``newsparse.ruler.Contract``). The facts:

- ``lines``, ``page``: the input (``page`` is None for text).
- ``blank``, ``chrome``, ``pictures`` (captions, credits, gallery counters), ``meta``
  (bylines and stamps), ``headlines`` (headlines and their repeats), ``bullets``, ``body``,
  ``standfirst``, ``dateline``: the lines holding those roles.
- ``barriers`` (``State.barriers``), ``blocks`` (``State.blocks``), ``starts``
  (``State.starts``), ``declared`` (``State.declared``): what the rules record beside the
  roles.
"""

from __future__ import annotations

from newsparse.ruler import Contract, Rule
from newsparse.rules.authors import authors
from newsparse.rules.blank import blank
from newsparse.rules.body import body
from newsparse.rules.bullets import bullets
from newsparse.rules.caption_repair import caption_repair
from newsparse.rules.captions import captions
from newsparse.rules.chrome import chrome_words
from newsparse.rules.container import container
from newsparse.rules.dateline import dateline
from newsparse.rules.declared import declared
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

_HEADER = ("meta", "blank", "pictures")

PRESET: tuple[tuple[str, Rule, Contract], ...] = (
    ("blank", blank, Contract(writes="blank")),
    ("gallery", gallery, Contract(writes="pictures")),
    ("end_markers", end_markers, Contract(writes=("chrome", "barriers"))),
    ("chrome", chrome_words, Contract(writes="chrome")),
    ("title", title, Contract(uses="page", writes="headlines")),
    ("meta", meta, Contract(writes="meta")),
    ("captions", captions, Contract(uses=("blank", "pictures"), writes="pictures")),
    ("caption_repair", caption_repair, Contract(uses="pictures", writes="pictures")),
    ("pairs", pairs, Contract(uses=(*_HEADER, "chrome", "page"), writes="headlines")),
    ("repeats", repeats, Contract(uses="headlines", writes=("chrome", "headlines"))),
    ("bullets", bullets, Contract(uses="headlines", writes="bullets")),
    (
        "body",
        body,
        Contract(uses=(*_HEADER, "headlines", "barriers", "page"), writes=("body", "blocks")),
    ),
    (
        "container",
        container,
        Contract(
            needs=("blocks", "body"),
            uses=(*_HEADER, "headlines", "barriers"),
            writes=("body", "blocks", "chrome"),
        ),
    ),
    (
        "headline",
        headline,
        Contract(needs="blocks", uses=(*_HEADER, "chrome", "body", "page"), writes="headlines"),
    ),
    ("split", split, Contract(needs="blocks", uses="headlines", writes="starts")),
    (
        "standfirst",
        standfirst,
        Contract(needs="blocks", uses=(*_HEADER, "body"), writes="standfirst"),
    ),
    ("authors", authors, Contract(needs="blocks", uses=(*_HEADER, "standfirst"), writes="meta")),
    ("strays", strays, Contract(needs="blocks", uses=("meta", "blank"), writes="chrome")),
    (
        "dateline",
        dateline,
        Contract(
            needs="blocks",
            uses=("body", "standfirst", "pictures"),
            writes=("dateline", "standfirst", "pictures"),
        ),
    ),
    ("declared", declared, Contract(uses="page", writes="declared")),
    ("leftover", leftover, Contract(writes="chrome")),
)
"""The default rules in the order they run, with what each reads and writes."""

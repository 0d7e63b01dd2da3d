"""declared: what an HTML page's metadata says about its article's printed fields, and
whether it wins over what the page prints.

A page declares its headline, dates and authors in JSON-LD, OpenGraph and meta tags::

    "datePublished": "2021-03-04T07:15:00+00:00"  ← published: wins over a printed stamp
    "dateModified": "0001-01-01T00:00:00Z"        ← a placeholder: nothing declared
    "author": "Ann Lee, Riverside.com"            ← authors (Ann Lee): win over the bylines
    <title>Storm closes schools - Riverside Gazette</title>
                                                   ← headline: only when none is printed

Declared dates are machine-written and carry their time zone, so they win over printed
ones; declared authors win too (assemble keeps the bylines when they name them and more).
The headline is the one the reader sees: the declared one only fills in. Disable this rule
and an article holds what its page prints; replace it to choose otherwise.
"""

from __future__ import annotations

from datetime import datetime

from newsparse.bylines import clean_names
from newsparse.state import Declared, State

# What a <title> puts between the headline and the site's name (the last of them counts);
# a full-width bar needs no spaces (``大雪で休校｜東京ニュース``).
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " : ", "｜")
# A <title>'s last part of at most this many words is the site's name.
SITE_NAME_WORDS = 3
# Declared dates outside these years are placeholders or typos, not publication dates.
FIRST_NEWS_YEAR, LAST_YEAR = 1990, 2100


def declared(state: State) -> None:
    """Record the page's declared headline, dates and authors, and whether each wins."""
    page = state.page
    if page is None:
        return
    headline = page.headline or _without_site_name(page.title, page.site_name)
    people = {
        name.casefold(): name
        for value in page.authors
        for name in clean_names(value, state.vocabulary)
    }
    found = {
        "headline": Declared(headline, wins=False) if headline else None,
        "published": _dated(page.published),
        "updated": _dated(page.modified),
        "authors": Declared(tuple(people.values()), wins=True) if people else None,
    }
    state.declared.update({field: value for field, value in found.items() if value is not None})


def _without_site_name(title: str | None, site_name: str | None) -> str | None:
    """``Storm closes schools - Riverside Gazette`` → ``Storm closes schools``: a <title>
    ends with the site's name after a dash or a bar."""
    if title is None:
        return None
    cut, separator = max((title.rfind(separator), separator) for separator in _TITLE_SEPARATORS)
    if cut < 0:
        return title
    tail = title[cut + len(separator) :]
    named = tail.casefold() == (site_name or "").casefold()
    return title[:cut] if named or len(tail.split()) <= SITE_NAME_WORDS else title


def _dated(value: datetime | None) -> Declared | None:
    """A declared date, unless it is a placeholder such as ``0001-01-01``."""
    if value is None or not FIRST_NEWS_YEAR <= value.year <= LAST_YEAR:
        return None
    return Declared(value, wins=True)

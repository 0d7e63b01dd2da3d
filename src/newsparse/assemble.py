"""assemble: the one place that turns the roles the rules gave into Articles."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsparse.bylines import MetaLine, clean_names
from newsparse.model import Article, Image, LineRecord, PageMeta, Role, Stamp, StampKind
from newsparse.state import DatelineSplit, GalleryPosition, State, TitleSplit
from newsparse.vocabulary import Vocabulary

# What a <title> puts between the headline and the site's name (the last of them counts).
_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " : ")
# Declared dates outside these years are placeholders or typos, not publication dates.
FIRST_NEWS_YEAR, LAST_YEAR = 1990, 2100


def assemble(state: State) -> list[Article]:
    """One Article per segment; an input with neither headline nor body gives none. What an
    HTML page declares about itself completes its first article."""
    articles = [_article(state, segment) for segment in state.segments() if segment]
    articles = [a for a in articles if a.headline is not None or a.body]
    if articles and state.page is not None:
        articles[0] = with_declared(articles[0], state.page, state.vocabulary)
    return articles


def with_declared(article: Article, page: PageMeta, vocabulary: Vocabulary) -> Article:
    """Complete an article with what its page declares (JSON-LD, OpenGraph, meta tags).

    The headline is the one the reader sees; the declared one, when it differs, is kept as
    ``seo_title``. Declared dates are machine-written and carry their time zone, so they win
    over printed ones. Declared authors (outlets and job titles taken off, as from a byline)
    win too, unless the bylines name them and more (co-authors the markup left out).
    """
    declared_title = page.headline or _without_site_name(page.title, page.site_name)
    headline = article.headline or declared_title
    seo_title = declared_title if declared_title and not _same(declared_title, headline) else None
    return attrs.evolve(
        article,
        headline=headline,
        seo_title=seo_title,
        published=_plausible(page.published) or article.published,
        updated=_plausible(page.modified) or article.updated,
        authors=_authors(article.authors, page.authors, vocabulary),
        url=page.canonical_url or page.url,
        language=page.language,
        metadata=page,
    )


def _authors(
    printed: tuple[str, ...], declared: tuple[str, ...], vocabulary: Vocabulary
) -> tuple[str, ...]:
    people = {
        name.casefold(): name for value in declared for name in clean_names(value, vocabulary)
    }
    printed_keys = {name.casefold() for name in printed}
    if not people or printed_keys > people.keys():
        return printed
    # A name the byline prints too keeps the byline's spelling ("Ann Lee", not "ANN LEE").
    spelled = {name.casefold(): name for name in printed}
    return tuple(spelled.get(key, name) for key, name in people.items())


def _without_site_name(title: str | None, site_name: str | None) -> str | None:
    """``Storm closes schools - Riverside Gazette`` → ``Storm closes schools``: a <title>
    ends with the site's name after a dash or a bar."""
    if title is None:
        return None
    cut = max(title.rfind(separator) for separator in _TITLE_SEPARATORS)
    if cut < 0:
        return title
    tail = title[cut + 3 :]
    if (site_name and tail.casefold() == site_name.casefold()) or len(tail.split()) <= 3:
        return title[:cut]
    return title


def _plausible(value: datetime | None) -> datetime | None:
    """A declared date, unless it is a placeholder such as ``0001-01-01``."""
    return value if value is not None and FIRST_NEWS_YEAR <= value.year <= LAST_YEAR else None


def _same(one: str, other: str | None) -> bool:
    return other is not None and one.casefold().split() == other.casefold().split()


# The roles whose lines reach a field by their text; all others need a payload to.
_TEXT_FIELDS = frozenset({Role.HEADLINE, Role.BODY, Role.STANDFIRST})


def _article(state: State, segment: range) -> Article:
    lines, roles, payloads = state.lines, state.roles, state.payloads
    headline = kicker = None
    bullets: list[str] = []
    standfirst: list[str] = []
    body: list[str] = []
    metas: list[MetaLine] = []
    images: list[Image] = []
    stray_stamps: list[Stamp] = []  # printed far from the story (see the strays rule)
    dateline = None
    open_counter = False  # the last image came from a counter and awaits its caption
    for index in segment:
        role, payload = roles[index], payloads.get(index)
        # A counted image waits for its caption across blank lines only.
        awaiting, open_counter = open_counter, open_counter and role is Role.BLANK
        if payload is None and role not in _TEXT_FIELDS:
            continue  # most lines of a page: chrome, blank lines
        if role is Role.HEADLINE and headline is None:
            headline = lines[index].text
            if isinstance(payload, TitleSplit):
                headline, kicker = payload.headline, payload.kicker or None
        elif role is Role.BULLET and isinstance(payload, str):
            bullets.append(payload)
        elif role is Role.BODY:
            body.append(lines[index].text)
        elif role is Role.DATELINE and isinstance(payload, DatelineSplit):
            dateline = dateline or payload.dateline
            body.append(payload.rest)
        elif isinstance(payload, MetaLine) and role is Role.CHROME:
            stray_stamps.extend(payload.stamps)
        elif isinstance(payload, MetaLine):
            metas.append(payload)
        elif role is Role.STANDFIRST and isinstance(payload, DatelineSplit):
            dateline = dateline or payload.dateline
            standfirst.append(payload.rest)
        elif role is Role.STANDFIRST:
            standfirst.append(lines[index].text)
        elif role is Role.CREDIT and isinstance(payload, str):
            if images and images[-1].credit is None and not awaiting:
                images[-1] = attrs.evolve(images[-1], credit=payload)
            else:
                images.append(Image(credit=payload))
        elif role is Role.GALLERY_COUNTER and isinstance(payload, GalleryPosition):
            images.append(Image(position=payload.position, total=payload.total))
            open_counter = True
        elif role is Role.CAPTION and isinstance(payload, Image):
            if awaiting:
                counted = images.pop()
                payload = attrs.evolve(payload, position=counted.position, total=counted.total)
            images.append(payload)
    first, last = lines[segment.start].number, lines[segment.stop - 1].number
    return Article(
        headline=headline,
        kicker=kicker,
        bullets=tuple(bullets),
        standfirst=" ".join(standfirst) or None,
        dateline=dateline,
        body=tuple(body),
        published=_first_value([*_signed_first(metas), *stray_stamps], StampKind.PUBLISHED),
        updated=_first_value([*_signed_first(metas), *stray_stamps], StampKind.UPDATED),
        authors=tuple(dict.fromkeys(name for meta in metas for name in meta.authors)),
        images=tuple(images),
        stamps=(*(stamp for meta in metas for stamp in meta.stamps), *stray_stamps),
        notices=tuple(n for n in state.notices if n.line is not None and first <= n.line <= last),
        span=(first, last),
        lines=line_records(state, segment),
    )


def line_records(state: State, segment: range) -> tuple[LineRecord, ...]:
    """The lines of ``segment`` with their roles; a line no rule claimed is unclaimed chrome."""
    return tuple(
        LineRecord(
            state.lines[i].number,
            state.lines[i].text,
            state.roles[i] or Role.CHROME,
            state.rule_names[i] or "unclaimed",
        )
        for i in segment
    )


def _signed_first(metas: list[MetaLine]) -> list[Stamp]:
    """The stamps of the article's metadata lines, those on a byline's line first: a stamp
    beside the author's name is the story's own, while a date alone at the top of the page
    may be the masthead's "today" (``Wednesday, 03 December 2025``)."""
    signed = [stamp for meta in metas if meta.byline for stamp in meta.stamps]
    return [*signed, *(stamp for meta in metas if not meta.byline for stamp in meta.stamps)]


def _first_value(stamps: list[Stamp], kind: StampKind) -> datetime | None:
    return next((s.value for s in stamps if s.kind is kind and s.value is not None), None)

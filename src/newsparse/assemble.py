"""assemble: the one place that turns the roles the rules gave into Articles."""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, time, timedelta
from typing import Any

import attrs

from newsparse.blocks import read_blocks
from newsparse.bylines import MetaLine
from newsparse.dates import in_zone, is_date_only, run_zone
from newsparse.language import bcp47, detect
from newsparse.lines import Line
from newsparse.model import (
    Article,
    Image,
    LineRecord,
    Notice,
    Role,
    Stamp,
    StampKind,
    with_lines_on_read,
)
from newsparse.state import (
    DatelineSplit,
    Declared,
    DeclaredValue,
    GalleryPosition,
    State,
    TitleSplit,
)


class Outcome(enum.StrEnum):
    """How a declared value met the printed one."""

    FILLED = "filled"  # nothing printed: the declared value
    WON = "won"  # a different printed value replaced: a notice says so
    AGREED = "agreed"  # the printed value in the declared form (a date with its time zone)
    SAME = "same"  # the printed value, which the page declares too
    KEPT = "kept"  # the printed value, though the page declares another


@attrs.frozen
class Choice:
    """One field of the first article: what the page prints, what it declares, what the
    article holds and how it came to."""

    field: str
    printed: DeclaredValue | None
    declared: DeclaredValue
    value: DeclaredValue
    outcome: Outcome


def assemble(state: State) -> list[Article]:
    """One Article per segment; an input with neither headline nor body gives none. What an
    HTML page declares about itself completes its first article; every article's dates get
    a time zone, and its language is told by its words when no page declares it."""
    segments, articles = _printed(state)
    if articles and state.page is not None:
        page = state.page
        first = attrs.evolve(
            articles[0],
            url=page.canonical_url or page.url,
            language=bcp47(page.language),
            site_name=page.site_name,
            description=page.description,
            tags=page.keywords,
            section=page.section,
            top_image=Image(url=page.image_urls[0]) if page.image_urls else None,
            metadata=page,
        )
        articles[0] = with_declared(first, state.declared)
    alone = len(articles) == 1
    return [
        with_lines_on_read(
            _zoned(_with_language(article, state, alone), state), _records_of(state, segment)
        )
        for article, segment in zip(articles, segments, strict=True)
    ]


def _with_language(article: Article, state: State, alone: bool) -> Article:
    """The article's language when its page declares none: the one the page was read in
    (``Vocabulary.first``) when the page holds this article alone, else the one its own
    words tell (a dump of several stories may mix languages)."""
    if article.language is not None:
        return article
    if alone and state.vocabulary.language is not None:
        return attrs.evolve(article, language=state.vocabulary.language)
    words = (article.headline or "", article.standfirst or "", *article.body)
    return attrs.evolve(article, language=detect(words, state.vocabulary))


def _zoned(article: Article, state: State) -> Article:
    """The article with a time zone on every date (see ``dates.run_zone``: the clock time,
    so the day, printed is kept) and a ``zone-assumed`` notice when its published or updated
    value had none; ``published_date_only``/``updated_date_only`` say which is a day alone."""
    page = state.page
    declared = (
        []
        if page is None
        else [(page.published_raw, page.published), (page.modified_raw, page.modified)]
    )
    # Every date the article may hold, the page's declared ones first: whether it is a day alone.
    known = [
        (value, raw is not None and is_date_only(raw, value)) for raw, value in declared if value
    ]
    known += [(stamp.value, stamp.date_only) for stamp in article.stamps if stamp.value]
    zone = run_zone(state.now, (value for value, _ in known))
    published, updated = article.published, article.updated
    dates = (("published", published), ("updated", updated))
    naive = [(name, value) for name, value in dates if value and value.tzinfo is None]
    notices = list(article.notices)
    if naive:
        said = f"{' and '.join(name for name, _ in naive)}: printed without a time zone; taken in"
        moment = in_zone(naive[0][1], zone.zone)
        notices.append(Notice("zone-assumed", f"{said} {_zone_name(moment)} ({zone.source})"))
    return attrs.evolve(
        article,
        published=published and in_zone(published, zone.zone),
        updated=updated and in_zone(updated, zone.zone),
        published_date_only=any(only for value, only in known if value == published),
        updated_date_only=any(only for value, only in known if value == updated),
        stamps=tuple(
            attrs.evolve(stamp, value=in_zone(stamp.value, zone.zone)) if stamp.value else stamp
            for stamp in article.stamps
        ),
        notices=tuple(notices),
    )


def _zone_name(moment: datetime) -> str:
    """``UTC``, ``CET``, ``UTC+05:30``: a moment's zone as a notice names it."""
    return moment.tzname() or f"UTC{moment.isoformat()[-6:]}"


def declared_choices(state: State) -> list[Choice]:
    """How the page's declared values met the printed ones in its first article (for
    ``explain``); [] for text, or with the declared rule disabled."""
    _, articles = _printed(state)
    return choices(articles[0], state.declared) if articles and state.page is not None else []


def with_declared(article: Article, declared: Mapping[str, Declared]) -> Article:
    """Complete an article with the values its page declares (see the declared rule): a
    declared value fills a field the page prints nothing for, and replaces a printed one
    when it wins, with a notice when the two differ. The declared headline, when it is not
    the one the reader sees, is kept as ``seo_title``."""
    made = choices(article, declared)
    # Each Choice holds its own field's type: a date for a date, names for authors.
    values: dict[str, Any] = {choice.field: choice.value for choice in made}
    notices = [
        Notice(
            "declared-wins",
            f"{c.field}: printed {shown(c.printed)}; declared {shown(c.declared)}; "
            "the declared value wins",
        )
        for c in made
        if c.outcome is Outcome.WON
    ]
    headline = values.get("headline", article.headline)
    title = declared.get("headline")
    seo_title = (
        title.value
        if title and isinstance(title.value, str) and not _same(title.value, headline)
        else None
    )
    return attrs.evolve(
        article, **values, seo_title=seo_title, notices=(*article.notices, *notices)
    )


def choices(article: Article, declared: Mapping[str, Declared]) -> list[Choice]:
    """For each field the page declares, in the order it declares them: which value the
    article holds."""
    made = []
    for field, entry in declared.items():
        printed = getattr(article, field)
        if not printed:
            made.append(Choice(field, None, entry.value, entry.value, Outcome.FILLED))
            continue
        if not entry.wins:
            value = printed
        elif field == "authors":
            value = _merged(printed, entry.value)
        else:
            value = entry.value
        agree = _agree(printed, entry.value)
        if value == printed:
            outcome = Outcome.SAME if agree else Outcome.KEPT
        else:
            outcome = Outcome.AGREED if agree else Outcome.WON
        made.append(Choice(field, printed, entry.value, value, outcome))
    return made


def _merged(printed: DeclaredValue, declared: DeclaredValue) -> DeclaredValue:
    """Declared authors, unless the bylines name them and more (co-authors the markup left
    out); a name the byline prints too keeps the byline's spelling (``Ann Lee``, not
    ``ANN LEE``)."""
    assert isinstance(printed, tuple)
    assert isinstance(declared, tuple)
    people = {name.casefold(): name for name in declared}
    spelled = {name.casefold(): name for name in printed}
    if spelled.keys() > people.keys():
        return printed
    return tuple(spelled.get(key, name) for key, name in people.items())


def _agree(printed: DeclaredValue, declared: DeclaredValue) -> bool:
    """The same value told two ways: the same people, or one moment (see ``_one_moment``)."""
    if isinstance(printed, tuple) and isinstance(declared, tuple):
        return {n.casefold() for n in printed} == {n.casefold() for n in declared}
    if isinstance(printed, datetime) and isinstance(declared, datetime):
        return _one_moment(printed, declared)
    return isinstance(printed, str) and isinstance(declared, str) and _same(printed, declared)


# Time zones run from UTC-12 to UTC+14: a stamp printed without one may be in any of them,
# a whole number of half hours from UTC. Few pages print seconds.
ZONE_REACH = timedelta(hours=14)
_HALF_HOUR, _MINUTE = timedelta(minutes=30), timedelta(minutes=1)


def _one_moment(one: datetime, other: datetime) -> bool:
    """Two stamps of one moment as pages write them: less than a minute apart; a time
    without a zone in some zone; a day alone (midnight) holding the other moment somewhere
    on earth."""
    if one.time() == time() and other.time() == time():
        return one.date() == other.date()
    if one.time() == time() or other.time() == time():
        day, moment = (one, other) if one.time() == time() else (other, one)
        start = datetime.combine(day.date(), time(), UTC)
        return -ZONE_REACH <= _in_utc(moment) - start < timedelta(days=1) + ZONE_REACH
    gap = abs(_in_utc(one) - _in_utc(other))
    if one.tzinfo and other.tzinfo:
        return gap < _MINUTE
    off = gap % _HALF_HOUR
    return gap < ZONE_REACH + _MINUTE and (off < _MINUTE or _HALF_HOUR - off < _MINUTE)


def _in_utc(stamp: datetime) -> datetime:
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def shown(value: DeclaredValue | None) -> str:
    """A declared or printed value as notices and ``explain`` print it."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return ", ".join(value) or "no one"
    return repr(value)


def _same(one: DeclaredValue, other: DeclaredValue | None) -> bool:
    return (
        isinstance(one, str)
        and isinstance(other, str)
        and one.casefold().split() == other.casefold().split()
    )


def _printed(state: State) -> tuple[list[range], list[Article]]:
    """The articles as the page prints them, without their ``lines``, and the segment of
    each."""
    segments, articles = [], []
    for segment in filter(None, state.segments()):
        article = _article(state, segment)
        if article.headline is not None or article.body:
            segments.append(segment)
            articles.append(article)
    return segments, articles


# The roles whose lines reach a field by their text; all others need a payload to.
_TEXT_FIELDS = frozenset({Role.HEADLINE, Role.BODY, Role.STANDFIRST})


def _add_credit(images: list[Image], credited: Image, awaiting: bool) -> None:
    """A credit line credits the image before it when that has none (its caption came
    first), and gives it its picture's address if it has none; else it is an image of its
    own."""
    if images and images[-1].credit is None and not awaiting:
        last = images[-1]
        images[-1] = attrs.evolve(last, credit=credited.credit, url=last.url or credited.url)
    else:
        images.append(credited)


def _article(state: State, segment: range) -> Article:
    lines, roles, payloads = state.lines, state.roles, state.payloads
    headline = kicker = None
    bullets: list[str] = []
    standfirst: list[str] = []
    body: list[tuple[Line, str]] = []  # each paragraph with the line it was read from
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
            body.append((lines[index], lines[index].text))
        elif role is Role.DATELINE and isinstance(payload, DatelineSplit):
            dateline = dateline or payload.dateline
            if payload.rest:  # a dateline printed on a line of its own leaves no paragraph
                body.append((lines[index], payload.rest))
        elif isinstance(payload, MetaLine) and role is Role.CHROME:
            stray_stamps.extend(payload.stamps)
        elif isinstance(payload, MetaLine):
            metas.append(payload)
        elif role is Role.STANDFIRST and isinstance(payload, DatelineSplit):
            dateline = dateline or payload.dateline
            if payload.rest:
                standfirst.append(payload.rest)
        elif role is Role.STANDFIRST:
            standfirst.append(lines[index].text)
        elif role is Role.CREDIT and isinstance(payload, str):
            _add_credit(images, Image(credit=payload, url=state.image_url(index)), awaiting)
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
        body=tuple(text for _, text in body),
        blocks=read_blocks(body, state.vocabulary.bullet_markers, state.address),
        published=_first_value([*_signed_first(metas), *stray_stamps], StampKind.PUBLISHED),
        updated=_first_value([*_signed_first(metas), *stray_stamps], StampKind.UPDATED),
        authors=tuple(dict.fromkeys(name for meta in metas for name in meta.authors)),
        images=_distinct(images),
        stamps=(*(stamp for meta in metas for stamp in meta.stamps), *stray_stamps),
        notices=tuple(n for n in state.notices if n.line is not None and first <= n.line <= last),
        span=(first, last),
    )


def _distinct(images: list[Image]) -> tuple[Image, ...]:
    """The images without repeats: a caption printed twice with the same credit (under the
    picture and again in a lightbox's copy) is one image, unless a gallery counts the two
    apart."""
    kept: list[Image] = []
    for image in images:
        if not any(_same_picture(image, other) for other in kept):
            kept.append(image)
    return tuple(kept)


def _same_picture(one: Image, other: Image) -> bool:
    counted_apart = None not in (one.position, other.position) and one.position != other.position
    return (
        one.caption is not None
        and (one.caption, one.credit) == (other.caption, other.credit)
        and not counted_apart
    )


def line_records(state: State, segment: range) -> tuple[LineRecord, ...]:
    """The lines of ``segment`` with their roles; a line no rule claimed is unclaimed chrome."""
    return _records_of(state, segment)()


def _records_of(state: State, segment: range) -> Callable[[], tuple[LineRecord, ...]]:
    """What builds ``line_records`` later, from the roles as they are now (the State that
    holds them stays open to rules)."""
    part = slice(segment.start, segment.stop)
    return functools.partial(_records, state.lines[part], state.roles[part], state.rule_names[part])


def _records(
    lines: list[Line], roles: list[Role | None], rule_names: list[str]
) -> tuple[LineRecord, ...]:
    return tuple(
        LineRecord(line.number, line.text, role or Role.CHROME, rule or "unclaimed")
        for line, role, rule in zip(lines, roles, rule_names, strict=True)
    )


def _signed_first(metas: list[MetaLine]) -> list[Stamp]:
    """The stamps of the article's metadata lines, those on a byline's line first: a stamp
    beside the author's name is the story's own, while a date alone at the top of the page
    may be the masthead's "today" (``Wednesday, 03 December 2025``)."""
    signed = [stamp for meta in metas if meta.byline for stamp in meta.stamps]
    return [*signed, *(stamp for meta in metas if not meta.byline for stamp in meta.stamps)]


def _first_value(stamps: list[Stamp], kind: StampKind) -> datetime | None:
    return next((s.value for s in stamps if s.kind is kind and s.value is not None), None)

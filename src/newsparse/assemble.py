"""assemble: the one place that turns the roles the rules gave into Articles."""

from __future__ import annotations

from datetime import datetime

import attrs

from newsparse.model import Article, Image, LineRecord, Role, Stamp, StampKind
from newsparse.state import DatelineSplit, GalleryPosition, MetaLine, State


def assemble(state: State) -> list[Article]:
    """One Article per segment; an input with neither headline nor body gives none."""
    articles = [_article(state, segment) for segment in state.segments() if segment]
    return [a for a in articles if a.headline is not None or a.body]


def _article(state: State, segment: range) -> Article:
    lines, roles, payloads = state.lines, state.roles, state.payloads
    headline = None
    bullets: list[str] = []
    standfirst: list[str] = []
    body: list[str] = []
    authors: dict[str, None] = {}
    images: list[Image] = []
    stamps: list[Stamp] = []
    dateline = None
    open_counter = False  # the last image came from a counter and awaits its caption
    for index in segment:
        role, payload = roles[index], payloads.get(index)
        if role is Role.HEADLINE and headline is None:
            headline = lines[index].text
        elif role is Role.BULLET and isinstance(payload, str):
            bullets.append(payload)
        elif role is Role.BODY:
            body.append(lines[index].text)
        elif role is Role.DATELINE and isinstance(payload, DatelineSplit):
            dateline = dateline or payload.dateline
            body.append(payload.rest)
        elif isinstance(payload, MetaLine):
            authors.update(dict.fromkeys(payload.authors))
            stamps.extend(payload.stamps)
        elif role is Role.STANDFIRST:
            standfirst.append(lines[index].text)
        elif role is Role.CREDIT and isinstance(payload, str):
            if images and images[-1].credit is None and not open_counter:
                images[-1] = attrs.evolve(images[-1], credit=payload)
            else:
                images.append(Image(credit=payload))
        elif role is Role.GALLERY_COUNTER and isinstance(payload, GalleryPosition):
            images.append(Image(position=payload.position, total=payload.total))
            open_counter = True
            continue
        elif role is Role.CAPTION and isinstance(payload, Image):
            if open_counter:
                counted = images.pop()
                payload = attrs.evolve(payload, position=counted.position, total=counted.total)
            images.append(payload)
        if role is not Role.BLANK:
            open_counter = False
    first, last = lines[segment.start].number, lines[segment.stop - 1].number
    return Article(
        headline=headline,
        bullets=tuple(bullets),
        standfirst=" ".join(standfirst) or None,
        dateline=dateline,
        body=tuple(body),
        published=_first_value(stamps, StampKind.PUBLISHED),
        updated=_first_value(stamps, StampKind.UPDATED),
        authors=tuple(authors),
        images=tuple(images),
        stamps=tuple(stamps),
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


def _first_value(stamps: list[Stamp], kind: StampKind) -> datetime | None:
    return next((s.value for s in stamps if s.kind is kind and s.value is not None), None)

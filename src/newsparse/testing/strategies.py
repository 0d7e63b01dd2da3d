"""Hypothesis strategies that write scraped news pages and say what a correct parse finds.

Each ``ScrapedPage`` holds the text a scraper would copy out of a browser — chrome lines, the
headline printed once or twice, summary bullets, stamps, a byline, a dateline and paragraphs,
in one of the layouts news sites use — and the ``Article`` fields a correct parse must give::

    from hypothesis import given
    from newsparse.testing.strategies import scraped_pages

    @given(scraped_pages())
    def test_my_parser_finds_every_story(page):
        page.check(my_parser.parse_text(page.text, now=page.now))

This module is the only one in ``newsparse.testing`` that imports hypothesis (install it with
``pip install hypothesis``); the pytest plugin does not need it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import attrs
from hypothesis import strategies as st

from newsparse.model import Article, Dateline, Image, StampKind
from newsparse.testing.diff import differences, render

NOW = datetime(2024, 11, 26, 12, 0, tzinfo=UTC)
"""The ``now`` generated pages are read against unless ``scraped_pages(now=…)`` says."""

CHECKED_FIELDS = (
    "headline", "bullets", "dateline", "body", "authors", "published", "updated", "images",
)  # fmt: skip
"""The Article fields a generated page pins down; ``ScrapedPage.check`` compares these."""

# Words of made-up news prose. None is a month, a weekday, a chrome word, a stamp label or a
# byline prefix, so no paragraph or headline reads as anything but text.
_NOUNS = (
    "council", "river", "harbour", "school", "bridge", "market", "festival", "library",
    "orchard", "railway", "museum", "clinic", "ferry", "stadium", "garden", "factory",
    "village", "valley", "tunnel", "forest", "budget", "storm", "election", "court",
)  # fmt: skip
_VERBS = (
    "opened", "closed", "rebuilt", "visited", "approved", "delayed", "funded", "inspected",
    "reopened", "expanded", "flooded", "praised", "blocked", "welcomed", "cleared", "planned",
)  # fmt: skip
_ADJECTIVES = (
    "northern", "quiet", "busy", "local", "coastal", "rural", "historic", "small", "large",
    "regional", "crowded", "empty", "public", "private", "western", "eastern",
)  # fmt: skip
_PEOPLE = (
    "officials", "residents", "engineers", "teachers", "volunteers", "farmers", "nurses",
    "workers", "students", "drivers", "visitors", "traders",
)  # fmt: skip
_LINKS = ("the", "and", "of", "in", "for", "with", "after", "near", "across", "under", "as")
_FIRST_NAMES = (
    "Ann", "Bo", "Carla", "Devi", "Elif", "Femi", "Greta", "Hugo", "Ines", "Jonas", "Kemal",
    "Lena", "Mateo", "Nadia", "Omar", "Priya", "Rosa", "Sven", "Talia", "Yusuf",
)  # fmt: skip
_LAST_NAMES = (
    "Lee", "Chen", "Okafor", "Lindqvist", "Moreau", "Haddad", "Novak", "Ferreira", "Tanaka",
    "Walsh", "Kowalski", "Mensah", "Iversen", "Duarte", "Quist", "Brennan",
)  # fmt: skip
_PLACES = (
    "LEEDS", "OSLO", "NAIROBI", "HALIFAX", "PERTH", "DUNDEE", "ACCRA", "KRAKOW", "SAN JOSE",
    "PORTO ALEGRE", "CAPE TOWN", "TAMPERE",
)  # fmt: skip
_AGENCIES = ("Reuters", "AP", "AFP")
_CHROME = (
    "Short Url", "Follow", "Share", "Share this article", "Advertisement", "Menu", "Sign in",
    "Subscribe", "Copy link", "Print", "Skip to content", "Back to top", "Privacy Policy",
)  # fmt: skip
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_BULLET_MARKERS = ("•", "▪", "●", "-")
_UNITS = {"sec": timedelta(seconds=1), "min": timedelta(minutes=1), "hours": timedelta(hours=1)}
_CREDIT_LABELS = ("", "Photo: ", "Photo courtesy: ", "Image: ")
# Pages print adverts inside a story; one such line must not cut the story in two.
_ADVERT = "Advertisement"

_word = st.sampled_from((*_NOUNS, *_VERBS, *_ADJECTIVES, *_PEOPLE, *_LINKS))


@attrs.frozen
class ScrapedPage:
    """A generated page: its ``text``, the ``expected`` article (the fields in
    ``CHECKED_FIELDS`` set), the ``chrome`` lines that must stay out of the story, and the
    ``now`` to parse it with (relative stamps are placed against it)."""

    text: str
    expected: Article
    chrome: tuple[str, ...] = ()
    now: datetime | None = NOW

    def mismatches(self, article: Article) -> list[str]:
        """What ``article`` gets wrong, one description per field; [] when it is right."""
        expected, parsed = self.expected.to_dict(), article.to_dict()
        want = {name: expected[name] for name in CHECKED_FIELDS}
        got = {name: parsed[name] for name in CHECKED_FIELDS}
        found = render(differences(want, got), sides=("expected", "parsed"))
        story = {article.headline, article.standfirst, *article.bullets, *article.body}
        found += [f"chrome line in the story: {line!r}" for line in self.chrome if line in story]
        return found

    def check(self, article: Article) -> None:
        """Raise AssertionError naming each field ``article`` gets wrong, with the page."""
        found = self.mismatches(article)
        if found:
            page = "\n".join(f"    | {line}" for line in self.text.splitlines())
            raise AssertionError("\n".join(["the parse differs:", *found, "the page:", page]))


def sentences(min_words: int = 12, max_words: int = 30) -> st.SearchStrategy[str]:
    """A sentence of made-up news prose, capitalised and closed by a full stop."""
    words = st.lists(_word, min_size=min_words, max_size=max_words)
    return words.map(lambda ws: " ".join(ws).capitalize() + ".")


def paragraphs() -> st.SearchStrategy[str]:
    """A paragraph of one to three sentences: ``Officials of the river … opened.``"""
    return st.lists(sentences(), min_size=1, max_size=3).map(" ".join)


def headlines() -> st.SearchStrategy[str]:
    """A headline in sentence case, no closing stop: ``Coastal railway reopened after storm``."""
    opening = st.sampled_from((*_ADJECTIVES, *_NOUNS)).map(str.capitalize)
    rest = st.lists(_word, min_size=4, max_size=10)
    return st.builds(lambda first, words: " ".join([first, *words]), opening, rest)


def names() -> st.SearchStrategy[str]:
    """A person's name: ``Elif Haddad``."""
    return st.builds("{} {}".format, st.sampled_from(_FIRST_NAMES), st.sampled_from(_LAST_NAMES))


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, tuple[str, ...]]:
    """A byline and the authors it names: ``("By Ann Lee and Bo Chen", ("Ann Lee", "Bo Chen"))``."""
    people = tuple(draw(st.lists(names(), min_size=1, max_size=3, unique=True)))
    if len(people) == 1:
        return f"By {people[0]}", people
    return f"By {', '.join(people[:-1])} and {people[-1]}", people


@st.composite
def stamps(
    draw: st.DrawFn, kind: StampKind, now: datetime | None = NOW
) -> tuple[str, datetime | None]:
    """A stamp line of ``kind`` and the time it gives: ``("Updated 26 November 2024",
    datetime(2024, 11, 26, tzinfo=UTC))``; relative ones (``Updated 8 sec ago``) only when
    ``now`` is set. The stamps print no zone: they are read in that of ``now``, else UTC."""
    labels = ("Updated",) if kind is StampKind.UPDATED else ("Published", "Posted")
    label = draw(st.sampled_from(labels))
    zone = now.tzinfo if now is not None and now.tzinfo is not None else UTC
    if now is not None and draw(st.integers(0, 3)) == 0:
        count, unit = draw(st.integers(2, 59)), draw(st.sampled_from(sorted(_UNITS)))
        return f"{label} {count} {unit} ago", (now - count * _UNITS[unit]).replace(tzinfo=zone)
    day = draw(st.dates(date(2015, 1, 1), date(2024, 11, 25)))
    month = _MONTHS[day.month - 1]
    forms = (f"{day.day} {month} {day.year}", f"{month[:3]}. {day.day}, {day.year}", f"{day}")
    printed = datetime(day.year, day.month, day.day, tzinfo=zone)
    return f"{label} {draw(st.sampled_from(forms))}", printed


@st.composite
def datelines(draw: st.DrawFn) -> tuple[str, Dateline]:
    """The opening of a story's first paragraph and the Dateline it gives:
    ``("OSLO (Reuters) - ", Dateline("OSLO", "Reuters", "OSLO (Reuters) -"))``."""
    place = draw(st.sampled_from(_PLACES))
    agency = draw(st.none() | st.sampled_from(_AGENCIES))
    raw = f"{place}:" if agency is None else f"{place} ({agency}) {draw(st.sampled_from('-—'))}"
    return raw + " ", Dateline(location=place, agency=agency, raw=raw)


@st.composite
def galleries(draw: st.DrawFn) -> tuple[list[str], tuple[Image, ...]]:
    """A photo gallery as copied text and its Images: a counter (``1 / 2``) above each
    caption, the caption closed by its credit (``… the harbour. (Photo: Ann Lee)``)."""
    captions = draw(st.lists(sentences(8, 20), min_size=1, max_size=3, unique=True))
    lines: list[str] = []
    images: list[Image] = []
    for position, caption in enumerate(captions, 1):
        credit = draw(names() | st.sampled_from(_AGENCIES))
        label = draw(st.sampled_from(_CREDIT_LABELS))
        lines += [f"{position} / {len(captions)}", f"{caption} ({label}{credit})"]
        images.append(Image(caption=caption, credit=credit, position=position, total=len(captions)))
    return lines, tuple(images)


def chrome_lines() -> st.SearchStrategy[str]:
    """A line of page furniture: ``Short Url``, ``Follow``, ``Advertisement`` …"""
    return st.sampled_from(_CHROME)


@st.composite
def scraped_pages(
    draw: st.DrawFn,
    *,
    now: datetime | None = NOW,
    headline_twice: bool | None = None,
    max_paragraphs: int = 8,
) -> ScrapedPage:
    """A page of copied text holding one article, in a random layout, and what it must give.

    With ``headline_twice`` (drawn when None) the headline is printed as a share card, then
    again above the story with summary bullets under it; else once, above a byline and
    stamps. Chrome lines stand above, between and below, an advert may split the story, and
    blank lines come and go.
    """
    twice = draw(st.booleans()) if headline_twice is None else headline_twice
    title = draw(headlines())
    meta, authors, times = draw(_metadata(now))
    chrome = st.lists(chrome_lines(), max_size=3)
    above, between, below = draw(chrome), draw(chrome), draw(chrome)
    lines = [*above, title]
    bullets: list[str] = []
    gallery, images = draw(galleries()) if twice and draw(st.booleans()) else ([], ())
    if twice:
        bullets = draw(st.lists(sentences(6, 14).map(lambda s: s[:-1]), max_size=3, unique=True))
        marker = draw(st.sampled_from(_BULLET_MARKERS))
        lines += ["", *gallery, *draw(st.permutations([*between, *meta])), "", title, ""]
        lines += [f"  {marker} {point}" for point in bullets]
    else:
        lines += [*meta, *between]
    body = draw(st.lists(paragraphs(), min_size=1, max_size=max_paragraphs, unique=True))
    opener, dateline = draw(st.none() | datelines()) or ("", None)
    story = [opener + body[0], *body[1:]]
    if len(story) > 2 and draw(st.booleans()):
        story.insert(draw(st.integers(1, len(story) - 1)), _ADVERT)
    gap = [""] if draw(st.booleans()) else []
    for paragraph in story:
        lines += [*gap, paragraph]
    lines += ["", *below]
    expected = Article(
        headline=title,
        bullets=tuple(bullets),
        dateline=dateline,
        body=tuple(body),
        authors=authors,
        published=times.get(StampKind.PUBLISHED),
        updated=times.get(StampKind.UPDATED),
        images=images,
    )
    shown = tuple(
        dict.fromkeys([*above, *between, *below, *([_ADVERT] if _ADVERT in story else [])])
    )
    return ScrapedPage("\n".join(lines) + "\n", expected, shown, now)


@st.composite
def _metadata(
    draw: st.DrawFn, now: datetime | None
) -> tuple[list[str], tuple[str, ...], dict[StampKind, datetime | None]]:
    """A byline and stamps in any order, two of them perhaps on one line
    (``By Ann Lee | Updated 26 November 2024``): the lines, the authors, the times."""
    byline, authors = draw(st.none() | bylines()) or (None, ())
    lines = [byline] if byline else []
    times: dict[StampKind, datetime | None] = {}
    for kind in StampKind:
        if draw(st.booleans()):
            line, times[kind] = draw(stamps(kind, now))
            lines.append(line)
    lines = draw(st.permutations(lines))
    if len(lines) > 1 and draw(st.booleans()):
        lines = [" | ".join(lines[:2]), *lines[2:]]
    return lines, authors, times


@attrs.frozen
class ScrapedDump:
    """Several generated pages copied one after the other, as a scraper's dump holds them."""

    pages: tuple[ScrapedPage, ...]

    @property
    def text(self) -> str:
        return "\n".join(page.text for page in self.pages)

    @property
    def now(self) -> datetime | None:
        return self.pages[0].now

    def check(self, articles: list[Article]) -> None:
        """Raise AssertionError unless ``articles`` are the pages' articles, in order."""
        if len(articles) != len(self.pages):
            headlines = [article.headline for article in articles]
            raise AssertionError(f"{len(self.pages)} articles expected, got {headlines}")
        for page, article in zip(self.pages, articles, strict=True):
            page.check(article)


def scraped_dumps(
    *, now: datetime | None = NOW, min_pages: int = 2, max_pages: int = 4
) -> st.SearchStrategy[ScrapedDump]:
    """A dump of several pages, each with its headline printed twice (how a dump is cut
    into articles) and a headline of its own."""
    page = scraped_pages(now=now, headline_twice=True)
    pages = st.lists(
        page, min_size=min_pages, max_size=max_pages, unique_by=lambda p: p.expected.headline
    )
    return pages.map(lambda found: ScrapedDump(tuple(found)))

"""Page metadata: the facts a page declares about itself, apart from the text it shows.

Read from, in order of trust:

- JSON-LD (``<script type="application/ld+json">``): the first news article object
  (``NewsArticle``, ``ReportageNewsArticle`` …), else article (``Article``, ``BlogPosting``,
  ``LiveBlogPosting`` …), else page (``WebPage`` …) object, found at the top level, in a
  top-level list, in ``@graph`` or under ``mainEntity``; ``@id`` references are followed and
  JSON that does not parse is skipped;
- OpenGraph and Twitter cards (``og:title``, ``article:published_time``, ``twitter:title`` …);
- ``<meta name|property|itemprop|http-equiv=…>`` (``author``, ``pubdate``, ``dc.date.issued``,
  ``parsely-pub-date``, ``datePublished``, ``keywords`` …), ``<link rel=canonical>``,
  ``<html lang>`` and ``<title>``.

    >>> from lxml import etree
    >>> root = etree.fromstring(
    ...     '<html lang="en"><head><meta property="og:title" content="Storm hits coast">'
    ...     '<meta name="author" content="By Ann Lee and Bob Stone">'
    ...     '<meta property="article:published_time" content="2024-11-26T10:32:00+05:00">'
    ...     "</head></html>",
    ...     etree.HTMLParser(),
    ... )
    >>> meta = read_metadata(root)
    >>> meta.headline, meta.authors, meta.published.isoformat(), meta.language
    ('Storm hits coast', ('Ann Lee', 'Bob Stone'), '2024-11-26T10:32:00+05:00', 'en')
    >>> meta.sources.published
    'property=article:published_time'
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import Any, TypeVar

from newsparse.addresses import absolute
from newsparse.bylines import declared_names, is_address
from newsparse.dates import read_declared
from newsparse.lines import normalise
from newsparse.model import MetaSources, PageMeta
from newsparse.vocabulary import Vocabulary

_T = TypeVar("_T")

JSON_LD = "json-ld"
"""The source name of facts taken from JSON-LD."""


# JSON-LD types by preference: news articles, other articles, pages. Others (Organization,
# BreadcrumbList, VideoObject …) never describe the page's story.
# fmt: off
_RANKS = {
    **dict.fromkeys([
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle",
    ], 0),
    **dict.fromkeys([
        "Article", "BlogPosting", "LiveBlogPosting", "Report", "SatiricalArticle",
        "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "DiscussionForumPosting",
    ], 1),
    **dict.fromkeys([
        "WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage",
        "FAQPage", "MediaGallery", "ImageGallery", "VideoGallery",
    ], 2),
}
_ORGANISATIONS = frozenset([
    "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization",
    "GovernmentOrganization", "NGO", "WebSite",
])
# fmt: on

# Meta keys (lower-cased) in order of trust for each fact.
_PUBLISHED = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "published_time",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date.issued",
    "dcterms.issued",
    "dcterms.created",
    "dc.date.created",
    "dc.date",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "date",
)
_MODIFIED = (
    "article:modified_time",
    "datemodified",
    "og:updated_time",
    "og:article:modified_time",
    "article:modified",
    "modified_time",
    "dcterms.modified",
    "dc.date.modified",
    "article.updated",
    "last-modified",
)
_AUTHORS = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "byl",
)
_HEADLINES = ("og:title", "twitter:title")
_DESCRIPTIONS = ("og:description", "twitter:description", "description", "dc.description")
_PUBLISHERS = ("publisher", "article:publisher", "dc.publisher")
_SITE_NAMES = ("og:site_name", "application-name")
_SECTIONS = ("article:section", "section", "parsely-section")
_KEYWORDS = ("news_keywords", "keywords", "article:tag")
_IMAGES = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src")

_TRAILING_COMMA = re.compile(r",(\s*[\]}])")
_WRAPPER = re.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")


def read_metadata(
    root: Any, url: str | None = None, vocabulary: Vocabulary | None = None
) -> PageMeta:
    """The metadata the page ``root`` (an lxml element, or None) declares.

    ``url`` is where the page came from: relative canonical and image addresses are resolved
    against it. Dates are read with the time zones of ``vocabulary`` (the shipped one when
    None). Never raises on malformed metadata: what cannot be read is left out.
    """
    if root is None:
        return PageMeta(url=url)
    page = _Declared()
    for element in root.iter("html", "title", "meta", "link", "script"):
        page.read(element)
    ld = _JsonLd(page.scripts)
    metas = page.metas
    vocabulary = Vocabulary.load() if vocabulary is None else vocabulary

    headline, headline_source = _sourced(ld.text("headline", "name"), metas, metas.text, _HEADLINES)
    published_raw, published, published_source = _dated(
        ld.text("datePublished"), metas, _PUBLISHED, vocabulary
    )
    modified_raw, modified, modified_source = _dated(
        ld.text("dateModified"), metas, _MODIFIED, vocabulary
    )
    authors, authors_source = _sourced(ld.authors(), metas, metas.authors, _AUTHORS)
    canonical = page.canonical or metas.text("og:url") or ld.url()
    language = page.language or metas.text("content-language") or ld.text("inLanguage")
    locale = metas.text("og:locale")
    canonical_url = absolute(canonical, url) if canonical else None
    # Without the address the page came from, its canonical one places its pictures.
    base = url or canonical_url
    return PageMeta(
        title=page.title,
        headline=headline,
        alternative_headline=ld.text("alternativeHeadline"),
        description=ld.text("description") or _any(metas.text(key) for key in _DESCRIPTIONS),
        published=published,
        published_raw=published_raw,
        modified=modified,
        modified_raw=modified_raw,
        authors=authors or (),
        publisher=ld.publisher() or _any(metas.name(key) for key in _PUBLISHERS),
        site_name=_any(metas.text(key) for key in _SITE_NAMES) or ld.site_name,
        section=ld.text("articleSection") or _any(metas.text(key) for key in _SECTIONS),
        keywords=ld.keywords() or _any(_keywords(metas.all(key)) for key in _KEYWORDS) or (),
        language=language or (locale.replace("_", "-") if locale else None),
        canonical_url=canonical_url,
        url=url,
        image_urls=_unique(
            absolute(image, base)
            for image in (*ld.images(), *(v for key in _IMAGES for v in metas.all(key)))
        ),
        types=ld.types,
        sources=MetaSources(
            headline=headline_source,
            published=published_source,
            modified=modified_source,
            authors=authors_source,
        ),
    )


class _Metas:
    """The page's ``<meta>`` values by lower-cased key, in document order."""

    def __init__(self) -> None:
        self.values: dict[str, list[tuple[str, str]]] = {}

    def add(self, source: str, key: str, value: str) -> None:
        self.values.setdefault(key.strip().lower(), []).append((source, value))

    def all(self, key: str) -> list[str]:
        return [value for _, value in self.values.get(key, ())]

    def text(self, key: str) -> str | None:
        return _any(_clean(value) for value in self.all(key))

    def source(self, key: str) -> str | None:
        found = self.values.get(key)
        return found[0][0] if found else None

    def name(self, key: str) -> str | None:
        """The first value that is a name, not a link (``article:publisher`` is often a URL)."""
        return _any(
            value for value in map(_clean, self.all(key)) if value and not is_address(value)
        )

    def authors(self, key: str) -> tuple[str, ...]:
        return _unique(name for value in self.all(key) for name in _declared_names(value))


class _Declared:
    """What the page's markup declares, gathered in one pass over its head-like elements."""

    def __init__(self) -> None:
        self.metas = _Metas()
        self.scripts: list[str] = []
        self.title: str | None = None
        self.title_in_head = False
        self.canonical: str | None = None
        self.language: str | None = None

    def read(self, element: Any) -> None:
        tag = element.tag
        if tag == "meta":
            content = element.get("content")
            if content is None:
                return
            for attribute in ("property", "name", "itemprop", "http-equiv"):
                key = element.get(attribute)
                if key:
                    self.metas.add(f"{attribute}={key.strip()}", key, content)
        elif tag == "script":
            kind = (element.get("type") or "").strip().lower()
            if kind == "application/ld+json" and element.text:
                self.scripts.append(element.text)
        elif tag == "link":
            rel = (element.get("rel") or "").lower().split()
            if "canonical" in rel and self.canonical is None:
                self.canonical = (element.get("href") or "").strip() or None
        elif tag == "title" and not self.title_in_head:
            # An <svg> may hold a <title> too; the page's own sits in <head>.
            parent = element.getparent()
            self.title_in_head = parent is not None and parent.tag == "head"
            self.title = _clean("".join(element.itertext())) or self.title
        elif tag == "html" and self.language is None:
            self.language = (element.get("lang") or "").strip() or None


class _JsonLd:
    """The JSON-LD objects of a page, and the fields of its best article object."""

    def __init__(self, scripts: Iterable[str]) -> None:
        objects = [item for script in scripts for item in _objects(_load(script))]
        self.by_id = {
            item["@id"]: item
            for item in objects
            if isinstance(item.get("@id"), str) and len(item) > 2
        }
        self.types = _unique(kind for item in objects for kind in _types(item))
        self.site_name = _any(
            _clean(_string(item.get("name"))) for item in objects if "WebSite" in _types(item)
        )
        best: dict[int, dict[str, Any]] = {}
        for item in objects:
            rank = min((_RANKS[kind] for kind in _types(item) if kind in _RANKS), default=None)
            if rank is not None:
                best.setdefault(rank, item)
        # One object per rank: a page listing related stories as NewsArticles must not lend
        # the first story's fields to another.
        self.ranked = [best[rank] for rank in sorted(best)]

    def values(self, *keys: str) -> Iterator[Any]:
        for item in self.ranked:
            for key in keys:
                value = item.get(key)
                if value not in (None, "", [], {}):
                    yield value

    def text(self, *keys: str) -> str | None:
        return _any(_clean(_string(self.resolve(value))) for value in self.values(*keys))

    def authors(self) -> tuple[str, ...]:
        for value in self.values("author", "creator"):
            names = _unique(self._names(value))
            if names:
                return names
        return ()

    def _names(self, value: Any) -> Iterator[str]:
        for item in _listed(value):
            person = self.resolve(item)
            if isinstance(person, str):
                yield from _declared_names(person)
            elif isinstance(person, dict) and _ORGANISATIONS.isdisjoint(_types(person)):
                name = _string(person.get("name")) or " ".join(
                    part
                    for part in (
                        _string(person.get("givenName")),
                        _string(person.get("familyName")),
                    )
                    if part
                )
                yield from _declared_names(name)

    def publisher(self) -> str | None:
        for value in self.values("publisher"):
            found = self.resolve(value)
            name = _clean(_string(found.get("name") if isinstance(found, dict) else found))
            if name:
                return name
        return None

    def keywords(self) -> tuple[str, ...]:
        return _any(_keywords(_listed(value)) for value in self.values("keywords")) or ()

    def images(self) -> list[str]:
        for value in self.values("image", "thumbnailUrl"):
            urls = [url for item in _listed(value) for url in self._urls(item)]
            if urls:
                return urls
        return []

    def _urls(self, item: Any) -> list[str]:
        found = self.resolve(item)
        if isinstance(found, dict):
            found = found.get("url") or found.get("contentUrl")
        return [url.strip() for url in _listed(found) if isinstance(url, str) and url.strip()]

    def url(self) -> str | None:
        for value in self.values("mainEntityOfPage", "url"):
            found = (value.get("@id") or value.get("url")) if isinstance(value, dict) else value
            if isinstance(found, str) and found.strip():
                return found.strip()
        return None

    def resolve(self, value: Any) -> Any:
        """``value``, or the object its ``@id`` names when it is only a reference."""
        if isinstance(value, dict) and len(value) <= 2 and isinstance(value.get("@id"), str):
            return self.by_id.get(value["@id"], value)
        return value


def _load(script: str) -> Any:
    """A JSON-LD script's data, or None when it is not JSON even after light repair."""
    for text in (script, _TRAILING_COMMA.sub(r"\1", _WRAPPER.sub("", script))):
        try:
            # strict=False: raw tabs and newlines inside strings are common and harmless.
            return json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    """The objects of JSON-LD data in document order: top level, lists, @graph, mainEntity."""
    pending = [data]
    while pending:
        item = pending.pop()
        if isinstance(item, list):
            pending.extend(reversed(item))
        elif isinstance(item, dict):
            yield item
            nested = [item.get("mainEntity"), item.get("@graph")]
            pending.extend(value for value in reversed(nested) if isinstance(value, list | dict))


def _types(item: dict[str, Any]) -> list[str]:
    # "schema:NewsArticle" and "https://schema.org/NewsArticle" are NewsArticle too.
    return [
        re.split(r"[/:#]", kind)[-1] for kind in _listed(item.get("@type")) if isinstance(kind, str)
    ]


def _listed(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _string(value: Any) -> str | None:
    """The first string in ``value`` (a string, or a list holding one)."""
    for item in _listed(value):
        if isinstance(item, str):
            return item
    return None


def _declared_names(value: str | None) -> list[str]:
    return declared_names(_clean(value) or "")


def _clean(value: str | None) -> str | None:
    """``value`` with HTML entities decoded and whitespace folded; None when empty."""
    if not value:
        return None
    text = normalise(html.unescape(value) if "&" in value else value)
    return text or None


def _keywords(values: Iterable[Any]) -> tuple[str, ...]:
    return _unique(
        word.strip()
        for value in values
        if isinstance(value, str)
        for word in (_clean(value) or "").split(",")
        if word.strip()
    )


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    """``values`` without repeats (ignoring case), in first-seen order."""
    seen: dict[str, str] = {}
    for value in values:
        seen.setdefault(value.casefold(), value)
    return tuple(seen.values())


def _any(values: Iterable[_T | None]) -> _T | None:
    """The first value that is not None or empty."""
    return next((value for value in values if value), None)


def _sourced(
    from_json_ld: _T | None, metas: _Metas, read: Callable[[str], _T | None], keys: Iterable[str]
) -> tuple[_T | None, str | None]:
    """A fact from JSON-LD, else ``read`` from the first meta key that gives it; its source."""
    if from_json_ld:
        return from_json_ld, JSON_LD
    for key in keys:
        value = read(key)
        if value:
            return value, metas.source(key)
    return None, None


def _dated(
    from_json_ld: str | None, metas: _Metas, keys: Iterable[str], vocabulary: Vocabulary
) -> tuple[str | None, datetime | None, str | None]:
    """The first declared date that reads as one (else the first declared): raw, value, source.

    A site may fill one tag with a template placeholder and another with the real date.
    """
    candidates = itertools.chain(
        [(from_json_ld, JSON_LD)], ((metas.text(key), metas.source(key)) for key in keys)
    )
    first: tuple[str | None, datetime | None, str | None] = (None, None, None)
    for raw, source in candidates:
        if raw:
            value = read_declared(raw, vocabulary)
            if value is not None:
                return raw, value, source
            if first[0] is None:
                first = (raw, None, source)
    return first

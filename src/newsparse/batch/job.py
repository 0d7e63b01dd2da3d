"""A Job parses one Page into a Result; the same Job runs in-process, in worker processes and
on Dask workers, so every way of running gives the same records."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from newsparse import NewsParseError, Parsed, Parser, RuleFailed
from newsparse.batch.inputs import Page, read_bytes
from newsparse.batch.results import Failure, Result
from newsparse.model import Article


@attrs.frozen(eq=False)
class Job:
    """How to parse each input: the ``parser`` (its rules and limits), the reference ``now``
    for relative stamps (a WARC record's own date when None), whether each article keeps
    every input line with its role (``with_lines``), and the ``url`` a page was fetched from
    (for a run of one page; a WARC record's own URL wins).

        >>> from newsparse.batch.inputs import Page, Source
        >>> result = Job().parse(Page(Source("-"), b"Storm shuts port\\nThe port closed today."))
        >>> result.articles[0]["headline"], result.failure
        ('Storm shuts port', None)
    """

    parser: Parser = attrs.field(factory=Parser)
    now: datetime | None = None
    with_lines: bool = False
    url: str | None = None

    def parse(self, page: Page) -> Result:
        """The articles of ``page``, or the Failure that stopped it; never raises for an input."""
        if page.error is not None:
            return Result(page.source, failure=Failure.of(page.error))
        try:
            articles = self._parsed(page).articles
        # A rule that fails is a bug in newsparse or in a custom rule, as is any exception
        # newsparse does not document; one bad page must not stop a run of millions, so it
        # is reported like any failure, and marked as internal.
        except RuleFailed as exc:
            return Result(page.source, failure=Failure.of(exc, internal=True))
        except NewsParseError as exc:
            return Result(page.source, failure=Failure.of(exc))
        except Exception as exc:
            return Result(page.source, failure=Failure.of(exc, internal=True))
        if not articles:
            return Result(page.source, failure=Failure("NoArticleFound", "no article found"))
        return Result(page.source, tuple(self._dict(article) for article in articles))

    def _parsed(self, page: Page) -> Parsed:
        data = page.data
        if data is None:
            data = read_bytes(page.source.path, self.parser.max_bytes)
        return self.parser.parse_all(
            data,
            url=page.source.url or self.url,
            now=self.now or page.source.date,
            charset=page.charset,
            kind="html" if page.html else None,
        )

    def _dict(self, article: Article) -> dict[str, Any]:
        data = article.to_dict()
        if not self.with_lines:
            del data["lines"]
        return data

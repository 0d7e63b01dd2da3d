"""What one input gave: its articles as JSON-ready dicts, or the Failure that stopped it;
and the output records made of them, which ``article_of`` reads back."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from newsparse.batch.inputs import Source
from newsparse.model import Article

EXIT_OK, EXIT_NO_ARTICLE, EXIT_INPUT_ERROR, EXIT_INTERNAL_ERROR = 0, 1, 2, 3
"""Exit codes, by the worst Failure of a run: no article (1) < an input that could not be read,
decoded or parsed (2) < newsparse itself failed (3: a bug to report)."""


@attrs.frozen
class Failure:
    """Why an input gave no article: the exception's ``type`` name and its ``message``.

    ``internal`` marks an exception newsparse does not document (a bug in newsparse or in a
    custom rule), or a worker process that died.
    """

    type: str
    message: str
    internal: bool = False

    @classmethod
    def of(cls, error: BaseException, *, internal: bool = False) -> Failure:
        """The Failure of ``error``, its message on one line.

        >>> Failure.of(ValueError("bad\\n  value"))
        Failure(type='ValueError', message='bad value', internal=False)
        """
        return cls(type(error).__name__, " ".join(str(error).split()), internal)

    @property
    def exit_code(self) -> int:
        if self.internal:
            return EXIT_INTERNAL_ERROR
        return EXIT_NO_ARTICLE if self.type == "NoArticleFound" else EXIT_INPUT_ERROR


@attrs.frozen
class Result:
    """One input's articles (``Article.to_dict()`` each), or the Failure that stopped it."""

    source: Source
    articles: tuple[dict[str, Any], ...] = ()
    failure: Failure | None = None

    def records(self) -> Iterator[dict[str, Any]]:
        """The output records, one per article: its fields, and its ``source`` with its
        ``index`` among the input's articles. A failure gives none (it is reported apart).

        >>> result = Result(Source("a.txt"), ({"headline": "Storm"}, {"headline": "Flood"}))
        >>> list(result.records())[1]  # doctest: +NORMALIZE_WHITESPACE
        {'source': {'path': 'a.txt', 'url': None, 'date': None, 'offset': None, 'index': 1},
         'headline': 'Flood'}
        """
        source = self.source.to_dict()
        for index, article in enumerate(self.articles):
            yield {"source": {**source, "index": index}, **article}

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.failure is None else self.failure.exit_code


def article_of(record: Mapping[str, Any]) -> Article:
    """The Article of an output record: ``Article.from_dict`` of all but its ``source``.

    >>> article_of({"source": {"path": "a.txt", "index": 0}, "headline": "Storm"}).headline
    'Storm'
    """
    return Article.from_dict({key: value for key, value in record.items() if key != "source"})

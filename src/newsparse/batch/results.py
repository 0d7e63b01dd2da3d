"""What one input gave: its articles as JSON-ready dicts, or the Failure that stopped it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import attrs

from newsparse.batch.inputs import Source

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
        """The output records: each article's fields with ``source`` and ``index`` (its place
        among the input's articles), or one ``error`` record.

        >>> failed = Result(Source("a.html"), failure=Failure("DecodeError", "not UTF-8"))
        >>> list(failed.records())  # doctest: +NORMALIZE_WHITESPACE
        [{'source': {'path': 'a.html', 'url': None, 'date': None, 'offset': None},
          'error': {'type': 'DecodeError', 'message': 'not UTF-8'}}]
        """
        source = self.source.to_dict()
        if self.failure is not None:
            yield {
                "source": source,
                "error": {"type": self.failure.type, "message": self.failure.message},
            }
        for index, article in enumerate(self.articles):
            yield {"source": source, "index": index, **article}

    @property
    def exit_code(self) -> int:
        return EXIT_OK if self.failure is None else self.failure.exit_code

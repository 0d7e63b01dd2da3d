"""Writing Results as they come: JSON Lines, one JSON array, CSV with flat columns, Markdown.

Every format holds the same records, one per article (see ``Result.records``), for one input
as for many; a failure is no record (the command reports it on stderr). Every writer
streams: a record is written when its Result arrives and nothing is kept, so the output of a
million pages takes no more memory than one page's.

    >>> import io
    >>> from newsparse.batch.inputs import Source
    >>> from newsparse.batch.results import Result, article_of
    >>> out = io.StringIO()
    >>> writer = open_writer("jsonl", out)
    >>> writer.add(Result(Source("a.txt"), ({"headline": "Storm shuts port"},)))
    >>> writer.close()
    >>> out.getvalue()  # doctest: +NORMALIZE_WHITESPACE
    '{"source": {"path": "a.txt", "url": null, "date": null, "offset": null, "index": 0},
      "headline": "Storm shuts port"}\\n'
"""

from __future__ import annotations

import abc
import csv
import json
from collections.abc import Mapping
from typing import Any, TextIO

import attrs

from newsparse.batch.results import Result, article_of
from newsparse.model import Article

FORMATS = ("json", "jsonl", "csv", "md")
"""The output formats; the first is the default."""

SOURCE_COLUMNS = ("source_path", "source_url", "source_date", "source_offset", "source_index")
COLUMNS = SOURCE_COLUMNS + tuple(field.name for field in attrs.fields(Article))
"""The flat columns of CSV output and of ``newsparse.batch.dask.to_dataframe``: the record's
``source`` and every Article field, in the order of ``Article``."""


def flat(record: Mapping[str, Any]) -> dict[str, Any]:
    """One output record as flat COLUMNS: the source's keys as ``source_…``, and the article's
    fields with each list or object as its JSON (``["Ann Lee", "Bo Chen"]``), which
    ``json.loads`` reads back, and a flag as JSON's ``true``/``false``.

    >>> row = flat({"source": {"path": "a.txt", "url": None, "date": None, "offset": None,
    ...             "index": 0}, "headline": "Storm", "authors": ["Ann Lee", "Bo Chen"]})
    >>> row["source_path"], row["headline"], row["authors"], row["images"]
    ('a.txt', 'Storm', '["Ann Lee", "Bo Chen"]', None)
    """
    row = {f"source_{key}": value for key, value in record["source"].items()}
    for column in COLUMNS[len(SOURCE_COLUMNS) :]:
        value = record.get(column)
        row[column] = json.dumps(value, ensure_ascii=False) if _nested(value) else value
    return row


def _nested(value: object) -> bool:
    return isinstance(value, list | tuple | dict | bool)


class Writer(abc.ABC):
    """Writes each Result's records to ``out`` as they come."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def add(self, result: Result) -> None:
        for record in result.records():
            self._write(record)

    def close(self) -> None:
        """Finish the output (a JSON array's closing bracket) and flush it."""
        self._out.flush()

    @abc.abstractmethod
    def _write(self, record: Mapping[str, Any]) -> None: ...


class JsonLines(Writer):
    """JSON Lines: one compact JSON object per record and line."""

    def _write(self, record: Mapping[str, Any]) -> None:
        self._out.write(json.dumps(record, ensure_ascii=False) + "\n")


class JsonArray(Writer):
    """One JSON array, an indented object per record: ``[{...},\\n{...}]``; ``[]`` for none."""

    _count = 0

    def _write(self, record: Mapping[str, Any]) -> None:
        self._out.write(",\n" if self._count else "[\n")
        self._out.write(json.dumps(record, ensure_ascii=False, indent=2))
        self._count += 1

    def close(self) -> None:
        self._out.write("\n]\n" if self._count else "[]\n")
        super().close()


class Csv(Writer):
    """CSV with a header row and the flat COLUMNS (see ``flat``)."""

    def __init__(self, out: TextIO) -> None:
        super().__init__(out)
        self._csv = csv.DictWriter(out, COLUMNS)
        self._csv.writeheader()

    def _write(self, record: Mapping[str, Any]) -> None:
        self._csv.writerow(flat(record))


class Markdown(Writer):
    """A section per article: its ``Article.to_markdown``, then the source it came from in
    backticks and a rule; for reading, not for parsing back."""

    def _write(self, record: Mapping[str, Any]) -> None:
        source = record["source"]
        where = " ".join(str(source[key]) for key in ("path", "url") if source[key] is not None)
        self._out.write(f"{article_of(record).to_markdown()}\n`{where}`\n\n---\n\n")


_WRITERS: dict[str, type[Writer]] = {
    "json": JsonArray,
    "jsonl": JsonLines,
    "csv": Csv,
    "md": Markdown,
}


def open_writer(output_format: str, out: TextIO) -> Writer:
    """The Writer of ``output_format`` (one of FORMATS) writing to ``out``."""
    return _WRITERS[output_format](out)

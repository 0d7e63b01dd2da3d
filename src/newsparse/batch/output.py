"""Writing Results as they come: JSON Lines, one JSON array, CSV with flat columns, Markdown.

Every writer streams: a record is written when its Result arrives and nothing is kept, so
the output of a million pages takes no more memory than one page's.

    >>> import io
    >>> from newsparse.batch.inputs import Source
    >>> from newsparse.batch.results import Result
    >>> out = io.StringIO()
    >>> writer = open_writer("jsonl", out)
    >>> writer.add(Result(Source("a.txt"), ({"headline": "Storm shuts port"},)))
    >>> writer.close()
    >>> out.getvalue()  # doctest: +NORMALIZE_WHITESPACE
    '{"source": {"path": "a.txt", "url": null, "date": null, "offset": null}, "index": 0,
      "headline": "Storm shuts port"}\\n'
"""

from __future__ import annotations

import abc
import csv
import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from newsparse.batch.results import Result

FORMATS = ("jsonl", "json", "csv", "md")

COLUMNS = (
    "source_path",
    "source_url",
    "source_date",
    "source_offset",
    "index",
    "headline",
    "standfirst",
    "bullets",
    "dateline",
    "published",
    "updated",
    "authors",
    "body",
    "images",
    "notices",
    "url",
    "language",
    "seo_title",
    "error_type",
    "error_message",
)
"""The flat columns of CSV output and of ``newsparse.batch.dask.to_dataframe``."""


def flat(record: Mapping[str, Any]) -> dict[str, Any]:
    """One output record as flat COLUMNS: lists joined (authors by ``; ``, bullets by a line
    break, body paragraphs by a blank line), images counted, notices by their codes.

    >>> row = flat({"source": {"path": "a.txt", "url": None, "date": None, "offset": None},
    ...             "index": 0, "headline": "Storm", "authors": ["Ann Lee", "Bo Chen"]})
    >>> row["source_path"], row["headline"], row["authors"], row["error_type"]
    ('a.txt', 'Storm', 'Ann Lee; Bo Chen', None)
    """
    source, error = record["source"], record.get("error") or {}
    dateline = record.get("dateline") or {}
    return {
        "source_path": source["path"],
        "source_url": source["url"],
        "source_date": source["date"],
        "source_offset": source["offset"],
        "index": record.get("index"),
        "headline": record.get("headline"),
        "standfirst": record.get("standfirst"),
        "bullets": "\n".join(record.get("bullets", ())),
        "dateline": dateline.get("raw"),
        "published": record.get("published"),
        "updated": record.get("updated"),
        "authors": "; ".join(record.get("authors", ())),
        "body": "\n\n".join(record.get("body", ())),
        "images": len(record.get("images", ())),
        "notices": "; ".join(notice["code"] for notice in record.get("notices", ())),
        "url": record.get("url"),
        "language": record.get("language"),
        "seo_title": record.get("seo_title"),
        "error_type": error.get("type"),
        "error_message": error.get("message"),
    }


class Writer(abc.ABC):
    """Writes each Result's records to ``out`` as they come.

    ``bare`` writes each article's own dict, without ``source``, and no error records: the
    output of ``newsparse parse FILE`` that ``Article.from_dict`` reads back.
    """

    def __init__(self, out: TextIO, *, bare: bool = False) -> None:
        self._out = out
        self._bare = bare

    def add(self, result: Result) -> None:
        records: Iterable[Mapping[str, Any]] = result.articles if self._bare else result.records()
        for record in records:
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
    """One JSON array, an indented object per record: ``[{...},\\n{...}]``."""

    _count = 0

    def _write(self, record: Mapping[str, Any]) -> None:
        self._out.write(",\n" if self._count else "[\n")
        self._out.write(json.dumps(record, ensure_ascii=False, indent=2))
        self._count += 1

    def close(self) -> None:
        # A single input with no article prints nothing, as ``newsparse parse FILE`` always did.
        if self._count:
            self._out.write("\n]\n")
        elif not self._bare:
            self._out.write("[]\n")
        super().close()


class Csv(Writer):
    """CSV with a header row and the flat COLUMNS (see ``flat``)."""

    def __init__(self, out: TextIO, *, bare: bool = False) -> None:
        super().__init__(out, bare=bare)
        self._csv = csv.DictWriter(out, COLUMNS)
        self._csv.writeheader()

    def _write(self, record: Mapping[str, Any]) -> None:
        self._csv.writerow(flat(record))


class Markdown(Writer):
    """A section per article (headline, source and stamps, standfirst, bullets, body) and a
    quoted line per error; for reading, not for parsing back."""

    def _write(self, record: Mapping[str, Any]) -> None:
        row = flat(record)
        where = " ".join(
            str(row[key]) for key in ("source_path", "source_url") if row[key] is not None
        )
        if row["error_type"] is not None:
            self._out.write(f"> **{row['error_type']}** `{where}`: {row['error_message']}\n\n")
            return
        facts = [f"`{where}`"]
        facts += [f"{key} {row[key]}" for key in ("published", "updated") if row[key]]
        facts += [f"by {row['authors']}"] if row["authors"] else []
        blocks = [f"## {row['headline'] or '(no headline)'}", " · ".join(facts)]
        blocks += [f"> {row['standfirst']}"] if row["standfirst"] else []
        blocks += ["\n".join(f"- {bullet}" for bullet in record.get("bullets", ()))]
        blocks += [*record.get("body", ()), "---"]
        self._out.write("\n\n".join(block for block in blocks if block) + "\n\n")


_WRITERS: dict[str, type[Writer]] = {
    "jsonl": JsonLines,
    "json": JsonArray,
    "csv": Csv,
    "md": Markdown,
}


def open_writer(output_format: str, out: TextIO, *, bare: bool = False) -> Writer:
    """The Writer of ``output_format`` (one of FORMATS) writing to ``out``."""
    return _WRITERS[output_format](out, bare=bare)

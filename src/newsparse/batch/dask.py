"""The same batch job on Dask (``pip install 'newsparse[dask]'``): a laptop's cores or a
``dask.distributed`` cluster, unchanged.

    >>> from newsparse.batch.dask import to_bag
    >>> to_bag(["fixtures/*.txt"]).pluck("headline").map(lambda h: h[:8]).compute()
    ['Belarus,', 'Pakistan']

On a cluster, the same bag runs under a client::

    with distributed.Client("tcp://scheduler:8786"):
        to_bag(["/shared/pages", "/shared/crawl.warc.gz"]).map(json.dumps).to_textfiles(
            "/shared/out/*.jsonl"
        )
        to_dataframe(["/shared/pages"]).to_parquet("/shared/articles.parquet")

A record is what ``newsparse parse`` writes as a line of JSON: an article's fields with
``source`` and ``index``, or an ``error`` record. The paths are expanded on the client
(folders walked, globs matched) and the files read by the workers, so on a cluster every
worker must see them at the same paths (a shared file system). A WARC archive is one
partition, read from start to end by one worker; other files go ``files_per_partition`` to
a partition. Without a client, Dask's default scheduler runs the bag on local threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from newsparse import Parser
from newsparse.batch.extras import missing_extra
from newsparse.batch.inputs import STDIN, Paths, expand, is_warc, iter_pages
from newsparse.batch.job import Job
from newsparse.batch.output import COLUMNS, flat

try:
    import dask.bag
    from dask.delayed import delayed
except ImportError as exc:
    raise missing_extra("dask", exc) from exc

if TYPE_CHECKING:
    import dask.dataframe

# The dtypes of to_dataframe's columns: text, but for the numbers (nullable where error
# records leave them empty).
_DTYPES = {"source_offset": "Int64", "index": "Int64", "images": "int64"}


def to_bag(
    paths: Paths,
    *,
    parser: Parser | None = None,
    now: datetime | None = None,
    with_lines: bool = False,
    files_per_partition: int = 64,
) -> dask.bag.Bag:
    """A Bag of the output records of ``paths`` (files, folders, globs, WARC archives), in
    input order. ``parser``, ``now`` and ``with_lines`` are as for ``parse_many``; the
    parser is sent to the workers once, so its rules must pickle (cloudpickle).
    """
    job = delayed(Job(parser or Parser(), now, with_lines))
    parts = [delayed(_records)(part, job) for part in _partitions(paths, files_per_partition)]
    # dask.bag has no type hints.
    return cast("dask.bag.Bag", dask.bag.from_delayed(parts))  # type: ignore[no-untyped-call]


def to_dataframe(
    paths: Paths,
    *,
    parser: Parser | None = None,
    now: datetime | None = None,
    files_per_partition: int = 64,
) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of the records of ``paths``, one row each, with the flat columns of
    CSV output (``newsparse.batch.output.COLUMNS``)."""
    bag = to_bag(paths, parser=parser, now=now, files_per_partition=files_per_partition)
    meta = [(column, _DTYPES.get(column, "string")) for column in COLUMNS]
    frame = bag.map(flat).to_dataframe(meta=meta)  # type: ignore[no-untyped-call]  # as above
    return cast("dask.dataframe.DataFrame", frame)


def _partitions(paths: Paths, size: int) -> Iterator[list[str]]:
    """Each WARC archive alone, other files ``size`` to a list, in order."""
    part: list[str] = []
    for path in expand(paths):
        if path == STDIN:
            raise ValueError("to_bag reads files: standard input (-) cannot reach Dask workers")
        if is_warc(path):
            if part:
                yield part
                part = []
            yield [path]
            continue
        part.append(path)
        if len(part) == size:
            yield part
            part = []
    if part:
        yield part


def _records(paths: list[str], job: Job) -> list[dict[str, Any]]:
    return [
        record
        for page in iter_pages(paths, job.parser.max_bytes)
        for record in job.parse(page).records()
    ]

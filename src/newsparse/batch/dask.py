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

A record is what ``newsparse parse`` writes for an article: its fields with its ``source``
(and ``index``); ``article_of`` reads it back. An input that gives no article gives no
record: ``to_results`` keeps every input's Result, failures included. The paths are expanded
on the client (folders walked, globs matched) and the files read by the workers, so on a
cluster every worker must see them at the same paths (a shared file system). A WARC archive is one
partition, read from start to end by one worker; other files go ``files_per_partition`` to
a partition. Without a client, Dask's default scheduler runs the bag on local threads.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypedDict, Unpack, cast

from newsparse import Parser
from newsparse.batch.extras import missing_extra
from newsparse.batch.inputs import STDIN, Paths, expand, is_warc, iter_pages
from newsparse.batch.job import Job
from newsparse.batch.output import COLUMNS, flat
from newsparse.batch.results import Result
from newsparse.errors import InputError

try:
    import dask.bag
    from dask.delayed import delayed
except ImportError as exc:
    raise missing_extra("dask", exc) from exc

if TYPE_CHECKING:
    import dask.dataframe

# The dtypes of to_dataframe's columns: text (lists and objects as JSON, as in CSV), but for
# the numbers (nullable: only a WARC record has an offset).
_DTYPES = {"source_offset": "Int64", "source_index": "Int64"}


def to_results(
    paths: Paths,
    *,
    parser: Parser | None = None,
    now: datetime | None = None,
    with_lines: bool = False,
    files_per_partition: int = 64,
) -> dask.bag.Bag:
    """A Bag of the Results of ``paths`` (files, folders, globs, WARC archives), one per
    input, in input order, as ``parse_many`` yields them: ``.filter(failed)`` gives the
    inputs that gave no article. ``parser``, ``now`` and ``with_lines`` are as for
    ``parse_many``; the parser is sent to the workers once, so its rules must pickle
    (cloudpickle).
    """
    job = delayed(Job(parser or Parser(), now, with_lines))
    parts = [delayed(_results)(part, job) for part in _partitions(paths, files_per_partition)]
    # dask.bag has no type hints.
    return cast("dask.bag.Bag", dask.bag.from_delayed(parts))  # type: ignore[no-untyped-call]


class Options(TypedDict, total=False):
    """The keyword arguments of ``to_bag`` and ``to_dataframe``: those of ``to_results``."""

    parser: Parser | None
    now: datetime | None
    with_lines: bool
    files_per_partition: int


def to_bag(paths: Paths, **options: Unpack[Options]) -> dask.bag.Bag:
    """A Bag of the output records of ``paths``, one per article, in input order (``options``
    as for ``to_results``)."""
    bag = to_results(paths, **options).map(_records).flatten()  # type: ignore[no-untyped-call]
    return cast("dask.bag.Bag", bag)  # dask.bag has no type hints, as above


def failed(result: Result) -> bool:
    """Whether ``result`` is a failure: ``to_results(paths).filter(failed)``."""
    return result.failure is not None


def to_dataframe(paths: Paths, **options: Unpack[Options]) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of the records of ``paths``, one row per article, with the flat
    columns of CSV output (``newsparse.batch.output.COLUMNS``)."""
    meta = [(column, _DTYPES.get(column, "string")) for column in COLUMNS]
    frame = to_bag(paths, **options).map(flat).to_dataframe(meta=meta)  # type: ignore[no-untyped-call]
    return cast("dask.dataframe.DataFrame", frame)


def _partitions(paths: Paths, size: int) -> Iterator[list[str]]:
    """Each WARC archive alone, other files ``size`` to a list, in order."""
    part: list[str] = []
    for path in expand(paths):
        if path == STDIN:
            raise InputError(
                "Dask workers read files: standard input (-) cannot reach them; save it to a "
                "file they can read"
            )
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


def _results(paths: list[str], job: Job) -> list[Result]:
    return [job.parse(page) for page in iter_pages(paths, job.parser.max_bytes)]


def _records(result: Result) -> list[dict[str, Any]]:
    return list(result.records())

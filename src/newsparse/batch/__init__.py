"""Batch runs at the edge of newsparse: folders, globs and WARC archives, parsed in parallel
processes on one machine (``parse_many``) or on a Dask cluster (``newsparse.batch.dask``).

    >>> from newsparse.batch import parse_many
    >>> for result in parse_many(["fixtures/*.txt"], jobs=1):
    ...     print(result.source.path, len(result.articles), result.failure)
    fixtures/000_0104679317dec44f.txt 2 None

Each Result holds one input's ``source`` (its path, and for a WARC record the page's URL,
capture date and byte offset) and its articles as ``Article.to_dict()`` dicts, or the
``failure`` that stopped it: one bad input never stops a run. ``Result.records()`` gives the
records ``newsparse parse`` writes, one per article, which ``article_of`` reads back. WARC
archives need ``pip install 'newsparse[warc]'``, Dask ``'newsparse[dask]'``. The core (model,
pipeline, rules, sources) never imports this.
"""

from __future__ import annotations

from newsparse.batch.extras import MissingExtra
from newsparse.batch.inputs import Page, Source, iter_pages
from newsparse.batch.job import Job
from newsparse.batch.results import Failure, Result, article_of
from newsparse.batch.run import WorkersCannotStart, default_jobs, parse_many

__all__ = [
    "Failure",
    "Job",
    "MissingExtra",
    "Page",
    "Result",
    "Source",
    "WorkersCannotStart",
    "article_of",
    "default_jobs",
    "iter_pages",
    "parse_many",
]

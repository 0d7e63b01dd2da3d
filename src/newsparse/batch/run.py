"""Parsing many inputs, in parallel processes, streamed in and out in input order.

    >>> from newsparse.batch import parse_many
    >>> [r.articles[0]["headline"][:8] for r in parse_many(["fixtures/*.txt"], jobs=1)]
    ['Belarus,']

Inputs are read lazily and results yielded as soon as they are next in order, with at most
a few chunks per worker in flight: memory stays flat however many inputs there are. A worker
that dies (a crash in C code, the out-of-memory killer) costs only the input that killed
it: the pool is restarted and the inputs that were in flight are parsed again, one at a time.

On Linux the workers are forked: copies of the calling process, they never run the caller's
script or notebook again, and a custom parser's rules need not pickle. Elsewhere (macOS,
Windows) they are spawned, as fresh interpreters that import the caller's script: there a
script must call ``parse_many`` under ``if __name__ == "__main__":``, and a worker pool that
cannot start raises WorkersCannotStart saying so, once, instead of failing every input.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import threading
from collections import deque
from collections.abc import Generator, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from datetime import datetime
from multiprocessing.process import BaseProcess
from pathlib import Path

from newsparse import NewsParseError, Parser
from newsparse.batch.inputs import Page, Paths, Skipped, iter_pages
from newsparse.batch.job import Job
from newsparse.batch.results import Failure, Result

CHUNK = 8
"""Pages sent to a worker at once: enough to make the cost of a round trip small."""
CHUNKS_PER_WORKER = 3
"""Chunks in flight per worker: one being parsed, the next ones queued, so that no worker
waits while the results of a slow page are awaited in order."""
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
"""How worker processes start (see the module's docstring). A fork copies only the thread
that forks, and with it any lock another thread held: here that is safe, as a pool forks all
its workers at its first task, before its own threads start (a pool restarted after a worker
died is started once the old one and its threads are gone), and the workers touch none of
the caller's locks (a progress bar's). macOS's system libraries are not safe to fork, and
Windows has no fork."""
_GUARD_ADVICE = (
    'call parse_many under `if __name__ == "__main__":` in a script (a worker imports the '
    "script, which must not start another run), define a custom parser's rules at module "
    "level, or pass jobs=1 to parse in this process"
)


class WorkersCannotStart(NewsParseError):
    """The worker processes of ``parse_many`` died before parsing anything: under spawn, a
    script that runs ``parse_many`` unguarded, or a parser whose rules do not pickle."""


def parse_many(
    paths: Paths,
    *,
    jobs: int | None = None,
    parser: Parser | None = None,
    now: datetime | None = None,
    with_lines: bool = False,
    url: str | None = None,
    skipped: Skipped | None = None,
) -> Generator[Result, None, None]:
    """One Result per input of ``paths`` (files, folders, globs, WARC archives, ``-``), in order.

    ``jobs`` is the number of worker processes (default: one per CPU this process may use);
    ``jobs=1`` parses in this process. ``parser``, ``now``, ``with_lines`` and ``url`` are as
    for ``Job``. ``skipped`` is told each file a folder walk passes over (not a page).
    A path that names no page gives a Result with an InputError.

    Raises WorkersCannotStart when the worker processes die before parsing anything.
    """
    # multiprocessing marks a spawned process as _inheriting while it imports the script that
    # started it (it refuses to start processes then, for the same reason).
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        # A spawned worker is importing a script that calls parse_many unguarded: running
        # it would start workers of its own, without end. Leave, and let the run that
        # started this worker raise WorkersCannotStart.
        sys.exit(f"newsparse: a worker process cannot start a run: {_GUARD_ADVICE}")
    job = Job(parser or Parser(), now, with_lines, url)
    pages = iter_pages(paths, job.parser.max_bytes, skipped=skipped)
    workers = jobs or default_jobs()
    yield from map(job.parse, pages) if workers == 1 else _Pool(job, workers).results(pages)


def default_jobs() -> int:
    """The CPUs this process may run on (a container or ``taskset`` may allow fewer than exist)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


# Each worker process parses with the Job it was started with.
_worker_job: Job | None = None


def _start_worker(job: Job | Path) -> None:
    global _worker_job  # noqa: PLW0603 - set once per worker process, by the pool's initializer
    _worker_job = pickle.loads(job.read_bytes()) if isinstance(job, Path) else job
    # Ctrl-C reaches the whole process group: the main process stops the pool, and workers
    # dying on their own would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A main process that dies at once (`newsparse parse … | head`, kill -9) cannot stop its
    # workers, which would wait for work forever: they watch it and leave with it.
    threading.Thread(
        target=_exit_with, args=(multiprocessing.parent_process(),), daemon=True
    ).start()


def _exit_with(parent: BaseProcess | None) -> None:
    if parent is not None:
        parent.join()
        os._exit(1)


def _parse_chunk(chunk: list[Page]) -> list[Result]:
    assert _worker_job is not None, "the pool's initializer sets the job"
    return [_worker_job.parse(page) for page in chunk]


class _Pool:
    """Worker processes parsing chunks of pages; results come back in input order."""

    def __init__(self, job: Job, workers: int) -> None:
        self._job: Job | Path = job
        if START_METHOD != "fork":
            self._job = _shipped(job)
        self._workers = workers
        try:
            self._executor = self._start()
        except BaseException:
            self._remove_shipped()
            raise

    def _start(self) -> ProcessPoolExecutor:
        executor = ProcessPoolExecutor(
            self._workers,
            mp_context=multiprocessing.get_context(START_METHOD),
            initializer=_start_worker,
            initargs=(self._job,),
        )
        # A pool whose workers die before parsing anything would fail every input as
        # WorkerDied, restarting without end: its first answer tells that apart from a page
        # that kills a worker.
        try:
            executor.submit(_parse_chunk, []).result()
        except BrokenProcessPool:
            executor.shutdown(wait=True, cancel_futures=True)
            # from None: the pool's own traceback says less than the message.
            raise WorkersCannotStart(
                f"the worker processes died before parsing anything: {_GUARD_ADVICE}"
            ) from None
        return executor

    def results(self, pages: Iterator[Page]) -> Iterator[Result]:
        window: deque[tuple[list[Page], Future[list[Result]]]] = deque()
        try:
            for chunk in _chunks(pages):
                if len(window) >= self._workers * CHUNKS_PER_WORKER:
                    yield from self._collect(*window.popleft())
                window.append((chunk, self._submit(chunk)))
            while window:
                yield from self._collect(*window.popleft())
        finally:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._remove_shipped()

    def _remove_shipped(self) -> None:
        if isinstance(self._job, Path):
            self._job.unlink(missing_ok=True)

    def _submit(self, chunk: list[Page]) -> Future[list[Result]]:
        try:
            return self._executor.submit(_parse_chunk, chunk)
        except BrokenProcessPool:  # a worker died since the last submit
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = self._start()
            return self._executor.submit(_parse_chunk, chunk)

    def _collect(self, chunk: list[Page], future: Future[list[Result]]) -> list[Result]:
        try:
            return future.result()
        except BrokenProcessPool:
            # Every chunk in flight failed with the worker that died: parse each of their
            # pages alone, so that only the page that kills a worker is lost.
            return [self._alone(page) for page in chunk]

    def _alone(self, page: Page) -> Result:
        try:
            return self._submit([page]).result()[0]
        except BrokenProcessPool:
            return Result(
                page.source,
                failure=Failure(
                    "WorkerDied",
                    "the worker process parsing this input died (a crash, or out of memory)",
                    internal=True,
                ),
            )


def _shipped(job: Job) -> Path:
    """The Job pickled into a file, for spawned workers to read. Not in the pool's start
    arguments: those are written into a pipe to each new worker, and a worker that leaves
    while importing an unguarded script never reads them; a Job larger than the pipe holds
    (a vocabulary is tens of kB) would block that write, and the run, for ever."""
    _check_rules_pickle(job)
    with tempfile.NamedTemporaryFile(prefix="newsparse-job-", suffix=".pickle", delete=False) as f:
        f.write(pickle.dumps(job))
    return Path(f.name)


def _check_rules_pickle(job: Job) -> None:
    """Spawned workers get the Job pickled: a rule that does not pickle (a lambda, a function
    defined inside another) is named once here, where pickle would fail inside the pool."""
    for name, rule in job.parser.ruler.active:
        try:
            pickle.dumps(rule)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            raise WorkersCannotStart(
                f"rule {name!r} does not pickle, and worker processes get the parser pickled "
                "here: define the rule at module level (not a lambda, nor inside a function), "
                "or pass jobs=1 to parse in this process"
            ) from exc


def _chunks(pages: Iterator[Page]) -> Iterator[list[Page]]:
    while chunk := list(itertools.islice(pages, CHUNK)):
        yield chunk

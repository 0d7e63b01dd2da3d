"""Throughput and memory of ``newsparse parse`` over many pages, in-process and in parallel.

The benchmark's saved pages are repeated to N inputs, written as a folder of ``.html.gz``
files and as one ``.warc.gz`` archive (a response record per page, gzipped per record), and
``newsparse parse INPUT --jobs J -o FILE`` runs on each. For every run it reports pages per
second and the peak memory of the whole process tree (the command and the workers it forks,
sampled every 20 ms with psutil and summed: pages the workers share with the command are
counted once per process, so the sum overstates), then the speed-up of ``--jobs 2`` over
``--jobs 1`` and how the peak grows from the smallest N to the largest.

    python benchmarks/throughput.py                       # 500 and 5,000 pages, jobs 1 and 2
    python benchmarks/throughput.py --sizes 200 --jobs 1  # a quick look

Needs ``pip install 'newsparse[warc]' psutil``. The pages are only read, never copied into
the repository.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT.parent / "shared" / "bench" / "dev" / "html"
SAMPLE_SECONDS = 0.02


def main() -> None:
    options = _arguments()
    pages = [path.read_bytes() for path in sorted(options.pages.glob("*.html.gz"))]
    if not pages:
        sys.exit(f"no *.html.gz pages in {options.pages}")
    runs = []
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as temp:
        for size in options.sizes:
            inputs = _write_inputs(Path(temp) / str(size), pages, size)
            for kind, path in inputs.items():
                for jobs in options.jobs:
                    run = _measure(path, jobs, size, Path(temp) / "out.jsonl")
                    run.update(kind=kind, pages=size)
                    runs.append(run)
                    print(
                        f"{kind:<6} {size:>6} pages  --jobs {jobs}  {run['seconds']:7.1f} s  "
                        f"{run['pages_per_second']:6.1f} pages/s  peak tree RSS "
                        f"{run['peak_tree_mb']:6.0f} MB  (largest process "
                        f"{run['largest_process_mb']:.0f} MB)  records {run['records']}, "
                        f"errors {run['errors']}",
                        flush=True,
                    )
    _summary(runs)
    if options.json:
        options.json.write_text(json.dumps(runs, indent=2) + "\n")


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=Path, default=PAGES, help="a folder of *.html.gz pages")
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 5000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    return parser.parse_args()


def _write_inputs(folder: Path, pages: list[bytes], size: int) -> dict[str, Path]:
    """The pages repeated to ``size`` inputs: a folder of files, and one WARC archive."""
    files = folder / "pages"
    files.mkdir(parents=True)
    archive = folder / "pages.warc.gz"
    with archive.open("wb") as warc:
        for n, page in zip(range(size), itertools.cycle(pages), strict=False):
            (files / f"{n:07}.html.gz").write_bytes(page)
            warc.write(gzip.compress(_record(f"https://example.com/{n}", gzip.decompress(page))))
    return {"folder": files, "warc": archive}


def _record(url: str, html: bytes) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    header = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-11-26T12:00:00Z\r\nContent-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    )
    return header.encode() + http + b"\r\n\r\n"


def _measure(path: Path, jobs: int, size: int, out: Path) -> dict[str, float | int]:
    command = [sys.executable, "-m", "newsparse", "parse", str(path), "--jobs", str(jobs)]
    command += ["--no-progress", "--format", "jsonl", "-o", str(out)]
    start = time.perf_counter()
    failures = out.with_suffix(".stderr")
    with failures.open("wb") as stderr:
        process = subprocess.Popen(command, stderr=stderr)
        peak = _PeakMemory(process.pid)
        peak.start()
        process.wait()
        seconds = time.perf_counter() - start
        peak.stop()
    with out.open(encoding="utf-8") as lines:
        records = sum(1 for _ in lines)
    # An input that gives no article is one line on stderr, not a record.
    with failures.open(encoding="utf-8") as lines:
        errors = sum(1 for _ in lines)
    return {
        "jobs": jobs,
        "seconds": round(seconds, 2),
        "pages_per_second": round(size / seconds, 1),
        "peak_tree_mb": round(peak.tree / 2**20),
        "largest_process_mb": round(peak.largest / 2**20),
        "records": records,
        "errors": errors,
        "exit_code": process.returncode,
    }


class _PeakMemory(threading.Thread):
    """Samples the resident memory of a process and all its descendants, keeping the peak."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self._root = psutil.Process(pid)
        self._done = threading.Event()
        self.tree = 0
        self.largest = 0

    def run(self) -> None:
        while not self._done.is_set():
            sizes = []
            try:
                for process in [self._root, *self._root.children(recursive=True)]:
                    sizes.append(process.memory_info().rss)
            except psutil.Error:  # a process ended while sampled
                pass
            if sizes:
                self.tree = max(self.tree, sum(sizes))
                self.largest = max(self.largest, *sizes)
            self._done.wait(SAMPLE_SECONDS)

    def stop(self) -> None:
        self._done.set()
        self.join()


def _summary(runs: list[dict[str, float | int | str]]) -> None:
    def find(kind: str, pages: int, jobs: int) -> dict[str, float | int | str] | None:
        return next(
            (r for r in runs if (r["kind"], r["pages"], r["jobs"]) == (kind, pages, jobs)), None
        )

    sizes = sorted({int(r["pages"]) for r in runs})
    for kind in ("folder", "warc"):
        one, two = find(kind, sizes[-1], 1), find(kind, sizes[-1], 2)
        if one and two:
            speedup = float(two["pages_per_second"]) / float(one["pages_per_second"])
            print(f"{kind}: --jobs 2 is {speedup:.2f}x --jobs 1 at {sizes[-1]} pages")
        for jobs in sorted({int(r["jobs"]) for r in runs}):
            small, large = find(kind, sizes[0], jobs), find(kind, sizes[-1], jobs)
            if small and large and small is not large:
                growth = float(large["peak_tree_mb"]) / float(small["peak_tree_mb"])
                print(
                    f"{kind}: --jobs {jobs} peak tree RSS {large['peak_tree_mb']} MB at "
                    f"{sizes[-1]} pages, {small['peak_tree_mb']} MB at {sizes[0]}: {growth:.2f}x"
                )


if __name__ == "__main__":
    main()

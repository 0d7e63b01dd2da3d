"""The ``newsparse`` command.

    newsparse parse PATH... [--format json|jsonl|csv|md] [--jsonl] [-o FILE] [--jobs N]
                            [--progress|--no-progress] [--now ISO] [--lines] [--url URL]
    newsparse explain FILE|- [--now ISO] [--url URL] [--width N]
                                                  each line with its role and rule
    newsparse --version

A PATH is a saved page (HTML) or copied text (``.gz`` too), ``-`` for standard input, a
folder (its page files: ``.html``, ``.htm``, ``.xhtml``, ``.txt``, gzipped too, and WARC
archives; other files are skipped, and counted on stderr), a glob (``'pages/**/*.html'``) or
a WARC archive (``.warc``, ``.warc.gz``, or told by its first bytes, on stdin too; ``pip
install 'newsparse[warc]'``). HTML or text is told by content. A PATH that names no page (a
missing file, an empty folder, a glob matching nothing) is an error. Records are written in
input order, whatever ``--jobs``, one per article, the same for one input as for many: the
article's fields (``Article.to_dict()``) with its ``source`` (``path``, and for a WARC record
``url``, ``date``, ``offset``; ``index``, its place among the input's articles), which
``newsparse.batch.article_of`` reads back. An input that gives no article is one line on
stderr and no record; a JSON array of no record is ``[]``.

Exit codes, the worst of the run: 0 every input gave an article; 1 some input held no article;
2 a usage error, or some input could not be read, decoded or parsed, or names no page; 3
newsparse failed on some input, or its worker processes could not start (a bug: please
report the line on stderr). ``explain``: 0, 1, or 2.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

from newsparse import EXPLAIN_WIDTH, Parser, __version__
from newsparse.batch.extras import missing_extra
from newsparse.batch.inputs import count_pages, is_single_document, read_bytes
from newsparse.batch.output import FORMATS, open_writer
from newsparse.batch.results import EXIT_INTERNAL_ERROR, EXIT_NO_ARTICLE, EXIT_OK, Result
from newsparse.batch.run import WorkersCannotStart, default_jobs, parse_many
from newsparse.errors import NewsParseError

EXIT_USAGE = 2
SKIPPED_SHOWN = 3
"""How many of the files a run passed over its closing line names."""
# As shells report a process killed by SIGINT (Ctrl-C) or SIGPIPE.
EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 130, 141


def _iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 8601 date-time, e.g. 2024-11-26T12:00:00+00:00"
        ) from None


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes, e.g. 4")
    return int(value)


def _width(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of characters, e.g. 120")
    return int(value)


EXAMPLES = """\
examples:
  newsparse parse page.html                       the article of a saved page, as JSON
  newsparse parse copied.txt --jsonl              copied text; one JSON object per article
  curl -s URL | newsparse parse - --url URL       a page from the web (newsparse never
                                                  fetches: curl does)
  newsparse parse pages/ crawl.warc.gz -o out.json --jobs 4
                                                  many pages, in parallel processes
  newsparse explain page.html                     each line with its role and rule
"""


def _build_argparser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse",
        description="Turn scraped news pages into typed articles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    now_help = "reference time for relative stamps such as '8 sec ago' (ISO 8601)"
    url_help = (
        "the address the page was fetched from (one input only); the page's relative links "
        "(its canonical address, its images) resolve against it"
    )

    parse_help = "write the articles of every PATH as JSON, JSON Lines, CSV or Markdown"
    parse = commands.add_parser(
        "parse",
        help=parse_help,
        description=parse_help,
        epilog="exit codes: 0 ok; 1 some input held no article; 2 usage error, or some "
        "input could not be read or parsed, or names no page; 3 newsparse failed on some "
        "input (a bug)",
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a saved page or copied text (.gz too), - for stdin, a folder (its page files), "
        "a glob, or a WARC archive (.warc, .warc.gz, or by its bytes)",
    )
    layout = parse.add_mutually_exclusive_group()
    layout.add_argument(
        "--format",
        choices=FORMATS,
        default=FORMATS[0],
        help=f"output format (default: {FORMATS[0]}, an array of every article)",
    )
    layout.add_argument(
        "--jsonl",
        action="store_const",
        dest="format",
        const="jsonl",
        help="the same as --format jsonl: one compact JSON object per line, per article",
    )
    parse.add_argument("-o", "--output", metavar="FILE", help="write to FILE, not stdout")
    parse.add_argument(
        "-j",
        "--jobs",
        type=_positive,
        metavar="N",
        help=f"parallel processes (default: {default_jobs()}, one per core; 1 runs in-process)",
    )
    parse.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        help="show a progress bar on stderr, with the total and the time left (default: "
        "when stderr is a terminal and tqdm is installed: pip install 'newsparse[progress]')",
    )
    parse.add_argument(
        "--now", type=_iso, metavar="ISO", help=f"{now_help}; a WARC record's date otherwise"
    )
    parse.add_argument(
        "--lines", action="store_true", help="include every input line with its role and rule"
    )
    parse.add_argument("--url", metavar="URL", help=url_help)

    explain_help = "print every line of FILE with its role and the rule that gave it"
    explain = commands.add_parser("explain", help=explain_help, description=explain_help)
    explain.add_argument(
        "file", metavar="FILE", help="a saved page (HTML) or copied text, .gz too; - reads stdin"
    )
    explain.add_argument("--now", type=_iso, metavar="ISO", help=now_help)
    explain.add_argument("--url", metavar="URL", help=url_help)
    explain.add_argument(
        "--width",
        type=_width,
        default=EXPLAIN_WIDTH,
        metavar="N",
        help=f"cut lines longer than N characters with … (default: {EXPLAIN_WIDTH}; 0: never)",
    )
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv``; return the exit code."""
    args = _build_argparser().parse_args(argv)
    if args.command == "explain":
        return _explain_command(args)
    if args.url is not None and not (len(args.paths) == 1 and is_single_document(args.paths[0])):
        print(
            "newsparse: --url is the address of one page: give one PATH, a file or -",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return _parse_command(args)


def _parse_command(args: argparse.Namespace) -> int:
    status = EXIT_OK
    failed = 0
    skipped = _Skipped()
    with contextlib.ExitStack() as cleanup:
        try:
            out = _open_output(args.output, cleanup)
            bar = _progress_bar(args.progress, args.paths, cleanup)
        except NewsParseError as exc:
            print(f"newsparse: {exc}", file=sys.stderr)
            return EXIT_USAGE
        writer = open_writer(args.format, out)
        # One document gains nothing from worker processes, which take a while to start.
        single = len(args.paths) == 1 and is_single_document(args.paths[0])
        results = parse_many(
            args.paths,
            jobs=1 if single else args.jobs,
            now=args.now,
            with_lines=args.lines,
            url=args.url,
            skipped=skipped,
        )
        try:
            for result in results:
                writer.add(result)
                if result.failure is not None:
                    failed += 1
                    status = max(status, result.exit_code)
                    _report(result, bar)
                if bar is not None:
                    bar.update()
                    if failed:
                        bar.set_postfix(failed=failed, refresh=False)
        except WorkersCannotStart as exc:
            # The records written so far stay whole: the JSON array is closed all the same.
            print(f"newsparse: {exc}", file=sys.stderr)
            status = EXIT_INTERNAL_ERROR
        writer.close()
    if skipped.count:
        print(skipped.line(), file=sys.stderr)
    return status


class _Skipped:
    """The files a run's folder walks pass over: how many, and the first few by name.

    >>> skipped = _Skipped()
    >>> for path in ["p/a.png", "p/b.json", "p/c.md", "p/d.css"]:
    ...     skipped(path)
    >>> skipped.line()
    'newsparse: skipped 4 files that are not pages: p/a.png, p/b.json, p/c.md, …'
    """

    def __init__(self) -> None:
        self.count = 0
        self._first: list[str] = []

    def __call__(self, path: str) -> None:
        self.count += 1
        if len(self._first) < SKIPPED_SHOWN:
            self._first.append(path)

    def line(self) -> str:
        names = ", ".join(self._first) + (", …" if self.count > SKIPPED_SHOWN else "")
        what = "file that is not a page" if self.count == 1 else "files that are not pages"
        return f"newsparse: skipped {self.count:,} {what}: {names}"


def _open_output(path: str | None, cleanup: contextlib.ExitStack) -> TextIO:
    if path is None:
        return sys.stdout
    try:
        # newline="": the csv module writes its own line ends.
        return cleanup.enter_context(open(path, "w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise NewsParseError(f"{path}: cannot write it: {exc.strerror or exc}") from exc


def _progress_bar(wanted: bool | None, paths: list[str], cleanup: contextlib.ExitStack) -> Any:
    """A tqdm bar on stderr when ``wanted`` (by default: when stderr is a terminal), or None.

    Its total, for the rate and time left, is counted first: folders walked, WARC archives
    read through (without parsing, a small part of the time a run takes).
    """
    if wanted is False or (wanted is None and not sys.stderr.isatty()):
        return None
    try:
        from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]
    except ImportError as exc:
        if wanted:
            raise missing_extra("progress", exc) from exc
        return None

    class Bar(tqdm):  # type: ignore[misc, unused-ignore]  # tqdm may have no type hints
        # No monitor thread: worker processes are forked from this one, best with no other
        # thread running.
        monitor_interval = 0

    total = count_pages(paths, Parser().max_bytes)
    return cleanup.enter_context(
        Bar(total=total, unit=" pages", file=sys.stderr, dynamic_ncols=True)
    )


def _report(result: Result, bar: Any) -> None:
    failure = result.failure
    assert failure is not None
    message = failure.message
    if failure.internal:
        message = f"newsparse failed ({failure.type}: {message}); please report this bug"
    line = f"newsparse: {result.source}: {message}"
    if bar is None:
        print(line, file=sys.stderr)
    else:
        bar.write(line, file=sys.stderr)


def _explain_command(args: argparse.Namespace) -> int:
    path, parser = args.file, Parser()
    try:
        data = read_bytes(path, parser.max_bytes)
        parsed = parser.parse_all(data, url=args.url, now=args.now)
    except NewsParseError as exc:
        print(f"newsparse: {path}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if parsed.state.lines:
        print(parsed.explain(args.width))
    if not parsed.articles:
        print(f"newsparse: {path}: no article found", file=sys.stderr)
        return EXIT_NO_ARTICLE
    return EXIT_OK


def main() -> None:
    try:
        code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`newsparse parse pages/ | head`): stop quietly, as Unix tools
        # do, with the status of a process ended by SIGPIPE; the workers are stopped on the
        # way out. Python would complain flushing stdout at exit, so it goes to /dev/null.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    sys.exit(code)

"""The ``newsparse`` command.

    newsparse parse FILE|-  [--jsonl] [--now ISO] [--lines]   JSON of every article
    newsparse explain FILE|- [--now ISO]                       each line with its role and rule

Exit codes: 0 ok, 1 no article found, 2 usage error or unreadable input (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from newsparse.assemble import assemble, line_records
from newsparse.errors import NewsParseError
from newsparse.model import Article, Role
from newsparse.pipeline import Parser
from newsparse.state import State

EXIT_OK, EXIT_NO_ARTICLE, EXIT_USAGE = 0, 1, 2


class _UnreadableError(Exception):
    """The input file could not be read."""


def _iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 8601 date-time, e.g. 2024-11-26T12:00:00+00:00"
        ) from None


def _build_argparser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Turn scraped news pages into typed articles."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        command = commands.add_parser(name, help=help_text, description=help_text)
        command.add_argument(
            "file",
            metavar="FILE",
            help="a saved page (HTML) or copied text, .gz too; - reads stdin",
        )
        command.add_argument(
            "--now",
            type=_iso,
            help="reference time for relative stamps such as '8 sec ago' (ISO 8601)",
        )
        return command

    parse = add("parse", "print the articles of FILE as JSON")
    parse.add_argument(
        "--jsonl", action="store_true", help="one compact JSON object per line, per article"
    )
    parse.add_argument(
        "--lines", action="store_true", help="include every input line with its role and rule"
    )
    add("explain", "print every line of FILE with its role and the rule that gave it")
    return parser


def _read(path: str) -> bytes:
    try:
        if path == "-":
            return sys.stdin.buffer.read()
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise _UnreadableError(f"cannot read it: {exc.strerror or exc}") from exc


def _article_json(article: Article, *, with_lines: bool, indent: int | None) -> str:
    data: dict[str, Any] = article.to_dict()
    if not with_lines:
        del data["lines"]
    return json.dumps(data, ensure_ascii=False, indent=indent)


def _explain(state: State) -> str:
    out = []
    for number, segment in enumerate(state.segments(), 1):
        records = line_records(state, segment)
        if not records:
            continue
        title = next((r.text for r in records if r.role is Role.HEADLINE), "(no headline)")
        out.append(
            f"== article {number} · lines {records[0].number}-{records[-1].number} · {title}"
        )
        out.extend(
            f"{rec.number:>6}  {rec.role.value:<16} {rec.rule:<15} {rec.text}".rstrip()
            for rec in records
        )
    return "\n".join(out)


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv``; return the exit code."""
    args = _build_argparser().parse_args(argv)
    try:
        state = Parser().run_bytes(_read(args.file), args.now)
    except (_UnreadableError, NewsParseError) as exc:
        print(f"newsparse: {args.file}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    articles = assemble(state)
    if args.command == "explain" and state.lines:
        print(_explain(state))
    if not articles:
        print(f"newsparse: {args.file}: no article found", file=sys.stderr)
        return EXIT_NO_ARTICLE
    if args.command == "parse":
        _print_articles(articles, jsonl=args.jsonl, with_lines=args.lines)
    return EXIT_OK


def _print_articles(articles: Sequence[Article], *, jsonl: bool, with_lines: bool) -> None:
    if jsonl:
        for article in articles:
            print(_article_json(article, with_lines=with_lines, indent=None))
    else:
        items = ",\n".join(_article_json(a, with_lines=with_lines, indent=2) for a in articles)
        print(f"[\n{items}\n]")


def main() -> None:
    # Die quietly like other Unix tools when the reader goes away (`newsparse parse f | head`).
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(run())

"""Snapshot what newsparse makes of every benchmark page, and compare two snapshots: the
check that a change meant to be faster (or tidier) changes no output.

    python benchmarks/snapshot.py ../shared/bench before.pickle
    # … change the code …
    python benchmarks/snapshot.py ../shared/bench after.pickle --compare before.pickle

A snapshot holds, for every page of every corpus in both modes (saved HTML and copied
text), ``Parsed.explain()`` (each line's role and rule) and every article's ``to_dict()``.
``--compare`` prints how many pages differ and the first lines that moved on a few of them,
and exits with 1 when any page differs. Snapshots hold the pages' text: keep them out of the
repository.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import pickle
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsparse import Parser

Key = tuple[str, str, str]  # corpus, mode, page id
SHOWN_PAGES = 5
SHOWN_LINES = 20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="the benchmark folder (holding */truth.json)")
    parser.add_argument("out", type=Path, help="where to write this snapshot")
    parser.add_argument("--compare", type=Path, help="an earlier snapshot to compare with")
    args = parser.parse_args()
    snapshot = dict(_pages(args.bench))
    args.out.write_bytes(pickle.dumps(snapshot))
    print(f"{len(snapshot)} pages")
    if args.compare is None:
        return 0
    earlier = pickle.loads(args.compare.read_bytes())
    differ = [key for key in sorted(earlier) if earlier[key] != snapshot.get(key)]
    print(f"differ {len(differ)} of {len(earlier)}")
    for key in differ[:SHOWN_PAGES]:
        print("==", " ".join(key))
        before, after = earlier[key][0], snapshot.get(key, ("", None))[0]
        moved = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        print("\n".join(list(moved)[:SHOWN_LINES]) or "(the same lines; the articles differ)")
    return 1 if differ else 0


def _pages(bench: Path) -> Iterator[tuple[Key, tuple[str, Any]]]:
    parser = Parser()
    for folder in sorted(path.parent for path in bench.glob("*/truth.json")):
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        for page in sorted((folder / "html").glob("*.html.gz")):
            name = page.name.removesuffix(".html.gz")
            url = truth.get(name, {}).get("url")
            html = gzip.decompress(page.read_bytes())
            yield (folder.name, "html", name), _read(parser, html, url, "html")
        for page in sorted((folder / "text").glob("*.txt")):
            text = page.read_text(encoding="utf-8")
            yield (folder.name, "text", page.stem), _read(parser, text, None, "text")


def _read(parser: Parser, data: str | bytes, url: str | None, kind: Any) -> tuple[str, Any]:
    try:
        parsed = parser.parse_all(data, url=url, kind=kind)
    except Exception as exc:  # a page that raises is part of what the code does
        return "error", repr(exc)
    return parsed.explain(0), [article.to_dict() for article in parsed.articles]


if __name__ == "__main__":
    sys.exit(main())

"""Score newspaper4k (and trafilatura) on the benchmark's saved pages, in one loop with
newsparse, with the benchmark's own metric: the figures for the comparison table in
docs/performance.md.

    pip install newspaper4k trafilatura
    python benchmarks/peers.py ../shared/bench

Body F1 is score.py's shingle metric; time is the median over pages of each extractor's
parse time divided by lxml's parse of the same page, as score.py measures it. The
benchmark's pages are read from its folder, never copied here.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bench", type=Path, help="the benchmark folder (holding score.py, dev/)")
    args = parser.parse_args()
    sys.path.insert(0, str(args.bench))
    import newspaper
    import trafilatura
    from score import body_scores, tp_fp_fn  # the benchmark's metric, not a copy of it

    import newsparse

    config = newspaper.Config()
    config.fetch_images = False  # no network: the page is all it gets, as for the others

    def with_newspaper(html: str, url: str | None) -> str:
        article = newspaper.Article(url or "http://example.com/", config=config)
        article.download(input_html=html)
        article.parse()
        return str(article.text)

    extractors: dict[str, Callable[[str, str | None], str]] = {
        "newsparse": lambda html, url: newsparse.parse_html(html, url=url).body_text,
        "trafilatura": lambda html, url: trafilatura.extract(html, url=url) or "",
        "newspaper4k": with_newspaper,
    }
    truth = json.loads((args.bench / "dev" / "truth.json").read_text(encoding="utf-8"))
    rows: dict[str, list[tuple[float, float, float]]] = {name: [] for name in extractors}
    ratios: dict[str, list[float]] = {name: [] for name in extractors}
    errors: dict[str, int] = dict.fromkeys(extractors, 0)
    for page_id, page in sorted(truth.items()):
        raw = gzip.decompress((args.bench / "dev" / "html" / f"{page_id}.html.gz").read_bytes())
        html = raw.decode("utf-8", "replace")
        start = time.perf_counter()
        lxml.html.document_fromstring(raw)
        floor = time.perf_counter() - start
        for name, extract in extractors.items():
            start = time.perf_counter()
            try:
                body = extract(html, page.get("url"))
            except Exception:  # a peer that fails on a page scores it empty
                body, errors[name] = "", errors[name] + 1
            ratios[name].append((time.perf_counter() - start) / floor)
            rows[name].append(tp_fp_fn(page["body"], body))
    for name in extractors:
        s = body_scores(rows[name])
        print(
            f"{name:<12} F1 {s['f1']:.3f}  precision {s['precision']:.3f}  recall {s['recall']:.3f}"
            f"  median time / lxml parse {statistics.median(ratios[name]):.1f}x"
            f"  errors {errors[name]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Draw docs/img/benchmark.png from the benchmark's per-page results.

    python ../shared/bench/score.py text --json /tmp/text.json
    python ../shared/bench/score.py html --json /tmp/html.json
    python benchmarks/plot_scores.py --text /tmp/text.json --html /tmp/html.json

Left, the body precision, recall and F1 of each input kind (the benchmark's summary);
right, every page's body F1, best first, so the share of near-perfect pages and the tail of
failures show. Needs matplotlib (``pip install -e '.[docs]'``). The benchmark's data stays
out of the repository; only the picture is committed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import matplotlib as mpl

mpl.use("Agg")  # no display: the picture only goes to a file
import matplotlib.pyplot as plt

OUTPUT = Path(__file__).resolve().parent.parent / "docs" / "img" / "benchmark.png"
MEASURES = ("precision", "recall", "f1")
COLOURS = {"text": "#1f77b4", "HTML": "#ff7f0e"}


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if not {"summary", "pages"} <= data.keys():
        raise SystemExit(f"{path}: not the output of score.py --json")
    return data


def draw(results: dict[str, dict[str, Any]], output: Path) -> None:
    figure, (summary, pages) = plt.subplots(1, 2, figsize=(10, 4), width_ratios=(2, 3))
    width = 0.8 / len(results)
    for number, (kind, data) in enumerate(results.items()):
        places = [i + (number - (len(results) - 1) / 2) * width for i in range(len(MEASURES))]
        values = [data["summary"][measure] for measure in MEASURES]
        bars = summary.bar(places, values, width, label=f"{kind} input", color=COLOURS[kind])
        summary.bar_label(bars, fmt="%.3f", fontsize=8, padding=2)
        scores = sorted((page["body_f1"] for page in data["pages"].values()), reverse=True)
        shares = [100 * (i + 0.5) / len(scores) for i in range(len(scores))]
        pages.plot(shares, scores, label=f"{kind} input", color=COLOURS[kind], linewidth=2)
    summary.set_xticks(range(len(MEASURES)), ["precision", "recall", "F1"])
    summary.set_ylim(0.8, 1.0)
    summary.set_title("Body text, averaged over pages")
    summary.legend(loc="upper center", bbox_to_anchor=(0.5, -0.1), ncol=2, fontsize=9)
    pages.set_xlabel("pages, best first (%)")
    pages.set_ylabel("body F1")
    pages.set_ylim(0, 1.02)
    pages.set_xlim(0, 100)
    pages.grid(alpha=0.3)
    pages.set_title(f"Each page's body F1 ({len(next(iter(results.values()))['pages'])} pages)")
    pages.legend(loc="lower left")
    figure.tight_layout()
    # No software tag in the file, so the same data always gives the same bytes.
    figure.savefig(output, dpi=110, metadata={"Software": None})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", type=Path, required=True, help="score.py text --json output")
    parser.add_argument("--html", type=Path, required=True, help="score.py html --json output")
    parser.add_argument("-o", "--output", type=Path, default=OUTPUT, help=f"default: {OUTPUT}")
    args = parser.parse_args()
    draw({"text": load(args.text), "HTML": load(args.html)}, args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()

"""Testing scrapers with newsparse: golden files for saved pages, and page generators.

Keep the pages your scraper saves (``.html``, ``.txt``, ``.gz``) beside your tests and check
each against a golden JSON file with the pytest fixture ``newsparse_golden``; pytest loads it
on its own once newsparse is installed::

    def test_storm_page(newsparse_golden):
        newsparse_golden("pages/storm.html")     # compares with pages/storm.golden.json

``pytest --newsparse-update`` writes the golden files. Hypothesis strategies that write
scraped pages, with what a correct parse finds in them, are in
``newsparse.testing.strategies`` (the only module here that needs hypothesis).
"""

from __future__ import annotations

from newsparse.testing.golden import Golden, GoldenMismatch, find_pages, golden_path
from newsparse.testing.masks import MASKED, RELATIVE

__all__ = ["MASKED", "RELATIVE", "Golden", "GoldenMismatch", "find_pages", "golden_path"]

"""The project's own saved pages, checked the way users check theirs: a golden file each.

``now`` comes from ``newsparse_now`` in pyproject.toml; ``pytest --newsparse-update`` rewrites
the golden files after a deliberate change to the rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.testing import Golden, find_pages

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize("page", find_pages(FIXTURES), ids=lambda page: page.name)
def test_page_matches_its_golden_file(page: Path, newsparse_golden: Golden) -> None:
    newsparse_golden(page)

from __future__ import annotations

from pathlib import Path

import pytest

# The tests of newsparse's own pytest plugin run pytest in a scratch folder (tests/testing/).
pytest_plugins = ["pytester"]

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED = FIXTURES / "000_0104679317dec44f.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")

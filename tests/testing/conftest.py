from __future__ import annotations

import pytest

from tests.testing.pages import STORM

TEST_STORM = """
def test_storm(newsparse_golden):
    newsparse_golden("storm.txt")
"""


@pytest.fixture(autouse=True)
def _quick_inner_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    # Hypothesis's plugin imports half of hypothesis when a run ends, and pytester forgets
    # modules a run imported: without this every inner run would take a second.
    monkeypatch.setenv("PYTEST_ADDOPTS", "-p no:hypothesispytest")


@pytest.fixture
def storm(pytester: pytest.Pytester) -> pytest.Pytester:
    """A scratch folder holding ``storm.txt`` and a test that checks it against its golden file."""
    pytester.path.joinpath("storm.txt").write_text(STORM, encoding="utf-8")
    pytester.makepyfile(test_storm=TEST_STORM)
    return pytester

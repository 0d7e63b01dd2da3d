from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fuzz: a long fuzz run, only when NEWSPARSE_FUZZ_EXAMPLES is set"
    )

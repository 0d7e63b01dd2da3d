"""The examples in the front ends' docstrings run, and importing newsparse stays light."""

from __future__ import annotations

import doctest
import subprocess
import sys
from types import ModuleType

import pytest

from newsparse.sources import decode, html, metadata


@pytest.mark.parametrize("module", [decode, html, metadata], ids=lambda module: module.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert (failed, attempted > 0) == (0, True)


def test_import_newsparse_loads_no_html_machinery() -> None:
    code = (
        "import sys, newsparse; "
        "print(sorted(m for m in ('lxml', 'bs4', 'newsparse.sources.html', "
        "'newsparse.sources.metadata') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"

"""The examples in the batch modules' docstrings run."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ["__init__", "extras", "inputs", "job", "output", "results", "run", "warc", "dask"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if name == "dask":
        pytest.importorskip("dask.bag")
    if name == "warc":
        pytest.importorskip("warcio")
    monkeypatch.chdir(ROOT)  # the examples read fixtures/
    module = importlib.import_module("newsparse.batch" + ("" if name == "__init__" else f".{name}"))
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert (failed, attempted > 0) == (0, True)

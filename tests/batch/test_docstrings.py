"""The examples in the docstrings of the batch modules and of the command run."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BATCH = ["extras", "inputs", "job", "output", "results", "run", "warc", "dask"]
MODULES = ["newsparse.batch", *(f"newsparse.batch.{name}" for name in BATCH), "newsparse.cli"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if name.endswith(".dask"):
        pytest.importorskip("dask.bag")
    if name.endswith(".warc"):
        pytest.importorskip("warcio")
    monkeypatch.chdir(ROOT)  # the examples read fixtures/
    module = importlib.import_module(name)
    failed, attempted = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert (failed, attempted > 0) == (0, True)

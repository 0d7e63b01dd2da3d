"""The examples in the docstrings of newsparse.testing run."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from newsparse.testing import align, diff, golden, masks


@pytest.mark.parametrize("module", [align, diff, golden, masks], ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    failed, attempted = doctest.testmod(module)
    assert (failed, attempted > 0) == (0, True)

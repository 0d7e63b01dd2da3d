"""Every Python example in README.md and docs/ runs, in order, one namespace per file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsparse
from newsparse.rules import PRESET
from newsparse.vocabulary import _COMMON_KEYS, _LANGUAGE_KEYS, _RELATIVE_KEYS

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: p.name)
def test_examples_run(document: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{document.stem}"}
    for block in PYTHON_BLOCK.findall(document.read_text(encoding="utf-8")):
        exec(compile(block, str(document), "exec"), namespace)


def test_pipeline_page_lists_every_default_rule_in_order() -> None:
    text = (ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8")
    listed = re.findall(r"^\| `(\w+)` \|", text, re.MULTILINE)
    assert listed == list(newsparse.DEFAULT_RULES)


def test_custom_rule_example_is_short() -> None:
    text = (ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8")
    block = PYTHON_BLOCK.findall(text.split("## A custom rule")[1])[0]
    assert len(block.strip().splitlines()) < 20


def test_pipeline_page_states_every_contract() -> None:
    text = (ROOT / "docs" / "pipeline.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\w+) \| (.*?) \| (.*?) \| (.*?) \|$", text, re.MULTILINE)

    def facts(cell: str) -> frozenset[str]:
        return frozenset(re.findall(r"`(\w+)`", cell))

    documented = {name: tuple(map(facts, cells)) for name, *cells in rows if name != "rule"}
    declared = {name: (c.needs, c.uses, c.writes) for name, _, c in PRESET}
    assert documented == declared


def test_no_example_that_runs_goes_to_the_network() -> None:
    """Examples that fetch are marked ``py``, not ``python``, so that the tests skip them."""
    fetching = [
        document.name
        for document in DOCUMENTS
        for block in PYTHON_BLOCK.findall(document.read_text(encoding="utf-8"))
        if "httpx" in block or "urlopen" in block
    ]
    assert fetching == []


def test_languages_page_states_every_vocabulary_key() -> None:
    text = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    stated = set(re.findall(r"^\| `(\w+)`", text, re.MULTILINE))
    stated |= set(re.findall(r"`(\w+)`(?:, | \|)", text))  # the units, stated in one row
    keys = _COMMON_KEYS | _LANGUAGE_KEYS | _RELATIVE_KEYS
    assert sorted(keys - stated) == []

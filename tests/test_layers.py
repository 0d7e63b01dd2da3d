"""The import arrows of the package's parts (the table in docs/index.md): every module's
imports of newsparse, read from its source, go only where its part may go."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "newsparse"

PARTS = {
    "model": ["model", "errors", "lines"],
    "readers": [
        "dates",
        "quick_dates",
        "vocabulary",
        "bylines",
        "shape",
        "language",
        "letters",
        "addresses",
        "blocks",
    ],
    "core": ["pipeline", "ruler", "state", "assemble"],
    "rules": ["rules"],
    "sources": ["sources"],
    "api": ["__init__"],
    "faces": ["cli", "testing", "batch", "__main__"],
}
MAY_USE = {
    "model": {"model"},
    "readers": {"readers", "model"},
    "core": {"core", "rules", "sources", "readers", "model"},
    "rules": {"core", "readers", "model"},
    "sources": {"core", "readers", "model"},
    "api": {"core", "readers", "model", "api"},
    "faces": {"api", "model", "faces"},
}


def _part(module: str) -> str:
    """The part of ``newsparse.x.y`` (``newsparse`` alone is the public API)."""
    top = module.split(".")[1] if "." in module else "__init__"
    return next(part for part, tops in PARTS.items() if top in tops)


def _modules() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(relative.parts)
        if parts[-1] == "__init__" and len(parts) > 2:
            parts.pop()
        found.append(".".join(parts))
    return found


def _imports(module: str) -> set[str]:
    path = PACKAGE.parent.joinpath(*module.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name == "newsparse" or name.startswith("newsparse.")}


@pytest.mark.parametrize("module", _modules())
def test_imports_go_only_where_the_part_may(module: str) -> None:
    part = "api" if module == "newsparse" else _part(module)
    imported = _imports(module)
    if module.startswith("newsparse.rules."):
        # A rule stands alone: only the preset (``newsparse.rules``) knows the others.
        assert {m for m in imported if m.startswith("newsparse.rules")} == set()
    wrong = sorted(
        name
        for name in imported
        if (_part(name) if name != "newsparse" else "api") not in MAY_USE[part] | {part}
        and not (part == "rules" and name == "newsparse.rules")
    )
    assert wrong == [], f"{module} ({part}) imports {wrong}"


def test_faces_use_the_public_api_and_the_model_only() -> None:
    faces = [m for m in _modules() if _part(m) == "faces"]
    inner = {
        m: sorted(
            name
            for name in _imports(m)
            if name not in {"newsparse", "newsparse.model", "newsparse.errors"}
            and _part(name) != "faces"
        )
        for m in faces
    }
    assert inner == {m: [] for m in faces}


def _module_level_imports(module: str) -> set[str]:
    """What ``module`` imports when it is loaded: not in functions, not for type checking."""
    path = PACKAGE.parent.joinpath(*module.split("."))
    source = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    known = set(_modules())
    names: set[str] = set()
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(
                f"{node.module}.{alias.name}"
                for alias in node.names
                if f"{node.module}.{alias.name}" in known
            )
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name in known}


def test_no_import_circle() -> None:
    graph = {module: _module_level_imports(module) for module in _modules()}
    circles = []
    for start, imported in graph.items():
        seen: set[str] = set()
        todo = list(imported)
        while todo:
            module = todo.pop()
            if module == start:
                circles.append(start)
                break
            if module not in seen:
                seen.add(module)
                todo.extend(graph.get(module, ()))
    assert circles == []

"""The pytest plugin that installing newsparse registers (entry point ``pytest11``, name
``newsparse``; ``pytest -p no:newsparse`` turns it off).

It gives tests two fixtures, ``newsparse_golden`` (check a saved page against its golden
file) and ``newsparse_parser`` (the Parser it uses: override it to check your own rules), the
option ``--newsparse-update`` that writes golden files, the ini settings ``newsparse_now`` and
``newsparse_mask``, and a field-by-field message when ``assert article == other`` fails::

    def test_storm_page(newsparse_golden):
        newsparse_golden("pages/storm.html")
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import attrs
import pytest

from newsparse import Parser
from newsparse.model import Article
from newsparse.testing.diff import counted, differences, render
from newsparse.testing.golden import Golden, parse_now
from newsparse.testing.masks import check_masks

# Without -vv a mismatch lists this many differences, as pytest shortens its own diffs.
SHOWN_DIFFERENCES = 20


@attrs.define
class Settings:
    """What the command line and the ini file say, read once per run."""

    now: datetime | None
    mask: tuple[str, ...]
    update: bool
    written: list[tuple[Path, bool]] = attrs.Factory(list)


SETTINGS = pytest.StashKey[Settings]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsparse", "newsparse golden files")
    group.addoption(
        "--newsparse-update",
        action="store_true",
        help="write missing golden files and refresh those that differ from the parse",
    )
    parser.addini(
        "newsparse_now",
        default="",
        help="reference time (ISO 8601) for relative stamps in golden-file tests, "
        "e.g. 2024-11-26T12:00:00+00:00",
    )
    parser.addini(
        "newsparse_mask",
        type="linelist",
        default=[],
        help="article fields golden files leave open, e.g. lines, updated, stamps.value, relative",
    )


def pytest_configure(config: pytest.Config) -> None:
    try:
        settings = Settings(
            now=parse_now(str(config.getini("newsparse_now"))),
            mask=check_masks(config.getini("newsparse_mask")),
            update=bool(config.getoption("newsparse_update")),
        )
    except ValueError as exc:
        raise pytest.UsageError(f"newsparse: {exc}") from None
    config.stash[SETTINGS] = settings


@pytest.fixture
def newsparse_parser() -> Parser:
    """The Parser ``newsparse_golden`` parses pages with: the default pipeline. Override this
    fixture in a ``conftest.py`` to check your pages with your own rules."""
    return Parser()


@pytest.fixture
def newsparse_golden(request: pytest.FixtureRequest, newsparse_parser: Parser) -> Golden:
    """Check a saved page against the golden file beside it: ``newsparse_golden("page.html")``
    parses ``page.html`` (relative to the test file) and compares its articles with
    ``page.golden.json``; it returns the articles. See ``newsparse.testing.golden.Golden``."""
    settings = request.config.stash[SETTINGS]
    verbose = request.config.get_verbosity() >= 2
    return Golden(
        parser=newsparse_parser,
        base=request.path.parent,
        now=settings.now,
        mask=settings.mask,
        update=settings.update,
        limit=None if verbose else SHOWN_DIFFERENCES,
        on_write=lambda path, created: settings.written.append((path, created)),
    )


def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """``assert parsed == expected`` on two Articles names the fields that differ."""
    if op != "==" or not (isinstance(left, Article) and isinstance(right, Article)):
        return None
    found = list(differences(left.to_dict(), right.to_dict()))
    limit = None if config.get_verbosity() >= 2 else SHOWN_DIFFERENCES
    summary = f"Article == Article: {counted(len(found), 'difference')}"
    return [summary, *render(found, limit=limit, sides=("left", "right"))]


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    written = config.stash[SETTINGS].written
    if not written:
        return
    terminalreporter.write_sep("-", f"newsparse: {counted(len(written), 'golden file')} written")
    for path, created in written:
        shown = path.relative_to(config.rootpath) if path.is_relative_to(config.rootpath) else path
        terminalreporter.write_line(f"{'created' if created else 'refreshed'}  {shown}")

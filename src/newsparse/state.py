"""The State the rules share: the lines, the role each line has been given, and what was read.

Rules read and write only through State. A rule claims a line with ``state.claim(i, role,
payload)``; the first claim wins, so a rule placed earlier in the pipeline takes precedence,
and the pipeline records which rule gave each role. A rule that refines an earlier one's
work says so: ``relabel`` and ``release`` keep the role they replace in ``history``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime

import attrs

from newsparse.addresses import absolute
from newsparse.bylines import MetaLine
from newsparse.errors import NotARole
from newsparse.lines import Line
from newsparse.model import Dateline, Image, Notice, PageMeta, Role
from newsparse.vocabulary import Vocabulary


@attrs.frozen
class GalleryPosition:
    """What a gallery counter such as ``1 / 2`` says."""

    position: int
    total: int


@attrs.frozen
class DatelineSplit:
    """A paragraph opened by a dateline: the dateline and the paragraph without it."""

    dateline: Dateline
    rest: str


@attrs.frozen
class TitleSplit:
    """A headline printed after its kicker in one element: ``Akkutechnik: Hat Quantumscape
    genug Akkus für ein Motorrad gebaut?``."""

    kicker: str
    headline: str


@attrs.frozen
class Change:
    """A role a line lost: ``role`` given by rule ``rule``, then relabelled or released by
    rule ``by``."""

    role: Role
    rule: str
    by: str

    def __str__(self) -> str:
        return f"was {self.role.value} by {self.rule}, changed by {self.by}"


DeclaredValue = str | datetime | tuple[str, ...]
"""A headline, a date, or authors' names."""


@attrs.frozen
class Declared:
    """What a page's metadata declares for one printed field of its article."""

    value: DeclaredValue
    wins: bool
    """True: the declared value replaces a different printed one; False: it only fills the
    field when the page prints nothing for it."""


Payload = str | Image | GalleryPosition | DatelineSplit | MetaLine | TitleSplit
"""What a rule read from a line besides its role: a bullet's text, a caption's Image …"""


@attrs.define
class State:
    """Lines, their roles so far and the facts the rules gathered, for one input document."""

    lines: list[Line]
    vocabulary: Vocabulary
    now: datetime | None = None
    page: PageMeta | None = None
    """What an HTML page declares about itself (JSON-LD, meta tags); None for text input."""
    roles: list[Role | None] = attrs.field(init=False)
    rule_names: list[str] = attrs.field(init=False)
    payloads: dict[int, Payload] = attrs.field(factory=dict, init=False)
    notices: list[Notice] = attrs.field(factory=list, init=False)
    starts: list[int] = attrs.field(factory=lambda: [0], init=False)
    """Index of the first line of each article, ascending; the split rule sets it."""
    blocks: list[range] = attrs.field(factory=list, init=False)
    """The runs of lines that hold each story's text, in order; the body rule finds them."""
    barriers: set[int] = attrs.field(factory=set, init=False)
    """Lines that end a story's text, such as ``Related articles``: the body stops there."""
    rule: str = attrs.field(default="", init=False)
    """Name of the rule running now; claims are recorded under it."""
    history: dict[int, list[Change]] = attrs.field(factory=dict, init=False)
    """For each line a later rule relabelled or released: the roles it had before, oldest
    first (``explain`` shows them)."""
    declared: dict[str, Declared] = attrs.field(factory=dict, init=False)
    """By the name of an Article field (``headline``, ``published``, ``updated``,
    ``authors``): what the page's metadata declares for it; the declared rule finds it and
    assemble completes the first article with it."""
    facts: dict[str, object] = attrs.field(factory=dict, init=False)
    """A custom rule's own findings, under names of its choosing, for the rules after it."""

    def __attrs_post_init__(self) -> None:
        self.roles = [None] * len(self.lines)
        self.rule_names = [""] * len(self.lines)

    def image_url(self, index: int) -> str | None:
        """The address of the picture line ``index`` stands with (``Hints.image``), made
        absolute against the page's address, or its canonical one without it; None for a
        line outside a figure and for text input."""
        hints = self.lines[index].hints
        return None if hints is None or hints.image is None else self.address(hints.image)

    def address(self, written: str) -> str:
        """An address as the page writes it (``/img/ferry.jpg``), made absolute against the
        page's address, or its canonical one without it; as written when it has neither."""
        page = self.page
        base = (page.url or page.canonical_url) if page is not None else None
        return absolute(written, base)

    def is_free(self, index: int) -> bool:
        return self.roles[index] is None

    def claim(self, index: int, role: Role, payload: Payload | None = None) -> bool:
        """Give line ``index`` a role unless an earlier rule already did; True if it took."""
        if self.roles[index] is not None:
            return False
        self.relabel(index, role, payload)
        return True

    def relabel(self, index: int, role: Role, payload: Payload | None = None) -> None:
        """Give line ``index`` a role even if it has one: for rules that refine another's.
        The role it had is kept in ``history``."""
        if not isinstance(role, Role):
            raise NotARole(_not_a_role(self.rule, role))
        self._record(index)
        self.roles[index] = role
        self.rule_names[index] = self.rule
        if payload is None:
            self.payloads.pop(index, None)
        else:
            self.payloads[index] = payload

    def release(self, index: int) -> None:
        """Take a line's role back, so that a later rule may claim it: for a rule that finds
        an earlier rule's claim too wide. The role it had is kept in ``history``."""
        self._record(index)
        self.roles[index] = None
        self.rule_names[index] = ""
        self.payloads.pop(index, None)

    def _record(self, index: int) -> None:
        role = self.roles[index]
        if role is not None:
            change = Change(role, self.rule_names[index], self.rule)
            self.history.setdefault(index, []).append(change)

    def notice(self, code: str, message: str, index: int | None = None) -> None:
        line = None if index is None else self.lines[index].number
        self.notices.append(Notice(code=code, message=message, line=line))

    def segments(self) -> Iterator[range]:
        """The line ranges of the articles, in order (the whole input before a split)."""
        bounds = [*self.starts, len(self.lines)]
        for start, end in itertools.pairwise(bounds):
            yield range(start, end)

    def first(self, role: Role, within: range) -> int | None:
        """Index of the first line in ``within`` with ``role``, or None."""
        return next((i for i in within if self.roles[i] is role), None)

    def non_blank_above(self, index: int) -> Iterator[int]:
        """The indexes of the non-blank lines above line ``index``, nearest first."""
        return (i for i in range(index - 1, -1, -1) if self.roles[i] is not Role.BLANK)

    def headers(self) -> Iterator[tuple[int | None, range]]:
        """For each story block: its headline's index (or None) and the lines between the
        headline (or the end of the previous block) and the block — where bylines, stamps and
        the standfirst stand."""
        previous_end = 0
        for block in self.blocks:
            top = None
            for index in range(block.start - 1, previous_end - 1, -1):
                if self.roles[index] is Role.HEADLINE:
                    top = index
                    break
            yield top, range(previous_end if top is None else top + 1, block.start)
            previous_end = block.stop


def _not_a_role(rule: str, role: object) -> str:
    """What was passed for a role, and the Role to pass instead (every Role when the value
    names none).

    >>> _not_a_role("sponsor", "chrome")
    "rule 'sponsor': a line's role must be a Role, not the str 'chrome': pass Role.CHROME"
    """
    named = [r for r in Role if r.value == role] or list(Role)
    fix = " or ".join(f"Role.{r.name}" for r in named)
    where = f"rule {rule!r}: " if rule else ""
    return (
        f"{where}a line's role must be a Role, not the {type(role).__name__} {role!r}: pass {fix}"
    )

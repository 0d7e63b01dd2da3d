"""Ruler: the ordered, editable list of named rules a Parser runs, with each rule's contract.

A contract names the facts a rule reads and writes on the State (``blocks``, ``meta``,
``headlines`` …). Before it runs, the Ruler checks that every fact a rule needs is written by
a rule that runs before it, and raises ``RuleConflict`` naming both when not: disabling
``body`` fails loudly instead of returning articles without paragraphs. Every operation that
names a rule raises ``UnknownRule`` when the name is not there, so a typo in a customisation
fails loudly instead of silently doing nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from newsparse.errors import NewsParseError, RuleConflict, RuleFailed, UnknownRule
from newsparse.state import State

Rule = Callable[[State], None]
"""A rule reads the State and claims roles for lines; it returns nothing."""

SOURCE_FACTS = frozenset({"lines", "page"})
"""What the input gives before any rule runs: the lines, and on HTML the page's metadata."""


def _facts(names: Iterable[str]) -> frozenset[str]:
    if isinstance(names, str):  # a lone name, not its letters
        return frozenset({names})
    return frozenset(names)


@attrs.frozen
class Contract:
    """The facts a rule reads and writes on the State, by name.

    ``needs``: facts the rule cannot do its job without; a rule before it must write each.
    ``uses``: facts it reads when earlier rules wrote them, and does without otherwise.
    ``writes``: facts it adds (roles it claims or relabels, State fields it sets).
    """

    needs: frozenset[str] = attrs.field(default=frozenset(), converter=_facts)
    uses: frozenset[str] = attrs.field(default=frozenset(), converter=_facts)
    writes: frozenset[str] = attrs.field(default=frozenset(), converter=_facts)


@attrs.define
class _Entry:
    name: str
    rule: Rule
    contract: Contract
    enabled: bool = True


class Ruler:
    """An ordered list of named rules; each can be moved, replaced, disabled or enabled.

    Build one from ``(name, rule)`` or ``(name, rule, contract)`` items; a rule without a
    contract reads and writes nothing the Ruler checks.
    """

    def __init__(self, rules: Iterable[tuple[str, Rule] | tuple[str, Rule, Contract]] = ()) -> None:
        self._entries: list[_Entry] = []
        self._checked = False
        for name, rule, *contract in rules:
            self._insert(len(self._entries), name, rule, contract[0] if contract else Contract())

    def __repr__(self) -> str:
        names = ", ".join(e.name if e.enabled else f"({e.name})" for e in self._entries)
        return f"Ruler([{names}])"

    @property
    def names(self) -> list[str]:
        """Every rule's name, in order, disabled ones included."""
        return [entry.name for entry in self._entries]

    @property
    def active(self) -> list[tuple[str, Rule]]:
        """The enabled rules, in the order they run."""
        return [(entry.name, entry.rule) for entry in self._entries if entry.enabled]

    def contract(self, name: str) -> Contract:
        """What rule ``name`` reads and writes."""
        return self._entries[self._index(name)].contract

    def copy(self) -> Ruler:
        """An independent Ruler with the same rules, contracts and enabled flags."""
        clone = Ruler()
        clone._entries = [attrs.evolve(entry) for entry in self._entries]
        return clone

    def push(
        self,
        name: str,
        rule: Rule,
        *,
        needs: Iterable[str] = (),
        uses: Iterable[str] = (),
        writes: Iterable[str] = (),
    ) -> None:
        """Add a rule at the end."""
        self._insert(len(self._entries), name, rule, Contract(needs, uses, writes))

    def before(
        self,
        existing: str,
        name: str,
        rule: Rule,
        *,
        needs: Iterable[str] = (),
        uses: Iterable[str] = (),
        writes: Iterable[str] = (),
    ) -> None:
        """Add a rule just before ``existing``."""
        self._insert(self._index(existing), name, rule, Contract(needs, uses, writes))

    def after(
        self,
        existing: str,
        name: str,
        rule: Rule,
        *,
        needs: Iterable[str] = (),
        uses: Iterable[str] = (),
        writes: Iterable[str] = (),
    ) -> None:
        """Add a rule just after ``existing``."""
        self._insert(self._index(existing) + 1, name, rule, Contract(needs, uses, writes))

    def at(self, existing: str, rule: Rule) -> None:
        """Replace the function of rule ``existing``, keeping its name, place and contract."""
        self._entries[self._index(existing)].rule = rule

    def move(self, name: str, *, before: str | None = None, after: str | None = None) -> None:
        """Move rule ``name``, with its contract, just before or just after another."""
        target = before if after is None else after
        if target is None or (before is not None and after is not None):
            raise TypeError("move() takes exactly one of before= and after=")
        self._index(target)  # an unknown name raises before anything moves
        if target == name:
            raise RuleConflict(f"cannot move {name!r} next to itself")
        entry = self._entries.pop(self._index(name))
        place = self._index(target) + (after is not None)
        self._entries.insert(place, entry)
        self._checked = False

    def remove(self, name: str) -> None:
        """Take rule ``name`` out of the pipeline."""
        del self._entries[self._index(name)]
        self._checked = False

    def enable(self, *names: str) -> None:
        """Run the named rules again (after ``disable``)."""
        for name in names:
            self._entries[self._index(name)].enabled = True
        self._checked = False

    def disable(self, *names: str) -> None:
        """Skip the named rules, keeping their places (``enable`` brings them back)."""
        for name in names:
            self._entries[self._index(name)].enabled = False
        self._checked = False

    def check(self) -> None:
        """Raise ``RuleConflict`` when an enabled rule needs a fact that no enabled rule
        before it writes (its writer disabled, removed or moved after it)."""
        active = [entry for entry in self._entries if entry.enabled]
        written = set(SOURCE_FACTS)
        for position, entry in enumerate(active):
            for fact in sorted(entry.contract.needs - written):
                later = [e.name for e in active[position + 1 :] if fact in e.contract.writes]
                raise RuleConflict(self._conflict(entry.name, fact, later))
            written |= entry.contract.writes
        self._checked = True

    def run(self, state: State) -> None:
        """Run the enabled rules in order, each told its own name so claims record it.

        A rule's own exception is raised as ``RuleFailed`` naming the rule (the exception is
        its ``__cause__``); a ``NewsParseError`` passes through as it is."""
        if not self._checked:
            self.check()
        for name, rule in self.active:
            state.rule = name
            try:
                rule(state)
            except NewsParseError:
                raise
            except Exception as exc:
                raise RuleFailed(f"rule {name!r} raised {type(exc).__name__}: {exc}") from exc
        state.rule = ""

    def _conflict(self, name: str, fact: str, later: list[str]) -> str:
        enabled = [e for e in self._entries if e.enabled]
        needing = [e.name for e in enabled if fact in e.contract.needs]
        head = f"rule {name!r} needs {fact!r}, which no rule before it writes"
        if later:
            return f"{head}: {later[0]!r} writes it but runs after it; move {later[0]!r} earlier"
        disabled = [e.name for e in self._entries if not e.enabled and fact in e.contract.writes]
        if disabled:
            return (
                f"{head}: {disabled[0]!r} writes it but is disabled, and {needing} need it; "
                f"enable {disabled[0]!r}, or replace it with ruler.at({disabled[0]!r}, rule)"
            )
        return (
            f"{head}: no rule in the pipeline writes it, and {needing} need it; add a rule "
            f"that writes {fact!r} before {name!r}"
        )

    def _index(self, name: str) -> int:
        for index, entry in enumerate(self._entries):
            if entry.name == name:
                return index
        raise UnknownRule(f"no rule named {name!r} in the pipeline; rules are: {self.names}")

    def _insert(self, index: int, name: str, rule: Rule, contract: Contract) -> None:
        if any(entry.name == name for entry in self._entries):
            raise RuleConflict(
                f"a rule named {name!r} is already in the pipeline; use at() to replace it"
            )
        if not callable(rule):
            raise TypeError(
                f"rule {name!r} must be callable as rule(state), got {type(rule).__name__}"
            )
        self._entries.insert(index, _Entry(name, rule, contract))
        self._checked = False

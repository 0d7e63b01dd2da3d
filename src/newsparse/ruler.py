"""Ruler: the ordered, editable list of named rules a Parser runs.

Every operation that names a rule raises ``UnknownRule`` when the name is not there, so a typo
in a customisation fails loudly instead of silently doing nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from newsparse.errors import RuleConflict, UnknownRule
from newsparse.state import State

Rule = Callable[[State], None]
"""A rule reads the State and claims roles for lines; it returns nothing."""


@attrs.define
class _Entry:
    name: str
    rule: Rule
    enabled: bool = True


class Ruler:
    """An ordered list of ``(name, rule)``; each can be moved, replaced, disabled or enabled."""

    def __init__(self, rules: Iterable[tuple[str, Rule]] = ()) -> None:
        self._entries: list[_Entry] = []
        for name, rule in rules:
            self.push(name, rule)

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

    def copy(self) -> Ruler:
        clone = Ruler()
        clone._entries = [attrs.evolve(entry) for entry in self._entries]
        return clone

    def push(self, name: str, rule: Rule) -> None:
        """Add a rule at the end."""
        self._insert(len(self._entries), name, rule)

    def before(self, existing: str, name: str, rule: Rule) -> None:
        """Add a rule just before ``existing``."""
        self._insert(self._index(existing), name, rule)

    def after(self, existing: str, name: str, rule: Rule) -> None:
        """Add a rule just after ``existing``."""
        self._insert(self._index(existing) + 1, name, rule)

    def at(self, existing: str, rule: Rule) -> None:
        """Replace the function of rule ``existing``, keeping its name and place."""
        self._entries[self._index(existing)].rule = rule

    def remove(self, name: str) -> None:
        del self._entries[self._index(name)]

    def enable(self, *names: str) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = True

    def disable(self, *names: str) -> None:
        for name in names:
            self._entries[self._index(name)].enabled = False

    def run(self, state: State) -> None:
        """Run the enabled rules in order, each told its own name so claims record it."""
        for name, rule in self.active:
            state.rule = name
            rule(state)
        state.rule = ""

    def _index(self, name: str) -> int:
        for index, entry in enumerate(self._entries):
            if entry.name == name:
                return index
        raise UnknownRule(f"no rule named {name!r} in the pipeline; rules are: {self.names}")

    def _insert(self, index: int, name: str, rule: Rule) -> None:
        if any(entry.name == name for entry in self._entries):
            raise RuleConflict(
                f"a rule named {name!r} is already in the pipeline; use at() to replace it"
            )
        if not callable(rule):
            raise TypeError(
                f"rule {name!r} must be callable as rule(state), got {type(rule).__name__}"
            )
        self._entries.insert(index, _Entry(name, rule))

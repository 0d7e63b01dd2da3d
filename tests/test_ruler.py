"""The pipeline is a user-editable, ordered list of named rules."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import DEFAULT_RULES, Parser, Role, RuleConflict, Ruler, State, UnknownRule
from newsparse.pipeline import default_ruler
from newsparse.ruler import Contract
from newsparse.state import Change

TEXT = """Storm closes schools across the north
Listen to this story
Storm closes schools across the north
SPONSORED: Buy our winter boots today, the best boots for snow in the whole country.
LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, officials said.
"""


def test_default_preset_order() -> None:
    assert default_ruler().names == list(DEFAULT_RULES)
    assert DEFAULT_RULES[0] == "blank"
    assert DEFAULT_RULES[-1] == "leftover"


def _noop(state: State) -> None:
    del state


def test_before_after_at_push_remove_move() -> None:
    ruler = Ruler([("a", _noop), ("c", _noop)])
    ruler.before("c", "b", _noop)
    ruler.after("c", "d", _noop)
    ruler.push("e", _noop)
    assert ruler.names == ["a", "b", "c", "d", "e"]
    ruler.remove("d")
    ruler.at("e", _noop)
    assert ruler.names == ["a", "b", "c", "e"]
    ruler.move("a", after="c")
    ruler.move("e", before="b")
    assert ruler.names == ["e", "b", "c", "a"]


def test_disable_and_enable() -> None:
    ruler = Ruler([("a", _noop), ("b", _noop)])
    ruler.disable("a")
    assert [name for name, _ in ruler.active] == ["b"]
    assert repr(ruler) == "Ruler([(a), b])"
    ruler.enable("a")
    assert [name for name, _ in ruler.active] == ["a", "b"]


@pytest.mark.parametrize(
    "operation",
    [
        lambda r: r.disable("nope"),
        lambda r: r.enable("nope"),
        lambda r: r.before("nope", "x", _noop),
        lambda r: r.after("nope", "x", _noop),
        lambda r: r.at("nope", _noop),
        lambda r: r.remove("nope"),
        lambda r: r.move("nope", before="a"),
        lambda r: r.move("a", after="nope"),
    ],
)
def test_unknown_names_raise(operation: object) -> None:
    ruler = Ruler([("a", _noop)])
    with pytest.raises(UnknownRule, match="'nope'"):
        operation(ruler)  # type: ignore[operator]


def test_duplicate_names_and_non_callables_raise() -> None:
    ruler = Ruler([("a", _noop)])
    with pytest.raises(RuleConflict):
        ruler.push("a", _noop)
    with pytest.raises(TypeError, match="callable"):
        ruler.push("b", "not a function")  # type: ignore[arg-type]


def test_copy_is_independent() -> None:
    ruler = default_ruler()
    clone = ruler.copy()
    clone.disable("dateline")
    assert [n for n, _ in ruler.active] == list(DEFAULT_RULES)


def test_extra_chrome_words() -> None:
    plain = Parser().parse_text(TEXT)
    (record,) = [r for r in plain.lines if r.text == "Listen to this story"]
    assert record.rule == "leftover"
    custom = Parser(extra_chrome=["Listen to this story"]).parse_text(TEXT)
    (record,) = [r for r in custom.lines if r.text == "Listen to this story"]
    assert (record.role, record.rule) == (Role.CHROME, "chrome")


def test_disabling_a_rule_changes_the_result() -> None:
    parser = Parser()
    assert parser.parse_text(TEXT).dateline is not None
    parser.ruler.disable("dateline")
    article = parser.parse_text(TEXT)
    assert article.dateline is None
    assert article.body[-1].startswith("LEEDS: Heavy snow")


def test_a_custom_rule_claims_lines_before_the_body() -> None:
    def sponsored(state: State) -> None:
        for index, line in enumerate(state.lines):
            if line.text.startswith("SPONSORED:"):
                state.claim(index, Role.CHROME)

    parser = Parser()
    parser.ruler.before("body", "sponsored", sponsored)
    article = parser.parse_text(TEXT)
    assert [r.rule for r in article.lines if r.text.startswith("SPONSORED")] == ["sponsored"]
    assert article.body == (
        "Heavy snow closed hundreds of schools across the north on Tuesday, officials said.",
    )


def test_lines_no_rule_claims_are_reported_as_unclaimed() -> None:
    parser = Parser()
    parser.ruler.disable("leftover")
    article = parser.parse_text(TEXT)
    (record,) = [r for r in article.lines if r.text == "Listen to this story"]
    assert (record.role, record.rule) == (Role.CHROME, "unclaimed")


def test_module_functions_use_the_default_pipeline() -> None:
    assert newsparse.parse_text(TEXT) == Parser().parse_text(TEXT)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            lambda r: r.disable("body"),
            r"'container' needs 'blocks'.*'body' writes it but is disabled.*'headline'",
        ),
        (
            lambda r: r.remove("body"),
            r"'container' needs 'blocks'.*no rule in the pipeline writes it",
        ),
        (
            lambda r: r.move("split", before="body"),
            r"'split' needs 'blocks'.*'body' writes it but runs after it",
        ),
    ],
    ids=["disabled", "removed", "moved-after"],
)
def test_a_rule_whose_input_is_missing_stops_the_parse(edit: object, message: str) -> None:
    parser = Parser()
    edit(parser.ruler)  # type: ignore[operator]
    with pytest.raises(RuleConflict, match=message):
        parser.parse_text(TEXT)


def test_a_rule_with_optional_inputs_runs_without_them() -> None:
    parser = Parser()
    parser.ruler.disable("pairs", "meta", "captions")
    assert parser.parse_text(TEXT).body


def test_contracts_are_declared_for_every_default_rule() -> None:
    ruler = default_ruler()
    assert ruler.contract("body") == Contract(
        uses=("meta", "blank", "pictures", "headlines", "barriers", "page"),
        writes=("body", "blocks"),
    )
    assert all(ruler.contract(name).writes for name in DEFAULT_RULES)


def test_custom_rules_share_their_own_facts() -> None:
    def count_sponsored(state: State) -> None:
        state.facts["sponsored"] = sum(1 for line in state.lines if "SPONSORED" in line.text)

    seen: list[object] = []
    parser = Parser()
    parser.ruler.push(
        "report", lambda state: seen.append(state.facts["sponsored"]), needs="sponsored"
    )
    with pytest.raises(RuleConflict, match="'report' needs 'sponsored'"):
        parser.parse_text(TEXT)
    parser.ruler.before("report", "count_sponsored", count_sponsored, writes="sponsored")
    parser.parse_text(TEXT)
    assert seen == [1]


def test_a_relabelled_line_keeps_its_earlier_role_in_the_history() -> None:
    state = Parser().run(
        "Storm closes schools across the north\nBy Ann Lee\nMarch 4, 2021\n"
        "LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, officials said.\n"
        "Rail operators cancelled dozens of services as drifts blocked lines near the coast.\n"
    )
    index = next(i for i, line in enumerate(state.lines) if line.text.startswith("LEEDS"))
    assert (state.roles[index], state.rule_names[index]) == (Role.DATELINE, "dateline")
    (change,) = state.history[index]
    assert change == Change(Role.BODY, "body", "dateline")
    assert str(change) == "was body by body, changed by dateline"

from __future__ import annotations

import pytest

from newsparse.model import Image, Role
from newsparse.rules.captions import credit_line, split_credit
from newsparse.vocabulary import Vocabulary
from tests.rules.conftest import RunRules

VOCABULARY = Vocabulary.load()


@pytest.mark.parametrize(
    ("line", "caption", "credit", "certain"),
    [
        (
            "Leaders shake hands in Islamabad. (PTV News)",
            "Leaders shake hands in Islamabad.",
            "PTV News",
            False,
        ),
        ("Talks at the PM Office. (Photo courtesy: PMO)", "Talks at the PM Office.", "PMO", True),
        ("A flooded street. (Photo: Jane Roe/AFP)", "A flooded street.", "Jane Roe/AFP", True),
        ("A flooded street (Photo by Jane Roe)", "A flooded street", "Jane Roe", True),
        (
            "Rescue teams at work. (Courtesy of the Red Crescent)",
            "Rescue teams at work.",
            "the Red Crescent",
            True,
        ),
        ("Troops patrol the border [File: Reuters]", "Troops patrol the border", "Reuters", True),
        (
            "Crowds gather in the square. (AP Photo/Jane Roe)",
            "Crowds gather in the square.",
            "AP Photo/Jane Roe",
            True,
        ),
        (
            "Workers are expected to get notice (Credit: iStock)",
            "Workers are expected to get notice",
            "iStock",
            True,
        ),
        ("The talks (held in Minsk) ended.", "The talks (held in Minsk) ended.", None, False),
        (
            "He said the plan would work (and that every one of the partners had agreed to it)",
            "He said the plan would work (and that every one of the partners had agreed to it)",
            None,
            False,
        ),
        ("No credit at all", "No credit at all", None, False),
    ],
)
def test_split_credit(line: str, caption: str, credit: str | None, certain: bool) -> None:
    assert split_credit(line, VOCABULARY) == (caption, credit, certain)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Jane Roe | Bloomberg | Getty Images", "Jane Roe | Bloomberg | Getty Images"),
        ("Getty Images", "Getty Images"),
        ("(Image: © NASA/ESA)", "NASA/ESA"),
        ("© REUTERS / POOL", "REUTERS / POOL"),
        ("Courtesy Riverside Library", "Riverside Library"),
        ("Photo: Jane Roe", "Jane Roe"),
        ("(Jane Roe / Associated Press)", "Jane Roe / Associated Press"),
        ("© 2021 Riverside Media Group. All rights reserved.", None),  # a copyright notice
        ("© Riverside Media. Todos os direitos reservados.", None),
        ("Photographers gathered outside the court on Monday.", None),
        ("Storm closes schools across the north", None),
    ],
)
def test_credit_line(line: str, credit: str | None) -> None:
    assert credit_line(line, VOCABULARY) == credit


def test_caption_follows_gallery_counter(run_rules: RunRules) -> None:
    state = run_rules(
        "1 / 3\n\nRescuers search the rubble. (Reuters)\n", "blank", "gallery", "captions"
    )
    assert state.roles[2] is Role.CAPTION
    assert state.payloads[2] == Image(caption="Rescuers search the rubble.", credit="Reuters")


def test_labelled_credit_without_counter_is_a_caption(run_rules: RunRules) -> None:
    state = run_rules("Rescuers search the rubble. (Photo: Reuters)", "captions")
    assert state.payloads[0] == Image(caption="Rescuers search the rubble.", credit="Reuters")


def test_unlabelled_parenthesis_without_counter_stays_free(run_rules: RunRules) -> None:
    state = run_rules("The fund (IMF) said growth would slow. (Riverside Desk)", "captions")
    assert state.roles == [None]


def test_the_line_above_a_credit_line_is_its_caption(run_rules: RunRules) -> None:
    text = "Rescuers search the rubble in Riverside on Monday.\nJane Roe | Getty Images\n"
    state = run_rules(text, "captions")
    assert state.roles == [Role.CAPTION, Role.CREDIT]
    assert state.payloads[1] == "Jane Roe | Getty Images"


def test_caption_prefixes_are_dropped(run_rules: RunRules) -> None:
    state = run_rules("Image caption Rescuers search the rubble", "captions")
    assert state.payloads[0] == Image(caption="Rescuers search the rubble")


REPAIR_TEXT = """1 / 1
akistani troops patrol the border. (AP)

Pakistani officials said the patrols would continue.
"""


def test_lost_first_letter_is_restored_when_proven(run_rules: RunRules) -> None:
    state = run_rules(REPAIR_TEXT, "blank", "gallery", "captions", "caption_repair")
    image = state.payloads[1]
    assert isinstance(image, Image)
    assert image.caption == "Pakistani troops patrol the border."
    assert image.flags == ("first-letter-restored",)
    assert [(n.code, n.line) for n in state.notices] == [("first-letter-restored", 2)]


@pytest.mark.parametrize(
    "other_text",
    [
        "Officials said the patrols would continue.",  # nothing proves the word
        "Pakistani and Rakistani officials met.",  # two words could: no proof
        "Officials met akistani visitors.",  # the word itself occurs: not damaged
    ],
)
def test_no_repair_without_a_single_proof(run_rules: RunRules, other_text: str) -> None:
    text = REPAIR_TEXT.replace("Pakistani officials said the patrols would continue.", other_text)
    state = run_rules(text, "blank", "gallery", "captions", "caption_repair")
    image = state.payloads[1]
    assert isinstance(image, Image)
    assert image.caption == "akistani troops patrol the border."
    assert image.flags == ()

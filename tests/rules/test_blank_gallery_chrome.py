from __future__ import annotations

import pytest

from newsparse.model import Role
from newsparse.state import GalleryPosition
from tests.rules.conftest import RunRules


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("", Role.BLANK),
        ("   ", Role.BLANK),
        ("\u00a0\u200b", Role.BLANK),
        ("x", None),
    ],
)
def test_blank(run_rules: RunRules, line: str, expected: Role | None) -> None:
    assert run_rules(line + "\n", "blank").roles == [expected]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1 / 2", GalleryPosition(1, 2)),
        ("3/12", GalleryPosition(3, 12)),
        ("2 of 5", GalleryPosition(2, 5)),
        ("10 / 10", GalleryPosition(10, 10)),
        ("Image 1 of 13", GalleryPosition(1, 13)),
        ("Photo 4 / 9", GalleryPosition(4, 9)),
        ("Foto 2 de 6", GalleryPosition(2, 6)),
        ("Bild 3 von 12", GalleryPosition(3, 12)),
        ("Foto 1 di 8", GalleryPosition(1, 8)),
        ("Photo 2 sur 4", GalleryPosition(2, 4)),
        ("Фото 2 из 5", GalleryPosition(2, 5)),
        ("3 / 2", None),  # a position past the total is a fraction or a score
        ("0 / 4", None),
        ("1 / 2 cups of flour", None),
        ("24/7", None),
    ],
)
def test_gallery_counter(run_rules: RunRules, line: str, expected: GalleryPosition | None) -> None:
    state = run_rules(line, "gallery")
    assert state.payloads.get(0) == expected
    assert state.roles[0] is (Role.GALLERY_COUNTER if expected else None)


@pytest.mark.parametrize(
    ("line", "is_chrome"),
    [
        ("Short Url", True),
        ("SHORT URL", True),
        ("Follow", True),
        ("Share:", True),
        ("Follow »", True),
        ("Advertisement", True),
        ("Continue reading the main story", True),
        ("READ MORE: Storm shuts schools across the north", True),
        ("Click to share on Telegram (Opens in new window)", True),
        ("Zurück zur Übersicht", True),
        ("Compartilhar", True),
        ("Following the talks, both sides agreed.", False),
        ("Share prices fell", False),
        ("Readers wrote in to say more.", False),
    ],
)
def test_chrome_words(run_rules: RunRules, line: str, is_chrome: bool) -> None:
    assert run_rules(line, "chrome").roles == [Role.CHROME if is_chrome else None]


@pytest.mark.parametrize(
    ("line", "is_marker"),
    [
        ("Related articles", True),
        ("You may also like...", True),
        ("Leave a Reply", True),
        ("More from Riverside Gazette", True),
        ("Share this:", True),
        ("© 2021 Riverside Media Group. All rights reserved.", True),
        ("Riverside Medien GmbH. Alle Rechte vorbehalten.", True),
        ("Riverside Média. Tous droits réservés.", True),
        ("ООО «Риверсайд Медиа». Все права защищены.", True),
        ("Weitere Beiträge zum Thema", True),
        ("Artigos relacionados", True),
        ("More on that later.", False),  # a sentence of the story
        ("Comments from residents poured in after the meeting on Tuesday evening.", False),
        # A paragraph about rights is prose, however it phrases them.
        (
            "The band said it had kept all rights reserved to its members when it signed the"
            " deal in 1998, and that the label had never challenged the clause in court, even"
            " after the catalogue was sold twice and the new owners began licensing the songs"
            " to advertisers without asking; the case, filed on Monday, seeks damages for every"
            " advert that used the recordings since the second sale closed in the spring of"
            " that year.",
            False,
        ),
    ],
)
def test_end_markers_are_chrome_and_barriers(
    run_rules: RunRules, line: str, is_marker: bool
) -> None:
    state = run_rules(line, "end_markers")
    assert state.roles == [Role.CHROME if is_marker else None]
    assert state.barriers == ({0} if is_marker else set())


@pytest.mark.parametrize(
    ("line", "is_chrome"),
    [
        ("Copy Link Copied", True),
        ("Share Email Print", True),
        ("Print Share Email Copy Link", True),
        ("Storm closes schools", False),
        ("Share Storm", False),  # one word of the run is no button
        ("Print", True),
    ],
)
def test_a_row_of_buttons_copied_as_one_line(
    run_rules: RunRules, line: str, is_chrome: bool
) -> None:
    state = run_rules(line, "chrome")
    assert (state.roles, state.rule_names) == (
        ([Role.CHROME], ["chrome"]) if is_chrome else ([None], [""])
    )

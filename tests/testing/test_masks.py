"""Masks leave volatile fields out of golden files, and refuse names of no field."""

from __future__ import annotations

import pytest

from newsparse.testing.masks import MASKED, apply_masks, check_masks

STAMPED = {
    "headline": "Storm closes schools",
    "published": "2024-11-26T09:00:00",
    "updated": "2024-11-26T11:59:52+00:00",
    "stamps": [
        {
            "kind": "published",
            "raw": "26 November 2024 9:00",
            "relative": False,
            "value": "2024-11-26T09:00:00",
        },
        {
            "kind": "updated",
            "raw": "Updated 8 sec ago",
            "relative": True,
            "value": "2024-11-26T11:59:52+00:00",
        },
    ],
    "metadata": None,
    "lines": [{"number": 1, "text": "Storm closes schools", "role": "headline", "rule": "pairs"}],
}


@pytest.mark.parametrize(
    "mask",
    [
        "lines",
        "updated",
        "stamps.value",
        "images.credit",
        "dateline.raw",
        "metadata.sources.headline",
    ],
)
def test_every_field_path_of_the_model_can_be_masked(mask: str) -> None:
    assert check_masks([mask]) == (mask,)


@pytest.mark.parametrize(
    ("mask", "message"),
    [
        ("line", "Article has no field 'line'"),
        ("stamps.when", "Stamp has no field 'when'"),
        ("headline.text", "object has no field 'text'"),
    ],
)
def test_a_mask_naming_no_field_is_refused(mask: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_masks([mask])


def test_masks_are_stripped_and_deduplicated() -> None:
    assert check_masks([" lines ", "", "lines", "relative"]) == ("lines", "relative")


def test_a_masked_field_reads_masked_and_the_input_is_untouched() -> None:
    masked = apply_masks(STAMPED, ["lines", "stamps.raw"])
    assert masked["lines"] == MASKED
    assert [stamp["raw"] for stamp in masked["stamps"]] == [MASKED, MASKED]
    assert masked["headline"] == STAMPED["headline"]
    assert STAMPED["stamps"][0]["raw"] == "26 November 2024 9:00"


def test_a_path_through_a_null_field_masks_nothing() -> None:
    assert apply_masks(STAMPED, ["metadata.modified"])["metadata"] is None


def test_relative_masks_only_what_relative_stamps_gave() -> None:
    masked = apply_masks(STAMPED, ["relative"])
    assert masked["updated"] == MASKED
    assert masked["published"] == "2024-11-26T09:00:00"
    assert [stamp["value"] for stamp in masked["stamps"]] == ["2024-11-26T09:00:00", MASKED]

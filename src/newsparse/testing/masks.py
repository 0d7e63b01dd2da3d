"""Masks: fields of an article that a golden file does not pin down, because they change from
run to run or are not what the test is about.

A mask names an Article field by its dotted path (``lines``, ``updated``, ``stamps.value``,
``metadata.modified``: a path through a list applies to every item), or is ``relative``:
``published``, ``updated`` and stamp values read from a relative stamp such as ``Updated 8
sec ago``. A masked value is replaced by ``"<masked>"`` on both sides of the comparison and in
the golden file, so the file shows what it leaves open::

    >>> apply_masks({"headline": "Storm closes schools", "lines": []}, check_masks(["lines"]))
    {'headline': 'Storm closes schools', 'lines': '<masked>'}
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Iterable
from typing import Any

import attrs

from newsparse.model import Article

MASKED = "<masked>"
RELATIVE = "relative"


def check_masks(masks: Iterable[str]) -> tuple[str, ...]:
    """The masks, deduplicated in order; ValueError naming the valid fields when one names
    no Article field (a typo would otherwise silently mask nothing)."""
    checked = tuple(dict.fromkeys(mask.strip() for mask in masks if mask.strip()))
    for mask in checked:
        if mask != RELATIVE:
            _check_path(mask)
    return checked


def _check_path(mask: str) -> None:
    owner: type = Article
    for name in mask.split("."):
        fields = _fields(owner)
        if name not in fields:
            raise ValueError(
                f"cannot mask {mask!r}: {owner.__name__} has no field {name!r} "
                f"(its fields: {', '.join(fields)}; or mask {RELATIVE!r})"
            )
        owner = _item_class(fields[name])


@functools.cache
def _fields(owner: type) -> dict[str, Any]:
    return typing.get_type_hints(owner) if attrs.has(owner) else {}


def _item_class(annotation: Any) -> type:
    """The attrs class inside ``Image | None`` or ``tuple[Stamp, ...]``, else ``object``."""
    if isinstance(annotation, type):
        return annotation if attrs.has(annotation) else object
    for inner in typing.get_args(annotation):
        found = _item_class(inner)
        if found is not object:
            return found
    return object


def apply_masks(article: dict[str, Any], masks: Iterable[str]) -> dict[str, Any]:
    """A copy of ``article`` (``Article.to_dict`` output) with every masked value replaced."""
    masked = dict(article)
    for mask in masks:
        if mask == RELATIVE:
            _mask_relative(masked)
        else:
            _mask_path(masked, mask.split("."))
    return masked


def mask_articles(articles: object, masks: Iterable[str]) -> object:
    """A golden file's data with every article masked: what a stored golden file and a fresh
    parse are compared as, so a mask added later applies to files written before it. Anything
    that is not a list of articles (a file edited by hand) is returned as it is, to be
    reported as a difference."""
    if not isinstance(articles, list):
        return articles
    return [apply_masks(item, masks) if isinstance(item, dict) else item for item in articles]


def _mask_path(value: object, names: list[str]) -> object:
    if isinstance(value, list):
        return [_mask_path(item, names) for item in value]
    if not isinstance(value, dict) or names[0] not in value:
        return value  # an absent parent (``metadata`` is null) leaves nothing to mask
    if len(names) == 1:
        value[names[0]] = MASKED
    else:
        value[names[0]] = _mask_path(_copy(value[names[0]]), names[1:])
    return value


def _copy(value: object) -> object:
    if isinstance(value, dict):
        return dict(value)
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


def _mask_relative(article: dict[str, Any]) -> None:
    if not isinstance(article.get("stamps"), list):
        return  # no stamps, no relative ones
    # ``.get`` throughout: a golden file edited by hand may lack any key.
    stamps = [dict(stamp) for stamp in article["stamps"]]
    for kind in ("published", "updated"):
        if kind in article and any(
            s.get("relative") and s.get("kind") == kind and s.get("value") == article[kind]
            for s in stamps
        ):
            article[kind] = MASKED
    for stamp in stamps:
        if stamp.get("relative"):
            stamp["value"] = MASKED
    article["stamps"] = stamps

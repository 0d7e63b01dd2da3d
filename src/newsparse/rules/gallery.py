"""gallery: the counter a photo gallery prints above each picture, e.g. ``1 / 2``."""

from __future__ import annotations

import re

from newsparse.model import Role
from newsparse.state import GalleryPosition, State

_COUNTER = re.compile(
    r"(?:(?:image|photo|picture|slide|foto|bild|imagem|gambar)\s+)?"
    r"(\d{1,3})\s*(?:/|of|de|von|dari)\s*/?\s*(\d{1,3})",
    re.IGNORECASE,
)


MAX_COUNTER_CHARS = 24


def gallery(state: State) -> None:
    """Claim ``1 / 2``, ``3/12``, ``2 of 5`` or ``Image 1 of 13`` as a gallery counter."""
    for index, line in enumerate(state.lines):
        match = _COUNTER.fullmatch(line.text) if len(line.text) <= MAX_COUNTER_CHARS else None
        if match and state.is_free(index):
            position, total = int(match[1]), int(match[2])
            if 1 <= position <= total:
                state.claim(index, Role.GALLERY_COUNTER, GalleryPosition(position, total))

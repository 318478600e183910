"""Text primitives shared by the parse stages: folding for comparison, and sentences with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters that Unicode does not decompose into an ASCII base letter plus marks.
_SPECIAL = {
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "ı": "i", "ß": "s", "æ": "a", "Æ": "a", "œ": "o", "Œ": "o", "þ": "t", "Þ": "t",
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if char.isascii():
        return char.lower()
    base = unicodedata.normalize("NFKD", char)[:1]
    if base.isascii() and base.isalpha():
        return base.lower()
    return char.lower()[:1] or char


def fold(text: str) -> str:
    """Lower-case `text` and strip accents, keeping its length so offsets still point into it.

    >>> fold("Nguyễn Phú Trọng")
    'nguyen phu trong'
    """
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)

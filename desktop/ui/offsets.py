"""The one conversion between code-point offsets (the core) and UTF-16 positions (Qt).

Python strings, the W3C model, REFI-QDA and brat count code points; QString and
QTextCursor count UTF-16 units, so each character beyond U+FFFF (an emoji, say) adds one
unit. Combining accents are code points of their own in both and need no correction.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions in one text; costs O(log n) per call after an O(n) scan."""

    def __init__(self, text: str) -> None:
        self._length = len(text)
        # code-point indexes of the characters that take two UTF-16 units
        self._astral = (
            [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        )
        # their UTF-16 positions (the first unit of each pair)
        self._astral_utf16 = [cp + n for n, cp in enumerate(self._astral)]

    @property
    def utf16_length(self) -> int:
        return self._length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point offset cp (0 ≤ cp ≤ len(text))."""
        return cp + bisect_left(self._astral, cp)

    def to_code_point(self, pos: int) -> int:
        """Code-point offset of UTF-16 position pos; a position inside a pair rounds down."""
        n = bisect_right(self._astral_utf16, pos - 1)
        # pos falls between the two units of a pair: its character starts one unit earlier
        if n and self._astral_utf16[n - 1] == pos - 1:
            return pos - 1 - (n - 1)
        return pos - n

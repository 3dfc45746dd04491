"""Finding an annotation's passage again in a text that may have changed.

An annotation carries its exact quote, up to 32 code points of context on each side and
the code-point range it had. ``reanchor`` returns where that quote is in ``text`` now:

1. the old range, if the text there is still the quote with the same context;
2. otherwise every place the quote occurs is a candidate, and the one whose surroundings
   best match the stored prefix and suffix wins; among equally good ones, the one nearest
   the old position;
3. otherwise None: the annotation is an **orphan**.

A candidate must be the quote itself. Only differences that do not change what the text
says are forgiven: Unicode composition (``é`` written as ``e`` + U+0301), the typographic
apostrophe (’ is '), and runs of whitespace (a line break where there was a space). Case,
accents, letters and words must be identical, so a passage that was edited inside is an
orphan rather than an annotation silently moved onto other words. The returned range,
read back, always normalises (``normalize``) to the same string as the quote.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Final

from desktop.core.anchoring import APOSTROPHES

_MAX_CANDIDATES: Final = 10_000
"""Occurrences of one quote looked at, at most (a one-letter quote in a long text)."""


def _norm_char(ch: str) -> str:
    if ch in APOSTROPHES:
        return "'"
    return unicodedata.normalize("NFD", ch)


def normalize(text: str) -> str:
    """Text with canonical decomposition, one apostrophe and single spaces."""
    return _Normalized(text).text


@dataclass
class _Normalized:
    """A normalised text and, for each of its characters, the original range it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def __init__(self, original: str) -> None:
        out: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        i, n = 0, len(original)
        while i < n:
            ch = original[i]
            if ch.isspace():
                j = i + 1
                while j < n and original[j].isspace():
                    j += 1
                out.append(" ")
                starts.append(i)
                ends.append(j)
                i = j
                continue
            for part in _norm_char(ch):
                out.append(part)
                starts.append(i)
                ends.append(i + 1)
            i += 1
        self.text = "".join(out)
        self.starts = starts
        self.ends = ends

    def on_boundaries(self, p: int, q: int) -> bool:
        """Whether normalised [p, q) covers whole original characters and no mark after it."""
        if p > 0 and self.starts[p] == self.starts[p - 1]:
            return False
        if q < len(self.text):
            if self.starts[q] == self.starts[q - 1]:
                return False
            if unicodedata.combining(self.text[q]):
                return False
        return True


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


class Anchorer:
    """Re-anchors many annotations on one text, normalising the text once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._norm: _Normalized | None = None

    @property
    def normalized(self) -> _Normalized:
        if self._norm is None:
            self._norm = _Normalized(self.text)
        return self._norm

    def find(
        self, *, exact: str, prefix: str, suffix: str, start: int, end: int
    ) -> tuple[int, int] | None:
        """Where the quote is now (module doc), or None for an orphan."""
        text = self.text
        if not exact:
            return None
        if (
            0 <= start < end <= len(text)
            and text[start:end] == exact
            and text[max(0, start - len(prefix)) : start] == prefix
            and text[end : end + len(suffix)] == suffix
        ):
            return start, end
        norm = self.normalized
        quote = _Normalized(exact).text
        before = _Normalized(prefix).text
        after = _Normalized(suffix).text
        best: tuple[int, int, int] | None = None  # (-score, distance, not exact)
        found: tuple[int, int] | None = None
        pos = norm.text.find(quote)
        seen = 0
        while pos != -1 and seen < _MAX_CANDIDATES:
            seen += 1
            q = pos + len(quote)
            if norm.on_boundaries(pos, q):
                s, e = norm.starts[pos], norm.ends[q - 1]
                score = _common_suffix(before, norm.text[max(0, pos - len(before)) : pos])
                score += _common_prefix(after, norm.text[q : q + len(after)])
                key = (-score, abs(s - start), 0 if text[s:e] == exact else 1)
                if best is None or key < best:
                    best, found = key, (s, e)
            pos = norm.text.find(quote, pos + 1)
        return found


def reanchor(
    text: str, *, exact: str, prefix: str, suffix: str, start: int, end: int
) -> tuple[int, int] | None:
    """Where the quote ``exact`` stored at [start, end) is in ``text`` now, or None.

    See the module doc; for many annotations on one text use ``Anchorer``.
    """
    return Anchorer(text).find(exact=exact, prefix=prefix, suffix=suffix, start=start, end=end)

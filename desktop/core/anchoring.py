"""Code-point offsets on a source's text: quote selectors and snapping to words.

Every offset in the core is a Unicode code point index into the source's stored text
(what Python's ``str``, the W3C model, REFI-QDA and brat count). Qt's UTF-16 positions
are converted in ``desktop.ui.offsets`` and nowhere else.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

CONTEXT_CHARS = 32

APOSTROPHES = "'\u2019\u02bc"
# French elided words: the apostrophe after them ends a word ("L’Irak" is "L’" + "Irak"),
# while inside other words it does not ("aujourd’hui").
_ELISIONS = frozenset(
    {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
)
_TRIM_START = '«“"‘([{,;:.!?…—–-'
_TRIM_END = '»”"’,;:.!?…—–-'


@dataclass(frozen=True)
class QuoteSelector:
    """The exact quote with up to CONTEXT_CHARS of text on each side."""

    quote: str
    prefix: str
    suffix: str


def selector_for(text: str, start: int, end: int) -> QuoteSelector:
    """Quote and context for [start, end) of text; raises ValueError on a bad range."""
    check_range(text, start, end)
    return QuoteSelector(
        quote=text[start:end],
        prefix=text[max(0, start - CONTEXT_CHARS) : start],
        suffix=text[end : end + CONTEXT_CHARS],
    )


def check_range(text: str, start: int, end: int) -> None:
    check_range_length(len(text), start, end)


def check_range_length(length: int, start: int, end: int) -> None:
    """A passage is a non-empty range inside a text of this many code points."""
    if not (0 <= start < end <= length):
        raise ValueError(f"range {start}–{end} is outside the text (0–{length})")


def is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks belong to words."""
    if not ch:
        return False
    cat = unicodedata.category(ch)
    return cat[0] in "LN" or cat[0] == "M"


def _apostrophe_joins(text: str, i: int) -> bool:
    """Whether the apostrophe at text[i] sits inside one word ("aujourd’hui")."""
    if not (0 < i < len(text) - 1):
        return False
    if not (is_word_char(text[i - 1]) and is_word_char(text[i + 1])):
        return False
    j = i
    while j > 0 and is_word_char(text[j - 1]):
        j -= 1
    if text[j:i].casefold() in _ELISIONS:
        return False
    k = i + 1
    while k < len(text) and is_word_char(text[k]):
        k += 1
    # English possessive: "Biden’s" is "Biden" + "’s"
    return text[i + 1 : k].casefold() != "s"


def _in_word(text: str, i: int) -> bool:
    """Whether position i (between text[i-1] and text[i]) falls inside a word."""
    if i <= 0 or i >= len(text):
        return False
    left, right = text[i - 1], text[i]
    if is_word_char(left) and is_word_char(right):
        return True
    if left in APOSTROPHES and is_word_char(right):
        return _apostrophe_joins(text, i - 1)
    if right in APOSTROPHES and is_word_char(left):
        return _apostrophe_joins(text, i)
    return False


def snap_in_window(window: str, offset: int, start: int, end: int) -> tuple[int, int]:
    """snap_to_words on a slice of the text that begins at code point ``offset``."""
    s, e = snap_to_words(window, start - offset, end - offset)
    return s + offset, e + offset


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words and trim surrounding spaces and punctuation.

    Returns the range unchanged if trimming would leave nothing.
    """
    check_range(text, start, end)
    s, e = start, end
    while s < e and (text[s].isspace() or text[s] in _TRIM_START):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _TRIM_END):
        e -= 1
    if s >= e:
        return start, end
    while _in_word(text, s):
        s -= 1
    while _in_word(text, e):
        e += 1
    return s, e


def _fold_char(ch: str) -> str:
    if ch in APOSTROPHES:
        return "'"
    if ch.isascii():
        return ch.lower()
    return "".join(
        part.casefold()
        for part in unicodedata.normalize("NFKD", ch)
        if not unicodedata.combining(part)
    )


def fold(text: str) -> tuple[str, Sequence[int]]:
    """Text folded for matching, with the code-point offset of each folded character.

    Case and accents are dropped ("Aïn" and "ain" fold alike) and typographic apostrophes
    become "'", so a match in the folded text maps back to exact offsets in ``text``.
    """
    table = {ord(ch): _fold_char(ch) for ch in set(text)}
    if all(len(v) == 1 for v in table.values()):
        # the usual case: one character in, one out, so offsets are unchanged
        return text.translate(table), range(len(text))
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = table[ord(ch)]
        out.append(folded)
        index.extend([i] * len(folded))
    return "".join(out), index

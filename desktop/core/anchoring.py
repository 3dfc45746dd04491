"""Code-point offsets on a source's text: quote selectors and snapping to words.

Every offset in the core is a Unicode code point index into the source's stored text
(what Python's ``str``, the W3C model, REFI-QDA and brat count). Qt's UTF-16 positions
are converted in ``desktop.ui.offsets`` and nowhere else.
"""

from __future__ import annotations

import codecs
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, overload

if TYPE_CHECKING:
    from _codecs import _EncodingMap

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


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded: lower case, no accents ("" for a combining mark), ’ as '."""
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
    if text.isascii():
        return text.lower(), range(len(text))
    # Every character of a 256-character alphabet (ASCII and the Windows-1252 letters and
    # punctuation of European news) is folded in C by a charmap codec; the others come
    # out as _OUTSIDE, one per code point, and are folded one by one.
    encoded, _ = codecs.charmap_encode(text, _FOLD_ERRORS, _FOLD_ENCODING)
    folded, _ = codecs.charmap_decode(encoded, "strict", _FOLD_DECODING)
    if _OUTSIDE not in folded:
        return folded, range(len(text))
    pieces: list[str] = []
    # (position in folded, position in text) where the offsets stop agreeing
    starts: list[int] = []
    origins: list[int] = []
    last = shift = 0
    i = folded.find(_OUTSIDE)
    while i >= 0:
        one = fold_char(text[i])
        pieces.append(folded[last:i])
        pieces.append(one)
        last = i + 1
        if len(one) != 1:
            # each folded character of text[i] maps to i; what follows shifts
            for k in range(len(one)):
                starts.append(i + shift + k)
                origins.append(i)
            shift += len(one) - 1
            starts.append(i + 1 + shift)
            origins.append(i + 1)
        i = folded.find(_OUTSIDE, last)
    pieces.append(folded[last:])
    out = "".join(pieces)
    if not starts:
        return out, range(len(text))
    return out, _ShiftedIndex(len(out), starts, origins)


class _ShiftedIndex(Sequence[int]):
    """Offsets of folded characters in the original text, where a few characters folded
    to more or fewer than one: index[i] = origins[k] + (i - starts[k]) for the last
    starts[k] <= i, with starts[k] repeated (one per folded character) inside expansions."""

    def __init__(self, length: int, starts: list[int], origins: list[int]) -> None:
        self._length = length
        # a character folding to nothing can leave two starts at one place: the later wins
        self._starts = starts
        self._origins = origins

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> Sequence[int]: ...

    def __getitem__(self, i: int | slice) -> int | Sequence[int]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        k = bisect_right(self._starts, i) - 1
        if k < 0:
            return i
        return self._origins[k] + (i - self._starts[k])


_OUTSIDE = "\uffff"  # a noncharacter; what folds differently comes out as this
_UNMAPPED = "\ufffe"  # charmap_build's "no byte for this slot"
_FOLD_ERRORS = "recoupe-fold-outside"


def _outside(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeEncodeError)
    return _OUTSIDE * (error.end - error.start), error.end


def _fold_alphabet() -> list[str]:
    """256 distinct characters: ASCII, Windows-1252, and in its five empty slots
    _OUTSIDE and four characters of French text (ʼ, narrow and thin spaces, hyphen)."""
    spare = iter([_OUTSIDE, "\u02bc", "\u202f", "\u2009", "\u2010"])
    letters = []
    for byte in range(256):
        try:
            letters.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            letters.append(next(spare))
    return letters


def _fold_tables() -> tuple[dict[int, int] | _EncodingMap, str]:
    """The codec's tables: characters folding to exactly one character are encoded and
    decoded as their fold; the rest are left out and decode to _OUTSIDE."""
    alphabet = _fold_alphabet()
    single = [c != _OUTSIDE and len(fold_char(c)) == 1 for c in alphabet]
    encoding = "".join(
        c if ok or c == _OUTSIDE else _UNMAPPED for c, ok in zip(alphabet, single, strict=True)
    )
    decoding = "".join(
        fold_char(c) if ok else _OUTSIDE for c, ok in zip(alphabet, single, strict=True)
    )
    return codecs.charmap_build(encoding), decoding


codecs.register_error(_FOLD_ERRORS, _outside)
_FOLD_ENCODING, _FOLD_DECODING = _fold_tables()

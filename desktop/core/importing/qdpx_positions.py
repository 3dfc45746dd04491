"""Where a REFI-QDA selection's positions land in the text Recoupe stores.

REFI-QDA counts Unicode code points from 0, end exclusive; Recoupe stores the text with
``\\n`` line endings and no BOM. Tools differ in practice (``tests/standards/refi-qda/
NOTES.md``): some count the text as they wrote it, with ``\\r\\n`` as two characters; a BOM
may be counted; tools written in UTF-16 languages count surrogate pairs as two. Each way
of counting is a **reading**; a source's selections are read one way, chosen by how many
selection names (most tools write the selected text there) match the text each way.
With no names to go by: "as written" for ATLAS.ti files with ``\\r\\n``, else code points
in the stored text.

A selection whose name does not match the text where its positions land is moved to the
nearest place the name appears; a name found nowhere is a label (ATLAS.ti lets users name
quotations), so the positions stand if they fall in the text; else the selection is left
out.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from desktop.core.importing.qdpx import QdaSelection, QdaSource

_ELLIPSES = ("…", "...")


class Reading(enum.Enum):
    STORED = "stored"
    """Code points of the stored text (``\\n`` line endings): the standard."""
    AS_WRITTEN = "as_written"
    """Code points of the text as written, ``\\r\\n`` counting two."""
    WITH_BOM = "with_bom"
    """Code points of the text as written, the BOM counting one."""
    UTF16 = "utf16"
    """UTF-16 code units of the text as written."""


@dataclass(frozen=True)
class Placed:
    """A selection put on the stored text, or left out (start None)."""

    selection: QdaSelection
    start: int | None
    end: int | None
    moved: bool = False


class _Mapper:
    def __init__(self, source: QdaSource) -> None:
        raw = source.raw
        self.length = len(source.text)
        self.text = source.text
        # positions (in raw) of the \r of each \r\n: the stored text drops them
        self.dropped = [i for i, ch in enumerate(raw) if ch == "\r" and raw[i + 1 : i + 2] == "\n"]
        self.astral: list[int] = []  # UTF-16 offsets where an astral character starts
        units = 0
        for ch in raw:
            if ord(ch) > 0xFFFF:
                self.astral.append(units)
                units += 2
            else:
                units += 1

    def from_raw(self, i: int) -> int | None:
        k = bisect_left(self.dropped, i)
        if k > 0 and self.dropped[k - 1] == i - 1:
            return None  # between \r and \n
        return i - k

    def from_utf16(self, u: int) -> int | None:
        k = bisect_left(self.astral, u)
        if k > 0 and self.astral[k - 1] + 1 == u:
            return None  # inside a surrogate pair
        return self.from_raw(u - k)

    def function(self, reading: Reading) -> Callable[[int], int | None]:
        return {
            Reading.STORED: lambda p: p,
            Reading.AS_WRITTEN: self.from_raw,
            Reading.WITH_BOM: lambda p: self.from_raw(p - 1),
            Reading.UTF16: self.from_utf16,
        }[reading]

    def place(self, reading: Reading, s: QdaSelection) -> tuple[int, int] | None:
        f = self.function(reading)
        start, end = f(s.start), f(s.end)
        if start is None or end is None or not 0 <= start < end <= self.length:
            return None
        return start, end


def names_match(name: str | None, quote: str) -> bool:
    """Whether a selection's name is its text (whitespace aside; a cut name with "…" too)."""
    if not name:
        return False
    wanted = " ".join(name.split())
    got = " ".join(quote.split())
    if wanted == got:
        return True
    for ellipsis in _ELLIPSES:
        if wanted.endswith(ellipsis) and len(wanted) > len(ellipsis) + 3:
            return got.startswith(wanted[: -len(ellipsis)].rstrip())
    return False


def readings_for(source: QdaSource, origin: str) -> list[Reading]:
    """The readings that differ for this source, the default one first."""
    mapper = _Mapper(source)
    found = [Reading.STORED]
    if mapper.dropped:
        found.append(Reading.AS_WRITTEN)
        if "atlas.ti" in origin.casefold():
            found.reverse()
    if source.had_bom:
        found.append(Reading.WITH_BOM)
    if mapper.astral:
        found.append(Reading.UTF16)
    return found


def choose_reading(source: QdaSource, origin: str) -> Reading:
    """The reading under which most selection names match their text (the default on ties)."""
    mapper = _Mapper(source)
    readings = readings_for(source, origin)
    named = [s for s in source.selections if s.name]
    best, best_score = readings[0], -1
    for reading in readings:
        score = 0
        for s in named:
            placed = mapper.place(reading, s)
            if placed is not None and names_match(s.name, source.text[placed[0] : placed[1]]):
                score += 1
        if score > best_score:
            best, best_score = reading, score
    return best


def _nearest(text: str, name: str, near: int) -> tuple[int, int] | None:
    wanted = name
    for ellipsis in _ELLIPSES:
        if wanted.endswith(ellipsis) and len(wanted) > len(ellipsis) + 3:
            wanted = wanted[: -len(ellipsis)].rstrip()
    if not wanted.strip():
        return None
    best: tuple[int, int] | None = None
    i = text.find(wanted)
    while i >= 0:
        if best is None or abs(i - near) < abs(best[0] - near):
            best = (i, i + len(name) if wanted == name else i + len(wanted))
        i = text.find(wanted, i + 1)
    return best


def place_selections(source: QdaSource, origin: str) -> tuple[Reading, Sequence[Placed]]:
    """Each selection of a source on its stored text (see the module doc)."""
    mapper = _Mapper(source)
    reading = choose_reading(source, origin)
    out: list[Placed] = []
    for s in source.selections:
        placed = mapper.place(reading, s)
        if placed is not None and (not s.name or names_match(s.name, source.text[slice(*placed)])):
            out.append(Placed(s, *placed))
            continue
        found = _nearest(source.text, s.name, placed[0] if placed else s.start) if s.name else None
        if found is not None:
            out.append(Placed(s, *found, moved=True))
        elif placed is not None:  # the name is a label, not the text: trust the positions
            out.append(Placed(s, *placed))
        else:
            out.append(Placed(s, None, None))
    return reading, out

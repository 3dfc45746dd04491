"""What a suggester returns: a passage of the text and the value it would be tagged with."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.models import DateBasis


@dataclass(frozen=True)
class Suggestion:
    """A suggested annotation; start/end are code points in the text that was read.

    ``text`` is exactly ``source_text[start:end]``. For dates, ``kind`` is "date", ``value``
    an EDTF string that ``desktop.core.edtf.parse`` accepts and ``basis`` how it was
    resolved; kinds without a normalised value will leave ``value`` and ``basis`` None.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    basis: DateBasis | None

"""Text to suggested annotations: pure functions that read a text and write nothing.

``suggest`` dispatches by kind. Importing this package is cheap: the suggesters, and any
language model a later kind may load, are imported when first asked for.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final

from desktop.core.extract.suggestion import Suggestion

__all__ = ["KINDS", "Suggestion", "UnavailableKind", "suggest"]

KINDS: Final = ("date",)
"""The kinds that can be suggested now."""
PLANNED_KINDS: Final = ("place", "actor")


class UnavailableKind(ValueError):
    """A kind Recoupe cannot suggest (yet)."""


def suggest(
    text: str,
    *,
    published: date | None = None,
    lang: str = "fr",
    kinds: Iterable[str] = ("date",),
) -> list[Suggestion]:
    """Suggestions of the given kinds in text, sorted by start, then end.

    Offsets are code points of ``text``. Suggestions of one kind never overlap; those of
    different kinds may. Raises UnavailableKind for a kind not in KINDS and ValueError for
    a language other than "fr" or "en".
    """
    wanted = list(dict.fromkeys(kinds))
    for kind in wanted:
        if kind not in KINDS:
            when = "not available yet" if kind in PLANNED_KINDS else "not a kind Recoupe knows"
            raise UnavailableKind(f"suggestions of kind “{kind}” are {when}")
    found: list[Suggestion] = []
    if "date" in wanted:
        from desktop.core.extract.dates import find_dates

        found.extend(find_dates(text, published=published, lang=lang))
    found.sort(key=lambda s: (s.start, s.end))
    return found

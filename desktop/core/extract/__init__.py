"""Text to suggested annotations: pure functions that read a text and write nothing.

``suggest`` dispatches by kind. Importing this package is cheap: the suggesters are
imported when first asked for, and spaCy and its French model (places and actors) only
when a French text is read for those kinds. ``preload_entities()`` loads them ahead of
time, e.g. from a background thread while the window opens.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Final

from desktop.core.extract.suggestion import Suggestion

__all__ = ["KINDS", "Suggestion", "UnavailableKind", "preload_entities", "suggest"]

KINDS: Final = ("date", "place", "actor")
"""The kinds that can be suggested now."""
PLANNED_KINDS: Final[tuple[str, ...]] = ()
ENTITY_KINDS: Final = ("place", "actor")


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
    entity_kinds = [k for k in wanted if k in ENTITY_KINDS]
    if entity_kinds:
        from desktop.core.extract.entities import find_entities

        found.extend(find_entities(text, lang=lang, kinds=entity_kinds))
    found.sort(key=lambda s: (s.start, s.end))
    return found


def preload_entities() -> None:
    """Load the place and actor suggester's model and gazetteers now (takes seconds).

    Meant for a background thread at start-up; later suggestions then start at once.
    """
    from desktop.core.extract.entities import preload

    preload()

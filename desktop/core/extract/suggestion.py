"""What a suggester returns: a passage of the text and the value it would be tagged with."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.models import DateBasis


@dataclass(frozen=True)
class Suggestion:
    """A suggested annotation; start/end are code points in the text that was read.

    ``text`` is exactly ``source_text[start:end]``. For dates, ``kind`` is "date", ``value``
    an EDTF string that ``desktop.core.edtf.parse`` accepts and ``basis`` how it was
    resolved. For places and actors, ``kind`` is "place" or "actor", ``value`` the
    canonical name ("Irak" for "L’Irak", "État islamique" for "Daech"), ``basis`` None,
    ``entity_type`` "person", "organisation" or "place", and ``aliases`` other names the
    text gives the same entity (the acronym in "l'État islamique (EI)"). Other kinds leave
    the fields they have no use for at None or ().
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    basis: DateBasis | None
    entity_type: str | None = None
    aliases: tuple[str, ...] = ()

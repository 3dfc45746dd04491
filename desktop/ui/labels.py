"""How stored names read in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.core.models import Tag

# The built-in tags are stored with English names; their labels follow the UI language.
_BUILTIN = {
    "Date": QCoreApplication.translate("Tags", "Date"),
    "Place": QCoreApplication.translate("Tags", "Place"),
    "Actor": QCoreApplication.translate("Tags", "Actor"),
    "Claim": QCoreApplication.translate("Tags", "Claim"),
}


def tag_label(tag: Tag) -> str:
    """A tag's name as the user reads it: built-in names are translated."""
    if tag.builtin and tag.name in _BUILTIN:
        return QCoreApplication.translate("Tags", tag.name)
    return tag.name

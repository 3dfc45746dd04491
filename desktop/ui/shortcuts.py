"""Every keyboard shortcut, listed once for Help ▸ Keyboard Shortcuts and the README."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def shortcuts() -> list[tuple[str, str, str]]:
    """(group, keys, what it does), in reading order."""
    return [
        (_t("Tagging"), "D", _t("Tag the selection as a date")),
        (_t("Tagging"), "P", _t("Tag the selection as a place")),
        (_t("Tagging"), "A", _t("Tag the selection as an actor")),
        (_t("Tagging"), "C", _t("Tag the selection as a claim")),
        (_t("Tagging"), "1–9", _t("Tag the selection with a tag of your own")),
        (_t("Tagging"), "Alt+key", _t("Tag the exact selection, without snapping to words")),
        (_t("Annotations"), "Delete", _t("Delete the selected annotations")),
        (_t("Annotations"), "F2", _t("Edit the value or note in the annotation list")),
        (_t("Editing"), "Ctrl+Z", _t("Undo")),
        (_t("Editing"), "Ctrl+Shift+Z", _t("Redo")),
        (_t("Editing"), "Ctrl+T", _t("Manage tags")),
        (_t("Sources"), "Ctrl+I", _t("Import sources")),
        (_t("Sources"), "Alt+Return", _t("Properties of the current source")),
        (_t("Sources"), "Ctrl+F", _t("Search all sources")),
        (_t("Project"), "Ctrl+N", _t("New project")),
        (_t("Project"), "Ctrl+O", _t("Open a project")),
        (_t("Project"), "Ctrl+W", _t("Close the project")),
        (_t("Project"), "Ctrl+Q", _t("Quit")),
        (_t("Help"), "F1", _t("This list of shortcuts")),
    ]

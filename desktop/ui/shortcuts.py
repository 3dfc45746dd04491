"""Every keyboard shortcut, listed once for Help ▸ Keyboard Shortcuts and the README."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (group, keys, what it does), in reading order; the texts are translated when listed
_SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tagging"),
        "D",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the selection as a date"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tagging"),
        "P",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the selection as a place"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tagging"),
        "A",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the selection as an actor"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tagging"),
        "C",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the selection as a claim"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tagging"),
        "1–9",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the selection with a tag of your own"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Tagging"),
        "Alt+key",
        QT_TRANSLATE_NOOP("Shortcuts", "Tag the exact selection, without snapping to words"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"),
        "Ctrl+Shift+D",
        QT_TRANSLATE_NOOP("Shortcuts", "Suggest dates in the open source"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"),
        "Ctrl+Shift+E",
        QT_TRANSLATE_NOOP("Shortcuts", "Suggest places and actors in the open source"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"),
        "Tab",
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the next suggestion (Shift+Tab: previous)"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"),
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Accept the suggestion under the cursor"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"),
        "Delete",
        QT_TRANSLATE_NOOP("Shortcuts", "Reject the suggestion under the cursor"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Suggestions"),
        "Ctrl+Shift+Return",
        QT_TRANSLATE_NOOP("Shortcuts", "Accept all suggested dates in the open source"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Annotations"),
        "Delete",
        QT_TRANSLATE_NOOP("Shortcuts", "Delete the selected annotations"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Annotations"),
        "F2",
        QT_TRANSLATE_NOOP("Shortcuts", "Edit the value or note in the annotation list"),
    ),
    (QT_TRANSLATE_NOOP("Shortcuts", "Editing"), "Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Editing"),
        "Ctrl+Shift+Z",
        QT_TRANSLATE_NOOP("Shortcuts", "Redo"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Editing"),
        "Ctrl+T",
        QT_TRANSLATE_NOOP("Shortcuts", "Manage tags"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Sources"),
        "Ctrl+I",
        QT_TRANSLATE_NOOP("Shortcuts", "Import sources"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Sources"),
        "Alt+Return",
        QT_TRANSLATE_NOOP("Shortcuts", "Properties of the current source"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Sources"),
        "Ctrl+F",
        QT_TRANSLATE_NOOP("Shortcuts", "Search all sources"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Project"),
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Shortcuts", "New project"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Project"),
        "Ctrl+O",
        QT_TRANSLATE_NOOP("Shortcuts", "Open a project"),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Project"),
        "Ctrl+W",
        QT_TRANSLATE_NOOP("Shortcuts", "Close the project"),
    ),
    (QT_TRANSLATE_NOOP("Shortcuts", "Project"), "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit")),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Help"),
        "F1",
        QT_TRANSLATE_NOOP("Shortcuts", "This list of shortcuts"),
    ),
)


def shortcuts() -> list[tuple[str, str, str]]:
    """(group, keys, what it does) in the interface language, in reading order."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Shortcuts", text)

    return [(tr(group), keys, tr(what)) for group, keys, what in _SHORTCUTS]

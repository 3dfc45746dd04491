"""Every keyboard shortcut, listed once for Help ▸ Keyboard Shortcuts and the README."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def shortcuts() -> list[tuple[str, str, str]]:
    """(group, keys, what it does), in reading order."""
    return [
        (
            QCoreApplication.translate("Shortcuts", "Tagging"),
            "D",
            QCoreApplication.translate("Shortcuts", "Tag the selection as a date"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Tagging"),
            "P",
            QCoreApplication.translate("Shortcuts", "Tag the selection as a place"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Tagging"),
            "A",
            QCoreApplication.translate("Shortcuts", "Tag the selection as an actor"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Tagging"),
            "C",
            QCoreApplication.translate("Shortcuts", "Tag the selection as a claim"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Tagging"),
            "1–9",
            QCoreApplication.translate("Shortcuts", "Tag the selection with a tag of your own"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Tagging"),
            "Alt+key",
            QCoreApplication.translate(
                "Shortcuts", "Tag the exact selection, without snapping to words"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Suggestions"),
            "Ctrl+Shift+D",
            QCoreApplication.translate("Shortcuts", "Suggest dates in the open source"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Suggestions"),
            "Ctrl+Shift+E",
            QCoreApplication.translate("Shortcuts", "Suggest places and actors in the open source"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Suggestions"),
            "Tab",
            QCoreApplication.translate(
                "Shortcuts", "Go to the next suggestion (Shift+Tab: previous)"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Suggestions"),
            "Enter",
            QCoreApplication.translate("Shortcuts", "Accept the suggestion under the cursor"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Suggestions"),
            "Delete",
            QCoreApplication.translate("Shortcuts", "Reject the suggestion under the cursor"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Suggestions"),
            "Ctrl+Shift+Return",
            QCoreApplication.translate(
                "Shortcuts", "Accept all suggested dates in the open source"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review"),
            "Ctrl+E",
            QCoreApplication.translate(
                "Shortcuts",
                "Link the selection as evidence to a claim (S, C, X: supports, contradicts, context)",  # noqa: E501
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review"),
            "1–9",
            QCoreApplication.translate(
                "Shortcuts", "In a review session: set the verdict to the status with that number"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review"),
            "R",
            QCoreApplication.translate("Shortcuts", "In a review session: write the rationale"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review"),
            "Enter",
            QCoreApplication.translate(
                "Shortcuts", "In a review session: next claim (←: previous)"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review"),
            "S",
            QCoreApplication.translate(
                "Shortcuts", "In a review session: stop (resume from the Review menu)"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Review"),
            "C / X",
            QCoreApplication.translate(
                "Shortcuts", "In the contradictions queue: record as contradicting claims / dismiss"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Annotations"),
            "Delete",
            QCoreApplication.translate("Shortcuts", "Delete the selected annotations"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Annotations"),
            "F2",
            QCoreApplication.translate(
                "Shortcuts", "Edit the value or note in the annotation list"
            ),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Editing"),
            "Ctrl+Z",
            QCoreApplication.translate("Shortcuts", "Undo"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Editing"),
            "Ctrl+Shift+Z",
            QCoreApplication.translate("Shortcuts", "Redo"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Editing"),
            "Ctrl+T",
            QCoreApplication.translate("Shortcuts", "Manage tags"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Sources"),
            "Ctrl+I",
            QCoreApplication.translate("Shortcuts", "Import sources"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Sources"),
            "Alt+Return",
            QCoreApplication.translate("Shortcuts", "Properties of the current source"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Sources"),
            "Ctrl+F",
            QCoreApplication.translate("Shortcuts", "Search all sources"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Project"),
            "Ctrl+N",
            QCoreApplication.translate("Shortcuts", "New project"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Project"),
            "Ctrl+O",
            QCoreApplication.translate("Shortcuts", "Open a project"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Project"),
            "Ctrl+W",
            QCoreApplication.translate("Shortcuts", "Close the project"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Project"),
            "Ctrl+Q",
            QCoreApplication.translate("Shortcuts", "Quit"),
        ),
        (
            QCoreApplication.translate("Shortcuts", "Help"),
            "F1",
            QCoreApplication.translate("Shortcuts", "This list of shortcuts"),
        ),
    ]

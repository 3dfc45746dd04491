"""File ▸ Open Recent: the projects opened last, kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

MAX_RECENT = 8


class RecentProjects:
    """The list of recent project paths, newest first."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def paths(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def remember(self, path: Path) -> None:
        """Put path first; it is also the project the app opens next time."""
        recent = [p for p in self.paths() if p != str(path)]
        self.settings.setValue("recent", [str(path), *recent][:MAX_RECENT])
        self.settings.setValue("last_project", str(path))

    def forget(self, path: Path) -> None:
        self.settings.setValue("recent", [p for p in self.paths() if p != str(path)])

    def fill(self, menu: QMenu, open_project: Callable[[Path], object]) -> None:
        """Rebuild menu with one entry per recent project and a Clear entry."""
        menu.clear()
        recent = self.paths()
        for i, p in enumerate(recent):
            action = menu.addAction(f"&{i + 1} {Path(p).stem} — {p}")
            action.triggered.connect(lambda _=False, p=p: open_project(Path(p)))
        if not recent:
            none = menu.addAction(
                QCoreApplication.translate("RecentProjects", "No recent projects")
            )
            none.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(
                QCoreApplication.translate("RecentProjects", "Clear list"),
                lambda: self.settings.setValue("recent", []),
            )

"""Importing files in the background, with progress and cancel, as one undoable step.

The worker reads, decodes and writes each file through its own connection to the project
(SQLite allows one writer at a time; the UI thread is not writing meanwhile). When it
ends, the session records the added sources as one undo step and announces them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal

from desktop.core.importing import ImportReport, import_files
from desktop.core.store import Store
from desktop.ui.background import JobController, Worker


class ImportWorker(Worker):
    """Runs ``import_files`` on a project path."""

    def __init__(self, project: Path, paths: Sequence[Path]) -> None:
        super().__init__(project)
        self.paths = list(paths)

    def work(self, store: Store) -> ImportReport:
        return import_files(
            store,
            self.paths,
            progress=lambda i, n, name: self.progressed.emit(i, n, name),
            cancelled=self.cancelled,
        )


class ImportController(JobController):
    """Starts imports for a session and reports their outcome."""

    finished = Signal(object)
    """The ImportReport, after the session recorded the added sources."""

    def start(self, paths: Sequence[Path]) -> bool:
        """Import paths; False if an import is already running."""
        if not paths:
            return False
        return self._launch(ImportWorker(self.session.store.path, paths), len(paths))

    def apply(self, report: ImportReport) -> None:
        self.session.record_import(report.added)
        self.finished.emit(report)

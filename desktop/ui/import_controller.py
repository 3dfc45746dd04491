"""Importing files in the background, with progress and cancel, as one undoable step.

The worker thread reads, decodes and writes each file through its own connection to the
project (SQLite allows one writer at a time; the UI thread is not writing meanwhile). When
it ends, the session records the added sources as one undo step and announces them.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from desktop.core.errors import RecoupeError
from desktop.core.importing import ImportReport, import_files
from desktop.core.store import Store
from desktop.ui.messages import localized
from desktop.ui.session import Session


class ImportWorker(QObject):
    """Runs ``import_files`` on a project path; lives in a worker thread."""

    progressed = Signal(int, int, str)
    """(files done, files in all, file being read)"""
    finished = Signal(object)
    """The ImportReport."""
    failed = Signal(str)
    """The project could not be written at all."""

    def __init__(self, project: Path, paths: Sequence[Path]) -> None:
        super().__init__()
        self.project = project
        self.paths = list(paths)
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            store = Store.open(self.project)
        except Exception as e:  # noqa: BLE001 - reported to the user, nothing written
            self.failed.emit(localized(e) if isinstance(e, RecoupeError) else str(e))
            return
        try:
            report = import_files(
                store,
                self.paths,
                progress=lambda i, n, name: self.progressed.emit(i, n, name),
                cancelled=lambda: self._cancel,
            )
        except Exception as e:  # noqa: BLE001
            self.failed.emit(str(e))
            return
        finally:
            store.close()
        self.finished.emit(report)


class ImportController(QObject):
    """Starts imports for a session and reports their outcome."""

    started = Signal(int)
    """An import of n files began."""
    progressed = Signal(int, int, str)
    finished = Signal(object)
    """The ImportReport, after the session recorded the added sources."""
    failed = Signal(str)

    def __init__(self, session: Session, *, threaded: bool = True) -> None:
        super().__init__(session)
        self.session = session
        self.threaded = threaded
        self._thread: QThread | None = None
        self._closing = False
        self._worker: ImportWorker | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self, paths: Sequence[Path]) -> bool:
        """Import paths; False if an import is already running."""
        if self.busy or not paths:
            return False
        worker = ImportWorker(self.session.store.path, paths)
        self._worker = worker
        worker.progressed.connect(self.progressed)
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self.started.emit(len(paths))
        if not self.threaded:
            worker.run()
            return True
        thread = QThread(self)
        self._thread = thread
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit from the worker's own thread: a queued quit would never run while the UI
        # thread waits for the thread to end (closing the project), and both would hang
        direct = Qt.ConnectionType.DirectConnection
        worker.finished.connect(thread.quit, direct)
        worker.failed.connect(thread.quit, direct)
        thread.finished.connect(self._on_thread_finished)
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Stop a running import and wait for its thread (closing the project, quitting).

        Files read so far are in the project; the result, delivered later, is dropped.
        """
        self._closing = True
        if self._thread is not None:
            self.cancel()
            self._thread.wait()

    @Slot(object)
    def _on_finished(self, report: ImportReport) -> None:
        if self._closing:
            return
        self._worker = None
        self.session.record_import(report.added)
        self.finished.emit(report)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._worker = None
        self.failed.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
            self._thread = None

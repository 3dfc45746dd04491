"""Bundle jobs in a worker thread: export, a new project from a bundle, a merge.

Each worker (``desktop.ui.background.Worker``) reports progress and stops when cancelled;
a cancelled job returns ``CANCELLED`` and has written nothing. ``BundleJobs`` runs one at
a time — in a thread, or synchronously for tests — like ``background.JobController``, but
without a session: a new project is made with none open.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from desktop.core.errors import RecoupeError
from desktop.core.export.bundle import BundleSummary, ExportCancelled, write_bundle
from desktop.core.importing.bundle import ImportCancelled, import_bundle_new
from desktop.core.importing.bundle_backup import merge_with_copy
from desktop.core.importing.bundle_common import MergeReport
from desktop.core.store import Store
from desktop.ui.background import Worker
from desktop.ui.messages import localized

CANCELLED = "cancelled"
"""A job's result when the user cancelled it."""


class ExportWorker(Worker):
    def __init__(self, project: Path, out: Path, by: str, language: str) -> None:
        super().__init__(project)
        self.out, self.by, self.language = out, by, language

    def work(self, store: Store) -> BundleSummary | str:
        try:
            return write_bundle(
                store,
                self.out,
                exported_by=self.by,
                progress=self.progressed.emit,
                cancelled=self.cancelled,
                language=self.language,
            )
        except ExportCancelled:
            return CANCELLED


class MergeWorker(Worker):
    def __init__(self, project: Path, bundle: Path, by: str) -> None:
        super().__init__(project)
        self.bundle, self.by = bundle, by

    def work(self, store: Store) -> tuple[MergeReport, Path] | str:
        try:
            return merge_with_copy(
                store,
                self.bundle,
                progress=self.progressed.emit,
                cancelled=self.cancelled,
                who=self.by,
            )
        except ImportCancelled:
            return CANCELLED


class NewProjectWorker(Worker):
    """Makes a new project: there is no project to open first."""

    def __init__(self, bundle: Path, target: Path) -> None:
        super().__init__(target)
        self.bundle = bundle

    @Slot()
    def run(self) -> None:
        try:
            result: Any = import_bundle_new(
                self.bundle, self.project, progress=self.progressed.emit, cancelled=self.cancelled
            )
        except ImportCancelled:
            result = CANCELLED
        except RecoupeError as e:
            self.failed.emit(localized(e))
            return
        except Exception as e:  # noqa: BLE001 - reported to the user, nothing written
            self.failed.emit(str(e))
            return
        self.done.emit(result)


class BundleJobs(QObject):
    """Runs one bundle job at a time, in a thread unless ``threaded`` is False (tests)."""

    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject, *, threaded: bool = True) -> None:
        super().__init__(parent)
        self.threaded = threaded
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        app = QCoreApplication.instance()
        if app is not None:  # never leave a thread running when the app quits
            app.aboutToQuit.connect(self.wait)

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self, worker: Worker) -> bool:
        if self.busy:
            return False
        self._worker = worker
        worker.progressed.connect(self.progressed)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        if not self.threaded:
            worker.run()
            return True
        thread = QThread(self)
        self._thread = thread
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        direct = Qt.ConnectionType.DirectConnection  # see background.JobController
        worker.done.connect(thread.quit, direct)
        worker.failed.connect(thread.quit, direct)
        thread.finished.connect(self._on_thread_finished)
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        if self._thread is not None:
            self.cancel()
            self._thread.wait()

    @Slot(object)
    def _on_done(self, result: object) -> None:
        self._worker = None
        self.finished.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._worker = None
        self.failed.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
            self._thread = None

"""Work that runs in a worker thread on its own connection to the project.

A job reads (and, for imports, writes) through its own Store; the UI thread stays free and
applies the result when the job is done. Closing the project waits for a running job and
drops its late result.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from desktop.core.errors import RecoupeError
from desktop.core.store import Store
from desktop.ui.messages import localized
from desktop.ui.session import Session


class Worker(QObject):
    """One job; subclasses say what it does in ``work``."""

    progressed = Signal(int, int, str)
    """(steps done, steps in all, what is being done)"""
    done = Signal(object)
    """The job's result."""
    failed = Signal(str)
    """The project could not be opened or the job broke: nothing was applied."""

    def __init__(self, project: Path) -> None:
        super().__init__()
        self.project = project
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def cancelled(self) -> bool:
        return self._cancel

    def work(self, store: Store) -> Any:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        try:
            store = Store.open(self.project)
        except Exception as e:  # noqa: BLE001 - reported to the user, nothing written
            self.failed.emit(localized(e) if isinstance(e, RecoupeError) else str(e))
            return
        try:
            result = self.work(store)
        except Exception as e:  # noqa: BLE001
            self.failed.emit(localized(e) if isinstance(e, RecoupeError) else str(e))
            return
        finally:
            store.close()
        self.done.emit(result)


class JobController(QObject):
    """Runs one worker at a time for a session; subclasses apply the result."""

    started = Signal(int)
    """A job of n steps began."""
    progressed = Signal(int, int, str)
    failed = Signal(str)

    def __init__(self, session: Session, *, threaded: bool = True) -> None:
        super().__init__(session)
        self.session = session
        self.threaded = threaded
        self._thread: QThread | None = None
        self._worker: Worker | None = None
        self._closing = False

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def _launch(self, worker: Worker, steps: int) -> bool:
        if self.busy:
            return False
        self._worker = worker
        worker.progressed.connect(self.progressed)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        self.started.emit(steps)
        if not self.threaded:  # tests: the same work, synchronously
            worker.run()
            return True
        thread = QThread(self)
        self._thread = thread
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        # quit from the worker's own thread: a queued quit would never run while the UI
        # thread waits for the thread to end (closing the project), and both would hang
        direct = Qt.ConnectionType.DirectConnection
        worker.done.connect(thread.quit, direct)
        worker.failed.connect(thread.quit, direct)
        thread.finished.connect(self._on_thread_finished)
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Stop a running job and wait for its thread; its late result is dropped."""
        self._closing = True
        if self._thread is not None:
            self.cancel()
            self._thread.wait()

    def apply(self, result: Any) -> None:
        """Use a finished job's result (in the UI thread)."""
        raise NotImplementedError

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        if self._closing:
            return
        self._worker = None
        self.apply(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._worker = None
        if not self._closing:
            self.failed.emit(message)

    @Slot()
    def _on_thread_finished(self) -> None:
        if self._thread is not None:
            self._thread.deleteLater()
            self._thread = None

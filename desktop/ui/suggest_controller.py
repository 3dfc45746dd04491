"""Running suggestions over sources in the background, with progress and cancel.

The worker only reads (its own connection plans the suggestions); the session writes the
plans as one undoable step when the worker is done, so nothing is half-applied.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from desktop.core.errors import RecoupeError
from desktop.core.models import SourceId
from desktop.core.store import Store
from desktop.core.suggesting import SourcePlan, SuggestReport, plan_sources
from desktop.ui.messages import localized
from desktop.ui.session import Session
from desktop.ui.suggest_commands import AddSuggestionsCommand


class SuggestWorker(QObject):
    progressed = Signal(int, int, str)
    """(sources done, sources in all, source being read)"""
    planned = Signal(object, bool)
    """(list of SourcePlan, cancelled)"""
    failed = Signal(str)

    def __init__(self, project: str, source_ids: Sequence[SourceId], kinds: Sequence[str]) -> None:
        super().__init__()
        self.project = project
        self.source_ids = list(source_ids)
        self.kinds = tuple(kinds)
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    @Slot()
    def run(self) -> None:
        try:
            store = Store.open(self.project)
        except Exception as e:  # noqa: BLE001 - reported to the user
            self.failed.emit(localized(e) if isinstance(e, RecoupeError) else str(e))
            return
        try:
            plans, cancelled = plan_sources(
                store,
                self.source_ids,
                kinds=self.kinds,
                progress=lambda i, n, title: self.progressed.emit(i, n, title),
                cancelled=lambda: self._cancel,
            )
        except Exception as e:  # noqa: BLE001
            self.failed.emit(str(e))
            return
        finally:
            store.close()
        self.planned.emit(plans, cancelled)


class SuggestController(QObject):
    """Starts suggestion runs for a session and records them as one undo step each."""

    started = Signal(int)
    progressed = Signal(int, int, str)
    finished = Signal(object)
    """The SuggestReport."""
    failed = Signal(str)

    def __init__(self, session: Session, *, threaded: bool = True) -> None:
        super().__init__(session)
        self.session = session
        self.threaded = threaded
        self._thread: QThread | None = None
        self._closing = False
        self._worker: SuggestWorker | None = None
        self._accept = False

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(
        self,
        source_ids: Sequence[SourceId],
        *,
        kinds: Sequence[str] = ("date",),
        accept: bool = False,
    ) -> bool:
        if self.busy or not source_ids:
            return False
        self._accept = accept
        worker = SuggestWorker(str(self.session.store.path), source_ids, kinds)
        self._worker = worker
        worker.progressed.connect(self.progressed)
        worker.planned.connect(self._on_planned)
        worker.failed.connect(self._on_failed)
        self.started.emit(len(source_ids))
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
        worker.planned.connect(thread.quit, direct)
        worker.failed.connect(thread.quit, direct)
        thread.finished.connect(self._on_thread_finished)
        thread.start()
        return True

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def wait(self) -> None:
        """Stop a running job and wait for its thread; its result is then dropped."""
        self._closing = True
        if self._thread is not None:
            self.cancel()
            self._thread.wait()

    @Slot(object, bool)
    def _on_planned(self, plans: list[SourcePlan], cancelled: bool) -> None:
        if self._closing:
            return
        self._worker = None
        report = SuggestReport(cancelled=cancelled)
        if any(p.items for p in plans):
            command = AddSuggestionsCommand(self.session, plans, accept=self._accept)
            if self._accept:  # accepted places and actors link to their entities, same step
                self.session.push_linked(command, lambda: [a.id for a in command.added])
            else:
                self.session.undo_stack.push(command)
            report = command.report
            report.cancelled = cancelled
        else:
            report.skipped = sum(p.skipped for p in plans)
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

"""Running suggestions over sources in the background, with progress and cancel.

The worker only reads (its own connection plans the suggestions); the session writes the
plans as one undoable step when the worker is done, so nothing is half-applied.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal

from desktop.core.models import SourceId
from desktop.core.store import Store
from desktop.core.suggesting import SourcePlan, SuggestReport, plan_sources
from desktop.ui.background import JobController, Worker
from desktop.ui.suggest_commands import AddSuggestionsCommand


class SuggestWorker(Worker):
    """Plans suggestions for sources; writes nothing."""

    def __init__(self, project: Path, source_ids: Sequence[SourceId], kinds: Sequence[str]) -> None:
        super().__init__(project)
        self.source_ids = list(source_ids)
        self.kinds = tuple(kinds)

    def work(self, store: Store) -> tuple[list[SourcePlan], bool]:
        return plan_sources(
            store,
            self.source_ids,
            kinds=self.kinds,
            progress=lambda i, n, title: self.progressed.emit(i, n, title),
            cancelled=self.cancelled,
        )


class SuggestController(JobController):
    """Starts suggestion runs for a session and records them as one undo step each."""

    finished = Signal(object)
    """The SuggestReport."""

    _accept = False

    def start(
        self,
        source_ids: Sequence[SourceId],
        *,
        kinds: Sequence[str] = ("date",),
        accept: bool = False,
    ) -> bool:
        if not source_ids or self.busy:
            return False
        self._accept = accept
        worker = SuggestWorker(self.session.store.path, source_ids, kinds)
        return self._launch(worker, len(source_ids))

    def apply(self, result: tuple[list[SourcePlan], bool]) -> None:
        plans, cancelled = result
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

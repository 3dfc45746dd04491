"""Undoable steps for suggestions: adding them, accepting and rejecting them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.models import Annotation, AnnotationStatus, Change, ChangeKind
from desktop.core.suggesting import SourcePlan, SuggestReport, apply_plans
from desktop.ui.commands import StoreCommand, short

if TYPE_CHECKING:
    from desktop.ui.session import Session


class AddSuggestionsCommand(StoreCommand):
    """Write planned suggestions; undo removes them, redo puts back the same ids."""

    def __init__(self, session: Session, plans: Sequence[SourcePlan], *, accept: bool) -> None:
        n = sum(len(p.items) for p in plans)
        label = (
            QCoreApplication.translate("Commands", "Suggest and accept %n passage(s)", "", n)
            if accept
            else QCoreApplication.translate("Commands", "Suggest %n passage(s)", "", n)
        )
        super().__init__(session, label)
        self.plans = tuple(plans)
        self.accept = accept
        self.added: tuple[Annotation, ...] = ()
        self.report = SuggestReport()

    def redo(self) -> None:
        store = self.session.store
        if not self.added:

            def first() -> list[Change]:
                self.report = apply_plans(store, self.plans, accept=self.accept)
                ids = [i for v in self.report.added.values() for i in v]
                self.added = tuple(store.annotations(ids=ids, status=None))
                return [_added(self.added)]

            self._run(first)
        else:
            added = self.added
            self._run(lambda: store.restore_annotations(added))

    def undo(self) -> None:
        if self.added:
            ids = [a.id for a in self.added]
            self._run(lambda: self.session.store.delete_annotations(ids))


def _added(items: Sequence[Annotation]) -> Change:
    return Change(
        ChangeKind.ANNOTATIONS_ADDED,
        source_ids=tuple(sorted({a.source_id for a in items})),
        annotation_ids=tuple(a.id for a in items),
    )


class SetStatusCommand(StoreCommand):
    """Accept or reject suggestions; undo puts back each one's previous state."""

    def __init__(
        self, session: Session, annotations: Sequence[Annotation], status: AnnotationStatus
    ) -> None:
        n = len(annotations)
        if status is AnnotationStatus.ACCEPTED:
            label = (
                QCoreApplication.translate("Commands", "Accept '%1'").replace(
                    "%1", short(annotations[0].quote)
                )
                if n == 1
                else QCoreApplication.translate("Commands", "Accept %n suggestion(s)", "", n)
            )
        else:
            label = (
                QCoreApplication.translate("Commands", "Reject '%1'").replace(
                    "%1", short(annotations[0].quote)
                )
                if n == 1
                else QCoreApplication.translate("Commands", "Reject %n suggestion(s)", "", n)
            )
        super().__init__(session, label)
        self.before = tuple(annotations)
        self.status = status

    def redo(self) -> None:
        ids = [a.id for a in self.before]
        self._run(lambda: self.session.store.set_status(ids, self.status))

    def undo(self) -> None:
        self._run(lambda: self.session.store.restore_many_fields(self.before))

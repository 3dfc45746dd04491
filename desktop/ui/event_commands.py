"""Undoable timeline event operations: merge, split out, rename.

One command = one ``EventStore`` call = one transaction. The first ``redo()`` records the
rows before and after; undo and later redos put those exact rows back, ids included.
The functions at the bottom are the intents a view's signals are wired to.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import RecoupeError
from desktop.core.event_store import EventEdit, EventStore
from desktop.core.models import AnnotationId, Change
from desktop.ui.commands import StoreCommand, short

if TYPE_CHECKING:
    from desktop.ui.session import Session


class EventCommand(StoreCommand):
    """Runs one EventStore operation; undo/redo restore the rows it recorded."""

    def __init__(
        self, session: Session, label: str, operation: Callable[[EventStore], EventEdit]
    ) -> None:
        super().__init__(session, label)
        self.operation = operation
        self.edit: EventEdit | None = None

    def redo(self) -> None:
        events = EventStore(self.session.store)
        if self.edit is None:

            def first() -> Change:
                self.edit = self.operation(events)
                return self.edit.change

            self._run(first)
        else:
            edit = self.edit
            self._run(lambda: events.restore_events(edit, edit.after))

    def undo(self) -> None:
        if self.edit is not None:
            edit = self.edit
            self._run(lambda: EventStore(self.session.store).restore_events(edit, edit.before))


class MergeEventsCommand(EventCommand):
    def __init__(
        self, session: Session, target: Sequence[AnnotationId], other: Sequence[AnnotationId]
    ) -> None:
        t, o = tuple(target), tuple(other)
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Merge events"),
            lambda es: es.merge_events(t, o),
        )


class SplitFromEventCommand(EventCommand):
    def __init__(self, session: Session, annotation_id: AnnotationId, quote: str = "") -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Remove '%1' from its event").replace(
                "%1", short(quote)
            ),
            lambda es: es.split_from_event(annotation_id),
        )


class RenameEventCommand(EventCommand):
    def __init__(self, session: Session, members: Sequence[AnnotationId], title: str) -> None:
        ids = tuple(members)
        label = (
            QCoreApplication.translate("Commands", "Rename event '%1'").replace("%1", short(title))
            if title.strip()
            else QCoreApplication.translate("Commands", "Remove event title")
        )
        super().__init__(session, label, lambda es: es.title_event(ids, title))


# ------------------------------------------------------------------- intents


def _push(session: Session, command: EventCommand) -> bool:
    session.undo_stack.push(command)
    return not command.failed


def merge_events(
    session: Session, target: Sequence[AnnotationId], other: Sequence[AnnotationId]
) -> bool:
    """Put the dates of ``other`` in the event of ``target`` (one undo step)."""
    return _push(session, MergeEventsCommand(session, target, other))


def split_from_event(session: Session, annotation_id: AnnotationId) -> bool:
    """Take a date out of its event; it becomes an event of its own (one undo step)."""
    try:
        quote = session.store.annotation(annotation_id).quote
    except RecoupeError:  # the command reports the missing annotation itself
        quote = ""
    return _push(session, SplitFromEventCommand(session, annotation_id, quote))


def rename_event(session: Session, members: Sequence[AnnotationId], title: str) -> bool:
    """Title the event made of ``members``; a blank title removes it (one undo step)."""
    return _push(session, RenameEventCommand(session, members, title))

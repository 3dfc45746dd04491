"""The undoable step for page furniture: marking or unmarking one line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.furniture_store import (
    FurnitureUndo,
    redo_line_furniture,
    set_line_furniture,
    undo_line_furniture,
)
from desktop.core.models import Change, SourceId
from desktop.ui.commands import StoreCommand

if TYPE_CHECKING:
    from desktop.ui.session import Session


class SetFurnitureCommand(StoreCommand):
    """Mark or unmark a line as page furniture; undo restores its rows exactly (same ids)."""

    def __init__(
        self, session: Session, *, source_id: SourceId, start: int, end: int, furniture: bool
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Mark line as page furniture")
            if furniture
            else QCoreApplication.translate("Commands", "Unmark line as page furniture"),
        )
        self.source_id = source_id
        self.start = start
        self.end = end
        self.furniture = furniture
        self.undo_info: FurnitureUndo | None = None

    def redo(self) -> None:
        store = self.session.store
        if self.undo_info is None:

            def first() -> Change:
                change, self.undo_info = set_line_furniture(
                    store, self.source_id, self.start, self.end, self.furniture
                )
                return change

            self._run(first)
        else:
            undo_info = self.undo_info
            self._run(lambda: redo_line_furniture(store, undo_info))

    def undo(self) -> None:
        if self.undo_info is not None:
            undo_info = self.undo_info
            self._run(lambda: undo_line_furniture(self.session.store, undo_info))

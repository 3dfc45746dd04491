"""The annotations a merge left in two versions, side by side, to keep one of each.

``ConflictsDialog`` lists the open conflicts of the session's project (``core.conflicts``):
the passage, our version and theirs (tag, value, note, status), and who sent theirs.
Keep Ours / Keep Theirs push one ``ResolveConflictCommand`` each (Edit ▸ Undo puts the
conflict back); Show in Text opens the passage in the reader.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conflicts import (
    Conflict,
    Keep,
    Resolution,
    conflicts,
    redo_resolution,
    resolve_conflict,
    undo_resolution,
)
from desktop.core.models import Annotation, Change, Tag, TagId
from desktop.ui.commands import StoreCommand, short
from desktop.ui.labels import tag_label

if TYPE_CHECKING:
    from desktop.ui.session import Session


class ResolveConflictCommand(StoreCommand):
    """Keep one version of a conflict; undo brings both versions and the flag back."""

    def __init__(self, session: Session, conflict: Conflict, keep: Keep) -> None:
        text = (
            QCoreApplication.translate("Commands", "Keep our version of '%1'")
            if keep is Keep.OURS
            else QCoreApplication.translate("Commands", "Keep their version of '%1'")
        )
        super().__init__(session, text.replace("%1", short(conflict.ours.quote)))
        self.conflict = conflict
        self.keep = keep
        self.resolution: Resolution | None = None

    def redo(self) -> None:
        store = self.session.store

        def apply() -> list[Change]:
            if self.resolution is None:
                self.resolution, changes = resolve_conflict(store, self.conflict.id, self.keep)
            else:
                self.resolution, changes = redo_resolution(store, self.resolution)
            return changes

        self._run(apply)

    def undo(self) -> None:
        if self.resolution is not None:
            resolution = self.resolution
            self._run(lambda: undo_resolution(self.session.store, resolution))


def _describe(a: Annotation, tags: Mapping[TagId, Tag]) -> str:
    parts = [tag_label(tags[a.tag_id]) if a.tag_id in tags else "?"]
    if a.value:
        parts.append(a.value)
    if a.note:
        parts.append("“" + " ".join(a.note.split()) + "”")
    parts.append(
        {
            "accepted": QCoreApplication.translate("ConflictsDialog", "accepted"),
            "suggested": QCoreApplication.translate("ConflictsDialog", "suggested"),
            "rejected": QCoreApplication.translate("ConflictsDialog", "rejected"),
        }[a.status.value]
    )
    return " · ".join(parts)


class ConflictsDialog(QDialog):
    """Open conflicts of the session's project, one row each."""

    passage_requested = Signal(int, int, int)
    """(source id, start, end) to show in the reader."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Merge Conflicts"))
        self.resize(900, 420)
        self.found: list[Conflict] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Source"), self.tr("Passage"), self.tr("Ours"), self.tr("Theirs")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.keep_ours = QPushButton(self.tr("Keep &Ours"), self)
        self.keep_theirs = QPushButton(self.tr("Keep &Theirs"), self)
        self.show_button = QPushButton(self.tr("&Show in Text"), self)
        self.keep_ours.clicked.connect(lambda: self.resolve(Keep.OURS))
        self.keep_theirs.clicked.connect(lambda: self.resolve(Keep.THEIRS))
        self.show_button.clicked.connect(self._show_passage)
        buttons = QHBoxLayout()
        for b in (self.keep_ours, self.keep_theirs, self.show_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        session.annotations_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _change: object = None) -> None:
        """Read the open conflicts again (resolving or undoing changes them)."""
        store = self.session.store
        current = self.current()
        self.found = conflicts(store)
        tags = {t.id: t for t in store.tags()}
        titles = {s.id: s.title for s in store.sources()}
        self.table.setRowCount(len(self.found))
        for row, c in enumerate(self.found):
            who = c.row.other_by or c.row.bundle
            cells = [
                titles.get(c.ours.source_id, ""),
                " ".join(c.ours.quote.split()),
                _describe(c.ours, tags),
                _describe(c.theirs, tags) + "  — " + who,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        self.intro.setText(
            self.tr(
                "Both you and the sender changed these annotations. Keep one version of each; "
                "Edit ▸ Undo brings a conflict back."
            )
            if self.found
            else self.tr("No conflicts: every merged annotation has one version.")
        )
        ids = [c.id for c in self.found]
        if current is not None and current.id in ids:
            self.table.selectRow(ids.index(current.id))
        elif self.found:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> Conflict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.found):
            return None
        return self.found[rows[0].row()]

    def resolve(self, keep: Keep) -> bool:
        c = self.current()
        if c is None:
            return False
        command = ResolveConflictCommand(self.session, c, keep)
        self.session.undo_stack.push(command)
        self.refresh()
        return not command.failed

    def _show_passage(self) -> None:
        c = self.current()
        if c is not None:
            self.passage_requested.emit(int(c.ours.source_id), c.ours.start, c.ours.end)

    def _update_buttons(self) -> None:
        on = self.current() is not None
        for b in (self.keep_ours, self.keep_theirs, self.show_button):
            b.setEnabled(on)

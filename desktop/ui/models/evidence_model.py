"""The evidence linked to one claim: relation, quote, source and note of each passage.

The model reads the store and never writes it: editing a relation or a note becomes
``edit_requested``; the row changes when the session reports the ClaimChange back, and
only the evidence rows the change names are read again.
"""

from __future__ import annotations

import enum
import html
from typing import TYPE_CHECKING, Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimChange, Evidence, EvidenceId, EvidenceRelation
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId, Change, ChangeKind
from desktop.ui.claim_labels import relation_label
from desktop.ui.models.annotation_table_model import one_line

if TYPE_CHECKING:
    from desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

EVIDENCE_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""data() role giving the row's Evidence."""
RELATION_COLOURS: Final = {
    EvidenceRelation.SUPPORTS: "#2e7d32",
    EvidenceRelation.CONTRADICTS: "#c62828",
    EvidenceRelation.CONTEXT: "#546e7a",
}


class EvidenceColumn(enum.IntEnum):
    RELATION = 0
    QUOTE = 1
    SOURCE = 2
    NOTE = 3


class EvidenceModel(QAbstractTableModel):
    """The evidence of the claim set with ``set_claim``, oldest link first."""

    edit_requested = Signal(int, str, object)
    """The user edited a cell: (evidence id, "relation" or "note", new value)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._claim_id: AnnotationId | None = None
        self._rows: list[Evidence] = []
        session.claims_changed.connect(self._on_claims_changed)
        session.sources_changed.connect(self._on_sources_changed)

    def set_claim(self, claim_id: AnnotationId | None) -> None:
        self.beginResetModel()
        self._claim_id = claim_id
        self._rows = (
            ClaimStore(self._session.store).evidence_for(claim_id) if claim_id is not None else []
        )
        self.endResetModel()

    def claim_id(self) -> AnnotationId | None:
        return self._claim_id

    def evidence_at(self, row: int) -> Evidence:
        return self._rows[row]

    def row_of(self, evidence_id: int) -> int | None:
        return next((r for r, e in enumerate(self._rows) if e.id == evidence_id), None)

    # ---------------------------------------------------------- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(EvidenceColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("EvidenceModel", "Relation"),
            QCoreApplication.translate("EvidenceModel", "Quote"),
            QCoreApplication.translate("EvidenceModel", "Source"),
            QCoreApplication.translate("EvidenceModel", "Note"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (EvidenceColumn.RELATION, EvidenceColumn.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == EvidenceColumn.RELATION:
                return relation_label(e.relation)
            if column == EvidenceColumn.QUOTE:
                return one_line(e.quote)
            if column == EvidenceColumn.SOURCE:
                return self._title(e)
            return one_line(e.note or "")
        if role == Qt.ItemDataRole.EditRole:
            if column == EvidenceColumn.RELATION:
                return e.relation.value
            if column == EvidenceColumn.NOTE:
                return e.note or ""
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == EvidenceColumn.RELATION:
            return QColor(RELATION_COLOURS[e.relation])
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == EvidenceColumn.QUOTE:
                before = html.escape(" ".join(e.prefix.split()))
                after = html.escape(" ".join(e.suffix.split()))
                return f"<p>…{before} <b>{html.escape(e.quote)}</b> {after}…</p>"
            if column == EvidenceColumn.NOTE and e.note:
                return e.note
            if column == EvidenceColumn.RELATION:
                return (
                    QCoreApplication.translate("EvidenceModel", "Linked by %1 on %2")
                    .replace("%1", e.created_by)
                    .replace("%2", e.created[:16].replace("T", " "))
                )
            return None
        if role == EVIDENCE_ROLE:
            return e
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the edit; the row shows it once the store has it."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        e = self._rows[index.row()]
        if index.column() == EvidenceColumn.RELATION:
            try:
                relation = EvidenceRelation(str(value))
            except ValueError:
                return False
            if relation != e.relation:
                self.edit_requested.emit(int(e.id), "relation", relation)
            return True
        if index.column() == EvidenceColumn.NOTE:
            note = " ".join(str(value or "").split()) or None
            if note != e.note:
                self.edit_requested.emit(int(e.id), "note", note)
            return True
        return False

    def _title(self, e: Evidence) -> str:
        try:
            return self._session.store.source(e.source_id).title
        except NotFound:
            return "?"

    # ----------------------------------------------------------- change records

    def _on_claims_changed(self, change: ClaimChange) -> None:
        if self._claim_id is None or not change.evidence_ids:
            return
        store = ClaimStore(self._session.store)
        for evidence_id in change.evidence_ids:
            row = self.row_of(evidence_id)
            try:
                e = store.evidence(EvidenceId(evidence_id))
            except NotFound:
                if row is not None:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
                continue
            if e.claim_id != self._claim_id:
                continue
            if row is None:
                at = sum(1 for x in self._rows if x.id < e.id)
                self.beginInsertRows(QModelIndex(), at, at)
                self._rows.insert(at, e)
                self.endInsertRows()
            else:
                self._rows[row] = e
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(EvidenceColumn) - 1))

    def _on_sources_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.SOURCE_UPDATED:
            rows = [r for r, e in enumerate(self._rows) if e.source_id in change.source_ids]
            for r in rows:
                index = self.index(r, EvidenceColumn.SOURCE)
                self.dataChanged.emit(index, index)

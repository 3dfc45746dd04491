"""Entities as a table that follows the session: name, type, other names, mentions.

The model reads the store and never writes it: editing a name becomes
``rename_requested``. Each change costs what it names: an EntityChange re-reads the rows
of its entities, an annotation change the rows of the entities those annotations link to.
"""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from desktop.core.entities import EntityId, EntityNames, EntityType, fold_name
from desktop.core.entity_store import EntityStore, EntitySummary
from desktop.core.errors import NotFound
from desktop.core.models import Change, ChangeKind, SourceId
from desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""data() role giving the entity id of a row."""
SORT_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 2


class Column(enum.IntEnum):
    NAME = 0
    TYPE = 1
    ALIASES = 2
    MENTIONS = 3
    SOURCES = 4


def type_label(entity_type: EntityType) -> str:
    """An entity type as the user reads it."""
    labels = {
        EntityType.PERSON: QCoreApplication.translate("EntityTableModel", "Person"),
        EntityType.ORGANISATION: QCoreApplication.translate("EntityTableModel", "Organisation"),
        EntityType.PLACE: QCoreApplication.translate("EntityTableModel", "Place"),
    }
    return labels[entity_type]


def reason_label(reason: str | None) -> str:
    """Why an entity has another name, as the user reads it."""
    labels = {
        "same_name": QCoreApplication.translate("EntityTableModel", "same name"),
        "transliteration": QCoreApplication.translate(
            "EntityTableModel", "same name written differently (transliteration)"
        ),
        "acronym": QCoreApplication.translate("EntityTableModel", "acronym"),
        "curated": QCoreApplication.translate("EntityTableModel", "known alias (curated list)"),
        "short_form": QCoreApplication.translate("EntityTableModel", "short form of the name"),
        "merged": QCoreApplication.translate("EntityTableModel", "merged by you"),
        "former_name": QCoreApplication.translate("EntityTableModel", "former name"),
    }
    return labels.get(reason or "", "")


class EntityTableModel(QAbstractTableModel):
    """Entities with at least one accepted mention."""

    rename_requested = Signal(int, str)
    """The user edited an entity's name in place: (entity id, new name)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: list[EntitySummary] = []
        self._row_of: dict[EntityId, int] = {}
        self._titles: dict[SourceId, str] = {}
        self.reload()
        session.entities_changed.connect(self._on_entities_changed)
        session.annotations_changed.connect(self._on_annotations_changed)
        session.sources_changed.connect(self._on_sources_changed)

    # ----------------------------------------------------------------- reading

    def reload(self) -> None:
        """Read every entity again: a model reset, for opening and unknown changes only."""
        self.beginResetModel()
        self._titles = {s.id: s.title for s in self._session.store.sources()}
        self._rows = list(EntityStore(self._session.store).summaries().values())
        self._row_of = {s.entity.id: row for row, s in enumerate(self._rows)}
        self.endResetModel()

    def summary_at(self, row: int) -> EntitySummary:
        return self._rows[row]

    def row_of(self, entity_id: int) -> int | None:
        return self._row_of.get(EntityId(int(entity_id)))

    def summary(self, entity_id: int) -> EntitySummary | None:
        row = self.row_of(entity_id)
        return None if row is None else self._rows[row]

    def names(self) -> list[EntityNames]:
        """Every listed entity with the names it goes by (for proposals)."""
        return [
            EntityNames(s.entity.id, s.entity.type, (s.entity.name, *(a.alias for a in s.aliases)))
            for s in self._rows
        ]

    def source_title(self, source_id: SourceId) -> str:
        return self._titles.get(source_id, f"#{source_id}")

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("EntityTableModel", "Name"),
            QCoreApplication.translate("EntityTableModel", "Type"),
            QCoreApplication.translate("EntityTableModel", "Other names"),
            QCoreApplication.translate("EntityTableModel", "Mentions"),
            QCoreApplication.translate("EntityTableModel", "Sources"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == Column.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(s, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(s, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.ALIASES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            value = self._display(s, column)
            return fold_name(value) if isinstance(value, str) else value
        if role == ID_ROLE:
            return int(s.entity.id)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the rename; the row shows it once the store has it."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() != 0:
            return False
        s = self._rows[index.row()]
        name = " ".join(str(value or "").split())
        if name and name != s.entity.name:
            self.rename_requested.emit(int(s.entity.id), name)
        return True

    def _display(self, s: EntitySummary, column: int) -> Any:
        if column == Column.NAME:
            return s.entity.name
        if column == Column.TYPE:
            return type_label(s.entity.type)
        if column == Column.ALIASES:
            return len(s.aliases)
        if column == Column.MENTIONS:
            return s.total
        return len(s.mentions)

    def _tooltip(self, s: EntitySummary, column: int) -> str | None:
        if column in (Column.NAME, Column.ALIASES) and s.aliases:
            rows = [
                html.escape(a.alias)
                + (f" — {html.escape(why)}" if (why := reason_label(a.reason)) else "")
                for a in s.aliases
            ]
            title = QCoreApplication.translate("EntityTableModel", "Also called:")
            return f"<p>{html.escape(title)}<br>" + "<br>".join(rows) + "</p>"
        if column in (Column.MENTIONS, Column.SOURCES) and s.mentions:
            title = QCoreApplication.translate("EntityTableModel", "Mentions per source:")
            rows = [
                f"{html.escape(self.source_title(sid))}: {n}"
                for sid, n in sorted(s.mentions.items(), key=lambda item: (-item[1], item[0]))
            ]
            return f"<p>{html.escape(title)}<br>" + "<br>".join(rows) + "</p>"
        if column == Column.NAME and s.entity.note:
            return s.entity.note
        return None

    # ----------------------------------------------------------- change records

    def refresh(self, entity_ids: Iterable[EntityId]) -> None:
        """Read these entities again: update, insert or drop their rows."""
        ids = sorted({EntityId(int(e)) for e in entity_ids})
        if not ids:
            return
        fresh = EntityStore(self._session.store).summaries(ids)
        changed, gone, added = [], [], []
        for eid in ids:
            row = self._row_of.get(eid)
            if eid in fresh and row is not None:
                self._rows[row] = fresh[eid]
                changed.append(row)
            elif eid in fresh:
                added.append(fresh[eid])
            elif row is not None:
                gone.append(row)
        for row in changed:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        for row in sorted(gone, reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        if gone:
            for row in range(min(gone), len(self._rows)):
                self._row_of[self._rows[row].entity.id] = row
            for eid in ids:
                if eid not in fresh:
                    self._row_of.pop(eid, None)
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            for offset, s in enumerate(added):
                self._row_of[s.entity.id] = first + offset
            self.endInsertRows()

    def _on_entities_changed(self, change: Change | None) -> None:
        ids = getattr(change, "entity_ids", None)
        if ids is None:
            self.reload()
        else:
            self.refresh(ids)

    def _on_annotations_changed(self, change: Change) -> None:
        if change.annotation_ids:
            links = EntityStore(self._session.store).links(change.annotation_ids)
            self.refresh(links.values())

    def _on_sources_changed(self, change: Change) -> None:
        store = self._session.store
        if change.kind is ChangeKind.SOURCE_REMOVED:
            ids = [s.entity.id for s in self._rows if set(s.mentions) & set(change.source_ids)]
            self.refresh(ids)
            return
        for sid in change.source_ids:
            try:
                self._titles[sid] = store.source(sid).title
            except NotFound:  # removed again before we looked
                self._titles.pop(sid, None)
        if change.kind is ChangeKind.SOURCE_ADDED:
            self.refresh(EntityStore(store).entities_in_sources(change.source_ids))


class EntityFilterProxy(QSortFilterProxyModel):
    """Filters entities by type and by folded text in their names; sorts by SORT_ROLE."""

    def __init__(self, model: EntityTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._type: EntityType | None = None
        self._words: list[str] = []
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_type_filter(self, entity_type: EntityType | None) -> None:
        if entity_type != self._type:
            self.beginFilterChange()
            self._type = entity_type
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text_filter(self, text: str) -> None:
        """Entities one of whose names holds every word of text, in any case or accent."""
        words = fold_name(text).split()
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        s = self._model.summary_at(source_row)
        if self._type is not None and s.entity.type is not self._type:
            return False
        if not self._words:
            return True
        names = "\n".join(fold_name(n) for n in (s.entity.name, *(a.alias for a in s.aliases)))
        return all(w in names for w in self._words)

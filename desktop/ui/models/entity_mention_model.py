"""The mentions of one entity across sources: source title and the passage in context.

Reads the store, never writes. Follows the session: a change naming the entity, or one of
its mentions' annotations, reads its mentions again (one entity's worth of rows).
"""

from __future__ import annotations

import enum
import html
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.entities import EntityId
from desktop.core.entity_store import EntityStore, Mention
from desktop.core.errors import NotFound
from desktop.core.models import Change, ChangeKind, SourceId
from desktop.ui.session import Session

Index = QModelIndex | QPersistentModelIndex

ANNOTATION_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""data() role giving the annotation id of a row."""


class MentionColumn(enum.IntEnum):
    SOURCE = 0
    CONTEXT = 1


_BEFORE: Final = 24
"""Characters of context shown before the quote, so that the quote shows in a narrow cell."""


def context_line(m: Mention) -> str:
    """The passage on one line, its quote between guillemets: "…before «quote» after…"."""
    before = " ".join(m.prefix.split())
    if len(before) > _BEFORE:
        cut = before[-_BEFORE:]
        before = cut[cut.find(" ") + 1 :] if " " in cut else cut
    after = " ".join(m.suffix.split())
    quote = " ".join(m.quote.split())
    space_before = " " if m.prefix[-1:].isspace() else ""
    space_after = " " if m.suffix[:1].isspace() else ""
    return f"…{before}{space_before}«{quote}»{space_after}{after}…"


class EntityMentionModel(QAbstractTableModel):
    """Mentions of the entity set with ``set_entity``, by source then position."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._entity_id: EntityId | None = None
        self._rows: list[Mention] = []
        self._titles: dict[SourceId, str] = {s.id: s.title for s in session.store.sources()}
        session.entities_changed.connect(self._on_entities_changed)
        session.annotations_changed.connect(self._on_annotations_changed)
        session.sources_changed.connect(self._on_sources_changed)

    def entity_id(self) -> EntityId | None:
        return self._entity_id

    def set_entity(self, entity_id: EntityId | None) -> None:
        """List the mentions of this entity (none for None)."""
        self._entity_id = entity_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = (
            EntityStore(self._session.store).mentions(self._entity_id)
            if self._entity_id is not None
            else []
        )
        self.endResetModel()

    def mention_at(self, row: int) -> Mention:
        return self._rows[row]

    def row_of(self, annotation_id: int) -> int | None:
        for row, m in enumerate(self._rows):
            if m.annotation_id == annotation_id:
                return row
        return None

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MentionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("EntityMentionModel", "Source"),
            QCoreApplication.translate("EntityMentionModel", "Passage"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MentionColumn.SOURCE:
                return self._titles.get(m.source_id, f"#{m.source_id}")
            return context_line(m)
        if role == Qt.ItemDataRole.ToolTipRole:
            title = html.escape(self._titles.get(m.source_id, ""))
            before = html.escape(" ".join(m.prefix.split()))
            after = html.escape(" ".join(m.suffix.split()))
            quote = html.escape(m.quote)
            value = (
                "<br>"
                + html.escape(
                    QCoreApplication.translate("EntityMentionModel", "Value: %1")
                ).replace("%1", html.escape(m.value))
                if m.value
                else ""
            )
            return f"<p><i>{title}</i><br>…{before} <b>{quote}</b> {after}…{value}</p>"
        if role == ANNOTATION_ROLE:
            return int(m.annotation_id)
        return None

    # ----------------------------------------------------------- change records

    def _on_entities_changed(self, change: Change | None) -> None:
        ids = getattr(change, "entity_ids", None)
        if self._entity_id is not None and (ids is None or self._entity_id in ids):
            self.reload()

    def _on_annotations_changed(self, change: Change) -> None:
        if self._entity_id is None or not change.annotation_ids:
            return
        mine = {m.annotation_id for m in self._rows}
        if mine & set(change.annotation_ids):
            self.reload()
            return
        links = EntityStore(self._session.store).links(change.annotation_ids)
        if self._entity_id in links.values():
            self.reload()

    def _on_sources_changed(self, change: Change) -> None:
        for sid in change.source_ids:
            try:
                self._titles[sid] = self._session.store.source(sid).title
            except NotFound:
                self._titles.pop(sid, None)
        if self._entity_id is None:
            return
        if change.kind is not ChangeKind.SOURCE_UPDATED:
            self.reload()
        elif any(m.source_id in change.source_ids for m in self._rows):
            top = self.index(0, MentionColumn.SOURCE)
            bottom = self.index(len(self._rows) - 1, MentionColumn.SOURCE)
            self.dataChanged.emit(top, bottom)

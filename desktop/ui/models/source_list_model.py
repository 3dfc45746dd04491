"""The project's sources as a table: title, publication date, accepted annotations.

Updates cost what the change costs: one added source inserts one row, one tagged passage
recounts one source.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.errors import NotFound
from desktop.core.models import Change, ChangeKind, Source, SourceId
from desktop.core.store import Store
from desktop.ui.session import Session

TITLE, PUBLISHED, ANNOTATIONS = range(3)
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
"""A value that sorts naturally: folded title, ISO date, count."""
SOURCE_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2
UNCONFIRMED_COLOUR: Final = QColor("#b35c00")

_Index = QModelIndex | QPersistentModelIndex


def how_found(how: str | None) -> str:
    """How a publication date was found, in words a reader understands."""
    words = {
        "header": QCoreApplication.translate(
            "SourceListModel", "from a date line at the top of the file"
        ),
        "id-timestamp": QCoreApplication.translate(
            "SourceListModel", "from a timestamp in the document's identifier"
        ),
        "dateline": QCoreApplication.translate(
            "SourceListModel", "from the dateline at the top of the text"
        ),
        "html-meta": QCoreApplication.translate("SourceListModel", "from the web page's metadata"),
        "user": QCoreApplication.translate("SourceListModel", "typed in by you"),
    }
    if how is None:
        return QCoreApplication.translate("SourceListModel", "origin unknown")
    return words.get(how, how)


def needs_confirmation(source: Source) -> bool:
    """A date was found automatically and nobody has checked it yet."""
    return source.published is not None and not source.published_confirmed


def short_date(iso: str | None) -> str:
    """A day as YYYY-MM-DD: unambiguous in every language and sorts as it reads."""
    return iso or ""


def local_time(iso: str) -> str:
    """A stored UTC timestamp in local time, as YYYY-MM-DD HH:MM (clear in any language)."""
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return iso
    return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm")


def accepted_count(store: Store, source_id: SourceId) -> int:
    """Accepted annotations of one source: one indexed COUNT query."""
    row = store.db.execute(
        "SELECT COUNT(*) FROM annotations WHERE source_id = ? AND status = 'accepted'",
        [source_id],
    ).fetchone()
    return int(row[0]) if row else 0


class SourceListModel(QAbstractTableModel):
    """One row per source, in id order (sort with a proxy)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._sources: list[Source] = session.store.sources()
        self._ids: list[SourceId] = [s.id for s in self._sources]
        self._counts: dict[SourceId, int] = session.store.annotation_counts()
        session.sources_changed.connect(self._on_sources_changed)
        session.annotations_changed.connect(self._on_annotations_changed)
        session.tags_changed.connect(self._on_tags_changed)

    # -------------------------------------------------------------- lookups

    def source_id_at(self, row: int) -> SourceId | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, source_id: SourceId | int) -> int:
        """Row of a source, or -1 if the model does not hold it."""
        i = bisect_left(self._ids, source_id)
        return i if i < len(self._ids) and self._ids[i] == source_id else -1

    def source_at(self, row: int) -> Source | None:
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def count_of(self, source_id: SourceId) -> int:
        return self._counts.get(source_id, 0)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Title"), self.tr("Published"), self.tr("Tagged")][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                self.tr("Title of the source"),
                self.tr("Publication date; “?” marks a date found automatically, not yet checked"),
                self.tr("Passages you have tagged in this source"),
            ][section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._sources):
            return None
        source = self._sources[index.row()]
        column = index.column()
        if role == SOURCE_ID_ROLE:
            return int(source.id)
        if column == TITLE:
            return self._title_data(source, role)
        if column == PUBLISHED:
            return self._published_data(source, role)
        if column == ANNOTATIONS:
            count = self._counts.get(source.id, 0)
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return count
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _title_data(self, source: Source, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return source.title
        if role == SORT_ROLE:
            return source.title.casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            rows = [
                (self.tr("File"), source.filename),
                (self.tr("Format"), source.format),
                (self.tr("Encoding"), source.encoding),
                (self.tr("Language"), source.lang),
                (self.tr("Imported"), local_time(source.imported_at)),
                (self.tr("SHA-256"), source.sha256[:12] + "…"),
            ]
            return "\n".join(f"{label}: {value}" for label, value in rows)
        return None

    def _published_data(self, source: Source, role: int) -> Any:
        unconfirmed = needs_confirmation(source)
        if role == Qt.ItemDataRole.DisplayRole:
            text = short_date(source.published)
            return f"{text} ?" if unconfirmed else text
        if role == SORT_ROLE:
            return source.published or ""
        if not unconfirmed:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.unconfirmed_tooltip(source)
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNCONFIRMED_COLOUR
        if role == Qt.ItemDataRole.DecorationRole:
            return _warning_icon()
        return None

    def unconfirmed_tooltip(self, source: Source) -> str:
        if source.published_how == "dateline":
            return self.tr(
                "Publication date guessed from the text (dateline): confirm it in Properties"
            )
        return self.tr("Publication date found %1: confirm it in Properties").replace(
            "%1", how_found(source.published_how)
        )

    # ------------------------------------------------------------- changes

    def _on_sources_changed(self, change: Change) -> None:
        for source_id in change.source_ids:
            if change.kind == ChangeKind.SOURCE_REMOVED:
                self._remove(source_id)
            else:
                self._add_or_update(source_id)

    def _remove(self, source_id: SourceId) -> None:
        row = self.row_of(source_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._sources[row], self._ids[row]
        self._counts.pop(source_id, None)
        self.endRemoveRows()

    def _add_or_update(self, source_id: SourceId) -> None:
        try:
            source = self._session.store.source(source_id)
        except NotFound:
            self._remove(source_id)
            return
        count = accepted_count(self._session.store, source_id)
        row = self.row_of(source_id)
        if row >= 0:
            self._sources[row] = source
            self._counts[source_id] = count
            self._row_changed(row)
            return
        row = bisect_left(self._ids, source_id)
        self.beginInsertRows(QModelIndex(), row, row)
        self._sources.insert(row, source)
        self._ids.insert(row, source_id)
        self._counts[source_id] = count
        self.endInsertRows()

    def _on_annotations_changed(self, change: Change) -> None:
        for source_id in change.source_ids:
            row = self.row_of(source_id)
            if row < 0:
                continue
            count = accepted_count(self._session.store, source_id)
            if count != self._counts.get(source_id, 0):
                self._counts[source_id] = count
                self._count_changed(row)

    def _on_tags_changed(self, change: Change) -> None:
        # Rare: a deleted (or restored) tag takes its annotations along. One GROUP BY query.
        counts = self._session.store.annotation_counts()
        for row, source_id in enumerate(self._ids):
            if counts.get(source_id, 0) != self._counts.get(source_id, 0):
                self._counts[source_id] = counts.get(source_id, 0)
                self._count_changed(row)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _count_changed(self, row: int) -> None:
        index = self.index(row, ANNOTATIONS)
        self.dataChanged.emit(index, index)


def _warning_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) if style else QIcon()

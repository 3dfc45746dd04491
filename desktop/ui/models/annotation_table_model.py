"""The annotations of one source, or of all sources, as a table that follows the store.

The model reads the store and never writes it: an edit in a cell becomes ``edit_requested``,
and the cell changes only when the session reports the change back. Each ``Change`` costs
what it names: one added annotation is one inserted row, never a reset.
"""

from __future__ import annotations

import enum
import html
import unicodedata
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
from PySide6.QtGui import QColor, QFont

from desktop.core.errors import NotFound
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    Change,
    ChangeKind,
    SourceId,
    Tag,
    TagId,
)
from desktop.ui.labels import tag_label
from desktop.ui.session import Session

_QUOTE_SHOWN: Final = 300  # characters of a quote worth laying out in one table cell
_APOSTROPHES: Final = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})

Index = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    SOURCE = 0
    POSITION = 1
    TAG = 2
    QUOTE = 3
    VALUE = 4
    NOTE = 5
    STATUS = 6


_COLUMN_COUNT: Final = len(Column)

ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1
"""data() role giving the annotation id of a row."""


def fold(text: str) -> str:
    """Text for matching: no case, no accents, typographic apostrophes as "'".

    The same folding as ``anchoring.fold``, without the offset map.
    """
    text = text.translate(_APOSTROPHES)
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def one_line(text: str, limit: int = _QUOTE_SHOWN) -> str:
    """Whitespace collapsed to single spaces, cut at limit characters."""
    short = " ".join(text[: limit + 1].split())
    return short if len(text) <= limit else short + "…"


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers grouped into (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class AnnotationTableModel(QAbstractTableModel):
    """Accepted and suggested annotations in scope; rejected ones are never listed."""

    edit_requested = Signal(int, str, object)
    """The user edited a cell: (annotation id, "value" or "note", new text or None)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._all = False
        self._source_id: SourceId | None = None
        self._rows: list[Annotation] = []
        self._row_of: dict[AnnotationId, int] = {}
        self._tags: dict[TagId, Tag] = {}
        self._colours: dict[TagId, QColor] = {}
        self._titles: dict[SourceId, str] = {}
        self._folded: dict[AnnotationId, tuple[str, str, str]] = {}
        self._keys: dict[int, dict[AnnotationId, tuple[Any, ...]]] = {c: {} for c in Column}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._load_lookups()
        session.annotations_changed.connect(self._on_annotations_changed)
        session.tags_changed.connect(self._on_tags_changed)
        session.sources_changed.connect(self._on_sources_changed)

    # ------------------------------------------------------------------- scope

    def set_scope(self, source_id: SourceId | None, *, all_sources: bool = False) -> None:
        """Show one source's annotations (none if source_id is None) or every source's."""
        self._source_id = source_id
        self._all = all_sources
        self.reload()

    def set_source(self, source_id: SourceId | None) -> None:
        """One source's annotations, or all sources' when source_id is None."""
        self.set_scope(source_id, all_sources=source_id is None)

    def reload(self) -> None:
        """Read everything in scope again: a model reset, for scope and tag deletions only."""
        store = self._session.store
        self.beginResetModel()
        self._load_lookups()
        if self._all:
            fetched = store.annotations(status=None)
        elif self._source_id is not None:
            fetched = store.annotations(source_id=self._source_id, status=None)
        else:
            fetched = []
        self._rows = [a for a in fetched if a.status is not AnnotationStatus.REJECTED]
        self._row_of = {a.id: row for row, a in enumerate(self._rows)}
        self._forget_all()
        self.endResetModel()

    def _load_lookups(self) -> None:
        store = self._session.store
        self._tags = {t.id: t for t in store.tags()}
        self._colours = {t.id: QColor(t.colour) for t in self._tags.values()}
        self._titles = {s.id: s.title for s in store.sources()}

    def _in_scope(self, annotation: Annotation) -> bool:
        if annotation.status is AnnotationStatus.REJECTED:
            return False
        return self._all or annotation.source_id == self._source_id

    def _touches(self, source_ids: tuple[SourceId, ...]) -> bool:
        """Whether a change naming these sources can concern a row in scope."""
        if self._all:
            return True
        if self._source_id is None:
            return False
        return not source_ids or self._source_id in source_ids

    # ------------------------------------------------------------------ lookups

    def annotation_at(self, row: int) -> Annotation:
        return self._rows[row]

    def row_of(self, annotation_id: int) -> int | None:
        row = self._row_of.get(AnnotationId(annotation_id))
        if row is None or row >= len(self._rows) or self._rows[row].id != annotation_id:
            return None
        return row

    def folded(self, row: int) -> tuple[str, str, str]:
        """Folded quote, value and note of a row, computed once per version."""
        a = self._rows[row]
        cached = self._folded.get(a.id)
        if cached is None:
            cached = (fold(a.quote), fold(a.value or ""), fold(a.note or ""))
            self._folded[a.id] = cached
        return cached

    def sort_key(self, row: int, column: int) -> tuple[Any, ...]:
        """What a column sorts by; ties fall back to (source, start). Value and note keys
        start with a blank flag, which the proxy uses to keep blanks last."""
        a = self._rows[row]
        keys = self._keys[column]
        key = keys.get(a.id)
        if key is None:
            key = keys[a.id] = self._sort_key(row, a, column)
        return key

    def _sort_key(self, row: int, a: Annotation, column: int) -> tuple[Any, ...]:
        position = (a.source_id, a.start, -a.end, a.id)
        if column == Column.SOURCE:
            return (fold(self._titles.get(a.source_id, "")), *position)
        if column == Column.TAG:
            tag = self._tags.get(a.tag_id)
            return (fold(tag_label(tag)) if tag else "", *position)
        if column == Column.QUOTE:
            return (self.folded(row)[0], *position)
        if column == Column.VALUE:
            return (a.value is None, self.folded(row)[1], *position)
        if column == Column.NOTE:
            return (a.note is None, self.folded(row)[2], *position)
        if column == Column.STATUS:
            return (a.status is not AnnotationStatus.ACCEPTED, *position)
        return position

    def _forget(self, annotation_id: AnnotationId) -> None:
        self._folded.pop(annotation_id, None)
        for keys in self._keys.values():
            keys.pop(annotation_id, None)

    def _forget_all(self) -> None:
        self._folded.clear()
        for keys in self._keys.values():
            keys.clear()

    # ---------------------------------------------------------- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("AnnotationTableModel", "Source"),
            QCoreApplication.translate("AnnotationTableModel", "Position"),
            QCoreApplication.translate("AnnotationTableModel", "Tag"),
            QCoreApplication.translate("AnnotationTableModel", "Quote"),
            QCoreApplication.translate("AnnotationTableModel", "Value"),
            QCoreApplication.translate("AnnotationTableModel", "Note"),
            QCoreApplication.translate("AnnotationTableModel", "Status"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (Column.VALUE, Column.NOTE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(a, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == Column.VALUE:
                return a.value or ""
            if column == Column.NOTE:
                return a.note or ""
            return self._display(a, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TAG:
            return self._colours.get(a.tag_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(a, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and a.status is AnnotationStatus.SUGGESTED:
            return self._italic
        if role == ID_ROLE:
            return int(a.id)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the edit; the row shows it once the store has it."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column not in (Column.VALUE, Column.NOTE):
            return False
        a = self._rows[index.row()]
        text = "" if value is None else str(value).strip()
        new = text or None
        field = "value" if column == Column.VALUE else "note"
        if new != getattr(a, field):
            self.edit_requested.emit(int(a.id), field, new)
        return True

    def _display(self, a: Annotation, column: int) -> Any:
        if column == Column.SOURCE:
            return self._titles.get(a.source_id, "")
        if column == Column.POSITION:
            return a.start
        if column == Column.TAG:
            tag = self._tags.get(a.tag_id)
            return tag_label(tag) if tag else "?"
        if column == Column.QUOTE:
            return one_line(a.quote)
        if column == Column.VALUE:
            return one_line(a.value or "")
        if column == Column.NOTE:
            return one_line(a.note or "")
        if a.status is AnnotationStatus.SUGGESTED:
            return QCoreApplication.translate("AnnotationTableModel", "Suggested")
        return QCoreApplication.translate("AnnotationTableModel", "Accepted")

    def _tooltip(self, a: Annotation, column: int) -> str | None:
        if column == Column.QUOTE:
            before = html.escape(" ".join(a.prefix.split()))
            after = html.escape(" ".join(a.suffix.split()))
            quote = html.escape(a.quote).replace("\n", "<br>")
            return f"<p>…{before} <b>{quote}</b> {after}…</p>"
        if column == Column.VALUE and a.value:
            return a.value
        if column == Column.NOTE and a.note:
            return a.note
        if column == Column.SOURCE:
            return self._titles.get(a.source_id)
        return None

    # ----------------------------------------------------------- change records

    def _on_annotations_changed(self, change: Change) -> None:
        if not self._touches(change.source_ids):
            return
        if change.kind is ChangeKind.ANNOTATIONS_REMOVED:
            self._remove(change.annotation_ids)
            return
        if not change.annotation_ids:
            return
        fetched = self._session.store.annotations(ids=change.annotation_ids, status=None)
        gone = set(change.annotation_ids) - {a.id for a in fetched}
        self._apply(fetched, gone)

    def _apply(self, fetched: Iterable[Annotation], gone: Iterable[AnnotationId] = ()) -> None:
        """Update, insert or drop each annotation as it now is in the store."""
        changed: list[int] = []
        removed = list(gone)
        added: list[Annotation] = []
        for a in fetched:
            row = self.row_of(a.id)
            if row is None:
                if self._in_scope(a):
                    added.append(a)
            elif self._in_scope(a):
                self._rows[row] = a
                self._forget(a.id)
                changed.append(row)
            else:
                removed.append(a.id)
        self._changed_rows(changed)
        self._remove(removed)
        self._insert(added)

    def _changed_rows(self, rows: Iterable[int], first: int = 0, last: int = -1) -> None:
        last = _COLUMN_COUNT - 1 if last < 0 else last
        for top, bottom in _runs(rows):
            self.dataChanged.emit(self.index(top, first), self.index(bottom, last))

    def _insert(self, annotations: list[Annotation]) -> None:
        """Append rows at the end; the proxy puts them in order."""
        if not annotations:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(annotations) - 1)
        self._rows.extend(annotations)
        for offset, a in enumerate(annotations):
            self._row_of[a.id] = first + offset
        self.endInsertRows()

    def _remove(self, annotation_ids: Iterable[AnnotationId]) -> None:
        rows = [r for r in (self.row_of(i) for i in annotation_ids) if r is not None]
        if not rows:
            return
        runs = _runs(rows)
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            for a in self._rows[first : last + 1]:
                self._row_of.pop(a.id, None)
                self._forget(a.id)
            del self._rows[first : last + 1]
            self.endRemoveRows()
        # rows after the first removed one moved up: only their index entries change
        top = runs[0][0]
        for row in range(top, len(self._rows)):
            self._row_of[self._rows[row].id] = row

    def _on_tags_changed(self, change: Change) -> None:
        before = self._tags
        self._load_lookups()
        if change.source_ids and self._touches(change.source_ids):
            # a deleted tag took its annotations with it, or an undo brought them back
            self.reload()
            return
        edited = {t for t in change.tag_ids if before.get(t) != self._tags.get(t)}
        if edited:
            self._keys[Column.TAG].clear()
            rows = [row for row, a in enumerate(self._rows) if a.tag_id in edited]
            self._changed_rows(rows, Column.TAG, Column.TAG)

    def _on_sources_changed(self, change: Change) -> None:
        store = self._session.store
        for source_id in change.source_ids:
            in_scope = self._all or source_id == self._source_id
            if change.kind is ChangeKind.SOURCE_REMOVED:
                self._titles.pop(source_id, None)
                if in_scope:
                    self._remove([a.id for a in self._rows if a.source_id == source_id])
                continue
            try:
                self._titles[source_id] = store.source(source_id).title
            except NotFound:  # gone again before we looked
                continue
            if change.kind is ChangeKind.SOURCE_UPDATED:
                self._keys[Column.SOURCE].clear()
                rows = [row for row, a in enumerate(self._rows) if a.source_id == source_id]
                self._changed_rows(rows, Column.SOURCE, Column.SOURCE)
            elif in_scope:
                self._apply(store.annotations(source_id=source_id, status=None))


class AnnotationFilterProxy(QSortFilterProxyModel):
    """Filters rows by tag, source and folded text; sorts with blanks last."""

    def __init__(self, model: AnnotationTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._tag_id: TagId | None = None
        self._source_id: SourceId | None = None
        self._text = ""
        self._words: list[str] = []
        self.setSourceModel(model)
        self.setDynamicSortFilter(True)

    def tag_filter(self) -> TagId | None:
        return self._tag_id

    def source_filter(self) -> SourceId | None:
        return self._source_id

    def text_filter(self) -> str:
        return self._text

    def set_tag_filter(self, tag_id: TagId | None) -> None:
        if tag_id != self._tag_id:
            self.beginFilterChange()
            self._tag_id = tag_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_source_filter(self, source_id: SourceId | None) -> None:
        if source_id != self._source_id:
            self.beginFilterChange()
            self._source_id = source_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text_filter(self, text: str) -> None:
        """Rows whose quote, value or note hold every word of text, in any case or accent."""
        words = fold(text).split()
        self._text = text
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def hidden_by(self, source_row: int) -> set[str]:
        """Which filters ("tag", "source", "text") hide a row of the source model."""
        a = self._model.annotation_at(source_row)
        hidden: set[str] = set()
        if self._tag_id is not None and a.tag_id != self._tag_id:
            hidden.add("tag")
        if self._source_id is not None and a.source_id != self._source_id:
            hidden.add("source")
        if self._words:
            haystack = "\n".join(self._model.folded(source_row))
            if not all(w in haystack for w in self._words):
                hidden.add("text")
        return hidden

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        return not self.hidden_by(source_row)

    def lessThan(self, left: Index, right: Index) -> bool:
        column = left.column()
        a = self._model.sort_key(left.row(), column)
        b = self._model.sort_key(right.row(), column)
        if column in (Column.VALUE, Column.NOTE) and a[0] != b[0]:
            # the blank flag: blanks go last whichever way the column is sorted
            return bool(a[0]) if self.sortOrder() == Qt.SortOrder.DescendingOrder else bool(b[0])
        return a < b

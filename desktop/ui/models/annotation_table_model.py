"""The annotations of one source, or of all sources, as a table that follows the store.

The model reads the store and never writes it: an edit in a cell becomes ``edit_requested``,
and the cell changes only when the session reports the change back. Each ``Change`` costs
what it names: one added annotation is one inserted row, never a reset.

The model sorts its own rows (``sort``), with keys computed once per row
(``annotation_order``); the proxy in front of it (``AnnotationFilterProxy``) only filters.
A new row goes straight to its place, an edited row moves only if its key moved.
"""

from __future__ import annotations

import enum
import html
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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
from desktop.ui.models.annotation_order import Key, OrderedRowsModel, runs
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

_DISPLAY: Final = int(Qt.ItemDataRole.DisplayRole)
_EDIT: Final = int(Qt.ItemDataRole.EditRole)
_DECORATION: Final = int(Qt.ItemDataRole.DecorationRole)
_TOOLTIP: Final = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT: Final = int(Qt.ItemDataRole.TextAlignmentRole)
_FONT: Final = int(Qt.ItemDataRole.FontRole)
_SERVED: Final = frozenset({_DISPLAY, _EDIT, _DECORATION, _TOOLTIP, _ALIGNMENT, _FONT, ID_ROLE})
_RIGHT: Final = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_EDITABLE: Final = frozenset({int(Column.VALUE), int(Column.NOTE)})
_NO_FLAGS: Final = Qt.ItemFlag.NoItemFlags
_CELL_FLAGS: Final = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
_EDITABLE_FLAGS: Final = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable


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


class AnnotationTableModel(OrderedRowsModel[Annotation]):
    """Accepted and suggested annotations in scope; rejected ones are never listed."""

    edit_requested = Signal(int, str, object)
    """The user edited a cell: (annotation id, "value" or "note", new text or None)."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(
            columns=_COLUMN_COUNT,
            default_column=Column.POSITION,
            blanks_last=(Column.VALUE, Column.NOTE),
            uncached=(Column.POSITION,),
            parent=parent,
        )
        self._session = session
        self._all = False
        self._source_id: SourceId | None = None
        self._tags: dict[TagId, Tag] = {}
        self._colours: dict[TagId, QColor] = {}
        self._titles: dict[SourceId, str] = {}
        self._folded: dict[AnnotationId, tuple[str, str, str]] = {}
        self._italic = QFont()
        self._italic.setItalic(True)
        self._load_lookups()
        session.annotations_changed.connect(self._on_annotations_changed)
        session.tags_changed.connect(self._on_tags_changed)
        session.sources_changed.connect(self._on_sources_changed)

    # ------------------------------------------------------------------- scope

    def set_scope(
        self,
        source_id: SourceId | None,
        *,
        all_sources: bool = False,
        annotations: Sequence[Annotation] | None = None,
    ) -> None:
        """Show one source's annotations (none if source_id is None) or every source's.

        annotations: that one source's annotations (any status) if the caller has just
        read them from the store; ignored for all sources."""
        self._source_id = source_id
        self._all = all_sources
        self.reload(None if all_sources or source_id is None else annotations)

    def set_source(self, source_id: SourceId | None) -> None:
        """One source's annotations, or all sources' when source_id is None."""
        self.set_scope(source_id, all_sources=source_id is None)

    def reload(self, fetched: Sequence[Annotation] | None = None) -> None:
        """Read everything in scope again (unless given): a model reset, for scope changes
        and tag deletions only."""
        store = self._session.store
        self.beginResetModel()
        self._load_lookups()
        if fetched is None and self._all:
            fetched = store.annotations(status=None)
        elif fetched is None and self._source_id is not None:
            fetched = store.annotations(source_id=self._source_id, status=None)
        self._forget_all()
        self._set_rows(a for a in fetched or () if a.status is not AnnotationStatus.REJECTED)
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

    def folded(self, row: int) -> tuple[str, str, str]:
        """Folded quote, value and note of a row, computed once per version."""
        return self._folded_of(self._rows[row])

    def _folded_of(self, a: Annotation) -> tuple[str, str, str]:
        cached = self._folded.get(a.id)
        if cached is None:
            cached = (fold(a.quote), fold(a.value or ""), fold(a.note or ""))
            self._folded[a.id] = cached
        return cached

    def _sort_key(self, a: Annotation, column: int) -> Key:
        """What a column sorts by; ties fall back to (source, start). Value and note keys
        start with a blank flag that keeps blanks last in either order."""
        position = (a.source_id, a.start, -a.end, a.id)
        if column == Column.POSITION:
            return position
        if column == Column.SOURCE:
            return (fold(self._titles.get(a.source_id, "")), *position)
        if column == Column.TAG:
            tag = self._tags.get(a.tag_id)
            return (fold(tag_label(tag)) if tag else "", *position)
        if column == Column.QUOTE:
            return (self._folded_of(a)[0], *position)
        if column == Column.VALUE:
            return (a.value is None, self._folded_of(a)[1], *position)
        if column == Column.NOTE:
            return (a.note is None, self._folded_of(a)[2], *position)
        if column == Column.STATUS:
            return (a.status is not AnnotationStatus.ACCEPTED, *position)
        return position

    def _forget(self, annotation_id: AnnotationId) -> None:
        self._folded.pop(annotation_id, None)
        self._forget_keys(annotation_id)

    def _forget_all(self) -> None:
        self._folded.clear()
        self._forget_all_keys()

    # ---------------------------------------------------------- Qt model API

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

    # A table frame asks each visible cell for about seven roles, through the proxy: these
    # two methods run a thousand times per frame, so they test plain ints first.

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _EDITABLE_FLAGS if index.column() in _EDITABLE else _CELL_FLAGS

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _SERVED or not index.isValid():
            return None
        a = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY:
            return self._display(a, column)
        if role == _FONT:
            return self._italic if a.status is AnnotationStatus.SUGGESTED else None
        if role == _ALIGNMENT:
            return _RIGHT if column == Column.POSITION else None
        if role == _DECORATION:
            return self._colours.get(a.tag_id) if column == Column.TAG else None
        if role == _EDIT:
            if column == Column.VALUE:
                return a.value or ""
            if column == Column.NOTE:
                return a.note or ""
            return self._display(a, column)
        if role == _TOOLTIP:
            return self._tooltip(a, column)
        return int(a.id)  # ID_ROLE

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
        changed: list[AnnotationId] = []
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
                self._move_into_place(row)  # only if its sort key moved
                changed.append(a.id)
            else:
                removed.append(a.id)
        self._changed_rows(r for r in map(self.row_of, changed) if r is not None)
        self._remove(removed)
        self._insert(added)

    def _changed_rows(self, rows: Iterable[int], first: int = 0, last: int = -1) -> None:
        last = _COLUMN_COUNT - 1 if last < 0 else last
        for top, bottom in runs(rows):
            self.dataChanged.emit(self.index(top, first), self.index(bottom, last))

    def _on_tags_changed(self, change: Change) -> None:
        before = self._tags
        self._load_lookups()
        if change.source_ids and self._touches(change.source_ids):
            # a deleted tag took its annotations with it, or an undo brought them back
            self.reload()
            return
        edited = {t for t in change.tag_ids if before.get(t) != self._tags.get(t)}
        if edited:
            self._forget_all_keys(Column.TAG)
            rows = [row for row, a in enumerate(self._rows) if a.tag_id in edited]
            self._changed_rows(rows, Column.TAG, Column.TAG)
            if self._sort_column == Column.TAG:
                self._resort()  # a renamed tag sorts elsewhere

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
                self._forget_all_keys(Column.SOURCE)
                rows = [row for row, a in enumerate(self._rows) if a.source_id == source_id]
                self._changed_rows(rows, Column.SOURCE, Column.SOURCE)
                if self._sort_column == Column.SOURCE:
                    self._resort()  # a new title sorts elsewhere
            elif in_scope:
                self._apply(store.annotations(source_id=source_id, status=None))

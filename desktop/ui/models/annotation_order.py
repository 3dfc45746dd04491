"""The order of the annotation and claim tables: sort keys compared once per row, not per
comparison.

``OrderedRowsModel`` keeps its rows in the order shown (the proxy in front of it only filters),
so sorting 10,000 rows is one ``sorted()`` over precomputed keys, and one new row finds its
place by a binary search instead of a re-sort. Keys are tuples that end with the row's
position and id, so no two rows compare equal and the order never depends on the past.

Some columns keep blank cells last whichever way they are sorted: their keys start with a
"blank" flag (False for a filled cell), which stays ascending when the rest is reversed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.core.models import AnnotationId

T = TypeVar("T")
Key = tuple[Any, ...]
Index = QModelIndex | QPersistentModelIndex

BATCH: Final = 32
"""More rows added at once than this are appended, then all rows sorted once."""


def comes_before(a: Key, b: Key, *, descending: bool, blanks_last: bool) -> bool:
    """Whether the row with key a is shown above the row with key b."""
    if blanks_last and a[0] != b[0]:
        return not a[0]  # a filled cell comes before a blank one
    return b < a if descending else a < b


def in_order(
    items: Sequence[T], key: Callable[[T], Key], *, descending: bool, blanks_last: bool
) -> list[T]:
    """items sorted as comes_before says, each key computed once."""
    keyed = [(key(x), x) for x in items]
    keyed.sort(key=_first, reverse=descending)
    if descending and blanks_last:
        # reversed, the blank flag put blanks first: move them after the filled cells
        keyed = [p for p in keyed if not p[0][0]] + [p for p in keyed if p[0][0]]
    return [x for _, x in keyed]


def _first(pair: tuple[Key, Any]) -> Key:
    return pair[0]


class Row(Protocol):
    """What a table row shows: an annotation, or a claim (named by its annotation)."""

    @property
    def id(self) -> AnnotationId: ...


R = TypeVar("R", bound=Row)


def insertion_row(
    count: int,
    key_at: Callable[[int], Key],
    key: Key,
    *,
    descending: bool,
    blanks_last: bool,
) -> int:
    """Where a row with this key goes among count rows already in order (key_at(row))."""
    lo, hi = 0, count
    while lo < hi:
        mid = (lo + hi) // 2
        if comes_before(key_at(mid), key, descending=descending, blanks_last=blanks_last):
            lo = mid + 1
        else:
            hi = mid
    return lo


def runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted row numbers grouped into (first, last) runs of consecutive rows."""
    out: list[tuple[int, int]] = []
    for row in sorted(set(rows)):
        if out and out[-1][1] == row - 1:
            out[-1] = (out[-1][0], row)
        else:
            out.append((row, row))
    return out


class OrderedRowsModel(QAbstractTableModel, Generic[R]):
    """Rows (annotations, claims: R) kept in the order of one column (``sort``).

    Subclasses give ``_sort_key(row, column)``: a tuple, unique per row (end it with the
    id), starting with a blank flag for the columns named in blanks_last. Keys are cached
    per annotation id until ``_forget_keys``, except in the uncached columns.
    ``row_of`` is a dict lookup checked against the row it names; after rows move it is
    brought up to date lazily, once.
    """

    def __init__(
        self,
        *,
        columns: int,
        default_column: int,
        blanks_last: Iterable[int] = (),
        uncached: Iterable[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._row_of: dict[AnnotationId, int] = {}
        self._stale_from = 0  # _row_of may be out of date for the rows from here on
        self._columns = columns
        self._keys: dict[int, dict[AnnotationId, Key]] = {c: {} for c in range(columns)}
        self._blanks_last = frozenset(blanks_last)
        self._uncached = frozenset(uncached)  # keys cheaper to make than to look up
        self._default_column = default_column
        self._sort_column = default_column
        self._descending = False

    def _sort_key(self, a: R, column: int) -> Key:
        raise NotImplementedError

    def _forget(self, annotation_id: AnnotationId) -> None:
        """Drop what is cached about one row (it changed or left)."""
        self._forget_keys(annotation_id)

    # ---------------------------------------------------------------- lookups

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_of(self, annotation_id: int) -> int | None:
        """The row showing an annotation, or None."""
        rows = self._rows
        row = self._row_of.get(AnnotationId(annotation_id))
        if row is not None and row < len(rows) and rows[row].id == annotation_id:
            return row
        if self._stale_from < len(rows):
            self._index_rows(self._stale_from)
            row = self._row_of.get(AnnotationId(annotation_id))
            if row is not None and rows[row].id == annotation_id:
                return row
        return None

    def _index_rows(self, first: int = 0) -> None:
        if first == 0:
            self._row_of = {}
        row_of, rows = self._row_of, self._rows
        for row in range(first, len(rows)):
            row_of[rows[row].id] = row
        self._stale_from = len(rows)

    def sort_key(self, row: int, column: int) -> Key:
        """What a row sorts by in a column."""
        return self._key(self._rows[row], column)

    def _key(self, a: R, column: int) -> Key:
        if column in self._uncached:
            return self._sort_key(a, column)
        keys = self._keys[column]
        key = keys.get(a.id)
        if key is None:
            key = keys[a.id] = self._sort_key(a, column)
        return key

    def _forget_keys(self, annotation_id: AnnotationId) -> None:
        for keys in self._keys.values():
            keys.pop(annotation_id, None)

    def _forget_all_keys(self, column: int | None = None) -> None:
        for c, keys in self._keys.items():
            if column is None or c == column:
                keys.clear()

    # ------------------------------------------------------------------ order

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column; selections and other persistent indexes follow."""
        if not 0 <= column < self._columns:
            column = self._default_column
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self._resort()

    def _set_rows(self, annotations: Iterable[R]) -> None:
        """Replace the rows (inside a model reset), in order."""
        self._rows = self._in_order(annotations)
        self._index_rows()

    def _in_order(self, annotations: Iterable[R]) -> list[R]:
        column = self._sort_column
        return in_order(
            list(annotations),
            lambda a: self._key(a, column),
            descending=self._descending,
            blanks_last=column in self._blanks_last,
        )

    def _resort(self) -> None:
        """Put every row in order again: one layout change, persistent indexes moved."""
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in old]
        self._set_rows(self._rows)
        new = [self.index(self._row_of[aid], column) for aid, column in held]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _comes_before(self, a: Key, b: Key) -> bool:
        column = self._sort_column
        return comes_before(
            a, b, descending=self._descending, blanks_last=column in self._blanks_last
        )

    def _place(self, a: R, count: int, skip: int = -1) -> int:
        """Where a goes among the first count rows (row skip left out) in the order."""
        column, rows = self._sort_column, self._rows

        def key_at(row: int) -> Key:
            return self._key(rows[row + 1 if 0 <= skip <= row else row], column)

        return insertion_row(
            count,
            key_at,
            self._key(a, column),
            descending=self._descending,
            blanks_last=column in self._blanks_last,
        )

    def _in_place(self, row: int) -> bool:
        rows, column = self._rows, self._sort_column
        key = self._key(rows[row], column)
        if row > 0 and not self._comes_before(self._key(rows[row - 1], column), key):
            return False
        return row + 1 >= len(rows) or self._comes_before(key, self._key(rows[row + 1], column))

    def _move_into_place(self, row: int) -> int:
        """Move one row whose key changed to where it now belongs; returns its new row."""
        if self._in_place(row):
            return row
        rows = self._rows
        target = self._place(rows[row], len(rows) - 1, skip=row)
        # beginMoveRows counts the destination before the row leaves
        destination = target if target < row else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        rows.insert(target, rows.pop(row))
        self._stale_from = min(self._stale_from, row, target)
        self.endMoveRows()
        return target

    def _insert(self, annotations: Sequence[R]) -> None:
        """Insert rows where the order puts them; many at once: append, then sort once."""
        if not annotations:
            return
        rows = self._rows
        if len(annotations) > BATCH:
            first = len(rows)
            self.beginInsertRows(QModelIndex(), first, first + len(annotations) - 1)
            rows.extend(annotations)
            self._stale_from = min(self._stale_from, first)
            self.endInsertRows()
            self._resort()
            return
        for a in self._in_order(annotations):
            row = self._place(a, len(rows))
            self.beginInsertRows(QModelIndex(), row, row)
            rows.insert(row, a)
            self._stale_from = min(self._stale_from, row)
            self.endInsertRows()

    def _remove(self, annotation_ids: Iterable[AnnotationId]) -> None:
        found = [r for r in (self.row_of(i) for i in annotation_ids) if r is not None]
        for first, last in reversed(runs(found)):
            self.beginRemoveRows(QModelIndex(), first, last)
            for a in self._rows[first : last + 1]:
                self._row_of.pop(a.id, None)
                self._forget(a.id)
            del self._rows[first : last + 1]
            # the rows below moved up: row_of finds them again when asked
            self._stale_from = min(self._stale_from, first)
            self.endRemoveRows()

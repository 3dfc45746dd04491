"""The filters in front of the annotation table: tag, source and folded text.

The proxy does not sort: ``sort`` (a header click) is handed to the model, which keeps its
rows in order with keys computed once per row. A proxy sorting 10,000 rows calls a Python
``lessThan`` some 150,000 times, which made opening a large source take half a second.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt

from desktop.core.models import SourceId, TagId
from desktop.ui.models.annotation_table_model import AnnotationTableModel, fold

Index = QModelIndex | QPersistentModelIndex


class AnnotationFilterProxy(QSortFilterProxyModel):
    """Filters rows by tag, source and folded text; the model below gives the order."""

    def __init__(self, model: AnnotationTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._tag_id: TagId | None = None
        self._source_id: SourceId | None = None
        self._text = ""
        self._words: list[str] = []
        self.setSourceModel(model)
        self.setDynamicSortFilter(True)  # re-filter rows whose data changed

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the model's rows; the proxy keeps their order, so it never sorts itself."""
        self._model.sort(column, order)

    def sort_column(self) -> int:
        return self._model.sort_column()

    def sort_order(self) -> Qt.SortOrder:
        return self._model.sort_order()

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
        if self._tag_id is None and self._source_id is None and not self._words:
            return True
        return not self.hidden_by(source_row)

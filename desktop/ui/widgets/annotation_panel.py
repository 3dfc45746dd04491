"""The annotation pane: a filterable, sortable, editable table of annotations.

It writes nothing itself: edits and deletions go to the session as intents, and the table
changes when the session reports the change back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Annotation, AnnotationId, AnnotationStatus, Change, SourceId
from desktop.ui.labels import tag_label
from desktop.ui.models.annotation_filter_proxy import AnnotationFilterProxy
from desktop.ui.models.annotation_table_model import AnnotationTableModel, Column
from desktop.ui.session import Session

_WIDTHS: Final = {
    Column.SOURCE: 170,
    Column.POSITION: 56,
    Column.TAG: 84,
    Column.QUOTE: 180,
    Column.VALUE: 110,
    Column.NOTE: 140,
}
_DELETE_KEYS: Final = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def swatch(colour: str, size: int = 12) -> QIcon:
    """A small square of a tag's colour with a thin darker border."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    fill = QColor(colour)
    painter.setPen(fill.darker(150))
    painter.setBrush(fill)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class AnnotationPanel(QWidget):
    """Annotations of the current source or of all sources, with filters and editing."""

    annotation_activated = Signal(int)
    """The user picked one annotation (click or keyboard); the reader should show it."""
    delete_requested = Signal(list)
    """The user asked to delete these annotation ids (Delete button or key)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._source_id: SourceId | None = None
        self._syncing = False  # selection changes made by code: no annotation_activated
        self._emit_serial = 0
        self._serial_at_press = -1

        self.model = AnnotationTableModel(session, self)
        self.proxy = AnnotationFilterProxy(self.model, self)

        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Current source"), False)
        self.scope_combo.addItem(self.tr("All sources"), True)
        self.scope_combo.setToolTip(self.tr("List the annotations of the open source or of all"))
        self.tag_combo = QComboBox()
        self.tag_combo.setToolTip(self.tr("Show one tag only"))
        self.source_combo = QComboBox()
        self.source_combo.setToolTip(self.tr("Show one source only"))
        for combo, widest in ((self.tag_combo, 200), (self.source_combo, 300)):
            # long tag names and titles must not make the dock wider
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(widest)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by text, value or note…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.filter_edit.setMinimumWidth(140)
        self.count_label = QLabel()
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected annotations (Del)"))
        self.delete_button.setEnabled(False)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self._setup_view()

        # two rows, so the pane fits a narrow dock: what to list, then how to narrow it
        scope_row = QHBoxLayout()
        for w in (self.scope_combo, self.tag_combo, self.source_combo):
            scope_row.addWidget(w)
        scope_row.addStretch(0)
        filter_row = QHBoxLayout()
        for widget in (self.filter_edit, self.count_label, self.delete_button):
            filter_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(scope_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.view)

        self._fill_tag_combo()
        self._fill_source_combo()
        self._apply_scope()

        self.scope_combo.currentIndexChanged.connect(self._on_scope_changed)
        self.tag_combo.currentIndexChanged.connect(self._on_tag_filter_changed)
        self.source_combo.currentIndexChanged.connect(self._on_source_filter_changed)
        self.filter_edit.textChanged.connect(self._on_text_filter_changed)
        self.delete_button.clicked.connect(self._request_delete)
        self.delete_requested.connect(self._on_delete_requested)
        self.model.edit_requested.connect(self._on_edit_requested)
        selection = self.view.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        self.view.clicked.connect(self._on_clicked)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved):
            signal.connect(self._update_count)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        session.tags_changed.connect(self._on_tags_changed)
        session.sources_changed.connect(self._on_sources_changed)
        self._update_count()

    def _setup_view(self) -> None:
        view = self.view
        view.setSortingEnabled(True)
        view.sortByColumn(Column.POSITION, Qt.SortOrder.AscendingOrder)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)

    # ------------------------------------------------------------------- API

    def scope_all(self) -> bool:
        """Whether the table lists the annotations of all sources."""
        return bool(self.scope_combo.currentData())

    def set_scope_all(self, on: bool) -> None:
        self.scope_combo.setCurrentIndex(1 if on else 0)

    def set_source(
        self, source_id: SourceId | None, annotations: Sequence[Annotation] | None = None
    ) -> None:
        """The source open in the reader changed; in Current source scope, list its rows.

        annotations: that source's annotations if the caller has just read them."""
        if source_id == self._source_id:
            return
        self._source_id = source_id
        if not self.scope_all():
            self.model.set_scope(source_id, all_sources=False, annotations=annotations)

    def select_annotation(self, annotation_id: int) -> bool:
        """Select and show an annotation's row, clearing filters that hide it.

        Does not emit annotation_activated. False if the annotation is not in scope.
        """
        row = self.model.row_of(annotation_id)
        if row is None:
            return False
        self._syncing = True
        try:
            hidden = self.proxy.hidden_by(row)
            if "tag" in hidden:
                self.tag_combo.setCurrentIndex(0)
            if "source" in hidden:
                self.source_combo.setCurrentIndex(0)
            if "text" in hidden:
                self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model.index(row, Column.POSITION))
            if not index.isValid():
                return False
            self._select_proxy_row(index)
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False
        self._update_delete_button()
        return True

    def selected_ids(self) -> list[AnnotationId]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        ids = []
        for row in rows:
            source_row = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
            ids.append(self.model.annotation_at(source_row).id)
        return ids

    # ------------------------------------------------------------- selection

    def _select_proxy_row(self, index: QModelIndex) -> None:
        last = self.proxy.columnCount() - 1
        selection = QItemSelection(
            self.proxy.index(index.row(), 0), self.proxy.index(index.row(), last)
        )
        flags = QItemSelectionModel.SelectionFlag
        model = self.view.selectionModel()
        model.setCurrentIndex(index, flags.NoUpdate)
        model.select(selection, flags.ClearAndSelect)

    def _on_selection_changed(self, selected: QItemSelection) -> None:
        self._update_delete_button()
        if self._syncing or selected.isEmpty():
            return  # set by code, or rows left the selection as they went away
        ids = self.selected_ids()
        if len(ids) == 1:
            self._emit_serial += 1
            self.annotation_activated.emit(int(ids[0]))

    def _on_clicked(self, index: QModelIndex) -> None:
        # a click on the row already selected: the selection did not change, show it again
        if self._serial_at_press != self._emit_serial:
            return
        ids = self.selected_ids()
        source_row = self.proxy.mapToSource(index).row()
        if len(ids) == 1 and ids[0] == self.model.annotation_at(source_row).id:
            self.annotation_activated.emit(int(ids[0]))

    def _update_delete_button(self) -> None:
        self.delete_button.setEnabled(self.view.selectionModel().hasSelection())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.MouseButtonPress:
            self._serial_at_press = self._emit_serial
        elif watched is self.view and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.ShortcutOverride,
        ):
            assert isinstance(event, QKeyEvent)
            editing = self.view.state() == QAbstractItemView.State.EditingState
            if (
                event.key() in _DELETE_KEYS
                and not editing
                and event.modifiers()
                in (
                    Qt.KeyboardModifier.NoModifier,
                    Qt.KeyboardModifier.KeypadModifier,
                )
            ):
                event.accept()  # the table's Delete, not a window shortcut
                if event.type() == QEvent.Type.KeyPress:
                    self._request_delete()
                return True
            if (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not editing
                and self._selected_suggestions()
            ):
                event.accept()  # Enter accepts the selected suggestions
                if event.type() == QEvent.Type.KeyPress:
                    self._session.set_suggestions(self._selected_suggestions(), accept=True)
                return True
        return super().eventFilter(watched, event)

    # --------------------------------------------------------------- intents

    def _selected_suggestions(self) -> list[AnnotationId]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        return [
            a.id
            for r in sorted(rows)
            if (a := self.model.annotation_at(r)).status is AnnotationStatus.SUGGESTED
        ]

    def _request_delete(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.delete_requested.emit([int(i) for i in ids])

    def _on_delete_requested(self, ids: list[int]) -> None:
        self._session.delete_annotations([AnnotationId(i) for i in ids])

    def _on_edit_requested(self, annotation_id: int, field: str, value: object) -> None:
        self._session.edit_annotation(AnnotationId(annotation_id), **{field: value})

    # --------------------------------------------------------------- filters

    def _on_scope_changed(self) -> None:
        if self.scope_all():
            self._fill_source_combo()
        self._apply_scope()

    def _apply_scope(self) -> None:
        all_sources = self.scope_all()
        self.view.setColumnHidden(Column.SOURCE, not all_sources)
        self.source_combo.setVisible(all_sources)
        selected = self.selected_ids()
        self._syncing = True
        try:
            self.proxy.set_source_filter(self.source_combo.currentData() if all_sources else None)
            self.model.set_scope(self._source_id, all_sources=all_sources)
            self._reselect(selected)
        finally:
            self._syncing = False
        self._update_count()
        self._update_delete_button()

    def _reselect(self, ids: list[AnnotationId]) -> None:
        """Select again the rows of these ids still shown, after a reload."""
        flags = QItemSelectionModel.SelectionFlag
        selection = QItemSelection()
        last = self.proxy.columnCount() - 1
        for annotation_id in ids:
            row = self.model.row_of(annotation_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, Column.POSITION))
            if index.isValid():
                selection.select(index.siblingAtColumn(0), index.siblingAtColumn(last))
        if not selection.isEmpty():
            model = self.view.selectionModel()
            current = selection.indexes()[0].siblingAtColumn(Column.POSITION)
            model.setCurrentIndex(current, flags.NoUpdate)
            model.select(selection, flags.ClearAndSelect)
            self.view.scrollTo(current)

    def _on_tag_filter_changed(self) -> None:
        self._filter(lambda: self.proxy.set_tag_filter(self.tag_combo.currentData()))

    def _on_source_filter_changed(self) -> None:
        if self.scope_all():
            self._filter(lambda: self.proxy.set_source_filter(self.source_combo.currentData()))

    def _on_text_filter_changed(self, text: str) -> None:
        self._filter(lambda: self.proxy.set_text_filter(text))

    def _filter(self, change: Callable[[], None]) -> None:
        syncing, self._syncing = self._syncing, True
        try:
            change()
        finally:
            self._syncing = syncing
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("1 annotation") if total == 1 else self.tr("%n annotations", "", total)
        else:
            text = self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    # --------------------------------------------------- tags and sources lists

    def _fill_tag_combo(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag in self._session.store.tags():
            self.tag_combo.addItem(swatch(tag.colour), tag_label(tag), int(tag.id))
        found = self.tag_combo.findData(current) if current is not None else 0
        self.tag_combo.setCurrentIndex(max(found, 0))
        self.tag_combo.blockSignals(False)
        if found < 0:
            self._on_tag_filter_changed()

    def _fill_source_combo(self) -> None:
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("All sources"), None)
        for source in self._session.store.sources():
            self.source_combo.addItem(source.title, int(source.id))
        found = self.source_combo.findData(current) if current is not None else 0
        self.source_combo.setCurrentIndex(max(found, 0))
        self.source_combo.blockSignals(False)
        if found < 0:
            self._on_source_filter_changed()

    def _on_tags_changed(self, change: Change) -> None:
        self._fill_tag_combo()
        self._update_count()

    def _on_sources_changed(self, change: Change) -> None:
        self._fill_source_combo()

"""The Claims pane: every claim of the project with filters, and the selected one's editor.

It writes nothing itself: the editor's edits go to the session, and rows change when the
session reports the change back — only the rows the change names.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claims import ClaimChange, ClaimStatusId
from desktop.core.models import AnnotationId, Change, SourceId
from desktop.ui.claim_labels import chip_colours, status_label
from desktop.ui.models.claim_table_model import (
    COLOUR_ROLE,
    ClaimColumn,
    ClaimFilterProxy,
    ClaimTableModel,
)
from desktop.ui.session import Session
from desktop.ui.widgets.annotation_panel import swatch
from desktop.ui.widgets.claim_editor import ClaimEditor

_WIDTHS: Final = {
    ClaimColumn.SOURCE: 120,
    ClaimColumn.QUOTE: 180,
    ClaimColumn.CLAIMANT: 110,
    ClaimColumn.SUMMARY: 160,
    ClaimColumn.STATUS: 105,
}
_ORDER: Final = (
    ClaimColumn.STATUS,
    ClaimColumn.QUOTE,
    ClaimColumn.SUMMARY,
    ClaimColumn.CLAIMANT,
    ClaimColumn.SOURCE,
    ClaimColumn.VERDICTS,
)
Index = QModelIndex | QPersistentModelIndex


class StatusChipDelegate(QStyledItemDelegate):
    """Paints a status as a rounded chip in its colour, with readable text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        colour = index.data(COLOUR_ROLE)
        if not colour:
            super().paint(painter, option, index)
            return
        # the row's background and selection first, without the text
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        background, foreground = chip_colours(str(colour))
        metrics = option.fontMetrics
        rect = QRectF(option.rect).adjusted(4, 3, -4, -3)
        width = min(rect.width(), metrics.horizontalAdvance(text) + 16)
        chip = QRectF(rect.left(), rect.top(), width, rect.height())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(background.darker(130))
        painter.setBrush(background)
        radius = chip.height() / 2
        painter.drawRoundedRect(chip, radius, radius)
        painter.setPen(foreground)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 12)
        painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), shown)
        painter.restore()


class ClaimPanel(QWidget):
    """Claims of all sources, filtered by source, status and text, above the claim editor."""

    claim_activated = Signal(int)
    """The user picked a claim (its annotation id): the reader should show the passage."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._syncing = False

        self.model = ClaimTableModel(session, self)
        self.proxy = ClaimFilterProxy(self.model, self)
        self.source_combo = QComboBox()
        self.source_combo.setToolTip(self.tr("Show the claims of one source only"))
        self.status_combo = QComboBox()
        self.status_combo.setToolTip(self.tr("Show the claims of one status only"))
        for combo, widest in ((self.source_combo, 260), (self.status_combo, 180)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.setMaximumWidth(widest)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by quote, summary or claimant…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel()

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self._setup_view()
        self.editor = ClaimEditor(session, self.model, self)

        top = QHBoxLayout()
        top.addWidget(self.source_combo)
        top.addWidget(self.status_combo)
        second = QHBoxLayout()
        second.addWidget(self.filter_edit, 1)
        second.addWidget(self.count_label)
        table = QWidget()
        box = QVBoxLayout(table)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(second)
        box.addWidget(self.view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(table)
        # the editor scrolls rather than make the pane (and the window) taller
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self._fill_source_combo()
        self._fill_status_combo()
        self.source_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_source_filter(self.source_combo.currentData())
        )
        self.status_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_status_filter(self.status_combo.currentData())
        )
        self.filter_edit.textChanged.connect(self.proxy.set_text_filter)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)
        session.sources_changed.connect(self._on_sources_changed)
        session.claims_changed.connect(self._on_claims_changed)
        self._update_count()

    def _setup_view(self) -> None:
        view = self.view
        # the model's own first order: enabling sorting then sorts nothing again
        view.horizontalHeader().setSortIndicator(ClaimColumn.SOURCE, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setItemDelegateForColumn(ClaimColumn.STATUS, StatusChipDelegate(view))
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        # what a narrow pane must still show comes first
        for place, column in enumerate(_ORDER):
            header.moveSection(header.visualIndex(column), place)

    # ------------------------------------------------------------------- API

    def current_claim(self) -> AnnotationId | None:
        return self.editor.claim_id()

    def select_claim(self, claim_id: int) -> bool:
        """Select a claim's row and show it in the editor, clearing filters that hide it.

        Does not emit claim_activated. False if it is not a claim.
        """
        row = self.model.row_of(claim_id)
        if row is None:
            return False
        hidden = self.proxy.hidden_by(row)
        if "source" in hidden:
            self.source_combo.setCurrentIndex(0)
        if "status" in hidden:
            self.status_combo.setCurrentIndex(0)
        if "text" in hidden:
            self.filter_edit.clear()
        index = self.proxy.mapFromSource(self.model.index(row, ClaimColumn.QUOTE))
        if not index.isValid():
            return False
        self._syncing = True
        try:
            flags = QItemSelectionModel.SelectionFlag
            selection = self.view.selectionModel()
            selection.setCurrentIndex(index, flags.NoUpdate)
            selection.select(
                QItemSelection(
                    index.siblingAtColumn(0), index.siblingAtColumn(len(ClaimColumn) - 1)
                ),
                flags.ClearAndSelect,
            )
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._syncing = False
        self.editor.set_claim(AnnotationId(claim_id))
        return True

    # -------------------------------------------------------------- slots

    def _on_selection_changed(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return  # filtered out or gone: the editor keeps (or drops) the claim itself
        claim = self.model.claim_at(self.proxy.mapToSource(rows[0]).row())
        if claim.annotation_id != self.editor.claim_id():
            self.editor.set_claim(claim.annotation_id)
        if not self._syncing:
            self.claim_activated.emit(int(claim.annotation_id))

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(
            self.tr("%n claim(s)", "", total)
            if shown == total
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )

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
            self.proxy.set_source_filter(None)

    def _fill_status_combo(self) -> None:
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in self.model.statuses():
            self.status_combo.addItem(swatch(status.colour), status_label(status), int(status.id))
        found = self.status_combo.findData(current) if current is not None else 0
        self.status_combo.setCurrentIndex(max(found, 0))
        self.status_combo.blockSignals(False)
        if found < 0:
            self.proxy.set_status_filter(None)

    def _on_sources_changed(self, change: Change) -> None:
        self._fill_source_combo()

    def _on_claims_changed(self, change: ClaimChange) -> None:
        if change.status_ids:
            self._fill_status_combo()
            self._update_count()

    def source_filter(self) -> SourceId | None:
        data = self.source_combo.currentData()
        return None if data is None else SourceId(int(data))

    def status_filter(self) -> ClaimStatusId | None:
        data = self.status_combo.currentData()
        return None if data is None else ClaimStatusId(int(data))

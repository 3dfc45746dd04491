"""The list of sources with, below it, a search across all of them."""

from __future__ import annotations

import html
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import Change, SearchHit, SourceId
from desktop.core.search import FIRST_PAGE, SearchPager
from desktop.ui.models.source_list_model import (
    ANNOTATIONS,
    PUBLISHED,
    SORT_ROLE,
    TITLE,
    SourceListModel,
)
from desktop.ui.session import Session

SEARCH_DELAY_MS: Final = 200
HIT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
_MARGIN: Final = 4
_MATCH_STYLE: Final = "background-color:#ffe98a; color:#000000; font-weight:bold"

_Index = QModelIndex | QPersistentModelIndex


class SearchHitModel(QAbstractListModel):
    """The hits of the current search, replaced as a whole by each new search; the first
    page at once, the next ones when the list scrolls to its end (fetchMore)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self._pager: SearchPager | None = None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self._pager = None
        self.endResetModel()

    def set_pager(self, pager: SearchPager | None) -> None:
        """Show the first page of a search's hits (none for None)."""
        self.beginResetModel()
        self._pager = pager
        self.hits = pager.next_page(FIRST_PAGE) if pager is not None else []
        self.endResetModel()

    def has_more(self) -> bool:
        return self._pager is not None and not self._pager.exhausted

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.has_more()

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._pager is None:
            return
        more = self._pager.next_page(FIRST_PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.hits), len(self.hits) + len(more) - 1)
            self.hits.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == HIT_ROLE:
            return hit
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{hit.title}\n{hit.before}{hit.match}{hit.after}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.title
        return None


def hit_html(hit: SearchHit) -> str:
    """The title on one line, then the context with the match in bold."""
    return (
        f"<div style='font-weight:600'>{html.escape(hit.title)}</div>"
        f"<div>{html.escape(hit.before)}"
        f"<span style='{_MATCH_STYLE}'>{html.escape(hit.match)}</span>"
        f"{html.escape(hit.after)}</div>"
    )


class HitDelegate(QStyledItemDelegate):
    """Paints a search hit as rich text, wrapped to the view's width."""

    def _document(self, option: QStyleOptionViewItem, hit: SearchHit, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(hit_html(hit))
        doc.setTextWidth(max(40, width - 2 * _MARGIN))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect
        doc = self._document(opt, hit, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(rect.topLeft() + QPoint(_MARGIN, _MARGIN))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        hit = index.data(HIT_ROLE)
        if not isinstance(hit, SearchHit):
            return super().sizeHint(option, index)
        widget = option.widget
        width = widget.viewport().width() if isinstance(widget, QAbstractItemView) else 300
        doc = self._document(option, hit, width)
        return QSize(width, int(doc.size().height()) + 2 * _MARGIN)


class SourcesPanel(QWidget):
    """Sources table on top, full-text search below; emits intents, never writes."""

    source_selected = Signal(int)
    """The user picked a source (by selecting its row or choosing Open)."""
    properties_requested = Signal(int)
    """The user asked to see or edit a source's properties."""
    hit_activated = Signal(int, int, int)
    """The user chose a search hit: source id, start and end in code points."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._selecting = False
        self._query = ""

        self.model = SourceListModel(session, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PUBLISHED, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PUBLISHED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ANNOTATIONS, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.customContextMenuRequested.connect(self._on_context_menu_requested)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.installEventFilter(self)

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search all sources…"))
        self.search_edit.setToolTip(
            self.tr(
                "Finds words in every source, ignoring accents and capitals. "
                "Put a phrase in double quotes to find it exactly."
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        self.search_edit.returnPressed.connect(self.run_search)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)

        self.hit_model = SearchHitModel(self)
        self.hits_view = QListView(self)
        self.hits_view.setModel(self.hit_model)
        self.hits_view.setItemDelegate(HitDelegate(self.hits_view))
        self.hits_view.setWordWrap(True)
        self.hits_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.hits_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.hits_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits_view.clicked.connect(self._on_hit_chosen)
        self.hits_view.installEventFilter(self)
        self.hit_model.rowsInserted.connect(lambda *_: self._show_status())  # another page

        search_box = QWidget(self)
        search_layout = QVBoxLayout(search_box)
        search_layout.setContentsMargins(0, 0, 0, 0)
        search_layout.addWidget(self.search_edit)
        search_layout.addWidget(self.status_label)
        search_layout.addWidget(self.hits_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(search_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        session.sources_changed.connect(self._on_sources_changed)
        self._show_status()

    # -------------------------------------------------------------- sources

    def selected_source_id(self) -> SourceId | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.source_id_at(self.proxy.mapToSource(rows[0]).row())

    def select_source(self, source_id: int | None) -> None:
        """Select a source's row (None clears) without emitting source_selected."""
        if source_id == self.selected_source_id():
            return
        selection = self.table.selectionModel()
        row = -1 if source_id is None else self.model.row_of(SourceId(source_id))
        self._selecting = True
        try:
            if row < 0:
                selection.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            self._selecting = False

    def _source_at(self, proxy_index: QModelIndex) -> SourceId | None:
        if not proxy_index.isValid():
            return None
        return self.model.source_id_at(self.proxy.mapToSource(proxy_index).row())

    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._selecting:
            return
        source_id = self.selected_source_id()
        if source_id is not None:
            self.source_selected.emit(int(source_id))

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        source_id = self._source_at(index)
        if source_id is not None:
            self.properties_requested.emit(int(source_id))

    def context_menu(self, source_id: SourceId) -> QMenu:
        """The menu of a source's row; its actions emit this panel's signals."""
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._open(source_id))
        menu.addAction(self.tr("Properties…"), lambda: self.properties_requested.emit(source_id))
        return menu

    def _on_context_menu_requested(self, pos: QPoint) -> None:
        source_id = self._source_at(self.table.indexAt(pos))
        if source_id is None:
            return
        menu = self.context_menu(source_id)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _open(self, source_id: SourceId) -> None:
        self.select_source(source_id)
        self.source_selected.emit(int(source_id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_enter = (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        )
        if is_enter and watched is self.table:
            source_id = self._source_at(self.table.currentIndex())
            if source_id is not None:
                self.properties_requested.emit(int(source_id))
                return True
        elif is_enter and watched is self.hits_view:
            current = self.hits_view.currentIndex()
            if current.isValid():
                self._on_hit_chosen(current)
                return True
        return super().eventFilter(watched, event)

    # --------------------------------------------------------------- search

    @property
    def query(self) -> str:
        return self._query

    def _on_search_text_changed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search now for the text in the search box (the debounce timer calls this too)."""
        self._timer.stop()
        self._query = self.search_edit.text().strip()
        pager = self._session.store.search_pages(self._query) if self._query else None
        self.hit_model.set_pager(pager)
        self._show_status()

    def _show_status(self) -> None:
        hits = self.hit_model.hits
        self.status_label.setVisible(bool(self._query))
        if not self._query:
            self.status_label.clear()
        elif not hits:
            self.status_label.setText(self.tr("No match for “%1”").replace("%1", self._query))
        else:
            sources = len({h.source_id for h in hits})
            n_hits = (
                self.tr("1 hit")
                if len(hits) == 1
                else self.tr("%1 hits").replace("%1", str(len(hits)))
            )
            n_sources = (
                self.tr("1 source")
                if sources == 1
                else self.tr("%1 sources").replace("%1", str(sources))
            )
            text = self.tr("%1 in %2").replace("%1", n_hits).replace("%2", n_sources)
            if self.hit_model.has_more():
                text = self.tr("First %1: add a word to narrow the search").replace("%1", text)
            self.status_label.setText(text)

    def _on_hit_chosen(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.select_source(hit.source_id)
            self.hit_activated.emit(int(hit.source_id), hit.start, hit.end)

    def _on_sources_changed(self, _change: Change) -> None:
        # Titles and texts are searched: any added, removed or renamed source may change
        # the hits. Through the timer, an import of many sources searches once.
        if self._query:
            self._timer.start()

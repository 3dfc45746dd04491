"""The entity pane: people, organisations and places, proposals to merge, and mentions.

It writes nothing itself: renames, merges, splits and edits go to the session as intents,
and the pane changes when the session reports the change back — the rows an EntityChange
names, never a reset for one annotation.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import EntityId, EntityType, MatchReason, Proposal, propose
from desktop.core.entity_store import EntityStore
from desktop.core.models import AnnotationId, Change, ChangeKind
from desktop.ui.models.entity_mention_model import (
    ANNOTATION_ROLE,
    EntityMentionModel,
    MentionColumn,
)
from desktop.ui.models.entity_table_model import (
    ID_ROLE,
    Column,
    EntityFilterProxy,
    EntityTableModel,
    type_label,
)
from desktop.ui.session import Session
from desktop.ui.widgets.entity_dialog import EntityDialog
from desktop.ui.widgets.entity_proposals import ProposalList

_WIDTHS: Final = {Column.NAME: 160, Column.TYPE: 95, Column.ALIASES: 85, Column.MENTIONS: 70}

AskEdit = Callable[[QWidget, EntityDialog], bool]


def ask_edit(parent: QWidget, dialog: EntityDialog) -> bool:
    """Show the entity dialog; True when the user pressed OK."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class EntityPanel(QWidget):
    """Entities of the project with filters, proposals to merge and the selected one's mentions."""

    entity_selected = Signal(object)
    """The entity the user selected (its id), or None: the timeline shows its dates."""
    mention_activated = Signal(int)
    """The user picked a mention (annotation id): the reader should show the passage."""
    merge_requested = Signal(int, list, str)
    """Merge these entities into the first: (target, others, MatchReason value or "")."""
    rename_requested = Signal(int, str)
    """The user renamed an entity in place: (entity id, new name)."""
    split_alias_requested = Signal(int, str)
    """Make this other name of the entity an entity of its own."""
    split_mention_requested = Signal(int)
    """Take this annotation out of its entity."""
    dismiss_requested = Signal(int, int)
    """The user said these two entities are not the same."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.ask_edit: AskEdit = ask_edit
        self._selected: EntityId | None = None

        self.model = EntityTableModel(session, self)
        self.proxy = EntityFilterProxy(self.model, self)
        self.mention_model = EntityMentionModel(session, self)

        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.type_combo = QComboBox()
        self.type_combo.addItem(self.tr("All types"), None)
        for t in EntityType:
            self.type_combo.addItem(type_label(t), t.value)
        self.count_label = QLabel()
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setToolTip(self.tr("Make the selected entities one"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Type, note and coordinates of the entity"))

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self._setup_view()

        self.proposal_box = ProposalList(self._describe_entity)
        self.mention_label = QLabel()
        self.mention_label.setWordWrap(True)
        self.mention_view = QTableView()
        self.mention_view.setModel(self.mention_model)
        self._setup_mention_view()

        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.type_combo)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.edit_button)
        entities = QWidget()
        box = QVBoxLayout(entities)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addLayout(buttons)
        box.addWidget(self.view)
        mentions = QWidget()
        box = QVBoxLayout(mentions)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.mention_label)
        box.addWidget(self.mention_view)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        for part in (entities, self.proposal_box, mentions):
            self.splitter.addWidget(part)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

        self.filter_edit.textChanged.connect(self.proxy.set_text_filter)
        self.type_combo.currentIndexChanged.connect(self._on_type_filter_changed)
        self.merge_button.clicked.connect(self.merge_selected)
        self.edit_button.clicked.connect(self.edit_current)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.customContextMenuRequested.connect(self._on_entity_menu)
        self.mention_view.clicked.connect(self._on_mention_clicked)
        self.mention_view.activated.connect(self._on_mention_clicked)
        self.mention_view.customContextMenuRequested.connect(self._on_mention_menu)
        self.model.rename_requested.connect(self.rename_requested)
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_count)

        self.proposal_box.merge_clicked.connect(self._merge_proposal)
        self.proposal_box.dismiss_clicked.connect(self.dismiss_requested)
        self.merge_requested.connect(self._on_merge_requested)
        self.rename_requested.connect(lambda eid, name: session.rename_entity(EntityId(eid), name))
        self.split_alias_requested.connect(
            lambda eid, alias: session.split_entity_alias(EntityId(eid), alias)
        )
        self.split_mention_requested.connect(lambda aid: session.split_mention(AnnotationId(aid)))
        self.dismiss_requested.connect(
            lambda a, b: session.dismiss_entity_proposal(EntityId(a), EntityId(b))
        )
        session.entities_changed.connect(self._on_entities_changed)
        session.annotations_changed.connect(self._on_annotations_changed)
        session.sources_changed.connect(self._on_sources_changed)

        self._recompute_proposals(None)
        self._update_count()
        self._update_buttons()
        self._update_mention_label()

    def _setup_view(self) -> None:
        view = self.view
        view.setSortingEnabled(True)
        view.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)

    def _setup_mention_view(self) -> None:
        view = self.mention_view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(MentionColumn.SOURCE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(MentionColumn.SOURCE, 150)

    # ------------------------------------------------------------------- API

    def selected_ids(self) -> list[EntityId]:
        """Ids of the selected entities, in the order shown."""
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [EntityId(int(self.proxy.index(r, 0).data(ID_ROLE))) for r in rows]

    def current_entity(self) -> EntityId | None:
        """The one selected entity (whose mentions are listed), or None."""
        return self._selected

    def select_entity(self, entity_id: int) -> bool:
        """Select an entity's row, clearing the filters that hide it. False if not listed."""
        row = self.model.row_of(entity_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        if not index.isValid():
            self.filter_edit.clear()
            self.type_combo.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
        self.view.selectionModel().clearSelection()
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def proposals(self) -> list[Proposal]:
        """The proposals listed, in order."""
        return self.proposal_box.proposals()

    def merge_selected(self) -> None:
        """Merge the selected entities into the one with the most mentions."""
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        summaries = [s for i in ids if (s := self.model.summary(i)) is not None]
        summaries.sort(key=lambda s: (-s.total, s.entity.id))
        target = summaries[0].entity.id
        self.merge_requested.emit(int(target), [int(i) for i in ids if i != target], "")

    def edit_current(self) -> None:
        """Open the entity dialog for the current entity; OK asks the session to change it."""
        entity_id = self._selected
        summary = self.model.summary(entity_id) if entity_id is not None else None
        if summary is None:
            return
        dialog = EntityDialog(summary.entity, self)
        try:
            if self.ask_edit(self, dialog):
                self._session.edit_entity(summary.entity.id, **dialog.values())
        finally:
            dialog.deleteLater()

    def rename_current(self) -> None:
        """Start editing the current entity's name in place (F2 does the same)."""
        if self._selected is None:
            return
        row = self.model.row_of(self._selected)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, Column.NAME))
            self.view.setCurrentIndex(index)
            self.view.edit(index)

    # ------------------------------------------------------------- selection

    def _on_selection_changed(self) -> None:
        ids = self.selected_ids()
        chosen = ids[0] if len(ids) == 1 else None
        self._update_buttons()
        if chosen == self._selected:
            return
        self._selected = chosen
        self.mention_model.set_entity(chosen)
        self._update_mention_label()
        self.entity_selected.emit(None if chosen is None else int(chosen))

    def _on_type_filter_changed(self) -> None:
        data = self.type_combo.currentData()
        self.proxy.set_type_filter(EntityType(data) if data else None)

    def _on_mention_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.mention_activated.emit(int(index.data(ANNOTATION_ROLE)))

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.merge_button.setEnabled(n >= 2)
        self.edit_button.setEnabled(n == 1)

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        text = (
            (self.tr("1 entity") if total == 1 else self.tr("%n entities", "", total))
            if shown == total
            else self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
        )
        self.count_label.setText(text)

    def _update_mention_label(self) -> None:
        summary = self.model.summary(self._selected) if self._selected is not None else None
        if summary is None:
            self.mention_label.setText(self.tr("Select one entity to list its mentions."))
            return
        self.mention_label.setText(
            self.tr("Mentions of “%1” in %n source(s):", "", len(summary.mentions)).replace(
                "%1", summary.entity.name
            )
        )

    # ------------------------------------------------------------------ menus

    def build_entity_menu(self) -> QMenu | None:
        """The context menu of the entity table for the current selection."""
        ids = self.selected_ids()
        if not ids:
            return None
        menu = QMenu(self)
        rename = menu.addAction(self.tr("Rename"))
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.setEnabled(len(ids) == 1)
        rename.triggered.connect(self.rename_current)
        edit = menu.addAction(self.tr("Edit Type, Note and Coordinates…"))
        edit.setEnabled(len(ids) == 1)
        edit.triggered.connect(self.edit_current)
        merge = menu.addAction(self.tr("Merge Selected Entities"))
        merge.setEnabled(len(ids) >= 2)
        merge.triggered.connect(self.merge_selected)
        summary = self.model.summary(ids[0]) if len(ids) == 1 else None
        if summary is not None and summary.aliases:
            split = menu.addMenu(self.tr("Make an Entity of Its Own"))
            for alias in summary.aliases:
                action = split.addAction(alias.alias)
                eid, name = int(summary.entity.id), alias.alias
                action.triggered.connect(
                    lambda _c=False, e=eid, n=name: self.split_alias_requested.emit(e, n)
                )
        return menu

    def build_mention_menu(self, row: int) -> QMenu | None:
        """The context menu of a mention row."""
        if not 0 <= row < self.mention_model.rowCount():
            return None
        mention = self.mention_model.mention_at(row)
        aid = int(mention.annotation_id)
        menu = QMenu(self)
        show = menu.addAction(self.tr("Show in Source"))
        show.triggered.connect(lambda: self.mention_activated.emit(aid))
        split = menu.addAction(self.tr("Make This Mention an Entity of Its Own"))
        split.setEnabled(self.mention_model.rowCount() > 1)
        split.triggered.connect(lambda: self.split_mention_requested.emit(aid))
        return menu

    def _on_entity_menu(self, pos: QPoint) -> None:
        menu = self.build_entity_menu()
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    def _on_mention_menu(self, pos: QPoint) -> None:
        menu = self.build_mention_menu(self.mention_view.indexAt(pos).row())
        if menu is not None:
            menu.exec(self.mention_view.viewport().mapToGlobal(pos))
            menu.deleteLater()

    # ------------------------------------------------------------- proposals

    def _recompute_proposals(self, entity_ids: tuple[EntityId, ...] | None) -> None:
        """Proposals again: all of them, or only the pairs involving entity_ids."""
        dismissed = EntityStore(self._session.store).dismissed()
        names = self.model.names()
        if entity_ids is None:
            found = propose(names, dismissed=dismissed)
        else:
            touched = set(entity_ids)
            kept = [
                p
                for p in self.proposal_box.proposals()
                if not p.pair & touched and p.pair not in dismissed
            ]
            fresh = propose(names, dismissed=dismissed, only=touched)
            order = list(MatchReason)
            found = sorted(
                {(p.a, p.b): p for p in [*kept, *fresh]}.values(),
                key=lambda p: (order.index(p.reason), p.a_name.casefold(), p.a, p.b),
            )
        self.proposal_box.set_proposals(found)

    def _describe_entity(self, entity_id: EntityId) -> str:
        s = self.model.summary(entity_id)
        if s is None:
            return ""
        kind = html.escape(type_label(s.entity.type))
        count = html.escape(self.tr("%n mention(s)", "", s.total))
        return f"<b>{html.escape(s.entity.name)}</b> — {kind}, {count}"

    def _merge_proposal(self, a: int, b: int, reason: str) -> None:
        """Merge a proposal into the entity with more mentions."""
        sa, sb = self.model.summary(a), self.model.summary(b)
        if sa is not None and sb is not None and sb.total > sa.total:
            a, b = b, a
        self.merge_requested.emit(a, [b], reason)

    def _on_merge_requested(self, target: int, others: list[int], reason: str) -> None:
        self._session.merge_entities(
            EntityId(target),
            [EntityId(o) for o in others],
            reason=MatchReason(reason) if reason else None,
        )

    # ---------------------------------------------------------- session slots

    def _on_entities_changed(self, change: Change | None) -> None:
        ids = getattr(change, "entity_ids", None)
        self._recompute_proposals(None if ids is None else tuple(ids))
        self._after_rows_changed()

    def _on_annotations_changed(self, change: Change) -> None:
        if not change.annotation_ids:
            return
        links = EntityStore(self._session.store).links(change.annotation_ids)
        if links:
            self._recompute_proposals(tuple(set(links.values())))
            self._after_rows_changed()

    def _on_sources_changed(self, change: Change) -> None:
        if change.kind is not ChangeKind.SOURCE_UPDATED:
            self._recompute_proposals(None)  # a source's mentions went or came back
        self._after_rows_changed()

    def _after_rows_changed(self) -> None:
        if self._selected is not None and self.model.row_of(self._selected) is None:
            self.view.clearSelection()
        self._update_buttons()
        self._update_mention_label()

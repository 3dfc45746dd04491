"""The selected claim's fields, verdict and evidence, under the claims table.

Edits go to the session one field at a time (Enter or leaving the field); the editor shows
what the store holds once the session reports the change back.
"""

from __future__ import annotations

import html
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import edtf
from desktop.core.claims import Claim, ClaimChange, ClaimStatusId, EvidenceId, EvidenceRelation
from desktop.core.entities import EntityId, EntityType, fold_name
from desktop.core.entity_reads import EntityReader
from desktop.core.models import AnnotationId, Change
from desktop.ui.claim_labels import chip_colours, relation_label, status_label
from desktop.ui.messages import localized
from desktop.ui.models.claim_table_model import ClaimTableModel
from desktop.ui.models.evidence_model import EvidenceColumn, EvidenceModel
from desktop.ui.session import Session
from desktop.ui.widgets.annotation_panel import swatch

ERROR_STYLE: Final = "color: #b00020"
_ACTOR_TYPES: Final = (EntityType.PERSON, EntityType.ORGANISATION)
Index = QModelIndex | QPersistentModelIndex


class RelationDelegate(QStyledItemDelegate):
    """A combo box of the three relations for the Relation column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for relation in EvidenceRelation:
            combo.addItem(relation_label(relation), relation.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ClaimEditor(QWidget):
    """Claimant, summary, date, verdict and evidence of one claim."""

    passage_activated = Signal(int, int, int)
    """The user asked to see an evidence passage: (source id, start, end) in code points."""
    history_requested = Signal(int)
    """The user asked for the audit log of this claim (its annotation id)."""

    def __init__(self, session: Session, model: ClaimTableModel, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self._model = model
        self._claim_id: AnnotationId | None = None
        self._actors: dict[str, EntityId] = {}
        self._actors_stale = True

        self.quote_label = QLabel(self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextFormat(Qt.TextFormat.RichText)
        self.claimant_edit = QLineEdit(self)
        self.claimant_edit.setPlaceholderText(self.tr("Who makes the claim: a name or free text"))
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.claimant_edit.setCompleter(completer)
        self.claimant_kind = QLabel(self)
        self.claimant_kind.setStyleSheet("color: palette(placeholder-text)")
        self.summary_edit = QLineEdit(self)
        self.summary_edit.setPlaceholderText(self.tr("What is claimed, in a few words"))
        self.said_edit = QLineEdit(self)
        self.said_edit.setPlaceholderText(self.tr("When it was said: YYYY, YYYY-MM or YYYY-MM-DD"))
        self.said_error = QLabel(self)
        self.said_error.setStyleSheet(ERROR_STYLE)
        self.said_error.setWordWrap(True)
        self.said_error.hide()
        self.status_combo = QComboBox(self)
        self.status_combo.setToolTip(self.tr("Your verdict on this claim"))
        self.rationale_edit = QLineEdit(self)
        self.rationale_edit.setPlaceholderText(
            self.tr("The reason for your verdict (optional); Enter records it")
        )
        self.verdict_button = QPushButton(self.tr("Record verdict"), self)
        self.verdict_button.setToolTip(
            self.tr("Record the chosen status as your verdict, with its reason (Enter)")
        )
        self.status_chip = QLabel(self)

        self.evidence_model = EvidenceModel(session, self)
        self.evidence_view = QTableView(self)
        self.evidence_view.setModel(self.evidence_model)
        self._setup_evidence_view()
        self.evidence_label = QLabel(self)
        self.evidence_label.setWordWrap(True)  # a long hint must not widen the pane
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected evidence link (Del)"))
        self.go_button = QPushButton(self.tr("Show passage"), self)
        self.history_button = QPushButton(self.tr("History…"), self)
        self.history_button.setToolTip(self.tr("Every change to this claim, in the audit log"))

        claimant_row = QHBoxLayout()
        claimant_row.addWidget(self.claimant_edit, 1)
        claimant_row.addWidget(self.claimant_kind)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.status_combo, 1)
        verdict_row.addWidget(self.verdict_button)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("C&laimant:"), self.claimant_edit), claimant_row)
        form.addRow(self.tr("S&ummary:"), self.summary_edit)
        form.addRow(self.tr("Said &on:"), self.said_edit)
        form.addRow("", self.said_error)
        form.addRow(self.tr("Status:"), self.status_chip)
        form.addRow(self._label(self.tr("&Verdict:"), self.status_combo), verdict_row)
        form.addRow(self.tr("&Why:"), self.rationale_edit)
        evidence_row = QHBoxLayout()
        evidence_row.addStretch(1)
        for button in (self.go_button, self.remove_button, self.history_button):
            evidence_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quote_label)
        layout.addLayout(form)
        layout.addWidget(self.evidence_label)
        layout.addLayout(evidence_row)
        layout.addWidget(self.evidence_view, 1)

        self.claimant_edit.editingFinished.connect(self._commit_claimant)
        self.summary_edit.editingFinished.connect(self._commit_summary)
        self.said_edit.textChanged.connect(self._check_said_on)
        self.said_edit.editingFinished.connect(self._commit_said_on)
        self.rationale_edit.returnPressed.connect(self.record_verdict)
        self.verdict_button.clicked.connect(self.record_verdict)
        self.remove_button.clicked.connect(self.remove_selected_evidence)
        self.go_button.clicked.connect(self._show_selected_passage)
        self.history_button.clicked.connect(
            lambda: self._claim_id is not None and self.history_requested.emit(int(self._claim_id))
        )
        self.evidence_view.doubleClicked.connect(self._on_evidence_activated)
        self.evidence_view.activated.connect(self._on_evidence_activated)
        self.evidence_model.edit_requested.connect(self._on_evidence_edit)
        for signal in (
            self.evidence_model.rowsInserted,
            self.evidence_model.rowsRemoved,
            self.evidence_model.modelReset,
        ):
            signal.connect(self._update_evidence_label)
        self.evidence_view.selectionModel().selectionChanged.connect(self._update_buttons)
        session.claims_changed.connect(self._on_claims_changed)
        session.entities_changed.connect(self._on_entities_changed)
        model.dataChanged.connect(self._on_model_data_changed)
        model.rowsRemoved.connect(self._on_model_rows_removed)

        self.claimant_edit.installEventFilter(self)
        self._fill_statuses()
        self._load_actors()
        self.set_claim(None)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)  # its mnemonic focuses the field
        return label

    def _setup_evidence_view(self) -> None:
        view = self.evidence_view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        view.setItemDelegateForColumn(EvidenceColumn.RELATION, RelationDelegate(view))
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setMinimumHeight(5 * (view.fontMetrics().height() + 8))  # a header and 4 links
        header = view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 90), (1, 220), (2, 140)):
            header.resizeSection(column, width)

    # ------------------------------------------------------------------- API

    def claim_id(self) -> AnnotationId | None:
        return self._claim_id

    def set_claim(self, claim_id: AnnotationId | None) -> None:
        """Show a claim's fields and evidence; None shows an empty, disabled editor."""
        self._claim_id = claim_id
        self.evidence_model.set_claim(claim_id if self._claim() is not None else None)
        self._show_fields()
        self._update_buttons()

    def _claim(self) -> Claim | None:
        return None if self._claim_id is None else self._model.claim(self._claim_id)

    def _show_fields(self) -> None:
        claim = self._claim()
        for w in self._field_widgets():
            w.setEnabled(claim is not None)
        if claim is None:
            self.quote_label.setText(
                "<i>" + html.escape(self.tr("Select a claim to edit it and its evidence.")) + "</i>"
            )
            for edit in (self.claimant_edit, self.summary_edit, self.said_edit):
                edit.clear()
            self.claimant_kind.clear()
            self.status_chip.clear()
            self.said_error.hide()
            return
        quote = html.escape(" ".join(claim.quote.split())[:400])
        title = html.escape(self._model.title(claim.source_id))
        self.quote_label.setText(f"«&nbsp;{quote}&nbsp;» <small>— {title}</small>")
        self.claimant_edit.setText(self._model.claimant(claim))
        self.claimant_kind.setText(
            self.tr("entity")
            if claim.claimant_entity_id is not None
            else self.tr("free text")
            if claim.claimant_text
            else ""
        )
        self.summary_edit.setText(claim.summary or "")
        self.said_edit.setText(claim.said_on or "")
        self.said_error.hide()
        self._show_status(claim.status_id)

    def _show_status(self, status_id: ClaimStatusId) -> None:
        status = self._model.status(status_id)
        if status is None:
            self.status_chip.setText("?")
            return
        background, text = chip_colours(status.colour)
        self.status_chip.setText(
            f"<span style='background:{background.name()}; color:{text.name()};'>"
            f"&nbsp;{html.escape(status_label(status))}&nbsp;</span>"
        )
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(int(status_id))))

    def _field_widgets(self) -> tuple[QWidget, ...]:
        return (
            self.claimant_edit,
            self.summary_edit,
            self.said_edit,
            self.status_combo,
            self.rationale_edit,
            self.verdict_button,
            self.evidence_view,
            self.history_button,
        )

    # ----------------------------------------------------------------- edits

    def _commit_claimant(self) -> None:
        claim = self._claim()
        if claim is None:
            return
        text = " ".join(self.claimant_edit.text().split())
        self._fresh_actors()
        entity_id = self._actors.get(fold_name(text)) if text else None
        if entity_id is not None:
            fields: dict[str, Any] = {"claimant_entity_id": entity_id, "claimant_text": None}
        else:
            fields = {"claimant_entity_id": None, "claimant_text": text or None}
        if (claim.claimant_entity_id, claim.claimant_text) != tuple(fields.values()):
            self._session.update_claim(claim.annotation_id, **fields)

    def _commit_summary(self) -> None:
        claim = self._claim()
        if claim is not None:
            summary = " ".join(self.summary_edit.text().split()) or None
            if summary != claim.summary:
                self._session.update_claim(claim.annotation_id, summary=summary)

    def _check_said_on(self) -> bool:
        text = self.said_edit.text().strip()
        problem = edtf.explain(text) if text else None
        self.said_error.setVisible(problem is not None)
        if problem is not None:
            self.said_error.setText(localized(problem))
        return problem is None

    def _commit_said_on(self) -> None:
        claim = self._claim()
        if claim is None or not self._check_said_on():
            return
        said_on = self.said_edit.text().strip() or None
        if said_on != claim.said_on:
            self._session.update_claim(claim.annotation_id, said_on=said_on)

    def record_verdict(self) -> bool:
        """Record the status chosen in the combo as the reviewer's verdict, with its reason."""
        claim = self._claim()
        status_id = self.status_combo.currentData()
        if claim is None or status_id is None:
            return False
        rationale = " ".join(self.rationale_edit.text().split()) or None
        ok = self._session.set_verdict(
            claim.annotation_id, ClaimStatusId(int(status_id)), rationale
        )
        if ok:
            self.rationale_edit.clear()
        return ok

    def remove_selected_evidence(self) -> None:
        rows = self.evidence_view.selectionModel().selectedRows()
        if rows:
            evidence = self.evidence_model.evidence_at(rows[0].row())
            self._session.delete_evidence(evidence.id)

    def _on_evidence_edit(self, evidence_id: int, field: str, value: object) -> None:
        self._session.update_evidence(EvidenceId(evidence_id), **{field: value})

    def _on_evidence_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            e = self.evidence_model.evidence_at(index.row())
            self.passage_activated.emit(int(e.source_id), e.start, e.end)

    def _show_selected_passage(self) -> None:
        rows = self.evidence_view.selectionModel().selectedRows()
        if rows:
            self._on_evidence_activated(rows[0])

    # ---------------------------------------------------------- follow-ups

    def _on_claims_changed(self, change: ClaimChange) -> None:
        if change.status_ids:
            self._fill_statuses()
        claim = self._claim()
        if claim is not None and (
            claim.annotation_id in change.claim_ids or claim.status_id in change.status_ids
        ):
            self._show_fields()

    def _on_model_data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        row = None if self._claim_id is None else self._model.row_of(self._claim_id)
        if row is not None and top.row() <= row <= bottom.row():
            self._show_fields()

    def _on_model_rows_removed(self) -> None:
        if self._claim_id is not None and self._claim() is None:
            self.set_claim(None)  # the claim annotation went away

    def _on_entities_changed(self, change: Change) -> None:
        self._actors_stale = True  # read again when the claimant is next edited

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.claimant_edit and event.type() == QEvent.Type.FocusIn:
            self._fresh_actors()
        return super().eventFilter(watched, event)

    def _fresh_actors(self) -> None:
        if self._actors_stale:
            self._load_actors()

    def _load_actors(self) -> None:
        """The names of people and organisations, for the claimant's completer."""
        self._actors_stale = False
        entities = [
            e for e in EntityReader(self._session.store).entities() if e.type in _ACTOR_TYPES
        ]
        self._actors = {fold_name(e.name): e.id for e in entities}
        self._names.setStringList(sorted({e.name for e in entities}, key=fold_name))

    def _fill_statuses(self) -> None:
        current = self.status_combo.currentData()
        self.status_combo.blockSignals(True)
        self.status_combo.clear()
        for status in self._model.statuses():
            self.status_combo.addItem(swatch(status.colour), status_label(status), int(status.id))
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(current)))
        self.status_combo.blockSignals(False)

    def _update_evidence_label(self) -> None:
        n = self.evidence_model.rowCount()
        self.evidence_label.setText(
            self.tr(
                "No evidence yet: select a passage in the reader, then Review ▸ Link Selection "
                "as Evidence (Ctrl+E)."
            )
            if n == 0 and self._claim_id is not None
            else self.tr("Evidence (%n)", "", n)
        )

    def _update_buttons(self) -> None:
        selected = self.evidence_view.selectionModel().hasSelection()
        self.remove_button.setEnabled(selected)
        self.go_button.setEnabled(selected)

"""Link the passage selected in the reader to a claim, entirely from the keyboard.

Type to find the claim (summary, quote or claimant; accents, case and ’ folded), arrows
and Enter pick it, S / C / X choose supports / contradicts / context, type a note, Enter
links; Esc cancels at any step. The link is one undoable session intent.
"""

from __future__ import annotations

import html
from typing import Final, cast

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import Claim, EvidenceRelation
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId, SourceId
from desktop.ui.claim_labels import relation_label, status_label
from desktop.ui.models.annotation_table_model import one_line
from desktop.ui.session import Session
from desktop.ui.widgets.annotation_panel import swatch

RESULTS: Final = 30
RELATION_KEYS: Final = {
    Qt.Key.Key_S: EvidenceRelation.SUPPORTS,
    Qt.Key.Key_C: EvidenceRelation.CONTRADICTS,
    Qt.Key.Key_X: EvidenceRelation.CONTEXT,
}
_ENTER: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CLAIM_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1


class EvidenceLinker(QDialog):
    """Find a claim, choose how the passage bears on it, add a note, link."""

    linked = Signal(int)
    """The passage was linked to this claim (its annotation id)."""

    def __init__(
        self,
        session: Session,
        source_id: SourceId,
        start: int,
        end: int,
        *,
        preferred: AnnotationId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._claims = ClaimStore(session.store)
        self._passage = (source_id, start, end)
        self._preferred = preferred
        self.setWindowTitle(self.tr("Link as evidence"))
        self.setMinimumWidth(560)

        quote = session.store.source_text(source_id)[start:end]
        self.passage_label = QLabel(self)
        self.passage_label.setWordWrap(True)
        self.passage_label.setTextFormat(Qt.TextFormat.RichText)
        self.passage_label.setText(
            html.escape(self.tr("Passage:"))
            + f" «&nbsp;<i>{html.escape(one_line(quote, 240))}</i>&nbsp;»"
        )
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Find the claim: words of its summary, quote or claimant")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setUniformItemSizes(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setMinimumHeight(180)
        self.relation_combo = QComboBox(self)
        for relation in EvidenceRelation:
            self.relation_combo.addItem(relation_label(relation), relation.value)
        self.relation_combo.setToolTip(self.tr("S supports · C contradicts · X context"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("Why this passage matters (optional)"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text)")
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Link"))
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)  # Enter is handled step by step below
                button.setDefault(False)

        form = QFormLayout()
        form.addRow(self.tr("&Relation:"), self.relation_combo)
        form.addRow(self.tr("&Note:"), self.note_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.passage_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.search_edit.textChanged.connect(self._search)
        self.results.itemActivated.connect(lambda _item: self._pick())
        self.results.currentRowChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.link)
        self.buttons.rejected.connect(self.reject)
        for w in (self.search_edit, self.results, self.relation_combo, self.note_edit):
            w.installEventFilter(self)
        self._search("")
        self.search_edit.setFocus()
        self._show_hint()

    # ------------------------------------------------------------------- API

    def chosen_claim(self) -> AnnotationId | None:
        item = self.results.currentItem()
        return None if item is None else AnnotationId(int(item.data(CLAIM_ROLE)))

    def relation(self) -> EvidenceRelation:
        return EvidenceRelation(self.relation_combo.currentData())

    def set_relation(self, relation: EvidenceRelation) -> None:
        self.relation_combo.setCurrentIndex(self.relation_combo.findData(relation.value))

    def link(self) -> bool:
        """Link the passage to the chosen claim; the dialog closes when it worked."""
        claim_id = self.chosen_claim()
        if claim_id is None:
            self._show_error(self.tr("Choose a claim first."))
            self.search_edit.setFocus()
            return False
        errors: list[str] = []
        self._session.error_reported.connect(errors.append)
        try:
            ok = self._session.add_evidence(
                claim_id, *self._passage, self.relation(), self.note_edit.text()
            )
        finally:
            self._session.error_reported.disconnect(errors.append)
        if not ok:
            self._show_error(errors[0] if errors else self.tr("The passage was not linked."))
            return False
        self.linked.emit(int(claim_id))
        self.accept()
        return True

    # ---------------------------------------------------------------- search

    def _search(self, text: str) -> None:
        found = self._claims.find_claims(text, limit=RESULTS)
        if not text.strip() and self._preferred is not None:
            try:
                preferred = self._claims.claim(self._preferred)
            except NotFound:
                preferred = None
            if preferred is not None:
                found = [
                    preferred,
                    *(c for c in found if c.annotation_id != preferred.annotation_id),
                ]
        statuses = {s.id: s for s in self._claims.statuses()}
        titles = {s.id: s.title for s in self._session.store.sources()}
        self.results.clear()
        for claim in found:
            item = QListWidgetItem(self._describe(claim, titles))
            item.setData(CLAIM_ROLE, int(claim.annotation_id))
            status = statuses.get(claim.status_id)
            if status is not None:
                item.setIcon(swatch(status.colour))
                item.setToolTip(status_label(status))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._update_ok()

    def _describe(self, claim: Claim, titles: dict[SourceId, str]) -> str:
        """Two lines: the summary (else the quote); then who, the quote and the source."""
        head = one_line(claim.summary, 90) if claim.summary else f"« {one_line(claim.quote, 90)} »"
        details = []
        if claim.claimant:
            details.append(claim.claimant)
        if claim.summary:
            details.append(f"« {one_line(claim.quote, 60)} »")
        details.append(titles.get(claim.source_id, "?"))
        return f"{head}\n{' · '.join(details)}"

    # ------------------------------------------------------------- keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        e = cast(QKeyEvent, event)
        key, plain = e.key(), not (e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if watched is self.search_edit and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
        ):
            self._move(key)
            return True
        if watched in (self.search_edit, self.results) and key in _ENTER:
            self._pick()
            return True
        if watched is self.relation_combo and plain and key in RELATION_KEYS:
            self.set_relation(RELATION_KEYS[Qt.Key(key)])
            self.note_edit.setFocus()
            return True
        if watched is self.relation_combo and key in _ENTER:
            self.note_edit.setFocus()
            return True
        if watched is self.note_edit and key in _ENTER:
            self.link()
            return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        n = self.results.count()
        if not n:
            return
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -8}.get(Qt.Key(key), 8)
        self.results.setCurrentRow(max(0, min(n - 1, self.results.currentRow() + step)))

    def _pick(self) -> None:
        """The current result is the claim: go on to the relation."""
        if self.chosen_claim() is None:
            self._show_error(self.tr("No claim matches; change the search words."))
            return
        self.error_label.hide()
        self.relation_combo.setFocus()

    def _show_hint(self) -> None:
        self.hint.setText(
            self.tr(
                "↑ ↓ and Enter pick the claim · then S supports, C contradicts, X context · "
                "type a note · Enter links · Esc cancels"
            )
        )

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen_claim() is not None)

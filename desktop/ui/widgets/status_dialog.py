"""Review ▸ Claim statuses: the project's list of statuses, each with a colour and a rating.

Add, rename (F2 or double-click), recolour, rate, reorder and delete; a status in use is
deleted only once the user chose which status replaces it. Every edit is one undoable
session intent; the list follows the session's ClaimChange.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimChange, ClaimStatus, ClaimStatusId
from desktop.ui.claim_labels import status_label
from desktop.ui.session import Session
from desktop.ui.widgets.annotation_panel import swatch
from desktop.ui.widgets.tag_dialog import PALETTE

NAME, RATING, KIND = range(3)
ID_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1

AskColour = Callable[[QWidget, str], str | None]
AskReplacement = Callable[[QWidget, ClaimStatus, list[ClaimStatus], int], ClaimStatusId | None]


def ask_colour(parent: QWidget, current: str) -> str | None:
    colour = QColorDialog.getColor(QColor(current), parent)
    return colour.name() if colour.isValid() else None


class ReplacementDialog(QDialog):
    """Which status takes the place of the one being deleted."""

    def __init__(
        self, status: ClaimStatus, others: list[ClaimStatus], used: int, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete claim status"))
        text = (
            self.tr("%n claim(s) or verdict(s) have “%1”. Which status should they take?", "", used)
            if used
            else self.tr("Which status should take the place of “%1” in the history?")
        )
        label = QLabel(text.replace("%1", status_label(status)), self)
        label.setWordWrap(True)
        self.combo = QComboBox(self)
        for s in others:
            self.combo.addItem(swatch(s.colour), status_label(s), int(s.id))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Delete"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(buttons)


def ask_replacement(
    parent: QWidget, status: ClaimStatus, others: list[ClaimStatus], used: int
) -> ClaimStatusId | None:
    dialog = ReplacementDialog(status, others, used, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return ClaimStatusId(int(dialog.combo.currentData()))


class StatusDialog(QDialog):
    """The project's claim statuses, in their order."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._statuses: list[ClaimStatus] = []
        self._filling = False
        self.ask_colour: AskColour = ask_colour
        self.ask_replacement: AskReplacement = ask_replacement
        self.setWindowTitle(self.tr("Claim statuses"))
        self.resize(560, 420)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Rating"), self.tr("Kind")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RATING, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)

        self.colour_button = QPushButton(self.tr("Colour…"), self)
        self.rating_combo = QComboBox(self)
        self.rating_combo.addItem(self.tr("No rating"), None)
        for rating, meaning in (
            (1, self.tr("1 — false")),
            (2, self.tr("2 — mostly false")),
            (3, self.tr("3 — mixed")),
            (4, self.tr("4 — mostly true")),
            (5, self.tr("5 — true")),
        ):
            self.rating_combo.addItem(meaning, rating)
        self.rating_combo.setToolTip(
            self.tr("The ClaimReview rating (1 false … 5 true) exported with this status")
        )
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("New status, e.g. Satire"))
        self.add_button = QPushButton(self.tr("Add"), self)
        for button in (
            self.colour_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.add_button,
        ):
            button.setAutoDefault(False)  # Enter in the name field adds, nothing else
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        edit_row = QHBoxLayout()
        for w in (self.colour_button, self.rating_combo, self.up_button, self.down_button):
            edit_row.addWidget(w)
        edit_row.addStretch(1)
        edit_row.addWidget(self.delete_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_name, 1)
        add_row.addWidget(self.add_button)
        form = QFormLayout()
        form.addRow(self.tr("Add:"), add_row)
        note = QLabel(
            self.tr("Double-click or F2 renames. Built-in statuses are named in your language."),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text)")
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit_row)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(close)

        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.colour_button.clicked.connect(self.recolour_selected)
        self.rating_combo.activated.connect(self._on_rating_chosen)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button.clicked.connect(self.add_status)
        self.new_name.returnPressed.connect(self.add_status)
        session.claims_changed.connect(self._on_claims_changed)
        session.error_reported.connect(self._on_error)
        self._fill()
        if self._statuses:
            self.table.selectRow(0)

    # ------------------------------------------------------------------ list

    def statuses(self) -> list[ClaimStatus]:
        return list(self._statuses)

    def selected(self) -> ClaimStatus | None:
        rows = self.table.selectionModel().selectedRows()
        return self._statuses[rows[0].row()] if rows else None

    def select_status(self, status_id: ClaimStatusId) -> None:
        for row, s in enumerate(self._statuses):
            if s.id == status_id:
                self.table.selectRow(row)

    def _fill(self) -> None:
        chosen = self.selected()
        self._filling = True
        self._statuses = ClaimStore(self._session.store).statuses()
        self.table.setRowCount(len(self._statuses))
        for row, s in enumerate(self._statuses):
            name = QTableWidgetItem(swatch(s.colour), status_label(s))
            name.setData(ID_ROLE, int(s.id))
            name.setToolTip(s.colour)
            rating = QTableWidgetItem("" if s.rating is None else str(s.rating))
            kind = QTableWidgetItem(self.tr("built-in") if s.key else self.tr("yours"))
            for item in (rating, kind):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, NAME, name)
            self.table.setItem(row, RATING, rating)
            self.table.setItem(row, KIND, kind)
        self._filling = False
        if chosen is not None:
            self.select_status(chosen.id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        s = self.selected()
        row = self._statuses.index(s) if s is not None else -1
        for w in (self.colour_button, self.rating_combo, self.delete_button):
            w.setEnabled(s is not None)
        self.delete_button.setEnabled(s is not None and len(self._statuses) > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._statuses) - 1)
        if s is not None:
            self.rating_combo.setCurrentIndex(max(0, self.rating_combo.findData(s.rating)))

    def _on_claims_changed(self, change: ClaimChange) -> None:
        if change.status_ids:
            self.error_label.hide()
            self._fill()

    def _on_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # ----------------------------------------------------------------- edits

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != NAME:
            return
        s = self._statuses[item.row()]
        name = " ".join(item.text().split())
        if name and name != status_label(s):
            self._session.update_status(s.id, name=name)
        self._fill()  # show what the store holds (the old name if refused)

    def rename_selected(self, name: str) -> bool:
        s = self.selected()
        return s is not None and self._session.update_status(s.id, name=name)

    def recolour_selected(self) -> None:
        s = self.selected()
        if s is None:
            return
        colour = self.ask_colour(self, s.colour)
        if colour is not None and colour.lower() != s.colour.lower():
            self._session.update_status(s.id, colour=colour)

    def _on_rating_chosen(self) -> None:
        s = self.selected()
        if s is not None:
            rating = self.rating_combo.currentData()
            if rating != s.rating:
                self._session.update_status(s.id, rating=rating)

    def move_selected(self, step: int) -> None:
        s = self.selected()
        if s is None:
            return
        row = self._statuses.index(s) + step
        if 0 <= row < len(self._statuses):
            self._session.update_status(s.id, position=row)
            self.select_status(s.id)

    def delete_selected(self) -> None:
        s = self.selected()
        if s is None or len(self._statuses) < 2:
            return
        claims = ClaimStore(self._session.store)
        used = len(claims.claims(status_ids=[s.id]))
        others = [o for o in self._statuses if o.id != s.id]
        replacement = self.ask_replacement(self, s, others, used)
        if replacement is not None:
            self._session.delete_status(s.id, replacement)

    def add_status(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not name:
            self.new_name.setFocus()
            return
        used = {s.colour.lower() for s in self._statuses}
        colour = next((c for c in PALETTE if c not in used), PALETTE[0])
        if self._session.add_status(name=name, colour=colour):
            self.new_name.clear()
            self.select_status(self._statuses[-1].id)

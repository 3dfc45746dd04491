"""Manage tags: name, colour and key of each; add, edit and delete user tags."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.models import AnnotationStatus, Change, Tag, TagId
from desktop.ui.labels import tag_label
from desktop.ui.session import Session

PALETTE: Final = (
    "#e6194b", "#f58231", "#ffe119", "#bfef45", "#3cb44b",
    "#42d4f4", "#4363d8", "#911eb4", "#f032e6", "#a9a9a9",
)  # fmt: skip
ERROR_STYLE: Final = "color: #b00020"
NAME, COLOUR, SHORTCUT, KIND = range(4)


def swatch(colour: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def next_free_digit(tags: list[Tag]) -> str | None:
    """The first of 1–9 that no tag uses as its key."""
    used = {t.shortcut for t in tags}
    return next((d for d in "123456789" if d not in used), None)


def next_free_colour(tags: list[Tag]) -> str:
    used = {t.colour.lower() for t in tags}
    return next((c for c in PALETTE if c not in used), PALETTE[0])


class TagEditor(QDialog):
    """Name, colour and key of one tag. OK emits ``submitted``; the owner closes it."""

    submitted = Signal(str, str, object)
    """The user pressed OK: name, colour (#rrggbb), shortcut (one character or None)."""

    def __init__(
        self,
        *,
        name: str,
        colour: str,
        shortcut: str | None,
        builtin: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.colour = colour
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setPlaceholderText(self.tr("e.g. Figure, Source, To check"))
        if builtin:
            self.name_edit.setReadOnly(True)
            self.name_edit.setToolTip(self.tr("Built-in tags keep their name"))
        self.colour_button = QToolButton(self)
        self.colour_button.setToolTip(self.tr("Current colour"))
        swatches = QGridLayout()
        swatches.setSpacing(2)
        for i, c in enumerate(PALETTE):
            button = QToolButton(self)
            button.setIcon(swatch(c))
            button.setToolTip(c)
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, c=c: self.set_colour(c))
            swatches.addWidget(button, i // 5, i % 5)
        other = QPushButton(self.tr("Other…"), self)
        other.clicked.connect(self._on_other_colour)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addLayout(swatches)
        colour_row.addWidget(other)
        colour_row.addStretch(1)

        self.shortcut_edit = QLineEdit(shortcut or "", self)
        self.shortcut_edit.setMaxLength(1)
        self.shortcut_edit.setMaximumWidth(48)
        self.shortcut_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]?"), self.shortcut_edit)
        )
        self.shortcut_edit.setToolTip(
            self.tr("One letter or digit: press it with text selected to tag it")
        )
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("Colour:"), colour_row)
        form.addRow(self.tr("&Key:"), self.shortcut_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.set_colour(colour)

    def set_colour(self, colour: str) -> None:
        self.colour = QColor(colour).name()
        self.colour_button.setIcon(swatch(self.colour, 20))
        self.colour_button.setToolTip(self.colour)

    def _choose_colour(self, current: QColor) -> QColor | None:
        """Ask for a colour; tests replace this to skip the modal colour dialog."""
        colour = QColorDialog.getColor(current, self, self.tr("Tag colour"))
        return colour if colour.isValid() else None

    def _on_other_colour(self) -> None:
        colour = self._choose_colour(QColor(self.colour))
        if colour is not None:
            self.set_colour(colour.name())

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _on_ok(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.show_error(self.tr("A tag needs a name."))
            return
        self.show_error("")
        self.submitted.emit(name, self.colour, self.shortcut_edit.text().strip().upper() or None)


class TagDialog(QDialog):
    """The project's tags; every change goes through the session as one undoable step."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.editor: TagEditor | None = None
        self.confirm: Callable[[str], bool] = self._ask
        """Asks before deleting a tag in use; tests replace it."""
        self.setWindowTitle(self.tr("Tags"))
        self.setMinimumSize(460, 320)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Colour"), self.tr("Key"), self.tr("Kind")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_selected())

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.table, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(close)

        session.tags_changed.connect(self._on_tags_changed)
        session.error_reported.connect(self._on_error_reported)
        self.refresh()

    # ---------------------------------------------------------------- table

    def refresh(self) -> None:
        """Rebuild the table from the store, keeping the selected tag selected."""
        selected = self.selected_tag_id()
        tags = self._session.store.tags()
        self.table.setRowCount(len(tags))
        for row, tag in enumerate(tags):
            name = QTableWidgetItem(tag_label(tag))
            name.setData(Qt.ItemDataRole.UserRole, int(tag.id))
            colour = QTableWidgetItem(swatch(tag.colour), tag.colour)
            kind = QTableWidgetItem(self.tr("Built-in") if tag.builtin else self.tr("Custom"))
            if tag.builtin:
                kind.setToolTip(self.tr("Built-in tags can change colour and key, not be deleted"))
            for column, item in enumerate(
                (name, colour, QTableWidgetItem(tag.shortcut or ""), kind)
            ):
                self.table.setItem(row, column, item)
            if tag.id == selected:
                self.table.selectRow(row)
        self._update_buttons()

    def row_of(self, tag_id: TagId | int) -> int:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == tag_id:
                return row
        return -1

    def select_tag(self, tag_id: TagId | int) -> None:
        row = self.row_of(tag_id)
        if row >= 0:
            self.table.selectRow(row)

    def selected_tag_id(self) -> TagId | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), NAME)
        return TagId(int(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    def _selected_tag(self) -> Tag | None:
        tag_id = self.selected_tag_id()
        return None if tag_id is None else self._session.store.tag(tag_id)

    def _update_buttons(self) -> None:
        tag = self._selected_tag()
        self.edit_button.setEnabled(tag is not None)
        self.delete_button.setEnabled(tag is not None and not tag.builtin)
        self.delete_button.setToolTip(
            self.tr("Built-in tags cannot be deleted") if tag is not None and tag.builtin else ""
        )

    def _on_tags_changed(self, _change: Change) -> None:
        self.refresh()

    def _on_error_reported(self, message: str) -> None:
        if self.editor is not None and self.editor.isVisible():
            self.editor.show_error(message)
        else:
            self.show_error(message)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    # -------------------------------------------------------------- actions

    def _open_editor(self, title: str, editor: TagEditor) -> TagEditor:
        self.show_error("")
        if self.editor is not None:
            self.editor.reject()
        self.editor = editor
        editor.setWindowTitle(title)

        def closed(_result: int) -> None:
            if self.editor is editor:
                self.editor = None
            editor.deleteLater()

        editor.finished.connect(closed)
        editor.open()
        return editor

    def add(self) -> TagEditor:
        """Open the editor for a new tag, with a free colour and the next free digit."""
        tags = self._session.store.tags()
        editor = TagEditor(
            name="", colour=next_free_colour(tags), shortcut=next_free_digit(tags), parent=self
        )

        def submit(name: str, colour: str, shortcut: str | None) -> None:
            tag_id = self._session.add_tag(name=name, colour=colour, shortcut=shortcut)
            if tag_id is not None:
                editor.accept()
                self.select_tag(tag_id)

        editor.submitted.connect(submit)
        return self._open_editor(self.tr("New tag"), editor)

    def edit_selected(self) -> TagEditor | None:
        tag = self._selected_tag()
        if tag is None:
            return None
        editor = TagEditor(
            name=tag.name,
            colour=tag.colour,
            shortcut=tag.shortcut,
            builtin=tag.builtin,
            parent=self,
        )

        def submit(name: str, colour: str, shortcut: str | None) -> None:
            fields: dict[str, object] = {"colour": colour, "shortcut": shortcut}
            if not tag.builtin:
                fields["name"] = name
            if self._session.edit_tag(tag.id, **fields):
                editor.accept()

        editor.submitted.connect(submit)
        return self._open_editor(self.tr("Edit tag “%1”").replace("%1", tag_label(tag)), editor)

    def delete_selected(self) -> bool:
        """Delete the selected user tag, after asking if annotations use it."""
        tag = self._selected_tag()
        if tag is None or tag.builtin:
            return False
        store = self._session.store
        used = store.annotations(tag_id=tag.id, status=None)
        accepted = sum(1 for a in used if a.status == AnnotationStatus.ACCEPTED)
        if used:
            if accepted == 0:
                text = self.tr("Delete the tag “%1” and its %2 suggestions?")
            elif accepted == 1:
                text = self.tr("Delete the tag “%1” and the annotation made with it?")
            else:
                text = self.tr("Delete the tag “%1” and the %2 annotations made with it?")
            text = text.replace("%1", tag_label(tag)).replace("%2", str(accepted or len(used)))
            if accepted and len(used) > accepted:
                text += " " + self.tr("Its %1 suggestions go too.").replace(
                    "%1", str(len(used) - accepted)
                )
            text += "\n" + self.tr("You can undo this with Edit ▸ Undo.")
            if not self.confirm(text):
                return False
        self.show_error("")
        return self._session.delete_tag(tag.id)

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete tag"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

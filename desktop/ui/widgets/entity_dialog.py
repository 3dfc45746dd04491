"""A small dialog for an entity's type, note and coordinates."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.entities import EntityType
from desktop.core.entity_store import Entity
from desktop.ui.models.entity_table_model import type_label


def parse_degrees(text: str) -> float | None:
    """A number of degrees typed with a point or a comma; None if blank or not a number."""
    text = text.strip().replace(",", ".").replace("°", "")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return None


class EntityDialog(QDialog):
    """Edit an entity's type, note and coordinates; ``values()`` gives what to change."""

    def __init__(self, entity: Entity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entity = entity
        self.setWindowTitle(self.tr("Entity “%1”").replace("%1", entity.name))
        self.type_combo = QComboBox()
        for t in EntityType:
            self.type_combo.addItem(type_label(t), t.value)
        self.type_combo.setCurrentIndex(self.type_combo.findData(entity.type.value))
        self.note_edit = QPlainTextEdit(entity.note or "")
        self.note_edit.setTabChangesFocus(True)
        self.lat_edit = QLineEdit(_degrees(entity.lat))
        self.lon_edit = QLineEdit(_degrees(entity.lon))
        self.lat_edit.setPlaceholderText(self.tr("e.g. 33.3152"))
        self.lon_edit.setPlaceholderText(self.tr("e.g. 44.3661"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Type:"), self.type_combo)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(self.tr("Latitude:"), self.lat_edit)
        form.addRow(self.tr("Longitude:"), self.lon_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        for edit in (self.lat_edit, self.lon_edit):
            edit.textChanged.connect(self._check)
        self._check()

    def coordinates(self) -> tuple[float, float] | None | str:
        """(lat, lon), None when both are blank, or a message saying what is wrong."""
        lat_text, lon_text = self.lat_edit.text().strip(), self.lon_edit.text().strip()
        if not lat_text and not lon_text:
            return None
        lat, lon = parse_degrees(lat_text), parse_degrees(lon_text)
        if lat is None or lon is None:
            return self.tr("Give both latitude and longitude in degrees, or neither.")
        if not -90 <= lat <= 90:
            return self.tr("The latitude must be between -90 and 90.")
        if not -180 <= lon <= 180:
            return self.tr("The longitude must be between -180 and 180.")
        return lat, lon

    def _check(self) -> None:
        found = self.coordinates()
        problem = found if isinstance(found, str) else ""
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def values(self) -> dict[str, Any]:
        """The fields for ``Session.edit_entity`` (unchanged ones are skipped there)."""
        coordinates = self.coordinates()
        return {
            "entity_type": EntityType(self.type_combo.currentData()),
            "note": self.note_edit.toPlainText().strip() or None,
            "coordinates": None if isinstance(coordinates, str) else coordinates,
        }


def _degrees(value: float | None) -> str:
    if value is None:
        return ""
    return QLocale.c().toString(value, "f", 6).rstrip("0").rstrip(".")

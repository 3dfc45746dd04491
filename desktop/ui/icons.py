"""Small icons drawn at run time (tag colour swatches) and the app's own icons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QStyle

from desktop.paths import resource_path


def swatch(colour: str, size: int = 14) -> QIcon:
    """A rounded square of a tag's colour."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(140))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


def import_icon() -> QIcon:
    style = QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton)


def app_icon() -> QIcon:
    path = resource_path("icons", "recoupe.svg")
    return QIcon(str(path)) if path.exists() else QIcon()

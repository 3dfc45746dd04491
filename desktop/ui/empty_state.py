"""What the window shows when no project is open."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    new_requested = Signal()
    """The user wants a new project."""
    open_requested = Signal()
    """The user wants to open a project file."""
    demo_requested = Signal()
    """The user wants the demo project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("No project is open"), self)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setStyleSheet("font-size: 18pt; color: palette(mid);")
        hint = QLabel(
            self.tr("A project is one file that holds your sources and annotations."), self
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        layout.addWidget(hint)
        for text, signal in (
            (self.tr("New Project…"), self.new_requested),
            (self.tr("Open Project…"), self.open_requested),
            (self.tr("Open the Demo Project"), self.demo_requested),
        ):
            button = QPushButton(text, self)
            button.setMinimumWidth(240)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

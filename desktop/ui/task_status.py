"""The status-bar progress of long work (imports, suggestions), with its Cancel button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class TaskStatus(QWidget):
    """A progress bar and a Cancel button, shown only while work runs."""

    cancel_requested = Signal()
    """The user pressed Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._on_cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def begin(self, total: int, what: str) -> None:
        """Show progress over total steps; what is a format such as "Importing %v of %m"."""
        self.bar.setFormat(what)
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.cancel_button.setEnabled(True)
        self.show()

    def step(self, done: int) -> None:
        self.bar.setValue(done)

    def end(self) -> None:
        self.hide()

    def _on_cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_requested.emit()

"""Edit ▸ Preferences: the interface language, the reviewer's name, backups kept."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.claims import default_reviewer
from desktop.ui.project_opening import KEEP_BACKUPS_KEY, MAX_KEEP, keep_backups

LANGUAGES = (("", "System"), ("en", "English"), ("fr", "Français"))
REVIEWER_KEY = "review/reviewer"


def reviewer_name(settings: QSettings) -> str:
    """The name claim edits and verdicts are recorded under: the preference, else the OS
    user name."""
    name = " ".join(str(settings.value(REVIEWER_KEY, "") or "").split())
    return name or default_reviewer()


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        for code, name in LANGUAGES:
            self.language.addItem(self.tr("System language") if not code else name, code)
        current = str(settings.value("ui/language", "") or "")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        note = QLabel(self.tr("A new language applies the next time Recoupe starts."), self)
        note.setWordWrap(True)
        self.reviewer = QLineEdit(reviewer_name(settings), self)
        self.reviewer.setPlaceholderText(default_reviewer())
        self.reviewer.setToolTip(
            self.tr("Your verdicts, evidence links and claim edits are recorded under this name")
        )
        self.keep_backups = QSpinBox(self)
        self.keep_backups.setRange(0, MAX_KEEP)
        self.keep_backups.setValue(keep_backups(settings))
        self.keep_backups.setSpecialValueText(self.tr("None"))
        self.keep_backups.setToolTip(
            self.tr(
                "When a project is opened, a copy is kept in a folder beside it; "
                "the oldest copies beyond this number are deleted"
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(note)
        form.addRow(self.tr("Reviewer name:"), self.reviewer)
        form.addRow(self.tr("Backups kept per project:"), self.keep_backups)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.setValue("ui/language", self.language.currentData())
        self.settings.setValue(KEEP_BACKUPS_KEY, self.keep_backups.value())
        name = " ".join(self.reviewer.text().split())
        if name and name != default_reviewer():
            self.settings.setValue(REVIEWER_KEY, name)
        else:
            self.settings.remove(REVIEWER_KEY)  # the OS user name, followed if it changes
        super().accept()

"""A source's properties: what the user may correct, and what the file says about itself."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.core.errors import InvalidValue, RecoupeError
from desktop.core.models import Source, SourceId
from desktop.core.store import check_date
from desktop.ui.messages import localized
from desktop.ui.models.source_list_model import how_found, local_time, needs_confirmation
from desktop.ui.session import Session

ERROR_STYLE = "color: #b00020"


class SourcePropertiesDialog(QDialog):
    """Edit title, URL, publication date and language; OK applies them as one undo step."""

    def __init__(
        self, session: Session, source_id: SourceId | int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.source: Source = session.store.source(SourceId(source_id))
        self.setWindowTitle(self.tr("Properties of “%1”").replace("%1", self.source.title))
        self.setMinimumWidth(480)

        self.title_edit = QLineEdit(self.source.title, self)
        self.url_edit = QLineEdit(self.source.url or "", self)
        self.url_edit.setPlaceholderText(self.tr("Where the source was published (optional)"))

        self.date_edit = QLineEdit(self.source.published or "", self)
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD, or leave blank"))
        self.date_edit.setClearButtonEnabled(True)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setIcon(QIcon.fromTheme("x-office-calendar"))
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Pick the date on a calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget(self)
        calendar_menu = QMenu(self.calendar_button)
        calendar_action = QWidgetAction(calendar_menu)
        calendar_action.setDefaultWidget(self.calendar)
        calendar_menu.addAction(calendar_action)
        calendar_menu.aboutToShow.connect(self._on_calendar_shown)
        self.calendar_button.setMenu(calendar_menu)
        self.calendar.clicked.connect(self._on_calendar_clicked)
        self.calendar.activated.connect(self._on_calendar_clicked)
        date_row = QHBoxLayout()
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.date_edit, 1)
        date_row.addWidget(self.calendar_button)

        self.confirmed_check = QCheckBox(self.tr("Confirmed"), self)
        self.confirmed_check.setToolTip(
            self.tr("Tick once you have checked the date against the source itself")
        )
        self.how_label = QLabel(self)
        self.how_label.setWordWrap(True)
        self.how_label.setStyleSheet("color: palette(placeholder-text)")

        self.lang_combo = QComboBox(self)
        self.lang_combo.addItem(self.tr("Français"), "fr")
        self.lang_combo.addItem(self.tr("English"), "en")
        if self.lang_combo.findData(self.source.lang) < 0:
            self.lang_combo.addItem(self.source.lang, self.source.lang)
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.source.lang))
        self.lang_combo.setToolTip(self.tr("The language used to find dates, places and names"))

        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&URL:"), self.url_edit)
        date_label = QLabel(self.tr("&Published:"), self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, date_row)
        form.addRow("", self.confirmed_check)
        form.addRow("", self.how_label)
        form.addRow(self.tr("&Language:"), self.lang_combo)
        self._add_info_rows(form)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._date_mode = ""
        self.title_edit.textChanged.connect(self._validate)
        self.date_edit.textChanged.connect(self._validate)
        self._validate()

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _add_info_rows(self, form: QFormLayout) -> None:
        s = self.source
        info = [
            (self.tr("File:"), s.filename),
            (self.tr("Format:"), s.format),
            (self.tr("Encoding:"), s.encoding),
            (self.tr("Size:"), QLocale().formattedDataSize(s.size)),
            (self.tr("Imported:"), local_time(s.imported_at)),
        ]
        for label, value in info:
            form.addRow(label, self._info_label(value))
        # A read-only line: the whole 64-digit fingerprint fits and copies in one go.
        self.sha_label = QLineEdit(s.sha256, self)
        self.sha_label.setReadOnly(True)
        self.sha_label.setFrame(False)
        self.sha_label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.sha_label.setCursorPosition(0)
        width = self.sha_label.fontMetrics().horizontalAdvance(s.sha256)
        self.sha_label.setMinimumWidth(width + 12)
        self.sha_label.setToolTip(
            self.tr("Fingerprint of the original file: any change to the file changes it")
        )
        form.addRow(self.tr("SHA-256:"), self.sha_label)

    def _info_label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # ---------------------------------------------------------- validation

    def _date_text(self) -> str:
        return self.date_edit.text().strip()

    def _validate(self) -> bool:
        """Check the fields, show the first problem inline; OK is enabled only when valid."""
        error = ""
        if not self.title_edit.text().strip():
            error = self.tr("A source needs a title.")
        else:
            try:
                check_date(self._date_text())
            except InvalidValue:
                error = self.tr("“%1” is not a date: write it as YYYY-MM-DD (e.g. 2026-03-14).")
                error = error.replace("%1", self._date_text())
        self._show_error(error)
        self.ok_button.setEnabled(not error)
        self._update_confirmation()
        return not error

    def _show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _update_confirmation(self) -> None:
        """Follow the date field; the user's tick survives edits that keep the date."""
        date = self._date_text()
        mode = "blank" if not date else "typed" if date != (self.source.published or "") else "kept"
        if mode == self._date_mode:
            return
        self._date_mode = mode
        self.confirmed_check.setEnabled(mode == "kept")
        if mode == "blank":
            self.confirmed_check.setChecked(False)
            self.how_label.setText(self.tr("No publication date."))
        elif mode == "typed":
            # A date the user types is the user's: the store records it as confirmed.
            self.confirmed_check.setChecked(True)
            self.how_label.setText(self.tr("Typed in by you."))
        else:
            self.confirmed_check.setChecked(self.source.published_confirmed)
            if self.source.published_how == "user":
                self.how_label.setText(self.tr("Typed in by you."))
                return
            found = self.tr("Found %1.").replace("%1", how_found(self.source.published_how))
            if needs_confirmation(self.source):
                found += " " + self.tr("Recoupe guessed it: check it against the source.")
            self.how_label.setText(found)

    # ------------------------------------------------------------ calendar

    def _on_calendar_shown(self) -> None:
        day = QDate.fromString(self._date_text(), Qt.DateFormat.ISODate)
        self.calendar.setSelectedDate(day if day.isValid() else QDate.currentDate())

    def _on_calendar_clicked(self, day: QDate) -> None:
        self.date_edit.setText(day.toString(Qt.DateFormat.ISODate))
        menu = self.calendar_button.menu()
        if menu is not None:
            menu.hide()

    # --------------------------------------------------------------- apply

    def changed_fields(self) -> dict[str, Any]:
        """The edited fields that differ from the source as stored."""
        s = self.source
        fields: dict[str, Any] = {}
        title = self.title_edit.text().strip()
        if title != s.title:
            fields["title"] = title
        url = self.url_edit.text().strip() or None
        if url != s.url:
            fields["url"] = url
        published = check_date(self._date_text())
        if published != s.published:
            fields["published"] = published
        elif published is not None and self.confirmed_check.isChecked() != s.published_confirmed:
            fields["published_confirmed"] = self.confirmed_check.isChecked()
        lang = self.lang_combo.currentData()
        if lang != s.lang:
            fields["lang"] = lang
        return fields

    def apply(self) -> None:
        """Write every change as one undoable step, then close; stay open on an error."""
        if not self._validate():
            return
        fields = self.changed_fields()
        if not fields:
            self.accept()
            return
        errors: list[str] = []

        def collect(message: str) -> None:
            errors.append(message)

        self._session.error_reported.connect(collect)
        try:
            ok = self._session.edit_source(self.source.id, **fields)
        except RecoupeError as e:  # the session reports errors, but be safe
            ok, errors = False, [localized(e)]
        finally:
            self._session.error_reported.disconnect(collect)
        if ok:
            self.accept()
        else:
            self._show_error(errors[-1] if errors else self.tr("The change could not be made."))

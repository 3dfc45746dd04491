"""Review ▸ Audit log: every change to claims, verdicts, evidence and statuses, newest first.

Read-only. The table reads the log a page at a time (``fetchMore``) and never loads it
all; filters are applied by the store. New entries appear at the top as they are written.
"""

from __future__ import annotations

import enum
import json
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import AuditAction, AuditEntry, AuditObject, ClaimChange
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId
from desktop.ui.models.annotation_table_model import one_line
from desktop.ui.session import Session

PAGE: Final = 200
"""Entries read at a time."""
Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE: Final = int(Qt.ItemDataRole.UserRole) + 1


class AuditColumn(enum.IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    CLAIM = 3
    FIELD = 4
    CHANGE = 5


def action_label(action: str) -> str:
    labels: dict[str, str] = {
        AuditAction.ADD: QCoreApplication.translate("AuditLog", "added"),
        AuditAction.EDIT: QCoreApplication.translate("AuditLog", "edited"),
        AuditAction.DELETE: QCoreApplication.translate("AuditLog", "deleted"),
        AuditAction.VERDICT: QCoreApplication.translate("AuditLog", "verdict"),
        AuditAction.RESOLVE: QCoreApplication.translate("AuditLog", "resolved"),
        AuditAction.IMPORT: QCoreApplication.translate("AuditLog", "imported"),
        AuditAction.WITHDRAW: QCoreApplication.translate("AuditLog", "withdrawn"),
        AuditAction.REPLACE: QCoreApplication.translate("AuditLog", "status replaced"),
        AuditAction.UNDO: QCoreApplication.translate("AuditLog", "undone"),
        AuditAction.DISMISS: QCoreApplication.translate("AuditLog", "dismissed"),
    }
    return labels.get(action, action)


def object_label(kind: str) -> str:
    labels: dict[str, str] = {
        AuditObject.CLAIM: QCoreApplication.translate("AuditLog", "claim"),
        AuditObject.VERDICT: QCoreApplication.translate("AuditLog", "verdict"),
        AuditObject.EVIDENCE: QCoreApplication.translate("AuditLog", "evidence"),
        AuditObject.STATUS: QCoreApplication.translate("AuditLog", "status"),
        AuditObject.CONTRADICTION: QCoreApplication.translate("AuditLog", "contradiction"),
    }
    return labels.get(kind, kind)


def field_label(field: str | None) -> str:
    labels = {
        "summary": QCoreApplication.translate("AuditLog", "summary"),
        "claimant_text": QCoreApplication.translate("AuditLog", "claimant"),
        "claimant_entity": QCoreApplication.translate("AuditLog", "claimant (entity)"),
        "said_on": QCoreApplication.translate("AuditLog", "said on"),
        "status": QCoreApplication.translate("AuditLog", "status"),
        "rationale": QCoreApplication.translate("AuditLog", "reason"),
        "relation": QCoreApplication.translate("AuditLog", "relation"),
        "note": QCoreApplication.translate("AuditLog", "note"),
        "passage": QCoreApplication.translate("AuditLog", "passage"),
        "name": QCoreApplication.translate("AuditLog", "name"),
        "colour": QCoreApplication.translate("AuditLog", "colour"),
        "rating": QCoreApplication.translate("AuditLog", "rating"),
        "position": QCoreApplication.translate("AuditLog", "position"),
        "replacement": QCoreApplication.translate("AuditLog", "replaced by"),
        "reviewer": QCoreApplication.translate("AuditLog", "reviewer"),
        "imported_from": QCoreApplication.translate("AuditLog", "imported from"),
        "key": QCoreApplication.translate("AuditLog", "contradiction"),
    }
    return labels.get(field or "", field or "")


def value_text(value: str | None) -> str:
    """A logged value as a reader wants it: a passage by its quote, blanks as a dash."""
    if value is None:
        return "—"
    if value.startswith("{"):
        try:
            data = json.loads(value)
        except ValueError:
            return one_line(value, 120)
        if isinstance(data, dict) and "quote" in data:
            return f"« {one_line(str(data['quote']), 100)} »"
    return one_line(value, 120)


def local_time(stamp: str) -> str:
    """A UTC ISO-8601 stamp in local time, in the locale's short format."""
    moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return stamp
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def day_bounds(since: QDate | None, until: QDate | None) -> tuple[str | None, str | None]:
    """Local calendar days as the UTC stamps the store filters by (both days included)."""

    def stamp(day: QDate, shift: timedelta) -> str:
        local = datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()
        return (local + shift).astimezone(UTC).isoformat(timespec="seconds")

    return (
        stamp(since, timedelta()) if since is not None else None,
        stamp(until, timedelta(days=1, seconds=-1)) if until is not None else None,
    )


class AuditLogModel(QAbstractTableModel):
    """The audit entries matching the filters, newest first, read a page at a time."""

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._filters: dict[str, Any] = {}
        self._rows: list[AuditEntry] = []
        self._total = 0
        self._quotes: dict[int, str] = {}
        session.claims_changed.connect(self._on_claims_changed)
        self.set_filters()

    def _claims(self) -> ClaimStore:
        return ClaimStore(self._session.store)

    def set_filters(self, **filters: Any) -> None:
        """claim_id, who, action, object_kind, since, until, text (None: any)."""
        self.beginResetModel()
        self._filters = {k: v for k, v in filters.items() if v not in (None, "")}
        claims = self._claims()
        self._total = claims.audit_count(**self._filters)
        self._rows = claims.audit_log(**self._filters, limit=PAGE)
        self.endResetModel()

    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    def total(self) -> int:
        """How many entries match the filters (the rows read so far may be fewer)."""
        return self._total

    def entry_at(self, row: int) -> AuditEntry:
        return self._rows[row]

    # ---------------------------------------------------------------- paging

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._claims().audit_log(**self._filters, limit=PAGE, offset=len(self._rows))
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def _on_claims_changed(self, change: ClaimChange) -> None:
        """New entries matching the filters go on top (they are the newest)."""
        for claim_id in change.claim_ids:
            self._quotes.pop(claim_id, None)  # its summary may have changed
        if not change.audit_ids:
            return
        top = self._rows[0].id if self._rows else 0
        newest = self._claims().audit_log(**self._filters, limit=len(change.audit_ids))
        fresh = [e for e in newest if e.id > top]
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self._rows[0:0] = fresh
        self._total += len(fresh)
        self.endInsertRows()

    # ---------------------------------------------------------- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(AuditColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("AuditLog", "When"),
            QCoreApplication.translate("AuditLog", "Who"),
            QCoreApplication.translate("AuditLog", "Action"),
            QCoreApplication.translate("AuditLog", "Claim"),
            QCoreApplication.translate("AuditLog", "Field"),
            QCoreApplication.translate("AuditLog", "Old → new"),
        )
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == AuditColumn.WHEN:
                return local_time(e.at)
            if column == AuditColumn.WHO:
                return e.who
            if column == AuditColumn.ACTION:
                what, did = object_label(e.object_kind), action_label(e.action)
                return did if what == did else f"{what}: {did}"
            if column == AuditColumn.CLAIM:
                return self._claim_text(e.claim_id)
            if column == AuditColumn.FIELD:
                return field_label(e.field)
            return f"{value_text(e.old)} → {value_text(e.new)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == AuditColumn.CHANGE:
                return f"{e.old or '—'}\n→\n{e.new or '—'}"
            if column == AuditColumn.WHEN:
                return e.at
            if column == AuditColumn.CLAIM and e.claim_id is not None:
                return self._claim_text(e.claim_id, full=True)
        if role == ENTRY_ROLE:
            return e
        return None

    def _claim_text(self, claim_id: AnnotationId | None, *, full: bool = False) -> str:
        if claim_id is None:
            return ""
        quote = self._quotes.get(claim_id)
        if quote is None:
            try:
                claim = self._claims().claim(claim_id)
                quote = claim.summary or claim.quote
            except NotFound:  # its annotation was deleted; the log keeps its id
                quote = QCoreApplication.translate("AuditLog", "claim #%1 (deleted)").replace(
                    "%1", str(claim_id)
                )
            self._quotes[claim_id] = quote
        return quote if full else one_line(quote, 60)


class AuditLogDialog(QDialog):
    """The audit log with filters by who, action, claim, text and dates. Read-only."""

    claim_activated = Signal(int)
    """The user double-clicked an entry about a claim: show that claim."""

    def __init__(
        self,
        session: Session,
        *,
        claim_id: AnnotationId | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(980, 560)
        self.model = AuditLogModel(session, self)

        self.who_combo = QComboBox(self)
        self.action_combo = QComboBox(self)
        self.action_combo.addItem(self.tr("Any action"), None)
        for action in AuditAction:
            self.action_combo.addItem(action_label(action), action.value)
        self.claim_combo = QComboBox(self)
        self.claim_combo.addItem(self.tr("All claims"), None)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("Words in the values or names…"))
        self.text_edit.setClearButtonEnabled(True)
        self.since_check = QCheckBox(self.tr("From"), self)
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.until_check = QCheckBox(self.tr("to"), self)
        self.until_edit = QDateEdit(QDate.currentDate(), self)
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
        self.count_label = QLabel(self)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((0, 130), (1, 100), (2, 150), (3, 220), (4, 100)):
            header.resizeSection(column, width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the text filter must not close the log
        close.setDefault(False)

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("Who:")), 0, 0)
        filters.addWidget(self.who_combo, 0, 1)
        filters.addWidget(QLabel(self.tr("Action:")), 0, 2)
        filters.addWidget(self.action_combo, 0, 3)
        filters.addWidget(QLabel(self.tr("Claim:")), 0, 4)
        filters.addWidget(self.claim_combo, 0, 5)
        filters.setColumnStretch(5, 1)
        filters.addWidget(self.text_edit, 1, 0, 1, 4)
        dates = QGridLayout()
        for i, w in enumerate((self.since_check, self.since_edit, self.until_check)):
            dates.addWidget(w, 0, i)
        dates.addWidget(self.until_edit, 0, 3)
        filters.addLayout(dates, 1, 4, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)

        self._fill_people()
        self._fill_claims(claim_id)
        for combo in (self.who_combo, self.action_combo, self.claim_combo):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.text_edit.textChanged.connect(self.apply_filters)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self.apply_filters)
            edit.dateChanged.connect(self.apply_filters)
        self.view.doubleClicked.connect(self._on_double_clicked)
        self.view.activated.connect(self._on_double_clicked)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(self._update_count)
        self.apply_filters()

    def _fill_people(self) -> None:
        self.who_combo.addItem(self.tr("Anyone"), None)
        for name in ClaimStore(self._session.store).audit_people():
            self.who_combo.addItem(name, name)

    def _fill_claims(self, claim_id: AnnotationId | None) -> None:
        for claim in ClaimStore(self._session.store).claims():
            label = one_line(claim.summary or claim.quote, 60)
            self.claim_combo.addItem(label, int(claim.annotation_id))
        if claim_id is not None:
            found = self.claim_combo.findData(int(claim_id))
            if found < 0:  # a deleted claim still has its history
                self.claim_combo.addItem(
                    self.tr("Claim #%1").replace("%1", str(claim_id)), int(claim_id)
                )
                found = self.claim_combo.count() - 1
            self.claim_combo.setCurrentIndex(found)

    def apply_filters(self) -> None:
        since, until = day_bounds(
            self.since_edit.date() if self.since_check.isChecked() else None,
            self.until_edit.date() if self.until_check.isChecked() else None,
        )
        claim = self.claim_combo.currentData()
        self.model.set_filters(
            who=self.who_combo.currentData(),
            action=self.action_combo.currentData(),
            claim_id=AnnotationId(int(claim)) if claim is not None else None,
            text=self.text_edit.text().strip() or None,
            since=since,
            until=until,
        )

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n entries", "", self.model.total()))

    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            entry = self.model.entry_at(index.row())
            if entry.claim_id is not None:
                self.claim_activated.emit(int(entry.claim_id))

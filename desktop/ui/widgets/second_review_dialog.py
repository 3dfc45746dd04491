"""Review ▸ Compare with Another Reviewer…: import a review file, compare, resolve.

Importing reads another reviewer's review file (``review_file``; bundles later) and stores
their verdicts on the claims it matches; the verdicts it could not match are listed. Any
two reviewers of the project are then set side by side: agreement per claim, Cohen's kappa
over the claims both reviewed (with what the figure means), and the disagreements. Resolving
one records a final verdict (``Session.set_verdict(final=True)``), decided by the current
reviewer; resolved claims are marked.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimStatus, ClaimStatusId, Verdict
from desktop.core.errors import NotFound, RecoupeError
from desktop.core.models import AnnotationId
from desktop.core.review import second_review
from desktop.core.review.review_file import read_review_file
from desktop.core.review.second_review import ComparedClaim, Comparison, ImportReport, Unmatched
from desktop.ui import icons
from desktop.ui.claim_labels import status_label
from desktop.ui.commands import short
from desktop.ui.messages import localized
from desktop.ui.session import Session

FEW_CLAIMS = 10
"""Below this many claims reviewed by both, kappa comes with a warning."""
AGREE = QColor("#2e7d32")
DIFFER = QColor("#c62828")


def kappa_words(kappa: float) -> str:
    """How strong an agreement kappa says, in the usual Landis & Koch bands."""
    from PySide6.QtCore import QCoreApplication

    def tr(text: str) -> str:
        return QCoreApplication.translate("SecondReviewDialog", text)

    if kappa < 0:
        return tr("worse than chance")
    if kappa == 0:
        return tr("no better than chance")
    for limit, words in (
        (0.2, tr("slight")),
        (0.4, tr("fair")),
        (0.6, tr("moderate")),
        (0.8, tr("substantial")),
    ):
        if kappa <= limit:
            return words
    return tr("almost perfect")


class SecondReviewDialog(QDialog):
    """Import another reviewer's verdicts and compare them with yours."""

    COLUMNS = 5

    def __init__(
        self, session: Session, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.claims = ClaimStore(session.store)
        self.comparison: Comparison | None = None
        self.report: ImportReport | None = None
        self._rows: list[ComparedClaim] = []
        self._busy = False
        self._error = ""
        self.setWindowTitle(self.tr("Compare with Another Reviewer"))
        self.resize(1000, 720)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        choose = QPushButton(self.tr("Import Review File…"), self)
        choose.setToolTip(
            self.tr("Read another reviewer's verdicts from their review file (.json)")
        )
        choose.clicked.connect(self.choose_file)
        top.addWidget(choose)
        self.import_label = QLabel(self.tr("No file imported in this window."), self)
        self.import_label.setObjectName("ImportSummary")
        self.import_label.setWordWrap(True)
        top.addWidget(self.import_label, 1)
        layout.addLayout(top)
        self.unmatched = QListWidget(self)
        self.unmatched.setObjectName("UnmatchedVerdicts")
        self.unmatched.setMaximumHeight(110)
        self.unmatched.hide()
        layout.addWidget(self.unmatched)

        pick = QHBoxLayout()
        self.reviewer_a = QComboBox(self)
        self.reviewer_b = QComboBox(self)
        pick.addWidget(QLabel(self.tr("Compare"), self))
        pick.addWidget(self.reviewer_a)
        pick.addWidget(QLabel(self.tr("with"), self))
        pick.addWidget(self.reviewer_b)
        pick.addStretch(1)
        self.only_disagreements = QCheckBox(self.tr("Disagreements only"), self)
        pick.addWidget(self.only_disagreements)
        layout.addLayout(pick)

        self.kappa_label = QLabel(self)
        self.kappa_label.setObjectName("KappaLabel")
        self.kappa_label.setWordWrap(True)
        self.kappa_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.kappa_label)

        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("ComparisonTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        layout.addWidget(self.table, 1)

        resolve = QHBoxLayout()
        resolve.addWidget(QLabel(self.tr("Final verdict:"), self))
        self.final_status = QComboBox(self)
        resolve.addWidget(self.final_status)
        self.rationale = QLineEdit(self)
        self.rationale.setPlaceholderText(self.tr("Why (kept with the final verdict)"))
        resolve.addWidget(self.rationale, 1)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        self.resolve_button.setToolTip(
            self.tr("Record the final verdict on the selected claim, decided by %1").replace(
                "%1", session.reviewer
            )
        )
        self.resolve_button.clicked.connect(self.resolve_selected)
        resolve.addWidget(self.resolve_button)
        layout.addLayout(resolve)
        self.others_label = QLabel(self)
        self.others_label.setWordWrap(True)
        layout.addWidget(self.others_label)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

        self._fill_statuses()
        self._fill_reviewers()
        self.reviewer_a.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reviewer_b.currentIndexChanged.connect(lambda _i: self.refresh())
        self.only_disagreements.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._on_selection)
        session.claims_changed.connect(self._on_claims_changed)
        session.error_reported.connect(self._on_error)
        self.refresh()

    # ---------------------------------------------------------------- filling

    def _fill_statuses(self) -> None:
        self.statuses: dict[ClaimStatusId, ClaimStatus] = {s.id: s for s in self.claims.statuses()}
        self.final_status.clear()
        for status in self.statuses.values():
            self.final_status.addItem(
                icons.swatch(status.colour), status_label(status), int(status.id)
            )

    def _fill_reviewers(self, other: str | None = None) -> None:
        me = self.session.reviewer
        names = self.claims.reviewers()
        if me not in names:
            names = [me, *names]
        current_b = other or self.reviewer_b.currentText()
        for combo in (self.reviewer_a, self.reviewer_b):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.blockSignals(False)
        self.reviewer_a.setCurrentIndex(max(0, names.index(me)))
        others = [n for n in names if n != me]
        b = current_b if current_b in others else (others[0] if others else None)
        self.reviewer_b.setCurrentIndex(names.index(b) if b is not None else -1)

    def set_reviewers(self, a: str, b: str) -> None:
        self.reviewer_a.setCurrentText(a)
        self.reviewer_b.setCurrentText(b)
        self.refresh()

    # --------------------------------------------------------------- importing

    def choose_file(self) -> None:
        start = (
            str(self.settings.value("review/last_dir", str(Path.home()))) if self.settings else ""
        )
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import review file"),
            start,
            self.tr("Review files (*.json);;All files (*)"),
        )
        if path:
            if self.settings is not None:
                self.settings.setValue("review/last_dir", str(Path(path).parent))
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportReport | None:
        """Read the review file and store its verdicts; say what matched and what did not."""
        try:
            review = read_review_file(path)
        except RecoupeError as e:
            self.import_label.setText(localized(e))
            return None
        self._busy = True
        self._error = ""
        try:
            report = self.session.import_verdicts(review)  # one undo step
        finally:
            self._busy = False
        if report is None:
            self.import_label.setText(
                self._error
                or self.tr("The verdicts of %1 could not be imported.").replace("%1", path.name)
            )
            return None
        self.report = report
        self._show_report(report)
        self._fill_reviewers(other=report.reviewer)
        self.refresh()
        return report

    def _on_error(self, message: str) -> None:
        if self._busy:
            self._error = message

    def _show_report(self, report: ImportReport) -> None:
        text = self.tr("%1: %n verdict(s) by %2 imported.", "", len(report.imported))
        text = text.replace("%1", report.file).replace("%2", report.reviewer)
        if report.moved:
            text += " " + self.tr("%n found at a new position.", "", report.moved)
        if report.already:
            text += " " + self.tr("%n imported before, left out.", "", report.already)
        if report.unmatched:
            text += " " + self.tr("%n could not be matched:", "", len(report.unmatched))
        self.import_label.setText(text)
        self.unmatched.clear()
        reasons = {
            Unmatched.NO_SOURCE: self.tr("the source is not in this project"),
            Unmatched.NO_CLAIM: self.tr("no claim with this passage in the source"),
            Unmatched.UNKNOWN_STATUS: self.tr("this project has no such status"),
        }
        for u in report.unmatched:
            where = u.source_title or self.tr("unknown source")
            self.unmatched.addItem(
                f"“{short(u.quote, 60)}” ({where}) — {u.status}: {reasons[u.reason]}"
            )
        self.unmatched.setVisible(bool(report.unmatched))

    # --------------------------------------------------------------- comparing

    def refresh(self) -> None:
        a, b = self.reviewer_a.currentText(), self.reviewer_b.currentText()
        if not a or not b or a == b:
            self.comparison = None
            self._rows = []
            self.table.setRowCount(0)
            self.others_label.clear()
            self.kappa_label.setText(
                escape(
                    self.tr("Choose two different reviewers.")
                    if a and b
                    else self.tr("No other reviewer yet: import their review file to compare.")
                )
            )
            self._on_selection()
            return
        self.comparison = second_review.compare(self.session.store, a, b)
        c = self.comparison
        self._show_kappa(c)
        rows = list(c.disagreements if self.only_disagreements.isChecked() else c.rows)
        self._rows = rows
        self.table.clearContents()
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Claim"), a, b, self.tr("Agree?"), self.tr("Final verdict")]
        )
        for i, row in enumerate(rows):
            self._fill_row(i, row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        if not self.table.selectionModel().selectedRows() and rows:
            # the first claim still to resolve, ready for a final verdict
            first = next((i for i, r in enumerate(rows) if not r.agree and not r.resolved), None)
            if first is not None:
                self.table.selectRow(first)
        self.others_label.setText(
            self.tr("Reviewed by %1 only: %2 · by %3 only: %4")
            .replace("%1", a)
            .replace("%2", str(len(c.only_a)))
            .replace("%3", b)
            .replace("%4", str(len(c.only_b)))
        )
        self._on_selection()

    def _show_kappa(self, c: Comparison) -> None:
        n = len(c.rows)
        if c.kappa is None or c.agreement is None:
            self.kappa_label.setText(
                escape(
                    self.tr("No claim has a verdict from both %1 and %2 yet.")
                    .replace("%1", c.a)
                    .replace("%2", c.b)
                )
            )
            return
        head = self.tr("Cohen's kappa: %1 over %n claim(s) both reviewed", "", n).replace(
            "%1", f"{c.kappa:.2f}"
        )
        agree = self.tr("they give the same status to %1 % of them (%2 disagreement(s))")
        agree = agree.replace("%1", f"{c.agreement * 100:.0f}").replace(
            "%2", str(len(c.disagreements))
        )
        explain = self.tr(
            "Kappa is the agreement left once chance is taken out: 1 means the two reviewers "
            "always agree, 0 no more often than if they had answered at random with the same "
            "habits, below 0 less often. Here the agreement is %1."
        ).replace("%1", kappa_words(c.kappa))
        if n < FEW_CLAIMS:
            explain += " " + self.tr(
                "Over so few claims the figure says little: one claim more can change it a lot."
            )
        self.kappa_label.setText(f"<b>{escape(head)}</b>; {escape(agree)}.<br>{escape(explain)}")

    def _status_text(self, verdict: Verdict) -> str:
        status = self.statuses.get(verdict.status_id)
        return status_label(status) if status is not None else "?"

    def _fill_row(self, i: int, row: ComparedClaim) -> None:
        try:
            claim = self.claims.claim(row.claim_id)
            source = self.session.store.source(claim.source_id).title
            text = f"{short(claim.summary or claim.quote, 80)} — {source}"
            tip = claim.quote
        except NotFound:
            text, tip = self.tr("(claim removed)"), ""
        cells = [
            QTableWidgetItem(text),
            self._verdict_item(row.a),
            self._verdict_item(row.b),
            QTableWidgetItem(self.tr("yes") if row.agree else self.tr("no")),
            QTableWidgetItem(
                self.tr("%1, by %2")
                .replace("%1", self._status_text(row.final))
                .replace("%2", row.final.decided_by or row.final.reviewer)
                if row.final is not None
                else (self.tr("to resolve") if not row.agree else "")
            ),
        ]
        cells[0].setToolTip(tip)
        cells[0].setData(Qt.ItemDataRole.UserRole, int(row.claim_id))
        cells[3].setForeground(QBrush(AGREE if row.agree else DIFFER))
        if row.final is not None:
            cells[4].setIcon(
                icons.swatch(self.statuses[row.final.status_id].colour)
                if row.final.status_id in self.statuses
                else icons.swatch("#9e9e9e")
            )
        for col, cell in enumerate(cells):
            self.table.setItem(i, col, cell)

    def _verdict_item(self, verdict: Verdict) -> QTableWidgetItem:
        item = QTableWidgetItem(self._status_text(verdict))
        status = self.statuses.get(verdict.status_id)
        if status is not None:
            item.setIcon(icons.swatch(status.colour))
        if verdict.rationale:
            item.setToolTip(verdict.rationale)
        return item

    # --------------------------------------------------------------- resolving

    def selected(self) -> ComparedClaim | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select_claim(self, claim_id: AnnotationId) -> bool:
        for i, row in enumerate(self._rows):
            if row.claim_id == claim_id:
                self.table.selectRow(i)
                return True
        return False

    def _on_selection(self) -> None:
        row = self.selected()
        self.resolve_button.setEnabled(row is not None)
        if row is None:
            return
        suggested = row.final.status_id if row.final is not None else row.a.status_id
        self.final_status.setCurrentIndex(max(0, self.final_status.findData(int(suggested))))
        self.rationale.setText((row.final.rationale or "") if row.final is not None else "")

    def resolve_selected(self) -> bool:
        """Record the final verdict chosen for the selected claim, decided by me."""
        row = self.selected()
        if row is None:
            return False
        status_id = ClaimStatusId(int(self.final_status.currentData()))
        rationale = " ".join(self.rationale.text().split()) or None
        claim_id = row.claim_id
        self._busy = True
        try:
            if not self.session.set_verdict(claim_id, status_id, rationale, final=True):
                return False
        finally:
            self._busy = False
        self.refresh()
        self.select_claim(claim_id)
        return True

    def _on_claims_changed(self, change: object) -> None:
        if getattr(change, "status_ids", ()):
            self._fill_statuses()
        if self.isVisible() and not self._busy:
            self.refresh()

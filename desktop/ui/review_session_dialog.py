"""Review ▸ Start review session… and Review ▸ Resume session….

Starting chooses the queue (every claim, the claims of chosen sources, the claims not yet
reviewed by me, or the candidate contradictions) and says how many items it holds; the
session is persisted with the claim ids of that moment. Resuming lists the unfinished
sessions with reviewer, queue, progress and start date.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import QueueKind, ReviewSession, ReviewSessionId
from desktop.core.errors import RecoupeError
from desktop.core.models import SourceId
from desktop.core.review.contradictions import Contradiction
from desktop.core.store import now
from desktop.ui.messages import localized
from desktop.ui.review_contradictions import open_contradictions
from desktop.ui.session import Session
from desktop.ui.widgets.review_pages import queue_name


def contradictions_only(reviewer: str) -> ReviewSession:
    """A walk through candidate contradictions alone: nothing to keep (its id is 0), the
    open candidates are offered again next time."""
    return ReviewSession(
        ReviewSessionId(0), reviewer, QueueKind.CONTRADICTIONS, (), (), 0, now(), None
    )


class StartReviewDialog(QDialog):
    """Choose a queue; ``review`` holds the started session once accepted."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claims = ClaimStore(session.store)
        self.review: ReviewSession | None = None
        self._candidates: list[Contradiction] | None = None
        self.setWindowTitle(self.tr("Start Review Session"))
        self.resize(520, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Reviewer: %1").replace("%1", session.reviewer), self))
        layout.addWidget(QLabel(self.tr("Review:"), self))
        self.group = QButtonGroup(self)
        self.buttons: dict[QueueKind, QRadioButton] = {}
        for kind, text in (
            (QueueKind.ALL, self.tr("All claims")),
            (QueueKind.SOURCES, self.tr("Claims of the sources checked below")),
            (
                QueueKind.UNREVIEWED,
                self.tr("Claims not yet reviewed by %1").replace("%1", session.reviewer),
            ),
            (
                QueueKind.CONTRADICTIONS,
                self.tr(
                    "Candidate contradictions, then claims with contradicting evidence "
                    "or reviewers who disagree"
                ),
            ),
        ):
            button = QRadioButton(text, self)
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
        self.sources = QListWidget(self)
        self.sources.setObjectName("ReviewSources")
        self.sources.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.sources.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        counts = Counter(c.source_id for c in self.claims.claims())
        for source in session.store.sources():
            n = counts.get(source.id, 0)
            item = QListWidgetItem(self.tr("%1 — %n claim(s)", "", n).replace("%1", source.title))
            item.setToolTip(source.title)
            item.setData(Qt.ItemDataRole.UserRole, int(source.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        layout.addWidget(self.sources, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ReviewCount")
        self.count_label.setWordWrap(True)
        layout.addWidget(self.count_label)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.start_button = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(self.tr("Start"))
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout.addWidget(self.box)
        self.buttons[QueueKind.ALL].setChecked(True)
        self.group.buttonToggled.connect(lambda *_: self._update())
        self.sources.itemChanged.connect(self._on_source_checked)
        self._update()

    # ---------------------------------------------------------------- choices

    def kind(self) -> QueueKind:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def set_kind(self, kind: QueueKind) -> None:
        self.buttons[kind].setChecked(True)

    def checked_sources(self) -> list[SourceId]:
        return [
            SourceId(int(self.sources.item(i).data(Qt.ItemDataRole.UserRole)))
            for i in range(self.sources.count())
            if self.sources.item(i).checkState() is Qt.CheckState.Checked
        ]

    def set_sources_checked(self, source_ids: list[SourceId]) -> None:
        for i in range(self.sources.count()):
            item = self.sources.item(i)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in {int(s) for s in source_ids}
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def candidates(self) -> list[Contradiction]:
        if self._candidates is None:
            self._candidates = open_contradictions(self.session.store)
        return self._candidates

    def queued_claims(self) -> int:
        kind = self.kind()
        return len(
            self.claims.queue(
                kind,
                reviewer=self.session.reviewer,
                source_ids=self.checked_sources() if kind is QueueKind.SOURCES else (),
            )
        )

    def item_count(self) -> int:
        """How many items the chosen queue would walk now."""
        extra = len(self.candidates()) if self.kind() is QueueKind.CONTRADICTIONS else 0
        return self.queued_claims() + extra

    def _on_source_checked(self, item: QListWidgetItem) -> None:
        # checking a source chooses "claims of the sources checked"
        if item.checkState() is Qt.CheckState.Checked and self.kind() is not QueueKind.SOURCES:
            self.set_kind(QueueKind.SOURCES)  # updates through buttonToggled
        else:
            self._update()

    def _update(self) -> None:
        kind = self.kind()
        claims = self.queued_claims()
        if kind is QueueKind.CONTRADICTIONS:
            text = (
                self.tr("%n candidate contradiction(s)", "", len(self.candidates()))
                + " · "
                + self.tr("%n claim(s) with contradicting evidence or disagreements", "", claims)
            )
        elif kind is QueueKind.SOURCES and not self.checked_sources():
            text = self.tr("Check the sources whose claims you want to review.")
        else:
            text = self.tr("%n claim(s) to review", "", claims)
        self.count_label.setText(text)
        self.start_button.setEnabled(self.item_count() > 0)

    def accept(self) -> None:
        kind = self.kind()
        reviewer = self.session.reviewer
        if kind is QueueKind.CONTRADICTIONS and self.queued_claims() == 0:
            self.review = contradictions_only(reviewer)
        else:
            try:
                self.review = self.claims.start_session(
                    reviewer=reviewer,
                    queue=kind,
                    source_ids=self.checked_sources() if kind is QueueKind.SOURCES else (),
                )
            except RecoupeError as e:
                self.count_label.setText(localized(e))
                return
        super().accept()


class ResumeReviewDialog(QDialog):
    """The unfinished sessions; ``review`` holds the chosen one once accepted."""

    COLUMNS = 4

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.claims = ClaimStore(session.store)
        self.review: ReviewSession | None = None
        self.setWindowTitle(self.tr("Resume Review Session"))
        self.resize(680, 380)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("ReviewSessions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Reviewer"), self.tr("Queue"), self.tr("Progress"), self.tr("Started")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.resume_button = QPushButton(self.tr("Resume"), self)
        self.resume_button.setDefault(True)
        box.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.finish_button = QPushButton(self.tr("Mark Finished"), self)
        self.finish_button.setToolTip(self.tr("Take the session off this list"))
        box.addButton(self.finish_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.finish_button.clicked.connect(self.finish_selected)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.cellDoubleClicked.connect(lambda *_: self.accept())
        self.reload()

    def sessions(self) -> list[ReviewSession]:
        return self.claims.sessions(unfinished_only=True)

    def reload(self) -> None:
        self._rows = self.sessions()
        self.table.setRowCount(len(self._rows))
        mine = self.session.reviewer
        for row, review in enumerate(self._rows):
            cells = [
                review.reviewer,
                self.queue_text(review),
                f"{min(review.position + 1, len(review.claim_ids))} / {len(review.claim_ids)}",
                self.date_text(review.started),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if review.reviewer != mine:
                    item.setToolTip(
                        self.tr(
                            "Started by %1: set your name to %1 in Preferences to go on with it."
                        ).replace("%1", review.reviewer)
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        own = [i for i, r in enumerate(self._rows) if r.reviewer == mine]
        if own:
            self.table.selectRow(own[0])
        self.note.setText(
            self.tr("No unfinished review session.")
            if not self._rows
            else self.tr("Sessions of other reviewers are listed; only yours can be resumed.")
            if len(own) < len(self._rows)
            else ""
        )
        self._update_buttons()

    def queue_text(self, review: ReviewSession) -> str:
        return queue_name(review, self.session.store)

    @staticmethod
    def date_text(stamp: str) -> str:
        moment = QDateTime.fromString(stamp, Qt.DateFormat.ISODate)
        if not moment.isValid():
            return stamp
        return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")

    def selected(self) -> ReviewSession | None:
        rows = self.table.selectionModel().selectedRows()
        return self._rows[rows[0].row()] if rows else None

    def select(self, session_id: ReviewSessionId) -> None:
        for row, review in enumerate(self._rows):
            if review.id == session_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.resume_button.setEnabled(
            chosen is not None and chosen.reviewer == self.session.reviewer
        )
        self.finish_button.setEnabled(
            chosen is not None and chosen.reviewer == self.session.reviewer
        )

    def finish_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.reviewer == self.session.reviewer:
            self.claims.finish_session(chosen.id)
            self.reload()

    def accept(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.reviewer != self.session.reviewer:
            return
        self.review = chosen
        super().accept()

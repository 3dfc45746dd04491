"""The pages of the review window: a claim beside its evidence, and a candidate
contradiction. They only show and emit intents; ``ReviewView`` decides what they do.

No child takes the keyboard focus except the rationale field, so the review's single keys
(1–9, R, S, C, X, arrows) always reach the review window.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claims import ClaimStatus, ClaimStatusId, QueueKind, ReviewSession
from desktop.core.errors import NotFound
from desktop.core.store import Store
from desktop.ui import icons
from desktop.ui.claim_labels import status_label


def verdict_key(index: int) -> str:
    """The key that gives the index-th status (0-based): "1".."9", "0", else ""."""
    return str(index + 1) if index < 9 else "0" if index == 9 else ""


def queue_name(review: ReviewSession, store: Store) -> str:
    """The queue of a session as the reviewer reads it ("Claims of Le Monde, RFI")."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Review", text)

    if review.queue is QueueKind.SOURCES:
        titles = []
        for sid in review.source_ids:
            try:
                titles.append(store.source(sid).title)
            except NotFound:
                titles.append(tr("(removed source)"))
        return tr("Claims of %1").replace("%1", ", ".join(titles))
    return {
        QueueKind.ALL: tr("All claims"),
        QueueKind.UNREVIEWED: tr("Claims not yet reviewed by %1").replace("%1", review.reviewer),
        QueueKind.CONTRADICTIONS: tr("Candidate contradictions"),
    }.get(review.queue, str(review.queue))


def browser(name: str, parent: QWidget) -> QTextBrowser:
    """A read-only rich text pane that never takes the focus."""
    pane = QTextBrowser(parent)
    pane.setObjectName(name)
    pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    pane.setOpenLinks(False)
    return pane


class ReviewHeader(QWidget):
    """The queue, the reviewer, the progress ("7 / 23") and the Stop button."""

    stop_requested = Signal()

    def __init__(self, reviewer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        self.queue_label = QLabel(self)
        self.queue_label.setObjectName("ReviewQueue")
        self.queue_label.setTextFormat(Qt.TextFormat.RichText)
        self.reviewer_label = QLabel(self.tr("Reviewer: %1").replace("%1", reviewer), self)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("ReviewProgress")
        font = self.progress_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.progress_label.setFont(font)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("ReviewJudged")
        self.progress.setMaximumWidth(240)
        stop = QPushButton(self.tr("Stop (S)"), self)
        stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stop.setToolTip(self.tr("Stop here; Review ▸ Resume Review Session… goes on from here"))
        stop.clicked.connect(self.stop_requested)
        row.addWidget(self.queue_label, 1)
        row.addWidget(self.reviewer_label)
        row.addSpacing(16)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress)
        row.addWidget(stop)

    def show_progress(
        self, queue: str, position: int, total: int, reviewed: int, claims: int
    ) -> None:
        """Item position + 1 of total is shown; reviewed of the session's claims have the
        reviewer's verdict."""
        title = escape(self.tr("Review session"))
        self.queue_label.setText(f"<b>{title}</b> · {escape(queue)}")
        done = " ✓" if position >= total else ""
        self.progress_label.setText(f"{min(position + 1, total)} / {total}{done}")
        # the bar: how many of the session's claims have the reviewer's verdict
        self.progress.setVisible(claims > 0)
        self.progress.setRange(0, max(1, claims))
        self.progress.setValue(reviewed)
        self.progress.setFormat(self.tr("%1 of %2 judged").replace("%1", "%v").replace("%2", "%m"))
        self.progress.setToolTip(
            self.tr("%1 of the %2 claims of this session have your verdict")
            .replace("%1", str(reviewed))
            .replace("%2", str(claims))
        )


class ClaimPage(QWidget):
    """The claim in context on the left, its evidence on the right; verdicts and rationale
    below."""

    verdict_clicked = Signal(int)
    """The reviewer clicked the button of the status at this index."""
    show_requested = Signal()
    """The reviewer asked to see the claim in its source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.claim_text = browser("ReviewClaim", self)
        self.evidence_text = browser("ReviewEvidence", self)
        panes = QSplitter(Qt.Orientation.Horizontal, self)
        panes.addWidget(self.claim_text)
        panes.addWidget(self.evidence_text)
        panes.setSizes([600, 520])
        box.addWidget(panes, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Verdict:"), self))
        self.verdict_box = QHBoxLayout()
        row.addLayout(self.verdict_box)
        row.addStretch(1)
        box.addLayout(row)
        self.verdict_buttons: list[QToolButton] = []
        field = QHBoxLayout()
        self.rationale = QLineEdit(self)
        self.rationale.setObjectName("ReviewRationale")
        self.rationale.setPlaceholderText(
            self.tr("R or Tab to type the rationale; Enter saves it and goes on, Esc leaves")
        )
        show = QPushButton(self.tr("Show in Source"), self)
        show.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        show.setToolTip(self.tr("Open the claim's source at the passage in the main window"))
        show.clicked.connect(self.show_requested)
        field.addWidget(QLabel(self.tr("Rationale:"), self))
        field.addWidget(self.rationale, 1)
        field.addWidget(show)
        box.addLayout(field)

    def set_statuses(self, statuses: Sequence[ClaimStatus]) -> None:
        """One button per status, with its key; called again when the list changes."""
        for button in self.verdict_buttons:
            self.verdict_box.removeWidget(button)
            button.deleteLater()
        self.verdict_buttons = []
        for i, status in enumerate(statuses):
            key = verdict_key(i)
            label = status_label(status)
            button = QToolButton(self)
            button.setText(f"{key}  {label}" if key else label)
            button.setIcon(icons.swatch(status.colour))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setToolTip(
                self.tr("Give the verdict “%1” (key %2)")
                .replace("%1", label)
                .replace("%2", key or "—")
            )
            button.clicked.connect(lambda _=False, n=i: self.verdict_clicked.emit(n))
            self.verdict_box.addWidget(button)
            self.verdict_buttons.append(button)
        self._statuses = [s.id for s in statuses]

    def check(self, status_id: ClaimStatusId | None, *, enabled: bool) -> None:
        """Check the button of the reviewer's verdict (none: no verdict)."""
        for button, sid in zip(self.verdict_buttons, self._statuses, strict=True):
            button.setChecked(sid == status_id)
            button.setEnabled(enabled)


class ContradictionPage(QWidget):
    """The differing passages of a candidate contradiction, side by side."""

    record_requested = Signal()
    dismiss_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.text = browser("ReviewContradiction", self)
        box.addWidget(self.text, 1)
        row = QHBoxLayout()
        for text, tip, signal in (
            (
                self.tr("C  Record as Contradiction"),
                self.tr("Make claims of these passages and link them as contradicting each other"),
                self.record_requested,
            ),
            (
                self.tr("X  Not a Contradiction"),
                self.tr("Dismiss this candidate: it is not offered again"),
                self.dismiss_requested,
            ),
            (self.tr("→  Skip"), self.tr("Leave it for later"), self.skip_requested),
        ):
            button = QPushButton(text, self)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)

"""The review mode: a window that walks one reviewer through a persisted queue.

It is a window of its own rather than a view inside the main window: its single keys
(1–9 for verdicts, R, S, C, X, arrows) never reach the reader's tagging keys, the main
window keeps its reader and panes as they were, and the reviewer can put the article
beside it ("Show in source").

Each claim shows its passage in context (source, claimant, summary, date) next to its
evidence, above the timeline zoomed to the weeks around its date. Keys 1..N set the
reviewer's verdict to the N-th status of the project (``Session.set_verdict``: undoable,
logged, tied to this session); R or Tab goes to the rationale field (typing there never
sets a verdict; Enter saves it and goes on, Esc or Tab comes back); Enter or → goes to the
next item, ← to the previous one, S or Esc stops. Every move saves the position
(``ClaimStore.move_session``): resuming continues there. Going past the last item finishes
the session.

A session on the contradictions queue first offers the candidate contradictions still open
(C records one, X dismisses it, → skips it), then the claims the core queued for it.
"""

from __future__ import annotations

from html import escape
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import Claim, ClaimChange, QueueKind, ReviewSession, ReviewSessionId
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId, Change
from desktop.core.review.contradictions import Contradiction
from desktop.ui.claim_labels import status_label
from desktop.ui.review_contradictions import (
    is_recorded,
    open_contradictions,
    record_contradiction,
)
from desktop.ui.session import Session
from desktop.ui.widgets import review_html
from desktop.ui.widgets.review_focus import claim_focus, contradiction_focus
from desktop.ui.widgets.review_pages import (
    ClaimPage,
    ContradictionPage,
    ReviewHeader,
    queue_name,
    verdict_key,
)
from desktop.ui.widgets.review_timeline import FocusTimeline

K = Qt.Key
DIGIT_KEYS: Final = (K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5, K.Key_6, K.Key_7, K.Key_8,
                     K.Key_9, K.Key_0)  # fmt: skip
AZERTY_DIGITS: Final = "&é\"'(-è_çà"
"""The unshifted top row of a French keyboard, read as 1..9, 0."""
ItemKind = Contradiction | AnnotationId


def tidy(text: str) -> str | None:
    return " ".join(text.split()) or None


class ReviewView(QWidget):
    """One review session, as a window; stopping or closing it keeps the position."""

    stopped = Signal()
    """The reviewer stopped the session or closed the window (the position is saved)."""
    show_passage_requested = Signal(int, int, int)
    """The reviewer asked to see (source_id, start, end) in the main window."""

    def __init__(
        self, session: Session, review: ReviewSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.claims = ClaimStore(session.store)
        self.review = review
        self.reviewer = session.reviewer
        self.statuses = self.claims.statuses()
        self.contradictions: list[Contradiction] = (
            open_contradictions(session.store) if review.queue is QueueKind.CONTRADICTIONS else []
        )
        self.items: list[ItemKind] = [*self.contradictions, *review.claim_ids]
        self.decided: dict[str, str] = {}
        """Contradiction keys decided in this window: "recorded" or "dismissed"."""
        self.drafts: dict[AnnotationId, str] = {}
        """Rationales typed before any verdict on the claim, kept while the window lives."""
        self.reviewed = {a for a in review.claim_ids if self._has_my_verdict(a)}
        self.persisted = review.id > 0
        """False for a walk through candidate contradictions alone (no claim to keep)."""
        self.position = self._resume_position()
        self._stopping = False

        self.setObjectName("ReviewView")
        self.setWindowTitle(self.tr("Review — %1").replace("%1", session.store.name))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(1280, 860)
        self._build()
        session.claims_changed.connect(self._on_claims_changed)
        session.annotations_changed.connect(self._on_annotations_changed)
        self.show_current()

    # ---------------------------------------------------------------- building

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        self.header = ReviewHeader(self.reviewer, self)
        self.header.stop_requested.connect(self.stop)
        self.progress_label = self.header.progress_label
        self.reviewer_label = self.header.reviewer_label
        layout.addWidget(self.header)
        self.pages = QStackedWidget(self)
        self.claim_page = ClaimPage(self)
        self.claim_page.set_statuses(self.statuses)
        self.claim_page.verdict_clicked.connect(self._on_verdict_clicked)
        self.claim_page.show_requested.connect(self._show_in_source)
        self.claim_text = self.claim_page.claim_text
        self.evidence_text = self.claim_page.evidence_text
        self.rationale = self.claim_page.rationale
        self.rationale.installEventFilter(self)
        self.contradiction_page = ContradictionPage(self)
        self.contradiction_page.record_requested.connect(self.record_current)
        self.contradiction_page.dismiss_requested.connect(self.dismiss_current)
        self.contradiction_page.skip_requested.connect(self.next)
        self.contradiction_text = self.contradiction_page.text
        self.finished_page = QLabel(self)
        self.finished_page.setObjectName("ReviewFinished")
        self.finished_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finished_page.setWordWrap(True)
        self.finished_page.setTextFormat(Qt.TextFormat.RichText)
        for page in (self.claim_page, self.contradiction_page, self.finished_page):
            self.pages.addWidget(page)
        self.timeline = FocusTimeline(self.session, self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.pages)
        split.addWidget(self.timeline)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 220])
        layout.addWidget(split, 1)
        self.message = QLabel(self)
        self.message.setObjectName("ReviewMessage")
        self.message.setWordWrap(True)
        self.hints = QLabel(self)
        self.hints.setObjectName("ReviewHints")
        self.hints.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self.hints)
        undo = self.session.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.session.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)]
        )
        self.addActions([undo, redo])

    def _on_verdict_clicked(self, index: int) -> None:
        self.set_verdict(index)
        self._check_buttons()
        self.setFocus()

    # ------------------------------------------------------------------ reading

    def current(self) -> ItemKind | None:
        """The contradiction or claim id shown; None on the finished page."""
        return self.items[self.position] if self.position < len(self.items) else None

    def current_claim(self) -> Claim | None:
        item = self.current()
        if item is None or isinstance(item, Contradiction):
            return None
        try:
            return self.claims.claim(item)
        except NotFound:
            return None

    def _has_my_verdict(self, claim_id: AnnotationId) -> bool:
        return self.reviewer in self.claims.latest_verdicts(claim_id)

    def _resume_position(self) -> int:
        """Where to start: candidate contradictions still open come first, unless the
        session had already moved on to its claims."""
        review = self.review
        if review.position > 0 or review.finished is not None:
            return len(self.contradictions) + min(review.position, len(review.claim_ids))
        return 0

    def _persisted_position(self) -> int:
        """The position in the session's claims (candidates are not kept: the open ones
        are offered again when it resumes)."""
        return max(0, self.position - len(self.contradictions))

    # ------------------------------------------------------------------ showing

    def show_current(self) -> None:
        item = self.current()
        self._update_header()
        self.message.clear()
        if item is None:
            self._show_finished()
        elif isinstance(item, Contradiction):
            self._show_contradiction(item)
        else:
            self._show_claim(item)

    def _update_header(self) -> None:
        self.header.show_progress(
            queue_name(self.review, self.session.store),
            min(self.position, len(self.items)),
            len(self.items),
            len(self.reviewed),
            len(self.review.claim_ids),
        )

    def _show_claim(self, claim_id: AnnotationId) -> None:
        self.pages.setCurrentWidget(self.claim_page)
        self.hints.setText(self._claim_hints())
        claim = self.current_claim()
        if claim is None:
            self.claim_text.setHtml(
                "<p><i>"
                + escape(self.tr("This claim no longer exists: its passage was untagged."))
                + "</i></p>"
            )
            self.evidence_text.clear()
            self._check_buttons()
            self.rationale.clear()
            self.rationale.setEnabled(False)
            self.timeline.set_focus(None, "")
            return
        self.rationale.setEnabled(True)
        self._render_claim(claim)
        mine = self.claims.latest_verdicts(claim_id).get(self.reviewer)
        saved = (mine.rationale or "") if mine is not None else ""
        self.rationale.setText(self.drafts.get(claim_id, saved))
        span, label, highlight = claim_focus(self.session.store, self.timeline.timeline, claim)
        self.timeline.set_focus(span, label, source_id=claim.source_id, highlight=highlight)

    def _render_claim(self, claim: Claim) -> None:
        store = self.session.store
        self.claim_text.setHtml(review_html.claim_html(store, self.claims, claim, self.reviewer))
        self.evidence_text.setHtml(
            review_html.evidence_html(store, self.claims.evidence_for(claim.annotation_id))
        )
        self._check_buttons()

    def _check_buttons(self) -> None:
        """Check the status of the reviewer's verdict on the claim shown."""
        claim = self.current_claim()
        mine = (
            self.claims.latest_verdicts(claim.annotation_id).get(self.reviewer)
            if claim is not None
            else None
        )
        self.claim_page.check(mine.status_id if mine else None, enabled=claim is not None)

    @property
    def verdict_buttons(self) -> list[QToolButton]:
        return self.claim_page.verdict_buttons

    def _claim_hints(self) -> str:
        n = len(self.statuses)
        keys = f"1–{verdict_key(min(n, 10) - 1)}" if n > 1 else "1"
        return self.tr(
            "%1 verdict · R or Tab rationale · Enter or → next · ← previous · "
            "S or Esc stop · Ctrl+Z undo"
        ).replace("%1", keys)

    def _show_contradiction(self, item: Contradiction) -> None:
        self.pages.setCurrentWidget(self.contradiction_page)
        self.hints.setText(
            self.tr(
                "C record as contradiction · X not a contradiction · → skip · ← previous · "
                "S or Esc stop · Ctrl+Z undo"
            )
        )
        state = {
            "recorded": self.tr("Recorded: the passages are claims that contradict each other."),
            "dismissed": self.tr("Dismissed: not a contradiction."),
        }.get(self.decided.get(item.key, ""), "")
        self.contradiction_text.setHtml(
            review_html.contradiction_html(self.session.store, item, state)
        )
        span, label, highlight = contradiction_focus(self.timeline.timeline, item)
        source = item.items[0].source_id if item.items else None
        self.timeline.set_focus(span, label, source_id=source, highlight=highlight)

    def _show_finished(self) -> None:
        self.pages.setCurrentWidget(self.finished_page)
        self.hints.setText(self.tr("← previous · S or Esc close"))
        recorded = sum(1 for v in self.decided.values() if v == "recorded")
        dismissed = sum(1 for v in self.decided.values() if v == "dismissed")
        text = review_html.finished_html(
            len(self.reviewed),
            len(self.review.claim_ids),
            (recorded, dismissed, len(self.contradictions) - recorded - dismissed)
            if self.contradictions
            else None,
        )
        self.finished_page.setText(text)
        self.timeline.set_focus(None, "")

    # ------------------------------------------------------------------ actions

    def go(self, position: int) -> None:
        """Show the item at position (len(items): the end); saves it in the session."""
        position = max(0, min(position, len(self.items)))
        self._commit_rationale()
        self.position = position
        self._save_position()
        self.show_current()
        self.setFocus()

    def _save_position(self) -> None:
        if not self.persisted:
            return
        self.review = self.claims.move_session(self.review.id, self._persisted_position())
        if self.position == len(self.items) and self.review.finished is None:
            self.review = self.claims.finish_session(self.review.id)

    def _session_id(self) -> ReviewSessionId | None:
        return self.review.id if self.persisted else None

    def next(self) -> None:
        if self.position < len(self.items):
            self.go(self.position + 1)

    def previous(self) -> None:
        if self.position > 0:
            self.go(self.position - 1)

    def stop(self) -> None:
        """Save the rationale and the position, and close the window."""
        self.close()

    def set_verdict(self, index: int) -> bool:
        """Give the current claim the index-th status, with the rationale typed so far."""
        claim = self.current_claim()
        if claim is None or not 0 <= index < len(self.statuses):
            return False
        status = self.statuses[index]
        rationale = tidy(self.rationale.text())
        ok = self.session.set_verdict(
            claim.annotation_id, status.id, rationale, session_id=self._session_id()
        )
        if ok:
            self.drafts.pop(claim.annotation_id, None)
            self.message.setText(
                self.tr("Verdict recorded: %1. Enter goes to the next claim.").replace(
                    "%1", status_label(status)
                )
            )
        return ok

    def _commit_rationale(self) -> None:
        """Keep an edited rationale: with the reviewer's verdict (recorded again with it)
        or, before any verdict, as a draft."""
        claim = self.current_claim()
        if claim is None:
            return
        text = tidy(self.rationale.text())
        mine = self.claims.latest_verdicts(claim.annotation_id).get(self.reviewer)
        if mine is None:
            if text:
                self.drafts[claim.annotation_id] = text
            else:
                self.drafts.pop(claim.annotation_id, None)
            return
        if text != tidy(mine.rationale or ""):
            self.session.set_verdict(
                claim.annotation_id, mine.status_id, text, session_id=self._session_id()
            )

    def record_current(self) -> bool:
        item = self.current()
        if not isinstance(item, Contradiction) or item.key in self.decided:
            return False
        if not record_contradiction(self.session, item):
            return False
        self.decided[item.key] = "recorded"
        self.show_current()
        return True

    def dismiss_current(self) -> bool:
        item = self.current()
        if not isinstance(item, Contradiction) or item.key in self.decided:
            return False
        if not self.session.dismiss_contradiction(item.key):
            return False
        self.decided[item.key] = "dismissed"
        self.show_current()
        return True

    def _show_in_source(self) -> None:
        claim = self.current_claim()
        if claim is not None:
            self.show_passage_requested.emit(int(claim.source_id), claim.start, claim.end)

    # ------------------------------------------------------------------- events

    def keyPressEvent(self, e: QKeyEvent) -> None:
        mods = e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            super().keyPressEvent(e)
            return
        key = e.key()
        page = self.pages.currentWidget()
        if key in (K.Key_Escape, K.Key_S):
            self.stop()
        elif key in (K.Key_Return, K.Key_Enter, K.Key_Right):
            self.next()
        elif key == K.Key_Left:
            self.previous()
        elif page is self.claim_page and key in (K.Key_R, K.Key_Tab):
            self.rationale.setFocus()
            self.rationale.end(False)
        elif page is self.claim_page and (index := self._digit(e)) is not None:
            self.set_verdict(index)
        elif page is self.contradiction_page and key == K.Key_C:
            self.record_current()
        elif page is self.contradiction_page and key == K.Key_X:
            self.dismiss_current()
        else:
            super().keyPressEvent(e)
            return
        e.accept()

    @staticmethod
    def _digit(e: QKeyEvent) -> int | None:
        if e.key() in DIGIT_KEYS:
            return DIGIT_KEYS.index(K(e.key()))
        text = e.text()
        if len(text) == 1 and text in AZERTY_DIGITS:
            return AZERTY_DIGITS.index(text)
        return None

    def event(self, e: QEvent) -> bool:
        # Tab would move focus; in the review it goes to the rationale field
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent):
            if (
                e.key() in (K.Key_Tab, K.Key_Backtab)
                and self.pages.currentWidget() is self.claim_page
            ):
                if self.rationale.isEnabled():
                    self.rationale.setFocus()
                return True
        return super().event(e)

    def eventFilter(self, watched: QObject, e: QEvent) -> bool:
        if watched is self.rationale and e.type() == QEvent.Type.KeyPress:
            assert isinstance(e, QKeyEvent)
            key = e.key()
            if key in (K.Key_Escape, K.Key_Tab, K.Key_Backtab):
                self.setFocus()
                return True
            if key in (K.Key_Return, K.Key_Enter):
                self._on_rationale_entered()
                return True
        return super().eventFilter(watched, e)

    def _on_rationale_entered(self) -> None:
        claim = self.current_claim()
        if claim is not None and self.reviewer not in self.claims.latest_verdicts(
            claim.annotation_id
        ):
            self._commit_rationale()
            self.setFocus()
            self.message.setText(
                self.tr("Now give the verdict with its key: the rationale goes with it.")
            )
            return
        self.next()

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        self.setFocus()

    def closeEvent(self, e: QCloseEvent) -> None:
        if not self._stopping:
            self._stopping = True
            self._commit_rationale()
            self._save_position()
            self.stopped.emit()
        super().closeEvent(e)

    # ---------------------------------------------------------- session slots

    def _on_claims_changed(self, change: ClaimChange) -> None:
        if change.status_ids:
            self.statuses = self.claims.statuses()
            self.claim_page.set_statuses(self.statuses)
            self._check_buttons()
            if self.pages.currentWidget() is self.claim_page:
                self.hints.setText(self._claim_hints())
        for claim_id in change.claim_ids:
            if claim_id in self.review.claim_ids:
                if self._has_my_verdict(claim_id):
                    self.reviewed.add(claim_id)
                else:
                    self.reviewed.discard(claim_id)
        item = self.current()
        if isinstance(item, Contradiction):
            # recorded, dismissed or undone (here or from the Edit menu): follow the store
            self._refresh_decided(item)
            self._show_contradiction(item)
        elif item is not None:
            claim = self.current_claim()
            if claim is not None and (
                claim.annotation_id in change.claim_ids or change.evidence_ids or change.status_ids
            ):
                self._render_claim(claim)
        self._update_header()

    def _refresh_decided(self, item: Contradiction) -> None:
        if item.key in self.claims.dismissed_contradictions():
            self.decided[item.key] = "dismissed"
        elif is_recorded(self.claims, item):
            self.decided[item.key] = "recorded"
        else:
            self.decided.pop(item.key, None)

    def _on_annotations_changed(self, change: Change) -> None:
        item = self.current()
        if item is not None and not isinstance(item, Contradiction):
            if item in change.annotation_ids:
                self.show_current()

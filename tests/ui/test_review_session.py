"""The review session window: verdict keys, rationale, moving, stopping, resuming, undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import QueueKind, ReviewSession
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.review_session_dialog import ResumeReviewDialog, StartReviewDialog
from desktop.ui.session import Session
from desktop.ui.widgets.review_pages import verdict_key
from desktop.ui.widgets.review_view import ReviewView
from tests.conftest import MakeSource

LE_MONDE = (
    "Jeudi 9 décembre 2021, le conseiller a affirmé que les missions de combat étaient "
    "terminées. Il a ajouté que 2 500 soldats resteraient pour former l’armée irakienne."
)
RFI = "Selon l’état-major 🇮🇶, aucun soldat ne restera après le 31 décembre 2021."


def tag(
    store: Store, sid: SourceId, quote: str, kind: TagKind, value: str | None = None
) -> AnnotationId:
    text = store.source_text(sid)
    start = text.index(quote)
    tag_id = next(t.id for t in store.tags() if t.kind is kind)
    change = store.add_annotation(
        source_id=sid, start=start, end=start + len(quote), tag_id=tag_id, value=value
    )
    return change.annotation_ids[0]


@pytest.fixture
def claims3(store: Store, make_source: MakeSource) -> list[AnnotationId]:
    a = make_source(LE_MONDE, "Le Monde", published="2021-12-10")
    b = make_source(RFI, "RFI", published="2021-12-11")
    tag(store, a, "9 décembre 2021", TagKind.DATE, "2021-12-09")
    return [
        tag(store, a, "les missions de combat étaient terminées", TagKind.CLAIM),
        tag(store, a, "2 500 soldats resteraient", TagKind.CLAIM),
        tag(store, b, "aucun soldat ne restera après le 31 décembre 2021", TagKind.CLAIM),
    ]


def open_view(qtbot: QtBot, session: Session, review: ReviewSession) -> ReviewView:
    view = ReviewView(session, review)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    return view


def statuses(store: Store) -> dict[str, int]:
    return {s.key or s.name: int(s.id) for s in ClaimStore(store).statuses()}


def test_session_flow_keys_rationale_stop_resume_undo(
    qtbot: QtBot, session: Session, store: Store, claims3: list[AnnotationId]
) -> None:
    session.reviewer = "alice"
    claims = ClaimStore(store)
    ids = statuses(store)
    review = claims.start_session(reviewer="alice", queue=QueueKind.ALL)
    assert list(review.claim_ids) == claims3
    view = open_view(qtbot, session, review)
    assert view.progress_label.text() == "1 / 3"
    assert "alice" in view.reviewer_label.text()
    # each status shows its key
    assert [b.text().split()[0] for b in view.verdict_buttons] == [
        verdict_key(i) for i in range(len(view.verdict_buttons))
    ]
    # the claim's passage and its source show; the timeline marks the date in the passage
    assert "les missions de combat étaient terminées" in view.claim_text.toPlainText()
    assert "Le Monde" in view.claim_text.toPlainText()
    assert "No evidence" in view.evidence_text.toPlainText()
    assert view.timeline.focus_span() is not None

    # claim 1: R, type a rationale, leave the field, then the verdict key (false = 4)
    qtbot.keyClick(view, Qt.Key.Key_R)
    qtbot.keyClicks(view.rationale, "AFP says 3 units stay")  # digits here type, no verdict
    assert claims.latest_verdicts(claims3[0]) == {}
    qtbot.keyClick(view.rationale, Qt.Key.Key_Escape)
    qtbot.keyClick(view, Qt.Key.Key_4)
    (v1,) = claims.verdicts_for(claims3[0])
    assert (v1.reviewer, int(v1.status_id), v1.rationale) == (
        "alice",
        ids["false"],
        "AFP says 3 units stay",
    )
    assert v1.session_id == review.id
    assert claims.claim(claims3[0]).status_id == ids["false"]
    assert view.verdict_buttons[3].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.progress_label.text() == "2 / 3"
    assert claims.verdicts_for(claims3[0]) == [v1]  # moving on did not record it again
    assert claims.session(review.id).position == 1

    # claim 2: verdict first (disputed = 3), then an accented rationale, Enter saves and goes on
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    view.rationale.setText("Démenti par l’état-major")
    qtbot.keyClick(view.rationale, Qt.Key.Key_Return)
    latest = claims.latest_verdicts(claims3[1])["alice"]
    assert (int(latest.status_id), latest.rationale) == (
        ids["disputed"],
        "Démenti par l’état-major",
    )
    assert view.progress_label.text() == "3 / 3"

    # S stops: the position is kept
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert not view.isVisible()
    stopped = claims.session(review.id)
    assert stopped.position == 2 and stopped.finished is None

    # resuming continues at the third claim
    resumed = open_view(qtbot, session, stopped)
    assert resumed.current() == claims3[2]
    assert resumed.progress_label.text() == "3 / 3"
    assert "aucun soldat" in resumed.claim_text.toPlainText()
    # ← goes back to the second claim, with its rationale
    qtbot.keyClick(resumed, Qt.Key.Key_Left)
    assert resumed.current() == claims3[1]
    assert resumed.rationale.text() == "Démenti par l’état-major"

    # the verdicts are in the audit log
    logged = claims.audit_log(claim_id=claims3[1], object_kind="verdict")
    assert len(logged) >= 2 and all(e.who == "alice" for e in logged)

    # undo withdraws the last verdict: the row stays, marked; the claim's status goes back
    before = claims.audit_count(claim_id=claims3[1])
    session.undo_stack.undo()
    rows = claims.verdicts_for(claims3[1], include_withdrawn=True)
    assert rows[-1].withdrawn_at is not None and rows[-1].withdrawn_by == "alice"
    assert claims.latest_verdicts(claims3[1])["alice"].rationale is None
    assert claims.audit_count(claim_id=claims3[1]) > before
    # the window follows: the verdict list shows the standing verdict
    assert "Démenti" not in resumed.claim_text.toPlainText()

    # → twice: past the last claim the session is finished
    qtbot.keyClick(resumed, Qt.Key.Key_Right)
    qtbot.keyClick(resumed, Qt.Key.Key_Right)
    assert resumed.pages.currentWidget() is resumed.finished_page
    assert claims.session(review.id).finished is not None
    assert claims.session(review.id).position == 3


def test_verdict_keys_do_nothing_while_typing_and_azerty_row_works(
    qtbot: QtBot, session: Session, store: Store, claims3: list[AnnotationId]
) -> None:
    session.reviewer = "bob"
    claims = ClaimStore(store)
    review = claims.start_session(reviewer="bob", queue=QueueKind.UNREVIEWED)
    view = open_view(qtbot, session, review)
    qtbot.keyClicks(view.rationale, "1 2 3")
    assert claims.latest_verdicts(claims3[0]) == {}
    # Enter in the field with no verdict yet: nothing moves, the reviewer is told
    qtbot.keyClick(view.rationale, Qt.Key.Key_Return)
    assert view.current() == claims3[0]
    assert view.message.text()
    # a French keyboard's unshifted "é" is the key 2
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Eacute, Qt.KeyboardModifier.NoModifier, "é")
    QApplication.sendEvent(view, press)
    verdict = claims.latest_verdicts(claims3[0])["bob"]
    assert int(verdict.status_id) == statuses(store)["corroborated"]
    assert verdict.rationale == "1 2 3"


def test_start_dialog_counts_and_resume_dialog_lists(
    qtbot: QtBot, session: Session, store: Store, claims3: list[AnnotationId]
) -> None:
    session.reviewer = "alice"
    dialog = StartReviewDialog(session)
    qtbot.addWidget(dialog)
    assert "3" in dialog.count_label.text()
    dialog.set_kind(QueueKind.SOURCES)
    assert not dialog.start_button.isEnabled()
    first = store.sources()[0].id
    dialog.set_sources_checked([first])
    assert dialog.item_count() == 2 and dialog.start_button.isEnabled()
    dialog.accept()
    assert dialog.review is not None
    assert dialog.review.queue is QueueKind.SOURCES
    assert list(dialog.review.claim_ids) == claims3[:2]

    ClaimStore(store).start_session(reviewer="carol", queue=QueueKind.ALL)
    resume = ResumeReviewDialog(session)
    qtbot.addWidget(resume)
    assert resume.table.rowCount() == 2
    texts = {resume.table.item(r, 0).text(): resume.table.item(r, 2).text() for r in range(2)}
    assert texts == {"alice": "1 / 2", "carol": "1 / 3"}
    # only one's own session can be resumed
    resume.select(ClaimStore(store).sessions(reviewer="carol")[0].id)
    assert not resume.resume_button.isEnabled()
    resume.select(dialog.review.id)
    assert resume.resume_button.isEnabled()
    resume.accept()
    assert resume.review is not None and resume.review.id == dialog.review.id


def test_review_menu_starts_resumes_and_closing_the_project_saves(
    qtbot: QtBot, tmp_path: Path, store: Store, claims3: list[AnnotationId]
) -> None:
    path = store.path
    store.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("review/reviewer", "alice")
    window = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(window)
    assert window.open_project(path)
    actions = window.review_actions
    menu = window.claim_actions.review_menu
    assert {actions.start_action, actions.resume_action, actions.compare_action} <= set(
        menu.actions()
    )
    assert actions.start_action.isEnabled()
    dialog = actions.start_session()
    assert dialog is not None and "3" in dialog.count_label.text()
    dialog.accept()
    view = actions.view
    assert view is not None and view.reviewer == "alice"
    qtbot.keyClick(view, Qt.Key.Key_2)
    view.rationale.setText("Vérifié")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.progress_label.text() == "2 / 3"
    # "Show in source" opens the claim's passage in the main window
    with qtbot.waitSignal(view.show_passage_requested):
        view._show_in_source()
    assert window.current_source() == ClaimStore(window.session.store).claim(claims3[1]).source_id  # type: ignore[union-attr]
    # a second start brings the running review forward instead
    assert actions.start_session() is None
    # closing the project closes the review window and keeps its position
    window.close_project()
    assert actions.view is None
    reopened = Store.open(path)
    try:
        (review,) = ClaimStore(reopened).sessions()
        assert review.position == 1 and review.finished is None
        verdict = ClaimStore(reopened).latest_verdicts(claims3[0])["alice"]
        assert verdict.rationale == "Vérifié"
    finally:
        reopened.close()
    assert window.open_project(path)
    resume = actions.resume_session()
    assert resume is not None and resume.table.rowCount() == 1
    resume.accept()
    assert actions.view is not None and actions.view.current() == claims3[1]
    window.close()


def test_timeline_marks_said_on_then_passage_date_then_publication(
    qtbot: QtBot, session: Session, store: Store, make_source: MakeSource
) -> None:
    sid = make_source(
        "Selon lui, le 3 mars 2020 les troupes sont parties. Fin.", "AFP", published="2020-03-05"
    )
    claim_id = tag(store, sid, "le 3 mars 2020 les troupes sont parties", TagKind.CLAIM)
    date_id = tag(store, sid, "3 mars 2020", TagKind.DATE, "2020-03-03")
    claims = ClaimStore(store)
    view = open_view(qtbot, session, claims.start_session(reviewer="x", queue=QueueKind.ALL))
    day = float(date(2020, 3, 3).toordinal())
    # a date tagged inside the passage: marked and selected on the timeline
    assert view.timeline.focus_span() == (day, day + 1)
    assert view.timeline.current_annotation() == date_id
    # the claim's own date comes first
    claims.update_claim(claim_id, who="x", said_on="2020-02")
    view.show_current()
    feb = float(date(2020, 2, 1).toordinal())
    assert view.timeline.focus_span() == (feb, feb + 29)
    assert "Said on" in view.timeline.focus_label()
    # the window around it is shown: 30 days each side at least
    left, right = view.timeline.visible_range()
    assert left <= feb - 29 and right >= feb + 29 + 29
    # no date at all: the source's publication date
    store.delete_annotations([date_id])
    claims.update_claim(claim_id, who="x", said_on=None)
    view.timeline.timeline.refresh_annotations([date_id], removed=True)
    view.show_current()
    pub = float(date(2020, 3, 5).toordinal())
    assert view.timeline.focus_span() == (pub, pub + 1)
    assert "Published" in view.timeline.focus_label()

"""The contradictions queue of a review: C records (one undo step), X dismisses, → skips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import EvidenceRelation, QueueKind
from desktop.core.event_store import EventStore
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.core.review.contradictions import Contradiction, candidate_contradictions
from desktop.core.store import Store
from desktop.ui.review_contradictions import is_recorded, open_contradictions
from desktop.ui.review_session_dialog import StartReviewDialog
from desktop.ui.session import Session
from desktop.ui.widgets.review_view import ReviewView
from tests.conftest import MakeSource

LE_MONDE = "Un bilan. 🇫🇷 Le 9 décembre, la coalition a quitté la base d’Aïn al-Assad. Fin."
RFI = "Le 10 décembre, la coalition a quitté la base d’Aïn al-Assad, selon l’armée."


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
def sources(store: Store, make_source: MakeSource) -> tuple[SourceId, SourceId]:
    a = make_source(LE_MONDE, "Le Monde", published="2021-12-10")
    b = make_source(RFI, "RFI", published="2021-12-11")
    da = tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09")
    db = tag(store, b, "10 décembre", TagKind.DATE, "2021-12-10")
    EventStore(store).merge_events([da], [db])
    return a, b


def start(qtbot: QtBot, session: Session) -> ReviewView:
    dialog = StartReviewDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_kind(QueueKind.CONTRADICTIONS)
    assert dialog.item_count() == 1
    assert dialog.start_button.isEnabled()
    dialog.accept()
    assert dialog.review is not None
    view = ReviewView(session, dialog.review)
    qtbot.addWidget(view)
    view.show()
    return view


def test_c_records_claims_and_contradicts_evidence_in_one_undo_step(
    qtbot: QtBot, session: Session, store: Store, sources: tuple[SourceId, SourceId]
) -> None:
    session.reviewer = "alice"
    claims = ClaimStore(store)
    view = start(qtbot, session)
    item = view.current()
    assert isinstance(item, Contradiction)
    shown = view.contradiction_text.toPlainText()
    for text in ("2021-12-09", "2021-12-10", "Le Monde", "RFI", "9 décembre", "10 décembre"):
        assert text in shown
    assert view.timeline.focus_span() is not None

    steps = session.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert session.undo_stack.count() == steps + 1  # one undo step
    made = claims.claims()
    assert sorted(c.quote for c in made) == [
        "Le 10 décembre, la coalition a quitté la base d’Aïn al-Assad, selon l’armée.",
        "🇫🇷 Le 9 décembre, la coalition a quitté la base d’Aïn al-Assad.",
    ]
    # offsets are code points: the quote read back from the text at them is the same
    for claim in made:
        assert store.source_text(claim.source_id)[claim.start : claim.end] == claim.quote
    first, second = made
    for claim, other in ((first, second), (second, first)):
        (evidence,) = claims.evidence_for(claim.annotation_id)
        assert evidence.relation is EvidenceRelation.CONTRADICTS
        assert (evidence.source_id, evidence.start, evidence.end) == (
            other.source_id,
            other.start,
            other.end,
        )
        assert evidence.quote == other.quote
    assert is_recorded(claims, item)
    assert open_contradictions(store) == []
    assert "Recorded" in view.contradiction_text.toPlainText()

    # undo takes claims and links away together; redo brings the same back
    session.undo_stack.undo()
    assert claims.claims() == []
    assert not is_recorded(claims, item)
    assert "Recorded" not in view.contradiction_text.toPlainText()
    session.undo_stack.redo()
    assert [c.annotation_id for c in claims.claims()] == [c.annotation_id for c in made]
    assert all(len(claims.evidence_for(c.annotation_id)) == 1 for c in made)

    # a later session on the contradictions queue walks the claims the core queues for it
    session.undo_stack.undo()
    qtbot.keyClick(view, Qt.Key.Key_C)
    view.close()
    review = claims.start_session(reviewer="alice", queue=QueueKind.CONTRADICTIONS)
    later = ReviewView(session, review)
    qtbot.addWidget(later)
    assert [later.current()] == [claims.claims()[0].annotation_id]
    assert later.pages.currentWidget() is later.claim_page
    assert "Contradicts" in later.evidence_text.toPlainText() or "contradicts" in (
        later.evidence_text.toPlainText()
    )


def test_x_dismisses_undo_brings_it_back_and_arrow_skips(
    qtbot: QtBot, session: Session, store: Store, sources: tuple[SourceId, SourceId]
) -> None:
    session.reviewer = "alice"
    claims = ClaimStore(store)
    view = start(qtbot, session)
    item = view.current()
    assert isinstance(item, Contradiction)
    qtbot.keyClick(view, Qt.Key.Key_X)
    assert item.key in claims.dismissed_contradictions()
    assert candidate_contradictions(store) == []
    assert claims.claims() == []  # dismissing makes no claim
    assert "Dismissed" in view.contradiction_text.toPlainText()
    entries = claims.audit_log(object_kind="contradiction")
    assert entries and entries[0].who == "alice"
    session.undo_stack.undo()
    assert item.key not in claims.dismissed_contradictions()
    assert "Dismissed" not in view.contradiction_text.toPlainText()
    # → skips it: the walk is finished, nothing decided
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.pages.currentWidget() is view.finished_page
    assert "1 left open" in view.finished_page.text()
    assert len(candidate_contradictions(store)) == 1


def test_a_claim_already_in_the_sentence_stands_for_its_passage(
    qtbot: QtBot, session: Session, store: Store, sources: tuple[SourceId, SourceId]
) -> None:
    session.reviewer = "alice"
    claims = ClaimStore(store)
    existing = tag(store, sources[1], "la coalition a quitté la base", TagKind.CLAIM)
    view = start(qtbot, session)
    assert view.record_current()
    made = claims.claims()
    assert len(made) == 2 and existing in [c.annotation_id for c in made]
    new = next(c for c in made if c.annotation_id != existing)
    assert new.source_id == sources[0]
    (evidence,) = claims.evidence_for(existing)
    assert (evidence.source_id, evidence.start, evidence.end) == (new.source_id, new.start, new.end)
    session.undo_stack.undo()
    assert [c.annotation_id for c in claims.claims()] == [existing]  # the user's claim stays
    assert claims.evidence_for(existing) == []

"""The audit log dialog: newest first, read a page at a time, filtered by the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import EvidenceRelation
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.ui.session import Session
from desktop.ui.widgets.audit_log_dialog import (
    PAGE,
    AuditColumn,
    AuditLogDialog,
    day_bounds,
    value_text,
)
from tests.conftest import MakeSource

TEXT = "😀 Le ministre a déclaré que l’armée s’était retirée de la base d’Aïn al-Assad."
EDITS = 2 * PAGE + 50


def tag_claim(session: Session, source_id: SourceId, phrase: str) -> AnnotationId:
    claim_tag = next(t for t in session.store.tags() if t.kind is TagKind.CLAIM)
    start = TEXT.index(phrase)
    aid = session.tag_passage(source_id, start, start + len(phrase), claim_tag.id, snap=False)
    assert aid is not None
    return aid


@pytest.fixture
def logged(session: Session, make_source: MakeSource) -> dict[str, AnnotationId]:
    """Two claims; many summary edits by alice and bob on the first, a verdict on the second."""
    sid = make_source(TEXT, "Ministère")
    first = tag_claim(session, sid, "l’armée s’était retirée")
    second = tag_claim(session, sid, "Le ministre a déclaré")
    claims = ClaimStore(session.store)
    for i in range(EDITS):
        claims.update_claim(first, who="alice" if i % 2 else "bob", summary=f"version {i}")
    claims.update_claim(first, who="alice", summary="L’armée a quitté la base")
    claims.set_verdict(second, who="chloé", status_id=claims.status_by_key_or_name("false").id)
    claims.add_evidence(
        second, who="chloé", source_id=sid, start=0, end=1, relation=EvidenceRelation.CONTEXT
    )
    return {"first": first, "second": second}


@pytest.fixture
def dialog(qtbot: QtBot, session: Session, logged: dict[str, AnnotationId]) -> AuditLogDialog:
    d = AuditLogDialog(session)
    qtbot.addWidget(d)
    return d


def test_reads_a_page_at_a_time_newest_first(dialog: AuditLogDialog, session: Session) -> None:
    model = dialog.model
    total = ClaimStore(session.store).audit_count()
    assert model.total() == total > 2 * PAGE
    assert model.rowCount() == PAGE  # never everything at once
    ids = [model.entry_at(r).id for r in range(model.rowCount())]
    assert ids == sorted(ids, reverse=True)
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == total
    assert dialog.count_label.text() == f"{total} entries"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_scrolling_down_fetches_more(qtbot: QtBot, dialog: AuditLogDialog) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.view.scrollToBottom()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > PAGE, timeout=2000)


def test_shows_old_to_new(dialog: AuditLogDialog, logged: dict[str, AnnotationId]) -> None:
    model = dialog.model
    texts = [model.index(r, AuditColumn.CHANGE).data() for r in range(model.rowCount())]
    assert f"version {EDITS - 1} → L’armée a quitté la base" in texts
    assert "— → « 😀 »" in texts  # an evidence passage shows as its quote
    row = texts.index(f"version {EDITS - 1} → L’armée a quitté la base")
    assert model.index(row, AuditColumn.WHO).data() == "alice"
    assert model.index(row, AuditColumn.FIELD).data() == "summary"
    assert model.index(row, AuditColumn.CLAIM).data() == "L’armée a quitté la base"


def test_filters_by_who_action_claim_text_and_days(
    dialog: AuditLogDialog, session: Session, logged: dict[str, AnnotationId]
) -> None:
    claims = ClaimStore(session.store)
    dialog.who_combo.setCurrentIndex(dialog.who_combo.findData("bob"))
    assert dialog.model.total() == claims.audit_count(who="bob") == EDITS // 2
    assert {dialog.model.entry_at(r).who for r in range(dialog.model.rowCount())} == {"bob"}
    dialog.who_combo.setCurrentIndex(0)

    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("verdict"))
    assert dialog.model.total() == claims.audit_count(action="verdict") >= 1
    dialog.action_combo.setCurrentIndex(0)

    dialog.claim_combo.setCurrentIndex(dialog.claim_combo.findData(int(logged["second"])))
    entries = [dialog.model.entry_at(r) for r in range(dialog.model.rowCount())]
    assert entries and {e.claim_id for e in entries} == {logged["second"]}
    dialog.claim_combo.setCurrentIndex(0)

    dialog.text_edit.setText("ARMEE a quitte")  # folded like the claims search
    assert dialog.model.total() == 1
    dialog.text_edit.clear()

    tomorrow = QDate.currentDate().addDays(1)
    dialog.since_edit.setDate(tomorrow)
    dialog.since_check.setChecked(True)
    assert dialog.model.total() == 0
    dialog.since_edit.setDate(QDate.currentDate())
    dialog.until_edit.setDate(QDate.currentDate())
    dialog.until_check.setChecked(True)
    assert dialog.model.total() == claims.audit_count()


def test_new_entries_appear_on_top(
    qtbot: QtBot, dialog: AuditLogDialog, session: Session, logged: dict[str, AnnotationId]
) -> None:
    session.reviewer = "dora"
    before = dialog.model.total()
    resets: list[bool] = []
    dialog.model.modelReset.connect(lambda: resets.append(True))
    assert session.update_claim(logged["first"], said_on="2026-01-18")
    assert dialog.model.total() == before + 1
    assert dialog.model.entry_at(0).who == "dora"
    session.undo_stack.undo()  # the undo is logged too: the log only grows
    assert dialog.model.total() == before + 2
    assert dialog.model.entry_at(0).action == "undo"
    assert not resets


def test_a_filtered_dialog_ignores_other_new_entries(
    qtbot: QtBot, session: Session, logged: dict[str, AnnotationId]
) -> None:
    d = AuditLogDialog(session, claim_id=logged["second"])
    qtbot.addWidget(d)
    before = d.model.total()
    assert session.update_claim(logged["first"], said_on="2026")
    assert d.model.total() == before


def test_double_click_goes_to_the_claim(
    qtbot: QtBot, dialog: AuditLogDialog, logged: dict[str, AnnotationId]
) -> None:
    index = dialog.model.index(0, AuditColumn.CLAIM)
    with qtbot.waitSignal(dialog.claim_activated) as blocker:
        dialog.view.doubleClicked.emit(index)
    assert blocker.args == [int(dialog.model.entry_at(0).claim_id or 0)]


def test_deleted_claims_keep_their_history(
    qtbot: QtBot, session: Session, logged: dict[str, AnnotationId]
) -> None:
    assert session.delete_annotations([logged["second"]])
    d = AuditLogDialog(session, claim_id=logged["second"])
    qtbot.addWidget(d)
    assert d.model.total() > 0
    assert "deleted" in str(d.model.index(0, AuditColumn.CLAIM).data())


def test_day_bounds_cover_whole_local_days() -> None:
    day = QDate(2026, 1, 18)
    since, until = day_bounds(day, day)
    assert since is not None and until is not None and since < until
    assert since.endswith("+00:00") and until.endswith("+00:00")
    assert value_text(None) == "—"
    assert value_text('{"source_id": 1, "start": 0, "end": 3, "quote": "abc"}') == "« abc »"


def test_enter_in_the_text_filter_keeps_the_log_open(qtbot: QtBot, dialog: AuditLogDialog) -> None:
    dialog.show()
    qtbot.keyClicks(dialog.text_edit, "version 1")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert 0 < dialog.model.total() < EDITS

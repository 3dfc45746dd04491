"""Linking a passage to a claim with the keyboard only: search, arrows, Enter, S/C/X, note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import EvidenceRelation
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.ui.session import Session
from desktop.ui.widgets.evidence_linker import EvidenceLinker
from tests.conftest import MakeSource

TEXT_A = "😀 Le ministre a déclaré que l’armée s’était retirée de la base d’Aïn al-Assad."
TEXT_B = "Selon l’ONU, des soldats étaient encore présents à Aïn al-Assad le 19 janvier."
TEXT_C = "Le porte-parole de l’État-major a démenti tout retrait de la base."


def tag_claim(session: Session, source_id: SourceId, text: str, phrase: str) -> AnnotationId:
    claim_tag = next(t for t in session.store.tags() if t.kind is TagKind.CLAIM)
    start = text.index(phrase)
    aid = session.tag_passage(source_id, start, start + len(phrase), claim_tag.id, snap=False)
    assert aid is not None
    return aid


@pytest.fixture
def world(session: Session, make_source: MakeSource) -> dict[str, int]:
    session.reviewer = "alice"
    a, b, c = make_source(TEXT_A, "Ministère"), make_source(TEXT_B, "ONU"), make_source(TEXT_C)
    retrait = tag_claim(session, a, TEXT_A, "l’armée s’était retirée")
    assert session.update_claim(retrait, summary="L’armée a quitté Aïn al-Assad")
    dementi = tag_claim(session, c, TEXT_C, "a démenti tout retrait")
    assert session.update_claim(dementi, claimant_text="Porte-parole de l’État-major")
    return {"a": a, "b": b, "c": c, "retrait": retrait, "dementi": dementi}


def open_linker(qtbot: QtBot, session: Session, world: dict[str, int]) -> EvidenceLinker:
    start = TEXT_B.index("des soldats")
    end = TEXT_B.index(" le 19")
    linker = EvidenceLinker(session, SourceId(world["b"]), start, end)
    qtbot.addWidget(linker)
    linker.show()
    qtbot.waitExposed(linker)
    return linker


def test_type_pick_relation_note_enter(
    qtbot: QtBot, session: Session, world: dict[str, int]
) -> None:
    linker = open_linker(qtbot, session, world)
    assert linker.results.count() == 2  # empty search: the most recent claims
    qtbot.keyClicks(linker.search_edit, "l'armee a quitte")  # folded: ’ and accents
    assert linker.results.count() == 1
    assert linker.chosen_claim() == world["retrait"]
    assert "Ministère" in linker.results.item(0).text()
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Return)
    assert linker.focusWidget() is linker.relation_combo
    qtbot.keyClick(linker.relation_combo, Qt.Key.Key_C)
    assert linker.relation() is EvidenceRelation.CONTRADICTS
    assert linker.focusWidget() is linker.note_edit
    qtbot.keyClicks(linker.note_edit, "UN report, 19 January")
    with qtbot.waitSignal(linker.linked) as linked:
        qtbot.keyClick(linker.note_edit, Qt.Key.Key_Return)
    assert linked.args == [world["retrait"]]
    assert linker.result() == QDialog.DialogCode.Accepted
    [e] = ClaimStore(session.store).evidence_for(AnnotationId(world["retrait"]))
    assert (e.source_id, e.quote) == (
        world["b"],
        "des soldats étaient encore présents à Aïn al-Assad",
    )
    assert (e.relation, e.note, e.created_by) == (
        EvidenceRelation.CONTRADICTS,
        "UN report, 19 January",
        "alice",
    )
    session.undo_stack.undo()  # one undo step removes the link
    assert ClaimStore(session.store).evidence_for(AnnotationId(world["retrait"])) == []


def test_arrows_choose_among_results_and_keys_choose_the_relation(
    qtbot: QtBot, session: Session, world: dict[str, int]
) -> None:
    linker = open_linker(qtbot, session, world)
    first = linker.chosen_claim()
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Down)
    second = linker.chosen_claim()
    assert second is not None and second != first
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Down)  # stays on the last one
    assert linker.chosen_claim() == second
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Up)
    assert linker.chosen_claim() == first
    qtbot.keyClicks(linker.search_edit, "porte-parole")  # the claimant is searched too
    assert linker.chosen_claim() == world["dementi"]
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Enter)
    for key, relation in (
        (Qt.Key.Key_X, EvidenceRelation.CONTEXT),
        (Qt.Key.Key_S, EvidenceRelation.SUPPORTS),
    ):
        qtbot.keyClick(linker.relation_combo, key)
        assert linker.relation() is relation
    qtbot.keyClick(linker.note_edit, Qt.Key.Key_Return)  # no note: that is fine
    [e] = ClaimStore(session.store).evidence_for(AnnotationId(world["dementi"]))
    assert (e.relation, e.note) == (EvidenceRelation.SUPPORTS, None)


def test_escape_cancels_and_links_nothing(
    qtbot: QtBot, session: Session, world: dict[str, int]
) -> None:
    linker = open_linker(qtbot, session, world)
    qtbot.keyClicks(linker.search_edit, "retrait")
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(linker.relation_combo, Qt.Key.Key_Escape)
    assert linker.result() == QDialog.DialogCode.Rejected
    assert ClaimStore(session.store).evidence_for(AnnotationId(world["retrait"])) == []
    assert ClaimStore(session.store).audit_count(action="add") == 0


def test_no_match_says_so_and_stays(qtbot: QtBot, session: Session, world: dict[str, int]) -> None:
    linker = open_linker(qtbot, session, world)
    qtbot.keyClicks(linker.search_edit, "zzzz")
    assert linker.results.count() == 0
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Return)
    assert linker.error_label.isVisibleTo(linker)
    assert linker.isVisible() and linker.focusWidget() is linker.search_edit


def test_a_claim_cannot_be_its_own_evidence(
    qtbot: QtBot, session: Session, world: dict[str, int]
) -> None:
    start = TEXT_A.index("l’armée")
    end = start + len("l’armée s’était retirée")
    linker = EvidenceLinker(session, SourceId(world["a"]), start, end)
    qtbot.addWidget(linker)
    linker.show()
    qtbot.keyClicks(linker.search_edit, "quitte")
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(linker.note_edit, Qt.Key.Key_Return)
    assert linker.error_label.isVisibleTo(linker)
    assert linker.error_label.text()
    assert linker.isVisible()


def test_from_the_reader_with_the_shortcut(
    qtbot: QtBot, tmp_path: Path, session: Session, world: dict[str, int]
) -> None:
    from desktop.ui.main_window import MainWindow

    path = session.store.path
    session.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(window)
    assert window.open_project(Path(path))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_source(SourceId(world["b"]))
    assert window.reader is not None
    view = window.reader.view
    view.setFocus()
    start = TEXT_B.index("soldats")
    cursor = view.textCursor()
    cursor.setPosition(start + 2)  # inside "soldats": linking snaps to whole words
    cursor.setPosition(start + 12, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    actions = window.claim_actions
    qtbot.keyClick(view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    linker = actions.linker
    assert linker is not None
    qtbot.keyClicks(linker.search_edit, "retrait")
    qtbot.keyClick(linker.search_edit, Qt.Key.Key_Return)
    qtbot.keyClick(linker.relation_combo, Qt.Key.Key_X)
    qtbot.keyClick(linker.note_edit, Qt.Key.Key_Return)
    store = window.session.store if window.session else None
    assert store is not None
    claim_id = actions.panel.current_claim() if actions.panel else None
    assert claim_id is not None
    [e] = ClaimStore(store).evidence_for(claim_id)
    assert e.quote == "soldats étaient"
    window.close()

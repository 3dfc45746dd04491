"""Review ▸ Claim statuses: add, rename, recolour, rate, reorder, delete with a replacement."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimStatus, ClaimStatusId
from desktop.core.models import AnnotationId, TagKind
from desktop.ui.session import Session
from desktop.ui.widgets.status_dialog import KIND, NAME, RATING, StatusDialog
from tests.conftest import MakeSource


@pytest.fixture
def dialog(qtbot: QtBot, session: Session) -> StatusDialog:
    session.reviewer = "alice"
    d = StatusDialog(session)
    qtbot.addWidget(d)
    return d


def names(dialog: StatusDialog) -> list[str]:
    return [dialog.table.item(r, NAME).text() for r in range(dialog.table.rowCount())]


def select(dialog: StatusDialog, name: str) -> ClaimStatus:
    row = names(dialog).index(name)
    dialog.table.selectRow(row)
    return dialog.statuses()[row]


@pytest.fixture
def claim(session: Session, make_source: MakeSource) -> AnnotationId:
    sid = make_source("Le ministre affirme que tout va bien.")
    claim_tag = next(t for t in session.store.tags() if t.kind is TagKind.CLAIM)
    aid = session.tag_passage(sid, 12, 36, claim_tag.id)
    assert aid is not None
    return aid


def test_lists_the_builtin_statuses_in_order(dialog: StatusDialog) -> None:
    assert names(dialog) == [
        "Unverified",
        "Corroborated",
        "Disputed",
        "False",
        "Misleading",
        "Unverifiable",
    ]
    assert dialog.table.item(0, KIND).text() == "built-in"
    assert dialog.table.item(1, RATING).text() == "5"
    assert not dialog.up_button.isEnabled()  # the first row is selected


def test_add_rename_undo(qtbot: QtBot, dialog: StatusDialog, session: Session) -> None:
    asked: list[str] = []
    dialog.ask_colour = lambda parent, current: asked.append(current)  # type: ignore[func-returns-value]
    dialog.show()
    qtbot.keyClicks(dialog.new_name, "  Satire ")
    qtbot.keyClick(dialog.new_name, Qt.Key.Key_Return)
    assert asked == []  # Enter adds; it does not press another button of the dialog
    assert names(dialog)[-1] == "Satire"
    assert dialog.table.item(dialog.table.rowCount() - 1, KIND).text() == "yours"
    assert dialog.selected() is not None and dialog.selected().name == "Satire"
    assert dialog.new_name.text() == ""

    dialog.table.item(dialog.table.rowCount() - 1, NAME).setText("Parodie")  # in-place edit
    assert names(dialog)[-1] == "Parodie"
    session.undo_stack.undo()
    assert names(dialog)[-1] == "Satire"
    session.undo_stack.undo()
    assert "Satire" not in names(dialog)
    session.undo_stack.redo()
    assert names(dialog)[-1] == "Satire"


def test_a_duplicate_name_is_refused_and_explained(dialog: StatusDialog) -> None:
    select(dialog, "Disputed")
    assert not dialog.rename_selected("false")  # another status is called that already
    assert dialog.error_label.isVisibleTo(dialog)
    assert "False" in dialog.error_label.text() or "false" in dialog.error_label.text()
    assert "Disputed" in names(dialog)


def test_renamed_builtin_keeps_the_typed_name(dialog: StatusDialog, session: Session) -> None:
    status = select(dialog, "Misleading")
    assert dialog.rename_selected("Sorti du contexte")
    assert "Sorti du contexte" in names(dialog)
    assert ClaimStore(session.store).status(status.id).key == "misleading"


def test_recolour_and_rate(dialog: StatusDialog, session: Session) -> None:
    status = select(dialog, "Unverifiable")
    dialog.ask_colour = lambda parent, current: "#123abc"
    dialog.colour_button.click()
    assert ClaimStore(session.store).status(status.id).colour == "#123abc"
    dialog.rating_combo.setCurrentIndex(dialog.rating_combo.findData(3))
    dialog.rating_combo.activated.emit(dialog.rating_combo.currentIndex())
    assert ClaimStore(session.store).status(status.id).rating == 3
    assert dialog.table.item(names(dialog).index("Unverifiable"), RATING).text() == "3"
    session.undo_stack.undo()
    assert ClaimStore(session.store).status(status.id).rating is None
    dialog.ask_colour = lambda parent, current: None  # cancelled: nothing changes
    depth = session.undo_stack.count()
    dialog.colour_button.click()
    assert session.undo_stack.count() == depth


def test_reorder_and_undo(dialog: StatusDialog, session: Session) -> None:
    select(dialog, "False")
    dialog.up_button.click()
    dialog.up_button.click()
    assert names(dialog)[1] == "False"
    assert dialog.selected() is not None and dialog.selected().name == "False"
    dialog.down_button.click()
    assert names(dialog)[2] == "False"
    session.undo_stack.undo()
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert names(dialog)[3] == "False"


def test_delete_asks_for_a_replacement(
    dialog: StatusDialog, session: Session, claim: AnnotationId
) -> None:
    claims = ClaimStore(session.store)
    misleading = claims.status_by_key_or_name("misleading")
    disputed = claims.status_by_key_or_name("disputed")
    assert session.set_verdict(claim, misleading.id)
    asked: list[tuple[str, int, int]] = []

    def cancel(parent: object, s: ClaimStatus, others: list[ClaimStatus], used: int) -> None:
        asked.append((s.name, len(others), used))
        return None

    dialog.ask_replacement = cancel
    select(dialog, "Misleading")
    dialog.delete_button.click()
    assert asked == [("Misleading", 5, 1)]
    assert "Misleading" in names(dialog)  # cancelled

    def choose(
        parent: object, s: ClaimStatus, others: list[ClaimStatus], used: int
    ) -> ClaimStatusId:
        return disputed.id

    dialog.ask_replacement = choose
    dialog.delete_button.click()
    assert "Misleading" not in names(dialog)
    assert claims.claim(claim).status_id == disputed.id
    session.undo_stack.undo()
    assert "Misleading" in names(dialog)
    assert claims.claim(claim).status_id == misleading.id


def test_the_last_status_cannot_be_deleted(dialog: StatusDialog, session: Session) -> None:
    first, *rest = ClaimStore(session.store).statuses()
    for s in rest:
        assert session.delete_status(s.id, first.id)
    dialog.table.selectRow(0)
    assert not dialog.delete_button.isEnabled()


class FakeFrench(QTranslator):
    """Translates two built-in status names, as recoupe_fr.qm would."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "ClaimStatus":
            return {"False": "Faux", "Disputed": "Contesté"}.get(source, source)
        return source

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translator = FakeFrench()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_builtin_names_follow_the_language_user_names_do_not(
    french: None, qtbot: QtBot, session: Session
) -> None:
    session.reviewer = "alice"
    assert session.add_status(name="False", colour="#000000") is False  # taken by a built-in
    assert session.add_status(name="Contesté par l’AFP", colour="#000000")
    d = StatusDialog(session)
    qtbot.addWidget(d)
    shown = names(d)
    assert "Faux" in shown and "Contesté" in shown
    assert shown[-1] == "Contesté par l’AFP"
    assert d.table.item(0, NAME).data(Qt.ItemDataRole.DisplayRole) == "Unverified"

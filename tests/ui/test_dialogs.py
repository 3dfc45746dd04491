"""Source properties and tag management dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop.core.models import ImportedSource, SourceId, TagKind
from desktop.core.store import Store
from desktop.ui.session import Session
from desktop.ui.widgets.source_properties_dialog import SourcePropertiesDialog
from desktop.ui.widgets.tag_dialog import TagDialog, TagEditor

MakeSource = Callable[..., SourceId]


# ------------------------------------------------------------------ properties


def properties(qtbot: QtBot, session: Session, sid: SourceId) -> SourcePropertiesDialog:
    d = SourcePropertiesDialog(session, sid)
    qtbot.addWidget(d)
    return d


def test_title_and_date_change_in_one_undo_step(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    sid = make_source("Texte.", "Brouillon", published="2026-01-02")
    d = properties(qtbot, session, sid)
    d.title_edit.setText("Dépêche AFP")
    d.date_edit.setText("2026-03-14")
    assert d.changed_fields() == {"title": "Dépêche AFP", "published": "2026-03-14"}

    qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    assert d.result() == QDialog.DialogCode.Accepted
    assert session.undo_stack.count() == 1
    s = session.store.source(sid)
    assert (s.title, s.published, s.published_how) == ("Dépêche AFP", "2026-03-14", "user")

    session.undo_stack.undo()
    s = session.store.source(sid)
    assert (s.title, s.published) == ("Brouillon", "2026-01-02")
    session.undo_stack.redo()
    assert session.store.source(sid).title == "Dépêche AFP"


def test_unchanged_fields_make_no_undo_step(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    sid = make_source("Texte.", "Titre", published="2026-01-02")
    d = properties(qtbot, session, sid)
    assert d.changed_fields() == {}
    d.apply()
    assert d.result() == QDialog.DialogCode.Accepted
    assert session.undo_stack.count() == 0


def test_invalid_date_keeps_ok_disabled(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    sid = make_source("Texte.", "Titre")
    d = properties(qtbot, session, sid)
    d.show()
    assert d.ok_button.isEnabled()

    d.date_edit.setText("2026-02-30")
    assert not d.ok_button.isEnabled()
    assert d.error_label.isVisible()
    assert "2026-02-30" in d.error_label.text() and "YYYY-MM-DD" in d.error_label.text()
    d.apply()  # even if called directly, nothing is written
    assert session.undo_stack.count() == 0

    d.date_edit.setText("2026-02-28")
    assert d.ok_button.isEnabled()
    assert not d.error_label.isVisible()

    d.title_edit.setText("  ")
    assert not d.ok_button.isEnabled()


def test_calendar_fills_the_date(qtbot: QtBot, session: Session, make_source: MakeSource) -> None:
    sid = make_source("Texte.", "Titre")
    d = properties(qtbot, session, sid)
    d.calendar.clicked.emit(QDate(2026, 3, 14))
    assert d.date_edit.text() == "2026-03-14"
    assert d.changed_fields() == {"published": "2026-03-14"}


def test_blank_date_is_allowed(qtbot: QtBot, session: Session, make_source: MakeSource) -> None:
    sid = make_source("Texte.", "Titre", published="2026-01-02")
    d = properties(qtbot, session, sid)
    d.date_edit.clear()
    assert d.ok_button.isEnabled()
    assert not d.confirmed_check.isEnabled()
    d.apply()
    assert session.store.source(sid).published is None
    session.undo_stack.undo()
    assert session.store.source(sid).published == "2026-01-02"


def test_confirming_a_guessed_date(qtbot: QtBot, session: Session, store: Store) -> None:
    sid = store.add_source(
        ImportedSource(
            filename="d.txt",
            format="txt",
            original=b"BAGDAD, 3 mars",
            text="BAGDAD, 3 mars",
            encoding="utf-8",
            title="D",
            lang="fr",
            published="2026-03-03",
            published_how="dateline",
            published_confirmed=False,
        )
    ).source_ids[0]
    d = properties(qtbot, session, sid)
    assert d.confirmed_check.isEnabled() and not d.confirmed_check.isChecked()
    assert "dateline" in d.how_label.text()

    d.confirmed_check.setChecked(True)
    d.lang_combo.setCurrentIndex(d.lang_combo.findData("en"))
    assert d.changed_fields() == {"published_confirmed": True, "lang": "en"}
    d.apply()
    s = store.source(sid)
    assert s.published_confirmed and s.published_how == "dateline" and s.lang == "en"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert not store.source(sid).published_confirmed


def test_info_is_shown(qtbot: QtBot, session: Session, make_source: MakeSource) -> None:
    sid = make_source("Texte.", "Titre")
    d = properties(qtbot, session, sid)
    assert d.sha_label.text() == session.store.source(sid).sha256


# ------------------------------------------------------------------------ tags


def tag_dialog(qtbot: QtBot, session: Session) -> TagDialog:
    d = TagDialog(session)
    qtbot.addWidget(d)
    d.show()
    return d


def text_at(d: TagDialog, row: int, column: int) -> str:
    item = d.table.item(row, column)
    assert item is not None
    return item.text()


def names(d: TagDialog) -> list[str]:
    return [text_at(d, r, 0) for r in range(d.table.rowCount())]


def test_add_a_user_tag(qtbot: QtBot, session: Session) -> None:
    d = tag_dialog(qtbot, session)
    editor = d.add()
    assert editor.shortcut_edit.text() == "1"  # the next free digit
    editor.name_edit.setText("Chiffre")
    editor._choose_colour = lambda current: QColor("#123456")  # type: ignore[method-assign]
    editor._on_other_colour()
    editor.buttons.accepted.emit()

    tag = session.store.tag_named("Chiffre")
    assert (tag.colour, tag.shortcut, tag.kind, tag.builtin) == (
        "#123456",
        "1",
        TagKind.USER,
        False,
    )
    assert "Chiffre" in names(d)
    assert d.selected_tag_id() == tag.id
    assert d.editor is None or not d.editor.isVisible()

    editor = d.add()
    assert editor.shortcut_edit.text() == "2"
    editor.reject()

    session.undo_stack.undo()
    assert "Chiffre" not in names(d)


def test_session_errors_show_inline(qtbot: QtBot, session: Session) -> None:
    d = tag_dialog(qtbot, session)
    editor = d.add()
    editor.name_edit.setText("place")  # a built-in tag has this name
    editor.buttons.accepted.emit()
    assert editor.isVisible()
    assert "Place" in editor.error_label.text()
    assert session.undo_stack.count() == 0


def test_edit_colour_of_a_builtin_tag(qtbot: QtBot, session: Session) -> None:
    d = tag_dialog(qtbot, session)
    place = session.store.tag_named("Place")
    d.select_tag(place.id)
    assert not d.delete_button.isEnabled()
    assert d.edit_button.isEnabled()
    editor = d.edit_selected()
    assert isinstance(editor, TagEditor)
    assert editor.name_edit.isReadOnly()
    editor.set_colour("#00ff00")
    editor.buttons.accepted.emit()

    assert session.store.tag(place.id).colour == "#00ff00"
    assert session.undo_stack.count() == 1
    row = d.row_of(place.id)
    assert text_at(d, row, 1) == "#00ff00"
    session.undo_stack.undo()
    assert text_at(d, row, 1) == place.colour


def test_delete_a_used_tag_and_undo(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    sid = make_source("Le budget atteint 40 millions d’euros.", "Budget")
    tag_id = session.add_tag(name="Chiffre", colour="#123456", shortcut="1")
    assert tag_id is not None
    a1 = session.tag_passage(sid, 18, 20, tag_id)
    a2 = session.tag_passage(sid, 21, 29, tag_id)
    d = tag_dialog(qtbot, session)
    d.select_tag(tag_id)
    assert d.delete_button.isEnabled()

    asked: list[str] = []
    d.confirm = lambda text: asked.append(text) or False  # type: ignore[func-returns-value]
    d.delete_selected()
    assert "2 annotations" in asked[0] and "Chiffre" in asked[0]
    assert session.store.tag(tag_id).name == "Chiffre"  # refused: nothing deleted

    d.confirm = lambda text: True
    qtbot.mouseClick(d.delete_button, Qt.MouseButton.LeftButton)
    assert "Chiffre" not in names(d)
    assert session.store.annotations(source_id=sid) == []

    session.undo_stack.undo()
    assert "Chiffre" in names(d)
    assert session.store.tag(tag_id).name == "Chiffre"
    assert [a.id for a in session.store.annotations(source_id=sid)] == [a1, a2]
    session.undo_stack.redo()
    assert session.store.annotations(source_id=sid) == []


def test_builtin_tags_cannot_be_deleted(qtbot: QtBot, session: Session) -> None:
    d = tag_dialog(qtbot, session)
    for name in ("Date", "Place", "Actor", "Claim"):
        d.select_tag(session.store.tag_named(name).id)
        assert not d.delete_button.isEnabled()
        assert d.delete_selected() is False
    assert len(session.store.tags()) == 4


def test_a_date_typed_by_the_user_says_so(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    sid = make_source("Texte daté à la main.", "Daté", published="2026-01-18")
    d = properties(qtbot, session, sid)
    assert d.how_label.text() == "Typed in by you."
    assert d.confirmed_check.isChecked()

"""The annotation pane: rows follow the store change by change; filters, sort, edits, undo."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.models import AnnotationId, AnnotationStatus, SourceId, Tag
from desktop.core.store import Store
from desktop.ui.models.annotation_filter_proxy import AnnotationFilterProxy
from desktop.ui.models.annotation_table_model import AnnotationTableModel, Column
from desktop.ui.session import Session
from desktop.ui.widgets.annotation_panel import AnnotationPanel
from tests.conftest import MakeSource

TEXT = (
    "Le 18 janvier 2026, une frappe a visé la base d’Aïn al-Assad.\n\n"
    "L’Irak a protesté auprès de Washington. Un porte-parole a démenti toute victime."
)
OTHER = "À Bagdad, le gouvernement irakien a convoqué l’ambassadeur le 19 janvier."


def span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def tag(store: Store, name: str) -> Tag:
    return store.tag_named(name)


Tagged = tuple[SourceId, dict[str, AnnotationId]]


@dataclass
class Counts:
    """Signals a model emitted, to check that a change costs what it names."""

    resets: int = 0
    inserted: int = 0
    removed: int = 0
    changed: int = 0


def spy(model: AnnotationTableModel | AnnotationFilterProxy) -> Counts:
    counts = Counts()

    def bump(name: str) -> None:
        setattr(counts, name, getattr(counts, name) + 1)

    model.modelReset.connect(lambda: bump("resets"))
    model.rowsInserted.connect(lambda *_: bump("inserted"))
    model.rowsRemoved.connect(lambda *_: bump("removed"))
    model.dataChanged.connect(lambda *_: bump("changed"))
    return counts


def cell(
    panel: AnnotationPanel, row: int, column: Column, role: int = Qt.ItemDataRole.DisplayRole
) -> Any:
    return panel.proxy.data(panel.proxy.index(row, column), role)


def column_values(panel: AnnotationPanel, column: Column) -> list[Any]:
    return [cell(panel, r, column) for r in range(panel.proxy.rowCount())]


def proxy_index_of(panel: AnnotationPanel, annotation_id: int, column: Column) -> QModelIndex:
    row = panel.model.row_of(annotation_id)
    assert row is not None
    return panel.proxy.mapFromSource(panel.model.index(row, column))


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> AnnotationPanel:
    p = AnnotationPanel(session)
    qtbot.addWidget(p)
    p.resize(1000, 400)
    return p


@pytest.fixture
def tagged(session: Session, store: Store, make_source: MakeSource) -> Tagged:
    """One source with four annotations of four tags, made through the session."""
    sid = make_source(TEXT, "Frappe sur Aïn al-Assad")
    ids = {}
    for quote, name, value, note in (
        ("18 janvier 2026", "Date", "2026-01-18", None),
        ("Aïn al-Assad", "Place", None, None),
        ("L’Irak", "Actor", "Irak", None),
        ("démenti toute victime", "Claim", None, "à recouper avec l’AFP"),
    ):
        start, end = span(TEXT, quote)
        aid = session.tag_passage(sid, start, end, tag(store, name).id, value=value, note=note)
        assert aid is not None
        ids[quote] = aid
    session.undo_stack.clear()
    return sid, ids


# ---------------------------------------------------------------- change by change


def test_tagging_inserts_one_row_without_reset_and_undo_redo_follow(
    qtbot: QtBot, panel: AnnotationPanel, session: Session, store: Store, make_source: MakeSource
) -> None:
    sid = make_source(TEXT)
    panel.set_source(sid)
    assert panel.model.rowCount() == 0
    model_counts, proxy_counts = spy(panel.model), spy(panel.proxy)

    start, end = span(TEXT, "Aïn al-Assad")
    aid = session.tag_passage(sid, start, end, tag(store, "Place").id)

    assert aid is not None
    assert panel.model.rowCount() == 1 and panel.proxy.rowCount() == 1
    assert cell(panel, 0, Column.QUOTE) == "Aïn al-Assad"
    assert cell(panel, 0, Column.TAG) == "Place"
    assert cell(panel, 0, Column.TAG, Qt.ItemDataRole.DecorationRole).name() == "#5fb85f"
    assert cell(panel, 0, Column.POSITION) == start
    assert cell(panel, 0, Column.STATUS) == "Accepted"
    assert model_counts.resets == 0 and proxy_counts.resets == 0
    assert model_counts.inserted == 1
    assert panel.count_label.text() == "1 annotation"

    session.undo_stack.undo()
    assert panel.model.rowCount() == 0 and panel.proxy.rowCount() == 0
    assert model_counts.removed == 1
    assert panel.count_label.text() == "0 annotations"

    session.undo_stack.redo()
    assert panel.model.rowCount() == 1
    assert panel.model.annotation_at(0).id == aid
    assert cell(panel, 0, Column.QUOTE) == "Aïn al-Assad"
    assert model_counts.resets == 0 and proxy_counts.resets == 0
    assert model_counts.inserted == 2


def test_a_change_in_another_source_leaves_the_rows_alone(
    panel: AnnotationPanel, session: Session, store: Store, make_source: MakeSource, tagged: Tagged
) -> None:
    sid, _ = tagged
    other = make_source(OTHER, "Convocation")
    panel.set_source(sid)
    counts = spy(panel.model)
    start, end = span(OTHER, "Bagdad")
    assert session.tag_passage(other, start, end, tag(store, "Place").id) is not None
    assert counts == Counts()
    assert panel.model.rowCount() == 4


def test_one_update_changes_one_row(
    panel: AnnotationPanel, session: Session, tagged: Tagged
) -> None:
    sid, ids = tagged
    panel.set_source(sid)
    counts = spy(panel.model)
    changed_rows: list[tuple[int, int]] = []
    panel.model.dataChanged.connect(lambda a, b, *_: changed_rows.append((a.row(), b.row())))
    session.edit_annotation(ids["Aïn al-Assad"], value="Aïn al-Assad, Irak")
    row = panel.model.row_of(ids["Aïn al-Assad"])
    assert changed_rows == [(row, row)]
    assert counts.resets == 0 and counts.inserted == 0 and counts.removed == 0


def test_rejected_annotations_are_not_listed(
    panel: AnnotationPanel, session: Session, store: Store, tagged: Tagged
) -> None:
    sid, ids = tagged
    start, end = span(TEXT, "Washington")
    store.add_annotation(
        source_id=sid,
        start=start,
        end=end,
        tag_id=tag(store, "Place").id,
        status=AnnotationStatus.REJECTED,
    )
    store.add_annotation(
        source_id=sid,
        start=0,
        end=2,
        tag_id=tag(store, "Actor").id,
        status=AnnotationStatus.SUGGESTED,
    )
    panel.set_source(sid)
    assert panel.model.rowCount() == 5
    assert "Washington" not in column_values(panel, Column.QUOTE)
    assert column_values(panel, Column.STATUS).count("Suggested") == 1

    session.edit_annotation(ids["L’Irak"], status=AnnotationStatus.REJECTED)
    assert panel.model.row_of(ids["L’Irak"]) is None and panel.model.rowCount() == 4
    session.undo_stack.undo()
    assert panel.model.row_of(ids["L’Irak"]) is not None and panel.model.rowCount() == 5


# ----------------------------------------------------------------------- editing


def test_set_data_only_asks_the_store_changes_the_cell(
    qapp: object, session: Session, tagged: Tagged
) -> None:
    sid, ids = tagged
    model = AnnotationTableModel(session)
    model.set_source(sid)
    asked: list[tuple[int, str, object]] = []
    model.edit_requested.connect(lambda *args: asked.append(args))
    row = model.row_of(ids["Aïn al-Assad"])
    assert row is not None
    assert model.setData(model.index(row, Column.VALUE), "Irak", Qt.ItemDataRole.EditRole)
    assert asked == [(ids["Aïn al-Assad"], "value", "Irak")]
    assert model.data(model.index(row, Column.VALUE)) == ""  # nothing reached the store
    assert session.store.annotation(ids["Aïn al-Assad"]).value is None


def test_edit_value_through_the_proxy_then_undo(
    panel: AnnotationPanel, session: Session, store: Store, tagged: Tagged
) -> None:
    sid, ids = tagged
    aid = ids["18 janvier 2026"]
    panel.set_source(sid)
    counts = spy(panel.model)

    index = proxy_index_of(panel, aid, Column.VALUE)
    assert index.flags() & Qt.ItemFlag.ItemIsEditable
    assert not proxy_index_of(panel, aid, Column.QUOTE).flags() & Qt.ItemFlag.ItemIsEditable
    assert panel.proxy.setData(index, "2026-01-19", Qt.ItemDataRole.EditRole)

    assert store.annotation(aid).value == "2026-01-19"
    assert proxy_index_of(panel, aid, Column.VALUE).data() == "2026-01-19"
    assert counts.resets == 0 and counts.changed == 1
    session.undo_stack.undo()
    assert store.annotation(aid).value == "2026-01-18"
    assert proxy_index_of(panel, aid, Column.VALUE).data() == "2026-01-18"


def _edit_in_view(qtbot: QtBot, panel: AnnotationPanel, index: QModelIndex, text: str) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("column", "field", "text"),
    [
        (Column.VALUE, "value", "Aïn al-Assad (base aérienne)"),
        (Column.NOTE, "note", "Vérifié : dépêche AFP du 18/01 — « frappe »"),
    ],
)
def test_edit_in_the_view_editor_then_undo(
    qtbot: QtBot,
    panel: AnnotationPanel,
    session: Session,
    store: Store,
    tagged: Tagged,
    column: Column,
    field: str,
    text: str,
) -> None:
    sid, ids = tagged
    aid = ids["Aïn al-Assad"]
    panel.set_source(sid)

    _edit_in_view(qtbot, panel, proxy_index_of(panel, aid, column), text)

    qtbot.waitUntil(lambda: getattr(store.annotation(aid), field) == text)
    assert proxy_index_of(panel, aid, column).data() == text
    assert panel.view.state() != panel.view.State.EditingState
    session.undo_stack.undo()
    assert getattr(store.annotation(aid), field) is None
    assert proxy_index_of(panel, aid, column).data() == ""


def test_edit_note_through_the_proxy_then_undo(
    panel: AnnotationPanel, session: Session, store: Store, tagged: Tagged
) -> None:
    sid, ids = tagged
    aid = ids["démenti toute victime"]
    panel.set_source(sid)
    index = proxy_index_of(panel, aid, Column.NOTE)
    assert index.data(Qt.ItemDataRole.EditRole) == "à recouper avec l’AFP"
    assert panel.proxy.setData(index, "Aïn al-Assad", Qt.ItemDataRole.EditRole)
    assert store.annotation(aid).note == "Aïn al-Assad"
    assert proxy_index_of(panel, aid, Column.NOTE).data() == "Aïn al-Assad"
    session.undo_stack.undo()
    assert proxy_index_of(panel, aid, Column.NOTE).data() == "à recouper avec l’AFP"


# ----------------------------------------------------------------------- filters


def test_filter_by_tag_and_count(panel: AnnotationPanel, tagged: Tagged) -> None:
    sid, _ = tagged
    panel.set_source(sid)
    assert panel.count_label.text() == "4 annotations"
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findText("Place"))
    assert column_values(panel, Column.QUOTE) == ["Aïn al-Assad"]
    assert panel.count_label.text() == "1 of 4"
    assert not panel.tag_combo.itemIcon(panel.tag_combo.currentIndex()).isNull()
    panel.tag_combo.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 4
    assert panel.count_label.text() == "4 annotations"


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ain", ["Aïn al-Assad"]),
        ("AIN AL", ["Aïn al-Assad"]),
        ("l'irak", ["L’Irak"]),
        ("2026-01", ["18 janvier 2026"]),  # the value
        ("recouper", ["démenti toute victime"]),  # the note
        ("bagdad", []),
    ],
)
def test_filter_by_text_ignores_case_accents_and_apostrophes(
    panel: AnnotationPanel, tagged: Tagged, typed: str, found: list[str]
) -> None:
    sid, _ = tagged
    panel.set_source(sid)
    panel.filter_edit.setText(typed)
    assert column_values(panel, Column.QUOTE) == found
    assert panel.count_label.text() == f"{len(found)} of 4"
    panel.filter_edit.clear()
    assert panel.proxy.rowCount() == 4


def test_a_new_row_hidden_by_the_filter_still_counts(
    panel: AnnotationPanel, session: Session, store: Store, tagged: Tagged
) -> None:
    sid, _ = tagged
    panel.set_source(sid)
    panel.filter_edit.setText("ain")
    start, end = span(TEXT, "Washington")
    session.tag_passage(sid, start, end, tag(store, "Place").id)
    assert panel.proxy.rowCount() == 1
    assert panel.count_label.text() == "1 of 5"


def test_all_sources_scope_and_source_filter(
    panel: AnnotationPanel, session: Session, store: Store, make_source: MakeSource, tagged: Tagged
) -> None:
    sid, _ = tagged
    other = make_source(OTHER, "Convocation de l’ambassadeur")
    start, end = span(OTHER, "Bagdad")
    session.tag_passage(other, start, end, tag(store, "Place").id)
    panel.set_source(sid)
    assert panel.model.rowCount() == 4
    assert panel.view.isColumnHidden(Column.SOURCE)
    assert panel.source_combo.isHidden()

    panel.set_scope_all(True)
    assert panel.scope_all()
    assert panel.model.rowCount() == 5
    assert not panel.view.isColumnHidden(Column.SOURCE)
    assert not panel.source_combo.isHidden()
    assert set(column_values(panel, Column.SOURCE)) == {
        "Frappe sur Aïn al-Assad",
        "Convocation de l’ambassadeur",
    }
    panel.source_combo.setCurrentIndex(panel.source_combo.findText("Convocation de l’ambassadeur"))
    assert column_values(panel, Column.QUOTE) == ["Bagdad"]
    assert panel.count_label.text() == "1 of 5"

    panel.set_scope_all(False)
    assert not panel.scope_all()
    assert panel.model.rowCount() == 4 and panel.proxy.rowCount() == 4  # source filter ignored
    assert {panel.model.annotation_at(r).source_id for r in range(4)} == {sid}
    assert panel.view.isColumnHidden(Column.SOURCE)


def test_all_sources_follows_source_titles_and_removal(
    panel: AnnotationPanel, session: Session, store: Store, make_source: MakeSource
) -> None:
    other = make_source(OTHER, "Convocation")
    start, end = span(OTHER, "Bagdad")
    store.add_annotation(source_id=other, start=start, end=end, tag_id=tag(store, "Place").id)
    panel.set_scope_all(True)
    assert column_values(panel, Column.SOURCE) == ["Convocation"]
    counts = spy(panel.model)

    session.edit_source(other, title="Convocation à Bagdad")
    assert column_values(panel, Column.SOURCE) == ["Convocation à Bagdad"]
    assert panel.source_combo.findText("Convocation à Bagdad") >= 0

    session.record_import([other])  # makes the source's removal undoable
    session.undo_stack.undo()  # the import goes, with its annotation
    assert panel.model.rowCount() == 0
    session.undo_stack.redo()
    assert column_values(panel, Column.QUOTE) == ["Bagdad"]
    assert counts.resets == 0


def test_renaming_a_tag_updates_rows_deleting_it_drops_them(
    panel: AnnotationPanel, session: Session, tagged: Tagged
) -> None:
    sid, ids = tagged
    tag_id = session.add_tag(name="Victimes", colour="#aa3366")
    assert tag_id is not None
    session.edit_annotation(ids["démenti toute victime"], tag_id=tag_id)
    panel.set_source(sid)
    assert panel.tag_combo.findText("Victimes") >= 0
    counts = spy(panel.model)

    session.edit_tag(tag_id, name="Bilan humain", colour="#112233")
    index = proxy_index_of(panel, ids["démenti toute victime"], Column.TAG)
    assert index.data() == "Bilan humain"
    assert index.data(Qt.ItemDataRole.DecorationRole).name() == "#112233"
    assert counts.resets == 0
    assert panel.tag_combo.findText("Bilan humain") >= 0

    panel.tag_combo.setCurrentIndex(panel.tag_combo.findText("Bilan humain"))
    session.delete_tag(tag_id)
    assert panel.model.row_of(ids["démenti toute victime"]) is None
    assert panel.tag_combo.currentIndex() == 0  # its filter went with it
    assert panel.proxy.rowCount() == 3
    session.undo_stack.undo()
    assert panel.model.row_of(ids["démenti toute victime"]) is not None


# -------------------------------------------------------------------------- sort


def test_sort_by_position_and_value_with_blanks_last(
    panel: AnnotationPanel, tagged: Tagged
) -> None:
    sid, _ = tagged
    panel.set_source(sid)
    proxy = panel.proxy
    proxy.sort(Column.POSITION, Qt.SortOrder.AscendingOrder)
    positions = column_values(panel, Column.POSITION)
    assert all(isinstance(p, int) for p in positions)
    assert positions == sorted(positions)
    proxy.sort(Column.POSITION, Qt.SortOrder.DescendingOrder)
    assert column_values(panel, Column.POSITION) == sorted(positions, reverse=True)

    proxy.sort(Column.VALUE, Qt.SortOrder.AscendingOrder)
    assert column_values(panel, Column.VALUE) == ["2026-01-18", "Irak", "", ""]
    proxy.sort(Column.VALUE, Qt.SortOrder.DescendingOrder)
    assert column_values(panel, Column.VALUE) == ["Irak", "2026-01-18", "", ""]

    proxy.sort(Column.TAG, Qt.SortOrder.AscendingOrder)
    assert column_values(panel, Column.TAG) == ["Actor", "Claim", "Date", "Place"]


def test_quote_is_one_line_with_context_in_the_tooltip(
    panel: AnnotationPanel, session: Session, store: Store, make_source: MakeSource
) -> None:
    sid = make_source(TEXT)
    start, end = span(TEXT, "al-Assad.\n\nL’Irak")
    session.tag_passage(sid, start, end, tag(store, "Claim").id, snap=False)
    panel.set_source(sid)
    assert cell(panel, 0, Column.QUOTE) == "al-Assad. L’Irak"
    tip = str(cell(panel, 0, Column.QUOTE, Qt.ItemDataRole.ToolTipRole))
    assert "la base d’Aïn" in tip and "<b>al-Assad.<br><br>L’Irak</b>" in tip
    assert "a protesté" in tip


# --------------------------------------------------------------------- selection


def _click(qtbot: QtBot, panel: AnnotationPanel, index: QModelIndex) -> None:
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_clicking_or_moving_to_a_row_activates_its_annotation(
    qtbot: QtBot, panel: AnnotationPanel, tagged: Tagged
) -> None:
    sid, ids = tagged
    panel.set_source(sid)
    panel.proxy.sort(Column.POSITION, Qt.SortOrder.AscendingOrder)
    panel.show()
    qtbot.waitExposed(panel)

    target = ids["Aïn al-Assad"]
    with qtbot.waitSignal(panel.annotation_activated, timeout=1000) as blocker:
        _click(qtbot, panel, proxy_index_of(panel, target, Column.QUOTE))
    assert blocker.args == [target]
    assert panel.selected_ids() == [target]

    with qtbot.waitSignal(panel.annotation_activated, timeout=1000) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert blocker.args == [ids["L’Irak"]]

    # clicking the row already selected shows it again
    with qtbot.waitSignal(panel.annotation_activated, timeout=1000) as blocker:
        _click(qtbot, panel, proxy_index_of(panel, ids["L’Irak"], Column.TAG))
    assert blocker.args == [ids["L’Irak"]]

    # a second row selected: no single annotation to show
    with qtbot.assertNotEmitted(panel.annotation_activated):
        qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(panel.selected_ids()) == 2
    assert panel.delete_button.isEnabled()


def test_select_annotation_selects_without_emitting_and_clears_hiding_filters(
    qtbot: QtBot, panel: AnnotationPanel, tagged: Tagged
) -> None:
    sid, ids = tagged
    panel.set_source(sid)
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findText("Date"))
    panel.filter_edit.setText("janvier")
    with qtbot.assertNotEmitted(panel.annotation_activated):
        assert panel.select_annotation(ids["18 janvier 2026"])
    assert panel.selected_ids() == [ids["18 janvier 2026"]]
    assert panel.filter_edit.text() == "janvier"  # this filter did not hide it

    with qtbot.assertNotEmitted(panel.annotation_activated):
        assert panel.select_annotation(ids["L’Irak"])
    assert panel.selected_ids() == [ids["L’Irak"]]
    assert panel.tag_combo.currentIndex() == 0 and panel.filter_edit.text() == ""
    current = panel.view.currentIndex()
    assert panel.model.annotation_at(panel.proxy.mapToSource(current).row()).id == ids["L’Irak"]
    assert panel.select_annotation(AnnotationId(9999)) is False


# ------------------------------------------------------------------------ delete


def test_delete_key_removes_the_selected_row_and_undo_restores_it(
    qtbot: QtBot, panel: AnnotationPanel, session: Session, store: Store, tagged: Tagged
) -> None:
    sid, ids = tagged
    aid = ids["L’Irak"]
    panel.set_source(sid)
    panel.select_annotation(aid)
    panel.view.setFocus()
    with qtbot.waitSignal(panel.delete_requested, timeout=1000) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert blocker.args == [[aid]]
    assert store.annotations(ids=[aid], status=None) == []
    assert panel.model.row_of(aid) is None and panel.proxy.rowCount() == 3
    assert panel.count_label.text() == "3 annotations"

    session.undo_stack.undo()
    assert store.annotation(aid).quote == "L’Irak"
    assert panel.model.row_of(aid) is not None and panel.proxy.rowCount() == 4


def test_delete_button_removes_every_selected_row(
    qtbot: QtBot, panel: AnnotationPanel, store: Store, tagged: Tagged
) -> None:
    sid, _ = tagged
    panel.set_source(sid)
    assert not panel.delete_button.isEnabled()
    panel.view.selectAll()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert store.annotations(source_id=sid, status=None) == []
    assert panel.model.rowCount() == 0
    assert not panel.delete_button.isEnabled()


def test_backspace_while_editing_edits_text_not_rows(
    qtbot: QtBot, panel: AnnotationPanel, store: Store, tagged: Tagged
) -> None:
    sid, ids = tagged
    aid = ids["18 janvier 2026"]
    panel.set_source(sid)
    panel.show()
    qtbot.waitExposed(panel)
    index = proxy_index_of(panel, aid, Column.VALUE)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setFocus()
    editor.end(False)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "2026-01-1"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert store.annotation(aid).value == "2026-01-18"
    assert panel.model.rowCount() == 4


def test_strings_go_through_translation(panel: AnnotationPanel) -> None:
    # a smoke check that the visible labels are the English source strings
    assert panel.filter_edit.placeholderText() == "Filter by text, value or note…"
    assert [panel.scope_combo.itemText(i) for i in range(2)] == ["Current source", "All sources"]
    assert panel.tag_combo.itemText(0) == "All tags"
    assert panel.proxy.headerData(Column.POSITION, Qt.Orientation.Horizontal) == "Position"


def test_switching_scope_keeps_the_selected_annotation_selected(
    qtbot: QtBot, panel: AnnotationPanel, tagged: Tagged
) -> None:
    sid, ids = tagged
    panel.set_source(sid)
    panel.select_annotation(ids["L’Irak"])
    with qtbot.assertNotEmitted(panel.annotation_activated):
        panel.set_scope_all(True)
    assert panel.selected_ids() == [ids["L’Irak"]]
    panel.set_scope_all(False)
    assert panel.selected_ids() == [ids["L’Irak"]]


def test_rows_leaving_the_selection_do_not_activate_the_rest(
    qtbot: QtBot, panel: AnnotationPanel, session: Session, tagged: Tagged
) -> None:
    sid, ids = tagged
    panel.set_source(sid)
    panel.view.selectAll()
    with qtbot.assertNotEmitted(panel.annotation_activated):
        session.delete_annotations([ids["L’Irak"], ids["Aïn al-Assad"], ids["18 janvier 2026"]])
    assert panel.selected_ids() == [ids["démenti toute victime"]]


def _double_click(qtbot: QtBot, panel: AnnotationPanel, index: QModelIndex) -> None:
    # a real double click: press and release, then the double-click event
    pos = panel.view.visualRect(index).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def test_double_click_or_f2_opens_a_line_editor_on_value_and_note_only(
    qtbot: QtBot, panel: AnnotationPanel, tagged: Tagged
) -> None:
    sid, ids = tagged
    panel.set_source(sid)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    value = proxy_index_of(panel, ids["Aïn al-Assad"], Column.VALUE)
    _double_click(qtbot, panel, value)
    assert view.state() == view.State.EditingState
    assert isinstance(view.indexWidget(value), QLineEdit)
    qtbot.keyClick(view.indexWidget(value), Qt.Key.Key_Escape)
    assert view.state() != view.State.EditingState

    quote = proxy_index_of(panel, ids["Aïn al-Assad"], Column.QUOTE)
    _double_click(qtbot, panel, quote)
    assert view.state() != view.State.EditingState

    note = proxy_index_of(panel, ids["Aïn al-Assad"], Column.NOTE)
    view.setCurrentIndex(note)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == view.State.EditingState
    assert isinstance(view.indexWidget(note), QLineEdit)

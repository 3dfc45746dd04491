"""The entity pane and linking through the session: one undo step, exact ids, cheap updates."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.entities import EntityId, EntityType, MatchReason
from desktop.core.entity_store import EntityStore
from desktop.core.errors import InvalidValue
from desktop.core.models import AnnotationId, AnnotationStatus, NewSuggestion, SourceId, TagId
from desktop.core.store import Store
from desktop.ui.models.entity_mention_model import MentionColumn
from desktop.ui.models.entity_table_model import Column
from desktop.ui.session import Session
from desktop.ui.widgets.entity_dialog import EntityDialog
from desktop.ui.widgets.entity_panel import EntityPanel
from desktop.ui.widgets.timeline_view import TimelineView
from tests.conftest import MakeSource

TEXT = (
    "Le conseiller Qasem al Arayi était à Bagdad le 18 janvier 2026. "
    "Qasim al-Alaji a écrit depuis Baghdad. L’armée reste à Bagdad."
)
PLACE, ACTOR, DATE = TagId(2), TagId(3), TagId(1)


def span(word: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(word, i + 1)
    return i, i + len(word)


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = ("entities", "entity_aliases", "annotation_entities", "entity_history")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


def tag(session: Session, sid: SourceId, word: str, tag_id: TagId, nth: int = 0) -> AnnotationId:
    aid = session.tag_passage(sid, *span(word, nth), tag_id)
    assert aid is not None
    return aid


@pytest.fixture
def sid(make_source: MakeSource) -> SourceId:
    return make_source(TEXT, "Dépêche")


# ------------------------------------------------------------- linking and undo


def test_tagging_a_place_links_it_in_the_same_undo_step(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId
) -> None:
    es = EntityStore(store)
    empty = rows(store)
    with qtbot.waitSignal(session.entities_changed) as blocker:
        aid = tag(session, sid, "Bagdad", PLACE)
    (eid,) = blocker.args[0].entity_ids
    assert es.links([aid]) == {aid: eid} and es.entity(eid).name == "Bagdad"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Tag place 'Bagdad'"
    linked = rows(store)

    session.undo_stack.undo()
    assert rows(store) == empty and store.annotations() == []
    session.undo_stack.redo()
    assert rows(store) == linked and store.annotation(aid).quote == "Bagdad"

    # the same name again links to the same entity; undoing that leaves the entity
    again = tag(session, sid, "Bagdad", PLACE, 1)
    assert es.links([again]) == {again: eid}
    session.undo_stack.undo()
    assert rows(store) == linked


def test_a_date_tag_is_one_plain_command(session: Session, store: Store, sid: SourceId) -> None:
    tag(session, sid, "18 janvier 2026", DATE)
    assert session.undo_stack.count() == 1 and session.undo_stack.command(0).childCount() == 0
    assert rows(store)["entities"] == []


def test_accepting_suggestions_links_them_with_exact_undo(
    session: Session, store: Store, sid: SourceId
) -> None:
    items = [
        NewSuggestion(*span("Bagdad"), PLACE, None),
        NewSuggestion(*span("Qasim al-Alaji"), ACTOR, None),
        NewSuggestion(*span("18 janvier 2026"), DATE, "2026-01-18"),
    ]
    ids = list(store.add_suggestions(sid, items).annotation_ids)
    es = EntityStore(store)
    before = rows(store)
    assert session.set_suggestions(ids, accept=True)
    assert session.undo_stack.count() == 1
    links = es.links(ids)
    assert set(links) == {ids[0], ids[1]}
    after = rows(store)
    session.undo_stack.undo()
    assert rows(store) == before
    assert {a.status for a in store.annotations(ids=ids, status=None)} == {
        AnnotationStatus.SUGGESTED
    }
    session.undo_stack.redo()
    assert rows(store) == after and es.links(ids) == links


def test_retagging_relinks_in_the_same_step(session: Session, store: Store, sid: SourceId) -> None:
    es = EntityStore(store)
    aid = tag(session, sid, "Bagdad", PLACE)
    place = es.links([aid])[aid]
    before = rows(store)
    assert session.edit_annotation(aid, tag_id=ACTOR)
    assert es.links([aid])[aid] != place
    session.undo_stack.undo()
    assert rows(store) == before and store.annotation(aid).tag_id == PLACE


def test_a_failed_tagging_leaves_no_empty_step(
    session: Session, store: Store, sid: SourceId, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(**_fields: object) -> None:
        raise InvalidValue("no")

    monkeypatch.setattr(store, "add_annotation", refuse)
    assert session.tag_passage(sid, *span("Bagdad"), PLACE) is None
    assert session.undo_stack.count() == 0 and not session.undo_stack.canRedo()


def test_merge_split_rename_through_the_session(
    session: Session, store: Store, sid: SourceId
) -> None:
    es = EntityStore(store)
    a1, a2 = tag(session, sid, "Qasem al Arayi", ACTOR), tag(session, sid, "Qasim al-Alaji", ACTOR)
    e1, e2 = es.links([a1])[a1], es.links([a2])[a2]
    before = rows(store)
    assert session.merge_entities(e1, [e2], reason=MatchReason.TRANSLITERATION)
    assert session.undo_stack.undoText() == "Merge 'Qasem al Arayi' and 'Qasim al-Alaji'"
    merged = rows(store)
    session.undo_stack.undo()
    assert rows(store) == before
    session.undo_stack.redo()
    assert rows(store) == merged
    assert session.split_mention(a2)
    e3 = es.links([a2])[a2]
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert es.links([a2])[a2] == e3  # the same id back
    assert session.rename_entity(e1, "Qasim al-Araji")
    assert session.rename_entity(e1, "Qasim al-Araji")  # unchanged: nothing pushed
    assert session.undo_stack.undoText() == "Rename 'Qasem al Arayi' to 'Qasim al-Araji'"
    assert not session.merge_entities(e1, [e1])


# ------------------------------------------------------------------- the pane


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> EntityPanel:
    p = EntityPanel(session)
    qtbot.addWidget(p)
    p.resize(500, 700)
    return p


def names(panel: EntityPanel) -> list[str]:
    return [str(panel.proxy.index(r, Column.NAME).data()) for r in range(panel.proxy.rowCount())]


def select(panel: EntityPanel, *entity_ids: EntityId) -> None:
    panel.view.clearSelection()
    for eid in entity_ids:
        row = panel.model.row_of(eid)
        assert row is not None
        index = panel.proxy.mapFromSource(panel.model.index(row, 0))
        panel.view.selectionModel().select(
            index,
            panel.view.selectionModel().SelectionFlag.Select
            | panel.view.selectionModel().SelectionFlag.Rows,
        )


def test_selecting_an_entity_lists_its_mentions_and_a_click_activates_one(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    a1 = tag(session, sid, "Bagdad", PLACE)
    a2 = tag(session, sid, "Bagdad", PLACE, 1)
    eid = EntityStore(store).links([a1])[a1]
    assert names(panel) == ["Bagdad"]
    assert panel.model.index(0, Column.MENTIONS).data() == 2
    assert "Dépêche: 2" in panel.model.index(0, Column.MENTIONS).data(Qt.ItemDataRole.ToolTipRole)
    with qtbot.waitSignal(panel.entity_selected) as selected:
        panel.select_entity(eid)
    assert selected.args == [int(eid)]
    assert panel.mention_model.rowCount() == 2
    context = panel.mention_model.index(0, MentionColumn.CONTEXT).data()
    assert "«Bagdad»" in context and "le 18 janvier" in context
    assert panel.mention_model.index(0, MentionColumn.SOURCE).data() == "Dépêche"
    rect = panel.mention_view.visualRect(panel.mention_model.index(1, MentionColumn.CONTEXT))
    with qtbot.waitSignal(panel.mention_activated) as activated:
        qtbot.mouseClick(
            panel.mention_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert activated.args == [int(a2)]
    with qtbot.waitSignal(panel.entity_selected) as cleared:
        panel.view.clearSelection()
    assert cleared.args == [None]


def test_the_pane_follows_changes_without_a_reset(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    panel.model.rowsInserted.connect(lambda _p, a, b: inserted.append((a, b)))
    tag(session, sid, "Bagdad", PLACE)
    tag(session, sid, "Baghdad", PLACE)
    assert names(panel) == ["Bagdad", "Baghdad"] and inserted == [(0, 0), (1, 1)]
    # a second mention only changes its row
    changed: list[int] = []
    panel.model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    aid = tag(session, sid, "Bagdad", PLACE, 1)
    assert changed and panel.model.index(0, Column.MENTIONS).data() == 2
    # deleting the annotation (link kept) and undoing it
    session.delete_annotations([aid])
    assert panel.model.index(0, Column.MENTIONS).data() == 1
    session.undo_stack.undo()
    assert panel.model.index(0, Column.MENTIONS).data() == 2
    # proposals followed too
    (proposal,) = panel.proposals()
    assert panel.proposal_box.proposal_text(proposal) == (
        "Possible same entity: Bagdad ↔ Baghdad — same name written differently (transliteration)"
    )
    assert resets == []


def test_rename_in_place(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    aid = tag(session, sid, "Bagdad", PLACE)
    eid = EntityStore(store).links([aid])[aid]
    panel.show()
    qtbot.waitExposed(panel)
    panel.select_entity(eid)
    index = panel.proxy.index(0, Column.NAME)
    panel.view.setCurrentIndex(index)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    editor = panel.view.indexWidget(index)
    assert isinstance(editor, QLineEdit) and editor.text() == "Bagdad"
    editor.setText("Bagdad (ville)")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits in a queued call
    qtbot.waitUntil(lambda: EntityStore(store).entity(eid).name == "Bagdad (ville)")
    assert names(panel) == ["Bagdad (ville)"]
    session.undo_stack.undo()
    assert names(panel) == ["Bagdad"]


def test_merge_selected_and_proposals(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    es = EntityStore(store)
    a1 = tag(session, sid, "Bagdad", PLACE)
    tag(session, sid, "Bagdad", PLACE, 1)
    a3 = tag(session, sid, "Baghdad", PLACE)
    e1, e3 = es.links([a1])[a1], es.links([a3])[a3]
    assert [p.pair for p in panel.proposals()] == [{e1, e3}]

    select(panel, e1, e3)
    assert panel.merge_button.isEnabled()
    panel.merge_button.click()
    assert names(panel) == ["Bagdad"]  # the one with more mentions kept its name
    assert panel.proposals() == [] and panel.proposal_box.list.isHidden()
    assert panel.model.index(0, Column.ALIASES).data() == 1
    session.undo_stack.undo()
    assert names(panel) == ["Bagdad", "Baghdad"] and len(panel.proposals()) == 1

    # "Not the same": gone, and not proposed again by a new pane
    row = panel.proposal_box.row(0)
    row.dismiss_button.click()
    assert panel.proposals() == []
    again = EntityPanel(session)
    qtbot.addWidget(again)
    assert again.proposals() == []
    session.undo_stack.undo()
    assert len(panel.proposals()) == 1

    # the proposal's Merge button keeps its reason with the name gained
    row = panel.proposal_box.row(0)
    row.merge_button.click()
    assert [(a.alias, a.reason) for a in es.aliases([e1])] == [("Baghdad", "transliteration")]


def test_split_a_mention_or_another_name_from_the_menus(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    es = EntityStore(store)
    a1 = tag(session, sid, "Bagdad", PLACE)
    a2 = tag(session, sid, "Baghdad", PLACE)
    e1, e2 = es.links([a1])[a1], es.links([a2])[a2]
    session.merge_entities(e1, [e2])
    panel.select_entity(e1)
    menu = panel.build_mention_menu(1)
    assert menu is not None
    split = [a for a in menu.actions() if a.text() == "Make This Mention an Entity of Its Own"]
    split[0].trigger()
    assert es.links([a2])[a2] not in (e1, e2) and len(names(panel)) == 2
    session.undo_stack.undo()
    panel.select_entity(e1)
    menu = panel.build_entity_menu()
    assert menu is not None
    (submenu,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    (alias,) = submenu.actions()
    assert alias.text() == "Baghdad"
    alias.trigger()
    assert names(panel) == ["Bagdad", "Baghdad"]


def test_edit_note_and_coordinates_in_the_dialog(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    aid = tag(session, sid, "Bagdad", PLACE)
    eid = EntityStore(store).links([aid])[aid]
    original = EntityStore(store).entity(eid).coordinates  # the gazetteer's, if it is there
    panel.select_entity(eid)

    def fill(_parent: object, dialog: EntityDialog) -> bool:
        dialog.lat_edit.setText("33,3152")
        dialog.lon_edit.setText("")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.lon_edit.setText("44.3661")
        dialog.note_edit.setPlainText("Capitale")
        return True

    panel.ask_edit = fill
    panel.edit_button.click()
    entity = EntityStore(store).entity(eid)
    assert (entity.lat, entity.lon, entity.note, entity.type) == (
        33.3152,
        44.3661,
        "Capitale",
        EntityType.PLACE,
    )
    assert panel.model.index(0, Column.NAME).data(Qt.ItemDataRole.ToolTipRole) == "Capitale"
    session.undo_stack.undo()
    assert EntityStore(store).entity(eid).coordinates == original


def test_filters(session: Session, store: Store, sid: SourceId, panel: EntityPanel) -> None:
    tag(session, sid, "Bagdad", PLACE)
    tag(session, sid, "Qasim al-Alaji", ACTOR)
    panel.filter_edit.setText("alaji")
    assert names(panel) == ["Qasim al-Alaji"]
    panel.filter_edit.clear()
    panel.type_combo.setCurrentIndex(panel.type_combo.findData(EntityType.PLACE.value))
    assert names(panel) == ["Bagdad"]
    assert panel.count_label.text() == "1 of 2"


def test_timeline_filter_shows_an_entitys_dates(
    qtbot: QtBot, session: Session, store: Store, sid: SourceId
) -> None:
    date = tag(session, sid, "18 janvier 2026", DATE)
    session.edit_annotation(date, value="2026-01-18")
    aid = tag(session, sid, "Bagdad", PLACE)
    other = store.add_annotation(
        source_id=sid,
        start=TEXT.index("écrit"),
        end=TEXT.index("écrit") + 5,
        tag_id=DATE,
        value="2026-01-19",
    ).annotation_ids[0]
    view = TimelineView(session)
    qtbot.addWidget(view)
    view.resize(800, 300)
    assert view.layout_model.items_of[date] and view.layout_model.items_of[other]
    related = EntityStore(store).related_dates(EntityStore(store).links([aid])[aid])
    assert related == {date}
    view.set_annotation_filter({int(a) for a in related})
    assert view.layout_model.items_of[date] and not view.layout_model.items_of.get(other)
    assert view.mark_rect(other) is None
    view.set_annotation_filter(None)
    assert view.layout_model.items_of[other]


def test_a_missing_entity_index_is_harmless(panel: EntityPanel) -> None:
    panel._on_mention_clicked(QModelIndex())
    assert panel.build_mention_menu(0) is None and panel.build_entity_menu() is None


def test_removing_and_restoring_a_source(
    session: Session, store: Store, sid: SourceId, panel: EntityPanel
) -> None:
    tag(session, sid, "Bagdad", PLACE)
    tag(session, sid, "Baghdad", PLACE)
    assert len(panel.proposals()) == 1
    snapshot = store.source_snapshot(sid)
    session.emit_change(store.delete_source(sid))  # as undoing its import does
    assert names(panel) == [] and panel.proposals() == []
    session.emit_change(store.restore_source(snapshot))
    assert names(panel) == ["Bagdad", "Baghdad"] and len(panel.proposals()) == 1

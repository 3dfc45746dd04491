"""The sources list and the search below it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core.models import ImportedSource, SourceId
from desktop.core.store import Store
from desktop.ui.models.source_list_model import ANNOTATIONS, PUBLISHED, TITLE, SourceListModel
from desktop.ui.session import Session
from desktop.ui.widgets.sources_panel import HIT_ROLE, SourcesPanel, hit_html

MakeSource = Callable[..., SourceId]


def cell(model: SourceListModel, source_id: SourceId, column: int, role: int = 0) -> object:
    return model.data(model.index(model.row_of(source_id), column), role)


def imported(text: str, title: str) -> ImportedSource:
    return ImportedSource(
        filename=f"{title}.txt",
        format="txt",
        original=text.encode(),
        text=text,
        encoding="utf-8",
        title=title,
        lang="fr",
    )


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> SourcesPanel:
    p = SourcesPanel(session)
    qtbot.addWidget(p)
    p.resize(500, 600)
    p.show()
    return p


# ------------------------------------------------------------------- the model


def test_list_shows_titles_dates_and_counts(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    a = make_source("Le convoi est arrivé à Mossoul.", "Convoi", published="2026-03-12")
    b = make_source("Rien ici.", "Sans date")
    session.tag_passage(a, 3, 9, session.store.tag_named("Claim").id)
    model = SourceListModel(session)

    assert model.rowCount() == 2
    assert cell(model, a, TITLE) == "Convoi"
    assert cell(model, a, PUBLISHED) == "2026-03-12"
    assert cell(model, b, PUBLISHED) == ""
    assert cell(model, a, ANNOTATIONS) == 1
    assert cell(model, b, ANNOTATIONS) == 0
    assert model.source_id_at(model.row_of(b)) == b
    tip = str(cell(model, a, TITLE, Qt.ItemDataRole.ToolTipRole))
    assert "Convoi.txt" in tip and "utf-8" in tip
    assert session.store.source(a).sha256[:12] in tip


def test_guessed_date_is_marked_until_confirmed(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    guessed = ImportedSource(
        filename="depeche.txt",
        format="txt",
        original=b"BAGDAD, 3 mars",
        text="BAGDAD, 3 mars",
        encoding="utf-8",
        title="Dépêche",
        lang="fr",
        published="2026-03-03",
        published_how="dateline",
        published_confirmed=False,
    )
    sid = store.add_source(guessed).source_ids[0]
    model = SourceListModel(session)

    assert str(cell(model, sid, PUBLISHED)).endswith(" ?")
    assert cell(model, sid, PUBLISHED, Qt.ItemDataRole.ToolTipRole) == (
        "Publication date guessed from the text (dateline): confirm it in Properties"
    )
    assert cell(model, sid, PUBLISHED, Qt.ItemDataRole.ForegroundRole) is not None

    session.edit_source(sid, published_confirmed=True)
    assert "?" not in str(cell(model, sid, PUBLISHED))
    assert cell(model, sid, PUBLISHED, Qt.ItemDataRole.ToolTipRole) is None


def test_tagging_updates_the_count_of_that_row_only(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    a = make_source("Premier texte sur Mossoul.", "A")
    b = make_source("Second texte sur Bagdad.", "B")
    model = SourceListModel(session)
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles=(): changed.append((tl.row(), tl.column(), br.row(), br.column()))
    )
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    session.tag_passage(b, 17, 23, session.store.tag_named("Place").id)

    row_b = model.row_of(b)
    assert changed == [(row_b, ANNOTATIONS, row_b, ANNOTATIONS)]
    assert cell(model, b, ANNOTATIONS) == 1
    assert cell(model, a, ANNOTATIONS) == 0
    assert not resets

    session.undo_stack.undo()
    assert cell(model, b, ANNOTATIONS) == 0
    session.undo_stack.redo()
    assert cell(model, b, ANNOTATIONS) == 1
    assert not resets


def test_deleting_a_tag_recounts_and_undo_restores(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    a = make_source("Le budget atteint 40 millions.", "A")
    b = make_source("Aucun chiffre.", "B")
    tag_id = session.add_tag(name="Chiffre", colour="#123456")
    assert tag_id is not None
    session.tag_passage(a, 18, 20, tag_id)
    session.tag_passage(a, 0, 2, session.store.tag_named("Claim").id)
    model = SourceListModel(session)
    changed: list[int] = []
    model.dataChanged.connect(lambda tl, _br, _roles=(): changed.append(tl.row()))
    assert cell(model, a, ANNOTATIONS) == 2

    session.delete_tag(tag_id)
    assert cell(model, a, ANNOTATIONS) == 1
    assert cell(model, b, ANNOTATIONS) == 0
    assert changed == [model.row_of(a)]
    session.undo_stack.undo()
    assert cell(model, a, ANNOTATIONS) == 2


def test_added_and_removed_sources_insert_and_remove_one_row(
    qtbot: QtBot, session: Session, store: Store, make_source: MakeSource
) -> None:
    make_source("Un.", "Un")
    model = SourceListModel(session)
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: removed.append((first, last)))
    model.modelReset.connect(lambda: pytest.fail("the model was reset"))

    change = store.add_source(imported("Deux.", "Deux"))
    session.emit_change(change)
    sid = change.source_ids[0]
    assert inserted == [(1, 1)]
    assert model.rowCount() == 2
    assert cell(model, sid, TITLE) == "Deux"

    session.edit_source(sid, title="Deux bis")
    assert cell(model, sid, TITLE) == "Deux bis"

    session.emit_change(store.delete_source(sid))
    assert removed == [(1, 1)]
    assert model.row_of(sid) == -1
    assert model.rowCount() == 1


def test_recorded_import_undo_and_redo_follow(qtbot: QtBot, session: Session, store: Store) -> None:
    model = SourceListModel(session)
    sid = store.add_source(imported("Trois.", "Trois")).source_ids[0]
    session.record_import([sid])
    assert model.rowCount() == 1
    session.undo_stack.undo()
    assert model.rowCount() == 0
    session.undo_stack.redo()
    assert model.rowCount() == 1
    assert model.source_id_at(0) == sid


# -------------------------------------------------------------- the panel list


def test_selection_emits_only_for_the_user(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    a = make_source("Un.", "Un")
    b = make_source("Deux.", "Deux")
    panel2 = SourcesPanel(session)
    qtbot.addWidget(panel2)
    panel2.show()

    with qtbot.assertNotEmitted(panel2.source_selected):
        panel2.select_source(b)
        panel2.select_source(b)
    assert panel2.selected_source_id() == b

    with qtbot.waitSignal(panel2.source_selected) as blocker:
        index = panel2.proxy.mapFromSource(panel2.model.index(panel2.model.row_of(a), 0))
        panel2.table.selectRow(index.row())
    assert blocker.args == [a]

    with qtbot.waitSignal(panel2.properties_requested) as blocker:
        qtbot.keyClick(panel2.table, Qt.Key.Key_Return)
    assert blocker.args == [a]

    with qtbot.waitSignal(panel2.properties_requested) as blocker:
        panel2.context_menu(b).actions()[1].trigger()
    assert blocker.args == [b]

    with qtbot.waitSignal(panel2.source_selected) as blocker:
        panel2.context_menu(b).actions()[0].trigger()
    assert blocker.args == [b]
    assert panel2.selected_source_id() == b

    with qtbot.assertNotEmitted(panel2.source_selected):
        panel2.select_source(None)
    assert panel2.selected_source_id() is None


def test_sorting_by_date(qtbot: QtBot, session: Session, make_source: MakeSource) -> None:
    late = make_source("x", "Late", published="2026-05-01")
    early = make_source("y", "Early", published="2025-01-01")
    p = SourcesPanel(session)
    qtbot.addWidget(p)
    p.table.sortByColumn(PUBLISHED, Qt.SortOrder.AscendingOrder)
    first = p.proxy.mapToSource(p.proxy.index(0, 0)).row()
    assert p.model.source_id_at(first) == early
    p.table.sortByColumn(PUBLISHED, Qt.SortOrder.DescendingOrder)
    first = p.proxy.mapToSource(p.proxy.index(0, 0)).row()
    assert p.model.source_id_at(first) == late


# ------------------------------------------------------------------ the search


def hits_of(panel: SourcesPanel) -> list[tuple[int, str]]:
    model = panel.hit_model
    return [
        (model.data(model.index(r), HIT_ROLE).source_id, model.data(model.index(r), HIT_ROLE).match)
        for r in range(model.rowCount())
    ]


def test_search_ignores_accents_both_ways(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    plain = make_source("Les troupes ont quitté Ain Zala hier.", "Sans accent")
    accented = make_source("Le marché d’Aïn Issa a rouvert.", "Avec accent")
    p = SourcesPanel(session)
    qtbot.addWidget(p)

    p.search_edit.setText("Aïn")
    p.run_search()
    assert sorted(hits_of(p)) == sorted([(plain, "Ain"), (accented, "Aïn")])
    assert p.status_label.text() == "2 hits in 2 sources"

    p.search_edit.setText("ain")
    p.run_search()
    assert sorted(hits_of(p)) == sorted([(plain, "Ain"), (accented, "Aïn")])


def test_search_is_debounced_and_enter_searches_at_once(
    qtbot: QtBot, make_source: MakeSource, session: Session
) -> None:
    make_source("Le convoi est arrivé.", "Convoi")
    panel2 = SourcesPanel(session)
    qtbot.addWidget(panel2)
    qtbot.keyClicks(panel2.search_edit, "convoi")
    assert panel2.hit_model.rowCount() == 0  # not yet: the timer is running
    qtbot.waitUntil(lambda: panel2.hit_model.rowCount() == 1, timeout=2000)

    panel2.search_edit.setText("arrive")
    qtbot.keyClick(panel2.search_edit, Qt.Key.Key_Return)
    assert hits_of(panel2)[0][1] == "arrivé"


def test_hit_shows_context_and_activates_with_code_points(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    text = "🙂 Témoin : le convoi a été vu à Mossoul, près du pont."
    sid = make_source(text, "Témoignage")
    p = SourcesPanel(session)
    qtbot.addWidget(p)
    p.resize(400, 500)
    p.show()
    p.search_edit.setText("mossoul")
    p.run_search()

    index = p.hit_model.index(0)
    hit = index.data(HIT_ROLE)
    assert "vu à " in hit.before and hit.match == "Mossoul" and hit.after.startswith(", près")
    html = hit_html(hit)
    assert "Témoignage" in html and ">Mossoul</span>" in html and "font-weight:bold" in html
    shown = str(index.data(Qt.ItemDataRole.DisplayRole))
    assert shown.startswith("Témoignage\n") and "vu à Mossoul, près" in shown

    start = text.index("Mossoul")  # code points: the emoji counts one
    with qtbot.waitSignal(p.hit_activated) as blocker:
        p.hits_view.setCurrentIndex(index)
        qtbot.keyClick(p.hits_view, Qt.Key.Key_Return)
    assert blocker.args == [sid, start, start + len("Mossoul")]
    assert text[blocker.args[1] : blocker.args[2]] == "Mossoul"

    rect = p.hits_view.visualRect(index)
    assert rect.height() > p.hits_view.fontMetrics().height()  # two lines
    with qtbot.waitSignal(p.hit_activated) as blocker:
        qtbot.mouseClick(p.hits_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [sid, start, start + 7]
    assert p.selected_source_id() == sid


def test_no_match_says_so(qtbot: QtBot, session: Session, make_source: MakeSource) -> None:
    make_source("Rien à voir.", "Texte")
    p = SourcesPanel(session)
    qtbot.addWidget(p)
    p.search_edit.setText("Kirkouk")
    p.run_search()
    assert p.hit_model.rowCount() == 0
    assert p.status_label.text() == "No match for “Kirkouk”"
    p.search_edit.clear()
    p.run_search()
    assert p.status_label.text() == ""


def test_search_reruns_when_sources_change(
    qtbot: QtBot, session: Session, store: Store, make_source: MakeSource
) -> None:
    make_source("Un convoi à Mossoul.", "Un")
    p = SourcesPanel(session)
    qtbot.addWidget(p)
    p.search_edit.setText("convoi")
    p.run_search()
    assert p.hit_model.rowCount() == 1

    change = store.add_source(imported("Un autre convoi.", "Deux"))
    session.emit_change(change)
    qtbot.waitUntil(lambda: p.hit_model.rowCount() == 2, timeout=2000)

    session.emit_change(store.delete_source(change.source_ids[0]))
    qtbot.waitUntil(lambda: p.hit_model.rowCount() == 1, timeout=2000)
    assert p.status_label.text() == "1 hit in 1 source"


def test_panel_rows_follow_the_session(
    qtbot: QtBot, panel: SourcesPanel, session: Session, store: Store
) -> None:
    assert panel.model.rowCount() == 0
    change = store.add_source(imported("Nouveau.", "Nouveau"))
    session.emit_change(change)
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, TITLE).data() == "Nouveau"
    assert not panel.proxy.index(0, 0).parent().isValid()
    assert panel.model.rowCount(QModelIndex()) == 1

"""Suggested dates in the window: pending style, Tab/Enter/Delete, accept all, undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from desktop.core.models import AnnotationStatus
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from tests.conftest import MakeSource

TEXT = (
    "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat.\n\n"
    "Un accord prévoit le retrait le 31 décembre 2021. Hier, Bagdad a confirmé."
)


@pytest.fixture
def window(
    qtbot: QtBot, tmp_path: Path, store: Store, make_source: MakeSource
) -> Iterator[MainWindow]:
    make_source(TEXT, "Dépêche", published="2021-12-10")
    path = store.path
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    assert w.open_project(path)
    w.show()
    yield w
    w.close()


def pending(w: MainWindow) -> list[str]:
    assert w.session is not None
    return [a.quote for a in w.session.store.annotations(status=AnnotationStatus.SUGGESTED)]


def test_suggest_then_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    window.suggest_source_action.trigger()
    quotes = pending(window)
    assert "jeudi" in quotes and "Hier" in quotes
    assert window.annotation_panel is not None and window.reader is not None
    assert window.annotation_panel.model.rowCount() == len(quotes)
    assert len(window.reader.view.annotation_index) == len(quotes)
    assert window.undo_action.text().startswith("&Undo Suggest")
    ids = sorted(window.reader.view.annotation_index.ids())
    window.undo_action.trigger()
    assert pending(window) == [] and window.annotation_panel.model.rowCount() == 0
    window.redo_action.trigger()
    assert sorted(window.reader.view.annotation_index.ids()) == ids


def test_tab_enter_and_delete_in_the_reader(qtbot: QtBot, window: MainWindow) -> None:
    window.suggest_source_action.trigger()
    assert window.reader is not None and window.session is not None
    view = window.reader.view
    view.setFocus()
    view.select_range(0, 0)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # first pending suggestion: "jeudi"
    start, end = view.selection_range()  # type: ignore[misc]
    assert TEXT[start:end] == "jeudi"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    accepted = window.session.store.annotations(status=AnnotationStatus.ACCEPTED)
    assert [(a.quote, a.value) for a in accepted] == [("jeudi", "2021-12-09")]
    assert window.undo_action.text() == "&Undo Accept 'jeudi'"

    qtbot.keyClick(view, Qt.Key.Key_Tab)  # next one
    start, end = view.selection_range()  # type: ignore[misc]
    rejected_quote = TEXT[start:end]
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    rejected = window.session.store.annotations(status=AnnotationStatus.REJECTED)
    assert [a.quote for a in rejected] == [rejected_quote]
    assert rejected[0].id not in view.annotation_index  # rejected ones are not drawn

    window.undo_action.trigger()
    assert rejected_quote in pending(window)
    window.undo_action.trigger()
    assert "jeudi" in pending(window)


def test_rejected_suggestions_stay_rejected(qtbot: QtBot, window: MainWindow) -> None:
    window.suggest_source_action.trigger()
    assert window.session is not None
    first = window.session.store.annotations(status=AnnotationStatus.SUGGESTED)
    window.session.delete_annotations([a.id for a in first])  # Delete on suggestions rejects
    assert pending(window) == []
    window.suggest_source_action.trigger()
    assert pending(window) == []
    assert window.statusBar().currentMessage().startswith("0 suggestion")


def test_accept_all_is_one_step(qtbot: QtBot, window: MainWindow) -> None:
    window.suggest_source_action.trigger()
    n = len(pending(window))
    assert n >= 3
    window.accept_all_action.trigger()
    assert pending(window) == []
    assert window.undo_action.text() == f"&Undo Accept {n} suggestion(s)"
    window.undo_action.trigger()
    assert len(pending(window)) == n


def test_enter_in_the_annotation_list_accepts(qtbot: QtBot, window: MainWindow) -> None:
    window.suggest_source_action.trigger()
    assert window.annotation_panel is not None
    panel = window.annotation_panel
    panel.view.setFocus()
    panel.view.selectRow(0)
    quote = panel.model.annotation_at(panel.proxy.mapToSource(panel.proxy.index(0, 0)).row()).quote
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert quote not in pending(window)


def test_places_and_actors_suggested_and_linked_on_accept(
    qtbot: QtBot, tmp_path: Path, store: Store, make_source: MakeSource
) -> None:
    from desktop.core.entity_store import EntityStore

    make_source(
        "Les derniers conseillers ont quitté Bagdad jeudi, selon le ministère irakien "
        "de la Défense.",
        "Dépêche",
        published="2021-12-10",
    )
    settings = QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    assert w.open_project(store.path)
    w.suggest_entities_action.trigger()
    assert w.session is not None
    pending = w.session.store.annotations(status=AnnotationStatus.SUGGESTED)
    places = [a for a in pending if a.quote == "Bagdad"]
    assert places and places[0].value == "Bagdad"
    assert not any(a.quote == "jeudi" for a in pending)  # dates were not asked for
    assert w.session.set_suggestions([places[0].id], accept=True)
    assert EntityStore(w.session.store).links([places[0].id])  # linked to an entity
    w.undo_action.trigger()  # one step: the acceptance and its entity
    assert not EntityStore(w.session.store).links([places[0].id])
    w.close()

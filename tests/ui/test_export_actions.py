"""File ▸ Export ▸ and File ▸ Import REFI-QDA Project… in the main window."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.core.entity_reads import entities_json
from desktop.core.export.formats import FORMATS
from desktop.core.store import Store
from desktop.ui.export_actions import ExportActions, ExportWorker, QdpxWorker
from desktop.ui.main_window import MainWindow
from tests.core import qdpx_fixtures as fx
from tests.core.export_project import build
from tests.core.hostile_zips import HOSTILE


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Enquête.recoupe"
    store = Store.create(path)
    build(store)
    store.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, project: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    assert w.open_project(project)
    yield w
    w.close()


def actions(window: MainWindow) -> ExportActions:
    return window.export_actions


def rows(window: MainWindow) -> dict[str, int]:
    db = window.session.store.db if window.session else None
    assert db is not None
    return {
        t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("sources", "tags", "annotations", "entities", "annotation_entities")
    }


def test_the_file_menu_lists_every_format(window: MainWindow) -> None:
    a = actions(window)
    assert set(a.export_actions) == set(FORMATS)
    titles = [act.text() for act in window.file_menu.actions()]
    assert a.export_menu.menuAction().text() in titles and a.import_action.text() in titles
    assert a.export_menu.isEnabled() and a.import_action.isEnabled()
    window.close_project()
    assert not a.export_menu.isEnabled() and not a.import_action.isEnabled()


def test_export_writes_and_reports_in_the_status_bar(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "annotations.jsonld"
    assert actions(window).export_to("w3c", out)
    assert json.loads(out.read_text("utf-8"))["total"] == 7
    assert str(out) in window.statusBar().currentMessage()
    assert window.task_status.isHidden()


def test_the_file_chooser_picks_zip_or_folder(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = {"path": str(tmp_path / "tables"), "filter": ""}

    def ask(*args: object) -> tuple[str, str]:
        return chosen["path"], chosen["filter"]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    a = actions(window)
    chosen["filter"] = a.tr("Zip archive (*.zip)")
    a.export_actions["csv"].trigger()
    assert zipfile.is_zipfile(tmp_path / "tables.zip")
    chosen["filter"] = a.tr("New folder (*)")
    a.export_actions["brat"].trigger()
    assert (tmp_path / "tables" / "annotation.conf").is_file()
    chosen["path"] = str(tmp_path / "map")
    a.export_actions["geojson"].trigger()
    assert json.loads((tmp_path / "map.geojson").read_text("utf-8"))["type"] == (
        "FeatureCollection"
    )


def test_a_failed_export_names_the_file_and_writes_nothing(
    window: MainWindow, tmp_path: Path
) -> None:
    out = tmp_path / "missing" / "p.qdpx"
    actions(window).export_to("qdpx", out)
    box = actions(window).last_message
    assert box is not None and box.icon() is QMessageBox.Icon.Warning
    assert str(out) in box.text() and box.windowTitle() == "Export failed"
    assert not out.parent.exists()


def test_a_cancelled_export_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExportWorker, "cancelled", lambda self: True)
    out = tmp_path / "p.qdpx"
    actions(window).export_to("qdpx", out)
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert "nothing was written" in window.statusBar().currentMessage()


def test_import_qdpx_is_one_undo_step(window: MainWindow, tmp_path: Path) -> None:
    session = window.session
    assert session is not None
    before = rows(window)
    steps = session.undo_stack.count()
    assert actions(window).import_qdpx(fx.qualcoder(tmp_path / "q.qdpx"))
    after = rows(window)
    assert after["sources"] == before["sources"] + 1
    assert after["annotations"] == before["annotations"] + 2
    assert after["tags"] == before["tags"] + 2
    assert session.undo_stack.count() == steps + 1
    assert "q.qdpx" in session.undo_stack.undoText()
    assert "q.qdpx: 1 source(s), 2 annotation(s)" in window.statusBar().currentMessage()
    places = {e["name"] for e in entities_json(session.store)}
    assert "Lyon" in places
    ids = sorted(s.id for s in session.store.sources())

    session.undo_stack.undo()
    assert rows(window) == before
    assert "Lyon" not in {e["name"] for e in entities_json(session.store)}

    session.undo_stack.redo()
    assert rows(window) == after
    assert sorted(s.id for s in session.store.sources()) == ids
    assert "Lyon" in {e["name"] for e in entities_json(session.store)}


def test_import_into_existing_sources_undoes_only_what_it_added(
    window: MainWindow, tmp_path: Path
) -> None:
    session = window.session
    assert session is not None
    path = fx.qualcoder(tmp_path / "q.qdpx")
    actions(window).import_qdpx(path)
    session.store.delete_annotations(a.id for a in session.store.annotations(status=None))
    before = rows(window)
    actions(window).import_qdpx(path)  # the source is there: only codings come in
    assert rows(window)["annotations"] == 2 and rows(window)["sources"] == before["sources"]
    session.undo_stack.undo()
    assert rows(window) == before


def test_a_hostile_qdpx_is_refused_with_nothing_written(window: MainWindow, tmp_path: Path) -> None:
    session = window.session
    assert session is not None
    before = rows(window)
    steps = session.undo_stack.count()
    path = tmp_path / "evil.qdpx"
    HOSTILE["symlink"][0](path, {"project.qde": b"<Project name='x'/>"})
    actions(window).import_qdpx(path)
    box = actions(window).last_message
    assert box is not None and box.windowTitle() == "Import failed"
    assert "evil.qdpx" in box.text() and "symbolic link" in box.text()
    assert rows(window) == before and session.undo_stack.count() == steps


def test_notices_are_shown_after_an_import(window: MainWindow, tmp_path: Path) -> None:
    actions(window).import_qdpx(fx.atlas(tmp_path / "Trial.qdpx"))
    box = actions(window).last_message
    assert box is not None and box.icon() is QMessageBox.Icon.Information
    assert "scan.pdf" in box.informativeText()


def test_a_cancelled_import_adds_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QdpxWorker, "cancelled", lambda self: True)
    before = rows(window)
    actions(window).import_qdpx(fx.qualcoder(tmp_path / "q.qdpx"))
    assert rows(window) == before
    assert "nothing was added" in window.statusBar().currentMessage()


def test_export_runs_in_a_worker_thread(qtbot: QtBot, tmp_path: Path, project: Path) -> None:
    settings = QSettings(str(tmp_path / "threaded.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)  # real worker thread
    qtbot.addWidget(w)
    assert w.open_project(project)
    a = actions(w)
    assert a.controller is not None
    out = tmp_path / "p.qdpx"
    with qtbot.waitSignal(a.controller.finished, timeout=20000):
        assert a.export_to("qdpx", out)
    assert zipfile.is_zipfile(out)
    with qtbot.waitSignal(a.controller.finished, timeout=20000):
        assert a.import_qdpx(fx.qualcoder(tmp_path / "q.qdpx"))
    assert w.session is not None and len(w.session.store.sources()) == 3
    w.close_project()
    w.close()

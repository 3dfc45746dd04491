"""The main window as a journalist uses it: tag, undo, edit, filter, search, reopen, import."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.models.annotation_table_model import Column

TEXT_A = (
    "😀 L’Irak a annoncé dimanche 18 janvier 2026 le retrait de la base d’Aïn al-Assad, "
    "près de Bagdad."
)
TEXT_B = (
    "Samedi 17 janvier, l'armée a pris le contrôle de la base aérienne d'Ayn al-Asad "
    "dans la province d'Anbar."
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "Enquête.recoupe"
    store = Store.create(path)
    from desktop.core.importing import import_files

    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="cp1252")
    report = import_files(store, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert len(report.added) == 2
    store.close()
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, project: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    assert w.open_project(project)
    w.show()
    yield w
    w.close()


def rows_in_file(path: Path) -> list[tuple[int, str, str | None]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, quote, value FROM annotations ORDER BY id").fetchall()
    finally:
        conn.close()


def select_and_press(qtbot: QtBot, w: MainWindow, word: str, key: Qt.Key) -> None:
    assert w.reader is not None
    view = w.reader.view
    assert w.session is not None and view.source_id is not None
    text = w.session.store.source_text(view.source_id)
    start = text.index(word)
    view.select_range(start + 1, start + len(word) - 1)  # a sloppy selection inside the word
    view.setFocus()
    qtbot.keyClick(view, key)


def test_title_names_the_project(window: MainWindow) -> None:
    assert window.windowTitle() == "Enquête — Recoupe"


def test_tag_with_a_key_undo_redo(qtbot: QtBot, window: MainWindow, project: Path) -> None:
    assert window.reader is not None and window.annotation_panel is not None
    model = window.annotation_panel.model
    select_and_press(qtbot, window, "dimanche 18 janvier 2026", Qt.Key.Key_D)
    rows = rows_in_file(project)
    assert [r[1] for r in rows] == ["dimanche 18 janvier 2026"]
    assert model.rowCount() == 1
    assert model.annotation_at(0).quote == "dimanche 18 janvier 2026"
    assert window.reader.view.annotation_index  # highlighted in the reader
    assert window.undo_action.text() == "&Undo Tag date 'dimanche 18 janvier 2026'"

    window.undo_action.trigger()
    assert rows_in_file(project) == [] and model.rowCount() == 0
    window.redo_action.trigger()
    assert rows_in_file(project) == rows
    assert model.annotation_at(0).id == rows[0][0]


def test_edit_value_in_place_and_filter(qtbot: QtBot, window: MainWindow, project: Path) -> None:
    assert window.annotation_panel is not None
    panel = window.annotation_panel
    select_and_press(qtbot, window, "Bagdad", Qt.Key.Key_P)
    select_and_press(qtbot, window, "Aïn al-Assad", Qt.Key.Key_P)
    proxy = panel.proxy
    row = next(
        r for r in range(proxy.rowCount()) if "Bagdad" in proxy.index(r, Column.QUOTE).data()
    )
    index = proxy.index(row, Column.VALUE)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    editor = panel.view.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("Baghdad")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: index.data() == "Baghdad")  # the delegate commits on the next loop
    assert ("Bagdad", "Baghdad") in [(q, v) for _, q, v in rows_in_file(project)]
    assert index.data() == "Baghdad"

    panel.filter_edit.setText("ain")  # accent-insensitive: finds "Aïn al-Assad"
    assert proxy.rowCount() == 1
    assert proxy.index(0, Column.QUOTE).data() == "Aïn al-Assad"
    window.undo_action.trigger()  # the value edit
    assert ("Bagdad", None) in [(q, v) for _, q, v in rows_in_file(project)]


def test_search_hit_opens_the_source_at_the_hit(qtbot: QtBot, window: MainWindow) -> None:
    assert window.sources_panel is not None and window.reader is not None
    panel = window.sources_panel
    panel.search_edit.setText("AIN")  # accent- and case-insensitive: finds "Aïn"
    panel.run_search()
    hits = panel.hit_model
    assert hits.rowCount() == 1
    panel.search_edit.setText("anbar")
    panel.run_search()
    assert hits.rowCount() == 1
    index = hits.index(0, 0)
    rect = panel.hits_view.visualRect(index)
    with qtbot.waitSignal(panel.hit_activated):
        qtbot.mouseClick(panel.hits_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.reader.view
    second = window.session.store.sources()[1].id  # type: ignore[union-attr]
    assert view.source_id == second
    start, end = view.selection_range()  # type: ignore[misc]
    assert TEXT_B[start:end] == "Anbar"


def test_reopening_shows_everything(qtbot: QtBot, window: MainWindow, project: Path) -> None:
    select_and_press(qtbot, window, "Bagdad", Qt.Key.Key_P)
    select_and_press(qtbot, window, "annoncé", Qt.Key.Key_C)
    window.close_project()
    assert window.session is None and window.windowTitle() == "Recoupe"
    assert str(project.resolve()) in window.recent_projects()
    assert window.open_project(project)
    assert window.annotation_panel is not None and window.reader is not None
    quotes = {window.annotation_panel.model.annotation_at(r).quote for r in range(2)}
    assert quotes == {"Bagdad", "annoncé"}
    assert len(window.reader.view.annotation_index) == 2


def test_import_reports_bad_files_and_undo_removes_the_batch(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "nouveau.html"
    good.write_text(
        "<html><head><title>Nouveau</title><script>alert(1)</script></head>"
        "<body><nav>Menu</nav><p>Le retrait d’Irak est achevé, selon Bagdad.</p></body></html>",
        encoding="utf-8",
    )
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    duplicate = tmp_path / "a.txt"  # same bytes as the first source
    assert window.session is not None and window.sources_panel is not None
    before = len(window.session.store.sources())
    window.import_files([empty, good, binary, duplicate])
    sources = window.session.store.sources()
    assert len(sources) == before + 1
    new = sources[-1]
    assert "alert" not in window.session.store.source_text(new.id)
    assert window.sources_panel.model.rowCount() == before + 1
    box = window.last_import_message
    details = box.detailedText()
    assert "vide.txt" in details and "image.txt" in details and "a.txt" in details
    assert window.undo_action.text() == "&Undo Import 'Nouveau'"
    window.undo_action.trigger()
    assert len(window.session.store.sources()) == before
    assert window.sources_panel.model.rowCount() == before
    window.redo_action.trigger()
    assert [s.id for s in window.session.store.sources()][-1] == new.id


def test_dropping_files_imports_them(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dropped = tmp_path / "depeche.md"
    dropped.write_text("# Dépêche\n\nLa coalition quitte *Bagdad*.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.session is not None
    titles = [s.title for s in window.session.store.sources()]
    assert "Dépêche" in titles


def test_threaded_import_keeps_the_window_responsive(
    qtbot: QtBot, tmp_path: Path, project: Path
) -> None:
    settings = QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings)  # real worker thread
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(project)
    files = []
    for i in range(40):
        f = tmp_path / f"article-{i}.txt"
        f.write_text(f"Article {i} : la coalition et Bagdad, le {i + 1} janvier.", encoding="utf-8")
        files.append(f)
    assert w.importer is not None
    with qtbot.waitSignal(w.importer.finished, timeout=30000) as blocker:
        assert w.import_files(files)
        assert w.task_status.isVisible() and w.task_status.cancel_button.isVisible()
    assert len(blocker.args[0].added) == 40
    assert w.session is not None and len(w.session.store.sources()) == 42
    assert w.sources_panel is not None and w.sources_panel.model.rowCount() == 42
    w.close()


def test_a_corrupt_project_is_reported_and_left_alone(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "abîmé.recoupe"
    bad.write_bytes(b"not a database at all")
    assert not window.open_project(bad)
    assert "abîmé.recoupe" in window.last_warning.text()
    assert bad.read_bytes() == b"not a database at all"
    assert window.session is not None  # the open project stays open


def test_clicking_a_highlight_selects_its_row(qtbot: QtBot, window: MainWindow) -> None:
    select_and_press(qtbot, window, "Bagdad", Qt.Key.Key_P)
    select_and_press(qtbot, window, "retrait", Qt.Key.Key_C)
    assert window.reader is not None and window.annotation_panel is not None
    view = window.reader.view
    index = view.annotation_index
    aid = next(i for i in index.ids() if index.get(i).quote == "Bagdad")  # type: ignore[union-attr]
    inside = TEXT_A.index("Bagdad") + 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(len(TEXT_A[:inside].encode("utf-16-le")) // 2)  # Qt counts UTF-16
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.annotation_panel.selected_ids() == [aid]


def test_window_geometry_and_state_are_remembered(
    qtbot: QtBot, tmp_path: Path, project: Path
) -> None:
    settings = QSettings(str(tmp_path / "geo.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    w.open_project(project)
    w.show()
    w.resize(700, 520)  # the offscreen screen is 800×600: restoring clamps to it
    qtbot.waitUntil(lambda: w.width() == 700)
    w.sources_dock.hide()
    w.close()
    assert settings.value("window/geometry") is not None
    again = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.size().toTuple() == (700, 520))
    qtbot.waitUntil(lambda: not again.sources_dock.isVisible())  # dock layout restored too
    again.close()

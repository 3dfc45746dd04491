"""File ▸ Export Bundle…, Import Bundle… (new project or merge) and Merge Conflicts…"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.core.conflicts import Keep
from desktop.core.export.bundle import write_bundle
from desktop.core.importing.bundle import import_bundle_new, read_bundle
from desktop.core.store import Store
from desktop.ui.bundle_actions import CANCELLED, ImportChoiceDialog
from desktop.ui.main_window import MainWindow
from tests.core.bundle_project import dump, entries, full_project, write_entries
from tests.core.export_project import Sample


@pytest.fixture
def alice(tmp_path: Path) -> tuple[Path, Sample]:
    path = tmp_path / "Alice.recoupe"
    store = Store.create(path)
    sample = full_project(store)
    store.close()
    return path, sample


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, alice: tuple[Path, Sample]) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("review/reviewer", "Alice")
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    assert w.open_project(alice[0])
    w.show()
    yield w
    w.close()


def test_the_file_menu_has_the_bundle_actions(window: MainWindow) -> None:
    actions = window.bundle_actions
    menu = window.file_menu.actions()
    for action in (actions.export_action, actions.import_action, actions.conflicts_action):
        assert action in menu
    assert actions.export_action.isEnabled()
    window.close_project()
    assert not actions.export_action.isEnabled() and actions.import_action.isEnabled()


def test_export_writes_a_bundle_in_the_background(window: MainWindow, tmp_path: Path) -> None:
    out = tmp_path / "out.zip"
    assert window.bundle_actions.export_to(out)
    assert out.exists() and not window.task_status.isVisible()
    bundle = read_bundle(out)
    assert bundle.exported_by == "Alice" and len(bundle.annotations) == 9
    assert str(out) in window.statusBar().currentMessage()


def test_cancel_leaves_no_file(window: MainWindow, tmp_path: Path) -> None:
    actions = window.bundle_actions
    actions.jobs.progressed.connect(lambda *_: window.task_status.cancel_requested.emit())
    out = tmp_path / "out.zip"
    actions.export_to(out)
    assert actions.last_result == CANCELLED and not out.exists()
    assert "nothing was written" in window.statusBar().currentMessage()


def test_import_as_a_new_project_opens_it(window: MainWindow, tmp_path: Path) -> None:
    bundle = tmp_path / "b.zip"
    window.bundle_actions.export_to(bundle)
    target = tmp_path / "Copie.recoupe"
    assert window.bundle_actions.import_new_to(bundle, target)
    assert window.session is not None and window.session.store.path == target.resolve()
    assert len(window.session.store.sources()) == 2
    assert len(window.session.store.annotations(status=None)) == 9


def test_merge_with_a_conflict_then_keep_theirs_undo_redo(
    window: MainWindow, tmp_path: Path, alice: tuple[Path, Sample]
) -> None:
    path, sample = alice
    write_bundle(window.session.store, tmp_path / "a.zip", exported_by="Alice")  # type: ignore[union-attr]
    import_bundle_new(tmp_path / "a.zip", tmp_path / "Bob.recoupe")
    bob = Store.open(tmp_path / "Bob.recoupe")
    bob.update_annotation(sample.place_fr, note="version de Bob")
    write_bundle(bob, tmp_path / "bob.zip", exported_by="Bob")
    bob.close()
    assert window.session is not None
    window.session.edit_annotation(sample.place_fr, note="version d’Alice")

    actions = window.bundle_actions
    assert actions.merge_into_open(tmp_path / "bob.zip")
    session = window.session
    assert session is not None and session.store.path == path.resolve()
    assert session.undo_stack.count() == 0  # the project was read afresh
    message = actions.last_message
    assert message is not None and "Merged “bob.zip”" in message.text()
    assert "before-merge" in message.informativeText()
    assert list((tmp_path / "Alice.recoupe-backups").glob("*.before-merge.recoupe"))
    dialog = actions.conflicts_dialog
    assert dialog is not None and dialog.isVisible() and dialog.table.rowCount() == 1
    assert "version de Bob" in dialog.table.item(0, 3).text()
    assert "Bob" in dialog.table.item(0, 3).text()

    assert dialog.resolve(Keep.THEIRS)
    store = session.store
    assert store.annotation(sample.place_fr).note == "version de Bob"
    assert dialog.table.rowCount() == 0 and session.undo_stack.count() == 1
    assert "Keep their version" in session.undo_stack.undoText()
    session.undo_stack.undo()
    assert store.annotation(sample.place_fr).note == "version d’Alice"
    assert dialog.table.rowCount() == 1
    session.undo_stack.redo()
    assert store.annotation(sample.place_fr).note == "version de Bob"
    assert dialog.table.rowCount() == 0


def test_a_hostile_bundle_is_refused_and_nothing_changes(
    window: MainWindow, tmp_path: Path
) -> None:
    good = tmp_path / "good.zip"
    window.bundle_actions.export_to(good)
    files = entries(good)
    files["../../evil.txt"] = b"pwned"
    hostile = write_entries(tmp_path / "evil.zip", files)
    assert window.session is not None
    before = dump(window.session.store)
    window.bundle_actions.merge_into_open(hostile)
    message = window.bundle_actions.last_message
    assert message is not None and "“..”" in message.text() and "evil.zip" in message.text()
    assert dump(window.session.store) == before
    assert not list((tmp_path / "Alice.recoupe-backups").glob("*.before-merge.recoupe"))
    target = tmp_path / "new.recoupe"
    window.bundle_actions.import_new_to(hostile, target)
    assert not target.exists()


def test_the_choice_of_new_project_or_merge(qtbot: QtBot, tmp_path: Path) -> None:
    none_open = ImportChoiceDialog(tmp_path / "b.zip", None)
    qtbot.addWidget(none_open)
    assert not none_open.merge_button.isEnabled() and not none_open.merge
    some = ImportChoiceDialog(tmp_path / "b.zip", "Enquête")
    qtbot.addWidget(some)
    assert some.merge and "Enquête" in some.merge_button.text()
    some.new_button.setChecked(True)
    assert not some.merge


def test_jobs_run_in_a_worker_thread(
    qtbot: QtBot, tmp_path: Path, alice: tuple[Path, Sample]
) -> None:
    settings = QSettings(str(tmp_path / "threaded.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=True)
    qtbot.addWidget(w)
    assert w.open_project(alice[0])
    actions = w.bundle_actions
    out = tmp_path / "threaded.zip"
    with qtbot.waitSignal(actions.jobs.finished, timeout=20000):
        assert actions.export_to(out)
        assert actions.jobs.busy
    assert out.exists()
    with qtbot.waitSignal(actions.jobs.finished, timeout=20000):
        actions.merge_into_open(out)
    assert w.session is not None and actions.last_message is not None
    assert "Merged" in actions.last_message.text()
    w.close()

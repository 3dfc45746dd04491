"""Opening projects in the window: one writer, read-only mode, damaged files, backups."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.core import backups, project_lock
from desktop.core.backups import BackupKind, list_backups
from desktop.core.models import ImportedSource, SourceId, TagId
from desktop.core.project_lock import ProjectLock
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.preferences_dialog import PreferencesDialog
from desktop.ui.project_opening import KEEP_BACKUPS_KEY, RestoreDialog, keep_backups
from tests.conftest import NETWORK_ATTEMPTS

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Le convoi a quitté Bagdad jeudi 3 mai. L’ONU confirme. 🙂"


def _project(path: Path, title: str = "Convoi") -> Path:
    store = Store.create(path)
    store.add_source(
        ImportedSource(
            filename="a.txt",
            format="txt",
            original=(title + TEXT).encode("utf-8"),
            text=TEXT,
            encoding="utf-8",
            title=title,
            lang="fr",
        )
    )
    store.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _click(dialog: object, name: str) -> None:
    assert isinstance(dialog, QMessageBox), dialog
    button = dialog.findChild(QPushButton, name)
    assert button is not None, f"no {name} in {dialog.text()!r}"
    button.click()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return _project(tmp_path / "Enquête.recoupe")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def test_a_project_open_elsewhere_offers_read_only_or_cancel(
    window: MainWindow, project: Path
) -> None:
    elsewhere = ProjectLock.acquire(project)  # another Recoupe has it
    try:
        before = _digest(project)
        assert not window.open_project(project)
        box = window.opening.last_dialog
        assert isinstance(box, QMessageBox)
        assert "“Enquête” is already open in another Recoupe." == box.text()
        assert f"(process {os.getpid()})" in box.informativeText()
        _click(box, "cancel_button")
        assert window.session is None

        assert not window.open_project(project)
        _click(window.opening.last_dialog, "read_only_button")
        session = window.session
        assert session is not None and session.store.read_only
        assert window.windowTitle() == "Enquête — Recoupe (read-only)"
        for action in window.opening.edit_actions():
            assert not action.isEnabled(), action.text()
        assert window.find_action.isEnabled()  # reading and searching stay possible
        assert window.reader is not None and window.reader.view.toPlainText() == TEXT
        errors: list[str] = []
        session.error_reported.connect(errors.append)
        source = session.store.sources()[0].id
        assert session.tag_passage(source, 19, 25, TagId(2)) is None
        assert session.edit_source(source, title="Autre") is False
        assert errors and all("read-only" in e for e in errors)
        assert session.undo_stack.count() == 0
        assert not window.import_files([project])
        window.close_project()
        assert _digest(project) == before
    finally:
        elsewhere.release()
    assert window.open_project(project)  # the other one closed: a writer again
    assert window.session is not None and not window.session.store.read_only
    assert "read-only" not in window.windowTitle()
    assert window.import_action.isEnabled()


def test_a_project_that_cannot_be_written_is_offered_read_only(
    window: MainWindow, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its folder refuses the lock file (a read-only share or medium; simulated for root)."""

    def refused(p: Path, path: Path) -> int:
        raise project_lock._cannot_lock(p, path, PermissionError(13, "Permission denied"))

    monkeypatch.setattr(project_lock, "_open", refused)
    assert not window.open_project(project)
    box = window.opening.last_dialog
    assert isinstance(box, QMessageBox)
    assert "cannot write its lock file" in box.text() and str(project) in box.text()
    _click(box, "read_only_button")
    assert window.session is not None and window.session.store.read_only
    assert window.windowTitle().endswith("(read-only)")


def test_a_lock_left_by_a_crashed_recoupe_is_cleared(window: MainWindow, project: Path) -> None:
    code = (
        "import sys, time\n"
        "from desktop.core.store import Store\n"
        "Store.open(sys.argv[1], lock=True)\n"
        "print('ready', flush=True)\n"
        "time.sleep(60)\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(project)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGKILL)
    child.wait(10)
    assert window.open_project(project)
    assert window.session is not None and not window.session.store.read_only
    assert f"(process {child.pid})" in window.statusBar().currentMessage()


def test_a_damaged_project_is_left_alone_and_its_backups_offered(
    window: MainWindow, project: Path, qtbot: QtBot
) -> None:
    assert window.open_project(project)  # opening takes the first backup
    assert window.session is not None
    window.session.tag_passage(SourceId(1), 19, 25, TagId(2))
    window.close_project()
    (good,) = list_backups(project)
    data = bytearray(project.read_bytes())
    data[8192:12288] = b"\xba\xd0" * 2048
    project.write_bytes(bytes(data))

    assert not window.open_project(project)
    box = window.opening.last_dialog
    assert isinstance(box, QMessageBox)
    assert str(project) in box.text()
    assert "It has 1 backup(s)" in box.informativeText()
    assert "PROBLEMS FOUND" in box.detailedText()
    assert project.read_bytes() == bytes(data)
    _click(box, "restore_button")
    dialog = window.opening.last_dialog
    assert isinstance(dialog, RestoreDialog)
    assert dialog.list.count() == 1
    assert "taken on opening" in dialog.list.item(0).text()
    dialog.restore_button.click()
    session = window.session
    assert session is not None and not session.store.read_only
    assert session.store.annotations() == []  # the backup predates the tagging
    kept = [b for b in list_backups(project) if b.kind is BackupKind.DAMAGED]
    assert len(kept) == 1 and kept[0].path.read_bytes() == bytes(data)
    assert "Restored the backup of" in window.statusBar().currentMessage()


def test_a_foreign_file_without_backups_is_named_and_kept(
    window: MainWindow, tmp_path: Path
) -> None:
    foreign = tmp_path / "notes.recoupe"
    foreign.write_text("Pas un projet.", encoding="utf-8")
    assert not window.open_project(foreign)
    box = window.opening.last_dialog
    assert isinstance(box, QMessageBox)
    assert str(foreign) in box.text() and "not a Recoupe project" in box.text()
    assert "No backup of it was found" in box.informativeText()
    assert box.findChild(QPushButton, "restore_button") is None
    assert foreign.read_text(encoding="utf-8") == "Pas un projet."


def test_file_menu_restores_an_older_state(window: MainWindow, project: Path) -> None:
    assert window.open_project(project)
    window.close_project()
    time.sleep(0.01)
    store = Store.open(project)
    store.add_tag(name="Rumeur", colour="#445566")
    store.close()
    assert window.open_project(project)  # changed since: a second backup
    assert len(list_backups(project)) == 2
    assert window.opening.restore_action in window.file_menu.actions()
    window.opening.restore_action.trigger()
    dialog = window.opening.last_dialog
    assert isinstance(dialog, RestoreDialog)
    rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(rows) == 2 and all("taken on opening" in r for r in rows)
    assert all(("KB" in r or "kB" in r or "KiB" in r) for r in rows)  # sizes shown
    dialog.list.setCurrentRow(1)  # the older one, before "Rumeur"
    dialog.restore_button.click()
    assert window.session is not None
    assert "Rumeur" not in [t.name for t in window.session.store.tags()]
    before = [b for b in list_backups(project) if b.kind is BackupKind.BEFORE_RESTORE]
    assert len(before) == 1
    assert window.windowTitle() == "Enquête — Recoupe"


def test_the_number_of_backups_is_a_preference(
    qtbot: QtBot, window: MainWindow, project: Path
) -> None:
    assert keep_backups(window.settings) == backups.DEFAULT_KEEP
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.keep_backups.setValue(0)
    dialog.accept()
    assert window.settings.value(KEEP_BACKUPS_KEY) in (0, "0")
    assert keep_backups(window.settings) == 0
    assert window.open_project(project)
    assert list_backups(project) == []
    window.settings.setValue(KEEP_BACKUPS_KEY, "nonsense")
    assert keep_backups(window.settings) == backups.DEFAULT_KEEP


def test_a_remote_html_page_imports_and_shows_with_nothing_fetched(
    window: MainWindow, tmp_path: Path
) -> None:
    page = tmp_path / "distant.html"
    page.write_text(
        """<!DOCTYPE html><html><head><title>Frappe à Mossoul</title>
<link rel="stylesheet" href="https://cdn.example.org/style.css">
<link rel="icon" href="http://example.org/favicon.ico">
<script src="https://tracker.example.org/t.js"></script>
<script>fetch("https://api.example.org/beacon")</script>
<style>@import url("https://fonts.example.org/f.css"); body{background:url(http://x.example.org/b.png)}</style>
</head><body><article><h1>Frappe à Mossoul</h1>
<p>Le convoi a quitté Bagdad jeudi 3 mai, selon l’ONU. <img src="https://img.example.org/photo.jpg"
 srcset="https://img.example.org/photo-2x.jpg 2x" alt="photo"></p>
<iframe src="https://video.example.org/embed/1"></iframe>
<p>Les témoins décrivent une colonne de camions qui roulait vers le nord.</p>
<video src="https://video.example.org/v.mp4" poster="https://img.example.org/p.jpg"></video>
</article></body></html>""",
        encoding="utf-8",
    )
    project = tmp_path / "p.recoupe"
    assert window.create_project(project)
    assert window.import_files([page])
    assert window.session is not None and window.reader is not None
    (source,) = window.session.store.sources()
    window.show_source(source.id)
    shown = window.reader.view.toPlainText()
    assert "Le convoi a quitté Bagdad jeudi 3 mai" in shown
    assert "example.org" not in shown
    assert not any(fmt.isImageFormat() for fmt in window.reader.view.document().allFormats())
    assert NETWORK_ATTEMPTS == []  # the guard in tests/conftest.py saw no connection
    assert "PySide6.QtNetwork" not in sys.modules  # nor could Qt have made one

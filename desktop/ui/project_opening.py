"""Opening a project for the window: one writer, read-only mode, damaged files, backups.

The window asks ``ProjectOpening.open(path)`` for a Store. It takes the project's write
lock and a rotating backup (``desktop.core.project_lock``, ``desktop.core.backups``); when
another Recoupe has the project, the user chooses between reading it (read-only) and not
opening it; a damaged or foreign file gets an error naming it and, when there are any,
an offer of its backups. File ▸ Restore from Backup… lists a project's backups with their
dates and sizes and puts the chosen one back (the current file is kept first).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import backups, checking
from desktop.core.backups import Backup, BackupKind
from desktop.core.errors import RecoupeError
from desktop.core.project_file import NotAProject, ProjectDamaged, ProjectNotWritable
from desktop.core.project_lock import LockInfo, ProjectLocked
from desktop.core.store import PROJECT_SUFFIX, Store
from desktop.ui.messages import localized

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

KEEP_BACKUPS_KEY = "backups/keep"
MAX_KEEP = 100


def keep_backups(settings: QSettings) -> int:
    """How many backups taken on opening to keep per project (the preference; 0 = none)."""
    try:
        value = int(str(settings.value(KEEP_BACKUPS_KEY, backups.DEFAULT_KEEP)))
    except ValueError:
        value = backups.DEFAULT_KEEP
    return max(0, min(MAX_KEEP, value))


def when(moment: datetime) -> str:
    """A moment in the reader's time zone, written the way their locale writes dates."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def kind_label(kind: BackupKind) -> str:
    """Why a backup was taken, in the interface language."""
    if kind is BackupKind.BEFORE_UPGRADE:
        return QCoreApplication.translate("ProjectOpening", "before an upgrade")
    if kind is BackupKind.BEFORE_RESTORE:
        return QCoreApplication.translate("ProjectOpening", "before a restore")
    if kind is BackupKind.DAMAGED:
        return QCoreApplication.translate("ProjectOpening", "damaged file set aside")
    if kind is BackupKind.BEFORE_MERGE:
        return QCoreApplication.translate("ProjectOpening", "before a merge")
    return QCoreApplication.translate("ProjectOpening", "taken on opening")


class ProjectOpening(QObject):
    """Opens projects for one window and offers their backups."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_dialog: QDialog | None = None
        """The last message or dialog shown (tests answer it)."""
        self._read_only_next: set[Path] = set()
        self.restore_action = QAction(self.tr("Restore from &Backup…"), window)
        self.restore_action.triggered.connect(lambda: self.choose_backup(None))
        menu = window.file_menu
        actions = menu.actions()
        index = actions.index(window.close_action) if window.close_action in actions else -1
        after = actions[index + 1] if 0 <= index < len(actions) - 1 else None
        menu.insertAction(after, self.restore_action)  # type: ignore[arg-type]
        window.project_opened.connect(self._on_project_opened)

    # ------------------------------------------------------------------ opening

    def open(self, path: Path) -> Store | None:
        """A store for path, or None: then a message says why or asks what to do.

        The questions are not modal: choosing "Open Read-Only" or a backup to restore
        opens the project again (``MainWindow.open_project``) from the answer.
        """
        window = self.window
        if path in self._read_only_next:
            self._read_only_next.discard(path)
            return self._open_read_only(path)
        if window.session is not None and window.session.store.path == path:
            window.close_project()  # opening it again: our own lock goes first
        try:
            store = Store.open(path, lock=True, keep_backups=keep_backups(window.settings))
        except ProjectLocked as e:
            self.ask_read_only(path, e.holder)
            return None
        except ProjectNotWritable as e:  # a read-only file, folder or medium
            self._offer_read_only(
                path,
                self.tr("Cannot open project"),
                localized(e),
                self.tr("Open it read-only to read, search and export it."),
            )
            return None
        except (ProjectDamaged, NotAProject) as e:
            self.offer_backups(path, e)
            return None
        except RecoupeError as e:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot open project"), localized(e))
            if not path.exists():
                window.recent.forget(path)
            return None
        self._report_opening(store)
        return store

    def _open_read_only(self, path: Path) -> Store | None:
        try:
            return Store.open(path, read_only=True)
        except RecoupeError as e:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot open project"), localized(e))
            return None

    def _report_opening(self, store: Store) -> None:
        bar = self.window.statusBar()
        if store.backup_problem is not None:
            bar.showMessage(
                self.tr("No backup was taken: %1").replace("%1", localized(store.backup_problem)),
                15000,
            )
        elif store.lock is not None and store.lock.stale is not None:
            bar.showMessage(
                self.tr(
                    "Recoupe did not close this project properly last time (process %1); "
                    "it was checked and opened normally."
                ).replace("%1", str(store.lock.stale.pid)),
                15000,
            )

    def ask_read_only(self, path: Path, holder: LockInfo | None) -> QMessageBox:
        """Another Recoupe has the project: offer to open it read-only (or not at all)."""
        detail = self.tr("Only one Recoupe can change a project at a time.")
        if holder is not None:
            detail = (
                self.tr("It was opened by %1 on %2 (process %3) at %4.")
                .replace("%1", holder.user)
                .replace("%2", holder.host)
                .replace("%3", str(holder.pid))
                .replace("%4", _started(holder))
                + "\n"
                + detail
            )
        return self._offer_read_only(
            path,
            self.tr("Project already open"),
            self.tr("“%1” is already open in another Recoupe.").replace("%1", path.stem),
            detail
            + "\n\n"
            + self.tr(
                "Open it read-only to read, search and export it here; "
                "changes stay possible in the other window only."
            ),
        )

    def _offer_read_only(self, path: Path, title: str, text: str, detail: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.window)
        box.setInformativeText(detail)
        read_only = box.addButton(self.tr("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        read_only.setObjectName("read_only_button")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        cancel.setObjectName("cancel_button")
        box.setDefaultButton(read_only)

        def answered(button: object) -> None:
            if button is read_only:
                self._read_only_next.add(path)
                self.window.open_project(path)

        box.buttonClicked.connect(answered)
        self._show(box)
        return box

    def offer_backups(self, path: Path, error: RecoupeError) -> QMessageBox:
        """The file is damaged or not a project: say so, and offer its backups if any."""
        found = [b for b in backups.list_backups(path) if b.kind is not BackupKind.DAMAGED]
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            self.tr("Cannot open project"),
            localized(error),
            parent=self.window,
        )
        restore = None
        if found:
            box.setInformativeText(
                self.tr(
                    "Recoupe has not changed this file. It has %n backup(s); the newest "
                    "is from %1. Restoring one keeps this file in the backup folder.",
                    "",
                    len(found),
                ).replace("%1", when(found[0].taken))
            )
            restore = box.addButton(
                self.tr("&Restore from Backup…"), QMessageBox.ButtonRole.AcceptRole
            )
            restore.setObjectName("restore_button")
        else:
            box.setInformativeText(
                self.tr(
                    "Recoupe has not changed this file. No backup of it was found in %1."
                ).replace("%1", str(backups.backup_dir(path)))
            )
        close = box.addButton(QMessageBox.StandardButton.Close)
        close.setObjectName("cancel_button")
        report = checking.check_project(path)
        box.setDetailedText(checking.summary(report, lambda f: "• " + localized(f.as_error())))

        def answered(button: object) -> None:
            if restore is not None and button is restore:
                self.choose_backup(path)

        box.buttonClicked.connect(answered)
        self.window.last_warning = box
        self._show(box)
        return box

    # ------------------------------------------------------------------ restoring

    def choose_backup(self, path: Path | None) -> RestoreDialog | None:
        """File ▸ Restore from Backup…: list path's (or the open project's) backups."""
        window = self.window
        if path is None and window.session is not None:
            path = window.session.store.path
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                window,
                self.tr("Restore which project?"),
                str(Path.home()),
                self.tr("Recoupe projects (*%1);;All files (*)").replace("%1", PROJECT_SUFFIX),
            )
            if not chosen:
                return None
            path = Path(chosen)
        project = path
        dialog = RestoreDialog(project, window)

        def accepted() -> None:
            backup = dialog.chosen()
            if backup is not None:
                self.restore(project, backup)

        dialog.accepted.connect(accepted)
        self._show(dialog)
        return dialog

    def restore(self, path: Path, backup: Backup) -> bool:
        """Put backup back as path's project and open it; errors are shown."""
        window = self.window
        path = path.resolve()
        if window.session is not None and window.session.store.path == path:
            window.close_project()
        try:
            kept = backups.restore(path, backup.path)
        except RecoupeError as e:
            self._message(QMessageBox.Icon.Warning, self.tr("Cannot restore"), localized(e))
            return False
        opened = window.open_project(path)
        message = self.tr("Restored the backup of %1.").replace("%1", when(backup.taken))
        if kept is not None:
            message += " " + self.tr("The file it replaced is kept as %1.").replace("%1", kept.name)
        window.statusBar().showMessage(message, 15000)
        return opened

    # ------------------------------------------------------------------ read-only

    def _on_project_opened(self, _path: object) -> None:
        window = self.window
        session = window.session
        if session is None or not session.store.read_only:
            return
        window.setWindowTitle(self.tr("%1 — Recoupe (read-only)").replace("%1", session.store.name))
        for action in self.edit_actions():
            action.setEnabled(False)
        window.statusBar().showMessage(
            self.tr("Read-only: another Recoupe is changing this project."), 15000
        )

    def edit_actions(self) -> list[QAction]:
        """The window's actions that change the project (disabled when read-only)."""
        w = self.window
        fixed = [
            w.import_action,
            w.properties_action,
            w.tags_action,
            w.suggest_source_action,
            w.suggest_all_action,
            w.suggest_entities_action,
            w.suggest_all_entities_action,
            w.accept_all_action,
            w.undo_action,
            w.redo_action,
        ]
        tagging = [a for a in w.tag_menu.actions() + w.toolbar.actions() if not a.isSeparator()]
        return fixed + [a for a in tagging if a not in fixed]

    def _message(self, icon: QMessageBox.Icon, title: str, text: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        self.window.last_warning = box
        self._show(box)

    def _show(self, dialog: QDialog) -> None:
        """Show a window-modal dialog without waiting for it (answers come by signal)."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()


def _started(holder: LockInfo) -> str:
    try:
        return when(datetime.fromisoformat(holder.started))
    except ValueError:
        return holder.started


class RestoreDialog(QDialog):
    """A project's backups, newest first, with their dates, kinds and sizes."""

    def __init__(self, project: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.backups = [
            b for b in backups.list_backups(project) if b.kind is not BackupKind.DAMAGED
        ]
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget(self)
        locale = QLocale()
        for b in self.backups:
            text = (
                f"{when(b.taken)}  —  {kind_label(b.kind)}  —  {locale.formattedDataSize(b.size)}"
            )
            item = QListWidgetItem(text, self.list)
            item.setToolTip(str(b.path))
        if self.backups:
            intro.setText(
                self.tr(
                    "Backups of “%1”, newest first. The project as it is now is kept in the "
                    "backup folder before the chosen one replaces it."
                ).replace("%1", project.stem)
            )
            self.list.setCurrentRow(0)
        else:
            intro.setText(
                self.tr("“%1” has no backups yet. They are kept in %2.")
                .replace("%1", project.stem)
                .replace("%2", str(backups.backup_dir(project)))
            )
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.resize(560, 340)

    def chosen(self) -> Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

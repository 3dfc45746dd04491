"""File ▸ Export Bundle…, File ▸ Import Bundle… and File ▸ Merge Conflicts….

``BundleActions(window)`` adds the three actions to the File menu. Export and import run
in a worker thread (``desktop.ui.background``) with the status-bar progress and its
Cancel button; a cancelled or failed job leaves nothing behind.

Importing a bundle either makes a new project of it (then opened) or merges it into the
open project. A merge is not one undo step — it touches the claims' append-only audit log
among much else — so the user is told so before it starts, and a copy of the project is
kept in its backups folder first (``importing.bundle_backup``). After a merge the project
is opened again (its undo history starts afresh) and the conflicts, if any, are shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.conflicts import conflict_count
from desktop.core.export.bundle import BundleSummary
from desktop.core.importing.bundle_common import MergeReport
from desktop.core.importing.bundle_new import NewReport
from desktop.core.models import SourceId
from desktop.core.project_file import ProjectReadOnly
from desktop.core.store import PROJECT_SUFFIX
from desktop.ui.background import Worker
from desktop.ui.bundle_jobs import (
    CANCELLED,
    BundleJobs,
    ExportWorker,
    MergeWorker,
    NewProjectWorker,
)
from desktop.ui.messages import localized
from desktop.ui.preferences_dialog import reviewer_name
from desktop.ui.widgets.conflicts_dialog import ConflictsDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class ImportChoiceDialog(QDialog):
    """New project, or merge into the open one (with what that means)."""

    def __init__(self, bundle: Path, project: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Bundle"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("How should “%1” be imported?").replace("%1", bundle.name)))
        self.new_button = QRadioButton(self.tr("As a &new project"), self)
        self.merge_button = QRadioButton(self)
        group = QButtonGroup(self)
        group.addButton(self.new_button)
        group.addButton(self.merge_button)
        if project is None:
            self.merge_button.setText(self.tr("&Merge into the open project (none is open)"))
            self.merge_button.setEnabled(False)
            self.new_button.setChecked(True)
        else:
            self.merge_button.setText(self.tr("&Merge into “%1”").replace("%1", project))
            self.merge_button.setChecked(True)
        note = QLabel(
            self.tr(
                "Merging adds the sender's sources and annotations to yours; an annotation "
                "both of you changed is kept in both versions for you to choose. A merge "
                "cannot be undone with Edit ▸ Undo: a copy of the project as it is now is "
                "kept in its backups folder first."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for w in (self.new_button, self.merge_button, note, buttons):
            layout.addWidget(w)

    @property
    def merge(self) -> bool:
        return self.merge_button.isChecked()


class BundleActions(QObject):
    """The bundle actions of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.jobs = BundleJobs(self, threaded=window.threaded_import)
        self.jobs.progressed.connect(self._on_progress)
        self.jobs.finished.connect(self._on_finished)
        self.jobs.failed.connect(self._on_failed)
        window.task_status.cancel_requested.connect(self.jobs.cancel)
        self._job: tuple[str, Path] | None = None
        self.conflicts_dialog: ConflictsDialog | None = None
        self.last_message: QMessageBox | None = None
        """The last message shown (tests look at it)."""
        self.last_result: object = None

        self.export_action = self._action(self.tr("&Export Bundle…"), self.choose_export)
        self.export_action.setToolTip(
            self.tr("One .zip a colleague opens in Recoupe, with a report to read or print")
        )
        self.import_action = self._action(self.tr("Import B&undle…"), self.choose_import)
        self.conflicts_action = self._action(self.tr("Merge &Conflicts…"), self.show_conflicts)
        window.file_menu.insertActions(  # after File ▸ Export ▸ and before Properties
            window.properties_action,
            [self.export_action, self.import_action, self.conflicts_action],
        )
        window.project_opened.connect(self._on_project_opened)
        self._set_enabled(False)

    def _action(self, text: str, slot: Any) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def _set_enabled(self, on: bool) -> None:
        self.export_action.setEnabled(on)
        self.conflicts_action.setEnabled(on)

    def _on_project_opened(self, _path: object) -> None:
        session = self.window.session
        if session is None:
            return
        self._set_enabled(True)
        session.closed.connect(self._on_project_closed)
        count = conflict_count(session.store)
        if count:
            self.window.statusBar().showMessage(
                self.tr("%n merge conflict(s) to resolve: File ▸ Merge Conflicts…", "", count),
                15000,
            )

    def _on_project_closed(self) -> None:
        self._set_enabled(False)
        if self._job is not None and self._job[0] in ("export", "merge"):
            self.jobs.wait()  # cancelled: nothing is written, the result is dropped
            self._job = None
            self.window.task_status.end()
        if self.conflicts_dialog is not None:
            self.conflicts_dialog.close()
            self.conflicts_dialog.deleteLater()
            self.conflicts_dialog = None

    # ---------------------------------------------------------------- export

    def choose_export(self) -> None:
        session = self.window.session
        if session is None:
            return
        suggested = session.store.path.with_suffix(".zip")
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export Bundle"), str(suggested), self.tr("Bundles (*.zip)")
        )
        if name:
            path = Path(name)
            self.export_to(path if path.suffix else path.with_suffix(".zip"))

    def export_to(self, out: Path) -> bool:
        """Write the open project as a bundle at out, in the background."""
        session = self.window.session
        if session is None:
            return False
        settings = self.window.settings
        language = str(settings.value("ui/language", "") or "") or QLocale().name()
        worker = ExportWorker(
            session.store.path,
            out,
            reviewer_name(settings),
            "fr" if language.startswith("fr") else "en",
        )
        return self._start("export", out, worker, self.tr("Exporting: %p%"))

    # ---------------------------------------------------------------- import

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import Bundle"), "", self.tr("Bundles (*.zip)")
        )
        if not name:
            return
        bundle = Path(name)
        session = self.window.session
        dialog = ImportChoiceDialog(
            bundle, session.store.name if session is not None else None, self.window
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if dialog.merge:
            self.merge_into_open(bundle)
            return
        target, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New Project from Bundle"),
            str(bundle.with_suffix(PROJECT_SUFFIX)),
            self.tr("Recoupe projects (*%1)").replace("%1", PROJECT_SUFFIX),
        )
        if target:
            path = Path(target)
            self.import_new_to(bundle, path if path.suffix else path.with_suffix(PROJECT_SUFFIX))

    def import_new_to(self, bundle: Path, target: Path) -> bool:
        """Make a new project at target from the bundle, in the background; then open it."""
        worker = NewProjectWorker(bundle, target)
        return self._start("new", target, worker, self.tr("Importing: %p%"))

    def merge_into_open(self, bundle: Path) -> bool:
        """Merge the bundle into the open project, in the background (module doc)."""
        session = self.window.session
        if session is None:
            return False
        if session.store.read_only:  # another Recoupe has it: this one must not write
            self._show(
                QMessageBox.Icon.Warning,
                self.tr("Bundle not imported"),
                localized(ProjectReadOnly()),
            )
            return False
        worker = MergeWorker(session.store.path, bundle, reviewer_name(self.window.settings))
        return self._start("merge", session.store.path, worker, self.tr("Merging: %p%"))

    # ------------------------------------------------------------- the jobs

    def _start(self, kind: str, path: Path, worker: Worker, label: str) -> bool:
        if self.jobs.busy:
            return False
        self._job = (kind, path)
        self.window.task_status.begin(0, label)
        return self.jobs.start(worker)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        bar = self.window.task_status.bar
        if bar.maximum() != total:
            bar.setRange(0, max(total, 1))
        bar.setValue(min(done, total))
        if what:
            self.window.statusBar().showMessage(what)

    def _on_failed(self, message: str) -> None:
        self.window.task_status.end()
        job, self._job = self._job, None
        exporting = job is not None and job[0] == "export"
        title = self.tr("Bundle not written") if exporting else self.tr("Bundle not imported")
        self._show(QMessageBox.Icon.Warning, title, message)

    def _on_finished(self, result: object) -> None:
        self.window.task_status.end()
        job, self._job = self._job, None
        self.last_result = result
        if job is None:
            return
        kind, path = job
        if result == CANCELLED:
            self.window.statusBar().showMessage(self.tr("Cancelled: nothing was written."), 10000)
            return
        if kind == "export" and isinstance(result, BundleSummary):
            self.window.statusBar().showMessage(
                self.tr("Bundle written: %1").replace("%1", str(result.path)), 15000
            )
        elif kind == "new" and isinstance(result, NewReport):
            if self.window.open_project(result.project):
                self._report_new(result)
        elif kind == "merge" and isinstance(result, tuple):
            self._after_merge(path, result[0], result[1])

    def _report_new(self, report: NewReport) -> None:
        text = self.tr("Opened “%1”: %2 sources, %3 annotations.")
        text = text.replace("%1", report.project.name).replace("%2", str(report.sources))
        text = text.replace("%3", str(report.annotations))
        if report.orphans:
            details = "\n".join(f"{o.source_title}: {o.quote}" for o in report.orphans)
            self._show(
                QMessageBox.Icon.Information,
                self.tr("Bundle imported"),
                text,
                self.tr(
                    "%n annotation(s) could not be placed on their text.", "", len(report.orphans)
                ),
                details,
            )
        else:
            self.window.statusBar().showMessage(text, 15000)

    def _after_merge(self, project: Path, report: MergeReport, copy: Path) -> None:
        window = self.window
        if window.session is None or window.session.store.path != project:
            return  # the project was closed meanwhile: the merge was cancelled
        shown = window.current_source()
        window.close_project()  # the merge wrote through its own connection: read afresh
        if not window.open_project(project) or window.session is None:
            return
        if shown is not None and any(s.id == shown for s in window.session.store.sources()):
            window.show_source(shown)
        text = (
            self.tr("Merged “%1”: %2 new sources, %3 new annotations, %4 updated.")
            .replace("%1", report.bundle)
            .replace("%2", str(len(report.sources_added)))
            .replace("%3", str(len(report.annotations_added)))
            .replace("%4", str(len(report.annotations_updated)))
        )
        info = [self.tr("The project as it was before the merge: %1").replace("%1", str(copy))]
        if report.conflicts:
            info.insert(
                0,
                self.tr(
                    "%n annotation(s) were changed on both sides: both versions are kept "
                    "until you choose one.",
                    "",
                    len(report.conflicts),
                ),
            )
        if report.orphans:
            info.append(
                self.tr(
                    "%n annotation(s) could not be placed: their words are not in the text here.",
                    "",
                    len(report.orphans),
                )
            )
        details = "\n".join(f"{o.source_title}: {o.quote}" for o in report.orphans)
        self._show(
            QMessageBox.Icon.Information, self.tr("Bundle merged"), text, "\n\n".join(info), details
        )
        if report.conflicts:
            self.show_conflicts()

    def _show(
        self,
        icon: QMessageBox.Icon,
        title: str,
        text: str,
        info: str = "",
        details: str = "",
    ) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        if info:
            box.setInformativeText(info)
        if details:
            box.setDetailedText(details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_message = box

    # ------------------------------------------------------------- conflicts

    def show_conflicts(self) -> ConflictsDialog | None:
        session = self.window.session
        if session is None:
            return None
        if self.conflicts_dialog is None:
            dialog = ConflictsDialog(session, self.window)
            dialog.passage_requested.connect(self._show_passage)
            self.conflicts_dialog = dialog
        self.conflicts_dialog.refresh()
        self.conflicts_dialog.show()
        self.conflicts_dialog.raise_()
        return self.conflicts_dialog

    def _show_passage(self, source_id: int, start: int, end: int) -> None:
        window = self.window
        if window.reader is None:
            return
        if window.current_source() != source_id:
            window.show_source(SourceId(source_id))
        window.reader.view.reveal_range(start, end)

"""File ▸ Export ▸ (one action per format) and File ▸ Import REFI-QDA Project….

``ExportActions(window)`` adds the menu entries, runs exports and .qdpx imports in a
worker thread (``background``) with progress and Cancel in the status bar, and reports
the outcome there; errors open a message naming the file. An export writes its file
completely or not at all. A .qdpx import is one transaction in the worker; the window
then records it as one undo step (``qdpx_command``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.core.export.common import ExportCancelled
from desktop.core.export.formats import FORMATS, ExportFormat, export
from desktop.core.importing.qdpx_store import ImportCancelled, QdpxReport, import_qdpx
from desktop.core.store import Store
from desktop.ui.background import JobController, Worker
from desktop.ui.messages import localized
from desktop.ui.qdpx_command import ImportQdpxCommand
from desktop.ui.session import Session

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class ExportResult:
    format: str
    out: Path
    cancelled: bool = False


@dataclass(frozen=True)
class QdpxResult:
    path: Path
    report: QdpxReport | None
    """None when cancelled."""


class ExportWorker(Worker):
    def __init__(self, project: Path, fmt: str, out: Path) -> None:
        super().__init__(project)
        self.fmt = fmt
        self.out = out

    def _progress(self, done: int, total: int, what: str) -> None:
        if self.cancelled():
            raise ExportCancelled()
        self.progressed.emit(done, total, what)

    def work(self, store: Store) -> ExportResult:
        try:
            export(store, self.fmt, self.out, self._progress)
        except ExportCancelled:
            return ExportResult(self.fmt, self.out, cancelled=True)
        return ExportResult(self.fmt, self.out)


class QdpxWorker(Worker):
    def __init__(self, project: Path, path: Path) -> None:
        super().__init__(project)
        self.path = path

    def work(self, store: Store) -> QdpxResult:
        try:
            report = import_qdpx(
                store,
                self.path,
                progress=lambda i, n, name: self.progressed.emit(i, n, name),
                cancelled=self.cancelled,
            )
        except ImportCancelled:
            return QdpxResult(self.path, None)
        return QdpxResult(self.path, report)


class TransferController(JobController):
    """Runs one export or .qdpx import at a time for a session."""

    finished = Signal(object)
    """An ExportResult or a QdpxResult."""

    def export(self, fmt: str, out: Path) -> bool:
        return self._launch(ExportWorker(self.session.store.path, fmt, out), 1)

    def import_qdpx(self, path: Path) -> bool:
        return self._launch(QdpxWorker(self.session.store.path, path), 1)

    def apply(self, result: Any) -> None:
        if isinstance(result, QdpxResult) and result.report is not None:
            store = self.session.store
            if not store.read_only:
                command = ImportQdpxCommand(self.session, result.report, result.path.name)
                self.session.undo_stack.push(command)
        self.finished.emit(result)


class ExportActions(QObject):
    """The export submenu and the REFI-QDA import of the File menu."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller: TransferController | None = None
        self.last_message: QMessageBox | None = None
        self.running_export = True
        """What the running job is, for the title of its error message."""
        labels = {
            "w3c": self.tr("&W3C Web Annotations (JSON-LD)…"),
            "qdpx": self.tr("&REFI-QDA Project (NVivo, ATLAS.ti, MAXQDA, QualCoder)…"),
            "timelinejs": self.tr("&Timeline for TimelineJS…"),
            "csv": self.tr("&CSV Tables…"),
            "geojson": self.tr("&Places as GeoJSON…"),
            "claimreview": self.tr("Claim &Reviews (schema.org ClaimReview)…"),
            "brat": self.tr("&brat Standoff Files…"),
        }
        self.export_menu = QMenu(self.tr("E&xport"), window)
        self.export_actions: dict[str, QAction] = {}
        for name, fmt in FORMATS.items():
            action = QAction(labels.get(name, fmt.description), window)
            action.triggered.connect(lambda _=False, n=name: self.choose_export(n))
            self.export_menu.addAction(action)
            self.export_actions[name] = action
        self.import_action = QAction(self.tr("Import REFI-&QDA Project…"), window)
        self.import_action.setToolTip(
            self.tr("Add the sources, codes and codings of a .qdpx file from another tool")
        )
        self.import_action.triggered.connect(self.choose_qdpx)
        menu = window.file_menu
        anchor = window.properties_action
        menu.insertAction(anchor, self.import_action)
        menu.insertMenu(anchor, self.export_menu)
        self._set_enabled(False)
        window.project_opened.connect(self._on_project_opened)
        window.task_status.cancel_requested.connect(self.cancel)

    # ------------------------------------------------------------- state

    def _set_enabled(self, on: bool) -> None:
        self.export_menu.setEnabled(on)
        self.import_action.setEnabled(on)

    def _on_project_opened(self, _path: object) -> None:
        session = self.window.session
        if session is None:
            return
        self.controller = TransferController(session, threaded=self.window.threaded_import)
        self.controller.progressed.connect(self._on_progress)
        self.controller.finished.connect(self._on_finished)
        self.controller.failed.connect(self._on_failed)
        session.closed.connect(self._on_project_closed)
        self._set_enabled(True)

    def _on_project_closed(self) -> None:
        if self.controller is not None:
            self.controller.wait()
            self.controller = None
        self._set_enabled(False)

    def cancel(self) -> None:
        if self.controller is not None:
            self.controller.cancel()

    def _session(self) -> Session | None:
        return self.window.session

    def _busy(self) -> bool:
        if self.controller is None:
            return True
        if self.controller.busy:
            self.window.statusBar().showMessage(self.tr("An export is already running."), 6000)
            return True
        return False

    # ------------------------------------------------------------ export

    def _start_dir(self) -> Path:
        return Path(str(self.window.settings.value("export/last_dir", str(Path.home()))))

    def choose_export(self, name: str) -> None:
        session = self._session()
        fmt = FORMATS.get(name)
        if session is None or fmt is None or self._busy():
            return
        out = self._ask_output(fmt, session.store.name)
        if out is not None:
            self.window.settings.setValue("export/last_dir", str(out.parent))
            self.export_to(name, out)

    def _ask_output(self, fmt: ExportFormat, project: str) -> Path | None:
        title = self.tr("Export")
        if fmt.folder:
            zip_filter = self.tr("Zip archive (*.zip)")
            folder_filter = self.tr("New folder (*)")
            start = self._start_dir() / f"{project}-{fmt.name}.zip"
            path, chosen = QFileDialog.getSaveFileName(
                self.window, title, str(start), f"{zip_filter};;{folder_filter}"
            )
            if not path:
                return None
            out = Path(path)
            if chosen == zip_filter and out.suffix.lower() != ".zip":
                out = out.with_name(out.name + ".zip")
            return out
        start = self._start_dir() / f"{project}{fmt.suffix}"
        pattern = self.tr("%1 files (*%2)").replace("%1", fmt.name).replace("%2", fmt.suffix)
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(start), pattern)
        if not path:
            return None
        out = Path(path)
        return out if out.suffix else out.with_suffix(fmt.suffix)

    def export_to(self, name: str, out: Path) -> bool:
        """Export in the background (synchronously in tests); False if one is running."""
        if self._busy() or self.controller is None:
            return False
        self.running_export = True
        self.window.task_status.begin(0, self.tr("Exporting…"))
        return self.controller.export(name, out)

    # ------------------------------------------------------------ import

    def choose_qdpx(self) -> None:
        if self._session() is None or self._busy():
            return
        start = str(self.window.settings.value("import/last_dir", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import REFI-QDA project"),
            start,
            self.tr("REFI-QDA projects (*.qdpx);;All files (*)"),
        )
        if path:
            self.window.settings.setValue("import/last_dir", str(Path(path).parent))
            self.import_qdpx(Path(path))

    def import_qdpx(self, path: Path) -> bool:
        session = self._session()
        if session is None or self._busy() or self.controller is None:
            return False
        if session.store.read_only:
            session.report_error(self.tr("This project is open read-only."))
            return False
        self.running_export = False
        self.window.task_status.begin(0, self.tr("Importing…"))
        return self.controller.import_qdpx(path)

    # ----------------------------------------------------------- results

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.window.task_status.bar.setRange(0, max(total, 1))
        self.window.task_status.step(done)
        self.window.statusBar().showMessage(self.tr("Writing %1…").replace("%1", what))

    def _on_finished(self, result: object) -> None:
        self.window.task_status.end()
        bar = self.window.statusBar()
        if isinstance(result, ExportResult):
            if result.cancelled:
                bar.showMessage(self.tr("Export cancelled: nothing was written."), 10000)
            else:
                bar.showMessage(self.tr("Exported to %1").replace("%1", str(result.out)), 15000)
            return
        if not isinstance(result, QdpxResult):
            return
        if result.report is None:
            bar.showMessage(self.tr("Import cancelled: nothing was added."), 10000)
            return
        r = result.report
        bar.showMessage(
            self.tr("%1: %2 source(s), %3 annotation(s) and %4 tag(s) added.")
            .replace("%1", result.path.name)
            .replace("%2", str(len(r.sources_added)))
            .replace("%3", str(r.annotations_total))
            .replace("%4", str(len(r.tags_added))),
            15000,
        )
        if r.sources_added:
            self.window.show_source(r.sources_added[0])
        if r.notices:
            self._message(
                QMessageBox.Icon.Information,
                self.tr("Import"),
                self.tr("%1 was imported; some of it was left out:").replace(
                    "%1", result.path.name
                ),
                "\n".join(localized(n) for n in r.notices),
            )

    def _on_failed(self, message: str) -> None:
        self.window.task_status.end()
        title = self.tr("Export failed") if self.running_export else self.tr("Import failed")
        self._message(QMessageBox.Icon.Warning, title, message, "")

    def _message(self, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        if details:
            box.setInformativeText(details)
        box.open()
        self.last_message = box

"""The main window: menus, toolbar, the reader and its docked panes, for one open project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QWidget,
)

from desktop.core.entities import EntityId
from desktop.core.entity_store import EntityStore
from desktop.core.errors import RecoupeError
from desktop.core.importing import SUPPORTED_SUFFIXES, ImportReport
from desktop.core.models import AnnotationId, SourceId, TagId
from desktop.core.store import PROJECT_SUFFIX, Store
from desktop.core.suggesting import SuggestReport
from desktop.ui import event_commands, icons
from desktop.ui.bundle_actions import BundleActions
from desktop.ui.claim_actions import ClaimActions
from desktop.ui.empty_state import EmptyState
from desktop.ui.export_actions import ExportActions
from desktop.ui.import_controller import ImportController
from desktop.ui.labels import tag_label
from desktop.ui.messages import localized
from desktop.ui.project_opening import ProjectOpening
from desktop.ui.reader import Reader
from desktop.ui.recent_projects import RecentProjects
from desktop.ui.review_actions import ReviewActions
from desktop.ui.session import Session
from desktop.ui.shortcuts_dialog import ShortcutsDialog
from desktop.ui.suggest_controller import SuggestController
from desktop.ui.task_status import TaskStatus
from desktop.ui.widgets.annotation_panel import AnnotationPanel
from desktop.ui.widgets.entity_panel import EntityPanel
from desktop.ui.widgets.map_view import MapView
from desktop.ui.widgets.source_properties_dialog import SourcePropertiesDialog
from desktop.ui.widgets.sources_panel import SourcesPanel
from desktop.ui.widgets.tag_dialog import TagDialog
from desktop.ui.widgets.timeline_view import TimelineView

DATE_KINDS: tuple[str, ...] = ("date",)
ENTITY_KINDS: tuple[str, ...] = ("place", "actor")


class MainWindow(QMainWindow):
    """One window, at most one open project."""

    project_opened = Signal(object)
    """A project was opened (its Path)."""

    def __init__(self, settings: QSettings, *, threaded_import: bool = True) -> None:
        super().__init__()
        self.settings = settings
        self.recent = RecentProjects(settings)
        self.threaded_import = threaded_import
        self.session: Session | None = None
        self.remember_layout = True
        self.importer: ImportController | None = None
        self.suggester: SuggestController | None = None
        self.timeline_view: TimelineView | None = None
        self.entity_panel: EntityPanel | None = None
        self.map_view: MapView | None = None
        self.reader: Reader | None = None
        self.annotation_panel: AnnotationPanel | None = None
        self.sources_panel: SourcesPanel | None = None
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self._default_size()
        self._build_docks()
        self._build_actions()
        self._build_menus()
        self._build_status()
        self._show_empty()
        self.claim_actions = ClaimActions(self)  # the Review menu and the Claims pane
        self.review_actions = ReviewActions(self, self.claim_actions)  # review sessions
        self.opening = ProjectOpening(self)  # locks, read-only, backups, File ▸ Restore
        self.export_actions = ExportActions(self)  # File ▸ Export ▸, File ▸ Import REFI-QDA
        self.bundle_actions = BundleActions(self)  # File ▸ Export/Import Bundle, Conflicts
        self._restore_window()

    # ---------------------------------------------------------------- building

    def _default_size(self) -> None:
        """Most of the screen on first start; later starts restore the saved geometry."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None or screen.width() < 800:
            self.resize(1280, 820)
            return
        self.resize(min(1600, int(screen.width() * 0.95)), min(1000, int(screen.height() * 0.92)))

    def _build_docks(self) -> None:
        self.sources_dock = QDockWidget(self.tr("Sources"), self)
        self.sources_dock.setObjectName("SourcesDock")
        self.annotations_dock = QDockWidget(self.tr("Annotations"), self)
        self.annotations_dock.setObjectName("AnnotationsDock")
        self.timeline_dock = QDockWidget(self.tr("Timeline"), self)
        self.timeline_dock.setObjectName("TimelineDock")
        self.entities_dock = QDockWidget(self.tr("Entities"), self)
        self.entities_dock.setObjectName("EntitiesDock")
        self.map_dock = QDockWidget(self.tr("Map"), self)
        self.map_dock.setObjectName("MapDock")
        for dock in self._docks():
            dock.setFeatures(
                QDockWidget.DockWidgetFeature.DockWidgetMovable
                | QDockWidget.DockWidgetFeature.DockWidgetClosable
                | QDockWidget.DockWidgetFeature.DockWidgetFloatable
            )
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.sources_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
        # the timeline sits under the reader, between the side panes
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.timeline_dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.entities_dock)
        self.tabifyDockWidget(self.annotations_dock, self.entities_dock)
        self.annotations_dock.raise_()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.map_dock)
        self.tabifyDockWidget(self.timeline_dock, self.map_dock)
        self.timeline_dock.raise_()

    def _docks(self) -> tuple[QDockWidget, ...]:
        return (
            self.sources_dock,
            self.annotations_dock,
            self.timeline_dock,
            self.entities_dock,
            self.map_dock,
        )

    def _default_layout(self) -> None:
        """Dock sizes for a first start: the article keeps the middle and most of the height."""
        width, height = self.width(), self.height()
        self.resizeDocks(
            [self.sources_dock, self.annotations_dock],
            [max(260, width // 5), max(360, width * 3 // 10)],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.timeline_dock], [max(180, height // 4)], Qt.Orientation.Vertical)

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        S = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New Project…"), self.new_project, S.New)
        self.open_action = self._action(self.tr("&Open Project…"), self.choose_project, S.Open)
        self.close_action = self._action(self.tr("&Close Project"), self.close_project, S.Close)
        self.import_action = self._action(
            self.tr("&Import Sources…"), self.choose_imports, "Ctrl+I"
        )
        self.import_action.setIcon(icons.import_icon())
        self.properties_action = self._action(
            self.tr("Source &Properties…"), self.edit_properties, "Alt+Return"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, S.Quit)
        self.tags_action = self._action(self.tr("&Tags…"), self.edit_tags, "Ctrl+T")
        self.prefs_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, S.Preferences
        )
        self.find_action = self._action(self.tr("&Find in Sources"), self.focus_search, S.Find)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard Shortcuts"), self.show_shortcuts, "F1"
        )
        self.about_action = self._action(self.tr("&About Recoupe"), self.show_about)
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence(S.Undo))
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(S.Redo)])
        self.redo_action.setEnabled(False)
        self.suggest_source_action = self._action(
            self.tr("Suggest &Dates in This Source"), self.suggest_current, "Ctrl+Shift+D"
        )
        self.suggest_all_action = self._action(
            self.tr("Suggest Dates in &All Sources"), self.suggest_all
        )
        self.suggest_entities_action = self._action(
            self.tr("Suggest &Places and Actors in This Source"),
            lambda: self.suggest_current(kinds=ENTITY_KINDS),
            "Ctrl+Shift+E",
        )
        self.suggest_all_entities_action = self._action(
            self.tr("Suggest Places and Actors in All Sources"),
            lambda: self.suggest_all(kinds=ENTITY_KINDS),
        )
        self.accept_all_action = self._action(
            self.tr("A&ccept All Suggested Dates in This Source"),
            self.accept_all_current,
            "Ctrl+Shift+Return",
        )
        self.project_actions = [
            self.suggest_entities_action,
            self.suggest_all_entities_action,
            self.suggest_source_action,
            self.suggest_all_action,
            self.accept_all_action,
            self.close_action,
            self.import_action,
            self.properties_action,
            self.tags_action,
            self.find_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(
            lambda: self.recent.fill(self.recent_menu, self.open_project)
        )
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.properties_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find_action, self.tags_action, self.prefs_action])
        self.tag_menu = bar.addMenu(self.tr("Ta&g"))
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.sources_dock.toggleViewAction())
        view_menu.addAction(self.annotations_dock.toggleViewAction())
        view_menu.addAction(self.timeline_dock.toggleViewAction())
        view_menu.addAction(self.entities_dock.toggleViewAction())
        view_menu.addAction(self.map_dock.toggleViewAction())
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.shortcuts_action, self.about_action])
        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

    def _build_status(self) -> None:
        self.task_status = TaskStatus(self)
        self.task_status.cancel_requested.connect(self._cancel_work)
        self.statusBar().addPermanentWidget(self.task_status)

    def _rebuild_tag_controls(self) -> None:
        """Tag menu and toolbar buttons, one per tag (built-in and user-defined)."""
        self.tag_menu.clear()
        self.toolbar.clear()
        self.toolbar.addAction(self.import_action)
        self.toolbar.addSeparator()
        if self.session is None:
            self.tag_menu.setEnabled(False)
            return
        self.tag_menu.setEnabled(True)
        for tag in self.session.store.tags():
            label = tag_label(tag) + (f"\t{tag.shortcut}" if tag.shortcut else "")
            action = QAction(icons.swatch(tag.colour), label, self)
            action.setToolTip(
                self.tr("Tag the selection as %1 (key %2; Alt+%2 keeps the exact selection)")
                .replace("%1", tag_label(tag))
                .replace("%2", tag.shortcut or "—")
            )
            action.triggered.connect(lambda _=False, t=tag.id: self.tag_selection(t))
            self.tag_menu.addAction(action)
            button = QAction(icons.swatch(tag.colour), tag_label(tag), self)
            button.setToolTip(action.toolTip())
            button.triggered.connect(lambda _=False, t=tag.id: self.tag_selection(t))
            self.toolbar.addAction(button)
        self.tag_menu.addSeparator()
        self.tag_menu.addActions(
            [
                self.suggest_source_action,
                self.suggest_all_action,
                self.suggest_entities_action,
                self.suggest_all_entities_action,
                self.accept_all_action,
            ]
        )
        self.tag_menu.addSeparator()
        self.tag_menu.addAction(self.tags_action)

    # ---------------------------------------------------------------- projects

    def open_project(self, path: Path) -> bool:
        """Open (or switch to) the project at path; reports a clear error if it cannot."""
        path = Path(path).resolve()
        store = self.opening.open(path)  # asks about locks and damaged files itself
        if store is None:
            return False
        self._install_session(Session(store))
        self.recent.remember(path)
        self.project_opened.emit(path)
        return True

    def create_project(self, path: Path) -> bool:
        path = Path(path)
        if path.suffix != PROJECT_SUFFIX:
            path = path.with_name(path.name + PROJECT_SUFFIX)
        try:
            store = Store.create(path, lock=True)
        except RecoupeError as e:
            self._warn(self.tr("Cannot create project"), localized(e))
            return False
        self._install_session(Session(store))
        self.recent.remember(path.resolve())
        self.project_opened.emit(path.resolve())
        return True

    def _install_session(self, session: Session) -> None:
        self.close_project()
        self.session = session
        session.error_reported.connect(self._on_error_reported)
        session.tags_changed.connect(lambda _change: self._rebuild_tag_controls())
        session.sources_changed.connect(self._on_sources_changed)
        stack = session.undo_stack
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._update_undo_text)
        stack.redoTextChanged.connect(self._update_undo_text)
        self._update_undo_text()

        self.reader = Reader(session, self)
        self.setCentralWidget(self.reader)
        view = self.reader.view
        view.setAcceptDrops(False)
        view.tag_requested.connect(self._on_tag_requested)
        view.annotation_activated.connect(self._on_highlight_clicked)
        view.delete_requested.connect(session.delete_annotations)
        view.furniture_requested.connect(session.set_furniture)
        view.suggestions_decided.connect(
            lambda ids, accept: session.set_suggestions(ids, accept=accept)
        )

        self.sources_panel = SourcesPanel(session, self)
        self.sources_panel.source_selected.connect(self.show_source)
        self.sources_panel.hit_activated.connect(self._on_hit_activated)
        self.sources_panel.properties_requested.connect(self.edit_properties)
        self.sources_dock.setWidget(self.sources_panel)

        self.annotation_panel = AnnotationPanel(session, self)
        self.annotation_panel.annotation_activated.connect(self._on_row_activated)
        self.annotations_dock.setWidget(self.annotation_panel)

        self.timeline_view = TimelineView(session, self)
        self.timeline_view.annotation_activated.connect(self._on_mark_activated)
        self.timeline_view.merge_requested.connect(
            lambda target, other: event_commands.merge_events(session, target, other)
        )
        self.timeline_view.split_requested.connect(
            lambda aid: event_commands.split_from_event(session, AnnotationId(aid))
        )
        self.timeline_view.rename_requested.connect(
            lambda members, title: event_commands.rename_event(session, members, title)
        )
        self.timeline_dock.setWidget(self.timeline_view)

        self.entity_panel = EntityPanel(session, self)
        self.entity_panel.mention_activated.connect(self._on_mark_activated)
        self.entity_panel.entity_selected.connect(self._on_entity_selected)
        session.entities_changed.connect(self._refresh_entity_filter)
        self.entities_dock.setWidget(self.entity_panel)

        self.map_view = MapView(session, self)
        self.map_view.entity_activated.connect(self._on_place_activated)
        self.map_dock.setWidget(self.map_view)

        self.importer = ImportController(session, threaded=self.threaded_import)
        self.importer.started.connect(self._on_import_started)
        self.importer.progressed.connect(self._on_work_progress)
        self.importer.finished.connect(self._on_import_finished)
        self.importer.failed.connect(self._on_import_failed)

        self.suggester = SuggestController(session, threaded=self.threaded_import)
        self.suggester.started.connect(self._on_suggest_started)
        self.suggester.progressed.connect(self._on_work_progress)
        self.suggester.finished.connect(self._on_suggest_finished)
        self.suggester.failed.connect(self._on_import_failed)

        for action in self.project_actions:
            action.setEnabled(True)
        self._rebuild_tag_controls()
        self.setWindowTitle(f"{session.store.name} — Recoupe")
        self.setWindowFilePath(str(session.store.path))
        sources = session.store.sources()
        last = self.settings.value(f"last_source/{session.store.path}", None)
        ids = [s.id for s in sources]
        first = (
            SourceId(int(last))
            if last is not None and int(last) in ids
            else (ids[0] if ids else None)
        )
        self.show_source(first)

    def close_project(self) -> None:
        if self.session is None:
            return
        if self.importer is not None:
            self.importer.wait()
        if self.suggester is not None:
            self.suggester.wait()
        session, self.session = self.session, None
        for action in (self.undo_action, self.redo_action):
            try:
                action.triggered.disconnect()
            except (RuntimeError, TypeError):
                pass
            action.setEnabled(False)
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        for dock in self._docks():
            old = dock.widget()
            dock.setWidget(QWidget())
            if old is not None:
                old.deleteLater()
        self.reader = self.sources_panel = self.annotation_panel = None
        self.timeline_view = None
        self.entity_panel = None
        self.map_view = None
        self.importer = None
        self.suggester = None
        session.close()
        session.deleteLater()
        self._show_empty()

    def _show_empty(self) -> None:
        empty = EmptyState(self)
        empty.new_requested.connect(self.new_project)
        empty.open_requested.connect(self.choose_project)
        empty.demo_requested.connect(self.open_demo)
        self.setCentralWidget(empty)
        for action in self.project_actions:
            action.setEnabled(False)
        self._rebuild_tag_controls()
        self.setWindowTitle("Recoupe")

    def open_demo(self) -> None:
        from desktop.app import ensure_demo

        path = ensure_demo()
        if path is not None:
            self.open_project(path)

    # ------------------------------------------------------------------ sources

    def show_source(self, source_id: SourceId | None) -> None:
        if self.session is None or self.reader is None:
            return
        # read once for both panes: 10,000 annotations take ~60 ms to read
        store = self.session.store
        annotations = (
            store.annotations(source_id=source_id, status=None) if source_id is not None else None
        )
        self.reader.show_source(source_id, annotations)
        if self.annotation_panel is not None:
            self.annotation_panel.set_source(source_id, annotations)
        if self.sources_panel is not None and source_id is not None:
            self.sources_panel.select_source(source_id)
        if source_id is not None:
            self.settings.setValue(f"last_source/{self.session.store.path}", int(source_id))

    def current_source(self) -> SourceId | None:
        return self.reader.view.source_id if self.reader is not None else None

    def _on_sources_changed(self, change: object) -> None:
        if self.reader is not None:
            self.reader.refresh_header()
        if self.current_source() is None and self.session is not None:
            sources = self.session.store.sources()
            if sources:
                self.show_source(sources[-1].id)

    def _on_hit_activated(self, source_id: int, start: int, end: int) -> None:
        if self.current_source() != source_id:
            self.show_source(SourceId(source_id))
        if self.reader is not None:
            self.reader.view.reveal_range(start, end)

    def _on_entity_selected(self, entity_id: object) -> None:
        """Show on the timeline only the dates in the sentences that name the entity."""
        if self.timeline_view is None or self.session is None:
            return
        if entity_id is None:
            self.timeline_view.set_annotation_filter(None)
            return
        dates = EntityStore(self.session.store).related_dates(EntityId(int(str(entity_id))))
        self.timeline_view.set_annotation_filter({int(a) for a in dates})
        if self.map_view is not None:
            self.map_view.highlight_entity(int(str(entity_id)))

    def _refresh_entity_filter(self, _change: object = None) -> None:
        if self.entity_panel is not None and self.entity_panel.current_entity() is not None:
            self._on_entity_selected(self.entity_panel.current_entity())

    def _on_place_activated(self, entity_id: int) -> None:
        """A place was clicked on the map: list its mentions in the entity pane."""
        if self.entity_panel is not None:
            self.entity_panel.select_entity(entity_id)
            self.entities_dock.show()
            self.entities_dock.raise_()

    def _on_mark_activated(self, annotation_id: int) -> None:
        """A timeline mark was clicked: open its source at the passage and select its row."""
        self._on_row_activated(annotation_id)
        if self.annotation_panel is not None:
            self.annotation_panel.select_annotation(annotation_id)

    def _on_row_activated(self, annotation_id: int) -> None:
        if self.timeline_view is not None:
            self.timeline_view.highlight_annotation(annotation_id)
        if self.session is None or self.reader is None:
            return
        annotation = self.session.store.annotation(annotation_id)  # type: ignore[arg-type]
        if self.current_source() != annotation.source_id:
            self.reader.show_source(annotation.source_id)
            if self.sources_panel is not None:
                self.sources_panel.select_source(annotation.source_id)
            if self.annotation_panel is not None and not self.annotation_panel.scope_all():
                self.annotation_panel.set_source(annotation.source_id)
                self.annotation_panel.select_annotation(annotation.id)
        self.reader.view.reveal(annotation.id)

    def _on_highlight_clicked(self, annotation_id: int) -> None:
        if self.annotation_panel is not None:
            self.annotation_panel.select_annotation(annotation_id)
        if self.timeline_view is not None:
            self.timeline_view.highlight_annotation(annotation_id)

    def _on_tag_requested(
        self, source_id: int, start: int, end: int, tag_id: int, exact: bool
    ) -> None:
        if self.session is not None:
            self.session.tag_passage(SourceId(source_id), start, end, TagId(tag_id), snap=not exact)

    def tag_selection(self, tag_id: TagId) -> None:
        if self.reader is not None:
            self.reader.view.tag_selection(tag_id)

    def edit_properties(self, source_id: int | None = None) -> None:
        if self.session is None:
            return
        sid = (
            source_id
            if isinstance(source_id, int) and not isinstance(source_id, bool)
            else self.current_source()
        )
        if sid is None:
            return
        dialog = SourcePropertiesDialog(self.session, SourceId(sid), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_tags(self) -> None:
        if self.session is None:
            return
        dialog = TagDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def edit_preferences(self) -> None:
        from desktop.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def focus_search(self) -> None:
        if self.sources_panel is not None:
            self.sources_dock.show()
            self.sources_panel.focus_search()

    # ------------------------------------------------------------------ import

    def choose_imports(self) -> None:
        if self.session is None:
            return
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        start = str(self.settings.value("import/last_dir", str(Path.home())))
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import sources"),
            start,
            self.tr("Articles (%1);;All files (*)").replace("%1", patterns),
        )
        if files:
            self.settings.setValue("import/last_dir", str(Path(files[0]).parent))
            self.import_files([Path(f) for f in files])

    def import_files(self, paths: list[Path]) -> bool:
        if self.importer is None:
            self.statusBar().showMessage(self.tr("Open or create a project first."), 6000)
            return False
        if self.importer.busy:
            self.statusBar().showMessage(self.tr("An import is already running."), 6000)
            return False
        if self.session is not None and self.session.store.read_only:
            self.session.report_error(self.tr("This project is open read-only."))
            return False
        return self.importer.start(paths)

    # -------------------------------------------------------------- suggestions

    def suggest_current(self, *, kinds: tuple[str, ...] = DATE_KINDS) -> None:
        source_id = self.current_source()
        if source_id is not None:
            self.suggest([source_id], kinds=kinds)

    def suggest_all(self, *, kinds: tuple[str, ...] = DATE_KINDS) -> None:
        if self.session is not None:
            self.suggest([s.id for s in self.session.store.sources()], kinds=kinds)

    def suggest(
        self,
        source_ids: list[SourceId],
        *,
        kinds: tuple[str, ...] = DATE_KINDS,
        accept: bool = False,
    ) -> bool:
        if self.suggester is None or self.suggester.busy:
            return False
        return self.suggester.start(source_ids, kinds=kinds, accept=accept)

    def accept_all_current(self) -> None:
        source_id = self.current_source()
        if self.session is None or source_id is None:
            return
        date_tag = next(
            (t.id for t in self.session.store.tags() if t.builtin and t.kind.value == "date"), None
        )
        if not self.session.accept_all_suggestions(source_id, date_tag):
            self.statusBar().showMessage(self.tr("No suggested date to accept here."), 6000)

    def _on_suggest_started(self, n: int) -> None:
        self.task_status.begin(n, self.tr("Suggesting %v of %m"))

    def _on_suggest_finished(self, report: SuggestReport) -> None:
        self.task_status.end()
        message = self.tr("%n suggestion(s) added.", "", report.total)
        if report.total:
            message += " " + self.tr(
                "Tab goes to the next one, Enter accepts it, Delete rejects it."
            )
        if report.cancelled:
            message += " " + self.tr("Stopped before the end.")
        self.statusBar().showMessage(message, 12000)

    def _on_import_started(self, n: int) -> None:
        self.task_status.begin(n, self.tr("Importing %v of %m"))

    def _on_work_progress(self, done: int, total: int, name: str) -> None:
        self.task_status.step(done)
        self.statusBar().showMessage(self.tr("Reading %1…").replace("%1", name))

    def _cancel_work(self) -> None:
        for controller in (self.importer, self.suggester):
            if controller is not None:
                controller.cancel()

    def _on_import_finished(self, report: ImportReport) -> None:
        self.task_status.end()
        summary = self.tr("Imported %n source(s).", "", len(report.added))
        if report.cancelled:
            summary += " " + self.tr("Import cancelled.")
        self.statusBar().showMessage(summary, 10000)
        if report.added:
            self.show_source(report.added[0])
        problems = [
            self.tr("%1: already in the project as “%2”.")
            .replace("%1", d.filename)
            .replace("%2", d.existing_title)
            for d in report.duplicates
        ] + [localized(r) for r in report.rejected]
        if problems:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import"), summary, parent=self)
            box.setInformativeText(
                self.tr("Some files were not imported:")
                + "\n\n"
                + "\n".join(problems[:30])
                + ("\n…" if len(problems) > 30 else "")
            )
            box.setDetailedText("\n".join(problems))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.last_import_message = box

    def _on_import_failed(self, message: str) -> None:
        self.task_status.end()
        self._warn(self.tr("Import failed"), message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.session is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files: list[Path] = []
        for p in paths:
            files.extend(sorted(q for q in p.rglob("*") if q.is_file()) if p.is_dir() else [p])
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    # ------------------------------------------------------------- file menu

    def new_project(self) -> None:
        from desktop.paths import user_data_dir

        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("New project"),
            str(user_data_dir() / (self.tr("Untitled") + PROJECT_SUFFIX)),
            self.tr("Recoupe projects (*%1)").replace("%1", PROJECT_SUFFIX),
        )
        if path:
            target = Path(path)
            if target.exists():
                self._warn(
                    self.tr("Cannot create project"),
                    self.tr("%1 already exists; choose another name.").replace("%1", str(target)),
                )
                return
            self.create_project(target)

    def choose_project(self) -> None:
        from desktop.paths import user_data_dir

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            str(user_data_dir()),
            self.tr("Recoupe projects (*%1);;All files (*)").replace("%1", PROJECT_SUFFIX),
        )
        if path:
            self.open_project(Path(path))

    def recent_projects(self) -> list[str]:
        return self.recent.paths()

    # -------------------------------------------------------------------- misc

    def _update_undo_text(self, _text: str = "") -> None:
        if self.session is None:
            return
        stack = self.session.undo_stack
        self.undo_action.setText(
            self.tr("&Undo %1").replace("%1", stack.undoText())
            if stack.canUndo()
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %1").replace("%1", stack.redoText())
            if stack.canRedo()
            else self.tr("&Redo")
        )

    def _on_error_reported(self, message: str) -> None:
        self.statusBar().showMessage(message, 12000)

    def _warn(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_warning = box

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        from desktop import __version__

        QMessageBox.about(
            self,
            self.tr("About Recoupe"),
            self.tr(
                "<b>Recoupe %1</b><p>A reader and annotator for journalists who cross-check "
                "their sources.</p><p>Everything stays on this computer: one project file, "
                "no network access.</p><p><small>Contains data from GeoNames (CC BY 4.0). "
                "Country outlines: Natural Earth (public domain). French language model: "
                "spaCy fr_core_news_md (LGPL-LR).</small></p>"
            ).replace("%1", __version__),
        )

    def _restore_window(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/state")
        if state is not None:
            QTimer.singleShot(0, lambda: self.restoreState(state))
        else:
            QTimer.singleShot(0, self._default_layout)

    def save_window(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember_layout:
            self.save_window()
        self.close_project()
        super().closeEvent(event)

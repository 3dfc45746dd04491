"""The Review menu and the Claims pane of the main window.

``ClaimActions(window)`` adds a Review menu (``review_menu``, which other review features
extend), the Claims dock, and follows the window's project: it builds the pane the first
time the project needs it (the dock shown, a claim to select, ``panel`` read) — a pane
hidden behind another tab costs nothing when a project opens — and drops it when the
project closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDockWidget, QMenu, QWidget

from desktop.core import anchoring
from desktop.core.claim_store import ClaimStore
from desktop.core.errors import RecoupeError
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import check_range
from desktop.ui.messages import localized
from desktop.ui.preferences_dialog import reviewer_name
from desktop.ui.session import Session
from desktop.ui.widgets.audit_log_dialog import AuditLogDialog
from desktop.ui.widgets.claim_panel import ClaimPanel
from desktop.ui.widgets.evidence_linker import EvidenceLinker
from desktop.ui.widgets.status_dialog import StatusDialog

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

LINK_SHORTCUT = "Ctrl+E"
"""Link the selection as evidence (single letters are the tag keys, which users choose)."""


class ClaimActions(QObject):
    """Review ▸ Link Selection as Evidence, Claim Statuses, Audit Log, and the Claims pane."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._panel: ClaimPanel | None = None
        self._session_open = False  # a project is open: the pane may be built
        self._pending_claim: int | None = None  # clicked before the pane was built
        # what visibilityChanged last said: a dock behind another tab stays isVisible()
        self._dock_shown = False
        self.linker: EvidenceLinker | None = None
        self.audit_dialog: AuditLogDialog | None = None
        self.status_dialog: StatusDialog | None = None

        self.dock = QDockWidget(self.tr("Claims"), window)
        self.dock.setObjectName("ClaimsDock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.entities_dock, self.dock)
        window.annotations_dock.raise_()
        self.dock.visibilityChanged.connect(self._on_dock_visibility)

        self.link_action = self._action(
            self.tr("Link Selection as &Evidence…"), self.link_selection, LINK_SHORTCUT
        )
        self.link_action.setToolTip(
            self.tr("Link the passage selected in the reader to a claim (%1)").replace(
                "%1", LINK_SHORTCUT
            )
        )
        self.statuses_action = self._action(self.tr("Claim S&tatuses…"), self.edit_statuses)
        self.audit_action = self._action(self.tr("&Audit Log…"), lambda: self.show_audit_log())
        self.project_actions = [self.link_action, self.statuses_action, self.audit_action]

        self.review_menu = QMenu(self.tr("&Review"), window)
        self.review_menu.addAction(self.link_action)
        self.review_menu.addSeparator()
        self.review_menu.addAction(self.dock.toggleViewAction())
        self.review_menu.addActions([self.statuses_action, self.audit_action])
        bar = window.menuBar()
        help_menu = next((a for a in bar.actions() if _holds(a, window.about_action)), None)
        if help_menu is not None:
            bar.insertMenu(help_menu, self.review_menu)
        else:
            bar.addMenu(self.review_menu)
        self._add_to_view_menu()

        window.project_opened.connect(self._on_project_opened)
        self._set_enabled(False)
        self.dock.setWidget(QWidget())

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)  # shortcuts work with the menu bar hidden too
        return action

    def _add_to_view_menu(self) -> None:
        marker = self.window.entities_dock.toggleViewAction()
        for a in self.window.menuBar().actions():
            menu = a.menu()
            if isinstance(menu, QMenu) and _holds(a, marker):
                menu.addAction(self.dock.toggleViewAction())
                return

    def _set_enabled(self, on: bool) -> None:
        for action in self.project_actions:
            action.setEnabled(on)

    # --------------------------------------------------------------- project

    @property
    def panel(self) -> ClaimPanel | None:
        """The Claims pane of the open project, built here the first time it is needed;
        None without a project."""
        if self._panel is None and self._session_open:
            self._build_panel()
        return self._panel

    def _on_project_opened(self, _path: object) -> None:
        window = self.window
        session = window.session
        if session is None:
            return
        settings = window.settings
        session.reviewer_source = lambda: reviewer_name(settings)
        self._session_open = True
        self._pending_claim = None
        if window.reader is not None:
            window.reader.view.annotation_activated.connect(self._on_highlight_clicked)
        session.closed.connect(self._on_project_closed)
        self._set_enabled(True)
        if self._dock_shown:  # the pane is on screen: it shows the claims at once
            self._build_panel()

    def _on_dock_visibility(self, visible: bool) -> None:
        self._dock_shown = visible
        if visible and self._session_open and self._panel is None:
            self._build_panel()

    def _build_panel(self) -> None:
        session = self.window.session
        if session is None:
            return
        panel = ClaimPanel(session, self.dock)
        panel.claim_activated.connect(self.show_claim)
        panel.editor.passage_activated.connect(self.show_passage)
        panel.editor.history_requested.connect(
            lambda claim_id: self.show_audit_log(AnnotationId(claim_id))
        )
        self._panel = panel
        old = self.dock.widget()
        self.dock.setWidget(panel)
        if old is not None:
            old.deleteLater()
        pending, self._pending_claim = self._pending_claim, None
        if pending is not None:
            panel.select_claim(pending)  # does nothing for other tags

    def _on_project_closed(self) -> None:
        for dialog in (self.linker, self.audit_dialog, self.status_dialog):
            if dialog is not None:
                dialog.close()
        self.linker = self.audit_dialog = self.status_dialog = None
        self._session_open = False
        self._pending_claim = None
        old = self.dock.widget()
        self.dock.setWidget(QWidget())
        if old is not None:
            old.deleteLater()
        self._panel = None
        self._set_enabled(False)

    def _session(self) -> Session | None:
        return self.window.session

    # ----------------------------------------------------------------- views

    def show_claim(self, claim_id: int) -> None:
        """Open the claim's source at its passage and flash it."""
        window = self.window
        session = window.session
        if session is None or window.reader is None:
            return
        try:
            claim = ClaimStore(session.store).claim(AnnotationId(claim_id))
        except RecoupeError as e:
            window.statusBar().showMessage(localized(e), 8000)
            return
        if window.current_source() != claim.source_id:
            window.show_source(claim.source_id)
        window.reader.view.reveal(claim.annotation_id)

    def show_passage(self, source_id: int, start: int, end: int) -> None:
        """Open a source at [start, end) (code points), selected and flashed."""
        window = self.window
        if window.reader is None:
            return
        if window.current_source() != source_id:
            window.show_source(SourceId(source_id))
        window.reader.view.reveal_range(start, end)

    def select_claim(self, claim_id: int) -> None:
        """Show the Claims pane with this claim selected and open its passage."""
        if self.panel is not None and self.panel.select_claim(claim_id):
            self.dock.show()
            self.dock.raise_()
            self.show_claim(claim_id)

    def _on_highlight_clicked(self, annotation_id: int) -> None:
        if self._panel is not None:
            self._panel.select_claim(annotation_id)  # does nothing for other tags
            return
        session = self.window.session
        if session is not None and ClaimStore(session.store).claims(
            ids=[AnnotationId(annotation_id)]
        ):
            self._pending_claim = annotation_id  # selected when the pane is built

    # --------------------------------------------------------------- actions

    def link_selection(self) -> EvidenceLinker | None:
        """Open the evidence linker for the passage selected in the reader."""
        window = self.window
        session = window.session
        if session is None or window.reader is None:
            return None
        view = window.reader.view
        selected = view.selection_range()
        if selected is None or view.source_id is None:
            window.statusBar().showMessage(
                self.tr("Select the passage to link in the reader first."), 8000
            )
            return None
        source_id = view.source_id
        try:
            window_text, offset, length = session.store.text_around(source_id, *selected)
            check_range(length, *selected)
            start, end = anchoring.snap_in_window(window_text, offset, *selected)
        except RecoupeError as e:
            window.statusBar().showMessage(localized(e), 8000)
            return None
        if not ClaimStore(session.store).claims():
            window.statusBar().showMessage(
                self.tr("No claims yet: select what a source claims and press C to tag it."),
                10000,
            )
            return None
        panel = self._panel  # a pane never built has no current claim
        preferred = panel.current_claim() if panel is not None else None
        linker = EvidenceLinker(session, source_id, start, end, preferred=preferred, parent=window)
        linker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        linker.linked.connect(self._on_linked)
        linker.finished.connect(lambda _result: self._forget_linker(linker))
        self.linker = linker
        linker.open()
        return linker

    def _forget_linker(self, linker: EvidenceLinker) -> None:
        if self.linker is linker:
            self.linker = None

    def _on_linked(self, claim_id: int) -> None:
        if self.panel is not None and self.panel.select_claim(claim_id):
            self.dock.show()
            self.dock.raise_()
        self.window.statusBar().showMessage(self.tr("Passage linked as evidence."), 6000)

    def edit_statuses(self) -> StatusDialog | None:
        session = self._session()
        if session is None:
            return None
        if self.status_dialog is None:
            dialog = StatusDialog(session, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda: setattr(self, "status_dialog", None))
            self.status_dialog = dialog
        self.status_dialog.show()
        self.status_dialog.raise_()
        return self.status_dialog

    def show_audit_log(self, claim_id: AnnotationId | None = None) -> AuditLogDialog | None:
        session = self._session()
        if session is None:
            return None
        if self.audit_dialog is not None:
            self.audit_dialog.close()
        dialog = AuditLogDialog(session, claim_id=claim_id, parent=self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.claim_activated.connect(self.select_claim)
        dialog.finished.connect(lambda _r: self._forget_audit(dialog))
        self.audit_dialog = dialog
        dialog.show()
        return dialog

    def _forget_audit(self, dialog: QDialog) -> None:
        if self.audit_dialog is dialog:
            self.audit_dialog = None


def _holds(menu_action: QAction, action: QAction) -> bool:
    """Whether a menu bar entry's menu holds action."""
    menu = menu_action.menu()
    return isinstance(menu, QMenu) and action in menu.actions()

"""Review ▸ Start/Resume Review Session…, Compare with Another Reviewer…, Export My Verdicts….

``ReviewActions(window, claim_actions)`` adds these to the Review menu that
``ClaimActions`` owns, opens the review window (one at a time) and closes it, with the
dialogs, when the project closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.claims import ReviewSession
from desktop.core.errors import RecoupeError
from desktop.core.review.review_file import write_review_file
from desktop.ui.messages import localized
from desktop.ui.review_session_dialog import ResumeReviewDialog, StartReviewDialog
from desktop.ui.session import Session
from desktop.ui.widgets.review_view import ReviewView
from desktop.ui.widgets.second_review_dialog import SecondReviewDialog

if TYPE_CHECKING:
    from desktop.ui.claim_actions import ClaimActions
    from desktop.ui.main_window import MainWindow


class ReviewActions(QObject):
    """The review session and second review entries of the Review menu."""

    def __init__(self, window: MainWindow, claim_actions: ClaimActions) -> None:
        super().__init__(window)
        self.window = window
        self.claim_actions = claim_actions
        self.view: ReviewView | None = None
        self.dialogs: list[QWidget] = []
        self.start_action = self._action(self.tr("Start Review &Session…"), self.start_session)
        self.resume_action = self._action(self.tr("Res&ume Review Session…"), self.resume_session)
        self.compare_action = self._action(self.tr("&Compare with Another Reviewer…"), self.compare)
        self.export_action = self._action(
            self.tr("E&xport My Verdicts as Review File…"), self.export_review_file
        )
        self.export_action.setToolTip(
            self.tr("Write your verdicts to a file another reviewer can compare with theirs")
        )
        menu = claim_actions.review_menu
        existing = menu.actions()
        if existing:
            menu.insertActions(existing[0], [self.start_action, self.resume_action])
            menu.insertSeparator(existing[0])
        else:
            menu.addActions([self.start_action, self.resume_action])
        menu.addSeparator()
        menu.addActions([self.compare_action, self.export_action])
        self.actions = [self.start_action, self.resume_action, self.compare_action,
                        self.export_action]  # fmt: skip
        self._set_enabled(False)
        window.project_opened.connect(self._on_project_opened)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def _set_enabled(self, on: bool) -> None:
        for action in self.actions:
            action.setEnabled(on)

    def _session(self) -> Session | None:
        return self.window.session

    def _on_project_opened(self, _path: object) -> None:
        session = self._session()
        if session is None:
            return
        session.closed.connect(self._on_project_closed)
        self._set_enabled(True)

    def _on_project_closed(self) -> None:
        # the review window saves its rationale and position while the store is still open
        if self.view is not None:
            self.view.close()
        for dialog in self.dialogs:
            dialog.close()
        self.dialogs.clear()
        self._set_enabled(False)

    # --------------------------------------------------------------- sessions

    def start_session(self) -> StartReviewDialog | None:
        session = self._session()
        if session is None:
            return None
        if self._raise_view():
            return None
        dialog = StartReviewDialog(session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open_review(dialog.review))
        self._keep(dialog)
        dialog.open()
        return dialog

    def resume_session(self) -> ResumeReviewDialog | None:
        session = self._session()
        if session is None:
            return None
        if self._raise_view():
            return None
        dialog = ResumeReviewDialog(session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._open_review(dialog.review))
        self._keep(dialog)
        dialog.open()
        return dialog

    def _raise_view(self) -> bool:
        """Bring the running review forward instead of starting another; True if there is one."""
        if self.view is None:
            return False
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.window.statusBar().showMessage(
            self.tr("A review session is already open: stop it (S) to start another."), 8000
        )
        return True

    def _open_review(self, review: ReviewSession | None) -> ReviewView | None:
        session = self._session()
        if session is None or review is None:
            return None
        view = ReviewView(session, review, self.window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show_passage_requested.connect(self.claim_actions.show_passage)
        view.stopped.connect(lambda: self._forget_view(view))
        self.view = view
        view.show()
        view.raise_()
        view.activateWindow()
        return view

    def _forget_view(self, view: ReviewView) -> None:
        if self.view is view:
            self.view = None
            self.window.statusBar().showMessage(
                self.tr("Review session stopped: Review ▸ Resume Review Session… goes on."), 8000
            )

    def _keep(self, dialog: QWidget) -> None:
        self.dialogs.append(dialog)
        dialog.destroyed.connect(
            lambda: self.dialogs.remove(dialog) if dialog in self.dialogs else None
        )

    # ---------------------------------------------------------- second review

    def compare(self) -> SecondReviewDialog | None:
        session = self._session()
        if session is None:
            return None
        dialog = SecondReviewDialog(session, self.window.settings, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog)
        dialog.show()
        return dialog

    def export_review_file(self, path: Path | None = None) -> int | None:
        """Write the current reviewer's verdicts to a review file; how many were written."""
        session = self._session()
        if session is None:
            return None
        settings = self.window.settings
        if not isinstance(path, Path):
            start = Path(str(settings.value("review/last_dir", str(Path.home()))))
            name = self.tr("review-%1.json").replace("%1", session.reviewer)
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Export my verdicts"),
                str(start / name),
                self.tr("Review files (*.json)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            settings.setValue("review/last_dir", str(path.parent))
        try:
            count = write_review_file(session.store, path, reviewer=session.reviewer)
        except RecoupeError as e:
            self.window.statusBar().showMessage(localized(e), 12000)
            return None
        self.window.statusBar().showMessage(
            self.tr("%n verdict(s) written to %1.", "", count).replace("%1", str(path)), 10000
        )
        return count

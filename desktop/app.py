"""The one place that wires settings, translations, the demo project and the main window."""

from __future__ import annotations

import json
import os
import sys
import threading
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core.errors import RecoupeError
from desktop.paths import APP_NAME, demo_project_path, resource_path, seeds_dir, user_data_dir


def make_settings() -> QSettings:
    """The user's settings; kept beside the projects when RECOUPE_DATA_DIR is set."""
    if os.environ.get("RECOUPE_DATA_DIR"):
        return QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    return QSettings(APP_NAME, APP_NAME)


def ui_language(settings: QSettings) -> str:
    """'fr' or 'en': the preference if set, else the system locale."""
    chosen = str(settings.value("ui/language", "") or "")
    if chosen in ("fr", "en"):
        return chosen
    return "fr" if QLocale.system().name().lower().startswith("fr") else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load Recoupe's French strings (and Qt's own, for standard buttons) when French."""
    translators: list[QTranslator] = []
    if language != "fr":
        return translators
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "recoupe_fr.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_base = QTranslator(app)
    if qt_base.load("qtbase_fr", qt_dir):
        app.installTranslator(qt_base)
        translators.append(qt_base)
    return translators


def ensure_demo() -> Path | None:
    """The demo project, created from seeds/ the first time; None if it cannot be made."""
    from desktop.core.demo import create_demo

    path = demo_project_path()
    if path.exists():
        return path
    try:
        create_demo(path, seeds_dir()).close()
    except (RecoupeError, OSError) as e:
        print(f"recoupe: cannot create the demo project: {e}", file=sys.stderr)
        return None
    return path


def startup_project(settings: QSettings) -> Path | None:
    """The last project if it still exists, else the demo project."""
    last = settings.value("last_project")
    if last and Path(str(last)).exists():
        return Path(str(last))
    return ensure_demo()


def run_gui(project: Path | None = None, *, selftest: bool = False) -> int:
    """Start the window on project (or the last one, or the demo) and run until it closes."""
    if selftest:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = make_settings()
    app._recoupe_translators = install_translations(app, ui_language(settings))  # type: ignore[attr-defined]

    from desktop.ui.icons import app_icon
    from desktop.ui.main_window import MainWindow

    app.setWindowIcon(app_icon())
    window = MainWindow(settings)
    target = project if project is not None else startup_project(settings)
    if project is not None and not Path(project).exists():
        message = f"{project}: no such file"
        if selftest:
            print(f"recoupe: {message}", file=sys.stderr)
            return 1
        QMessageBox.warning(
            window, QCoreApplication.translate("MainWindow", "Cannot open project"), message
        )
    elif target is not None:
        window.open_project(target)
    window.show()
    if selftest:
        return _selftest(app, window)
    preload_language_model()
    return app.exec()


def preload_language_model() -> threading.Thread:
    """Load the French model for place and actor suggestions while the user reads.

    The window is already shown; a first "Suggest places and actors" then finds the model
    ready instead of waiting seconds for it. Failures are silent here and reported when the
    user asks for suggestions.
    """

    def load() -> None:
        try:
            from desktop.core.extract import preload_entities

            preload_entities()
        except Exception:  # noqa: BLE001 - reported later, when suggestions are asked for
            pass

    thread = threading.Thread(target=load, name="recoupe-preload", daemon=True)
    thread.start()
    return thread


def _selftest(app: QApplication, window: object) -> int:
    """Check the window opened the project with text on screen; print what it saw."""
    from desktop.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    # Let the window lay out and paint; QApplication.quit() would close the window first.
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    session = window.session
    report: dict[str, object] = {"version": __version__, "title": window.windowTitle()}
    ok = False
    if session is not None and window.reader is not None:
        sources = session.store.sources()
        text = window.reader.view.toPlainText()
        report.update(
            project=str(session.store.path),
            sources=len(sources),
            annotations=len(session.store.annotations()),
            shown_source=window.reader.view.source_id,
            shown_chars=len(text),
        )
        ok = bool(sources) and bool(text)
    report["ok"] = ok
    print(json.dumps(report, ensure_ascii=False))
    window.remember_layout = False  # an offscreen run must not overwrite the user's layout
    window.close()
    return 0 if ok else 1

"""Start-up: time to a painted window on the demo project while the French model loads.

``startup_window_s``: from creating the QApplication to the first painted frame of the main
window on the demo project (the language model loading in a background thread meanwhile).
``startup_model_ready_s``: from the same start until that background load has finished, so
the first "Suggest places and actors" needs no wait.
"""

from __future__ import annotations

import os
import tempfile
import time
from typing import Any

from bench_util import Results


def startup(data: dict[str, Any], quick: bool) -> Results:
    res = Results()

    def step() -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        with tempfile.TemporaryDirectory() as folder:
            os.environ["RECOUPE_DATA_DIR"] = folder
            from desktop.app import ensure_demo

            demo = ensure_demo()  # built once, outside the timing: the first run only
            t0 = time.perf_counter()
            from PySide6.QtCore import QSettings
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication([])
            from desktop.app import preload_language_model
            from desktop.ui.main_window import MainWindow

            settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
            window = MainWindow(settings)
            assert demo is not None and window.open_project(demo)
            window.show()
            loader = preload_language_model()
            window.grab()  # the first painted frame
            app.processEvents()
            res.figures["startup_window_s"] = round(time.perf_counter() - t0, 4)
            loader.join(timeout=120)
            res.figures["startup_model_ready_s"] = round(time.perf_counter() - t0, 4)
            window.remember_layout = False
            window.close()

    res.attempt(["startup_window_s", "startup_model_ready_s"], step)
    return res

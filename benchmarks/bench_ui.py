"""The Qt measurements on the big project: open to first painted frame, add and undo one
annotation, and the naive full reload they are compared with.

Qt runs offscreen; the runner sets QT_QPA_PLATFORM before this module is imported.
"""

from __future__ import annotations

import gc
import os
import random
import time
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from bench_util import Results, maxrss_mb, median, rounded, rss_mb  # noqa: E402

WINDOW_SIZE = (1400, 900)

# Layers handed to HighlightPainter.paint since the last clear: proof that a frame with
# highlights was drawn, not just the text.
PAINTED: list[int] = []


def _count_paints() -> None:
    from desktop.ui.widgets import highlight_painter

    cls = highlight_painter.HighlightPainter
    if getattr(cls, "_bench_counting", False):
        return
    original = cls.paint

    def paint(self: Any, painter: Any, layers: Any, blocks: Any) -> None:
        PAINTED.append(len(layers))
        original(self, painter, layers, blocks)

    cls.paint = paint  # type: ignore[method-assign]
    cls._bench_counting = True  # type: ignore[attr-defined]


def ui(data: dict[str, Any], quick: bool) -> Results:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings, qVersion
    from PySide6.QtWidgets import QApplication

    res = Results()
    app = QApplication.instance() or QApplication(["recoupe-bench"])
    assert isinstance(app, QApplication)
    res.details["qt"] = {
        "qt": qVersion(),
        "pyside6": pyside_version,
        "platform": app.platformName(),
    }
    _count_paints()
    from desktop.ui.main_window import MainWindow

    path = Path(data["path"])
    source_id = int(data["source_id"])
    work = Path(data["work"])
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    open_runs = 3 if quick else 5
    reps = 10 if quick else 20
    naive_runs = 2 if quick else 5
    state: dict[str, Any] = {}

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.DeferredDelete))
        app.processEvents()

    def dispose(window: Any) -> None:
        window.close()
        window.deleteLater()
        settle()
        gc.collect()  # the next run starts without the last one's store and views

    def measure_open() -> None:
        totals, calls, paints = [], [], []
        rss_before = rss_mb()
        for i in range(open_runs):
            window = MainWindow(settings, threaded_import=False)
            window.resize(*WINDOW_SIZE)
            settle()
            PAINTED.clear()
            t0 = time.perf_counter()
            if not window.open_project(path):
                raise RuntimeError(f"open_project({path}) returned False")
            t1 = time.perf_counter()
            window.show()
            app.processEvents()
            window.reader.view.viewport().repaint()
            t2 = time.perf_counter()
            if window.reader.view.source_id != source_id:
                raise RuntimeError(f"the window shows source {window.reader.view.source_id}")
            if not any(PAINTED):
                raise RuntimeError("no highlight was painted in the first frame")
            totals.append(t2 - t0)
            calls.append(t1 - t0)
            paints.append(max(PAINTED))
            if i == 0:
                after = rss_mb()
                if rss_before is not None and after is not None:
                    res.memory["open_rss_growth_mb"] = rounded(after - rss_before, 4)
            if i < open_runs - 1:
                dispose(window)
            else:
                state["window"] = window
        res.figures["open_5mb_10k_s"] = rounded(median(totals))
        res.details["open"] = {
            "runs_s": [rounded(t) for t in totals],
            "first_run_s": rounded(totals[0]),
            "open_project_call_median_s": rounded(median(calls)),
            "show_and_first_paint_median_s": rounded(median(totals) - median(calls)),
            "highlights_in_first_frame": paints[-1],
            "window_size": list(WINDOW_SIZE),
        }

    res.attempt(
        ["open_5mb_10k_s", "add_annotation_s", "undo_annotation_s", "naive_reload_s"],
        measure_open,
    )
    res.memory["ui_after_open_maxrss_mb"] = rounded(maxrss_mb(), 4)
    window = state.get("window")
    if window is None:
        res.figures.setdefault("naive_reload_ratio", res.figures.get("add_annotation_s"))
        return res

    view = window.reader.view
    panel = window.annotation_panel
    session = window.session
    table = panel.view

    def repaint_both() -> None:
        app.processEvents()
        view.viewport().repaint()
        table.viewport().repaint()

    def show_change() -> tuple[float, float]:
        """Let Qt deliver what a change scheduled, then force a full frame of the reader.

        The table repaints in processEvents only if the change touched visible rows (Qt
        decides); the reader's viewport is repainted in full, highlights included."""
        t0 = time.perf_counter()
        app.processEvents()
        t1 = time.perf_counter()
        view.viewport().repaint()
        return t1 - t0, time.perf_counter() - t1

    def measure_add_undo() -> None:
        store = session.store
        length = len(store.source_text(source_id))
        tags = [t.id for t in store.tags()]
        rng = random.Random(7)
        adds, undos = [], []
        phases: dict[str, list[float]] = {}

        def phase(name: str, seconds: float) -> None:
            phases.setdefault(name, []).append(seconds)

        for k in range(reps):
            start = int((k + 0.5) / reps * (length - 1000)) + rng.randint(0, 400)
            end = start + rng.randint(8, 60)
            # bring the place on screen first, as a reader tagging it would have
            view.select_range(start, start + 1)
            view.centerCursor()
            cursor = view.textCursor()
            cursor.clearSelection()
            view.setTextCursor(cursor)
            repaint_both()

            t0 = time.perf_counter()
            new_id = session.tag_passage(source_id, start, end, tags[k % len(tags)])
            t1 = time.perf_counter()
            events, paint = show_change()
            t2 = time.perf_counter()
            if new_id is None:
                raise RuntimeError(f"tag_passage({start}, {end}) made no annotation")
            if panel.model.row_of(new_id) is None or new_id not in view.annotation_index:
                raise RuntimeError(f"annotation {new_id} is not in both panes")
            adds.append(t2 - t0)
            phase("add_call", t1 - t0)
            phase("add_process_events", events)
            phase("add_reader_repaint", paint)

            t0 = time.perf_counter()
            session.undo_stack.undo()
            t1 = time.perf_counter()
            events, paint = show_change()
            t2 = time.perf_counter()
            if panel.model.row_of(new_id) is not None or new_id in view.annotation_index:
                raise RuntimeError(f"annotation {new_id} is still shown after undo")
            undos.append(t2 - t0)
            phase("undo_call", t1 - t0)
            phase("undo_process_events", events)
            phase("undo_reader_repaint", paint)

            t0 = time.perf_counter()
            table.viewport().repaint()  # not part of the figures: what a full table frame costs
            phase("table_full_repaint", time.perf_counter() - t0)

        res.figures["add_annotation_s"] = rounded(median(adds))
        res.figures["undo_annotation_s"] = rounded(median(undos))
        res.details["add_undo"] = {
            "repetitions": reps,
            "add_max_s": rounded(max(adds)),
            "undo_max_s": rounded(max(undos)),
            "phases_median_s": {k: rounded(median(v)) for k, v in phases.items()},
        }

    res.attempt(["add_annotation_s", "undo_annotation_s"], measure_add_undo)

    def measure_naive() -> None:
        runs = []
        for _ in range(naive_runs):
            t0 = time.perf_counter()
            view.show_source(source_id)  # setPlainText of the whole text + every annotation
            panel.model.set_scope(source_id, all_sources=False)  # model reset, proxy re-sort
            repaint_both()
            runs.append(time.perf_counter() - t0)
        res.figures["naive_reload_s"] = rounded(median(runs))
        res.details["naive_reload"] = {"runs_s": [rounded(t) for t in runs]}

    res.attempt(["naive_reload_s"], measure_naive)

    add = res.figures.get("add_annotation_s")
    naive = res.figures.get("naive_reload_s")
    if isinstance(add, float) and isinstance(naive, float) and add > 0:
        res.figures["naive_reload_ratio"] = rounded(naive / add, 4)
    else:
        res.figures["naive_reload_ratio"] = "error: needs add_annotation_s and naive_reload_s"

    dispose(window)
    return res

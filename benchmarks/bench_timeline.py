#!/usr/bin/env python
"""The timeline with 10,000 dated annotations: first paint and one zoom step.

    python benchmarks/bench_timeline.py [--quick]

``run(quick)`` returns ``timeline_first_paint_s`` (a TimelineView built on the project,
reading every date, laid out, shown and painted once at 1400x400, fitted to show all;
median of runs) and ``timeline_zoom_step_s`` (one wheel notch around the pointer and the
forced repaint, median over steps from "everything shows" to single days), plus details:
``events_drawn_median_s`` is until the events (grouped right after the first frame) are
drawn too. Qt runs offscreen. Goals: < 100 ms and < 16 ms.
"""

from __future__ import annotations

import gc
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

MARKS = 10_000
SOURCES = 40
SIZE = (1400, 400)
WORDS = (
    "retrait coalition missions combat Bagdad Erbil troupes accord parlement sécurité "
    "conseiller gouvernement frappe base drone attaque milice annonce ministre enquête "
    "élection manifestation pétrole frontière réfugiés accord cessez-le-feu otages"
).split()


def build_project(path: Path, marks: int = MARKS, seed: int = 7) -> Any:
    """A project of SOURCES sources holding `marks` accepted date annotations in all forms."""
    from desktop.core.models import (
        Annotation,
        AnnotationId,
        AnnotationStatus,
        ImportedSource,
        SourceId,
        TagId,
    )
    from desktop.core.store import Store

    rng = random.Random(seed)
    store = Store.create(path)
    per = marks // SOURCES
    first = date(1990, 1, 1)
    rows: list[Annotation] = []
    for s in range(SOURCES):
        parts, spans = [], []
        pos = 0
        for _ in range(per):
            sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
            quote = "jeudi"
            text = f"Le {sentence} {quote} selon la presse. "
            start = pos + text.index(quote)
            spans.append((start, start + len(quote)))
            parts.append(text)
            pos += len(text)
        body = "".join(parts)
        published = first + timedelta(days=rng.randint(0, 13000))
        sid: SourceId = store.add_source(
            ImportedSource(
                filename=f"{s}.txt",
                format="txt",
                original=body.encode(),
                text=body,
                encoding="utf-8",
                title=f"Source {s}: un titre d’article assez long",
                lang="fr",
                published=published.isoformat(),
            )
        ).source_ids[0]
        for start, end in spans:
            day = first + timedelta(days=int(rng.triangular(0, 13000, 11000)))
            kind = rng.random()
            if kind < 0.55:
                value = day.isoformat()
            elif kind < 0.75:
                value = f"{day.year:04d}-{day.month:02d}"
            elif kind < 0.85:
                value = f"{day.year:04d}"
            elif kind < 0.9:
                value = f"{day.year:04d}-{rng.randint(21, 24)}"
            elif kind < 0.95:
                value = (
                    f"{day.isoformat()}/{(day + timedelta(days=rng.randint(2, 400))).isoformat()}"
                )
            else:
                value = day.isoformat() + rng.choice("~?%")
            rows.append(
                Annotation(
                    id=AnnotationId(0),
                    source_id=sid,
                    tag_id=TagId(1),
                    start=start,
                    end=end,
                    quote=body[start:end],
                    prefix=body[max(0, start - 32) : start],
                    suffix=body[end : end + 32],
                    value=value,
                    note=None,
                    status=AnnotationStatus.ACCEPTED,
                    created="2026-01-01T00:00:00+00:00",
                    modified="2026-01-01T00:00:00+00:00",
                )
            )
    with store.db.atomic():
        store.db.conn.executemany(
            'INSERT INTO annotations(source_id, tag_id, start, "end", quote, prefix, suffix, '
            "value, status, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.source_id,
                    a.tag_id,
                    a.start,
                    a.end,
                    a.quote,
                    a.prefix,
                    a.suffix,
                    a.value,
                    a.status.value,
                    a.created,
                    a.modified,
                )
                for a in rows
            ],
        )
    return store


def run(quick: bool = False) -> dict[str, Any]:
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    from desktop.core.store import Store
    from desktop.core.timeline import Timeline
    from desktop.ui.session import Session
    from desktop.ui.widgets.timeline_view import TimelineView

    app = QApplication.instance() or QApplication(["recoupe-bench-timeline"])
    assert isinstance(app, QApplication)
    work = Path(tempfile.mkdtemp(prefix="recoupe-timeline-"))
    path = work / "timeline.recoupe"
    t0 = time.perf_counter()
    build_project(path).close()
    build_s = time.perf_counter() - t0

    store = Store.open(path)
    session = Session(store)
    runs = 3 if quick else 5

    loads = []
    for _ in range(runs):
        t0 = time.perf_counter()
        timeline = Timeline.load(store)
        loads.append(time.perf_counter() - t0)
    marks = len(timeline.marks)

    # the first frame: from building the view to the end of its first paint (marks only;
    # events are grouped right after it), then until the events are drawn too
    from desktop.ui.widgets import timeline_painter

    frames: list[float] = []
    original = timeline_painter.TimelinePainter.paint

    def paint(self: Any, painter: Any, clip: Any) -> None:
        original(self, painter, clip)
        frames.append(time.perf_counter())

    timeline_painter.TimelinePainter.paint = paint  # type: ignore[method-assign]
    paints, readies = [], []
    view = None
    try:
        for _ in range(runs):
            if view is not None:  # each run starts without the last one's view
                view.close()
                view.deleteLater()
                app.processEvents()
                gc.collect()
            frames.clear()
            t0 = time.perf_counter()
            view = TimelineView(session)
            view.resize(*SIZE)
            view.show()
            while not frames:
                app.processEvents()
            paints.append(frames[0] - t0)
            while not view.timeline.grouped:
                app.processEvents()
            view.repaint()
            readies.append(time.perf_counter() - t0)
    finally:
        timeline_painter.TimelinePainter.paint = original  # type: ignore[method-assign]
    assert view is not None

    def notch(pos: QPointF, steps: int) -> float:
        event = QWheelEvent(
            pos,
            view.mapToGlobal(pos),
            QPoint(0, 0),
            QPoint(0, 120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        t0 = time.perf_counter()
        QApplication.sendEvent(view, event)
        view.repaint()
        return time.perf_counter() - t0

    view.fit_all()
    view.repaint()
    plot = view.plot_rect()
    pos = QPointF(plot.left() + plot.width() * 0.7, plot.top() + 40)
    zoom_in = [notch(pos, 1) for _ in range(60 if not quick else 40)]
    zoom_out = [notch(pos, -1) for _ in range(len(zoom_in))]
    at_fit = [notch(pos, s) for s in (1, -1) * (5 if quick else 10)]
    steps = sorted(zoom_in + zoom_out)
    result = {
        "timeline_first_paint_s": round(sorted(paints)[len(paints) // 2], 6),
        "timeline_zoom_step_s": round(steps[len(steps) // 2], 6),
        "details": {
            "marks": marks,
            "events": len(timeline.events),
            "sources": SOURCES,
            "window": list(SIZE),
            "build_project_s": round(build_s, 3),
            "timeline_load_median_s": round(sorted(loads)[len(loads) // 2], 6),
            "first_paint_runs_s": [round(p, 6) for p in paints],
            "first_run_s": round(paints[0], 6),
            "events_drawn_median_s": round(sorted(readies)[len(readies) // 2], 6),
            "zoom_step_p95_s": round(steps[int(0.95 * (len(steps) - 1))], 6),
            "zoom_step_max_s": round(steps[-1], 6),
            "zoom_step_everything_visible_median_s": round(sorted(at_fit)[len(at_fit) // 2], 6),
        },
    }
    view.close()
    session.close()
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(run("--quick" in sys.argv), indent=2))


def timeline(data: dict[str, Any], quick: bool) -> Any:
    """benchmarks/run.py's entry: the two timeline figures, details kept beside them."""
    from bench_util import Results

    res = Results()

    def step() -> None:
        out = run(quick)
        for name in ("timeline_first_paint_s", "timeline_zoom_step_s"):
            res.figures[name] = out.get(name)
        res.details["timeline"] = {k: v for k, v in out.items() if k not in res.figures}

    res.attempt(["timeline_first_paint_s", "timeline_zoom_step_s"], step)
    return res

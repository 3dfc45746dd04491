"""The Qt-free measurements: full-text search, batch import and (when it exists) suggestion."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import time
import tracemalloc
from pathlib import Path
from typing import Any

from bench_util import Results, maxrss_mb, median, p95, rounded, rss_mb


def search(data: dict[str, Any], quick: bool) -> Results:
    """store.search over the search project: every query once on a freshly opened store
    (the figure), then once more on the same store (warm: folded texts cached)."""
    from desktop.core.store import Store

    res = Results()
    queries: list[str] = data["queries"]

    def run() -> None:
        store = Store.open(data["path"])
        rss_before = rss_mb()
        try:
            cold = _time_queries(store, queries)
            warm = _time_queries(store, queries)
        finally:
            store.close()
        times = [t for _, t, _ in cold]
        res.figures["search_median_s"] = rounded(median(times))
        res.figures["search_p95_s"] = rounded(p95(times))
        warm_times = [t for _, t, _ in warm]
        res.details["search"] = {
            "queries": len(queries),
            "first_pass_max_s": rounded(max(times)),
            "second_pass_median_s": rounded(median(warm_times)),
            "second_pass_p95_s": rounded(p95(warm_times)),
            "slowest": [
                {"query": q, "s": rounded(t), "hits": n}
                for q, t, n in sorted(cold, key=lambda x: -x[1])[:8]
            ],
            "per_query": [{"query": q, "s": rounded(t), "hits": n} for q, t, n in cold],
        }
        after = rss_mb()
        if rss_before is not None and after is not None:
            res.memory["search_rss_growth_mb"] = rounded(after - rss_before, 4)

    res.attempt(["search_median_s", "search_p95_s"], run)
    res.maxrss_mb = maxrss_mb()

    def traced() -> None:
        # Python allocations of the slowest query, on a fresh store
        slow = [d["query"] for d in res.details.get("search", {}).get("slowest", [])[:1]]
        store = Store.open(data["path"])
        try:
            tracemalloc.start()
            for q in slow or queries[:1]:
                store.search(q)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        finally:
            store.close()
        res.memory["search_tracemalloc_peak_mb"] = rounded(peak / 2**20, 4)
        res.memory["search_tracemalloc_query"] = (slow or queries[:1])[0]

    res.attempt([], traced)
    return res


def _time_queries(store: Any, queries: list[str]) -> list[tuple[str, float, int]]:
    out = []
    for q in queries:
        t0 = time.perf_counter()
        hits = store.search(q)
        out.append((q, time.perf_counter() - t0, len(hits)))
    return out


def import_files(data: dict[str, Any], quick: bool) -> Results:
    """import_files of the generated folder into a new project, timed file by file too."""
    from desktop.core.importing import import_files as do_import
    from desktop.core.store import Store

    res = Results()
    folder = Path(data["folder"])
    paths = sorted(p for p in folder.iterdir() if p.is_file())
    work = Path(data["work"])

    def run() -> None:
        target = work / "import-target.recoupe"
        _remove_project(target)
        store = Store.create(target)
        marks: list[tuple[float, str]] = []

        def progress(i: int, n: int, name: str) -> None:
            marks.append((time.perf_counter(), name))

        rss_before = rss_mb()
        try:
            t0 = time.perf_counter()
            report = do_import(store, paths, progress=progress)
            elapsed = time.perf_counter() - t0
            marks.append((t0 + elapsed, ""))
        finally:
            store.close()
        res.figures["import_1000_s"] = rounded(elapsed)
        per_kind: dict[str, list[float]] = {}
        for (t, name), (t_next, _) in zip(marks, marks[1:], strict=False):
            per_kind.setdefault(Path(name).suffix or "?", []).append(t_next - t)
        res.details["import"] = {
            "files": len(paths),
            "added": len(report.added),
            "duplicates": len(report.duplicates),
            "rejected": len(report.rejected),
            "rejected_reasons": [f"{r.filename}: {r.reason}" for r in report.rejected[:5]],
            "files_per_s": rounded(len(paths) / elapsed, 4),
            "per_suffix": {
                suffix: {
                    "files": len(ts),
                    "total_s": rounded(sum(ts), 4),
                    "median_ms": rounded(median(ts) * 1000, 4),
                    "max_ms": rounded(max(ts) * 1000, 4),
                }
                for suffix, ts in sorted(per_kind.items())
            },
        }
        after = rss_mb()
        if rss_before is not None and after is not None:
            res.memory["import_rss_growth_mb"] = rounded(after - rss_before, 4)

    res.attempt(["import_1000_s"], run)
    res.maxrss_mb = maxrss_mb()

    def traced() -> None:
        # Python allocations while importing a sample (with its HTML pages) into a new project
        sample = [p for p in paths if p.suffix == ".html"][:5] + [
            p for p in paths if p.suffix != ".html"
        ][:15]
        target = work / "import-traced.recoupe"
        _remove_project(target)
        store = Store.create(target)
        try:
            tracemalloc.start()
            do_import(store, sample)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        finally:
            store.close()
        res.memory["import_tracemalloc_peak_mb"] = rounded(peak / 2**20, 4)
        res.memory["import_tracemalloc_files"] = len(sample)

    res.attempt([], traced)
    return res


def suggest(data: dict[str, Any], quick: bool) -> Results:
    """Characters per second of the suggestion module, when there is one."""
    res = Results()
    if importlib.util.find_spec("desktop.core.extract") is None:
        res.figures["suggest_chars_per_s"] = None
        res.notes.append("suggest_chars_per_s: desktop.core.extract does not exist yet")
        return res

    def run() -> None:
        from bench_data import FrenchText

        extract = importlib.import_module("desktop.core.extract")
        entry = getattr(extract, "suggest", None)
        if not callable(entry):
            res.figures["suggest_chars_per_s"] = None
            res.notes.append(
                "suggest_chars_per_s: desktop.core.extract has no suggest(text) entry point; "
                "teach benchmarks/bench_core.py its API"
            )
            return
        text = FrenchText().document(200_000 if quick else 1_000_000, title="Suggestions")
        t0 = time.perf_counter()
        entry(text)
        res.figures["suggest_chars_per_s"] = rounded(len(text) / (time.perf_counter() - t0))

    res.attempt(["suggest_chars_per_s"], run)
    return res


def _remove_project(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()

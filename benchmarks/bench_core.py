"""The Qt-free measurements: full-text search, batch import, suggestion and bundle export."""

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
    """The first page of hits of each query, as the search list shows them, on a freshly
    opened store (the figures); then details: the same on a warm store, the next page, and
    200 hits at once (what a search without paging would compute)."""
    from desktop.core.search import FIRST_PAGE
    from desktop.core.store import Store

    res = Results()
    queries: list[str] = data["queries"]

    def run() -> None:
        store = Store.open(data["path"])
        rss_before = rss_mb()
        try:
            cold, pagers = _first_pages(store, queries, FIRST_PAGE)
            warm, _ = _first_pages(store, queries, FIRST_PAGE)
            more = []
            for q, pager in zip(queries, pagers, strict=True):
                t0 = time.perf_counter()
                pager.next_page(FIRST_PAGE)
                more.append((q, time.perf_counter() - t0))
        finally:
            store.close()
        store = Store.open(data["path"])
        try:
            whole = _time_queries(store, queries, limit=200)
        finally:
            store.close()
        times = [t for _, t, _ in cold]
        res.figures["search_median_s"] = rounded(median(times))
        res.figures["search_p95_s"] = rounded(p95(times))
        warm_times = [t for _, t, _ in warm]
        whole_times = [t for _, t, _ in whole]
        more_times = [t for _, t in more]
        res.details["search"] = {
            "queries": len(queries),
            "first_page_hits": FIRST_PAGE,
            "first_pass_max_s": rounded(max(times)),
            "second_pass_median_s": rounded(median(warm_times)),
            "second_pass_p95_s": rounded(p95(warm_times)),
            "next_page_median_s": rounded(median(more_times)),
            "next_page_p95_s": rounded(p95(more_times)),
            "hits_200_fresh_store_median_s": rounded(median(whole_times)),
            "hits_200_fresh_store_p95_s": rounded(p95(whole_times)),
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
                store.search_pages(q).next_page(FIRST_PAGE)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
        finally:
            store.close()
        res.memory["search_tracemalloc_peak_mb"] = rounded(peak / 2**20, 4)
        res.memory["search_tracemalloc_query"] = (slow or queries[:1])[0]

    res.attempt([], traced)
    return res


def _first_pages(
    store: Any, queries: list[str], count: int
) -> tuple[list[tuple[str, float, int]], list[Any]]:
    out, pagers = [], []
    for q in queries:
        t0 = time.perf_counter()
        pager = store.search_pages(q)
        hits = pager.next_page(count)
        out.append((q, time.perf_counter() - t0, len(hits)))
        pagers.append(pager)
    return out, pagers


def _time_queries(store: Any, queries: list[str], *, limit: int) -> list[tuple[str, float, int]]:
    out = []
    for q in queries:
        t0 = time.perf_counter()
        hits = store.search(q, limit=limit)
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
    """Characters per second of planning date suggestions over every imported source
    (``suggesting.plan_sources``: the work the Suggest command runs in the background);
    then writing them (``apply_plans``, one transaction) in details."""
    from desktop.core.store import Store
    from desktop.core.suggesting import apply_plans, plan_sources

    res = Results()

    def run() -> None:
        store = Store.open(data["project"])
        try:
            ids = [s.id for s in store.sources()]
            chars = sum(len(store.source_text(i)) for i in ids)
            store._texts.clear()  # each text read again inside the timing, as the app would
            t0 = time.perf_counter()
            plans, _ = plan_sources(store, ids)
            planned = time.perf_counter() - t0
            t0 = time.perf_counter()
            report = apply_plans(store, plans)
            applied = time.perf_counter() - t0
        finally:
            store.close()
        res.figures["suggest_chars_per_s"] = rounded(chars / planned)
        res.details["suggest"] = {
            "sources": len(ids),
            "chars": chars,
            "plan_s": rounded(planned),
            "suggestions": report.total,
            "skipped": report.skipped,
            "apply_s": rounded(applied),
        }

    res.attempt(["suggest_chars_per_s"], run)
    return res


def export_bundle(data: dict[str, Any], quick: bool) -> Results:
    """write_bundle of the imported project (every source, original and text)."""
    res = Results()
    if importlib.util.find_spec("desktop.core.export.bundle") is None:
        res.figures["export_bundle_1000_s"] = None
        res.notes.append("export_bundle_1000_s: no desktop/core/export/bundle.py yet")
        return res

    def run() -> None:
        from desktop.core.export.bundle import write_bundle
        from desktop.core.store import Store

        out = Path(data["work"]) / "bench-bundle.zip"
        out.unlink(missing_ok=True)
        store = Store.open(data["project"])
        steps = []
        try:
            sources = len(store.sources())
            t0 = time.perf_counter()
            summary = write_bundle(
                store, out, exported_by="benchmark", progress=lambda *a: steps.append(a)
            )
            elapsed = time.perf_counter() - t0
        finally:
            store.close()
        res.figures["export_bundle_1000_s"] = rounded(elapsed)
        res.details["export"] = {
            "sources": sources,
            "bundle_mb": rounded(out.stat().st_size / 1e6, 4),
            "progress_calls": len(steps),
            "summary": {k: v for k, v in vars(summary).items() if isinstance(v, int)},
        }

    res.attempt(["export_bundle_1000_s"], run)
    return res


def _remove_project(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        p = path.with_name(path.name + suffix)
        if p.is_dir():
            shutil.rmtree(p)
        elif p.exists():
            p.unlink()

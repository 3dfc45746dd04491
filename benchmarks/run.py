#!/usr/bin/env python
"""Recoupe's performance figures: times and memory, measured and printed, never asserted.

    python benchmarks/run.py [--quick] [--json] [--strict] [--only ui,search] [--profile DIR]

Builds its data in a temporary folder, then runs each group of measurements (ui, search,
import, export, suggest, ...) in a process of its own, so one group's memory peak and one
group's crash stay its own. Prints one JSON object with --json, a table otherwise. Exits 0
even when a measurement failed (its figure holds an "error: …" string) unless --strict.
See benchmarks/README.md for what each figure measures and its goal.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any, Final

HERE: Final = Path(__file__).resolve().parent
REPO: Final = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

# Every figure, in the order printed; seconds unless the name says otherwise.
FIGURES: Final = (
    "open_5mb_10k_s",
    "add_annotation_s",
    "undo_annotation_s",
    "naive_reload_s",
    "naive_reload_ratio",
    "search_median_s",
    "search_p95_s",
    "import_1000_s",
    "suggest_chars_per_s",
    "date_suggest_chars_per_s",
    "dateparser_chars_per_s",
    "date_speed_ratio",
    "entities_chars_per_s",
    "entities_peak_mb",
    "entities_model_load_s",
    "startup_window_s",
    "startup_model_ready_s",
    "timeline_first_paint_s",
    "timeline_zoom_step_s",
    "export_bundle_1000_s",
    "peak_rss_mb",
)
# Upper bounds the figures should stay under (on the full sizes).
GOALS: Final = {
    "open_5mb_10k_s": 0.3,
    "add_annotation_s": 0.020,
    "undo_annotation_s": 0.020,
    "search_median_s": 0.020,
    "search_p95_s": 0.020,
    "timeline_first_paint_s": 0.100,
    "timeline_zoom_step_s": 0.016,
    "import_1000_s": 10.0,
    "export_bundle_1000_s": 10.0,
}
SIZES: Final = {
    "full": {
        "open_source_mb": 5.0,
        "open_annotations": 10_000,
        "search_sources": 1000,
        "search_source_kb": 50,
        "import_files": 1000,
    },
    "quick": {
        "open_source_mb": 5.0,
        "open_annotations": 10_000,
        "search_sources": 100,
        "search_source_kb": 50,
        "import_files": 100,
    },
}
# group -> (module, function, the figures it produces)
GROUPS: Final = {
    "ui": (
        "bench_ui",
        "ui",
        (
            "open_5mb_10k_s",
            "add_annotation_s",
            "undo_annotation_s",
            "naive_reload_s",
            "naive_reload_ratio",
        ),
    ),
    "search": ("bench_core", "search", ("search_median_s", "search_p95_s")),
    "import": ("bench_core", "import_files", ("import_1000_s",)),
    # export and suggest work on the project the import group made (suggest writes to it)
    "export": ("bench_core", "export_bundle", ("export_bundle_1000_s",)),
    "suggest": ("bench_core", "suggest", ("suggest_chars_per_s",)),
    "dates": (
        "bench_dates",
        "dates",
        ("date_suggest_chars_per_s", "dateparser_chars_per_s", "date_speed_ratio"),
    ),
    "entities": (
        "bench_entities",
        "entities",
        ("entities_chars_per_s", "entities_peak_mb", "entities_model_load_s"),
    ),
    "startup": ("bench_startup", "startup", ("startup_window_s", "startup_model_ready_s")),
    "timeline": (
        "bench_timeline",
        "timeline",
        ("timeline_first_paint_s", "timeline_zoom_step_s"),
    ),
}
CHILD_TIMEOUT_S: Final = {"quick": 180, "full": 1500}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller data, for CI")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a measurement failed")
    parser.add_argument("--only", help="comma-separated groups: " + ",".join(GROUPS))
    parser.add_argument("--profile", type=Path, help="write a cProfile file per group here")
    parser.add_argument("--keep", action="store_true", help="keep the generated data")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return _child(args)

    mode = "quick" if args.quick else "full"
    groups = list(GROUPS) if not args.only else [g.strip() for g in args.only.split(",")]
    unknown = [g for g in groups if g not in GROUPS]
    if unknown:
        parser.error(f"unknown group {unknown[0]!r}; choose from {', '.join(GROUPS)}")
    started = time.perf_counter()
    result: dict[str, Any] = {
        "mode": mode,
        "sizes": dict(SIZES[mode]),
        "machine": machine(),
    }
    figures: dict[str, Any] = {}
    memory: dict[str, Any] = {}
    details: dict[str, Any] = {}
    notes: list[str] = []
    peaks: list[float] = []
    work = Path(tempfile.mkdtemp(prefix="recoupe-bench-"))
    try:
        for group in groups:
            module, _function, names = GROUPS[group]
            t0 = time.perf_counter()
            try:
                data = prepare(group, work, SIZES[mode])
            except Exception as e:
                from bench_util import error_text

                for name in names:
                    figures[name] = f"{error_text(e)} (while building the data)"
                continue
            prepared = time.perf_counter() - t0
            out = run_child(group, data, work, quick=args.quick, profile=args.profile)
            for name in names:
                figures[name] = out.get("figures", {}).get(
                    name, out.get("error", "error: no figure")
                )
            memory.update(out.get("memory", {}))
            notes.extend(out.get("notes", []))
            details[group] = {
                "data": {k: v for k, v in data.items() if k not in ("queries", "work")},
                "prepare_s": round(prepared, 3),
                "run_s": round(out.get("wall_s", 0.0), 3),
                **out.get("details", {}),
            }
            if "maxrss_mb" in out:
                memory[f"{group}_process_maxrss_mb"] = out["maxrss_mb"]
                peaks.append(float(out["maxrss_mb"]))
            if "stderr_tail" in out:
                details[group]["stderr_tail"] = out["stderr_tail"]
            qt = out.get("details", {}).get("qt")
            if qt:
                result["machine"]["qt"] = qt.get("qt")
    finally:
        if args.keep:
            notes.append(f"data kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    not_yet(figures, notes)
    figures["peak_rss_mb"] = round(max(peaks), 1) if peaks else "error: no group reported memory"
    result["peak_rss_mb_by_figure"] = peaks_by_figure(memory, figures)
    memory["data_generator_maxrss_mb"] = round(_maxrss_self(), 1)
    result.update({name: figures.get(name) for name in FIGURES if name in figures})
    result["memory"] = memory
    result["goals"] = GOALS
    result["notes"] = notes
    result["details"] = details
    result["wall_s"] = round(time.perf_counter() - started, 1)
    errors = [n for n in FIGURES if isinstance(result.get(n), str)]
    if args.profile:
        notes.append(f"cProfile files in {args.profile} (python -m pstats FILE)")
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print_table(result)
    return 1 if args.strict and errors else 0


# ------------------------------------------------------------------------------ data


def prepare(group: str, work: Path, sizes: dict[str, Any]) -> dict[str, Any]:
    """Build what a group measures on; returns JSON-able facts for the child and the report."""
    import bench_data

    if group == "ui":
        p = bench_data.build_open_project(
            work / "open.recoupe",
            megabytes=sizes["open_source_mb"],
            annotations=sizes["open_annotations"],
        )
        facts = asdict(p)
        facts["path"] = str(p.path)
        return {**facts, "work": str(work)}
    if group == "search":
        s = bench_data.build_search_project(
            work / "search.recoupe",
            sources=sizes["search_sources"],
            kilobytes=sizes["search_source_kb"],
        )
        return {"path": str(s.path), "sources": s.sources, "chars": s.chars, "queries": s.queries}
    if group == "import":
        f = _import_folder(work, sizes)
        return {
            "folder": str(f.folder),
            "files": f.files,
            "total_bytes": f.total_bytes,
            "kinds": f.kinds,
            "work": str(work),
        }
    if group in ("export", "suggest"):
        project = work / IMPORTED_PROJECT
        if not project.exists():  # the import group did not run first: import here, untimed
            from desktop.core.importing import import_files
            from desktop.core.store import Store

            f = _import_folder(work, sizes)
            store = Store.create(project)
            try:
                import_files(store, sorted(p for p in f.folder.iterdir() if p.is_file()))
            finally:
                store.close()
        return {"project": str(project), "work": str(work)}
    return {}


IMPORTED_PROJECT: Final = "import-target.recoupe"  # what bench_core.import_files makes


def _import_folder(work: Path, sizes: dict[str, Any]) -> Any:
    import bench_data

    folder = work / "import-files"
    if folder.exists():
        files = sorted(p for p in folder.iterdir() if p.is_file())
        return bench_data.ImportFiles(
            folder=folder,
            files=len(files),
            total_bytes=sum(p.stat().st_size for p in files),
            kinds={},
        )
    return bench_data.write_import_files(folder, files=sizes["import_files"])


def not_yet(figures: dict[str, Any], notes: list[str]) -> None:
    """Figures of groups not run (--only) or of features missing: null, with a note."""
    for name in FIGURES:
        if name != "peak_rss_mb" and name not in figures:
            figures[name] = None
    if not (REPO / "desktop" / "core" / "export" / "bundle.py").exists():
        notes.append("export_bundle_1000_s: no bundle export yet (desktop/core/export/bundle.py)")


def peaks_by_figure(memory: dict[str, Any], figures: dict[str, Any]) -> dict[str, float]:
    """Each measured figure with the peak resident memory of the process that measured it.

    A group's figures share one process; the open figure has the peak read right after
    the opens, before add/undo and the naive reloads run in that process."""
    out: dict[str, float] = {}
    for group, (_module, _function, names) in GROUPS.items():
        peak = memory.get(f"{group}_process_maxrss_mb")
        for name in names:
            if isinstance(figures.get(name), (int, float)) and peak is not None:
                out[name] = peak
    opened = memory.get("ui_after_open_maxrss_mb")
    if "open_5mb_10k_s" in out and opened is not None:
        out["open_5mb_10k_s"] = round(float(opened), 1)
    return out


# ---------------------------------------------------------------------------- children


def run_child(
    group: str, data: dict[str, Any], work: Path, *, quick: bool, profile: Path | None
) -> dict[str, Any]:
    """Run one group in a fresh interpreter; its result, or an error naming what went wrong."""
    mode = "quick" if quick else "full"
    inp, outp = work / f"{group}-in.json", work / f"{group}-out.json"
    inp.write_text(json.dumps({"group": group, "data": data}, ensure_ascii=False))
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", group]
    cmd += ["--input", str(inp), "--output", str(outp)]
    if quick:
        cmd.append("--quick")
    if profile is not None:
        cmd += ["--profile", str(profile.resolve())]
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    env["RECOUPE_DATA_DIR"] = str(work / "app-data")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            cmd, env=env, capture_output=True, text=True, timeout=CHILD_TIMEOUT_S[mode]
        )
    except subprocess.TimeoutExpired:
        return {"error": f"error: timed out after {CHILD_TIMEOUT_S[mode]} s"}
    wall = time.perf_counter() - t0
    tail = [ln for ln in (proc.stderr or "").splitlines() if ln.strip()][-6:]
    if proc.returncode != 0 or not outp.exists():
        last = tail[-1] if tail else "no output"
        return {
            "error": f"error: the {group} process exited with code {proc.returncode}: {last}",
            "stderr_tail": tail,
            "wall_s": wall,
        }
    out: dict[str, Any] = json.loads(outp.read_text())
    out["wall_s"] = wall
    if any(isinstance(v, str) for v in out.get("figures", {}).values()):
        out["stderr_tail"] = tail
    return out


def _child(args: argparse.Namespace) -> int:
    payload = json.loads(args.input.read_text())
    group = payload["group"]
    module_name, function, _names = GROUPS[group]
    module = importlib.import_module(module_name)
    run = getattr(module, function)
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
        profiler = cProfile.Profile()
        res = profiler.runcall(run, payload["data"], args.quick)
        profiler.dump_stats(str(args.profile / f"{group}.prof"))
    else:
        res = run(payload["data"], args.quick)
    out = res.as_dict()
    args.output.write_text(json.dumps(out, ensure_ascii=False))
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: Qt objects destroyed in a random order can crash at exit,
    # which would turn good figures into an error.
    os._exit(0)


# ----------------------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "cpus_usable": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
        "cpu_model": _cpu_model(),
        "python": platform.python_version(),
        "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }
    try:
        commit = subprocess.run(
            ["git", "describe", "--always", "--dirty"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
        info["commit"] = commit or None
    except (OSError, subprocess.SubprocessError):
        info["commit"] = None
    return info


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or None


def _maxrss_self() -> float:
    from bench_util import maxrss_mb

    return maxrss_mb()


def _show(name: str, value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    if name.endswith("_mb"):
        return f"{value:,.1f} MB"
    if name.endswith("_ratio"):
        return f"{value:,.1f}×"
    if name.endswith("_per_s"):
        return f"{value:,.0f}/s"
    return f"{value * 1000:,.1f} ms" if value < 1 else f"{value:,.2f} s"


def print_table(result: dict[str, Any]) -> None:
    m = result["machine"]
    print(
        f"Recoupe benchmarks ({result['mode']}) — {m['cpu_count']} CPUs, Python {m['python']}, "
        f"PySide6 {m['pyside6']}, SQLite {m['sqlite']}, commit {m.get('commit')}"
    )
    print("sizes: " + ", ".join(f"{k}={v}" for k, v in result["sizes"].items()))
    print()
    print(f"{'figure':<26} {'value':>14} {'goal':>10} {'peak RSS':>10}")
    print("-" * 70)
    for name in FIGURES:
        if name not in result:
            continue
        value = result[name]
        goal = GOALS.get(name)
        verdict = ""
        if goal is not None and isinstance(value, (int, float)):
            verdict = "ok" if value <= goal else "MISSED"
        text = _show(name, value)
        if len(text) > 40:
            text = text[:39] + "…"
        goal_text = _show(name, goal) if goal is not None else ""
        peak = result.get("peak_rss_mb_by_figure", {}).get(name)
        peak_text = f"{peak:,.0f} MB" if peak is not None else ""
        print(f"{name:<26} {text:>14} {goal_text:>10} {peak_text:>10}  {verdict}")
    print()
    for note in result["notes"]:
        print(f"note: {note}")
    for name in FIGURES:
        value = result.get(name)
        if isinstance(value, str) and len(value) > 40:
            print(f"{name}: {value}")
    print(f"(total {result['wall_s']} s; --json for every detail)")


if __name__ == "__main__":
    sys.exit(main())

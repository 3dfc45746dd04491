"""Small helpers shared by the benchmark groups: statistics, clocks and memory readings."""

from __future__ import annotations

import math
import os
import resource
import statistics
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import Any


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


def p95(values: Sequence[float]) -> float:
    """95th percentile by the nearest-rank method (for 50 values: the 48th smallest)."""
    ordered = sorted(values)
    return float(ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)])


def rounded(value: float, digits: int = 6) -> float:
    return float(f"{value:.{digits}g}") if value else 0.0


def maxrss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux: VmHWM, the peak of this program's own memory. getrusage's ru_maxrss would do
    elsewhere, but on Linux it carries over the parent's peak across fork and exec, so a
    child started by a 200 MB runner would report at least 200 MB.
    """
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def rss_mb() -> float | None:
    """Resident memory now, in MB (Linux /proc; None elsewhere)."""
    try:
        with open(f"/proc/{os.getpid()}/statm") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def error_text(e: BaseException) -> str:
    """One line naming the error and where it happened, for the JSON."""
    frames = traceback.extract_tb(e.__traceback__)
    where = f" at {frames[-1].filename.rsplit('/', 1)[-1]}:{frames[-1].lineno}" if frames else ""
    return f"error: {type(e).__name__}: {e}{where}"


class Results:
    """Figures and details of one group; a failing step records its error and goes on."""

    def __init__(self) -> None:
        self.figures: dict[str, Any] = {}
        self.details: dict[str, Any] = {}
        self.memory: dict[str, Any] = {}
        self.notes: list[str] = []
        # the process's peak before any tracemalloc run (whose own bookkeeping is large)
        self.maxrss_mb: float | None = None

    def attempt(self, names: Sequence[str], step: Callable[[], None]) -> bool:
        """Run step; if it raises, every figure in names not yet set gets the error."""
        try:
            step()
            return True
        except Exception as e:  # a benchmark reports failures, it does not stop on them
            message = error_text(e)
            for name in names:
                self.figures.setdefault(name, message)
            traceback.print_exc(file=sys.stderr)
            return False

    def as_dict(self) -> dict[str, Any]:
        return {
            "figures": self.figures,
            "details": self.details,
            "memory": self.memory,
            "notes": self.notes,
            "maxrss_mb": round(self.maxrss_mb if self.maxrss_mb is not None else maxrss_mb(), 1),
        }

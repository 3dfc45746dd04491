"""Where each timeline mark goes: its lane, its row in the lane and its time extent.

Nothing here depends on the zoom: extents are in days, rows are packed on time extents,
so zooming and panning never relayout. Each lane keeps its items sorted by start with a
running maximum of their ends, so the items visible in [t0, t1) are found by bisection.
Updates relayout only the lanes the changed marks were or are in.
"""

from __future__ import annotations

import enum
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from desktop.core.models import AnnotationId, SourceId
from desktop.core.timeline import Mark, Timeline

MAX_ROWS: Final = 6
"""Rows a lane grows to before overlapping marks share its last row."""
OPEN_DAYS: Final = 365.0
"""How far an open end of an interval is drawn past its known end, at least."""


class LaneMode(enum.Enum):
    SOURCE = "source"
    ACTOR = "actor"
    TAG = "tag"


@dataclass(frozen=True)
class LaneKey:
    """Which lane a mark goes in: its key, label, and where the lane sorts."""

    key: str
    label: str
    order: tuple[Any, ...]
    source_id: SourceId | None = None


@dataclass(eq=False, slots=True)
class Item:
    """One mark drawn in one lane."""

    annotation_id: AnnotationId
    x0: float
    x1: float
    point: bool
    lane: Lane
    row: int = 0
    open_start: bool = False
    """An interval with an open or unknown start ("/2021", "../2021"): drawn fading in."""
    open_end: bool = False


@dataclass(eq=False)
class Lane:
    key: LaneKey
    items: list[Item] = field(default_factory=list)
    starts: list[float] = field(default_factory=list)
    reach: list[float] = field(default_factory=list)
    """reach[i]: the latest end among items[0..i]."""
    rows: int = 1
    top: float = 0.0
    height: float = 0.0

    def pack(self) -> None:
        """Sort items by start and give each the first row free at its start."""
        self.items.sort(key=lambda i: (i.x0, -i.x1, i.annotation_id))
        self.starts = [i.x0 for i in self.items]
        self.reach = []
        ends: list[float] = []
        latest = float("-inf")
        for item in self.items:
            row = next((r for r, end in enumerate(ends) if end <= item.x0), -1)
            if row < 0:
                if len(ends) < MAX_ROWS:
                    row = len(ends)
                    ends.append(item.x1)
                else:
                    row = min(range(len(ends)), key=ends.__getitem__)
            item.row = row
            ends[row] = max(ends[row], item.x1)
            latest = max(latest, item.x1)
            self.reach.append(latest)
        self.rows = max(1, len(ends))

    def visible(self, t0: float, t1: float) -> Iterator[Item]:
        """Items overlapping [t0, t1)."""
        lo = bisect_right(self.reach, t0)
        hi = bisect_left(self.starts, t1)
        for item in self.items[lo:hi]:
            if item.x1 > t0:
                yield item


LaneFor = Callable[[Mark], list[LaneKey]]


class TimelineLayout:
    """Lanes and items for a Timeline under one lane mode."""

    def __init__(self, timeline: Timeline, lanes_for: LaneFor) -> None:
        self.timeline = timeline
        self.lanes_for = lanes_for
        self.lanes: list[Lane] = []
        self._lane_by_key: dict[str, Lane] = {}
        self.items_of: dict[AnnotationId, list[Item]] = {}
        self.order: list[tuple[Any, int]] = []
        """(sort order, annotation id) of every mark, in time order."""
        self._order_of: dict[AnnotationId, tuple[Any, int]] = {}
        self.extra_lanes: list[LaneKey] = []
        """Lanes shown even without marks (sources with only a publication date)."""

    # ---------------------------------------------------------------- building

    def rebuild(self, lanes_for: LaneFor | None = None) -> None:
        if lanes_for is not None:
            self.lanes_for = lanes_for
        self.lanes, self._lane_by_key, self.items_of = [], {}, {}
        for key in self.extra_lanes:
            self._lane(key)
        for mark in self.timeline.marks.values():
            self._add(mark)
        for lane in self.lanes:
            lane.pack()
        self.order = sorted(m.order for m in self.timeline.marks.values())
        self._order_of = {m.annotation_id: m.order for m in self.timeline.marks.values()}
        self._sort_lanes()

    def update_marks(self, ids: Iterable[AnnotationId]) -> bool:
        """Relayout these marks after a change; True if the set of lanes changed."""
        touched: set[int] = set()
        lanes_before = len(self.lanes)
        for aid in ids:
            for item in self.items_of.pop(aid, []):
                lane = item.lane
                lane.items.remove(item)
                touched.add(id(lane))
            old = self._order_of.pop(aid, None)
            if old is not None:
                i = bisect_left(self.order, old)
                if i < len(self.order) and self.order[i] == old:
                    del self.order[i]
            mark = self.timeline.marks.get(aid)
            if mark is not None:
                for item in self._add(mark):
                    touched.add(id(item.lane))
                insort(self.order, mark.order)
                self._order_of[aid] = mark.order
        for lane in self.lanes:
            if id(lane) in touched:
                lane.pack()
        changed = self.prune() or len(self.lanes) != lanes_before
        if changed:
            self._sort_lanes()
        return changed

    def set_extra_lanes(self, keys: list[LaneKey]) -> None:
        self.extra_lanes = keys
        for key in keys:
            self._lane(key)
        self.prune()
        self._sort_lanes()

    def prune(self) -> bool:
        """Drop lanes with no marks that are not extra lanes; True if any went."""
        extra = {k.key for k in self.extra_lanes}
        emptied = [ln for ln in self.lanes if not ln.items and ln.key.key not in extra]
        for lane in emptied:
            self.lanes.remove(lane)
            del self._lane_by_key[lane.key.key]
        return bool(emptied)

    # ----------------------------------------------------------------- reading

    def lane_of_key(self, key: str) -> Lane | None:
        return self._lane_by_key.get(key)

    def extent(self) -> tuple[float, float] | None:
        """First and last day covered by marks and publication dates."""
        lows = [i.x0 for ln in self.lanes for i in ln.items[:1]]
        highs = [ln.reach[-1] for ln in self.lanes if ln.reach]
        for p in self.timeline.publications.values():
            t = float(p.date.lower.toordinal())
            lows.append(t)
            highs.append(t + 1)
        if not lows:
            return None
        return min(lows), max(highs)

    def neighbour(self, annotation_id: AnnotationId | None, step: int) -> AnnotationId | None:
        """The mark step places after (or before) annotation_id in time order."""
        if not self.order:
            return None
        if annotation_id is None or annotation_id not in self._order_of:
            return AnnotationId(self.order[0 if step > 0 else -1][1])
        i = bisect_left(self.order, self._order_of[annotation_id]) + step
        i = max(0, min(len(self.order) - 1, i))
        return AnnotationId(self.order[i][1])

    # --------------------------------------------------------------- internals

    def _lane(self, key: LaneKey) -> Lane:
        lane = self._lane_by_key.get(key.key)
        if lane is None:
            lane = Lane(key)
            self._lane_by_key[key.key] = lane
            self.lanes.append(lane)
        elif lane.key is not key and lane.key != key:
            lane.key = key
        return lane

    def _add(self, mark: Mark) -> list[Item]:
        lower, upper, open_start, open_end = extent_of(mark)
        point = upper - lower <= 1.0 and not (open_start or open_end)
        items = []
        for key in self.lanes_for(mark):
            lane = self._lane(key)
            item = Item(mark.annotation_id, lower, upper, point, lane, 0, open_start, open_end)
            lane.items.append(item)
            items.append(item)
        self.items_of[mark.annotation_id] = items
        return items

    def _sort_lanes(self) -> None:
        self.lanes.sort(key=lambda ln: ln.key.order)


def extent_of(mark: Mark) -> tuple[float, float, bool, bool]:
    """A mark's [start, end) in days, and whether each end is open.

    An open or unknown end (``2014/..``, ``/2021``) is drawn OPEN_DAYS (or the known end's
    length, if longer) past the known end instead of to the end of the calendar.
    """
    d = mark.date
    lower = float(d.lower.toordinal())
    upper = float(d.upper.toordinal()) + 1.0
    start, end = getattr(d, "start", None), getattr(d, "end", None)
    open_start = d.lower == date.min and end is not None
    open_end = d.upper == date.max and start is not None
    if open_start and end is not None:
        span = max(OPEN_DAYS, end.upper.toordinal() + 1.0 - end.lower.toordinal())
        lower = end.lower.toordinal() - span
    if open_end and start is not None:
        span = max(OPEN_DAYS, start.upper.toordinal() + 1.0 - start.lower.toordinal())
        upper = start.upper.toordinal() + 1.0 + span
    return lower, upper, open_start, open_end

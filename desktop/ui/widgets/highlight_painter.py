"""What SourceView paints over its text: an index of annotations and their geometry.

``AnnotationIndex`` keeps one source's annotations sorted by start so the ones meeting a
range are found in O(log n + k), and gives each a depth (its layer among the annotations
it overlaps). ``HighlightPainter`` turns UTF-16 ranges into rectangles of the visible lines
and draws fills, underline bars, pending outlines, the veil over page furniture and the
reveal flash.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

from desktop.core.models import Annotation, AnnotationId, AnnotationStatus

# Annotations longer than this are kept aside and checked one by one, so one huge claim
# does not widen every window the bisect search has to scan.
LONG_ANNOTATION = 4096
BAR_HEIGHT = 2
MAX_BARS = 4
FILL_STRENGTH = 0.4  # how much of the tag colour a fill keeps; the rest is white
DIM_STRENGTH = 0.55  # how much of the page colour covers page furniture


def _key(a: Annotation) -> tuple[int, int, int]:
    # outer before inner at the same start, as the store orders them
    return (a.start, -a.end, a.id)


class AnnotationIndex:
    """One source's annotations sorted by start, with a layer depth for each."""

    def __init__(self) -> None:
        self._keys: list[tuple[int, int, int]] = []
        self._by_id: dict[AnnotationId, Annotation] = {}
        self._long: dict[AnnotationId, Annotation] = {}
        self._depth: dict[AnnotationId, int] = {}
        self._max_short = 0
        self._max_stale = False

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._by_id

    def get(self, annotation_id: AnnotationId) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def depth(self, annotation_id: AnnotationId) -> int:
        return self._depth.get(annotation_id, 0)

    def ids(self) -> list[AnnotationId]:
        """Every id, in text order."""
        return [AnnotationId(k[2]) for k in self._keys]

    def load(self, annotations: Iterable[Annotation]) -> None:
        """Replace the contents and compute every depth; O(n log n)."""
        self._by_id = {a.id: a for a in annotations}
        self._keys = sorted(_key(a) for a in self._by_id.values())
        self._long = {i: a for i, a in self._by_id.items() if a.end - a.start > LONG_ANNOTATION}
        self._max_stale = True
        self._depth = {}
        self._layer([self._by_id[AnnotationId(k[2])] for k in self._keys])

    def add(self, annotation: Annotation) -> None:
        """Insert (or replace) one annotation; call relayer() for its range afterwards."""
        self.remove(annotation.id)
        self._by_id[annotation.id] = annotation
        insort(self._keys, _key(annotation))
        length = annotation.end - annotation.start
        if length > LONG_ANNOTATION:
            self._long[annotation.id] = annotation
        elif not self._max_stale:
            self._max_short = max(self._max_short, length)

    def remove(self, annotation_id: AnnotationId) -> Annotation | None:
        """Take one annotation out; call relayer() for its range afterwards."""
        a = self._by_id.pop(annotation_id, None)
        if a is None:
            return None
        i = bisect_left(self._keys, _key(a))
        del self._keys[i]
        self._long.pop(a.id, None)
        self._depth.pop(a.id, None)
        if a.end - a.start >= self._max_short:
            self._max_stale = True
        return a

    def overlapping(self, start: int, end: int) -> list[Annotation]:
        """Annotations meeting [start, end) in text order (for start == end: containing it)."""
        if self._max_stale:
            self._max_short = max(
                (a.end - a.start for a in self._by_id.values() if a.id not in self._long),
                default=0,
            )
            self._max_stale = False
        lo = bisect_left(self._keys, (start - self._max_short,))
        hi = bisect_left(self._keys, (end + 1,) if start == end else (end,))
        found: list[Annotation] = []
        for k in self._keys[lo:hi]:
            a = self._by_id[AnnotationId(k[2])]
            if a.id not in self._long and _meets(a, start, end):
                found.append(a)
        longs = [a for a in self._long.values() if _meets(a, start, end)]
        if longs:
            found = sorted(found + longs, key=_key)
        return found

    def relayer(self, start: int, end: int) -> tuple[int, int]:
        """Recompute depths where [start, end) changed; returns the range whose depths it set.

        The range grows to the whole run of annotations chained by overlaps around it:
        depths outside such a run do not depend on anything inside it.
        """
        lo, hi = start, end
        while True:
            run = self.overlapping(lo, hi)
            new_lo = min([lo, *(a.start for a in run)])
            new_hi = max([hi, *(a.end for a in run)])
            if (new_lo, new_hi) == (lo, hi):
                break
            lo, hi = new_lo, new_hi
        self._layer(run)
        return lo, hi

    def _layer(self, ordered: Sequence[Annotation]) -> None:
        # Greedy interval colouring: each annotation takes the lowest layer free at its start.
        active: list[tuple[int, int]] = []  # (end, depth)
        free: list[int] = []
        next_depth = 0
        for a in ordered:
            while active and active[0][0] <= a.start:
                heapq.heappush(free, heapq.heappop(active)[1])
            if free:
                d = heapq.heappop(free)
            else:
                d = next_depth
                next_depth += 1
            self._depth[a.id] = d
            heapq.heappush(active, (a.end, d))


def _meets(a: Annotation, start: int, end: int) -> bool:
    if start == end:
        return a.start <= start < a.end
    return a.start < end and a.end > start


def fill_colour(colour: QColor) -> QColor:
    """The tag colour mixed with white, light enough that black text multiplied on it reads."""

    def mix(c: float) -> float:
        return 1.0 - (1.0 - c) * FILL_STRENGTH

    return QColor.fromRgbF(mix(colour.redF()), mix(colour.greenF()), mix(colour.blueF()))


def flash_strength(t: float) -> float:
    """Two pulses over t in [0, 1]: 0 at both ends, 1 at a quarter and three quarters."""
    return math.sin(2 * math.pi * t) ** 2


def _x(line: QTextLine, pos: int) -> float:
    x: object = line.cursorToX(pos)
    # PySide returns (x, pos) for the overload taking a pointer
    if isinstance(x, tuple):
        x = x[0]
    return float(cast(float, x))


@dataclass(frozen=True)
class Layer:
    """One annotation as painted: where, in which colour, how deep."""

    annotation: Annotation
    start16: int
    end16: int
    colour: QColor
    depth: int


class HighlightPainter:
    """Geometry of ranges on a QPlainTextEdit's visible lines, and the drawing itself."""

    def __init__(self, view: QPlainTextEdit) -> None:
        self._view = view

    def visible_blocks(self, clip: QRectF | None = None) -> list[tuple[QTextBlock, QRectF]]:
        """Blocks on screen (meeting clip if given) with their viewport geometry."""
        view = self._view
        height = view.viewport().height()
        offset = view.contentOffset()
        blocks: list[tuple[QTextBlock, QRectF]] = []
        block = view.firstVisibleBlock()
        while block.isValid():
            geometry = view.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > height:
                break
            if block.isVisible() and (clip is None or geometry.intersects(clip)):
                blocks.append((block, geometry))
            block = block.next()
        return blocks

    @staticmethod
    def span(blocks: Sequence[tuple[QTextBlock, QRectF]]) -> tuple[int, int] | None:
        """The UTF-16 range the blocks cover."""
        if not blocks:
            return None
        last = blocks[-1][0]
        return blocks[0][0].position(), last.position() + last.length()

    def rects(
        self, start16: int, end16: int, blocks: Sequence[tuple[QTextBlock, QRectF]]
    ) -> list[QRectF]:
        """One rectangle per line piece of [start16, end16) within the given blocks."""
        out: list[QRectF] = []
        positions = [b.position() for b, _ in blocks]
        first = max(0, bisect_left(positions, start16 + 1) - 1)
        for block, geometry in blocks[first:]:
            pos = block.position()
            if pos >= end16:
                break
            a = max(start16, pos) - pos
            b = min(end16, pos + block.length() - 1) - pos
            if a >= b:
                continue
            layout = block.layout()
            line = layout.lineForTextPosition(a)
            i = line.lineNumber() if line.isValid() else 0
            while i < layout.lineCount():
                line = layout.lineAt(i)
                i += 1
                ls = line.textStart()
                if ls >= b:
                    break
                le = ls + line.textLength()
                if le <= a:
                    continue
                x1, x2 = _x(line, max(a, ls)), _x(line, min(b, le))
                if x1 == x2:
                    continue
                r = QRectF(min(x1, x2), line.y(), abs(x2 - x1), line.height())
                out.append(r.translated(geometry.topLeft()))
        return out

    def paint(
        self,
        painter: QPainter,
        layers: Sequence[Layer],
        blocks: Sequence[tuple[QTextBlock, QRectF]],
    ) -> None:
        """Fills first (multiplied onto the text), then bars and pending outlines on top."""
        pieces = [(layer, self.rects(layer.start16, layer.end16, blocks)) for layer in layers]
        # Multiply keeps dark text dark on a light page; on a dark page it would hide the
        # fill, so there a translucent fill goes over the text instead.
        dark = self._view.palette().base().color().lightnessF() < 0.5
        painter.setCompositionMode(
            QPainter.CompositionMode.CompositionMode_SourceOver
            if dark
            else QPainter.CompositionMode.CompositionMode_Multiply
        )
        painter.setPen(Qt.PenStyle.NoPen)
        for layer, rects in pieces:
            if layer.annotation.status is AnnotationStatus.ACCEPTED:
                fill = QColor(layer.colour) if dark else fill_colour(layer.colour)
                if dark:
                    fill.setAlphaF(0.35)
                painter.setBrush(fill)
                for r in rects:
                    painter.drawRect(r)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        for layer, rects in pieces:
            pending = layer.annotation.status is AnnotationStatus.SUGGESTED
            if pending:
                pen = QPen(layer.colour.darker(115), 1, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for r in rects:
                    painter.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5))
            if layer.depth == 0:
                continue
            slot = min(layer.depth, MAX_BARS)
            for r in rects:
                bar = QRectF(r.left(), r.bottom() - slot * BAR_HEIGHT, r.width(), BAR_HEIGHT)
                if pending:
                    painter.setPen(QPen(layer.colour, BAR_HEIGHT, Qt.PenStyle.DotLine))
                    y = bar.center().y()
                    painter.drawLine(int(bar.left()), int(y), int(bar.right()), int(y))
                else:
                    painter.fillRect(bar, layer.colour)

    def paint_dimmed(self, painter: QPainter, rects: Sequence[QRectF]) -> None:
        """Cover rects with the page colour, half see-through: their text turns grey."""
        if not rects:
            return
        veil = QColor(self._view.palette().base().color())
        veil.setAlphaF(DIM_STRENGTH)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        for r in rects:
            painter.fillRect(r, veil)

    def paint_flash(
        self,
        painter: QPainter,
        rects: Sequence[QRectF],
        colour: QColor,
        strength: float,
    ) -> None:
        """A strong outline and light fill around rects, fading with strength (0–1)."""
        if strength <= 0:
            return
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        fill = QColor(colour)
        fill.setAlphaF(0.35 * strength)
        edge = QColor(colour.darker(130))
        edge.setAlphaF(strength)
        painter.setPen(QPen(edge, 2))
        painter.setBrush(fill)
        for r in rects:
            painter.drawRoundedRect(r.adjusted(-2, -1, 2, 1), 3, 3)

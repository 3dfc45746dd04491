"""Drawing the map: sea, graticule, country outlines, place markers and their names.

``MapPainter`` paints a ``MapView`` from its viewport, markers and labels; the country
outlines become painter paths in projected units once per process (``shapes_of``) and are
drawn through the painter's transform, with a cosmetic pen, only where they are in view.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen

from desktop.core import geo
from desktop.core.geo import Outlines, Place

if TYPE_CHECKING:
    from desktop.ui.widgets.map_view import MapView

GRATICULE_STEPS: Final = (1, 2, 5, 10, 15, 30)
GRATICULE_GAP: Final = 70.0
"""Least pixels between graticule lines."""
LABEL_WIDTH: Final = 180.0
"""Longer names are elided."""


def marker_radius(mentions: int) -> float:
    """Pixels: the area grows with the number of mentions, up to a limit."""
    return 4.5 if mentions <= 0 else min(22.0, 5.0 + 3.2 * math.sqrt(mentions))


@dataclass(frozen=True)
class Marker:
    """Where a place is drawn (one per visible copy of the world)."""

    place: Place
    x: float
    y: float
    r: float

    def contains(self, pos: QPointF, slack: float = 2.0) -> bool:
        return math.hypot(pos.x() - self.x, pos.y() - self.y) <= self.r + slack

    def rect(self) -> QRectF:
        return QRectF(self.x - self.r, self.y - self.r, 2 * self.r, 2 * self.r)


@dataclass(frozen=True)
class Colours:
    outside: QColor
    ocean: QColor
    land: QColor
    border: QColor
    graticule: QColor
    text: QColor
    marker: QColor
    marker_edge: QColor
    highlight: QColor

    @classmethod
    def of(cls, palette: QPalette, marker: QColor) -> Colours:
        """Map colours that read in the palette's light or dark scheme."""
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        hexes = (
            ("#1b2631", "#3a3f3d", "#6f7a80", "#243241")
            if dark
            else ("#d9e6ef", "#f7f4ec", "#9aa4aa", "#c6d5df")
        )
        ocean, land, border, graticule = (QColor(h) for h in hexes)
        return cls(
            outside=palette.color(QPalette.ColorRole.Window),
            ocean=ocean,
            land=land,
            border=border,
            graticule=graticule,
            text=palette.color(QPalette.ColorRole.WindowText),
            marker=marker,
            marker_edge=marker.lighter(150) if dark else marker.darker(170),
            highlight=palette.color(QPalette.ColorRole.Highlight),
        )


@dataclass(frozen=True)
class _Shape:
    fill: QPainterPath
    border: QPainterPath
    box: tuple[float, float, float, float]  # projected x0, y0, x1, y1


_SHAPES: dict[int, tuple[Outlines, list[_Shape]]] = {}


def shapes_of(outlines: Outlines) -> list[_Shape]:
    """Painter paths of every country in projected units, made once per outlines."""
    cached = _SHAPES.get(id(outlines))
    if cached is not None and cached[0] is outlines:
        return cached[1]
    shapes = []
    for country in outlines.countries:
        fill, border = QPainterPath(), QPainterPath()
        fill.setFillRule(Qt.FillRule.OddEvenFill)
        for ring in country.rings:
            fill.addPolygon([QPointF(*geo.project(lon, lat)) for lon, lat in ring])
            fill.closeSubpath()
            for line in geo.border_lines(ring):
                border.moveTo(*geo.project(*line[0]))
                for lon, lat in line[1:]:
                    border.lineTo(*geo.project(lon, lat))
        west, south, east, north = country.bbox
        box = (*geo.project(west, south), *geo.project(east, north))
        shapes.append(_Shape(fill, border, box))
    _SHAPES[id(outlines)] = (outlines, shapes)
    return shapes


def layout_labels(
    markers: Sequence[Marker], metrics: QFontMetricsF, bounds: QRectF, obstacles: Sequence[QRectF]
) -> list[tuple[QRectF, Place]]:
    """Names beside markers, most mentioned first, each where it overlaps nothing (else none).

    Tries right, left, above, below; a name that fits nowhere is left out (its tooltip
    still names it).
    """
    taken = _Grid()
    for rect in [m.rect() for m in markers] + list(obstacles):
        taken.add(rect)
    labels: list[tuple[QRectF, Place]] = []
    h, gap = metrics.height(), 3.0
    for m in sorted(markers, key=lambda m: (-m.place.mentions, m.place.name)):
        if not bounds.intersects(m.rect()):
            continue
        w = metrics.horizontalAdvance(label_text(m.place, metrics)) + 2
        own = m.rect()
        for x, y in (
            (m.x + m.r + gap, m.y - h / 2),
            (m.x - m.r - gap - w, m.y - h / 2),
            (m.x - w / 2, m.y - m.r - gap - h),
            (m.x - w / 2, m.y + m.r + gap),
        ):
            rect = QRectF(x, y, w, h)
            if bounds.contains(rect) and not taken.hits(rect, but=own):
                taken.add(rect)
                labels.append((rect, m.place))
                break
    return labels


class _Grid:
    """Rectangles bucketed by cells of CELL pixels: overlap tests look at neighbours only."""

    CELL: Final = 64.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[QRectF]] = {}

    def _keys(self, r: QRectF) -> list[tuple[int, int]]:
        c = self.CELL
        xs = range(math.floor(r.left() / c), math.floor(r.right() / c) + 1)
        ys = range(math.floor(r.top() / c), math.floor(r.bottom() / c) + 1)
        return [(x, y) for x in xs for y in ys]

    def add(self, rect: QRectF) -> None:
        for key in self._keys(rect):
            self.cells.setdefault(key, []).append(rect)

    def hits(self, rect: QRectF, but: QRectF) -> bool:
        return any(
            other != but and rect.intersects(other)
            for key in self._keys(rect)
            for other in self.cells.get(key, ())
        )


def label_text(place: Place, metrics: QFontMetricsF) -> str:
    return metrics.elidedText(place.name, Qt.TextElideMode.ElideRight, LABEL_WIDTH)


def label_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.92))
    return font


class MapPainter:
    """Paints a MapView."""

    def __init__(self, view: MapView) -> None:
        self.view = view
        self.shapes = shapes_of(view.outlines)

    def paint(self, p: QPainter) -> None:
        view = self.view
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = Colours.of(view.palette(), view.marker_colour)
        p.fillRect(view.rect(), colours.ocean)  # past the poles too: no odd band
        self._paint_graticule(p, colours)
        self._paint_countries(p, colours)
        self._paint_places(p, colours)
        if not view.places():
            self._paint_hint(p, colours)
        self._paint_credit(p, colours)

    def _paint_countries(self, p: QPainter, colours: Colours) -> None:
        view, vp = self.view, self.view.viewport
        x0, y0, x1, y1 = vp.visible()
        border = QPen(colours.border, 0.8)
        border.setCosmetic(True)
        for offset in vp.copies(-math.pi, math.pi):
            p.save()
            p.translate(view.width() / 2, view.height() / 2)
            p.scale(vp.scale, -vp.scale)
            p.translate(offset - vp.cx, -vp.cy)
            visible = [
                s
                for s in self.shapes
                if s.box[2] + offset >= x0
                and s.box[0] + offset <= x1
                and s.box[3] >= y0
                and s.box[1] <= y1
            ]
            for shape in visible:
                p.fillPath(shape.fill, colours.land)
            for shape in visible:
                p.strokePath(shape.border, border)
            p.restore()

    def _paint_graticule(self, p: QPainter, colours: Colours) -> None:
        """Meridians and parallels every 1 to 30 degrees; the land covers them."""
        vp, w, h = self.view.viewport, self.view.width(), self.view.height()
        _, top = vp.to_screen(0.0, geo.project(0.0, 90.0)[1])
        _, bottom = vp.to_screen(0.0, geo.project(0.0, -90.0)[1])
        px_per_degree = vp.scale * math.pi / 180
        step = next((s for s in GRATICULE_STEPS if s * px_per_degree >= GRATICULE_GAP), 30)
        p.setPen(QPen(colours.graticule, 1))
        lon = math.floor(math.degrees(vp.from_screen(0, 0)[0]) / step) * step
        east = math.degrees(vp.from_screen(w, 0)[0])
        while lon <= east:
            x, _ = vp.to_screen(math.radians(lon), 0.0)
            p.drawLine(QPointF(x, max(0.0, top)), QPointF(x, min(h, bottom)))
            lon += step
        _, south = vp.screen_to_place(0, h)
        _, north = vp.screen_to_place(0, 0)
        lat = max(-90, math.floor(south / step) * step)
        while lat <= min(90.0, north):
            _, y = vp.to_screen(0.0, geo.project(0.0, lat)[1])
            p.drawLine(QPointF(0, y), QPointF(w, y))
            lat += step

    def _paint_places(self, p: QPainter, colours: Colours) -> None:
        view = self.view
        fill = QColor(colours.marker)
        fill.setAlpha(215)
        edge = QPen(colours.marker_edge, 1.3)
        ringed = {view.hovered_entity(): 1.5, view.current_entity(): 2.5}
        for m in view.markers():
            p.setPen(edge)
            p.setBrush(fill if m.place.mentions > 0 else Qt.BrushStyle.NoBrush)
            p.drawEllipse(QPointF(m.x, m.y), m.r, m.r)
            width = ringed.get(m.place.entity_id)
            if width is not None:
                p.setPen(QPen(colours.highlight, width))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawEllipse(QPointF(m.x, m.y), m.r + 3, m.r + 3)
        # names with a halo of the land colour: read over borders and sea alike. Drawing the
        # text shifted around it is far cheaper than stroking glyph outlines.
        font = label_font(view.font())
        metrics = QFontMetricsF(font)
        p.setFont(font)
        shifts = [QPointF(dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy]
        for rect, place in view.labels():
            text = label_text(place, metrics)
            baseline = QPointF(rect.left() + 1, rect.top() + metrics.ascent())
            p.setPen(colours.land)
            for shift in shifts:
                p.drawText(baseline + shift, text)
            p.setPen(colours.text)
            p.drawText(baseline, text)

    def _paint_hint(self, p: QPainter, colours: Colours) -> None:
        view = self.view
        p.setFont(view.font())
        box = QRectF(view.rect()).adjusted(24, 24, -24, -24)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        text = view.hint()
        area = p.boundingRect(box, flags, text).adjusted(-12, -8, 12, 8)
        back = QColor(colours.outside)
        back.setAlpha(225)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(back)
        p.drawRoundedRect(area, 6, 6)
        p.setPen(colours.text)
        p.drawText(box, flags, text)

    def _paint_credit(self, p: QPainter, colours: Colours) -> None:
        view = self.view
        font = QFont(view.font())
        font.setPointSizeF(max(6.5, font.pointSizeF() * 0.75))
        p.setFont(font)
        area = QRectF(view.rect()).adjusted(4, 2, -6, -3)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        back = QColor(colours.land)
        back.setAlpha(170)
        p.fillRect(p.boundingRect(area, flags, view.credit()).adjusted(-3, 0, 3, 1), back)
        colour = QColor(colours.text)
        colour.setAlpha(150)
        p.setPen(colour)
        p.drawText(area, flags, view.credit())

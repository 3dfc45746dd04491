"""Drawing the timeline: ruler, lanes, marks, events and publication dates.

Only what shows is drawn: each lane hands out its visible items by bisection, and plain
marks that fall on the pixels of the one drawn just before in the same row are skipped, so
a frame costs the pixels on screen, not the number of marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QLinearGradient,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QPolygonF,
)

from desktop.core.timeline import Event, Mark
from desktop.ui.models.timeline_layout import Item, Lane
from desktop.ui.models.timeline_scale import Tick, Ticks, ticks

if TYPE_CHECKING:
    from desktop.ui.widgets.timeline_view import TimelineView

ROW_H: Final = 20
LANE_PAD: Final = 6
POINT_R: Final = 6
BAR_H: Final = 10
MIN_BAR: Final = 4.0
GUTTER: Final = 168
"""Width of the lane labels; wider windows give them up to GUTTER_MAX."""
GUTTER_MAX: Final = 300
RULER_H: Final = 40

MARK: Final = QColor("#3566a8")
CORROBORATED: Final = QColor("#1f8a5f")
CONFLICT: Final = QColor("#c8323f")
PUBLICATION: Final = QColor("#707070")


@dataclass(frozen=True)
class Style:
    colour: QColor
    approximate: bool
    uncertain: bool


class TimelinePainter:
    """Paints a TimelineView; holds only caches."""

    def __init__(self, view: TimelineView) -> None:
        self.view = view
        self._points: dict[tuple[str, bool, bool, float], QPixmap] = {}

    # ------------------------------------------------------------------ frame

    def paint(self, p: QPainter, clip: QRectF) -> None:
        v = self.view
        pal = v.palette()
        plot = v.plot_rect()
        p.fillRect(clip, pal.color(QPalette.ColorRole.Base))
        p.setFont(v.font())
        tk = ticks(v.scale, plot.width(), v.locale(), QFontMetrics(v.font()))
        self._grid(p, plot, tk.minor, pal)
        p.save()
        p.setClipRect(QRectF(plot.left(), plot.top(), plot.width(), plot.height()))
        drawn_events: dict[str, Event] = {}
        for lane in v.visible_lanes():
            self._lane_stripe(p, lane, plot, pal)
            self._lane_items(p, lane, plot, drawn_events)
        self._events(p, drawn_events, plot)
        p.restore()
        self._gutter(p, plot, pal)
        self._ruler(p, plot, tk, pal)
        p.save()
        if v.mode_shows_publications_in_lanes():
            p.setClipRect(plot)
        else:
            p.setClipRect(QRectF(plot.left(), plot.top() - RULER_H, plot.width(), RULER_H))
        self._publications(p, plot)
        p.restore()
        if not v.layout_model.lanes:
            self._hint(p, plot, pal)

    # ----------------------------------------------------------------- pieces

    def _grid(self, p: QPainter, plot: QRectF, minor: list[Tick], pal: QPalette) -> None:
        grid = QColor(pal.color(QPalette.ColorRole.Text))
        grid.setAlpha(22)
        p.setPen(QPen(grid, 1))
        for tick in minor:
            x = round(plot.left() + self.view.scale.x(tick.t)) + 0.5
            if plot.left() <= x <= plot.right():
                p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))

    def _lane_stripe(self, p: QPainter, lane: Lane, plot: QRectF, pal: QPalette) -> None:
        y = self.view.lane_y(lane)
        index = self.view.layout_model.lanes.index(lane)
        if index % 2:
            p.fillRect(
                QRectF(plot.left(), y, plot.width(), lane.height),
                pal.color(QPalette.ColorRole.AlternateBase),
            )

    def _lane_items(
        self, p: QPainter, lane: Lane, plot: QRectF, drawn_events: dict[str, Event]
    ) -> None:
        v = self.view
        scale = v.scale
        timeline = v.timeline
        margin = (POINT_R + 2) / scale.px_per_day
        t0 = scale.t(0) - margin
        t1 = scale.t(plot.width()) + margin
        last: dict[int, tuple[int, int]] = {}
        plain_bars: list[QRectF] = []
        y0 = v.lane_y(lane) + LANE_PAD + ROW_H / 2
        left = plot.left()
        ppd = scale.px_per_day
        origin = scale.origin
        selected = v.current_annotation()
        for item in lane.visible(t0, t1):
            aid = item.annotation_id
            mark = timeline.marks.get(aid)
            if mark is None:
                continue
            key = timeline.event_of.get(aid)
            event = timeline.events.get(key) if key is not None else None
            special = (
                aid == selected
                or item.open_start
                or item.open_end
                or mark.date.approximate
                or mark.date.uncertain
                or (event is not None and len(event.members) > 1)
            )
            xa = left + (item.x0 - origin) * ppd
            xb = left + (item.x1 - origin) * ppd
            if not special:
                px = (int(xa), int(xb))
                if last.get(item.row) == px:
                    continue
                last[item.row] = px
            if event is not None and len(event.members) > 1:
                drawn_events[event.key] = event
            y = y0 + item.row * ROW_H
            colour = self._colour(event)
            if item.point:
                self._point(p, (xa + xb) / 2, y, colour, mark)
            elif special:
                self._bar(p, xa, xb, y, colour, mark, item)
            else:
                plain_bars.append(bar_rect(xa, xb, y))
            if aid == selected:
                self._selection(p, item, xa, xb, y)
        if plain_bars:
            p.setPen(QPen(MARK.darker(130), 1))
            p.setBrush(MARK)
            p.drawRects(plain_bars)

    def _colour(self, event: Event | None) -> QColor:
        if event is None or len(event.members) < 2:
            return MARK
        if event.conflict:
            return CONFLICT
        return CORROBORATED if len(event.source_ids) > 1 else MARK

    def _point(self, p: QPainter, x: float, y: float, colour: QColor, mark: Mark) -> None:
        dpr = self.view.devicePixelRatioF()
        key = (colour.name(), bool(mark.date.approximate), bool(mark.date.uncertain), dpr)
        pix = self._points.get(key)
        if pix is None:
            pix = _diamond(colour, key[1], key[2], dpr)
            self._points[key] = pix
        size = pix.width() / dpr
        p.drawPixmap(QPointF(x - size / 2, y - size / 2), pix)
        if mark.date.uncertain:
            self._question(p, x + POINT_R + 1, y, colour)

    def _bar(
        self, p: QPainter, xa: float, xb: float, y: float, colour: QColor, mark: Mark, item: Item
    ) -> None:
        rect = bar_rect(xa, xb, y)
        approximate = bool(mark.date.approximate)
        fade_left = approximate or item.open_start
        fade_right = approximate or item.open_end
        if fade_left or fade_right:
            # faded ends: the period's bounds are not sharp (or not known at all)
            g = QLinearGradient(rect.left(), 0, rect.right(), 0)
            faint = QColor(colour)
            faint.setAlpha(40)
            gone = QColor(colour)
            gone.setAlpha(0)
            width = max(rect.width(), 1.0)
            fade = min(0.3, 14 / width)
            long_fade = min(0.45, max(fade, 60 / width))
            g.setColorAt(0, gone if item.open_start else faint if fade_left else colour)
            g.setColorAt(long_fade if item.open_start else fade, colour)
            g.setColorAt(1 - (long_fade if item.open_end else fade), colour)
            g.setColorAt(1, gone if item.open_end else faint if fade_right else colour)
            p.setBrush(QBrush(g))
            pen = (
                QPen(colour.darker(130), 1, Qt.PenStyle.DashLine)
                if approximate
                else Qt.PenStyle.NoPen
            )
        else:
            p.setBrush(colour)
            pen = QPen(colour.darker(130), 1)
        p.setPen(pen)
        p.drawRect(rect)
        if mark.date.uncertain:
            p.setBrush(QBrush(QColor(255, 255, 255, 150), Qt.BrushStyle.BDiagPattern))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRect(rect)
            self._question(p, rect.right() + 2, y, colour)

    def _ink(self, colour: QColor) -> QColor:
        """colour made readable as text on the view's background (darker or lighter)."""
        base = self.view.palette().color(QPalette.ColorRole.Base)
        return colour.lighter(150) if base.lightness() < 128 else colour.darker(140)

    def _question(self, p: QPainter, x: float, y: float, colour: QColor) -> None:
        font = QFont(self.view.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(self._ink(colour))
        p.drawText(QRectF(x, y - 9, 12, 18), Qt.AlignmentFlag.AlignVCenter, "?")
        p.setFont(self.view.font())

    def _selection(self, p: QPainter, item: Item, xa: float, xb: float, y: float) -> None:
        highlight = self.view.palette().color(QPalette.ColorRole.Highlight)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.setPen(QPen(highlight, 2.5))
        if item.point:
            x = (xa + xb) / 2
            r = POINT_R + 4
            p.drawPolygon(
                QPolygonF(
                    [QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)]
                )
            )
        else:
            p.drawRoundedRect(bar_rect(xa, xb, y).adjusted(-3, -3, 3, 3), 3, 3)

    def _events(self, p: QPainter, events: dict[str, Event], plot: QRectF) -> None:
        """Connect the marks of each event; badge the corroborated, conflicting or titled.

        Connectors are drawn as one path per style; a badge (or title) that would cover one
        already drawn is skipped, so a zoomed-out view stays legible and quick.
        """
        v = self.view
        if not events:
            return
        left, origin, ppd = plot.left(), v.scale.origin, v.scale.px_per_day
        scroll = v.vbar.value()
        items_of = v.layout_model.items_of
        lines: dict[tuple[str, bool], set[tuple[int, int, int, int]]] = {}
        selected = v.current_annotation()
        chosen: tuple[Event, list[tuple[float, float]]] | None = None
        badges: list[tuple[QRectF, QColor, str, str | None]] = []
        for event in events.values():
            centres: list[tuple[float, float]] = []
            for aid in event.members:
                for item in items_of.get(aid, ()):
                    x = left + ((item.x0 + item.x1) / 2 - origin) * ppd
                    y = plot.top() + item.lane.top - scroll + LANE_PAD + (item.row + 0.5) * ROW_H
                    centres.append((x, y))
            if len(centres) < 2:
                continue
            colour = self._colour(event)
            centres.sort()
            if selected is not None and selected in event.members:
                chosen = (event, centres)
            # whole pixels: segments that fall on each other when zoomed out are drawn once
            segments = lines.setdefault((colour.name(), event.conflict), set())
            for (xa, ya), (xb, yb) in zip(centres, centres[1:], strict=False):
                segments.add((round(xa), round(ya), round(xb), round(yb)))
            if len(event.source_ids) > 1 or event.conflict or event.title:
                x, y = min(centres, key=lambda c: (c[1], c[0]))
                text = f"{len(event.source_ids)}" + (" !" if event.conflict else "")
                badges.append(
                    (QRectF(x + POINT_R + 3, y - ROW_H / 2 - 1, 0, 0), colour, text, event.title)
                )
        for (name, conflict), segments in lines.items():
            colour = QColor(name)
            colour.setAlpha(110)  # many events: the marks stay readable through the lines
            pen = QPen(colour, 1)
            pen.setCosmetic(True)  # the quick raster path
            if conflict:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLines([QLineF(*seg) for seg in segments])
        if chosen is not None:
            # the selected mark's event stands out
            p.setPen(QPen(self._colour(chosen[0]), 2))
            p.drawPolyline([QPointF(x, y) for x, y in chosen[1]])
        small = QFont(v.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        sfm = QFontMetrics(small)
        fm = QFontMetrics(v.font())
        taken: dict[int, float] = {}
        for place, colour, text, title in badges:
            band = int(place.top())
            if place.left() < taken.get(band, float("-inf")):
                continue
            badge = QRectF(
                place.left(), place.top(), sfm.horizontalAdvance(text) + 8, sfm.height() + 1
            )
            right = badge.right()
            p.setFont(small)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            p.setPen(QColor("white"))
            p.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
            room = plot.right() - (badge.right() + 4)
            if title and room > 40:
                p.setFont(v.font())
                p.setPen(self._ink(colour))
                elided = fm.elidedText(title, Qt.TextElideMode.ElideRight, int(min(220, room)))
                width = fm.horizontalAdvance(elided) + 2
                p.drawText(
                    QRectF(badge.right() + 4, badge.top() - 1, width, badge.height() + 2),
                    Qt.AlignmentFlag.AlignVCenter,
                    elided,
                )
                right = badge.right() + 4 + width
            taken[band] = right + 4
        p.setFont(v.font())

    def _publications(self, p: QPainter, plot: QRectF) -> None:
        v = self.view
        for rect, _pub in v.publication_rects():
            if rect.right() < plot.left() or rect.left() > plot.right():
                continue
            tri = QPolygonF(
                [
                    QPointF(rect.center().x(), rect.top()),
                    QPointF(rect.right(), rect.bottom()),
                    QPointF(rect.left(), rect.bottom()),
                ]
            )
            p.setPen(QPen(PUBLICATION.darker(140), 1))
            p.setBrush(QColor("white"))
            p.drawPolygon(tri)
            p.setBrush(PUBLICATION)
            inner = QPolygonF(
                [
                    QPointF(rect.center().x(), rect.top() + 3),
                    QPointF(rect.right() - 2.5, rect.bottom() - 1.5),
                    QPointF(rect.left() + 2.5, rect.bottom() - 1.5),
                ]
            )
            p.setPen(Qt.PenStyle.NoPen)
            p.drawPolygon(inner)

    def _gutter(self, p: QPainter, plot: QRectF, pal: QPalette) -> None:
        v = self.view
        gutter = QRectF(0, plot.top(), plot.left(), plot.height())
        p.fillRect(gutter, pal.color(QPalette.ColorRole.Window))
        fm = QFontMetrics(v.font())
        p.save()
        p.setClipRect(gutter)
        for lane in v.visible_lanes():
            y = v.lane_y(lane)
            p.setPen(pal.color(QPalette.ColorRole.WindowText))
            label = fm.elidedText(
                lane.key.label, Qt.TextElideMode.ElideRight, int(plot.left()) - 14
            )
            p.drawText(
                QRectF(8, y + LANE_PAD, plot.left() - 12, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            line = QColor(pal.color(QPalette.ColorRole.WindowText))
            line.setAlpha(40)
            p.setPen(line)
            p.drawLine(
                QPointF(0, y + lane.height - 0.5), QPointF(plot.left(), y + lane.height - 0.5)
            )
        p.restore()
        edge = QColor(pal.color(QPalette.ColorRole.WindowText))
        edge.setAlpha(70)
        p.setPen(edge)
        p.drawLine(
            QPointF(plot.left() - 0.5, plot.top()), QPointF(plot.left() - 0.5, plot.bottom())
        )

    def _ruler(self, p: QPainter, plot: QRectF, tk: Ticks, pal: QPalette) -> None:
        v = self.view
        top = plot.top() - RULER_H
        ruler = QRectF(0, top, v.width(), RULER_H)
        p.fillRect(ruler, pal.color(QPalette.ColorRole.Window))
        text = pal.color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlpha(150)
        fm = QFontMetrics(v.font())
        bold = QFont(v.font())
        bold.setBold(True)
        bfm = QFontMetrics(bold)
        p.save()
        p.setClipRect(QRectF(plot.left(), top, plot.width(), RULER_H))
        row1 = QRectF(0, top + 2, 0, RULER_H / 2 - 2)
        row2_y = top + RULER_H / 2
        # context periods: labels stick to the left edge while their period shows
        majors = tk.major
        p.setFont(bold)
        for i, tick in enumerate(majors):
            x = plot.left() + v.scale.x(tick.t)
            end = plot.left() + v.scale.x(majors[i + 1].t) if i + 1 < len(majors) else plot.right()
            width = bfm.horizontalAdvance(tick.label)
            lx = max(x + 4, plot.left() + 4)
            lx = min(lx, end - width - 4)
            if end < plot.left() or x > plot.right():
                continue
            show_label = lx >= plot.left() + 2
            p.setPen(QPen(faint, 1))
            if x >= plot.left():
                p.drawLine(QPointF(x + 0.5, top + 2), QPointF(x + 0.5, top + RULER_H))
            if show_label:
                p.setPen(text)
                p.drawText(
                    QRectF(lx, row1.top(), width + 2, row1.height()),
                    Qt.AlignmentFlag.AlignVCenter,
                    tick.label,
                )
        p.setFont(v.font())
        label_row_top = row2_y if majors else top + RULER_H / 4
        last_right = float("-inf")
        for tick in tk.minor:
            x = plot.left() + v.scale.x(tick.t)
            p.setPen(QPen(faint, 1))
            p.drawLine(QPointF(x + 0.5, top + RULER_H - 6), QPointF(x + 0.5, top + RULER_H))
            width = fm.horizontalAdvance(tick.label)
            if x + 3 < last_right + 6 or x + 3 + width > plot.right():
                continue
            p.setPen(text)
            p.drawText(
                QRectF(x + 3, label_row_top, width + 2, RULER_H / 2 - 4),
                Qt.AlignmentFlag.AlignVCenter,
                tick.label,
            )
            last_right = x + 3 + width
        p.restore()
        line = QColor(text)
        line.setAlpha(90)
        p.setPen(line)
        p.drawLine(QPointF(0, plot.top() - 0.5), QPointF(v.width(), plot.top() - 0.5))
        p.fillRect(QRectF(0, top, plot.left(), RULER_H), pal.color(QPalette.ColorRole.Window))

    def _hint(self, p: QPainter, plot: QRectF, pal: QPalette) -> None:
        p.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        p.drawText(
            plot.adjusted(24, 24, -24, -24),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate(
                "TimelineView",
                "No dates yet. Tag a date in a source (key D) and give it a value such as "
                "2021-12-09: it appears here.",
            ),
        )


def bar_rect(xa: float, xb: float, y: float) -> QRectF:
    if xb - xa < MIN_BAR:
        c = (xa + xb) / 2
        xa, xb = c - MIN_BAR / 2, c + MIN_BAR / 2
    return QRectF(xa, y - BAR_H / 2, xb - xa, BAR_H)


def _diamond(colour: QColor, approximate: bool, uncertain: bool, dpr: float) -> QPixmap:
    size = 2 * POINT_R + 4
    pix = QPixmap(int(size * dpr), int(size * dpr))
    pix.setDevicePixelRatio(dpr)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    c = size / 2
    poly = QPolygonF(
        [
            QPointF(c, c - POINT_R),
            QPointF(c + POINT_R, c),
            QPointF(c, c + POINT_R),
            QPointF(c - POINT_R, c),
        ]
    )
    fill = QColor(colour)
    if approximate:
        fill.setAlpha(110)
        pen = QPen(colour.darker(130), 1.2, Qt.PenStyle.DashLine)
    else:
        pen = QPen(colour.darker(140), 1)
    p.setPen(pen)
    p.setBrush(fill)
    p.drawPolygon(poly)
    if uncertain:
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QBrush(QColor(255, 255, 255, 170), Qt.BrushStyle.BDiagPattern))
        p.drawPolygon(poly)
    p.end()
    return pix

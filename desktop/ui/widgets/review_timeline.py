"""The timeline of a review: the project's timeline zoomed to a window around one date.

The review mode shows where a claim sits in time: the claim's own date ("said on"), else a
date tagged inside its passage, else its source's publication date. The date's extent is
drawn as a band across the lanes, with a label saying which date it is; the window spans
``WINDOW_DAYS`` (or the date's own extent, when longer) on each side.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desktop.core.edtf import DateValue
from desktop.core.models import SourceId
from desktop.ui.session import Session
from desktop.ui.widgets.timeline_painter import RULER_H
from desktop.ui.widgets.timeline_view import TimelineView

WINDOW_DAYS: Final = 30
"""Days shown on each side of the date at least."""


def date_span(value: DateValue) -> tuple[float, float] | None:
    """[t0, t1) in days for a date; an open interval keeps its known end; None if neither."""
    lower, upper = value.lower, value.upper
    if lower == date.min and upper == date.max:
        return None
    if lower == date.min:
        lower = upper
    if upper == date.max:
        upper = lower
    return float(lower.toordinal()), float(upper.toordinal() + 1)


class FocusTimeline(TimelineView):
    """A TimelineView that fits a window around one date and marks that date."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self._focus: tuple[float, float] | None = None
        self._focus_label = ""
        # the review window's keys (arrows, Enter) stay the review's
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.fit_button.setText(self.tr("Around the date"))
        self.fit_button.setToolTip(self.tr("Back to the weeks around the claim's date"))
        self.setMinimumHeight(150)

    def focus_span(self) -> tuple[float, float] | None:
        """The marked days [t0, t1), or None when nothing is marked."""
        return self._focus

    def focus_label(self) -> str:
        return self._focus_label

    def set_focus(
        self,
        span: tuple[float, float] | None,
        label: str,
        *,
        source_id: SourceId | None = None,
        highlight: Sequence[int] = (),
    ) -> None:
        """Mark the days [t0, t1) of span, zoom to the window around them, select the first
        mark of highlight on the timeline, else scroll to the source's lane."""
        self._focus = span
        self._focus_label = label if span is not None else ""
        self.fit_all()
        self._fitted = False  # keep fitting the window as the view gets its size
        if not any(self.highlight_annotation(a) for a in highlight):
            self.highlight_annotation(-1)  # clears the selection
            lane = self.layout_model.lane_of_key(f"s{source_id}") if source_id is not None else None
            self.vbar.setValue(int(lane.top) if lane is not None else 0)
        self.update()

    def fit_all(self) -> None:
        """Fit the window around the marked date (everything when no date is marked)."""
        if self._focus is None:
            super().fit_all()
            return
        t0, t1 = self._focus
        pad = max(float(WINDOW_DAYS), t1 - t0)
        self.scale.fit(t0 - pad, t1 + pad, self.plot_rect().width())
        self._fitted = True  # the lanes keep their scroll: set_focus chose the source's
        self.update()

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        if self._focus is None:
            return
        painter = QPainter(self)
        try:
            self._paint_focus(painter)
        finally:
            painter.end()

    def _paint_focus(self, p: QPainter) -> None:
        plot = self.plot_rect()
        t0, t1 = self._focus or (0.0, 0.0)
        xa = plot.left() + self.scale.x(t0)
        xb = plot.left() + self.scale.x(t1)
        if xb - xa < 3:
            centre = (xa + xb) / 2
            xa, xb = centre - 1.5, centre + 1.5
        top = plot.top() - RULER_H
        area = QRectF(plot.left(), top, plot.width(), plot.bottom() - top)
        p.save()
        p.setClipRect(area)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        band = QColor(highlight)
        band.setAlpha(45)
        p.fillRect(QRectF(xa, top, xb - xa, plot.bottom() - top), band)
        p.setPen(QPen(highlight, 1.5))
        p.drawLine(QPointF(xa, top), QPointF(xa, plot.bottom()))
        p.drawLine(QPointF(xb, top), QPointF(xb, plot.bottom()))
        if self._focus_label:
            fm = QFontMetrics(self.font())
            room = max(40, int(plot.right() - 8 - plot.left()))
            text = fm.elidedText(self._focus_label, Qt.TextElideMode.ElideRight, min(room, 360))
            width = fm.horizontalAdvance(text) + 12
            x = min(max(plot.left() + 4, xb + 4), plot.right() - width - 4)
            box = QRectF(x, plot.top() + 4, width, fm.height() + 4)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(highlight)
            p.drawRoundedRect(box, 4, 4)
            p.setPen(self.palette().color(QPalette.ColorRole.HighlightedText))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.restore()

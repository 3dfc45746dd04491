"""The map: places with coordinates on the shipped country outlines, sized by mentions.

Custom-painted, offline (the outlines are ``resources/geo``, see ``desktop.core.geo``). Reads
the store, never writes; re-reads its short list of places when the session says annotations,
sources, tags or entities changed.

Mouse: wheel zooms around the pointer, drag pans, click on a place activates it (the entity
pane shows its mentions), double-click zooms in. Keys: Left/Right go from place to place west
to east, Enter activates, +/- zoom, Shift+arrows pan, F or Home fits every place.
"""

from __future__ import annotations

import html
import math
import sqlite3
from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip, QVBoxLayout, QWidget

from desktop.core import geo
from desktop.core.geo import Outlines, Place, Viewport
from desktop.core.models import TagKind
from desktop.ui.session import Session
from desktop.ui.widgets.map_painter import (
    MapPainter,
    Marker,
    label_font,
    layout_labels,
    marker_radius,
)

WHEEL_STEP: Final = 1.25
KEY_STEP: Final = 1.5
PAN_STEP: Final = 80.0
MARGIN: Final = 48.0
PLACE_COLOUR: Final = "#5fb85f"  # the built-in Place tag's, when the store has none
MAX_TOOLTIP_SOURCES: Final = 10


def format_coordinates(lat: float, lon: float) -> str:
    """33.80° N, 42.44° E in the interface's language and number format."""
    locale = QLocale()
    ns = (
        QCoreApplication.translate("MapView", "%1° N")
        if lat >= 0
        else QCoreApplication.translate("MapView", "%1° S")
    )
    ew = (
        QCoreApplication.translate("MapView", "%1° E")
        if lon >= 0
        else QCoreApplication.translate("MapView", "%1° W")
    )
    return (
        ns.replace("%1", locale.toString(abs(lat), "f", 2))
        + ", "
        + ew.replace("%1", locale.toString(abs(lon), "f", 2))
    )


def place_tooltip(place: Place) -> str:
    """Name, coordinates, and the accepted mentions in each source."""
    lines = [
        f"<b>{html.escape(place.name)}</b> "
        f"<span style='color:gray'>{html.escape(format_coordinates(place.lat, place.lon))}</span>"
    ]
    if place.mentions <= 0:
        lines.append(html.escape(QCoreApplication.translate("MapView", "No accepted mention")))
    else:
        mentions = QCoreApplication.translate("MapView", "Accepted mentions: %1")
        lines.append(html.escape(mentions.replace("%1", QLocale().toString(place.mentions))))
        counts = list(zip(place.sources, place.source_mentions, strict=False))
        for title, count in counts[:MAX_TOOLTIP_SOURCES]:
            lines.append(f"&nbsp;&nbsp;{html.escape(title)} ({count})")
        rest = len(counts) - MAX_TOOLTIP_SOURCES
        if rest > 0:
            more = QCoreApplication.translate("MapView", "… and %n more source(s)", "", rest)
            lines.append("&nbsp;&nbsp;" + html.escape(more))
    return "<p style='margin:0; white-space:pre'>" + "<br>".join(lines) + "</p>"


class MapView(QWidget):
    """Places with coordinates on a world map; click one to see its mentions."""

    entity_activated = Signal(int)
    """The user clicked a place (or pressed Enter on it): show that entity and its mentions."""

    def __init__(
        self,
        session: Session | None = None,
        parent: QWidget | None = None,
        *,
        outlines: Outlines | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.outlines = outlines or geo.load_outlines()
        self.viewport = Viewport(float(self.width()), float(self.height()))
        self._places: list[Place] = []
        self._markers: list[Marker] | None = None
        self._labels: list[tuple[QRectF, Place]] = []
        self._user_moved = False
        self._hover: int | None = None
        self._current: int | None = None
        self._press: QPointF | None = None
        self._last_drag = QPointF()
        self._panning = False
        self.marker_colour = QColor(PLACE_COLOUR)
        self._painter = MapPainter(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)

        self.setObjectName("MapView")
        self.setAccessibleName(self.tr("Map of places"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumSize(200, 140)
        self._build_buttons()

        self._fit_places()
        if session is not None:
            for name in ("annotations_changed", "sources_changed", "tags_changed"):
                getattr(session, name).connect(self._on_store_changed)
            entities_changed = getattr(session, "entities_changed", None)
            if entities_changed is not None:
                entities_changed.connect(self._on_store_changed)
            self.refresh()

    def _build_buttons(self) -> None:
        self.buttons = QWidget(self)
        column = QVBoxLayout(self.buttons)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        specs = (
            ("+", self.tr("Zoom in (+)"), lambda: self.zoom(KEY_STEP)),
            ("−", self.tr("Zoom out (-)"), lambda: self.zoom(1 / KEY_STEP)),
            (self.tr("Fit all"), self.tr("Show every place (F)"), self.fit),
        )
        for text, tip, slot in specs:
            button = QToolButton(self.buttons)
            button.setText(text)
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            column.addWidget(button)
        self.buttons.adjustSize()

    # ------------------------------------------------------------------ data

    def refresh(self) -> None:
        """Read the places (and the Place tag's colour) from the store again."""
        if self._session is None:
            return
        store = self._session.store
        try:
            colour = next((t.colour for t in store.tags() if t.kind is TagKind.PLACE), None)
            places = geo.places_from_store(store)
        except sqlite3.ProgrammingError:  # the project closed before a queued refresh ran
            return
        self.marker_colour = QColor(colour or PLACE_COLOUR)
        self.set_places(places)

    def set_places(self, places: Sequence[Place]) -> None:
        """Show these places; the view fits them unless the user has zoomed or panned."""
        self._places = [Place(*p) for p in places]
        ids = {p.entity_id for p in self._places}
        if self._hover not in ids:
            self._hover = None
        if self._current not in ids:
            self._current = None
        if not self._user_moved:
            self._fit_places()
        self._invalidate()

    def places(self) -> list[Place]:
        return list(self._places)

    def place(self, entity_id: int) -> Place | None:
        return next((p for p in self._places if p.entity_id == entity_id), None)

    def _on_store_changed(self, _change: object = None) -> None:
        self._refresh_timer.start()  # one re-read for a burst of changes

    # ------------------------------------------------------------------ view

    def fit(self) -> None:
        """Show every place (the world when there is none) and follow them from now on."""
        self._user_moved = False
        self._fit_places()
        self._invalidate()

    def _fit_places(self) -> None:
        self.viewport.resize(float(self.width()), float(self.height()))  # even before shown
        bounds = geo.bounds_of((p.lon, p.lat) for p in self._places)
        biggest = max((marker_radius(p.mentions) for p in self._places), default=0.0)
        self.viewport.fit(bounds, MARGIN + biggest)

    def zoom(self, factor: float, pos: QPointF | None = None) -> None:
        """Zoom by factor around pos (the centre of the view by default)."""
        at = pos if pos is not None else QPointF(self.width() / 2, self.height() / 2)
        self.viewport.zoom_at(at.x(), at.y(), factor)
        self._user_moved = True
        self._invalidate()

    def pan(self, dx: float, dy: float) -> None:
        self.viewport.pan(dx, dy)
        self._user_moved = True
        self._invalidate()

    def highlight_entity(self, entity_id: int | None) -> bool:
        """Ring a place (selected elsewhere) and bring it into view; False if not on the map."""
        place = self.place(entity_id) if entity_id is not None else None
        self._current = place.entity_id if place is not None else None
        if place is not None:
            x, y = self.viewport.place_to_screen(place.lon, place.lat)
            if not QRectF(self.rect()).adjusted(20, 20, -20, -20).contains(QPointF(x, y)):
                self.pan(self.width() / 2 - x, self.height() / 2 - y)
        self._invalidate()
        return place is not None

    def _invalidate(self) -> None:
        self._markers = None
        self.update()

    # ------------------------------------------------------------------ layout

    def markers(self) -> list[Marker]:
        """Markers in paint order (largest first), one per visible copy of the world."""
        if self._markers is None:
            self._markers = self._layout_markers()
            metrics = QFontMetricsF(label_font(self.font()))
            bounds = QRectF(self.rect()).adjusted(2, 2, -2, -2)
            obstacles = [QRectF(self.buttons.geometry())]
            self._labels = layout_labels(self._markers, metrics, bounds, obstacles)
        return self._markers

    def _layout_markers(self) -> list[Marker]:
        vp = self.viewport
        markers = []
        order = sorted(self._places, key=lambda p: (-p.mentions, p.name))
        for place in order:
            r = marker_radius(place.mentions)
            x, y = geo.project(place.lon, place.lat)
            slack = r / vp.scale
            for offset in vp.copies(x - slack, x + slack):
                px, py = vp.to_screen(x + offset, y)
                markers.append(Marker(place, px, py, r))
        return markers

    def labels(self) -> list[tuple[QRectF, Place]]:
        """The names drawn, and where (after ``markers``)."""
        self.markers()
        return list(self._labels)

    def hovered_entity(self) -> int | None:
        return self._hover

    def current_entity(self) -> int | None:
        """The place ringed: clicked, picked with the keys, or highlighted from elsewhere."""
        return self._current

    def marker_at(self, pos: QPointF) -> Marker | None:
        """The marker (or its label) under pos; of overlapping ones, the nearest centre wins."""
        markers = self.markers()
        under = [m for m in markers if m.contains(pos)]
        if under:
            return min(under, key=lambda m: math.hypot(pos.x() - m.x, pos.y() - m.y))
        for rect, place in self._labels:
            if rect.contains(pos):
                return next(m for m in markers if m.place.entity_id == place.entity_id)
        return None

    def marker_rect(self, entity_id: int) -> QRectF | None:
        """Where the place is drawn (the copy nearest the centre of the view)."""
        found = [m for m in self.markers() if m.place.entity_id == entity_id]
        if not found:
            return None
        mid = QPointF(self.width() / 2, self.height() / 2)
        return min(found, key=lambda m: abs(m.x - mid.x()) + abs(m.y - mid.y())).rect()

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        marker = self.marker_at(QPointF(pos))
        return place_tooltip(marker.place) if marker is not None else ""

    # ------------------------------------------------------------------ painting

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._painter.paint(painter)
        finally:
            painter.end()

    def hint(self) -> str:
        """What the map says when no place has coordinates."""
        return (
            self.tr("No place has coordinates yet.")
            + "\n"
            + self.tr("Places with a latitude and longitude appear here.")
        )

    def credit(self) -> str:
        return self.tr("Borders: Natural Earth, 1:110m")

    # ------------------------------------------------------------------ events

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self.viewport.resize(float(self.width()), float(self.height()))
        if not self._user_moved:
            self._fit_places()
        self.buttons.move(self.width() - self.buttons.width() - 6, 6)
        self._invalidate()

    def wheelEvent(self, e: QWheelEvent) -> None:
        steps = e.angleDelta().y() / 120
        if steps:
            self.zoom(WHEEL_STEP**steps, e.position())
        e.accept()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._press = self._last_drag = e.position()
            self._panning = False
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        pos = e.position()
        if self._press is not None and e.buttons() & Qt.MouseButton.LeftButton:
            moved = (pos - self._press).manhattanLength()
            if not self._panning and moved >= QApplication.startDragDistance():
                self._panning = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._panning:
                d = pos - self._last_drag
                self._last_drag = pos
                self.pan(d.x(), d.y())
        else:
            marker = self.marker_at(pos)
            hover = marker.place.entity_id if marker is not None else None
            if hover != self._hover:
                self._hover = hover
                if hover is None:
                    self.unsetCursor()
                else:
                    self.setCursor(Qt.CursorShape.PointingHandCursor)
                self.update()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if self._panning:
                self.unsetCursor()
            else:
                marker = self.marker_at(e.position())
                if marker is not None:
                    self._activate(marker.place.entity_id)
            self._press = None
            self._panning = False
        super().mouseReleaseEvent(e)

    def mouseDoubleClickEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self.marker_at(e.position()) is None:
            self.zoom(2.0, e.position())
        super().mouseDoubleClickEvent(e)

    def leaveEvent(self, e: QEvent) -> None:
        if self._hover is not None:
            self._hover = None
            self.update()
        super().leaveEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key, K = e.key(), Qt.Key
        shift = e.modifiers() & Qt.KeyboardModifier.ShiftModifier
        arrows = {K.Key_Left: (1, 0), K.Key_Right: (-1, 0), K.Key_Up: (0, 1), K.Key_Down: (0, -1)}
        if key in arrows and shift:
            dx, dy = arrows[key]
            self.pan(dx * PAN_STEP, dy * PAN_STEP)
        elif key in (K.Key_Left, K.Key_Right):
            self._step_current(1 if key == K.Key_Right else -1)
        elif key in (K.Key_Plus, K.Key_Equal):
            self.zoom(KEY_STEP)
        elif key in (K.Key_Minus, K.Key_Underscore):
            self.zoom(1 / KEY_STEP)
        elif key in (K.Key_F, K.Key_Home):
            self.fit()
        elif key in (K.Key_Return, K.Key_Enter) and self._current is not None:
            self.entity_activated.emit(self._current)
        else:
            super().keyPressEvent(e)
            return
        e.accept()

    def _step_current(self, direction: int) -> None:
        order = sorted(self._places, key=lambda p: (p.lon, -p.lat, p.entity_id))
        if not order:
            return
        ids = [p.entity_id for p in order]
        if self._current in ids:
            i = (ids.index(self._current) + direction) % len(ids)
        else:
            i = 0 if direction > 0 else len(ids) - 1
        self.highlight_entity(ids[i])

    def _activate(self, entity_id: int) -> None:
        self._current = entity_id
        self.update()
        self.entity_activated.emit(entity_id)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            assert isinstance(e, QHelpEvent)
            text = self.tooltip_at(e.pos())
            if text:
                QToolTip.showText(e.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

"""The timeline: every dated annotation on a time axis, in lanes, grouped into events.

Custom-painted (no widget per mark). Reads from the store, never writes: merging,
splitting and renaming events are intents (signals) wired to ``desktop.ui.event_commands``.
Follows the session's change signals and updates only the marks a change names.

Mouse: wheel zooms around the pointer, Shift+wheel scrolls the lanes, drag pans, click
activates a mark. Keys: Left/Right go from mark to mark in time order, +/- zoom, F or Home
fits everything, Enter activates the current mark.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Iterator
from typing import Final

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPoint,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QScrollBar,
    QToolButton,
    QToolTip,
    QWidget,
)

from desktop.core.models import (
    AnnotationId,
    Change,
    ChangeKind,
)
from desktop.core.timeline import Event, Publication, Timeline
from desktop.ui.models.timeline_lanes import LaneAssigner
from desktop.ui.models.timeline_layout import Item, Lane, LaneMode, TimelineLayout
from desktop.ui.models.timeline_scale import TimeScale
from desktop.ui.session import Session
from desktop.ui.widgets.timeline_painter import (
    GUTTER,
    GUTTER_MAX,
    LANE_PAD,
    POINT_R,
    ROW_H,
    RULER_H,
    TimelinePainter,
    bar_rect,
)
from desktop.ui.widgets.timeline_tooltips import mark_tooltip, publication_tooltip

ZOOM_STEP: Final = 1.25
WHEEL_STEP: Final = 1.2
PUB_W: Final = 11.0
PUB_H: Final = 9.0

AskTitle = Callable[[QWidget, str, str, str], "str | None"]


def ask_title(parent: QWidget, title: str, label: str, text: str) -> str | None:
    """Ask for an event title; None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


class TimelineView(QWidget):
    """Dates of every source on one time axis, with lanes, events and publication dates."""

    annotation_activated = Signal(int)
    """The user clicked a mark or pressed Enter on it; the reader should show it."""
    merge_requested = Signal(list, list)
    """The user asked to put the dates of the second list in the event of the first."""
    split_requested = Signal(int)
    """The user asked to take this date out of its event."""
    rename_requested = Signal(list, str)
    """The user gave the event made of these dates a title (blank: remove it)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.ask_title: AskTitle = ask_title
        self.scale = TimeScale()
        # marks now, events right after the first frame (_group_events)
        self.timeline = Timeline.load(session.store, group=False)
        self._grouping = False
        self.lanes = LaneAssigner(session.store, self.timeline)
        self.layout_model = TimelineLayout(self.timeline, self.lanes.lanes_for)
        self._painter = TimelinePainter(self)
        self._current: AnnotationId | None = None
        self._fitted = False
        self._press: QPoint | None = None
        self._panning = False
        self._last_drag = QPoint()

        self.setObjectName("TimelineView")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMinimumHeight(120)
        self._build_header()
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.vbar.valueChanged.connect(lambda _v: self.update())

        self.layout_model.set_extra_lanes(self.lanes.publication_lanes())
        self.layout_model.rebuild()
        self._relayout_lanes()
        self._update_undated_label()

        session.annotations_changed.connect(self._on_annotations_changed)
        session.sources_changed.connect(self._on_sources_changed)
        # a line marked or unmarked as page furniture takes its dates off or back on
        session.furniture_changed.connect(self._on_sources_changed)
        session.tags_changed.connect(self._on_tags_changed)
        events_changed = getattr(session, "events_changed", None)
        if events_changed is not None:
            events_changed.connect(self._on_events_changed)

    def _build_header(self) -> None:
        self.header = QWidget(self)
        row = QHBoxLayout(self.header)
        row.setContentsMargins(6, 3, 6, 3)
        row.addWidget(QLabel(self.tr("Lanes:")))
        self.lane_combo = QComboBox()
        self.lane_combo.addItem(self.tr("By source"), LaneMode.SOURCE)
        self.lane_combo.addItem(self.tr("By actor"), LaneMode.ACTOR)
        self.lane_combo.addItem(self.tr("By tag"), LaneMode.TAG)
        self.lane_combo.setToolTip(
            self.tr("One lane per source, per actor named in the date's sentence, or per tag")
        )
        self.lane_combo.currentIndexChanged.connect(self._on_lane_mode_changed)
        row.addWidget(self.lane_combo)
        self.fit_button = QToolButton()
        self.fit_button.setText(self.tr("Fit all"))
        self.fit_button.setToolTip(self.tr("Show every date (F)"))
        self.fit_button.clicked.connect(self.fit_all)
        self.zoom_out_button = QToolButton()
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_in_button = QToolButton()
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        for b in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            row.addWidget(b)
        row.addStretch(1)
        self.undated_label = QLabel()
        row.addWidget(self.undated_label)
        self._header_h = self.header.sizeHint().height()

    # ------------------------------------------------------------------ public

    def mode_shows_publications_in_lanes(self) -> bool:
        """Publication dates sit in their source's lane (by source) or on the ruler."""
        return self.mode is LaneMode.SOURCE

    def current_annotation(self) -> AnnotationId | None:
        """The selected mark (its event is the one "Merge with selected event" uses)."""
        return self._current

    def highlight_annotation(self, annotation_id: int) -> bool:
        """Select a mark and scroll it into view; False if it is not on the timeline.

        Does not emit annotation_activated.
        """
        aid = AnnotationId(int(annotation_id))
        if aid not in self.layout_model.items_of:
            if self._current is not None:
                self._current = None
                self.update()
            return False
        self._current = aid
        self.ensure_visible(aid)
        self.update()
        return True

    def mark_rect(self, annotation_id: int) -> QRectF | None:
        """Where a mark is drawn, in this widget's coordinates (its first lane)."""
        items = self.layout_model.items_of.get(AnnotationId(int(annotation_id)))
        return self.item_rect(items[0]) if items else None

    def visible_range(self) -> tuple[float, float]:
        """The days shown, as ordinals (``date.toordinal()``), left and right edges."""
        plot = self.plot_rect()
        return self.scale.t(0), self.scale.t(plot.width())

    def set_lane_mode(self, mode: LaneMode) -> None:
        index = self.lane_combo.findData(mode)
        if index >= 0:
            self.lane_combo.setCurrentIndex(index)

    def undated_count(self) -> int:
        return len(self.timeline.undated)

    def set_annotation_filter(self, ids: set[int] | None) -> None:
        """Show only the marks of these annotations (an entity's dates); None shows all.

        Lane modes, new and changed marks keep the filter until it is set to None.
        """
        keep = None if ids is None else {int(i) for i in ids}
        lanes_for = self.lanes.lanes_for
        self.layout_model.rebuild(
            lanes_for
            if keep is None
            else (lambda mark: lanes_for(mark) if mark.annotation_id in keep else [])
        )
        if self._current is not None and not self.layout_model.items_of.get(self._current):
            self._current = None
        self._relayout_lanes()
        if keep:
            self.fit_all()
        self.update()

    def fit_all(self) -> None:
        """Zoom and scroll so every mark and publication date shows."""
        extent = self.layout_model.extent()
        plot = self.plot_rect()
        if extent is not None:
            self.scale.fit(extent[0], extent[1], plot.width())
        self.vbar.setValue(0)
        self._fitted = True
        self.update()

    def zoom(self, factor: float, around_x: float | None = None) -> None:
        """Zoom by factor around a widget x (default: the current mark, else the middle)."""
        plot = self.plot_rect()
        if around_x is None:
            rect = self.mark_rect(self._current) if self._current is not None else None
            if rect is not None and plot.left() <= rect.center().x() <= plot.right():
                around_x = rect.center().x()
            else:
                around_x = plot.center().x()
        self.scale.zoom(factor, around_x - plot.left())
        self._fitted = True
        self.update()

    def pan(self, dx: float) -> None:
        """Scroll the time axis by dx pixels (positive: towards later dates)."""
        self.scale.pan(dx)
        self.update()

    def ensure_visible(self, annotation_id: AnnotationId) -> None:
        rect = self.mark_rect(annotation_id)
        if rect is None:
            return
        plot = self.plot_rect()
        if rect.left() < plot.left() + 8 or rect.right() > plot.right() - 8:
            if rect.width() > plot.width() - 40:
                self.scale.pan(rect.left() - plot.left() - 20)
            else:
                self.scale.pan(rect.center().x() - plot.center().x())
        items = self.layout_model.items_of.get(annotation_id) or []
        if items:
            lane = items[0].lane
            y = plot.top() + lane.top - self.vbar.value()
            if y < plot.top() or y + lane.height > plot.bottom():
                self.vbar.setValue(int(lane.top - max(0.0, (plot.height() - lane.height) / 2)))

    @property
    def mode(self) -> LaneMode:
        return self.lanes.mode

    def tooltip_at(self, pos: QPointF | QPoint) -> str:
        """The hover text for what is under pos (a mark or a publication date), or ""."""
        point = QPointF(pos)
        item = self.item_at(point)
        if item is not None:
            return mark_tooltip(self.timeline, item.annotation_id)
        lane = self.lane_label_at(point)
        if lane is not None:
            return html.escape(lane.key.label)
        pub = self.publication_at(point)
        return publication_tooltip(pub) if pub is not None else ""

    def build_context_menu(self, pos: QPointF | QPoint) -> QMenu | None:
        """The menu for the mark under pos, or None where there is no mark."""
        item = self.item_at(QPointF(pos))
        if item is None:
            return None
        aid = item.annotation_id
        event = self.timeline.event_for(aid)
        selected = self.timeline.event_for(self._current) if self._current is not None else None
        menu = QMenu(self)
        show = menu.addAction(self.tr("Show in Source"))
        show.triggered.connect(lambda: self._activate(aid))
        menu.addSeparator()
        merge = menu.addAction(self.tr("Merge with Selected Event"))
        merge.setEnabled(event is not None and selected is not None and selected.key != event.key)
        if event is not None and selected is not None:
            target, other = list(selected.members), list(event.members)
            merge.triggered.connect(lambda: self.merge_requested.emit(target, other))
        split = menu.addAction(self.tr("Remove from Event"))
        split.setEnabled(event is not None and len(event.members) > 1)
        split.triggered.connect(lambda: self.split_requested.emit(int(aid)))
        rename = menu.addAction(self.tr("Rename Event…"))
        rename.setEnabled(event is not None)
        if event is not None:
            rename.triggered.connect(lambda: self.rename_event(event))
        return menu

    def rename_event(self, event: Event) -> None:
        title = self.ask_title(
            self, self.tr("Rename event"), self.tr("Event title:"), event.title or ""
        )
        if title is not None and title.strip() != (event.title or ""):
            self.rename_requested.emit(list(event.members), title)

    # ---------------------------------------------------------------- geometry

    def plot_rect(self) -> QRectF:
        """The area marks are drawn in: right of the lane labels, under the ruler."""
        top = self._header_h + RULER_H
        right = self.width() - (0 if self.vbar.isHidden() else self.vbar.width())
        gutter = min(GUTTER_MAX, max(GUTTER, self.width() * 0.16))
        return QRectF(gutter, top, max(10.0, right - gutter), max(10.0, self.height() - top))

    def lane_y(self, lane: Lane) -> float:
        return self.plot_rect().top() + lane.top - self.vbar.value()

    def visible_lanes(self) -> Iterator[Lane]:
        plot = self.plot_rect()
        scroll = self.vbar.value()
        for lane in self.layout_model.lanes:
            if lane.top + lane.height < scroll:
                continue
            if lane.top > scroll + plot.height():
                break
            yield lane

    def item_rect(self, item: Item) -> QRectF:
        plot = self.plot_rect()
        xa = plot.left() + self.scale.x(item.x0)
        xb = plot.left() + self.scale.x(item.x1)
        y = self.lane_y(item.lane) + LANE_PAD + item.row * ROW_H + ROW_H / 2
        if item.point:
            x = (xa + xb) / 2
            return QRectF(x - POINT_R, y - POINT_R, 2 * POINT_R, 2 * POINT_R)
        return bar_rect(xa, xb, y)

    def item_at(self, pos: QPointF) -> Item | None:
        plot = self.plot_rect()
        if not plot.contains(pos):
            return None
        best: Item | None = None
        best_d = float("inf")
        tol = (POINT_R + 3) / self.scale.px_per_day
        t = self.scale.t(pos.x() - plot.left())
        for lane in self.visible_lanes():
            y = self.lane_y(lane)
            if not (y <= pos.y() < y + lane.height):
                continue
            for item in lane.visible(t - tol, t + tol):
                rect = self.item_rect(item).adjusted(-3, -3, 3, 3)
                if rect.contains(pos):
                    d = abs(rect.center().x() - pos.x()) + abs(rect.center().y() - pos.y())
                    if d < best_d or (d == best_d and item.annotation_id == self._current):
                        best, best_d = item, d
        return best

    def lane_label_at(self, pos: QPointF) -> Lane | None:
        """The lane whose label is under pos (in the gutter left of the marks)."""
        plot = self.plot_rect()
        if pos.x() >= plot.left() or pos.y() < plot.top():
            return None
        for lane in self.visible_lanes():
            y = self.lane_y(lane)
            if y <= pos.y() < y + lane.height:
                return lane
        return None

    def publication_rects(self) -> Iterator[tuple[QRectF, Publication]]:
        plot = self.plot_rect()
        for pub in self.timeline.publications.values():
            x = plot.left() + self.scale.x(pub.date.lower.toordinal() + 0.5)
            if self.mode is LaneMode.SOURCE:
                lane = self.layout_model.lane_of_key(f"s{pub.source_id}")
                if lane is None:
                    continue
                bottom = self.lane_y(lane) + lane.height - 2
            else:
                bottom = plot.top() - 1
            yield QRectF(x - PUB_W / 2, bottom - PUB_H, PUB_W, PUB_H), pub

    def publication_at(self, pos: QPointF) -> Publication | None:
        for rect, pub in self.publication_rects():
            if rect.adjusted(-2, -2, 2, 2).contains(pos):
                return pub
        return None

    # ------------------------------------------------------------------ events

    def paintEvent(self, e: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self._painter.paint(painter, QRectF(e.rect()))
        finally:
            painter.end()
        if not self.timeline.grouped and not self._grouping:
            self._grouping = True
            QTimer.singleShot(0, self._group_events)

    def _group_events(self) -> None:
        """Build the events after the first frame has shown the marks."""
        self._grouping = False
        if self.timeline.group():
            self.update()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        hh = self._header_h
        self.header.setGeometry(0, 0, self.width(), hh)
        sbw = self.vbar.sizeHint().width()
        self.vbar.setGeometry(self.width() - sbw, hh + RULER_H, sbw, self.height() - hh - RULER_H)
        self._update_scrollbar()
        if not self._fitted:
            self.fit_all()
            self._fitted = False  # keep fitting until the user zooms or pans

    def showEvent(self, e: QShowEvent) -> None:
        super().showEvent(e)
        if not self._fitted:
            self.fit_all()
            self._fitted = False

    def wheelEvent(self, e: QWheelEvent) -> None:
        delta = e.angleDelta()
        if e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.vbar.setValue(self.vbar.value() - int(delta.y() or delta.x()) // 2)
        elif delta.x() and not delta.y():
            self.pan(-delta.x() / 2)
        elif delta.y():
            self.zoom(WHEEL_STEP ** (delta.y() / 120), e.position().x())
        e.accept()

    def mousePressEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton:
            self._press = e.position().toPoint()
            self._last_drag = self._press
            self._panning = False
        super().mousePressEvent(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:
        if self._press is not None and e.buttons() & Qt.MouseButton.LeftButton:
            pos = e.position().toPoint()
            moved = (pos - self._press).manhattanLength()
            if not self._panning and moved >= QApplication.startDragDistance():
                self._panning = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._panning:
                d = pos - self._last_drag
                self._last_drag = pos
                self.scale.pan(-d.x())
                self.vbar.setValue(self.vbar.value() - d.y())
                self._fitted = True
                self.update()
        super().mouseMoveEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if self._panning:
                self.unsetCursor()
            else:
                item = self.item_at(e.position())
                if item is not None:
                    self._activate(item.annotation_id)
                elif self._current is not None and self.plot_rect().contains(e.position()):
                    self._current = None
                    self.update()
            self._press = None
            self._panning = False
        super().mouseReleaseEvent(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        key = e.key()
        K = Qt.Key
        if key in (K.Key_Left, K.Key_Right):
            target = self.layout_model.neighbour(self._current, 1 if key == K.Key_Right else -1)
            if target is not None:
                self.highlight_annotation(target)
        elif key in (K.Key_Plus, K.Key_Equal):
            self.zoom(ZOOM_STEP)
        elif key in (K.Key_Minus, K.Key_Underscore):
            self.zoom(1 / ZOOM_STEP)
        elif key in (K.Key_F, K.Key_Home):
            self.fit_all()
        elif key in (K.Key_Return, K.Key_Enter):
            if self._current is not None:
                self.annotation_activated.emit(int(self._current))
        elif key == K.Key_PageDown:
            self.vbar.setValue(self.vbar.value() + self.vbar.pageStep())
        elif key == K.Key_PageUp:
            self.vbar.setValue(self.vbar.value() - self.vbar.pageStep())
        else:
            super().keyPressEvent(e)
            return
        e.accept()

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            help_event = e  # QHelpEvent
            assert isinstance(help_event, QHelpEvent)
            text = self.tooltip_at(help_event.pos())
            if text:
                QToolTip.showText(help_event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.build_context_menu(e.pos())
        if menu is not None:
            menu.exec(e.globalPos())
            menu.deleteLater()

    # ---------------------------------------------------------- session slots

    def _on_annotations_changed(self, change: Change) -> None:
        ids = list(change.annotation_ids)
        removed = change.kind is ChangeKind.ANNOTATIONS_REMOVED
        before = self._region(ids)
        known = {a for a in ids if a in self.timeline.marks or a in self.timeline.undated}
        self.timeline.refresh_annotations(ids, removed=removed)
        known |= {a for a in ids if a in self.timeline.marks or a in self.timeline.undated}
        if len(known) < len(ids):
            # an actor or another tag near a date changed: by actor or tag, its lanes may have
            ids = list(dict.fromkeys([*ids, *self.lanes.refresh_companions(change.source_ids)]))
        self._after_marks_changed(ids, before)

    def _on_events_changed(self, change: Change) -> None:
        ids = list(change.annotation_ids)
        before = self._region(ids)
        keys = self.timeline.refresh_events(ids)
        members = {a for k in keys if (e := self.timeline.events.get(k)) for a in e.members}
        self.update(before.united(self._region(members | set(ids))).toAlignedRect())

    def _on_sources_changed(self, change: Change) -> None:
        before_marks = [
            a for a, m in self.timeline.marks.items() if m.source_id in change.source_ids
        ]
        self.timeline.refresh_sources(change.source_ids)
        self.lanes.forget_sources(change.source_ids)
        after_marks = [
            a for a, m in self.timeline.marks.items() if m.source_id in change.source_ids
        ]
        self.lanes.refresh_companions(change.source_ids)
        self.layout_model.set_extra_lanes(self.lanes.publication_lanes())
        if self.mode is LaneMode.SOURCE:
            for sid in change.source_ids:
                lane = self.layout_model.lane_of_key(f"s{sid}")
                source = self.timeline.sources.get(sid)
                if lane is not None and source is not None:
                    lane.key = self.lanes.source_lane(source.id)
            self.layout_model.lanes.sort(key=lambda ln: ln.key.order)
        self.layout_model.update_marks([*before_marks, *after_marks])
        self._relayout_lanes()
        self._update_undated_label()
        self.update()

    def _on_tags_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.EVENTS_CHANGED:
            if getattr(self._session, "events_changed", None) is None:
                self._on_events_changed(change)
            return
        rebuilt = self.timeline.refresh_tags()
        self.lanes.reload_tags()
        if rebuilt or self.mode is not LaneMode.SOURCE:
            self.layout_model.rebuild()
            self._relayout_lanes()
            self._update_undated_label()
        self.update()

    # ---------------------------------------------------------------- helpers

    def _activate(self, annotation_id: AnnotationId) -> None:
        self._current = annotation_id
        self.update()
        self.annotation_activated.emit(int(annotation_id))

    def _after_marks_changed(self, ids: Iterable[AnnotationId], before: QRectF) -> None:
        ids = list(ids)
        lanes_changed = self.layout_model.update_marks(ids)
        if self._current is not None and self._current not in self.timeline.marks:
            self._current = None
        self._update_undated_label()
        heights = [ln.rows for ln in self.layout_model.lanes]
        self._relayout_lanes()
        if lanes_changed or heights != [ln.rows for ln in self.layout_model.lanes] or not ids:
            self.update()
            return
        events = {self.timeline.event_of.get(a) for a in ids}
        members = {a for k in events if k and (e := self.timeline.events.get(k)) for a in e.members}
        self.update(before.united(self._region(members | set(ids))).toAlignedRect())

    def _region(self, ids: Iterable[AnnotationId]) -> QRectF:
        """The area the marks of ids and their events cover now (badges included)."""
        region = QRectF()
        keys: set[str] = set()
        for aid in ids:
            if (k := self.timeline.event_of.get(aid)) is not None:
                keys.add(k)
            for item in self.layout_model.items_of.get(aid, []):
                region = region.united(self.item_rect(item))
        for k in keys:
            event = self.timeline.events.get(k)
            for aid in event.members if event else ():
                for item in self.layout_model.items_of.get(aid, []):
                    region = region.united(self.item_rect(item))
        if region.isNull():
            return region
        # badges, titles, "?" and the selection ring
        return region.adjusted(-8, -ROW_H, 260, 8)

    def _relayout_lanes(self) -> None:
        top = 0.0
        for lane in self.layout_model.lanes:
            lane.top = top
            lane.height = 2 * LANE_PAD + lane.rows * ROW_H
            top += lane.height
        self._content_height = top
        self._update_scrollbar()

    def _update_scrollbar(self) -> None:
        plot_h = self.height() - self._header_h - RULER_H
        extra = int(getattr(self, "_content_height", 0) - plot_h)
        self.vbar.setRange(0, max(0, extra))
        self.vbar.setPageStep(max(1, plot_h))
        self.vbar.setSingleStep(ROW_H)
        self.vbar.setVisible(extra > 0)

    def _update_undated_label(self) -> None:
        n = len(self.timeline.undated)
        self.undated_label.setText(self.tr("%n date(s) not on the timeline", "", n) if n else "")
        if n:
            rows = []
            for u in list(self.timeline.undated.values())[:20]:
                rows.append(
                    f"« {html.escape(u.quote)} » — "
                    f"{html.escape(QCoreApplication.translate('Messages', u.reason))} "
                    f"({html.escape(self.timeline.source_title(u.source_id))})"
                )
            if n > 20:
                rows.append("…")
            self.undated_label.setToolTip(
                "<p>"
                + html.escape(self.tr("Dates with no value or a value that is not a date:"))
                + "<br>"
                + "<br>".join(rows)
                + "</p>"
            )
        else:
            self.undated_label.setToolTip("")

    # ------------------------------------------------------------------- lanes

    def _on_lane_mode_changed(self, _index: int) -> None:
        mode = self.lane_combo.currentData()
        if not isinstance(mode, LaneMode) or mode is self.mode:
            return
        self.lanes.set_mode(mode)
        self.layout_model.extra_lanes = self.lanes.publication_lanes()
        self.layout_model.rebuild()
        self.vbar.setValue(0)
        self._relayout_lanes()
        self.update()

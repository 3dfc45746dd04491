"""The reading pane: one source's text with its annotations painted over it.

The view reads from the store but never writes: tagging, deleting and activating are
intents (signals) the main window wires to the Session. It follows the Session's change
signals and repaints only what a change names. Offsets it emits or accepts are code points;
``OffsetMap`` converts them at the Qt boundary.
"""

from __future__ import annotations

import html
from bisect import bisect_left
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPixmap,
    QTextBlock,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget

from desktop.core.errors import NotFound
from desktop.core.furniture import line_range
from desktop.core.furniture_store import furniture_ranges, in_furniture
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    Change,
    ChangeKind,
    SourceId,
    Tag,
    TagId,
)
from desktop.ui.labels import tag_label
from desktop.ui.offsets import OffsetMap
from desktop.ui.session import Session
from desktop.ui.widgets.highlight_painter import (
    MAX_BARS,
    AnnotationIndex,
    HighlightPainter,
    Layer,
    flash_strength,
)

FONT_FAMILIES = ["Source Serif 4", "Charter", "Georgia", "Noto Serif", "DejaVu Serif", "serif"]
FONT_POINT_SIZE = 12
DOCUMENT_MARGIN = 24
FLASH_MS = 800
_UNKNOWN_TAG_COLOUR = "#9e9e9e"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_DECIDE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class SourceView(QPlainTextEdit):
    """Read-only, selectable text of one source with tag highlights."""

    tag_requested = Signal(int, int, int, int, bool)
    """The user asked to tag (source_id, start, end, tag_id, exact); exact keeps the range
    as selected instead of widening it to words."""
    delete_requested = Signal(list)
    """The user asked to delete these annotation ids."""
    annotation_activated = Signal(int)
    """The user clicked an annotation or asked to see it in the annotation list."""
    suggestions_decided = Signal(list, bool)
    """The user accepted (True) or rejected (False) these suggested annotation ids."""
    furniture_requested = Signal(int, int, int, bool)
    """The user asked to mark (True) or unmark (False) the line (source_id, start, end) as
    page furniture."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._source_id: SourceId | None = None
        self._offsets = OffsetMap("")
        self._index = AnnotationIndex()
        self._furniture: list[tuple[int, int]] = []  # code points, sorted and disjoint
        self._painter = HighlightPainter(self)
        self._tags: dict[TagId, Tag] = {}
        self._colours: dict[TagId, QColor] = {}
        self._shortcuts: dict[str, TagId] = {}
        self._flash_range: tuple[int, int] | None = None  # UTF-16
        self._flash_colour = QColor()
        self._flash_value = 0.0
        self._flash = QVariantAnimation(self)
        self._flash.setStartValue(0.0)
        self._flash.setEndValue(1.0)
        self._flash.setDuration(FLASH_MS)
        self._flash.valueChanged.connect(self._on_flash_value_changed)
        self._flash.finished.connect(self._on_flash_finished)

        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPointSize(FONT_POINT_SIZE)
        self.setFont(font)
        document = self.document()
        document.setUndoRedoEnabled(False)
        document.setDocumentMargin(DOCUMENT_MARGIN)

        session.annotations_changed.connect(self._on_annotations_changed)
        session.tags_changed.connect(self._on_tags_changed)
        session.sources_changed.connect(self._on_sources_changed)
        session.furniture_changed.connect(self._on_furniture_changed)
        self._load_tags()
        self.show_source(None)

    # ------------------------------------------------------------------ public

    @property
    def source_id(self) -> SourceId | None:
        return self._source_id

    @property
    def furniture(self) -> list[tuple[int, int]]:
        """The page furniture ranges drawn dimmed (code points, sorted); do not modify."""
        return self._furniture

    @property
    def annotation_index(self) -> AnnotationIndex:
        """The annotations shown (accepted and suggested), for reading only."""
        return self._index

    def show_source(
        self, source_id: SourceId | None, annotations: Sequence[Annotation] | None = None
    ) -> None:
        """Show a source's text and annotations; None shows an empty, disabled view.

        annotations: that source's annotations if the caller has just read them (any
        status; rejected ones are left out here), so they are not read twice."""
        self._stop_flash()
        store = self._session.store
        text = ""
        shown: Sequence[Annotation] = ()
        furniture: list[tuple[int, int]] = []
        if source_id is not None:
            try:
                text = store.source_text(source_id)
                shown = (
                    annotations
                    if annotations is not None
                    else store.annotations(source_id=source_id, status=None)
                )
                furniture = furniture_ranges(store, source_id)
            except NotFound:
                source_id, text, shown = None, "", ()
        self._source_id = source_id
        self._furniture = furniture
        self._offsets = OffsetMap(text)
        self._index.load(a for a in shown if a.status is not AnnotationStatus.REJECTED)
        # Qt reads "\r\n" as one separator; a space keeps every later offset in place.
        self.setPlainText(text.replace("\r\n", " \n") if "\r\n" in text else text)
        self.setEnabled(source_id is not None)
        self.viewport().update()

    def selection_range(self) -> tuple[int, int] | None:
        """The selected range in code points, or None without a selection."""
        cursor = self.textCursor()
        if self._source_id is None or not cursor.hasSelection():
            return None
        to_cp = self._offsets.to_code_point
        return to_cp(cursor.selectionStart()), to_cp(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) (code points), keeping the cursor at its end."""
        length = self._text_length()
        start, end = max(0, min(start, length)), max(0, min(end, length))
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._offsets.to_utf16(start))
        cursor.setPosition(self._offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def tag_selection(self, tag_id: TagId, exact: bool = False) -> None:
        """Ask to tag the selection with tag_id; does nothing without a selection."""
        selected = self.selection_range()
        if selected is None or self._source_id is None:
            return
        self.tag_requested.emit(int(self._source_id), selected[0], selected[1], int(tag_id), exact)
        # collapse the selection so the new highlight shows at once
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def suggestions_at_cursor(self) -> list[Annotation]:
        """Pending suggestions containing the text cursor (or overlapping the selection)."""
        if self._source_id is None:
            return []
        cursor = self.textCursor()
        to_cp = self._offsets.to_code_point
        start, end = to_cp(cursor.selectionStart()), to_cp(cursor.selectionEnd())
        found = self._index.overlapping(max(0, start - 1) if start == end else start, end)
        return [
            a
            for a in found
            if a.status is AnnotationStatus.SUGGESTED and a.start <= end and a.end >= start
        ]

    def next_suggestion(self, *, backwards: bool = False) -> Annotation | None:
        """Select the next (or previous) pending suggestion after the cursor, wrapping."""
        if self._source_id is None:
            return None
        pending = sorted(
            (
                a
                for i in self._index.ids()
                if (a := self._index.get(i)) is not None and a.status is AnnotationStatus.SUGGESTED
            ),
            key=lambda a: (a.start, a.end),
        )
        if not pending:
            return None
        cursor = self.textCursor()
        here = self._offsets.to_code_point(
            cursor.selectionStart() if backwards else cursor.selectionEnd()
        )
        if backwards:
            before = [a for a in pending if a.start < here]
            chosen = before[-1] if before else pending[-1]
        else:
            after = [a for a in pending if a.start >= here]
            chosen = after[0] if after else pending[0]
        self._scroll_to(chosen.start, chosen.end, select=True)
        return chosen

    def annotations_at(self, point: QPoint) -> list[Annotation]:
        """Annotations drawn under a viewport point, innermost (shortest) first."""
        if self._source_id is None or not len(self._index):
            return []
        cursor = self.cursorForPosition(point)
        cp = self._offsets.to_code_point(cursor.position())
        candidates = self._index.overlapping(max(0, cp - 1), cp + 1)
        if not candidates:
            return []
        block = cursor.block()
        geometry = self.blockBoundingGeometry(block).translated(self.contentOffset())
        blocks = [(block, geometry)]
        pt = QRectF(point.x(), point.y(), 1, 1)
        hits = [
            a
            for a in candidates
            if any(r.intersects(pt) for r in self._painter.rects(*self._utf16(a), blocks))
        ]
        return sorted(hits, key=lambda a: (a.end - a.start, -a.start))

    def line_at(self, point: QPoint) -> tuple[int, int] | None:
        """The line (code points, without surrounding spaces) under a viewport point."""
        if self._source_id is None:
            return None
        cp = self._offsets.to_code_point(self.cursorForPosition(point).position())
        try:
            text = self._session.store.source_text(self._source_id)
        except NotFound:
            return None
        return line_range(text, cp)

    def tooltip_html_at(self, cp: int) -> str:
        """The hover text for the annotations containing code point cp ("" if none)."""
        found = sorted(self._index.overlapping(cp, cp), key=lambda a: a.end - a.start)
        return self.tooltip_html(found)

    def tooltip_html(self, annotations: list[Annotation]) -> str:
        """Tag (in its colour), quote, value, note and pending status of each annotation."""
        parts = []
        for a in annotations:
            tag = self._tags.get(a.tag_id)
            name = html.escape(tag_label(tag) if tag else self.tr("Unknown tag"))
            colour = self._colour(a.tag_id).darker(140).name()
            quote = html.escape(_short(a.quote, 120))
            lines = [f'<b style="color:{colour}">■ {name}</b> «&nbsp;{quote}&nbsp;»']
            if a.value:
                lines.append(f"{html.escape(self.tr('Value:'))} {html.escape(a.value)}")
            if a.note:
                lines.append(f"{html.escape(self.tr('Note:'))} {html.escape(a.note)}")
            if a.status is AnnotationStatus.SUGGESTED:
                lines.append(f"<i>{html.escape(self.tr('Suggested, not yet accepted'))}</i>")
            parts.append("<p style='margin:2px 0'>" + "<br>".join(lines) + "</p>")
        return "".join(parts)

    def reveal(self, annotation_id: AnnotationId) -> bool:
        """Scroll to an annotation of the shown source and flash it; False if not shown."""
        a = self._index.get(annotation_id)
        if a is None:
            return False
        self._scroll_to(a.start, a.end, select=False)
        self._start_flash(a.start, a.end, self._colour(a.tag_id))
        return True

    def reveal_range(self, start: int, end: int, *, select: bool = True) -> None:
        """Scroll to [start, end) (code points), select it unless told not to, and flash it."""
        if self._source_id is None:
            return
        length = self._text_length()
        start, end = max(0, min(start, length)), max(0, min(end, length))
        self._scroll_to(start, end, select=select)
        self._start_flash(start, end, self.palette().highlight().color())

    def is_flashing(self) -> bool:
        """Whether a reveal flash is still running."""
        return self._flash_range is not None

    def build_context_menu(self, pos: QPoint) -> QMenu:
        """The context menu for a viewport point; the caller executes and deletes it."""
        menu = self.createStandardContextMenu(pos)
        menu.addSeparator()
        tag_menu = menu.addMenu(self.tr("Tag as"))
        for tag in self._tags.values():
            label = f"{tag_label(tag)}\t{tag.shortcut}" if tag.shortcut else tag_label(tag)
            action = tag_menu.addAction(self._swatch(tag.id), label)
            action.triggered.connect(lambda _=False, t=tag.id: self.tag_selection(t))
        tag_menu.menuAction().setEnabled(self.selection_range() is not None)
        hits = self.annotations_at(pos)
        if hits:
            menu.addSeparator()
            for a in hits:
                if a.status is AnnotationStatus.SUGGESTED:
                    accept = menu.addAction(
                        self._swatch(a.tag_id),
                        self.tr("Accept suggestion '%1'").replace("%1", _short(a.quote)),
                    )
                    accept.triggered.connect(
                        lambda _=False, i=a.id: self.suggestions_decided.emit([i], True)
                    )
                    reject = menu.addAction(
                        self.tr("Reject suggestion '%1'").replace("%1", _short(a.quote))
                    )
                    reject.triggered.connect(
                        lambda _=False, i=a.id: self.suggestions_decided.emit([i], False)
                    )
                    continue
                action = menu.addAction(
                    self._swatch(a.tag_id),
                    self.tr("Delete annotation '%1'").replace("%1", _short(a.quote)),
                )
                action.triggered.connect(lambda _=False, i=a.id: self.delete_requested.emit([i]))
            innermost = hits[0].id
            show = menu.addAction(self.tr("Show in annotation list"))
            show.triggered.connect(lambda _=False: self.annotation_activated.emit(innermost))
        line = self.line_at(pos)
        if line is not None and self._source_id is not None:
            menu.addSeparator()
            marked = in_furniture(self._furniture, *line)
            furniture = menu.addAction(
                self.tr("Not page furniture") if marked else self.tr("Mark line as page furniture")
            )
            sid = int(self._source_id)
            furniture.triggered.connect(
                lambda _=False: self.furniture_requested.emit(sid, line[0], line[1], not marked)
            )
        return menu

    # ----------------------------------------------------------------- events

    def paintEvent(self, e: QPaintEvent) -> None:
        super().paintEvent(e)
        painter = QPainter(self.viewport())
        try:
            if self._source_id is None:
                self._paint_hint(painter)
                return
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            blocks = self._painter.visible_blocks(QRectF(e.rect()))
            span = self._painter.span(blocks)
            if span is None:
                return
            to_cp = self._offsets.to_code_point
            self._paint_furniture(painter, blocks, to_cp(span[0]), to_cp(span[1]))
            layers = [
                Layer(a, *self._utf16(a), self._colour(a.tag_id), self._index.depth(a.id))
                for a in self._index.overlapping(to_cp(span[0]), to_cp(span[1]))
            ]
            self._painter.paint(painter, layers, blocks)
            if self._flash_range is not None and self._flash_value > 0:
                rects = self._painter.rects(*self._flash_range, blocks)
                strength = flash_strength(self._flash_value)
                self._painter.paint_flash(painter, rects, self._flash_colour, strength)
        finally:
            painter.end()

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if self._decide_suggestion(e):
            e.accept()
            return
        tag_id = self._tag_for_key(e)
        if tag_id is None:
            super().keyPressEvent(e)
            return
        self.tag_selection(tag_id, exact=bool(e.modifiers() & Qt.KeyboardModifier.AltModifier))
        e.accept()

    def event(self, e: QEvent) -> bool:
        # A tag key on a selection beats menu mnemonics (Alt+D) and window shortcuts;
        # Enter and Delete on a suggestion decide it before any window shortcut.
        if e.type() == QEvent.Type.ShortcutOverride:
            key_event = cast(QKeyEvent, e)
            if self._tag_for_key(key_event) or (
                key_event.key() in _DECIDE_KEYS and self.suggestions_at_cursor()
            ):
                e.accept()
                return True
        # Tab and Shift+Tab walk the pending suggestions instead of moving the focus.
        if e.type() == QEvent.Type.KeyPress:
            key = cast(QKeyEvent, e).key()
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self.next_suggestion(
                backwards=key == Qt.Key.Key_Backtab
            ):
                e.accept()
                return True
        return super().event(e)

    def _decide_suggestion(self, e: QKeyEvent) -> bool:
        """Enter accepts and Delete rejects the suggestions under the cursor."""
        if e.key() not in _DECIDE_KEYS or e.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        pending = self.suggestions_at_cursor()
        if not pending:
            return False
        accept = e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        self.suggestions_decided.emit([int(a.id) for a in pending], accept)
        return True

    def viewportEvent(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip:
            help_event = cast(QHelpEvent, e)
            hits = self.annotations_at(help_event.pos())
            if hits:
                QToolTip.showText(help_event.globalPos(), self.tooltip_html(hits), self.viewport())
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().viewportEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        super().mouseReleaseEvent(e)
        if e.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        hits = self.annotations_at(e.position().toPoint())
        if hits:
            self.annotation_activated.emit(int(hits[0].id))

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = self.build_context_menu(e.pos())
        menu.exec(e.globalPos())
        menu.deleteLater()

    # ---------------------------------------------------------- session slots

    def _on_annotations_changed(self, change: Change) -> None:
        if self._source_id is None or self._source_id not in change.source_ids:
            return
        ids = change.annotation_ids
        ranges = [(a.start, a.end) for i in ids if (a := self._index.remove(i)) is not None]
        if change.kind is not ChangeKind.ANNOTATIONS_REMOVED and ids:
            for a in self._session.store.annotations(ids=ids, status=None):
                if a.source_id == self._source_id and a.status is not AnnotationStatus.REJECTED:
                    self._index.add(a)
                    ranges.append((a.start, a.end))
        for start, end in ranges:
            self._update_range(*self._index.relayer(start, end))

    def _on_tags_changed(self, change: Change) -> None:
        self._load_tags()
        if self._source_id is not None and self._source_id in change.source_ids:
            # a deleted (or restored) tag took its annotations with it
            annotations = self._session.store.annotations(source_id=self._source_id, status=None)
            self._index.load(a for a in annotations if a.status is not AnnotationStatus.REJECTED)
        self.viewport().update()

    def _on_sources_changed(self, change: Change) -> None:
        if change.kind is ChangeKind.SOURCE_REMOVED and self._source_id in change.source_ids:
            self.show_source(None)

    def _on_furniture_changed(self, change: Change) -> None:
        if self._source_id is None or self._source_id not in change.source_ids:
            return
        before = set(self._furniture)
        self._furniture = furniture_ranges(self._session.store, self._source_id)
        for start, end in before.symmetric_difference(self._furniture):
            self._update_range(start, end)

    def _on_flash_value_changed(self, value: object) -> None:
        self._flash_value = float(cast(float, value))
        if self._flash_range is not None:
            self._update_utf16_range(*self._flash_range)

    def _on_flash_finished(self) -> None:
        flash, self._flash_range, self._flash_value = self._flash_range, None, 0.0
        if flash is not None:
            self._update_utf16_range(*flash)

    # ---------------------------------------------------------------- helpers

    def _text_length(self) -> int:
        return self._offsets.to_code_point(self._offsets.utf16_length)

    def _utf16(self, a: Annotation) -> tuple[int, int]:
        return self._offsets.to_utf16(a.start), self._offsets.to_utf16(a.end)

    def _load_tags(self) -> None:
        self._tags = {t.id: t for t in self._session.store.tags()}
        self._colours = {t.id: QColor(t.colour) for t in self._tags.values()}
        self._shortcuts = {t.shortcut.upper(): t.id for t in self._tags.values() if t.shortcut}

    def _colour(self, tag_id: TagId) -> QColor:
        return self._colours.get(tag_id) or QColor(_UNKNOWN_TAG_COLOUR)

    def _swatch(self, tag_id: TagId) -> QIcon:
        pixmap = QPixmap(12, 12)
        pixmap.fill(self._colour(tag_id))
        return QIcon(pixmap)

    def _tag_for_key(self, e: QKeyEvent) -> TagId | None:
        if self._source_id is None or not self.textCursor().hasSelection():
            return None
        if e.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return None
        key = e.key()
        # the key code, not the text: Alt/Option changes the text on some systems
        if ord("A") <= key <= ord("Z") or ord("0") <= key <= ord("9"):
            char = chr(key)
        elif len(e.text()) == 1:
            char = e.text().upper()
        else:
            return None
        return self._shortcuts.get(char)

    def _scroll_to(self, start: int, end: int, *, select: bool) -> None:
        cursor = QTextCursor(self.document())
        if select:
            cursor.setPosition(self._offsets.to_utf16(end))
        # the cursor sits at the start so centring shows the beginning of a long passage
        mode = QTextCursor.MoveMode.KeepAnchor if select else QTextCursor.MoveMode.MoveAnchor
        cursor.setPosition(self._offsets.to_utf16(start), mode)
        self.setTextCursor(cursor)
        self.centerCursor()

    def _start_flash(self, start: int, end: int, colour: QColor) -> None:
        self._stop_flash()
        self._flash_range = (self._offsets.to_utf16(start), self._offsets.to_utf16(end))
        self._flash_colour = QColor(colour)
        self._flash.start()

    def _stop_flash(self) -> None:
        if self._flash.state() == QVariantAnimation.State.Running:
            self._flash.stop()
        self._on_flash_finished()

    def _update_range(self, start: int, end: int) -> None:
        """Repaint what shows of [start, end) (code points)."""
        self._update_utf16_range(self._offsets.to_utf16(start), self._offsets.to_utf16(end))

    def _update_utf16_range(self, start16: int, end16: int) -> None:
        rect = QRectF()
        for r in self._painter.rects(start16, end16, self._painter.visible_blocks()):
            rect = rect.united(r)
        if not rect.isEmpty():
            margin = 4 + MAX_BARS
            self.viewport().update(rect.toAlignedRect().adjusted(-margin, -margin, margin, margin))

    def _paint_furniture(
        self, painter: QPainter, blocks: list[tuple[QTextBlock, QRectF]], start: int, end: int
    ) -> None:
        """Dim the page furniture meeting [start, end) (code points: the visible blocks)."""
        ranges = self._furniture
        i = max(0, bisect_left(ranges, start, key=lambda r: r[0]) - 1)
        rects: list[QRectF] = []
        for a, b in ranges[i:]:
            if a >= end:
                break
            if b > start:
                to16 = self._offsets.to_utf16
                rects += self._painter.rects(to16(a), to16(b), blocks)
        self._painter.paint_dimmed(painter, rects)

    def _paint_hint(self, painter: QPainter) -> None:
        painter.setPen(self.palette().placeholderText().color())
        area = QRect(self.viewport().rect()).adjusted(32, 32, -32, -32)
        painter.drawText(
            area,
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
            self.tr("Import a source with File ▸ Import… or drop files here"),
        )

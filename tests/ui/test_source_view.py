"""The reading pane: tagging keys, code-point offsets, change handling, hover, click, reveal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QHelpEvent,
    QKeyEvent,
    QPalette,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QMenu, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.core.models import AnnotationId, AnnotationStatus, SourceId, TagId
from desktop.core.store import Store
from desktop.ui.session import Session
from desktop.ui.widgets.source_view import SourceView

# An emoji (two UTF-16 units, one code point) and combining accents before the passage
TEXT = "😀 Ce jour-là, l'e\u0301te\u0301 était chaud à Bagdad, dit le témoin.\nFin."

ViewFactory = Callable[..., SourceView]
MakeSource = Callable[..., SourceId]


@pytest.fixture
def make_view(qtbot: QtBot, session: Session) -> ViewFactory:
    def make(
        source_id: SourceId | None = None, *, width: int = 600, height: int = 300
    ) -> SourceView:
        view = SourceView(session)
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show_source(source_id)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def tag_id(store: Store, name: str) -> TagId:
    return store.tag_named(name).id


def span(text: str, word: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def qt_range(view: SourceView, word: str) -> tuple[int, int]:
    """Where Qt itself finds word, in UTF-16 positions (independent of OffsetMap)."""
    found = view.document().find(word, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull()
    return found.selectionStart(), found.selectionEnd()


def point_in(view: SourceView, utf16_pos: int) -> QPoint:
    """A viewport point on the character starting at a UTF-16 position."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16_pos)
    left = view.cursorRect(cursor)
    cursor.setPosition(utf16_pos + 1)
    right = view.cursorRect(cursor)
    assert left.top() == right.top(), "the character ends a line"
    return QPoint((left.center().x() + right.center().x()) // 2, left.center().y())


def connect_tagging(view: SourceView, session: Session) -> None:
    view.tag_requested.connect(
        lambda s, a, b, t, exact: session.tag_passage(SourceId(s), a, b, TagId(t), snap=not exact)
    )


# ---------------------------------------------------------------- selection and keys


def test_selection_uses_code_points_across_emoji_and_accents(
    make_view: ViewFactory, make_source: MakeSource
) -> None:
    view = make_view(make_source(TEXT))
    start, end = span(TEXT, "Bagdad")
    view.select_range(start, end)
    assert view.textCursor().selectedText() == "Bagdad"
    assert view.selection_range() == (start, end)
    # Qt counts the emoji as two units: the positions differ by exactly one
    assert qt_range(view, "Bagdad") == (start + 1, end + 1)


def test_tag_key_emits_the_selected_code_point_range(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    view = make_view(sid)
    start, end = span(TEXT, "Bagdad")
    date = tag_id(store, "Date")

    view.select_range(start, end)
    with qtbot.waitSignal(view.tag_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_D)
    assert blocker.args == [sid, start, end, date, False]

    view.select_range(start, end)
    with qtbot.waitSignal(view.tag_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert blocker.args == [sid, start, end, date, True]


def test_keys_that_tag_nothing(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource
) -> None:
    view = make_view(make_source(TEXT))
    start, end = span(TEXT, "Bagdad")
    view.select_range(start, end)
    with qtbot.assertNotEmitted(view.tag_requested, wait=50):
        qtbot.keyClick(view, Qt.Key.Key_X)  # no tag has X
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                view, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, "ï")
            )
    assert view.selection_range() == (start, end)

    view.select_range(start, start)  # no selection
    with qtbot.assertNotEmitted(view.tag_requested, wait=50):
        qtbot.keyClick(view, Qt.Key.Key_D)


def test_other_keys_still_move_and_select(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource
) -> None:
    view = make_view(make_source(TEXT))
    start, end = span(TEXT, "Bagdad")
    view.select_range(start, start)
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_range() == (start, end)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.selection_range() is None


def test_alt_tag_key_wins_over_a_window_shortcut(
    qtbot: QtBot, session: Session, make_source: MakeSource
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    view = SourceView(session, window)
    QVBoxLayout(window).addWidget(view)
    fired: list[bool] = []
    action = QAction("&Document", window)
    action.setShortcut("Alt+D")
    action.triggered.connect(lambda: fired.append(True))
    window.addAction(action)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view.show_source(make_source(TEXT))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert fired == [True]  # without a selection the window's shortcut gets the key

    view.select_range(*span(TEXT, "Bagdad"))
    with qtbot.waitSignal(view.tag_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert blocker.args[-1] is True
    assert fired == [True]


def test_user_tag_digit_shortcut(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, session: Session
) -> None:
    view = make_view(make_source(TEXT))
    source_tag = session.add_tag(name="Source", colour="#8844aa", shortcut="1")
    assert source_tag is not None
    view.select_range(*span(TEXT, "témoin"))
    with qtbot.waitSignal(view.tag_requested, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_1)
    assert blocker.args[3] == source_tag


# ------------------------------------------------------------- changes from the session


def test_tagging_through_the_session_updates_only_the_index(
    qtbot: QtBot,
    make_view: ViewFactory,
    make_source: MakeSource,
    session: Session,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = make_source(TEXT)
    view = make_view(sid)
    connect_tagging(view, session)
    reloads: list[str] = []
    monkeypatch.setattr(view, "setPlainText", lambda text: reloads.append(text))

    start, end = span(TEXT, "agda")  # a partial selection: the session snaps to the word
    view.select_range(start, end)
    qtbot.keyClick(view, Qt.Key.Key_P)

    [annotation] = store.annotations(source_id=sid)
    assert annotation.quote == "Bagdad"
    assert annotation.tag_id == tag_id(store, "Place")
    assert annotation.id in view.annotation_index

    session.undo_stack.undo()
    assert annotation.id not in view.annotation_index
    assert len(view.annotation_index) == 0

    session.undo_stack.redo()
    assert view.annotation_index.ids() == [annotation.id]
    assert reloads == []


def test_alt_key_keeps_the_exact_selection(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    sid = make_source(TEXT)
    view = make_view(sid)
    connect_tagging(view, session)
    view.select_range(*span(TEXT, "agda"))
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    [annotation] = store.annotations(source_id=sid)
    assert annotation.quote == "agda"


def test_edits_and_rejections_follow_the_store(
    make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    sid = make_source(TEXT)
    view = make_view(sid)
    aid = session.tag_passage(sid, *span(TEXT, "Bagdad"), tag_id(store, "Place"))
    assert aid is not None
    session.edit_annotation(aid, tag_id=tag_id(store, "Actor"))
    annotation = view.annotation_index.get(aid)
    assert annotation is not None and annotation.tag_id == tag_id(store, "Actor")

    session.edit_annotation(aid, status=AnnotationStatus.REJECTED)
    assert aid not in view.annotation_index
    session.undo_stack.undo()
    assert aid in view.annotation_index

    session.delete_annotations([aid])
    assert aid not in view.annotation_index


def test_changes_to_other_sources_are_ignored(
    make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    shown = make_source(TEXT, "Shown")
    other = make_source("Bagdad, encore Bagdad.", "Other")
    view = make_view(shown)
    session.tag_passage(other, 0, 6, tag_id(store, "Place"))
    assert len(view.annotation_index) == 0


def test_suggested_shown_rejected_hidden(
    make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    place = tag_id(store, "Place")
    for word, status in [
        ("Bagdad", AnnotationStatus.SUGGESTED),
        ("témoin", AnnotationStatus.REJECTED),
        ("chaud", AnnotationStatus.ACCEPTED),
    ]:
        store.add_annotation(
            source_id=sid,
            start=span(TEXT, word)[0],
            end=span(TEXT, word)[1],
            tag_id=place,
            status=status,
        )
    view = make_view(sid)
    quotes = {view.annotation_index.get(i).quote for i in view.annotation_index.ids()}  # type: ignore[union-attr]
    assert quotes == {"Bagdad", "chaud"}


def test_deleting_a_tag_removes_its_highlights(
    make_view: ViewFactory, make_source: MakeSource, session: Session
) -> None:
    sid = make_source(TEXT)
    view = make_view(sid)
    user_tag = session.add_tag(name="Témoin", colour="#aa3300", shortcut="2")
    assert user_tag is not None
    aid = session.tag_passage(sid, *span(TEXT, "témoin"), user_tag)
    assert aid in view.annotation_index
    session.delete_tag(user_tag)
    assert aid not in view.annotation_index
    session.undo_stack.undo()
    assert aid in view.annotation_index


def test_removing_the_shown_source_empties_the_view(
    make_view: ViewFactory, make_source: MakeSource, session: Session
) -> None:
    sid = make_source(TEXT)
    view = make_view(sid)
    session.record_import([sid])
    session.undo_stack.undo()  # un-import removes the source
    assert view.source_id is None
    assert not view.isEnabled()
    assert view.toPlainText() == ""


def test_no_source_is_an_empty_disabled_view(make_view: ViewFactory) -> None:
    view = make_view(None)
    assert view.source_id is None
    assert not view.isEnabled()
    assert view.selection_range() is None
    view.grab()  # paints the hint without error


# ------------------------------------------------------------------ pointer and paint


def test_tooltip_lists_tag_value_and_note_escaped(
    make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    start, end = span(TEXT, "Bagdad")
    store.add_annotation(
        source_id=sid,
        start=start,
        end=end,
        tag_id=tag_id(store, "Place"),
        value="Baghdad, Iraq",
        note="<b>à vérifier</b> & recouper",
        status=AnnotationStatus.SUGGESTED,
    )
    view = make_view(sid)
    text = view.tooltip_html_at(start + 2)
    assert "Place" in text
    assert "Baghdad, Iraq" in text
    assert "&lt;b&gt;à vérifier&lt;/b&gt; &amp; recouper" in text
    assert "<b>à vérifier</b>" not in text
    assert "Suggested" in text
    assert view.tooltip_html_at(span(TEXT, "témoin")[0]) == ""


def test_hovering_a_highlight_shows_its_tooltip(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    start, end = span(TEXT, "Bagdad")
    store.add_annotation(
        source_id=sid, start=start, end=end, tag_id=tag_id(store, "Place"), note="capitale"
    )
    view = make_view(sid)
    viewport = view.viewport()
    pos = point_in(view, qt_range(view, "Bagdad")[0] + 1)
    QApplication.sendEvent(
        viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos))
    )
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "capitale" in QToolTip.text()
    QToolTip.hideText()


def test_clicking_a_highlight_activates_the_innermost_annotation(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    claim = span(TEXT, "était chaud à Bagdad")
    store.add_annotation(source_id=sid, start=claim[0], end=claim[1], tag_id=tag_id(store, "Claim"))
    store.add_annotation(
        source_id=sid,
        start=span(TEXT, "Bagdad")[0],
        end=span(TEXT, "Bagdad")[1],
        tag_id=tag_id(store, "Place"),
    )
    claim_id, place_id = (a.id for a in store.annotations(source_id=sid))
    view = make_view(sid)

    with qtbot.waitSignal(view.annotation_activated, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=point_in(view, qt_range(view, "Bagdad")[0] + 2),
        )
    assert blocker.args == [place_id]

    with qtbot.waitSignal(view.annotation_activated, timeout=1000) as blocker:
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=point_in(view, qt_range(view, "chaud")[0] + 1),
        )
    assert blocker.args == [claim_id]

    with qtbot.assertNotEmitted(view.annotation_activated, wait=50):
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=point_in(view, qt_range(view, "témoin")[0] + 1),
        )


def test_emoji_does_not_shift_highlights(
    make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    start, end = span(TEXT, "Bagdad")
    store.add_annotation(source_id=sid, start=start, end=end, tag_id=tag_id(store, "Place"))
    view = make_view(sid)
    q_start, q_end = qt_range(view, "Bagdad")
    assert [a.quote for a in view.annotations_at(point_in(view, q_start))] == ["Bagdad"]
    assert [a.quote for a in view.annotations_at(point_in(view, q_end - 1))] == ["Bagdad"]
    assert view.annotations_at(point_in(view, q_start - 2)) == []  # "à"
    assert view.annotations_at(point_in(view, q_end)) == []  # ","


def test_nested_and_overlapping_annotations_get_their_own_layer(
    make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    text = "Selon lui, des missiles ont visé la base d'Aïn al-Assad en Irak hier soir."
    sid = make_source(text)
    claim, place, overlap = (
        span(text, "des missiles ont visé la base d'Aïn al-Assad"),
        span(text, "Aïn al-Assad"),
        span(text, "al-Assad en Irak"),
    )
    for (start, end), tag in [(claim, "Claim"), (place, "Place"), (overlap, "Actor")]:
        store.add_annotation(source_id=sid, start=start, end=end, tag_id=tag_id(store, tag))
    ids = {a.quote: a.id for a in store.annotations(source_id=sid)}
    view = make_view(sid)
    depths = [view.annotation_index.depth(ids[text[a:b]]) for a, b in (claim, place, overlap)]
    assert len(set(depths)) == 3
    assert highlight_pixel(view, "missiles") != highlight_pixel(view, "Selon")
    # the nested place mixes both colours: it differs from the claim alone
    assert highlight_pixel(view, "Aïn") != highlight_pixel(view, "missiles")


def highlight_pixel(view: SourceView, word: str) -> QColor:
    """The colour just inside the top of word's line box, above its letters."""
    start = qt_range(view, word)[0]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    return (
        view.grab()
        .toImage()
        .pixelColor(point_in(view, start).x(), view.cursorRect(cursor).top() + 1)
    )


def test_tag_colour_changes_repaint(
    make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    sid = make_source(TEXT)
    place = tag_id(store, "Place")
    store.add_annotation(
        source_id=sid, start=span(TEXT, "Bagdad")[0], end=span(TEXT, "Bagdad")[1], tag_id=place
    )
    view = make_view(sid)
    green = highlight_pixel(view, "Bagdad")
    assert green.green() > green.blue()
    session.edit_tag(place, colour="#3050ff")
    blue = highlight_pixel(view, "Bagdad")
    assert blue.blue() > blue.green()


def test_highlights_show_on_a_dark_page(
    make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    store.add_annotation(
        source_id=sid,
        start=span(TEXT, "Bagdad")[0],
        end=span(TEXT, "Bagdad")[1],
        tag_id=tag_id(store, "Place"),
    )
    view = make_view(sid)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e0e0e0"))
    view.setPalette(palette)
    highlight, page = highlight_pixel(view, "Bagdad"), highlight_pixel(view, "témoin")
    assert highlight.green() - page.green() > 30  # plainly visible, not a shade off black


def test_depths_are_kept_up_to_date_locally(
    make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    text = "Aïn al-Assad en Irak, Aïn al-Assad en Irak."
    sid = make_source(text)
    view = make_view(sid)
    outer = session.tag_passage(sid, 0, 20, tag_id(store, "Claim"))
    inner = session.tag_passage(sid, 0, 12, tag_id(store, "Place"), snap=False)
    far = session.tag_passage(sid, 22, 34, tag_id(store, "Place"), snap=False)
    assert outer and inner and far
    index = view.annotation_index
    assert (index.depth(outer), index.depth(inner), index.depth(far)) == (0, 1, 0)
    session.undo_stack.undo()
    session.undo_stack.undo()  # inner gone, outer alone
    assert index.depth(outer) == 0 and inner not in index


def test_context_menu_offers_tags_and_delete(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    sid = make_source(TEXT)
    start, end = span(TEXT, "Bagdad")
    store.add_annotation(source_id=sid, start=start, end=end, tag_id=tag_id(store, "Place"))
    [annotation] = store.annotations(source_id=sid)
    view = make_view(sid)
    pos = point_in(view, qt_range(view, "Bagdad")[0] + 1)

    menu = view.build_context_menu(pos)
    tag_menu = next(a.menu() for a in menu.actions() if a.text() == "Tag as")
    assert isinstance(tag_menu, QMenu)
    assert not tag_menu.menuAction().isEnabled()
    assert {a.text().split("\t")[0] for a in tag_menu.actions()} >= {
        "Date",
        "Place",
        "Actor",
        "Claim",
    }
    delete = next(a for a in menu.actions() if a.text().startswith("Delete annotation"))
    assert "Bagdad" in delete.text()
    with qtbot.waitSignal(view.delete_requested, timeout=1000) as blocker:
        delete.trigger()
    assert blocker.args == [[annotation.id]]
    menu.deleteLater()

    view.select_range(*span(TEXT, "témoin"))
    menu = view.build_context_menu(point_in(view, qt_range(view, "témoin")[0]))
    tag_menu = next(a.menu() for a in menu.actions() if a.text() == "Tag as")
    assert tag_menu.menuAction().isEnabled()
    actor = next(a for a in tag_menu.actions() if a.text().startswith("Actor"))
    with qtbot.waitSignal(view.tag_requested, timeout=1000) as blocker:
        actor.trigger()
    assert blocker.args == [sid, *span(TEXT, "témoin"), tag_id(store, "Actor"), False]
    menu.deleteLater()


# ----------------------------------------------------------------------------- reveal


def test_reveal_range_scrolls_to_the_end_and_selects(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource
) -> None:
    text = "".join(f"😀 Paragraphe {i} : rien à signaler.\n" for i in range(400))
    text += "Ici la phrase recherchée, à Bagdad.\n" + "Dernière ligne.\n" * 20
    sid = make_source(text)
    view = make_view(sid, height=200)
    bar = view.verticalScrollBar()
    before = bar.value()
    start, end = span(text, "phrase recherchée")
    view.reveal_range(start, end)
    assert bar.value() != before
    assert view.selection_range() == (start, end)
    assert view.textCursor().selectedText() == "phrase recherchée"
    viewport = view.viewport().rect()
    assert viewport.contains(view.cursorRect())
    assert abs(view.cursorRect().center().y() - viewport.center().y()) < viewport.height() / 4
    view.grab()  # paints the flash without error


def test_reveal_annotation_flashes_then_stops(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, store: Store
) -> None:
    text = "Ligne de remplissage.\n" * 300 + "À Bagdad, le ministre.\n"
    sid = make_source(text)
    start, end = span(text, "Bagdad")
    store.add_annotation(source_id=sid, start=start, end=end, tag_id=tag_id(store, "Place"))
    [annotation] = store.annotations(source_id=sid)
    view = make_view(sid, height=200)
    assert view.reveal(annotation.id)
    assert view.viewport().rect().contains(view.cursorRect())
    assert view.selection_range() is None
    assert view.annotations_at(point_in(view, qt_range(view, "Bagdad")[0]))
    qtbot.waitUntil(lambda: not view.is_flashing(), timeout=3000)
    assert not view.reveal(AnnotationId(annotation.id + 1000))

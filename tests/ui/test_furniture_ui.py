"""Page furniture in the reader: drawn dimmed, marked and unmarked by hand, undoable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QAction, QTextCursor
from pytestqt.qtbot import QtBot

from desktop.core.furniture_store import detect_and_store, furniture_ranges, furniture_rows
from desktop.core.models import ChangeKind, SourceId
from desktop.core.store import Store
from desktop.ui.session import Session
from desktop.ui.widgets.source_view import SourceView
from tests.conftest import MakeSource

# The emoji (two UTF-16 units) and the decomposed accents put Qt and code-point offsets apart.
TEXT = (
    "😀 Le re\u0301cit : les troupes ont quitte\u0301 Bagdad jeudi.\n"
    "\n"
    "Partager :\n"
    "\n"
    "Le retrait sera achevé le 31 décembre, selon Bagdad.\n"
    "\n"
    "Lire aussi: L'Italie prolonge jusqu'au 10 février la fermeture des discothèques\n"
)
MARK = "Mark line as page furniture"
UNMARK = "Not page furniture"

ViewFactory = Callable[..., SourceView]


@pytest.fixture
def make_view(qtbot: QtBot) -> ViewFactory:
    def make(session: Session, source_id: SourceId | None) -> SourceView:
        view = SourceView(session)
        qtbot.addWidget(view)
        view.resize(700, 320)
        view.show_source(source_id)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def line_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    end = text.index("\n", start)
    return start, end


def utf16(view: SourceView, cp: int) -> int:
    """The Qt position of code point cp (counted here, independently of OffsetMap)."""
    return cp + sum(1 for ch in view.toPlainText()[:cp] if ord(ch) > 0xFFFF)


def line_rect(view: SourceView, start: int) -> QRect:
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(view, start))
    r = view.cursorRect(cursor)
    return QRect(0, r.top(), view.viewport().width(), r.height())


def darkest(view: SourceView, start: int) -> int:
    """The lightness (0-255) of the darkest pixel on the line starting at code point start."""
    image = view.viewport().grab().toImage()
    rect = line_rect(view, start)
    return min(
        image.pixelColor(x, y).lightness()
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1, 1)
    )


def point_on(view: SourceView, cp: int) -> QPoint:
    return line_rect(view, cp).center() - QPoint(view.viewport().width() // 2 - 30, 0)


def action(menu: object, text: str) -> QAction | None:
    return next((a for a in menu.actions() if a.text() == text), None)  # type: ignore[attr-defined]


def test_furniture_lines_are_drawn_dimmed(
    make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    sid = make_source(TEXT)
    detect_and_store(store, sid)
    view = make_view(session, sid)
    share, prose = TEXT.index("Partager"), TEXT.index("Le retrait")
    assert view.furniture == [line_of(TEXT, "Partager"), line_of(TEXT, "Lire aussi")]
    text_ink, furniture_ink = darkest(view, prose), darkest(view, share)
    assert text_ink < 60  # black letters
    assert furniture_ink - text_ink > 60  # grey letters
    assert furniture_ink < 230  # still readable


def test_marking_a_line_through_the_session_dims_it_and_undo_redo_restore_it(
    qtbot: QtBot,
    make_view: ViewFactory,
    make_source: MakeSource,
    session: Session,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = make_source(TEXT)
    detect_and_store(store, sid)
    view = make_view(session, sid)
    line = line_of(TEXT, "Le retrait")
    rows = furniture_rows(store, sid)
    ink = darkest(view, line[0])
    repainted: list[tuple[int, int]] = []
    original = view._update_range
    monkeypatch.setattr(
        view, "_update_range", lambda a, b: (repainted.append((a, b)), original(a, b))
    )

    with qtbot.waitSignal(session.furniture_changed, timeout=1000) as blocker:
        assert session.set_furniture(sid, *line, True)
    assert blocker.args[0].kind is ChangeKind.FURNITURE_CHANGED
    assert session.undo_stack.undoText() == "Mark line as page furniture"
    assert line in view.furniture
    assert repainted == [line]  # only that line
    assert darkest(view, line[0]) - ink > 60

    session.undo_stack.undo()
    assert furniture_rows(store, sid) == rows
    assert line not in view.furniture
    assert darkest(view, line[0]) == ink

    session.undo_stack.redo()
    assert line in view.furniture and darkest(view, line[0]) - ink > 60
    session.undo_stack.undo()
    assert furniture_rows(store, sid) == rows


def test_set_furniture_skips_what_is_already_so_and_reports_bad_ranges(
    qtbot: QtBot, make_source: MakeSource, session: Session, store: Store
) -> None:
    sid = make_source(TEXT)
    detect_and_store(store, sid)
    assert session.set_furniture(sid, *line_of(TEXT, "Partager"), True)
    assert session.set_furniture(sid, *line_of(TEXT, "Le retrait"), False)
    assert session.undo_stack.count() == 0
    with qtbot.waitSignal(session.error_reported, timeout=1000):
        assert not session.set_furniture(sid, 3, len(TEXT) + 10, True)
    with qtbot.waitSignal(session.error_reported, timeout=1000):
        assert not session.set_furniture(SourceId(999), 0, 3, True)
    assert session.undo_stack.count() == 0


def test_unmarking_an_auto_line_survives_reopening_the_project(
    qtbot: QtBot, qapp: object, tmp_path: Path, make_view: ViewFactory
) -> None:
    path = tmp_path / "reopen.recoupe"
    store = Store.create(path)
    from desktop.core.importing import import_files

    seed = tmp_path / "page.txt"
    seed.write_text(TEXT, encoding="utf-8")
    (sid,) = import_files(store, [seed]).added
    session = Session(store)
    view = make_view(session, sid)
    share = line_of(TEXT, "Partager")
    assert share in view.furniture
    assert session.set_furniture(sid, *share, False)
    assert session.undo_stack.undoText() == "Unmark line as page furniture"
    assert share not in view.furniture
    ink = darkest(view, share[0])
    view.show_source(None)
    session.close()

    reopened = Store.open(path)
    try:
        assert share not in furniture_ranges(reopened, sid)
        assert line_of(TEXT, "Lire aussi") in furniture_ranges(reopened, sid)
        session = Session(reopened)
        view = make_view(session, sid)
        assert share not in view.furniture
        assert darkest(view, share[0]) == ink < 60
        view.show_source(None)
    finally:
        session.undo_stack.clear()
        reopened.close()


def test_the_context_menu_offers_the_right_entry(
    qtbot: QtBot, make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    sid = make_source(TEXT)
    detect_and_store(store, sid)
    view = make_view(session, sid)
    view.furniture_requested.connect(lambda s, a, b, f: session.set_furniture(SourceId(s), a, b, f))
    share, prose = line_of(TEXT, "Partager"), line_of(TEXT, "Le retrait")
    assert view.line_at(point_on(view, share[0])) == share

    menu = view.build_context_menu(point_on(view, share[0]))
    assert action(menu, MARK) is None
    unmark = action(menu, UNMARK)
    assert unmark is not None
    with qtbot.waitSignal(view.furniture_requested, timeout=1000) as blocker:
        unmark.trigger()
    assert blocker.args == [sid, *share, False]
    assert share not in view.furniture
    menu.deleteLater()

    menu = view.build_context_menu(point_on(view, prose[0]))
    assert action(menu, UNMARK) is None
    mark = action(menu, MARK)
    assert mark is not None
    with qtbot.waitSignal(view.furniture_requested, timeout=1000) as blocker:
        mark.trigger()
    assert blocker.args == [sid, *prose, True]
    assert prose in view.furniture
    menu.deleteLater()

    # the first line starts after an emoji: its offsets are code points
    first = (0, TEXT.index("\n"))
    assert view.line_at(point_on(view, 3)) == first
    menu = view.build_context_menu(point_on(view, 3))
    assert action(menu, MARK) is not None
    menu.deleteLater()


def test_another_sources_change_does_not_touch_the_view(
    make_view: ViewFactory, make_source: MakeSource, session: Session, store: Store
) -> None:
    shown = make_source(TEXT, "A")
    other = make_source(TEXT + "Fin.", "B")
    view = make_view(session, shown)
    assert view.furniture == []
    session.set_furniture(other, *line_of(TEXT, "Le retrait"), True)
    assert view.furniture == []


def test_undoing_and_redoing_an_import_keeps_the_furniture(
    session: Session, tmp_path: Path
) -> None:
    from desktop.core.furniture_store import furniture_ranges
    from desktop.core.importing import import_files

    f = tmp_path / "article.txt"
    f.write_text(
        "Le convoi a quitté la base jeudi.\n\nLire aussi : la suite\n\nPartager :\n",
        encoding="utf-8",
    )
    report = import_files(session.store, [f])
    session.record_import(report.added)
    sid = report.added[0]
    before = furniture_ranges(session.store, sid)
    assert before
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert furniture_ranges(session.store, sid) == before

"""The timeline view: clicks, zoom, pan, fit, keys, hover, highlight, changes, event commands."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core.event_store import EventStore
from desktop.core.models import AnnotationId, SourceId, TagId
from desktop.core.store import Store
from desktop.ui import event_commands
from desktop.ui.models.timeline_layout import LaneMode
from desktop.ui.session import Session
from desktop.ui.widgets.timeline_view import TimelineView
from tests.conftest import MakeSource

DATE = TagId(1)
ACTOR = TagId(3)

LE_MONDE = (
    "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat de la "
    "coalition. Le retrait avait été évoqué en juillet 2021 par Joe Biden. "
    "La coalition a été formée en 2014."
)
COURRIER = (
    "Le conseiller Qasim al-Alaji a écrit jeudi sur Twitter que les missions de combat "
    "étaient finies. Le départ est fixé au 31 décembre."
)


def tag(
    store: Store, sid: SourceId, quote: str, value: str | None, tag_id: TagId = DATE
) -> AnnotationId:
    text = store.source_text(sid)
    start = text.index(quote)
    change = store.add_annotation(
        source_id=sid, start=start, end=start + len(quote), tag_id=tag_id, value=value
    )
    return change.annotation_ids[0]


@pytest.fixture
def data(store: Store, make_source: MakeSource) -> dict[str, AnnotationId]:
    a = make_source(LE_MONDE, "Le Monde", published="2021-12-10")
    b = make_source(COURRIER, "Courrier", published="2021-12-11")
    return {
        "a_jeudi": tag(store, a, "jeudi", "2021-12-09"),
        "a_juillet": tag(store, a, "juillet 2021", "2021-07"),
        "a_2014": tag(store, a, "2014", "2014"),
        "b_jeudi": tag(store, b, "jeudi", "2021-12-09"),
        "b_31": tag(store, b, "31 décembre", "2021-12-31~"),
        "b_actor": tag(store, b, "Qasim al-Alaji", None, ACTOR),
    }


@pytest.fixture
def view(qtbot: QtBot, session: Session, data: dict[str, AnnotationId]) -> TimelineView:
    v = TimelineView(session)
    qtbot.addWidget(v)
    v.resize(1000, 320)
    v.show()
    qtbot.waitExposed(v)
    v.fit_all()
    v.merge_requested.connect(lambda t, o: event_commands.merge_events(session, t, o))
    v.split_requested.connect(lambda a: event_commands.split_from_event(session, a))
    v.rename_requested.connect(lambda m, t: event_commands.rename_event(session, m, t))
    return v


def centre(view: TimelineView, aid: AnnotationId) -> QPoint:
    rect = view.mark_rect(aid)
    assert rect is not None
    return rect.center().toPoint()


def in_plot(view: TimelineView, aid: AnnotationId) -> bool:
    rect = view.mark_rect(aid)
    return rect is not None and view.plot_rect().contains(rect.center())


def wheel(
    view: TimelineView, pos: QPointF, steps: int, modifiers=Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def mouse(view: TimelineView, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, pos, view.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, event)


# ------------------------------------------------------------------ reading


def test_every_valid_date_is_a_mark_and_the_rest_are_counted(
    view: TimelineView, data: dict[str, AnnotationId], session: Session
) -> None:
    dated = {k for k in data if k != "b_actor"}
    assert set(view.layout_model.items_of) == {data[k] for k in dated}
    assert view.undated_count() == 0 and view.undated_label.text() == ""
    session.edit_annotation(data["a_2014"], value="")
    assert view.undated_count() == 1
    assert "1" in view.undated_label.text()
    assert data["a_2014"] not in view.layout_model.items_of
    session.undo_stack.undo()
    assert view.undated_count() == 0 and data["a_2014"] in view.layout_model.items_of


def test_clicking_a_mark_activates_it(
    qtbot: QtBot, view: TimelineView, data: dict[str, AnnotationId]
) -> None:
    for key in ("a_juillet", "b_31"):
        with qtbot.waitSignal(view.annotation_activated) as blocker:
            qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=centre(view, data[key]))
        assert blocker.args == [data[key]]
        assert view.current_annotation() == data[key]


def test_hover_names_the_date_the_quote_and_the_source(
    view: TimelineView, data: dict[str, AnnotationId]
) -> None:
    text = view.tooltip_at(centre(view, data["a_juillet"]))
    assert "2021-07" in text and "juillet 2021" in text.lower()
    assert "Le Monde" in text and "<b>juillet 2021</b>" in text
    jeudi = view.tooltip_at(centre(view, data["a_jeudi"]))
    assert "Le Monde" in jeudi and "Courrier" in jeudi  # the two sources of the event
    assert "2021-12-09" in jeudi
    assert view.tooltip_at(QPointF(view.plot_rect().right() - 2, view.height() - 2)) == ""


def test_a_publication_date_has_a_marker_with_its_own_tooltip(
    view: TimelineView, data: dict[str, AnnotationId]
) -> None:
    rects = list(view.publication_rects())
    assert len(rects) == 2
    rect, pub = rects[0]
    text = view.tooltip_at(rect.center())
    assert pub.title in text and pub.date.text in {"2021-12-10", "2021-12-11"}


# ------------------------------------------------------------- zoom and pan


def test_wheel_zooms_around_the_pointer(view: TimelineView) -> None:
    plot = view.plot_rect()
    pos = QPointF(plot.left() + plot.width() * 0.3, plot.top() + 20)
    t0, t1 = view.visible_range()
    under = view.scale.t(pos.x() - plot.left())
    wheel(view, pos, 2)
    n0, n1 = view.visible_range()
    assert n1 - n0 < (t1 - t0) * 0.8
    assert view.scale.t(pos.x() - plot.left()) == pytest.approx(under, abs=1e-6)
    wheel(view, pos, -2)
    assert view.visible_range() == pytest.approx((t0, t1), rel=1e-9)


def test_dragging_pans_the_axis(view: TimelineView) -> None:
    plot = view.plot_rect()
    start = QPointF(plot.left() + 300, plot.bottom() - 10)
    t0, t1 = view.visible_range()
    ppd = view.scale.px_per_day
    mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for dx in (20, 100, 200):
        mouse(view, QEvent.Type.MouseMove, start - QPointF(dx, 0), Qt.MouseButton.LeftButton)
    mouse(view, QEvent.Type.MouseButtonRelease, start - QPointF(200, 0), Qt.MouseButton.NoButton)
    n0, n1 = view.visible_range()
    assert n0 - t0 == pytest.approx(200 / ppd)
    assert n1 - n0 == pytest.approx(t1 - t0)
    assert view.current_annotation() is None  # a drag is not a click


def test_fit_all_shows_every_mark(
    qtbot: QtBot, view: TimelineView, data: dict[str, AnnotationId]
) -> None:
    view.setFocus()
    for _ in range(12):
        view.zoom(2.0)
    assert not all(in_plot(view, a) for a in view.layout_model.items_of)
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert all(in_plot(view, a) for a in view.layout_model.items_of)
    view.zoom(8.0)
    view.fit_button.click()
    assert all(in_plot(view, a) for a in view.layout_model.items_of)


def test_ticks_follow_the_zoom_and_the_locale(view: TimelineView) -> None:
    from PySide6.QtCore import QLocale

    from desktop.ui.models.timeline_scale import TimeScale, ticks

    scale = TimeScale()
    french = QLocale(QLocale.Language.French, QLocale.Country.France)
    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    scale.fit(date(2021, 1, 1).toordinal(), date(2022, 1, 1).toordinal(), 1000)
    months = ticks(scale, 1000, french)
    assert months.unit == "month"
    assert "janv." in [t.label for t in months.minor]
    assert "Jan" in [t.label for t in ticks(scale, 1000, english).minor]
    scale.fit(date(2021, 12, 1).toordinal(), date(2021, 12, 15).toordinal(), 1000)
    days = ticks(scale, 1000, french)
    assert days.unit == "day" and "décembre 2021" in [t.label for t in days.major]
    scale.fit(date(1900, 1, 1).toordinal(), date(2020, 1, 1).toordinal(), 1000)
    decades = ticks(scale, 1000, french)
    assert decades.unit == "year" and decades.step >= 10
    labels = [int(t.label) for t in decades.minor]
    assert all(y % decades.step == 0 for y in labels) and "1950" in {t.label for t in decades.minor}


@pytest.mark.parametrize(
    ("value", "english", "french"),
    [
        ("2021-12-09", "Thursday, 9 December 2021", "jeudi 9 décembre 2021"),
        ("2021-12", "December 2021", "décembre 2021"),
        ("2021", "2021", "2021"),
        ("2020-22", "summer 2020", None),
        ("2021-01/2021-03", "January 2021 to March 2021", None),
        ("2021-12-01/2021-12-09", "1 December 2021 to 9 December 2021", None),
        ("2014/..", "from 2014 on", None),
        ("2021-12-09~", "about Thursday, 9 December 2021", None),
        ("2021?", "2021, uncertain", None),
    ],
)
def test_dates_read_as_a_person_would_say_them(
    qapp: object, value: str, english: str, french: str | None
) -> None:
    from PySide6.QtCore import QLocale

    from desktop.core import edtf
    from desktop.ui.models.timeline_scale import format_date

    parsed = edtf.parse(value)
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert format_date(parsed, en) == english
    if french is not None:
        fr = QLocale(QLocale.Language.French, QLocale.Country.France)
        assert format_date(parsed, fr) == french


# ---------------------------------------------------------------- keyboard


def test_arrow_keys_walk_the_marks_in_time_order_and_enter_activates(
    qtbot: QtBot, view: TimelineView, data: dict[str, AnnotationId]
) -> None:
    view.setFocus()
    order = [data[k] for k in ("a_2014", "a_juillet", "a_jeudi", "b_jeudi", "b_31")]
    seen = []
    for _ in order:
        qtbot.keyClick(view, Qt.Key.Key_Right)
        seen.append(view.current_annotation())
    assert seen == order
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current_annotation() == order[-1]  # stays on the last
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current_annotation() == order[-2]
    with qtbot.waitSignal(view.annotation_activated) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == [order[-2]]
    span = view.visible_range()[1] - view.visible_range()[0]
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.visible_range()[1] - view.visible_range()[0] < span
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.visible_range()[1] - view.visible_range()[0] == pytest.approx(span)


def test_highlight_selects_and_scrolls_into_view(
    view: TimelineView, data: dict[str, AnnotationId]
) -> None:
    # zoom into 2014: the December 2021 dates are far off to the right
    view.scale.fit(date(2014, 1, 1).toordinal(), date(2014, 3, 1).toordinal(), 800)
    view.update()
    assert not in_plot(view, data["b_31"])
    assert view.highlight_annotation(data["b_31"])
    assert in_plot(view, data["b_31"]) and view.current_annotation() == data["b_31"]
    assert not view.highlight_annotation(data["b_actor"])  # not a date
    assert view.current_annotation() is None


# ----------------------------------------------------------------- changes


def test_changes_update_only_the_marks_they_name(
    view: TimelineView, session: Session, store: Store, data: dict[str, AnnotationId]
) -> None:
    rebuilds = []
    original = view.layout_model.rebuild
    view.layout_model.rebuild = lambda *a: (rebuilds.append(1), original(*a))  # type: ignore[method-assign]
    sid = store.annotation(data["a_jeudi"]).source_id
    text = store.source_text(sid)
    start = text.index("annoncé")
    new = session.tag_passage(sid, start, start + 7, DATE, value="2021-12-08")
    assert new is not None and new in view.layout_model.items_of
    assert view.layout_model.items_of[new][0].x0 == date(2021, 12, 8).toordinal()
    session.edit_annotation(new, value="2021-12-09")
    assert view.layout_model.items_of[new][0].x0 == date(2021, 12, 9).toordinal()
    event = view.timeline.event_for(new)
    assert event is not None and new in event.members  # shares words with the other "jeudi"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert new not in view.layout_model.items_of
    assert rebuilds == []


def test_lanes_by_actor_and_by_tag(view: TimelineView, data: dict[str, AnnotationId]) -> None:
    assert [ln.key.label for ln in view.layout_model.lanes] == ["Le Monde", "Courrier"]
    view.set_lane_mode(LaneMode.ACTOR)
    labels = [ln.key.label for ln in view.layout_model.lanes]
    assert labels[0] == "Qasim al-Alaji" and labels[-1] == view.tr("No actor")
    actor_lane = view.layout_model.lanes[0]
    assert {i.annotation_id for i in actor_lane.items} == {data["b_jeudi"]}
    view.set_lane_mode(LaneMode.TAG)
    assert view.layout_model.lanes[0].key.label in ("Actor", "Acteur")
    view.set_lane_mode(LaneMode.SOURCE)
    assert len(view.layout_model.lanes) == 2


# ----------------------------------------------------------- event commands


def test_merge_from_the_context_menu_is_one_undoable_step(
    view: TimelineView, session: Session, store: Store, data: dict[str, AnnotationId]
) -> None:
    view.highlight_annotation(data["a_juillet"])
    menu = view.build_context_menu(centre(view, data["b_31"]))
    assert menu is not None
    actions = {a.text(): a for a in menu.actions() if a.text()}
    merge = actions[view.tr("Merge with Selected Event")]
    assert merge.isEnabled()
    merge.trigger()
    event = view.timeline.event_for(data["a_juillet"])
    assert event is not None and set(event.members) == {data["a_juillet"], data["b_31"]}
    assert event.conflict
    eid = event.event_id
    assert eid is not None
    assert "disagree" in view.tooltip_at(centre(view, data["b_31"])) or "désaccord" in (
        view.tooltip_at(centre(view, data["b_31"]))
    )
    assert session.undo_stack.undoText() == "Merge events"
    session.undo_stack.undo()
    assert view.timeline.event_for(data["b_31"]).members == (data["b_31"],)  # type: ignore[union-attr]
    assert EventStore(store).events() == {}
    session.undo_stack.redo()
    again = view.timeline.event_for(data["a_juillet"])
    assert again is not None and again.event_id == eid  # the same id comes back


def test_remove_from_event_and_rename(
    view: TimelineView, session: Session, store: Store, data: dict[str, AnnotationId]
) -> None:
    a, b = data["a_jeudi"], data["b_jeudi"]
    assert set(view.timeline.event_for(a).members) == {a, b}  # type: ignore[union-attr]
    view.ask_title = lambda *args: "Fin des missions"  # type: ignore[assignment]
    menu = view.build_context_menu(centre(view, a))
    assert menu is not None
    actions = {x.text(): x for x in menu.actions() if x.text()}
    assert not actions[view.tr("Merge with Selected Event")].isEnabled()
    actions[view.tr("Rename Event…")].trigger()
    event = view.timeline.event_for(a)
    assert event is not None and event.title == "Fin des missions"
    assert "Fin des missions" in view.tooltip_at(centre(view, b))

    menu = view.build_context_menu(centre(view, b))
    assert menu is not None
    actions = {x.text(): x for x in menu.actions() if x.text()}
    actions[view.tr("Remove from Event")].trigger()
    assert view.timeline.event_for(a).members == (a,)  # type: ignore[union-attr]
    assert view.timeline.event_for(b).members == (b,)  # type: ignore[union-attr]
    rows_after_split = EventStore(store).state(EventStore(store).events(), [a, b])

    session.undo_stack.undo()  # split
    assert set(view.timeline.event_for(a).members) == {a, b}  # type: ignore[union-attr]
    assert view.timeline.event_for(a).title == "Fin des missions"  # type: ignore[union-attr]
    session.undo_stack.undo()  # rename
    assert view.timeline.event_for(a).title is None  # type: ignore[union-attr]
    assert view.timeline.event_for(a).event_id is None  # type: ignore[union-attr]
    session.undo_stack.redo()
    session.undo_stack.redo()
    events = EventStore(store)
    assert events.state(events.events(), [a, b]) == rows_after_split


def test_a_failed_event_command_is_dropped_and_reported(
    qtbot: QtBot, session: Session, data: dict[str, AnnotationId]
) -> None:
    with qtbot.waitSignal(session.error_reported) as blocker:
        assert not event_commands.merge_events(session, [data["a_jeudi"]], [data["a_jeudi"]])
    assert "itself" in blocker.args[0]
    assert session.undo_stack.count() == 0


# ------------------------------------------------------------ in the window


def test_the_window_follows_the_timeline_and_back(
    qtbot: QtBot, tmp_path: object, store: Store, data: dict[str, AnnotationId]
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    path = store.path
    settings = QSettings(str(Path(str(tmp_path)) / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    w.remember_layout = False
    assert w.open_project(path)
    w.resize(1300, 900)
    w.show()
    qtbot.waitExposed(w)
    timeline = w.timeline_view
    assert timeline is not None and w.reader is not None and w.annotation_panel is not None
    assert w.timeline_dock.isVisible()
    timeline.fit_all()
    # a click on a mark of the other source opens it at the passage and selects the row
    target = data["b_31"]
    sid = store.annotation(target).source_id
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre(timeline, target))
    assert w.current_source() == sid
    assert w.annotation_panel.selected_ids() == [target]
    # choosing a row highlights its mark
    w.annotation_panel.annotation_activated.emit(int(data["b_jeudi"]))
    assert timeline.current_annotation() == data["b_jeudi"]
    # event operations from the timeline are undoable in the window's Edit menu
    timeline.highlight_annotation(data["a_juillet"])
    timeline.merge_requested.emit([data["a_juillet"]], [data["a_2014"]])
    assert w.session is not None
    assert w.session.undo_stack.undoText() == "Merge events"
    assert set(timeline.timeline.event_for(data["a_2014"]).members) == {  # type: ignore[union-attr]
        data["a_juillet"],
        data["a_2014"],
    }
    w.close()

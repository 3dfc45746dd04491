"""The map view: markers where the places are, click, wheel zoom, pan, keys, tooltip, refresh."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from desktop.core import geo
from desktop.core.geo import Place
from desktop.core.models import TagId
from desktop.core.store import Store
from desktop.ui.session import Session
from desktop.ui.widgets.map_view import WHEEL_STEP, MapView, marker_radius, place_tooltip
from tests.conftest import MakeSource

BAGHDAD = Place(1, "Baghdad", 33.315, 44.366, 12, ["Le Monde", "AFP"], (9, 3))
ERBIL = Place(2, "Erbil", 36.19, 44.01, 4, ["Le Monde"], (4,))
ASSAD = Place(3, "Aïn al-Assad", 33.8, 42.44, 7, ["AFP"], (7,))
WASHINGTON = Place(4, "Washington", 38.9, -77.04, 3, ["AFP"], (3,))
PARIS = Place(5, "Paris", 48.86, 2.35, 1, ["Le Monde"], (1,))
PLACES = [BAGHDAD, ERBIL, ASSAD, WASHINGTON, PARIS]


@pytest.fixture
def view(qtbot: QtBot) -> MapView:
    v = MapView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.set_places(PLACES)
    v.show()
    qtbot.waitExposed(v)
    return v


def at(view: MapView, place: Place) -> QPointF:
    x, y = view.viewport.place_to_screen(place.lon, place.lat)
    return QPointF(x, y)


def wheel(view: MapView, pos: QPointF, steps: int) -> None:
    event = QWheelEvent(
        pos,
        view.mapToGlobal(pos),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def mouse(view: MapView, kind: QEvent.Type, pos: QPointF, buttons: Qt.MouseButton) -> None:
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(
        kind, pos, view.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(view, event)


def is_marker_colour(colour: QColor) -> bool:
    """The Place tag's green, blended with the map: green well above red and blue."""
    return colour.green() > colour.red() + 40 and colour.green() > colour.blue() + 40


# ------------------------------------------------------------------ drawing


def test_markers_are_painted_where_the_places_project(view: MapView) -> None:
    image = view.grab().toImage()
    for place in PLACES:
        pos = at(view, place)
        assert view.rect().contains(pos.toPoint()), place.name
        assert is_marker_colour(image.pixelColor(pos.toPoint())), place.name
    # and not elsewhere: the middle of the Atlantic, the Sahara
    for lon, lat in ((-40.0, 30.0), (10.0, 24.0)):
        x, y = view.viewport.place_to_screen(lon, lat)
        assert not is_marker_colour(image.pixelColor(QPoint(round(x), round(y))))


def test_marker_size_grows_with_mentions(view: MapView) -> None:
    rects = {p.entity_id: view.marker_rect(p.entity_id) for p in PLACES}
    assert rects[1].width() > rects[3].width() > rects[2].width() > rects[5].width()  # type: ignore[union-attr]
    assert marker_radius(0) < marker_radius(1) and marker_radius(10_000) == 22.0


def test_the_view_fits_the_places_with_a_margin(view: MapView) -> None:
    inner = view.rect().adjusted(40, 40, -40, -40)
    assert all(inner.contains(at(view, p).toPoint()) for p in PLACES)
    view.set_places([BAGHDAD, ERBIL, ASSAD])  # not moved by the user: fits the new places
    near = [at(view, p) for p in (BAGHDAD, ERBIL, ASSAD)]
    ys = [p.y() for p in near]
    assert max(ys) - min(ys) > 100  # closer than with Paris and Washington
    assert (max(ys) + min(ys)) / 2 == pytest.approx(250, abs=1)


def test_no_places_shows_the_world(qtbot: QtBot) -> None:
    v = MapView()
    qtbot.addWidget(v)
    v.resize(900, 500)
    v.set_places([])
    west, _ = v.viewport.to_screen(-math.pi, 0)
    east, _ = v.viewport.to_screen(math.pi, 0)
    assert 0 <= west < 100 and 800 < east <= 900
    assert v.markers() == []
    v.grab()  # paints the hint without error


def test_labels_do_not_overlap(view: MapView) -> None:
    labels = [rect for rect, _ in view.labels()]
    assert len(labels) >= 4  # the Iraqi three are close: one may give way at this scale
    for i, a in enumerate(labels):
        assert view.rect().contains(a.toRect())
        for b in labels[i + 1 :]:
            assert not a.intersects(b)


# ------------------------------------------------------------------ mouse and keys


def test_click_on_a_marker_emits_its_entity(qtbot: QtBot, view: MapView) -> None:
    with qtbot.waitSignal(view.entity_activated) as signal:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, PARIS).toPoint())
    assert signal.args == [PARIS.entity_id]


def test_click_on_the_sea_emits_nothing(qtbot: QtBot, view: MapView) -> None:
    x, y = view.viewport.place_to_screen(-40.0, 30.0)
    with qtbot.assertNotEmitted(view.entity_activated):
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(round(x), round(y)))


def test_wheel_zooms_around_the_pointer(view: MapView) -> None:
    pos = at(view, PARIS) + QPointF(30, 10)
    under = view.viewport.screen_to_place(pos.x(), pos.y())
    scale = view.viewport.scale
    wheel(view, pos, 2)
    assert view.viewport.scale == pytest.approx(scale * WHEEL_STEP**2)
    assert view.viewport.screen_to_place(pos.x(), pos.y()) == pytest.approx(under)
    # the markers moved with the map: Paris stays 30 px × zoom from the pointer
    assert (pos - at(view, PARIS)).x() == pytest.approx(30 * WHEEL_STEP**2)
    wheel(view, pos, -2)
    assert view.viewport.scale == pytest.approx(scale)


def test_dragging_pans_and_is_not_a_click(qtbot: QtBot, view: MapView) -> None:
    start = at(view, PARIS)
    before = view.viewport.screen_to_place(start.x(), start.y())
    left = Qt.MouseButton.LeftButton
    with qtbot.assertNotEmitted(view.entity_activated):
        mouse(view, QEvent.Type.MouseButtonPress, start, left)
        for dx in (10, 60, 120):
            mouse(view, QEvent.Type.MouseMove, start + QPointF(dx, dx / 2), left)
        end = start + QPointF(120, 60)
        mouse(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)
    assert at(view, PARIS).x() == pytest.approx(start.x() + 120)
    assert at(view, PARIS).y() == pytest.approx(start.y() + 60)
    after = view.viewport.screen_to_place(start.x() + 120, start.y() + 60)
    assert after == pytest.approx(before)


def test_the_view_stays_where_the_user_put_it(view: MapView) -> None:
    wheel(view, at(view, PARIS), 3)
    scale = view.viewport.scale
    view.set_places(PLACES[:2])  # a refresh does not re-fit a view the user moved
    assert view.viewport.scale == scale
    view.fit()
    assert view.viewport.scale != scale


def test_keys_go_from_place_to_place_and_enter_activates(qtbot: QtBot, view: MapView) -> None:
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)  # westernmost first
    with qtbot.waitSignal(view.entity_activated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert signal.args == [WASHINGTON.entity_id]
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)  # wraps round to the easternmost
    with qtbot.waitSignal(view.entity_activated) as signal:
        qtbot.keyClick(view, Qt.Key.Key_Enter)
    assert signal.args == [BAGHDAD.entity_id]
    scale = view.viewport.scale
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.viewport.scale > scale
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.viewport.scale == pytest.approx(scale)


def test_highlight_brings_a_place_into_view(view: MapView) -> None:
    view.zoom(20.0, at(view, PARIS))
    assert not view.rect().contains(at(view, BAGHDAD).toPoint())
    assert view.highlight_entity(BAGHDAD.entity_id)
    assert view.rect().contains(at(view, BAGHDAD).toPoint())
    assert not view.highlight_entity(999)


# ------------------------------------------------------------------ tooltip


def test_tooltip_names_the_place_and_its_mentions_per_source(view: MapView) -> None:
    text = view.tooltip_at(at(view, BAGHDAD).toPoint())
    assert "<b>Baghdad</b>" in text
    assert "33.31° N, 44.37° E" in text
    assert "Accepted mentions: 12" in text
    assert text.index("Le Monde (9)") < text.index("AFP (3)")
    assert view.tooltip_at(QPoint(2, 2)) == ""
    west = place_tooltip(Place(9, "Lima <Perú>", -12.05, -77.04, 0, []))
    assert "12.05° S, 77.04° W" in west and "Lima &lt;Perú&gt;" in west
    assert "No accepted mention" in west


def test_resting_on_a_marker_shows_the_tooltip(qtbot: QtBot, view: MapView) -> None:
    pos = at(view, PARIS).toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.mapToGlobal(pos))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "<b>Paris</b>" in QToolTip.text() and "Le Monde (1)" in QToolTip.text()
    QToolTip.hideText()


def test_tooltip_lists_at_most_ten_sources() -> None:
    titles = [f"Source {i}" for i in range(14)]
    text = place_tooltip(Place(1, "Mosul", 36.34, 43.13, 14, titles, (1,) * 14))
    assert "Source 9 (1)" in text and "Source 10" not in text
    assert "and 4 more source(s)" in text


# ------------------------------------------------------------------ session


def test_the_map_follows_the_session(
    qtbot: QtBot,
    session: Session,
    store: Store,
    make_source: MakeSource,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sid = make_source("Le convoi a quitté Bagdad jeudi.", "Convoi")
    entity = store.db.execute(
        "INSERT INTO entities(name, type, lat, lon, created, modified) "
        "VALUES ('Baghdad', 'place', 33.31, 44.37, 'now', 'now')"
    ).lastrowid
    change = store.add_annotation(source_id=sid, start=20, end=26, tag_id=TagId(2))
    aid = change.annotation_ids[0]
    store.db.execute("UPDATE annotations SET status = 'suggested' WHERE id = ?", [aid])
    store.db.execute(
        "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)", [aid, entity]
    )
    v = MapView(session)
    qtbot.addWidget(v)
    v.resize(600, 400)
    assert [(p.name, p.mentions) for p in v.places()] == [("Baghdad", 0)]
    reads = []
    real = geo.places_from_store
    monkeypatch.setattr(geo, "places_from_store", lambda s: reads.append(1) or real(s))

    store.db.execute("UPDATE annotations SET status = 'accepted' WHERE id = ?", [aid])
    for _ in range(5):  # a burst of changes (a macro) is read once
        session.annotations_changed.emit(change)
    qtbot.waitUntil(lambda: v.places()[0].mentions == 1)
    assert v.places()[0].sources == ["Convoi"] and len(reads) == 1

    store.db.execute("UPDATE sources SET title = 'Le convoi' WHERE id = ?", [sid])
    session.sources_changed.emit(change)
    qtbot.waitUntil(lambda: v.places()[0].sources == ["Le convoi"])

    entities_changed = getattr(session, "entities_changed", None)
    if entities_changed is not None:  # added with the entity pane
        store.db.execute("UPDATE entities SET lat = NULL WHERE id = ?", [entity])
        entities_changed.emit(change)
        qtbot.waitUntil(lambda: v.places() == [])


def test_the_outlines_are_painted(view: MapView) -> None:
    """Land and sea differ: the Sahara is drawn as land, the Atlantic as sea."""
    image = view.grab().toImage()
    sahara = view.viewport.place_to_screen(10.0, 24.0)
    atlantic = view.viewport.place_to_screen(-40.0, 30.0)
    land = image.pixelColor(QPoint(*(round(c) for c in sahara)))
    sea = image.pixelColor(QPoint(*(round(c) for c in atlantic)))
    assert land != sea
    assert sea.blue() > sea.red()  # the sea is bluish in the light scheme
    assert geo.load_outlines() is view.outlines  # one copy of the outlines per process


def test_a_refresh_queued_before_the_project_closed_does_nothing(
    qtbot: QtBot, session: Session, store: Store
) -> None:
    v = MapView(session)
    qtbot.addWidget(v)
    session.annotations_changed.emit(None)  # queues a re-read
    store.close()
    qtbot.wait(10)  # the re-read runs on a closed store: no error, the map stays as it was
    assert v.places() == []

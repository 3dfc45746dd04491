"""The map's core: projection, fitting, the antimeridian, the shipped outlines, the places."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import geo
from desktop.core.geo import Place, Viewport
from desktop.core.models import SourceId, TagId
from desktop.core.store import Store
from desktop.paths import resource_path
from tests.conftest import MakeSource

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import make_outlines

PLACE_TAG = TagId(2)
PARIS = (2.35, 48.86)
BAGHDAD = (44.37, 33.31)
WASHINGTON = (-77.04, 38.9)

# ------------------------------------------------------------------ projection


@given(
    st.floats(min_value=-180, max_value=180, allow_nan=False),
    st.floats(min_value=-89.9, max_value=89.9, allow_nan=False),
)
def test_projection_round_trips(lon: float, lat: float) -> None:
    assert geo.unproject(*geo.project(lon, lat)) == pytest.approx((lon, lat), abs=1e-9)


def test_projection_keeps_north_up_and_poles_finite() -> None:
    assert geo.project(0, 0) == (0.0, 0.0)
    assert geo.project(0, 40)[1] > geo.project(0, 20)[1] > 0
    assert geo.project(0, -30)[1] == pytest.approx(-geo.project(0, 30)[1])
    top = geo.project(0, 90)[1]
    assert math.isfinite(top) and top == pytest.approx(2.3034, abs=1e-4)  # Miller's pole
    assert geo.project(0, 95) == geo.project(0, 90)  # latitudes are clamped


def test_the_antimeridian_is_one_meridian() -> None:
    x_east, y_east = geo.project(180, 10)
    x_west, y_west = geo.project(-180, 10)
    assert x_east - x_west == pytest.approx(geo.WORLD_WIDTH)
    assert y_east == y_west
    assert geo.wrap_lon(180) == -180 and geo.wrap_lon(-181) == 179 and geo.wrap_lon(540) == -180


@pytest.mark.parametrize(
    ("lons", "span"),
    [
        ([10, 20], (10, 20)),
        ([20, 10, 15], (10, 20)),
        ([5], (5, 5)),
        ([179, -179], (179, 181)),  # across the antimeridian, not around the world
        ([178.4, -171.8, 170], (170, 188.2)),
        ([-170, 10, 20], (10, 190)),
        ([-120, 0, 120], (-120, 120)),  # a tie: the arc that does not cross 180 wins
    ],
)
def test_lon_span_is_the_shortest_arc(lons: list[float], span: tuple[float, float]) -> None:
    assert geo.lon_span(lons) == pytest.approx(span)


def test_bounds_of_places() -> None:
    assert geo.bounds_of([]) is None
    assert geo.bounds_of([PARIS, BAGHDAD, WASHINGTON]) == (-77.04, 33.31, 44.37, 48.86)
    west, south, east, north = geo.bounds_of([(178.4, -18.1), (-171.8, -13.8)]) or ()
    assert (west, east) == pytest.approx((178.4, 188.2)) and (south, north) == (-18.1, -13.8)


# ------------------------------------------------------------------ viewport


def corners_on_screen(vp: Viewport, bounds: geo.Bounds) -> list[tuple[float, float]]:
    west, south, east, north = bounds
    return [vp.to_screen(*geo.project(lon, lat)) for lon in (west, east) for lat in (south, north)]


def test_fit_shows_the_bounds_with_the_margin() -> None:
    vp = Viewport(800, 400)
    bounds = (-77.04, 33.31, 44.37, 48.86)
    vp.fit(bounds, margin=40)
    xs, ys = zip(*corners_on_screen(vp, bounds), strict=True)
    assert min(xs) >= 40 - 1e-6 and max(xs) <= 760 + 1e-6
    assert min(ys) >= 40 - 1e-6 and max(ys) <= 360 + 1e-6
    # the limiting side touches its margins: the view is as close as it can be
    assert min(xs) == pytest.approx(40) or min(ys) == pytest.approx(40)
    assert (min(xs) + max(xs)) / 2 == pytest.approx(400)


def test_fit_without_places_shows_the_world() -> None:
    vp = Viewport(1000, 500)
    vp.fit(None, margin=20)
    for x, y in corners_on_screen(vp, geo.WORLD):
        assert -1e-6 <= x <= 1000 + 1e-6 and -1e-6 <= y <= 500 + 1e-6
    assert vp.screen_to_place(500, 250)[0] == pytest.approx(0)


def test_fitting_one_place_keeps_some_country_around_it() -> None:
    vp = Viewport(800, 400)
    vp.fit(geo.bounds_of([PARIS]), margin=0)
    west, _ = vp.screen_to_place(0, 200)
    east, _ = vp.screen_to_place(800, 200)
    assert east - west >= geo.MIN_SPAN - 1e-9
    assert vp.place_to_screen(*PARIS) == pytest.approx((400, 200))


def test_fit_across_the_antimeridian_centres_on_it() -> None:
    vp = Viewport(800, 400)
    vp.fit(geo.bounds_of([(179.0, -17.0), (-179.0, -15.0)]), margin=40)
    assert abs(geo.wrap_lon(vp.screen_to_place(400, 200)[0])) == pytest.approx(180)
    (x_suva, _), (x_apia, _) = vp.place_to_screen(179, -17), vp.place_to_screen(-179, -15)
    assert x_suva < 400 < x_apia  # east of 180 is drawn to the right, in the next copy
    assert x_apia - x_suva < 800


def test_zoom_keeps_the_point_under_the_pointer() -> None:
    vp = Viewport(800, 400)
    vp.fit(None)
    before = vp.screen_to_place(600, 120)
    scale = vp.scale
    vp.zoom_at(600, 120, 2.0)
    assert vp.scale == pytest.approx(2 * scale)
    assert vp.screen_to_place(600, 120) == pytest.approx(before)
    vp.zoom_at(600, 120, 0.5)
    assert vp.scale == pytest.approx(scale)


def test_zoom_stays_within_limits() -> None:
    vp = Viewport(800, 400)
    vp.zoom_at(400, 200, 1e-9)
    assert vp.scale == pytest.approx(vp.min_scale())
    vp.zoom_at(400, 200, 1e12)
    assert vp.scale == pytest.approx(vp.max_scale())


def test_panning_wraps_around_the_world() -> None:
    vp = Viewport(800, 400)
    vp.fit(geo.bounds_of([(170.0, 0.0)]))
    vp.pan(-vp.scale * math.radians(20), 0)  # drag left: the view moves 20° east
    assert -math.pi <= vp.cx < math.pi
    assert vp.screen_to_place(400, 200)[0] == pytest.approx(-170)
    x, _ = vp.place_to_screen(170, 0)
    assert x == pytest.approx(400 - vp.scale * math.radians(20))


def test_copies_are_the_worlds_in_view() -> None:
    vp = Viewport(800, 400)
    vp.fit(geo.bounds_of([PARIS]))
    assert vp.copies(-math.pi, math.pi) == [0.0]
    vp.fit(geo.bounds_of([(179.0, 0.0)]))
    assert vp.copies(-math.pi, math.pi) == [0.0, geo.WORLD_WIDTH]  # both sides of 180
    vp.zoom_at(400, 200, 1e-9)  # zoomed out: the world takes half the width
    assert len(vp.copies(-math.pi, math.pi)) == 3


# ------------------------------------------------------------------ outlines


def test_the_shipped_outlines_load() -> None:
    outlines = geo.load_outlines()
    assert len(outlines.countries) > 150
    assert "Natural Earth" in outlines.source
    france, iraq = outlines.country("France"), outlines.country("Iraq")
    assert france is not None and iraq is not None and iraq.iso == "IRQ"
    assert france.contains(*PARIS) and not france.contains(*BAGHDAD)
    assert iraq.contains(*BAGHDAD) and iraq.contains(42.44, 33.8)  # Aïn al-Assad
    assert outlines.country_at(*WASHINGTON).name == "United States of America"  # type: ignore[union-attr]
    assert outlines.country_at(0.0, 0.0) is None  # the Gulf of Guinea
    assert outlines.country_at(-18.0, 65.0).name == "Iceland"  # type: ignore[union-attr]


def test_the_outlines_file_stays_small() -> None:
    size = resource_path(*geo.OUTLINES).stat().st_size
    assert 20_000 < size < 300_000
    assert (resource_path("geo", "README.md")).exists()


def test_the_generator_encoding_is_what_the_loader_reads() -> None:
    points = [(2.0, 48.0), (2.004, 48.0), (3.1234, 48.5), (3.1, 49.25), (2.0, 48.0)]
    ring = make_outlines.quantize(points)
    assert ring == [(200, 4800), (312, 4850), (310, 4925)]  # repeats and the close dropped
    flat = make_outlines.encode(ring)
    assert flat == [200, 4800, 112, 50, -2, 75]
    decoded = geo.decode_ring(flat, 1 / make_outlines.STEPS_PER_DEGREE)
    flat_decoded = [c for point in decoded for c in point]
    assert flat_decoded == pytest.approx([2.0, 48.0, 3.12, 48.5, 3.1, 49.25])


def test_border_lines_leave_out_the_seams_of_the_data() -> None:
    outlines = geo.load_outlines()
    for name in ("Russia", "Fiji", "Antarctica"):
        country = outlines.country(name)
        assert country is not None
        for ring in country.rings:
            for line in geo.border_lines(ring):
                for a, b in zip(line, line[1:], strict=False):
                    assert not (abs(a[0]) > 179.99 and abs(b[0]) > 179.99), name
                    assert not (a[1] < -89.99 and b[1] < -89.99), name
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    assert list(geo.border_lines(square)) == [square + [square[0]]]


# ------------------------------------------------------------------ places


def add_entity(
    store: Store, name: str, kind: str = "place", lat: float | None = None, lon: float | None = None
) -> int:
    return int(
        store.db.execute(
            "INSERT INTO entities(name, type, lat, lon, created, modified) "
            "VALUES (?, ?, ?, ?, '2024-01-01', '2024-01-01')",
            [name, kind, lat, lon],
        ).lastrowid
    )


def mention(store: Store, source_id: SourceId, quote: str, entity_id: int, n: int = 0) -> int:
    text = store.source_text(source_id)
    start = text.index(quote, n)
    change = store.add_annotation(
        source_id=source_id, start=start, end=start + len(quote), tag_id=PLACE_TAG
    )
    annotation_id = change.annotation_ids[0]
    store.db.execute(
        "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)",
        [annotation_id, entity_id],
    )
    return int(annotation_id)


def test_places_from_store_counts_accepted_mentions_per_source(
    store: Store, make_source: MakeSource
) -> None:
    monde = make_source("Bagdad, puis Bagdad encore, et Erbil. Paris.", "Le Monde")
    afp = make_source("À Bagdad, Washington répond.", "AFP")
    baghdad = add_entity(store, "Baghdad", lat=33.31, lon=44.37)
    erbil = add_entity(store, "Erbil", lat=36.19, lon=44.01)
    washington = add_entity(store, "Washington", lat=38.9, lon=-77.04)
    add_entity(store, "Paris")  # no coordinates: not on the map
    add_entity(store, "Biden", kind="person", lat=38.9, lon=-77.04)  # not a place
    mention(store, monde, "Bagdad", baghdad)
    mention(store, monde, "Bagdad", baghdad, 5)
    mention(store, afp, "Bagdad", baghdad)
    rejected = mention(store, monde, "Erbil", erbil)
    store.db.execute("UPDATE annotations SET status = 'rejected' WHERE id = ?", [rejected])
    mention(store, afp, "Washington", washington)

    places = {p.name: p for p in geo.places_from_store(store)}
    assert set(places) == {"Baghdad", "Erbil", "Washington"}
    assert places["Baghdad"] == Place(
        baghdad, "Baghdad", 33.31, 44.37, 3, ["Le Monde", "AFP"], (2, 1)
    )
    assert places["Erbil"].mentions == 0 and places["Erbil"].sources == []
    assert places["Washington"][4:6] == (1, ["AFP"])
    entity_id, name, lat, lon, mentions, sources, *_ = places["Washington"]
    assert (entity_id, lat, lon) == (washington, 38.9, -77.04)


def test_places_from_store_on_an_empty_project(store: Store) -> None:
    assert geo.places_from_store(store) == []

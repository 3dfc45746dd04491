"""Places on a world map: the shipped country outlines, the projection, a project's places.

Qt-free. The outlines are Natural Earth's 1:110m countries, made once by
``scripts/make_outlines.py`` into ``resources/geo/countries-110m.json`` (see the README there).

The projection is Miller's cylindrical: meridians are straight and evenly spaced (the
antimeridian is a vertical line, so the map wraps around), shapes at the latitudes of most
news look as on a web map, and the poles stay at a finite height. Projected units: x is the
longitude in radians, y grows northwards; a ``Viewport`` maps them to pixels.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import groupby
from pathlib import Path
from typing import Final, NamedTuple

from desktop.core.models import AnnotationStatus
from desktop.core.store import Store
from desktop.paths import resource_path

Point = tuple[float, float]
"""(longitude, latitude) in degrees."""
Bounds = tuple[float, float, float, float]
"""(west, south, east, north) in degrees; east may pass 180 when the box crosses it."""

OUTLINES: Final = ("geo", "countries-110m.json")
OUTLINES_FORMAT: Final = "recoupe-outlines"
WORLD: Final[Bounds] = (-180.0, -58.0, 180.0, 84.0)
"""What "the whole world" shows: every country but most of Antarctica."""
WORLD_WIDTH: Final = 2 * math.pi
"""Projected width of 360° of longitude: the map repeats every WORLD_WIDTH."""
MIN_SPAN: Final = 10.0
"""Fitting shows at least this many degrees: enough country shapes around to know where."""
MAX_PIXELS_PER_DEGREE: Final = 3000.0
MAX_LAT: Final = 90.0


# ------------------------------------------------------------------ projection


def project(lon: float, lat: float) -> tuple[float, float]:
    """Miller cylindrical projection: degrees to projected units (y northwards)."""
    phi = math.radians(max(-MAX_LAT, min(MAX_LAT, lat)))
    return math.radians(lon), 1.25 * math.asinh(math.tan(0.8 * phi))


def unproject(x: float, y: float) -> Point:
    """The inverse of ``project``; the longitude is not wrapped."""
    return math.degrees(x), math.degrees(math.atan(math.sinh(y / 1.25)) / 0.8)


def wrap_lon(lon: float) -> float:
    """The same meridian in [-180, 180) (unchanged when already there: no rounding)."""
    return lon if -180.0 <= lon < 180.0 else (lon + 180.0) % 360.0 - 180.0


def lon_span(lons: Iterable[float]) -> tuple[float, float]:
    """The shortest arc of longitude holding every one: (west, east), east >= west.

    Places on both sides of the antimeridian (Fiji and Samoa) give an arc across it, with
    east past 180, rather than one around the rest of the world.
    """
    ordered = sorted({wrap_lon(lon) for lon in lons})
    if not ordered:
        raise ValueError("no longitude")
    # the arc is what is left once the largest gap between neighbours is taken out
    gap, west, east = ordered[0] + 360.0 - ordered[-1], ordered[0], ordered[-1]
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b - a > gap:
            gap, west, east = b - a, b, a + 360.0
    return west, east


def bounds_of(points: Iterable[Point]) -> Bounds | None:
    """The smallest box holding every (lon, lat), across the antimeridian when shorter."""
    points = list(points)
    if not points:
        return None
    west, east = lon_span(lon for lon, _ in points)
    lats = [lat for _, lat in points]
    return west, min(lats), east, max(lats)


# ------------------------------------------------------------------ viewport


@dataclass
class Viewport:
    """Which part of the map a widget of ``width`` × ``height`` pixels shows.

    ``cx``, ``cy`` are the projected point at the centre of the widget, ``scale`` the pixels
    per projected unit. Screen y grows downwards. ``cx`` stays in [-π, π): panning past the
    antimeridian carries on into the next copy of the world.
    """

    width: float = 800.0
    height: float = 400.0
    cx: float = 0.0
    cy: float = 0.0
    scale: float = 100.0

    # -- conversions

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        """Pixels of a projected point, in the copy of the world at the given x."""
        return (
            self.width / 2 + (x - self.cx) * self.scale,
            self.height / 2 - (y - self.cy) * self.scale,
        )

    def from_screen(self, px: float, py: float) -> tuple[float, float]:
        """Projected point under a pixel (x not wrapped)."""
        return (
            self.cx + (px - self.width / 2) / self.scale,
            self.cy - (py - self.height / 2) / self.scale,
        )

    def nearest_copy(self, x: float) -> float:
        """x moved by whole worlds to the copy nearest the centre of the view."""
        return x + WORLD_WIDTH * round((self.cx - x) / WORLD_WIDTH)

    def place_to_screen(self, lon: float, lat: float) -> tuple[float, float]:
        """Pixels of a place, in the copy of the world nearest the centre of the view."""
        x, y = project(lon, lat)
        return self.to_screen(self.nearest_copy(x), y)

    def screen_to_place(self, px: float, py: float) -> Point:
        """(lon, lat) under a pixel, the longitude in [-180, 180)."""
        lon, lat = unproject(*self.from_screen(px, py))
        return wrap_lon(lon), max(-MAX_LAT, min(MAX_LAT, lat))

    def visible(self) -> tuple[float, float, float, float]:
        """The projected rectangle shown: (x0, y0, x1, y1), y0 south."""
        x0, y1 = self.from_screen(0, 0)
        x1, y0 = self.from_screen(self.width, self.height)
        return x0, y0, x1, y1

    def copies(self, x0: float, x1: float) -> list[float]:
        """Offsets (multiples of WORLD_WIDTH) at which [x0, x1] shows in the view."""
        v0, _, v1, _ = self.visible()
        first = math.floor((v0 - x1) / WORLD_WIDTH)
        last = math.ceil((v1 - x0) / WORLD_WIDTH)
        return [
            k * WORLD_WIDTH
            for k in range(first, last + 1)
            if x0 + k * WORLD_WIDTH <= v1 and x1 + k * WORLD_WIDTH >= v0
        ]

    # -- limits

    def min_scale(self) -> float:
        """Zoomed out: the world (WORLD) takes half the widget."""
        x0, y0 = project(WORLD[0], WORLD[1])
        x1, y1 = project(WORLD[2], WORLD[3])
        return 0.5 * min(self.width / (x1 - x0), self.height / (y1 - y0))

    def max_scale(self) -> float:
        return MAX_PIXELS_PER_DEGREE * 180.0 / math.pi

    def _settle(self) -> None:
        self.scale = max(self.min_scale(), min(self.max_scale(), self.scale))
        self.cx = (self.cx + math.pi) % WORLD_WIDTH - math.pi
        top = project(0.0, MAX_LAT)[1]
        self.cy = max(-top, min(top, self.cy))

    # -- changes

    def resize(self, width: float, height: float) -> None:
        """Keep the same centre and scale (the user's view) in a widget of another size."""
        self.width, self.height = max(1.0, width), max(1.0, height)
        self._settle()

    def zoom_at(self, px: float, py: float, factor: float) -> None:
        """Zoom by factor, keeping the map point under the pixel (px, py) where it is."""
        ux, uy = self.from_screen(px, py)
        self.scale *= factor
        self._settle()
        self.cx = ux - (px - self.width / 2) / self.scale
        self.cy = uy + (py - self.height / 2) / self.scale
        self._settle()

    def pan(self, dx: float, dy: float) -> None:
        """Move the map by (dx, dy) pixels, as a drag does."""
        self.cx -= dx / self.scale
        self.cy += dy / self.scale
        self._settle()

    def fit(self, bounds: Bounds | None, margin: float = 40.0) -> None:
        """Show bounds (the world when None) whole, with margin pixels on every side."""
        west, south, east, north = bounds if bounds is not None else WORLD
        x0, y0 = project(west, south)
        x1, y1 = project(east, north)
        least = math.radians(MIN_SPAN)  # on the map, around the middle of the bounds
        if x1 - x0 < least:
            x0, x1 = (x0 + x1 - least) / 2, (x0 + x1 + least) / 2
        if y1 - y0 < least:
            y0, y1 = (y0 + y1 - least) / 2, (y0 + y1 + least) / 2
        room_x = max(1.0, self.width - 2 * margin)
        room_y = max(1.0, self.height - 2 * margin)
        self.scale = min(room_x / (x1 - x0), room_y / (y1 - y0))
        self.cx, self.cy = (x0 + x1) / 2, (y0 + y1) / 2
        self._settle()


# ------------------------------------------------------------------ outlines


@dataclass(frozen=True)
class Country:
    """One country's outline: rings of (lon, lat); holes are rings too (odd-even rule)."""

    name: str
    iso: str
    rings: tuple[tuple[Point, ...], ...]
    bbox: Bounds = field(compare=False)

    def contains(self, lon: float, lat: float) -> bool:
        """Whether the point is inside (odd-even over every ring)."""
        west, south, east, north = self.bbox
        if not (west <= lon <= east and south <= lat <= north):
            return False
        inside = False
        for ring in self.rings:
            j = len(ring) - 1
            for i in range(len(ring)):
                (xi, yi), (xj, yj) = ring[i], ring[j]
                if (yi > lat) != (yj > lat) and lon < xi + (lat - yi) * (xj - xi) / (yj - yi):
                    inside = not inside
                j = i
        return inside


@dataclass(frozen=True)
class Outlines:
    """Every country of the shipped outlines file, sorted by (English) name."""

    countries: tuple[Country, ...]
    source: str

    def country(self, name: str) -> Country | None:
        return next((c for c in self.countries if c.name == name), None)

    def country_at(self, lon: float, lat: float) -> Country | None:
        return next((c for c in self.countries if c.contains(wrap_lon(lon), lat)), None)


def decode_ring(flat: Sequence[int], unit: float) -> tuple[Point, ...]:
    """A ring of the outlines file (first point, then differences, in units) in degrees."""
    x = y = 0
    points = []
    for i in range(0, len(flat) - 1, 2):
        x += flat[i]
        y += flat[i + 1]
        points.append((x * unit, y * unit))
    return tuple(points)


def load_outlines(path: Path | None = None) -> Outlines:
    """Read an outlines file (the shipped one by default; that one is read once)."""
    return _load(path or resource_path(*OUTLINES))


@lru_cache(maxsize=4)
def _load(path: Path) -> Outlines:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != OUTLINES_FORMAT:
        raise ValueError(f"{path} is not a Recoupe outlines file")
    unit = float(data["unit"])
    countries = []
    for c in data["countries"]:
        rings = tuple(decode_ring(r, unit) for r in c["rings"])
        lons = [p[0] for r in rings for p in r]
        lats = [p[1] for r in rings for p in r]
        bbox = (min(lons), min(lats), max(lons), max(lats))
        countries.append(Country(name=c["name"], iso=c["iso"], rings=rings, bbox=bbox))
    return Outlines(countries=tuple(countries), source=str(data.get("source", "")))


def border_lines(ring: Sequence[Point]) -> Iterator[list[Point]]:
    """The ring as lines to stroke, without its edges along the antimeridian or a pole.

    Natural Earth cuts Russia, Fiji and Antarctica at ±180° and closes Antarctica along
    the south pole; those edges are seams of the data, not borders.
    """
    line: list[Point] = []
    closed = list(ring) + [ring[0]]
    for a, b in zip(closed, closed[1:], strict=False):
        if _seam(a, b):
            if len(line) > 1:
                yield line
            line = []
            continue
        if not line:
            line = [a]
        line.append(b)
    if len(line) > 1:
        yield line


def _seam(a: Point, b: Point) -> bool:
    on_meridian = abs(a[0]) >= 179.99 and abs(b[0]) >= 179.99 and a[0] * b[0] > 0
    on_pole = abs(a[1]) >= 89.99 and abs(b[1]) >= 89.99
    return on_meridian or on_pole


# ------------------------------------------------------------------ places


class Place(NamedTuple):
    """A place entity with coordinates and what the accepted annotations say of it."""

    entity_id: int
    name: str
    lat: float
    lon: float
    mentions: int
    """Accepted annotations linked to the place, in every source."""
    sources: list[str]
    """Titles of the sources mentioning it, most mentions first."""
    source_mentions: Sequence[int] = ()
    """Mentions in each of ``sources``, in the same order."""


_PLACES_SQL = """
SELECT e.id, e.name, e.lat, e.lon, s.id, s.title, COUNT(a.id)
FROM entities e
LEFT JOIN annotation_entities ae ON ae.entity_id = e.id
LEFT JOIN annotations a ON a.id = ae.annotation_id AND a.status = ?
LEFT JOIN sources s ON s.id = a.source_id
WHERE e.type = 'place' AND e.lat IS NOT NULL AND e.lon IS NOT NULL
GROUP BY e.id, s.id
ORDER BY e.id, COUNT(a.id) DESC, s.title COLLATE NOCASE, s.id
"""


def places_from_store(store: Store) -> list[Place]:
    """Every place entity with coordinates, with its accepted mentions per source.

    One query. A place no accepted annotation mentions is there with 0 mentions.
    """
    rows = store.db.execute(_PLACES_SQL, [AnnotationStatus.ACCEPTED.value]).fetchall()
    places = []
    for (entity_id, name, lat, lon), group in groupby(rows, key=lambda r: r[:4]):
        counted = [(title, count) for *_, source_id, title, count in group if source_id and count]
        places.append(
            Place(
                entity_id=entity_id,
                name=name,
                lat=float(lat),
                lon=float(lon),
                mentions=sum(count for _, count in counted),
                sources=[title for title, _ in counted],
                source_mentions=tuple(count for _, count in counted),
            )
        )
    return places

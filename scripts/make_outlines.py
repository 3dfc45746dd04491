"""Make resources/geo/countries-110m.json, the country outlines of the map, once.

Source: Natural Earth's 1:110m "Admin 0 – Countries" (public domain), in the copy that
geopandas 0.14 shipped as ``geopandas/datasets/naturalearth_lowres`` (Crimea drawn as part
of Ukraine). pyshp reads the shapefile. Neither is a dependency of Recoupe, which only reads
the JSON written here: run this in a throwaway environment.

    python3 -m venv /tmp/outlines
    /tmp/outlines/bin/pip install --no-deps "geopandas==0.14.4" "pyshp>=2.3"
    /tmp/outlines/bin/python scripts/make_outlines.py

``--shp PATH`` reads another admin-0 shapefile instead (Natural Earth's own
``ne_110m_admin_0_countries.shp`` works: its NAME and ISO_A3 fields are found whatever the
case). The output is deterministic: the same input gives the same bytes.

Format (read by ``desktop.core.geo.load_outlines``): one JSON object with ``unit`` (degrees
per integer step) and ``countries``, a list of ``{"name", "iso", "rings"}`` sorted by name.
Each ring is a flat list of integers: the first longitude and latitude in units, then the
differences from the point before (lon, lat, dlon, dlat, ...). Rings are open (the closing
point is implied); holes are rings of the same country (draw with the odd-even rule).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "resources" / "geo" / "countries-110m.json"
STEPS_PER_DEGREE = 100  # 0.01° ≈ 1.1 km, finer than the 1:110m data itself
FORMAT = "recoupe-outlines"
VERSION = 1


def geopandas_lowres() -> Path:
    """The naturalearth_lowres shapefile inside an installed geopandas < 1.0."""
    spec = importlib.util.find_spec("geopandas")  # finds it without importing pandas & co
    if spec is None or not spec.submodule_search_locations:
        sys.exit('geopandas is not installed: pip install --no-deps "geopandas==0.14.4"')
    package = Path(list(spec.submodule_search_locations)[0])
    shp = package / "datasets" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    if not shp.exists():
        sys.exit(f"{shp} is missing: geopandas 1.0 dropped it, install geopandas==0.14.4")
    return shp


def quantize(points: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Points in whole units, consecutive repeats and the closing point dropped."""
    out: list[tuple[int, int]] = []
    for lon, lat in points:
        q = (round(lon * STEPS_PER_DEGREE), round(lat * STEPS_PER_DEGREE))
        if not out or out[-1] != q:
            out.append(q)
    if len(out) > 1 and out[0] == out[-1]:
        out.pop()
    return out


def encode(ring: Sequence[tuple[int, int]]) -> list[int]:
    flat = [ring[0][0], ring[0][1]]
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        flat += [x1 - x0, y1 - y0]
    return flat


def rings_of(points: Sequence[Sequence[float]], parts: Sequence[int]) -> Iterable[list[int]]:
    bounds = list(parts) + [len(points)]
    for start, end in zip(bounds, bounds[1:], strict=False):
        ring = quantize(points[start:end])
        if len(ring) >= 3:
            yield encode(ring)


def read_countries(shp: Path) -> list[dict[str, Any]]:
    import shapefile  # pyshp: only this script needs it

    reader = shapefile.Reader(str(shp))  # text encoding from the .cpg file beside it
    fields = {f[0].lower(): f[0] for f in reader.fields[1:]}
    countries = []
    for shape_record in reader.iterShapeRecords():
        record, shape = shape_record.record, shape_record.shape
        rings = list(rings_of(shape.points, shape.parts))
        if not rings:
            continue
        countries.append(
            {"name": record[fields["name"]], "iso": record[fields["iso_a3"]], "rings": rings}
        )
    countries.sort(key=lambda c: (c["name"], c["iso"]))
    return countries


def write(countries: list[dict[str, Any]], output: Path, source: str) -> None:
    head = {"format": FORMAT, "version": VERSION, "source": source, "unit": 1 / STEPS_PER_DEGREE}
    lines = [json.dumps(c, ensure_ascii=False, separators=(",", ":")) for c in countries]
    text = json.dumps(head, ensure_ascii=False)[:-1]  # one country a line: readable diffs
    text += ',"countries":[\n' + ",\n".join(lines) + "\n]}\n"
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shp", type=Path, help="an admin-0 countries shapefile")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    shp = args.shp or geopandas_lowres()
    source = (
        "Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (public domain), "
        "from geopandas 0.14 datasets/naturalearth_lowres"
        if args.shp is None
        else f"{shp.name} (see resources/geo/README.md)"
    )
    countries = read_countries(shp)
    write(countries, args.output, source)
    points = sum(len(r) // 2 for c in countries for r in c["rings"])
    size = args.output.stat().st_size
    print(f"{args.output}: {len(countries)} countries, {points} points, {size:,} bytes")


if __name__ == "__main__":
    main()

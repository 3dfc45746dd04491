"""GeoJSON (RFC 7946): the project's places with coordinates and their mentions.

A ``FeatureCollection`` with one ``Point`` feature per place entity that has coordinates
and at least one accepted mention. Coordinates are ``[longitude, latitude]`` in WGS 84
(the only system RFC 7946 allows, so no ``crs`` member), rounded to 6 decimals (about
10 cm). Properties:

- ``name``, ``entity_id``, ``aliases`` (other names), ``note``;
- ``mention_count`` and ``sources``: each source's title, id and mention count, most
  mentions first;
- ``mentions``: each accepted annotation linked to the place, in source then text
  order: source id and title, ``start``/``end`` (code points), ``quote``, ``value``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from desktop.core.entities import EntityId
from desktop.core.entity_reads import EntityReader
from desktop.core.export.common import Progress, atomic_file, no_progress
from desktop.core.geo import places_from_store
from desktop.core.store import Store

PRECISION: Final = 6


def feature_collection(store: Store) -> dict[str, Any]:
    reader = EntityReader(store)
    titles = {int(s.id): s.title for s in store.sources()}
    features: list[dict[str, Any]] = []
    for place in places_from_store(store):
        if not place.mentions:
            continue
        entity_id = EntityId(place.entity_id)
        entity = reader.entity(entity_id)
        mentions = reader.mentions(entity_id)
        by_source: dict[int, int] = {}
        for m in mentions:
            by_source[int(m.source_id)] = by_source.get(int(m.source_id), 0) + 1
        features.append(
            {
                "type": "Feature",
                "id": int(place.entity_id),
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(place.lon, PRECISION), round(place.lat, PRECISION)],
                },
                "properties": {
                    "name": place.name,
                    "entity_id": int(place.entity_id),
                    "aliases": [a.alias for a in reader.aliases([entity_id])],
                    "note": entity.note,
                    "mention_count": len(mentions),
                    "sources": [
                        {"source_id": sid, "title": titles.get(sid, ""), "mentions": n}
                        for sid, n in sorted(by_source.items(), key=lambda kv: (-kv[1], kv[0]))
                    ],
                    "mentions": [
                        {
                            "source_id": int(m.source_id),
                            "source": titles.get(int(m.source_id), ""),
                            "start": m.start,
                            "end": m.end,
                            "quote": m.quote,
                            "value": m.value,
                        }
                        for m in mentions
                    ],
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(store: Store, out: Path, progress: Progress = no_progress) -> None:
    """Write the places as one GeoJSON file (RFC 7946)."""
    progress(0, 1, Path(out).name)
    data = feature_collection(store)
    with atomic_file(Path(out)) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    progress(1, 1, Path(out).name)

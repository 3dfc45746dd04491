"""A project bundle: one ``.zip`` a colleague opens in Recoupe, or merges into theirs.

Layout (format version ``FORMAT_VERSION``)::

    manifest.json                 format, versions, project, created, exported_by, and the
                                  SHA-256 of every other file
    project.json                  tags, sources (metadata, furniture), per-annotation data
                                  W3C has no place for (id, date basis, version history),
                                  open conflicts
    sources/<sha256>/original.<ext>   the file as imported, byte for byte
    sources/<sha256>/text.txt         the text Recoupe extracted (UTF-8): offsets count
                                      its code points
    annotations.jsonld            every annotation (any status) as one W3C Web Annotation
                                  collection: TextQuoteSelector + TextPositionSelector on
                                  the text above, bodies for tag, value, note
                                  (``export.w3c``); each id is ``urn:uuid:`` + the
                                  annotation's identity (``core.origins``)
    entities.json                 entities, their other names, mentions (annotation
                                  identities) and their history
    events.json                   the user's timeline events and their members
    claims.json                   claim statuses, claims, evidence, verdicts, review
                                  sessions and the audit log
    report.html                   one offline page to read or print (``export.report``)

Everything but the timestamps (manifest ``created``) is a function of the project, and
entries are written in a fixed order with fixed zip dates: exporting twice gives the same
files, and export → import → export gives the same content.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from desktop import __version__
from desktop.core.entity_reads import EntityReader
from desktop.core.event_store import EventStore
from desktop.core.export import bundle_claims
from desktop.core.export.common import ExportCancelled, Progress, atomic_file, no_progress
from desktop.core.export.report import report_html
from desktop.core.export.w3c import ANNO_CONTEXT, annotation_to_w3c
from desktop.core.models import Annotation, AnnotationId, Source, Tag
from desktop.core.origins import Origins
from desktop.core.store import Store, now

__all__ = ["BundleSummary", "ExportCancelled", "iter_bundle", "write_bundle"]

FORMAT: Final = "recoupe-bundle"
FORMAT_VERSION: Final = 1
MANIFEST: Final = "manifest.json"
PROJECT: Final = "project.json"
ANNOTATIONS: Final = "annotations.jsonld"
ENTITIES: Final = "entities.json"
EVENTS: Final = "events.json"
CLAIMS: Final = "claims.json"
REPORT: Final = "report.html"
ORIGINAL_RE: Final = re.compile(r"^sources/([0-9a-f]{64})/original\.([a-z0-9]{1,10})$")
TEXT_RE: Final = re.compile(r"^sources/([0-9a-f]{64})/text\.txt$")
BUNDLE_NAMESPACE: Final = uuid.UUID("0b5c1d4e-7a2f-5e8b-9c3d-6f1a2b3c4d5e")
_ZIP_DATE: Final = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class BundleSummary:
    """What a bundle holds."""

    path: Path
    sources: int
    annotations: int
    entities: int
    events: int
    claims: int


def json_bytes(data: Any) -> bytes:
    """The one way a bundle writes JSON: sorted keys, UTF-8, a final newline."""
    return (json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def original_name(source: Source) -> str:
    suffix = Path(source.filename).suffix.lower().lstrip(".")
    if not re.fullmatch(r"[a-z0-9]{1,10}", suffix):
        suffix = re.sub(r"[^a-z0-9]", "", source.format.lower())[:10] or "bin"
    return f"sources/{source.sha256}/original.{suffix}"


def text_name(source: Source) -> str:
    return f"sources/{source.sha256}/text.txt"


# ------------------------------------------------------------------ the parts


def _tag_record(t: Tag) -> dict[str, Any]:
    return {
        "name": t.name,
        "kind": t.kind.value,
        "colour": t.colour,
        "shortcut": t.shortcut,
        "builtin": t.builtin,
        "position": t.position,
    }


def _source_record(store: Store, s: Source) -> dict[str, Any]:
    furniture = [
        {"start": r[0], "end": r[1], "is_furniture": bool(r[2]), "origin": r[3], "reason": r[4]}
        for r in store.db.execute(
            'SELECT start, "end", is_furniture, origin, reason FROM furniture '
            'WHERE source_id = ? ORDER BY start, "end"',
            [s.id],
        )
    ]
    return {
        "id": int(s.id),
        "sha256": s.sha256,
        "title": s.title,
        "url": s.url,
        "published": s.published,
        "published_how": s.published_how,
        "published_confirmed": s.published_confirmed,
        "imported_at": s.imported_at,
        "filename": s.filename,
        "format": s.format,
        "encoding": s.encoding,
        "lang": s.lang,
        "size": s.size,
        "original": original_name(s),
        "text": text_name(s),
        "furniture": furniture,
    }


@dataclass(frozen=True)
class _Snapshot:
    """What the parts are made from, read once."""

    sources: list[Source]
    tags: dict[Any, Tag]
    annotations: list[Annotation]
    identities: dict[AnnotationId, str]
    histories: dict[AnnotationId, list[str]]
    entity_names: dict[AnnotationId, str]


def _snapshot(store: Store) -> _Snapshot:
    annotations = store.annotations(status=None)
    tags = {t.id: t for t in store.tags()}
    origins = Origins(store)
    reader = EntityReader(store)
    links = reader.links(a.id for a in annotations)
    names = {e.id: e.name for e in reader.entities(set(links.values()))}
    return _Snapshot(
        sources=store.sources(),
        tags=tags,
        annotations=annotations,
        identities=origins.identities(a.id for a in annotations),
        histories=origins.histories(annotations, tags),
        entity_names={a: names[e] for a, e in links.items() if e in names},
    )


def _annotations_part(snap: _Snapshot, name: str) -> dict[str, Any]:
    sources = {s.id: s for s in snap.sources}
    items = []
    for a in snap.annotations:
        item = annotation_to_w3c(
            a, sources[a.source_id], snap.tags[a.tag_id], entity_name=snap.entity_names.get(a.id)
        )
        item["id"] = f"urn:uuid:{snap.identities[a.id]}"
        items.append(item)
    key = "\n".join(sorted(snap.identities.values()))
    return {
        "@context": ANNO_CONTEXT,
        "id": uuid.uuid5(BUNDLE_NAMESPACE, key).urn,
        "type": "AnnotationCollection",
        "label": name,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _conflicts(store: Store, identities: dict[AnnotationId, str]) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT annotation_id, other_id, bundle, other_by, created FROM annotation_conflicts "
        "ORDER BY id"
    )
    return [
        {"ours": identities[a], "theirs": identities[o], "bundle": b, "other_by": by, "created": c}
        for a, o, b, by, c in rows
        if a in identities and o in identities
    ]


def _project_part(store: Store, snap: _Snapshot) -> dict[str, Any]:
    return {
        "name": store.name,
        "tags": [_tag_record(t) for t in snap.tags.values()],
        "sources": [_source_record(store, s) for s in snap.sources],
        "annotations": {
            snap.identities[a.id]: {
                "id": int(a.id),
                "basis": a.basis.value if a.basis else None,
                "history": snap.histories[a.id],
            }
            for a in snap.annotations
        },
        "conflicts": _conflicts(store, snap.identities),
    }


def _entities_part(store: Store, identities: dict[AnnotationId, str]) -> dict[str, Any]:
    reader = EntityReader(store)
    aliases = reader.aliases()
    mentions: dict[int, list[str]] = {}
    for aid, eid in store.db.execute(
        "SELECT annotation_id, entity_id FROM annotation_entities ORDER BY annotation_id"
    ):
        ident = identities.get(AnnotationId(int(aid)))
        if ident is not None:
            mentions.setdefault(int(eid), []).append(ident)
    entities = [
        {
            "id": int(e.id),
            "name": e.name,
            "type": e.type.value,
            "note": e.note,
            "lat": e.lat,
            "lon": e.lon,
            "created": e.created,
            "modified": e.modified,
            "aliases": [
                {"alias": a.alias, "reason": a.reason} for a in aliases if a.entity_id == e.id
            ],
            "mentions": sorted(mentions.get(int(e.id), [])),
        }
        for e in reader.entities()
    ]
    history = [
        {
            "id": h.id,
            "at": h.at,
            "action": h.action.value,
            "entity_ids": [int(i) for i in h.entity_ids],
            "detail": h.detail,
        }
        for h in reader.history()
    ]
    return {"entities": entities, "history": history}


def _events_part(store: Store, identities: dict[AnnotationId, str]) -> dict[str, Any]:
    events = EventStore(store)
    members: dict[int, list[str]] = {}
    for aid, eid in events.memberships().items():
        members.setdefault(int(eid), []).append(identities[aid])
    return {
        "events": [
            {
                "id": int(e.id),
                "title": e.title,
                "created": e.created,
                "modified": e.modified,
                "members": sorted(members.get(int(e.id), [])),
            }
            for e in events.events().values()
        ]
    }


# ------------------------------------------------------------------ writing


def _info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    return info


def iter_bundle(
    store: Store,
    *,
    exported_by: str | None,
    progress: Progress = no_progress,
    counts: dict[str, int] | None = None,
    language: str = "en",
) -> Iterator[tuple[str, bytes]]:
    """Every file of the bundle as (name, bytes), in the order written, manifest last.

    One source's bytes are held at a time. ``counts``, if given, receives how many
    sources, annotations, entities, events and claims were written. ``language`` is the
    one report.html is written in (en, fr).
    """
    snap = _snapshot(store)
    total = len(snap.sources) + 6
    hashes: dict[str, str] = {}

    def emit(name: str, data: bytes) -> tuple[str, bytes]:
        hashes[name] = sha256(data)
        return name, data

    for i, s in enumerate(snap.sources):
        progress(i, total, s.title)
        yield emit(original_name(s), store.source_original(s.id))
        yield emit(text_name(s), store.source_text(s.id).encode("utf-8"))
    step = len(snap.sources)
    progress(step, total, PROJECT)
    yield emit(PROJECT, json_bytes(_project_part(store, snap)))
    progress(step + 1, total, ANNOTATIONS)
    yield emit(ANNOTATIONS, json_bytes(_annotations_part(snap, store.name)))
    progress(step + 2, total, ENTITIES)
    entities = _entities_part(store, snap.identities)
    yield emit(ENTITIES, json_bytes(entities))
    events = _events_part(store, snap.identities)
    yield emit(EVENTS, json_bytes(events))
    progress(step + 3, total, CLAIMS)
    claims = bundle_claims.claims_part(store, snap.identities)
    yield emit(CLAIMS, json_bytes(claims))
    progress(step + 4, total, REPORT)
    yield emit(REPORT, report_html(store, language=language).encode("utf-8"))
    progress(step + 5, total, MANIFEST)
    if counts is not None:
        counts.update(
            sources=len(snap.sources),
            annotations=len(snap.annotations),
            entities=len(entities["entities"]),
            events=len(events["events"]),
            claims=len(claims.get("claims", [])),
        )
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "requires": __version__,
        "project": store.name,
        "created": now(),
        "exported_by": exported_by,
        "files": dict(sorted(hashes.items())),
    }
    yield MANIFEST, json_bytes(manifest)


def write_bundle(
    store: Store,
    out: Path,
    *,
    exported_by: str | None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    language: str = "en",
) -> BundleSummary:
    """Write the project as one bundle at ``out``; reads the project, changes nothing.

    ``progress(done, total, what)`` is called before each step; it may raise
    ExportCancelled, and so does the export when ``cancelled()`` turns true. Cancelled
    or failed, ``out`` is left as it was.
    """
    report = progress or no_progress

    def step(done: int, total: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        report(done, total, what)

    out = Path(out)
    counts: dict[str, int] = {}
    with atomic_file(out) as tmp:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for name, data in iter_bundle(
                store, exported_by=exported_by, progress=step, counts=counts, language=language
            ):
                zf.writestr(_info(name), data)
    report(1, 1, out.name)
    return BundleSummary(path=out, **counts)

"""A new project made from a bundle: everything as it was, ids included.

The project is built in a temporary file beside the target, in one transaction, and moved
into place only when complete: on any error or a cancel, no project file is left behind.
Ids of sources, annotations, entities, events, claims, verdicts and audit entries are
kept, so the references inside the project (entity history, audit log) still hold and
exporting the new project gives the same bundle, timestamps aside. Annotations keep their
identity (``core.origins``) and version history; the new project gets a uuid of its own.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.anchoring import selector_for
from desktop.core.entity_records import dump
from desktop.core.errors import QT_TRANSLATE_NOOP, ProjectError
from desktop.core.importing import bundle_claims_import
from desktop.core.importing.bundle import (
    Bundle,
    BundleAnnotation,
    ImportCancelled,
    Progress,
    read_bundle,
)
from desktop.core.importing.bundle_common import Orphan, place, stamp_of, w3c_version
from desktop.core.models import AnnotationId
from desktop.core.origins import Origins
from desktop.core.store import Store


@dataclass(frozen=True)
class NewReport:
    """What importing a bundle as a new project made."""

    project: Path
    sources: int
    annotations: int
    entities: int
    events: int
    claims: int
    orphans: tuple[Orphan, ...]
    """Annotations whose quote is not in their source's text (left out)."""


def _step(
    progress: Progress | None, cancelled: Callable[[], bool] | None
) -> Callable[[int, int, str], None]:
    def step(done: int, total: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total, what)

    return step


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        try:
            p.unlink(missing_ok=True)
        except OSError:
            pass


def import_new(
    bundle_path: Path,
    project_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> NewReport:
    """Make a new project at ``project_path`` holding everything the bundle holds."""
    project_path = Path(project_path)
    if project_path.exists():
        raise ProjectError(
            str(project_path), QT_TRANSLATE_NOOP("Messages", "a file already exists there")
        )
    step = _step(progress, cancelled)
    bundle = read_bundle(Path(bundle_path), progress=step)
    tmp = project_path.with_name(f".{project_path.name}.{uuid.uuid4().hex[:12]}.part")
    store = Store.create(tmp, name=bundle.project_name)
    try:
        with store.db.atomic():
            report = _fill(store, bundle, step)
        store.close()
        if project_path.exists():
            raise ProjectError(
                str(project_path), QT_TRANSLATE_NOOP("Messages", "a file already exists there")
            )
        os.replace(tmp, project_path)
    except BaseException:
        store.close()
        _remove(tmp)
        raise
    return NewReport(project_path, *report)


def _fill(
    store: Store, bundle: Bundle, step: Callable[[int, int, str], None]
) -> tuple[int, int, int, int, int, tuple[Orphan, ...]]:
    total = len(bundle.sources) + 4
    db = store.db
    _tags(store, bundle)
    for i, s in enumerate(bundle.sources):
        step(i, total, s.record["title"])
        r = s.record
        db.execute(
            "INSERT INTO sources(id, title, url, published, published_how, published_confirmed, "
            "imported_at, sha256, filename, format, encoding, lang, size, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                s.id,
                r["title"],
                r["url"],
                r["published"],
                r["published_how"],
                int(r["published_confirmed"]),
                r["imported_at"],
                s.sha256,
                r["filename"],
                r["format"],
                r["encoding"],
                r["lang"],
                len(s.original),
                s.text,
            ],
        )
        db.execute(
            "INSERT INTO source_originals(source_id, original) VALUES (?, ?)", [s.id, s.original]
        )
        db.conn.executemany(
            'INSERT INTO furniture(source_id, start, "end", is_furniture, origin, reason) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(s.id, a, b, int(f), o, why) for a, b, f, o, why in s.furniture],
        )
    step(len(bundle.sources), total, "annotations")
    ids, orphans = _annotations(store, bundle)
    step(len(bundle.sources) + 1, total, "entities")
    entities = _entities(store, bundle.entities, ids)
    step(len(bundle.sources) + 2, total, "events")
    events = _events(store, bundle.events, ids)
    for c in bundle.conflicts:
        if c["ours"] in ids and c["theirs"] in ids:
            db.execute(
                "INSERT INTO annotation_conflicts(annotation_id, other_id, bundle, other_by, "
                "created) VALUES (?, ?, ?, ?, ?)",
                [ids[c["ours"]], ids[c["theirs"]], c["bundle"], c["other_by"], c["created"]],
            )
    step(len(bundle.sources) + 3, total, "claims")
    claims = bundle_claims_import.copy_claims(store, bundle, ids)
    return len(bundle.sources), len(ids), entities, events, claims, tuple(orphans)


def _tags(store: Store, bundle: Bundle) -> None:
    db = store.db
    db.execute("UPDATE tags SET shortcut = NULL")
    builtin = {t.kind: t.id for t in store.tags() if t.builtin}
    for t in bundle.tags:
        if t.builtin and t.kind in builtin:
            db.execute(
                "UPDATE tags SET name = ?, colour = ?, shortcut = ?, position = ? WHERE id = ?",
                [t.name, t.colour, t.shortcut, t.position, builtin.pop(t.kind)],
            )
    for t in bundle.tags:
        if not any(x.name.casefold() == t.name.casefold() for x in store.tags()):
            db.execute(
                "INSERT INTO tags(name, kind, colour, shortcut, builtin, position) "
                "VALUES (?, ?, ?, ?, 0, ?)",
                [t.name, t.kind.value, t.colour, t.shortcut, t.position],
            )


def _annotations(store: Store, bundle: Bundle) -> tuple[dict[str, AnnotationId], list[Orphan]]:
    tags = {t.name.casefold(): t for t in store.tags()}
    sources = {s.sha256: s for s in bundle.sources}
    origins = Origins(store)
    ids: dict[str, AnnotationId] = {}
    orphans: list[Orphan] = []
    for a in bundle.annotations:
        source = sources[a.source_sha]
        where = place(source.text, a)
        if where is None:
            orphans.append(Orphan(a.uuid, source.record["title"], a.exact))
            continue
        start, end = where
        tag = tags[a.tag.name.casefold()]
        _insert(store, a, AnnotationId(a.local_id), source.id, tag.id, start, end, source.text)
        aid = AnnotationId(a.local_id)
        origins.set_identity(aid, a.uuid)
        origins.add_versions(aid, {*a.history, w3c_version(a)})
        ids[a.uuid] = aid
    return ids, orphans


def _insert(
    store: Store,
    a: BundleAnnotation,
    annotation_id: AnnotationId | None,
    source_id: int,
    tag_id: int,
    start: int,
    end: int,
    text: str,
) -> AnnotationId:
    """Insert a bundle annotation at [start, end) of text; quote and context from the text."""
    sel = selector_for(text, start, end)
    cur = store.db.execute(
        'INSERT INTO annotations(id, source_id, tag_id, start, "end", quote, prefix, suffix, '
        "value, note, status, created, modified, basis) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            annotation_id,
            source_id,
            tag_id,
            start,
            end,
            sel.quote,
            sel.prefix,
            sel.suffix,
            a.value,
            a.note,
            a.status.value,
            stamp_of(a.created),
            stamp_of(a.modified or a.created),
            a.basis.value if a.basis else None,
        ],
    )
    return AnnotationId(int(cur.lastrowid or 0))


def _entities(store: Store, data: dict[str, Any], ids: dict[str, AnnotationId]) -> int:
    db = store.db
    for e in data["entities"]:
        db.execute(
            "INSERT INTO entities(id, name, type, note, lat, lon, created, modified) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                e["id"],
                e["name"],
                e["type"],
                e["note"],
                e["lat"],
                e["lon"],
                e["created"],
                e["modified"],
            ],
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases(entity_id, alias, reason) VALUES (?, ?, ?)",
            [(e["id"], a["alias"], a["reason"]) for a in e["aliases"]],
        )
        db.conn.executemany(
            "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)",
            [(ids[m], e["id"]) for m in e["mentions"] if m in ids],
        )
    db.conn.executemany(
        "INSERT INTO entity_history(id, at, action, entity_ids, detail) VALUES (?, ?, ?, ?, ?)",
        [
            (h["id"], h["at"], h["action"], _json_ids(h["entity_ids"]), dump(h["detail"]))
            for h in data["history"]
        ],
    )
    return len(data["entities"])


def _json_ids(ids: list[int]) -> str:
    return json.dumps([int(i) for i in ids])


def _events(store: Store, data: dict[str, Any], ids: dict[str, AnnotationId]) -> int:
    db = store.db
    for e in data["events"]:
        db.execute(
            "INSERT INTO events(id, title, created, modified) VALUES (?, ?, ?, ?)",
            [e["id"], e["title"], e["created"], e["modified"]],
        )
        db.conn.executemany(
            "INSERT INTO event_members(event_id, annotation_id) VALUES (?, ?)",
            [(e["id"], ids[m]) for m in e["members"] if m in ids],
        )
    return len(data["events"])

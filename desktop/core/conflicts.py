"""Conflicts a merge left: one annotation both sides changed, kept in both versions.

Merging a bundle (``importing.bundle_merge``) adds their version as a second annotation
beside ours and records the pair in ``annotation_conflicts``. The user resolves a conflict
by keeping one version (``resolve_conflict``, one transaction):

- keeping **ours** removes theirs;
- keeping **theirs** gives our annotation their tag, value, note, status and date basis
  (ours keeps its id, its identity, its entity link and its event) and removes theirs.

Either way our annotation records their versions as seen (``core.origins``), so merging
the same bundle again does not bring the conflict back, and a later bundle from them that
still has the same version leaves our choice alone. ``undo_resolution`` puts everything
back as it was, version rows included; ``redo_resolution`` resolves again.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.core.errors import QT_TRANSLATE_NOOP, NotFound
from desktop.core.models import Annotation, AnnotationId, Change, ChangeKind
from desktop.core.origins import Origins
from desktop.core.store import Store, now


class Keep(enum.StrEnum):
    OURS = "ours"
    THEIRS = "theirs"


@dataclass(frozen=True)
class ConflictRow:
    id: int
    annotation_id: AnnotationId
    other_id: AnnotationId
    bundle: str
    other_by: str | None
    created: str


@dataclass(frozen=True)
class Conflict:
    """An open conflict: our annotation and theirs, both still in the project."""

    row: ConflictRow
    ours: Annotation
    theirs: Annotation

    @property
    def id(self) -> int:
        return self.row.id


@dataclass(frozen=True)
class Resolution:
    """What resolving one conflict did, so that undo and redo are exact."""

    conflict: Conflict
    keep: Keep
    version_rows: tuple[int, ...]
    """Rows of annotation_versions the resolution added."""


_COLUMNS = "id, annotation_id, other_id, bundle, other_by, created"


def _row(r: tuple[object, ...]) -> ConflictRow:
    return ConflictRow(
        int(str(r[0])),
        AnnotationId(int(str(r[1]))),
        AnnotationId(int(str(r[2]))),
        str(r[3]),
        None if r[4] is None else str(r[4]),
        str(r[5]),
    )


def conflicts(store: Store) -> list[Conflict]:
    """Open conflicts whose two annotations both exist, oldest first."""
    rows = [
        _row(r)
        for r in store.db.execute(f"SELECT {_COLUMNS} FROM annotation_conflicts ORDER BY id")
    ]
    if not rows:
        return []
    ids = {a for r in rows for a in (r.annotation_id, r.other_id)}
    found = {a.id: a for a in store.annotations(ids=ids, status=None)}
    return [
        Conflict(r, found[r.annotation_id], found[r.other_id])
        for r in rows
        if r.annotation_id in found and r.other_id in found
    ]


def conflict_count(store: Store) -> int:
    row = store.db.execute(
        "SELECT COUNT(*) FROM annotation_conflicts c "
        "JOIN annotations a ON a.id = c.annotation_id JOIN annotations o ON o.id = c.other_id"
    ).fetchone()
    return int(row[0])


def conflict(store: Store, conflict_id: int) -> Conflict:
    for c in conflicts(store):
        if c.id == conflict_id:
            return c
    raise NotFound(
        QT_TRANSLATE_NOOP("Messages", "no open conflict {conflict_id}"), conflict_id=conflict_id
    )


def _max_version_row(store: Store) -> int:
    row = store.db.execute("SELECT COALESCE(MAX(id), 0) FROM annotation_versions").fetchone()
    return int(row[0])


def _rows_since(store: Store, mark: int, annotation_id: AnnotationId) -> list[int]:
    rows = store.db.execute(
        "SELECT id FROM annotation_versions WHERE id > ? AND annotation_id = ?",
        [mark, annotation_id],
    )
    return [int(r[0]) for r in rows]


def _changes(c: Conflict, *, removed: bool) -> list[Change]:
    sources = tuple(sorted({c.ours.source_id, c.theirs.source_id}))
    other = ChangeKind.ANNOTATIONS_REMOVED if removed else ChangeKind.ANNOTATIONS_ADDED
    return [
        Change(other, source_ids=sources, annotation_ids=(c.theirs.id,)),
        Change(ChangeKind.ANNOTATIONS_UPDATED, source_ids=sources, annotation_ids=(c.ours.id,)),
    ]


def _apply(store: Store, c: Conflict, keep: Keep) -> tuple[int, ...]:
    origins = Origins(store)
    tags = {t.id: t for t in store.tags()}
    with store.db.atomic():
        mark = _max_version_row(store)
        if keep is Keep.THEIRS:
            t = c.theirs
            store.db.execute(
                "UPDATE annotations SET tag_id = ?, value = ?, note = ?, status = ?, basis = ?, "
                "modified = ? WHERE id = ?",
                [
                    t.tag_id,
                    t.value,
                    t.note,
                    t.status.value,
                    t.basis.value if t.basis else None,
                    now(),
                    c.ours.id,
                ],
            )
        seen = origins.histories([c.theirs], tags)[c.theirs.id]
        origins.add_versions(c.ours.id, seen)
        store.db.execute("DELETE FROM annotations WHERE id = ?", [c.theirs.id])
        store.db.execute("DELETE FROM annotation_conflicts WHERE id = ?", [c.id])
        return tuple(_rows_since(store, mark, c.ours.id))


def resolve_conflict(store: Store, conflict_id: int, keep: Keep) -> tuple[Resolution, list[Change]]:
    """Keep one version of a conflict's annotation (module doc), in one transaction."""
    c = conflict(store, conflict_id)
    rows = _apply(store, c, keep)
    return Resolution(c, keep, rows), _changes(c, removed=True)


def undo_resolution(store: Store, resolution: Resolution) -> list[Change]:
    """Put a resolved conflict back: both annotations as they were, and the flag."""
    c = resolution.conflict
    with store.db.atomic():
        mark = _max_version_row(store)
        store.restore_annotations([c.theirs])
        store.restore_annotation_fields(c.ours)
        origins = Origins(store)
        origins.remove_version_rows(
            [*resolution.version_rows, *_rows_since(store, mark, c.ours.id)]
        )
        r = c.row
        store.db.execute(
            f"INSERT INTO annotation_conflicts({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            [r.id, r.annotation_id, r.other_id, r.bundle, r.other_by, r.created],
        )
    return _changes(c, removed=False)


def redo_resolution(store: Store, resolution: Resolution) -> tuple[Resolution, list[Change]]:
    """Resolve again after an undo (new version rows are recorded in the result)."""
    c = resolution.conflict
    rows = _apply(store, c, resolution.keep)
    return Resolution(c, resolution.keep, rows), _changes(c, removed=True)

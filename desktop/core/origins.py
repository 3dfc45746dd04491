"""Who an annotation is across projects, and which versions of it a project has seen.

Bundles carry annotations from one project to another; merging one back must recognise
an annotation it already has and tell who changed it since (``importing.bundle_merge``).

**Identity.** Every annotation has a UUID. One made in this project has
``uuid5(project uuid, annotation id)``: no row is needed, and undoing a deletion (same
id, never reused) gives the same UUID again. One that came from a bundle keeps the UUID
it came with, in ``annotation_origins``. A project copied as a file keeps its uuid,
and so the identities it shares with the original; a project made from a bundle gets a
new uuid, so what is annotated there afterwards never collides with the sender's.

**Versions.** A version is a hash of what a person can change: the tag (its kind for a
built-in tag, else its name), value, note, status and date basis. A project knows an
annotation's *history*: its current version, the versions it had before each edit here
(recorded by a trigger in ``annotation_versions.fields``) and the versions received with
it (``annotation_versions.version``). Merging compares histories the way version control
does: if their version is in our history we are ahead, if ours is in theirs they are,
otherwise both changed it and the two versions are a **conflict**.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, Final

from desktop.core.models import Annotation, AnnotationId, Tag
from desktop.core.store import Store

_HASH_CHARS: Final = 32


def project_uuid(store: Store) -> uuid.UUID:
    """The project's own uuid (made by migration 0008)."""
    row = store.db.execute("SELECT value FROM meta WHERE key = 'uuid'").fetchone()
    return uuid.UUID(str(row[0]))


def derived_identity(project: uuid.UUID, annotation_id: AnnotationId) -> str:
    return str(uuid.uuid5(project, str(int(annotation_id))))


def tag_key(name: str, kind: str, builtin: bool) -> str:
    """What names a tag across projects: a built-in tag's kind, another tag's name."""
    return f"kind:{kind}" if builtin else f"name:{name.casefold()}"


def version_of(
    *,
    tag: str,
    value: str | None,
    note: str | None,
    status: str,
    basis: str | None,
) -> str:
    """The version hash of an annotation's changeable fields (``tag`` from ``tag_key``)."""
    payload = json.dumps([tag, value, note, status, basis], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:_HASH_CHARS]


def annotation_version(annotation: Annotation, tag: Tag) -> str:
    return version_of(
        tag=tag_key(tag.name, tag.kind.value, tag.builtin),
        value=annotation.value,
        note=annotation.note,
        status=annotation.status.value,
        basis=annotation.basis.value if annotation.basis else None,
    )


def _version_of_fields(text: str) -> str | None:
    try:
        name, kind, builtin, value, note, status, basis = json.loads(text)
    except (ValueError, TypeError):
        return None
    return version_of(
        tag=tag_key(str(name), str(kind), bool(builtin)),
        value=value,
        note=note,
        status=str(status),
        basis=basis,
    )


def _marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


class Origins:
    """Reads and writes the identity and version rows of an open Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self.project = project_uuid(store)

    def identities(self, annotation_ids: Iterable[AnnotationId]) -> dict[AnnotationId, str]:
        """The UUID of each of these annotations."""
        ids = sorted({int(a) for a in annotation_ids})
        found: dict[AnnotationId, str] = {}
        for chunk in _chunks(ids):
            rows = self.db.execute(
                "SELECT annotation_id, uuid FROM annotation_origins "
                f"WHERE annotation_id IN ({_marks(len(chunk))})",
                chunk,
            )
            found.update({AnnotationId(int(a)): str(u) for a, u in rows})
        return {
            AnnotationId(a): found.get(AnnotationId(a))
            or derived_identity(self.project, AnnotationId(a))
            for a in ids
        }

    def all_identities(self) -> dict[str, AnnotationId]:
        """UUID -> annotation id, for every annotation of the project (any status)."""
        ids = [AnnotationId(int(r[0])) for r in self.db.execute("SELECT id FROM annotations")]
        return {u: a for a, u in self.identities(ids).items()}

    def histories(
        self, annotations: Sequence[Annotation], tags: dict[Any, Tag]
    ) -> dict[AnnotationId, list[str]]:
        """Every version each annotation is known to have had, current one included, sorted."""
        known: dict[AnnotationId, set[str]] = defaultdict(set)
        for a in annotations:
            known[a.id].add(annotation_version(a, tags[a.tag_id]))
        ids = sorted(int(a.id) for a in annotations)
        for chunk in _chunks(ids):
            rows = self.db.execute(
                "SELECT annotation_id, version, fields FROM annotation_versions "
                f"WHERE annotation_id IN ({_marks(len(chunk))})",
                chunk,
            )
            for aid, version, fields in rows:
                v = str(version) if version is not None else _version_of_fields(str(fields))
                if v is not None:
                    known[AnnotationId(int(aid))].add(v)
        return {a: sorted(v) for a, v in known.items()}

    # ------------------------------------------------------------------ writes
    # (inside the caller's transaction: a merge or an import is one)

    def set_identity(self, annotation_id: AnnotationId, identity: str) -> None:
        if identity == derived_identity(self.project, annotation_id):
            return
        self.db.execute(
            "INSERT OR REPLACE INTO annotation_origins(annotation_id, uuid) VALUES (?, ?)",
            [annotation_id, identity],
        )

    def add_versions(self, annotation_id: AnnotationId, versions: Iterable[str]) -> list[int]:
        """Record received versions not yet known for this annotation; returns the row ids."""
        have = {
            str(r[0])
            for r in self.db.execute(
                "SELECT version FROM annotation_versions "
                "WHERE annotation_id = ? AND version IS NOT NULL",
                [annotation_id],
            )
        }
        added: list[int] = []
        for v in sorted(set(versions) - have):
            cur = self.db.execute(
                "INSERT INTO annotation_versions(annotation_id, version) VALUES (?, ?)",
                [annotation_id, v],
            )
            added.append(int(cur.lastrowid or 0))
        return added

    def remove_version_rows(self, row_ids: Sequence[int]) -> None:
        for chunk in _chunks(sorted(row_ids)):
            self.db.execute(
                f"DELETE FROM annotation_versions WHERE id IN ({_marks(len(chunk))})", chunk
            )


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(ids), size):
        yield list(ids[i : i + size])

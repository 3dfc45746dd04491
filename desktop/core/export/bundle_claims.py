"""The claims part of a bundle (``claims.json``): statuses, claims, evidence, verdicts,
review sessions, dismissed contradictions and the audit log.

Rows are written as they are stored, ids included (a project made from the bundle keeps
them, so the audit log's references still hold), plus what another project needs to find
them again: ``claim`` (the annotation's identity, ``core.origins``) beside each
``claim_id``, and ``source`` (the SHA-256 of the file) beside each ``source_id``. Claims,
evidence and verdicts of annotations that were deleted are left out; the audit log is
written whole, being the record of what was done.
"""

from __future__ import annotations

import json
from typing import Any, Final

from desktop.core.models import AnnotationId
from desktop.core.origins import Origins
from desktop.core.store import Store

TABLES: Final = {
    # part name: (table, columns, order)
    "statuses": ("claim_statuses", ("id", "key", "name", "colour", "position", "rating"), "id"),
    "claims": (
        "claims",
        (
            "annotation_id",
            "summary",
            "claimant_entity_id",
            "claimant_text",
            "said_on",
            "status_id",
            "modified",
        ),
        "annotation_id",
    ),
    "evidence": (
        "evidence",
        (
            "id",
            "claim_id",
            "source_id",
            "start",
            "end",
            "quote",
            "prefix",
            "suffix",
            "relation",
            "note",
            "created",
            "created_by",
        ),
        "id",
    ),
    "sessions": (
        "review_sessions",
        ("id", "reviewer", "queue", "source_ids", "claim_ids", "position", "started", "finished"),
        "id",
    ),
    "verdicts": (
        "verdicts",
        (
            "id",
            "claim_id",
            "reviewer",
            "status_id",
            "previous_status_id",
            "rationale",
            "created",
            "final",
            "decided_by",
            "imported_from",
            "withdrawn_at",
            "withdrawn_by",
            "session_id",
        ),
        "id",
    ),
    "audit_log": (
        "audit_log",
        (
            "id",
            "at",
            "who",
            "action",
            "object_kind",
            "object_id",
            "claim_id",
            "field",
            "old",
            "new",
        ),
        "id",
    ),
    "dismissed_contradictions": ("dismissed_contradictions", ("key", "who", "at"), "key"),
}
"""What claims.json holds, table by table (also what ``importing.bundle`` reads back)."""

_CLAIM_COLUMN: Final = {"claims": "annotation_id", "evidence": "claim_id", "verdicts": "claim_id"}


def _rows(store: Store, table: str, columns: tuple[str, ...], order: str) -> list[dict[str, Any]]:
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = store.db.execute(f'SELECT {quoted} FROM {table} ORDER BY "{order}"')
    return [dict(zip(columns, r, strict=True)) for r in rows]


def claims_part(store: Store, identities: dict[AnnotationId, str]) -> dict[str, Any]:
    """claims.json as data; ``identities`` are those of the annotations written."""
    shas = {int(s.id): s.sha256 for s in store.sources()}
    known = {int(a) for a in identities}
    out: dict[str, Any] = {}
    referenced: set[int] = set()
    for part, (table, columns, order) in TABLES.items():
        rows = _rows(store, table, columns, order)
        column = _CLAIM_COLUMN.get(part)
        if column is not None:
            rows = [r for r in rows if int(r[column]) in known]
        for r in rows:
            for key in ("claim_id", "annotation_id"):
                if r.get(key) is not None:
                    referenced.add(int(r[key]))
            if part == "sessions":
                r["source_ids"] = json.loads(r["source_ids"] or "[]")
                r["claim_ids"] = json.loads(r["claim_ids"] or "[]")
                referenced.update(int(c) for c in r["claim_ids"])
            if part == "verdicts":
                r["final"] = bool(r["final"])
        out[part] = rows
    # identities of every claim referred to, deleted ones too (the audit log names them)
    names = Origins(store).identities(AnnotationId(i) for i in referenced)
    for part in ("claims", "evidence", "verdicts", "audit_log"):
        for r in out[part]:
            raw = r.get("annotation_id", r.get("claim_id"))
            r["claim"] = None if raw is None else names[AnnotationId(int(raw))]
    for r in out["evidence"]:
        r["source"] = shas.get(int(r["source_id"]))
    for r in out["sessions"]:
        r["sources"] = [shas.get(int(s)) for s in r["source_ids"]]
        r["claims"] = [names[AnnotationId(int(c))] for c in r["claim_ids"]]
    return out

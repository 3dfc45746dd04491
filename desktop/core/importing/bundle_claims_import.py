"""The claims part of a bundle, into a new project (``copy_claims``).

A new project gets the sender's rows as they were, ids included: statuses, claims,
evidence, review sessions, verdicts (withdrawn ones too), dismissed contradictions and the
audit log. The audit entries stay append-only and are marked as imported (table
``audit_imported``: which bundle, when), without changing a byte of them. Merging claims
into an existing project is ``bundle_claims_merge``.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.importing.bundle import Bundle
from desktop.core.models import AnnotationId
from desktop.core.store import Store, now


def copy_claims(store: Store, bundle: Bundle, ids: dict[str, AnnotationId]) -> int:
    """Copy the bundle's claims part into a new, empty project; returns the claims copied.

    ``ids`` maps the identities of the annotations imported to their ids here (the same
    ids as in the sender's project).
    """
    data: dict[str, Any] = bundle.claims
    if not data:
        return 0
    db = store.db
    shas = {s.sha256: s.id for s in bundle.sources}
    db.execute("DELETE FROM claim_statuses")
    db.conn.executemany(
        "INSERT INTO claim_statuses(id, key, name, colour, position, rating) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (s["id"], s["key"], s["name"], s["colour"], s["position"], s["rating"])
            for s in data["statuses"]
        ],
    )
    claims = [c for c in data["claims"] if c.get("claim") in ids]
    db.conn.executemany(
        "INSERT INTO claims(annotation_id, summary, claimant_entity_id, claimant_text, said_on, "
        "status_id, modified) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                ids[c["claim"]],
                c["summary"],
                c["claimant_entity_id"],
                c["claimant_text"],
                c["said_on"],
                c["status_id"],
                c["modified"],
            )
            for c in claims
        ],
    )
    db.conn.executemany(
        'INSERT INTO evidence(id, claim_id, source_id, start, "end", quote, prefix, suffix, '
        "relation, note, created, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                v["id"],
                ids[v["claim"]],
                shas[v["source"]],
                v["start"],
                v["end"],
                v["quote"],
                v["prefix"],
                v["suffix"],
                v["relation"],
                v["note"],
                v["created"],
                v["created_by"],
            )
            for v in data["evidence"]
            if v.get("claim") in ids and v["source"] in shas
        ],
    )
    db.conn.executemany(
        "INSERT INTO review_sessions(id, reviewer, queue, source_ids, claim_ids, position, "
        "started, finished) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                s["id"],
                s["reviewer"],
                s["queue"],
                json.dumps(s["source_ids"]),
                json.dumps(s["claim_ids"]),
                s["position"],
                s["started"],
                s["finished"],
            )
            for s in data["sessions"]
        ],
    )
    db.conn.executemany(
        "INSERT INTO verdicts(id, claim_id, reviewer, status_id, previous_status_id, rationale, "
        "created, final, decided_by, imported_from, withdrawn_at, withdrawn_by, session_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                v["id"],
                ids[v["claim"]],
                v["reviewer"],
                v["status_id"],
                v["previous_status_id"],
                v["rationale"],
                v["created"],
                int(v["final"]),
                v["decided_by"],
                v["imported_from"],
                v["withdrawn_at"],
                v["withdrawn_by"],
                v["session_id"],
            )
            for v in data["verdicts"]
            if v.get("claim") in ids
        ],
    )
    db.conn.executemany(
        "INSERT INTO audit_log(id, at, who, action, object_kind, object_id, claim_id, field, "
        "old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                a["id"],
                a["at"],
                a["who"],
                a["action"],
                a["object_kind"],
                a["object_id"],
                a["claim_id"],
                a["field"],
                a["old"],
                a["new"],
            )
            for a in data["audit_log"]
        ],
    )
    stamp = now()
    db.conn.executemany(
        "INSERT INTO audit_imported(audit_id, bundle, imported_at) VALUES (?, ?, ?)",
        [(a["id"], bundle.name, stamp) for a in data["audit_log"]],
    )
    db.conn.executemany(
        "INSERT INTO dismissed_contradictions(key, who, at) VALUES (?, ?, ?)",
        [(d["key"], d["who"], d["at"]) for d in data["dismissed_contradictions"]],
    )
    return len(claims)


def imported_audit_entries(store: Store) -> dict[int, str]:
    """Audit entry id -> the bundle it came with, for entries that were imported."""
    rows = store.db.execute("SELECT audit_id, bundle FROM audit_imported")
    return {int(a): str(b) for a, b in rows}

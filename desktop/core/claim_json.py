"""Claims as plain data (JSON-ready dicts): what ``recoupe claims --json`` prints.

One record per claim: its passage (code points), fields, status, evidence links, each
reviewer's latest standing verdict and the final verdict if a disagreement was settled.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.core.claim_reads import ClaimReader
from desktop.core.claims import Claim, ClaimStatus, ClaimStatusId, Evidence, Verdict
from desktop.core.models import SourceId
from desktop.core.store import Store


def status_record(s: ClaimStatus) -> dict[str, Any]:
    """id, key (built-ins: 'false'…; None for the user's), name, colour, rating."""
    return {"id": int(s.id), "key": s.key, "name": s.name, "colour": s.colour, "rating": s.rating}


def evidence_record(e: Evidence) -> dict[str, Any]:
    return {
        "id": int(e.id),
        "source_id": int(e.source_id),
        "start": e.start,
        "end": e.end,
        "quote": e.quote,
        "relation": e.relation.value,
        "note": e.note,
        "created": e.created,
        "created_by": e.created_by,
    }


def verdict_record(v: Verdict, statuses: dict[ClaimStatusId, ClaimStatus]) -> dict[str, Any]:
    return {
        "id": int(v.id),
        "claim_id": int(v.claim_id),
        "reviewer": v.reviewer,
        "status": status_record(statuses[v.status_id]),
        "rationale": v.rationale,
        "created": v.created,
        "final": v.final,
        "decided_by": v.decided_by,
        "imported_from": v.imported_from,
        "withdrawn_at": v.withdrawn_at,
        "withdrawn_by": v.withdrawn_by,
        "session_id": None if v.session_id is None else int(v.session_id),
    }


def claim_record(
    reader: ClaimReader,
    claim: Claim,
    *,
    titles: dict[SourceId, str] | None = None,
    statuses: dict[ClaimStatusId, ClaimStatus] | None = None,
) -> dict[str, Any]:
    """One claim as plain data (see the module doc)."""
    statuses = statuses or {s.id: s for s in reader.statuses()}
    titles = titles or {s.id: s.title for s in reader.store.sources()}
    verdicts = reader.latest_verdicts(claim.annotation_id)
    final = reader.final_verdict(claim.annotation_id)
    return {
        "id": int(claim.annotation_id),
        "source_id": int(claim.source_id),
        "source_title": titles.get(claim.source_id),
        "start": claim.start,
        "end": claim.end,
        "quote": claim.quote,
        "summary": claim.summary,
        "claimant": claim.claimant,
        "claimant_entity_id": (
            None if claim.claimant_entity_id is None else int(claim.claimant_entity_id)
        ),
        "claimant_text": claim.claimant_text,
        "said_on": claim.said_on,
        "status": status_record(statuses[claim.status_id]),
        "evidence": [evidence_record(e) for e in reader.evidence_for(claim.annotation_id)],
        "verdicts": {r: verdict_record(v, statuses) for r, v in sorted(verdicts.items())},
        "final": None if final is None else verdict_record(final, statuses),
    }


def claims_json(
    store: Store,
    *,
    source_ids: Iterable[SourceId] | None = None,
    status_ids: Iterable[ClaimStatusId] | None = None,
) -> list[dict[str, Any]]:
    """Every accepted claim of the project (or of these sources / statuses) as plain data."""
    reader = ClaimReader(store)
    statuses = {s.id: s for s in reader.statuses()}
    titles = {s.id: s.title for s in store.sources()}
    return [
        claim_record(reader, c, titles=titles, statuses=statuses)
        for c in reader.claims(source_ids=source_ids, status_ids=status_ids)
    ]

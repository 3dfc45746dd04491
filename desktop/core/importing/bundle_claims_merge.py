"""The claims part of a bundle, merged into an existing project (``merge_claims``).

Inside the merge's transaction, through ``ClaimStore`` so that every change is audited
under the name of who merged:

- **statuses** are matched by key (built-in ones) or name; a status we lack is added;
- a **claim** we have no fields for takes theirs (summary, who said it, when, and the
  status when the claim is new here); one we already filled in keeps ours;
- **evidence** is placed on our text by quote and position (``reanchor``) and added
  unless the claim already has that passage as evidence; evidence whose quote is not in
  our text is counted as orphaned;
- their standing **verdicts** arrive as imported verdicts: their reviewer and time, the
  bundle's name in ``imported_from``, the claim's status left alone — the second review
  (``review.second_review.compare``) can then set both reviewers side by side. A verdict
  already here (same claim, reviewer, status and time: ours coming back, or a bundle
  merged twice) is not added again.

Their review sessions, dismissed contradictions and audit log describe their project and
stay there.
"""

from __future__ import annotations

from typing import Any

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimStatusId, default_reviewer
from desktop.core.entities import EntityId
from desktop.core.errors import RecoupeError
from desktop.core.importing.bundle import Bundle
from desktop.core.models import AnnotationId, SourceId
from desktop.core.reanchor import reanchor


def _statuses(
    claims: ClaimStore, data: dict[str, Any], who: str, counts: dict[str, int]
) -> dict[int, ClaimStatusId]:
    local = claims.statuses()
    by_key = {s.key: s.id for s in local if s.key}
    by_name = {s.name.casefold(): s.id for s in local}
    out: dict[int, ClaimStatusId] = {}
    for s in data["statuses"]:
        found = by_key.get(s["key"]) if s["key"] else None
        found = found or by_name.get(s["name"].casefold())
        if found is None:
            status, _ = claims.add_status(
                who=who, name=s["name"], colour=s["colour"], rating=s["rating"]
            )
            found = status.id
            by_name[s["name"].casefold()] = found
            counts["statuses_added"] += 1
        out[int(s["id"])] = found
    return out


def merge_claims(
    store: Any,
    bundle: Bundle,
    uuid_map: dict[str, AnnotationId],
    source_ids: dict[str, SourceId],
    *,
    new_annotations: set[AnnotationId] | None = None,
    entity_map: dict[int, int] | None = None,
    who: str | None = None,
) -> dict[str, int]:
    """Merge the bundle's claims part (module doc); returns counts of what was done."""
    counts = dict.fromkeys(
        (
            "statuses_added",
            "claims_filled",
            "claims_kept",
            "evidence_added",
            "evidence_orphaned",
            "verdicts_imported",
            "verdicts_already",
            "skipped",
        ),
        0,
    )
    data: dict[str, Any] = bundle.claims
    if not data:
        return counts
    who = who or default_reviewer()
    claims = ClaimStore(store)
    statuses = _statuses(claims, data, who, counts)
    fresh = new_annotations or set()
    entities = entity_map or {}
    for c in data["claims"]:
        aid = uuid_map.get(c["claim"] or "")
        if aid is None:
            continue
        try:
            here = claims.claim(aid)
        except RecoupeError:
            continue
        if here.modified is not None:
            counts["claims_kept"] += 1
            continue
        fields: dict[str, Any] = {
            "summary": c["summary"],
            "claimant_text": c["claimant_text"],
            "said_on": c["said_on"],
        }
        their_entity = c["claimant_entity_id"]
        if their_entity is not None and int(their_entity) in entities:
            fields["claimant_entity_id"] = EntityId(entities[int(their_entity)])
        if aid in fresh and c["status_id"] is not None:
            fields["status_id"] = statuses[int(c["status_id"])]
        try:
            claims.update_claim(aid, who=who, **fields)
        except RecoupeError:  # a value this Recoupe refuses (said_on not EDTF…)
            counts["skipped"] += 1
            continue
        counts["claims_filled"] += 1
    _evidence(store, claims, data, uuid_map, source_ids, who, counts)
    _verdicts(claims, bundle, data, uuid_map, statuses, who, counts)
    return counts


def _evidence(
    store: Any,
    claims: ClaimStore,
    data: dict[str, Any],
    uuid_map: dict[str, AnnotationId],
    source_ids: dict[str, SourceId],
    who: str,
    counts: dict[str, int],
) -> None:
    for v in data["evidence"]:
        aid = uuid_map.get(v["claim"] or "")
        sid = source_ids.get(v["source"])
        if aid is None or sid is None:
            continue
        where = reanchor(
            store.source_text(sid),
            exact=v["quote"],
            prefix=v["prefix"],
            suffix=v["suffix"],
            start=v["start"],
            end=v["end"],
        )
        if where is None:
            counts["evidence_orphaned"] += 1
            continue
        have = {(e.source_id, e.start, e.end) for e in claims.evidence_for(aid)}
        if (sid, *where) in have:
            continue
        try:
            claims.add_evidence(
                aid,
                who=who,
                source_id=sid,
                start=where[0],
                end=where[1],
                relation=v["relation"],
                note=v["note"],
            )
        except RecoupeError:  # the passage is the claim itself here
            counts["skipped"] += 1
            continue
        counts["evidence_added"] += 1


def _verdicts(
    claims: ClaimStore,
    bundle: Bundle,
    data: dict[str, Any],
    uuid_map: dict[str, AnnotationId],
    statuses: dict[int, ClaimStatusId],
    who: str,
    counts: dict[str, int],
) -> None:
    targets = {uuid_map[v["claim"]] for v in data["verdicts"] if v.get("claim") in uuid_map}
    standing = claims.standing_verdicts(targets) if targets else {}
    here = {
        (v.claim_id, v.reviewer, v.status_id, v.created) for vs in standing.values() for v in vs
    }
    for v in sorted(data["verdicts"], key=lambda v: (v["created"], v["id"])):
        aid = uuid_map.get(v.get("claim") or "")
        if aid is None or v["withdrawn_at"] is not None:
            continue
        status = statuses[int(v["status_id"])]
        key = (aid, v["reviewer"], status, v["created"])
        if key in here:
            counts["verdicts_already"] += 1
            continue
        try:
            claims.set_verdict(
                aid,
                who=who,
                reviewer=v["reviewer"],
                status_id=status,
                rationale=v["rationale"],
                imported_from=bundle.name,
                created=v["created"],
            )
        except RecoupeError:  # a time this Recoupe cannot read
            counts["skipped"] += 1
            continue
        here.add(key)
        counts["verdicts_imported"] += 1

"""Claims, verdicts and evidence of an open project: reads and audited writes.

``ClaimStore(store)`` like ``EntityStore(store)``. Every write is one transaction, appends
its audit entries (one per changed field: who, when, old → new) in that transaction and
returns a ``ClaimChange``. ``who`` is keyword-only and required on writes.

Undo never erases: ``restore_claim`` and ``restore_evidence`` put fields and rows back and
log that as ``undo``; ``withdraw_verdict`` marks a verdict withdrawn (the row stays) and
puts back the claim's status from before it. Verdicts imported from another reviewer's
file (``imported_from``) are recorded without changing the claim's status: the status is
this project's judgement, and a disagreement is settled with a final verdict.

Reads are in ``claim_reads``; statuses in ``claim_lists``; sessions and dismissed
contradictions in ``claim_sessions``; claimants moved by entity merges in
``claim_claimants``; claims as plain data (JSON) in ``claim_json``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from desktop.core import anchoring, edtf
from desktop.core.claim_claimants import ClaimantWriter
from desktop.core.claim_lists import FieldChange, check_who, clean
from desktop.core.claim_reads import ClaimReader
from desktop.core.claims import (
    AuditAction,
    AuditId,
    AuditObject,
    Claim,
    ClaimChange,
    ClaimStatusId,
    Evidence,
    EvidenceId,
    EvidenceRelation,
    ReviewSessionId,
    Verdict,
    VerdictId,
)
from desktop.core.entities import EntityId
from desktop.core.entity_records import no_entity
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import UNSET, _Unset, check_range, now

__all__ = ["UNSET", "ClaimReader", "ClaimStore"]

_CLAIM_FIELDS = ("summary", "claimant_entity_id", "claimant_text", "said_on", "status_id")


def _relation(value: EvidenceRelation | str) -> EvidenceRelation:
    try:
        return EvidenceRelation(value)
    except ValueError:
        raise InvalidValue(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{relation}” is not a kind of evidence (supports, contradicts, context)",
            ),
            relation=value,
        ) from None


def _check_said_on(value: str | None) -> str | None:
    """An EDTF date (levels 0–1) in its canonical form, None when blank."""
    if value is None or not value.strip():
        return None
    return edtf.parse(value).text


def _check_created(value: str) -> str:
    try:
        datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date and time (ISO 8601)"),
            value=value,
        ) from None
    return value


def _passage(e: Evidence) -> dict[str, Any]:
    return {"source_id": int(e.source_id), "start": e.start, "end": e.end, "quote": e.quote}


class ClaimStore(ClaimantWriter):
    """Reads and audited writes on claims, verdicts, evidence, statuses and sessions."""

    # ------------------------------------------------------------------- claims

    def _entity_exists(self, entity_id: int) -> bool:
        return (
            self.db.execute("SELECT 1 FROM entities WHERE id = ?", [entity_id]).fetchone()
            is not None
        )

    def _claim_changes(self, old: dict[str, Any], new: dict[str, Any]) -> list[FieldChange]:
        """Audit (field, old, new) for the claim fields that differ, as the user reads them."""
        changes: list[FieldChange] = []
        for f in _CLAIM_FIELDS:
            if old[f] == new[f]:
                continue
            if f == "status_id":
                changes.append(("status", self._status_name(old[f]), self._status_name(new[f])))
            elif f == "claimant_entity_id":
                changes.append(
                    ("claimant_entity", self._entity_label(old[f]), self._entity_label(new[f]))
                )
            else:
                changes.append((f, old[f], new[f]))
        return changes

    def _write_claim_row(self, annotation_id: AnnotationId, fields: dict[str, Any]) -> None:
        self.db.execute(
            "INSERT INTO claims(annotation_id, summary, claimant_entity_id, claimant_text, "
            "said_on, status_id, modified) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(annotation_id) DO UPDATE SET summary = excluded.summary, "
            "claimant_entity_id = excluded.claimant_entity_id, "
            "claimant_text = excluded.claimant_text, said_on = excluded.said_on, "
            "status_id = excluded.status_id, modified = excluded.modified",
            [annotation_id, *(fields[f] for f in _CLAIM_FIELDS), fields["modified"]],
        )

    def update_claim(
        self,
        annotation_id: AnnotationId,
        *,
        who: str,
        summary: str | None | _Unset = UNSET,
        claimant_entity_id: EntityId | None | _Unset = UNSET,
        claimant_text: str | None | _Unset = UNSET,
        said_on: str | None | _Unset = UNSET,
        status_id: ClaimStatusId | _Unset = UNSET,
    ) -> ClaimChange:
        """Edit a claim's fields (blank text: none); said_on must be EDTF (stored canonical)."""
        who = check_who(who)
        claim = self.claim(annotation_id)
        old = {
            "summary": claim.summary,
            "claimant_entity_id": claim.claimant_entity_id,
            "claimant_text": claim.claimant_text,
            "said_on": claim.said_on,
            "status_id": claim.status_id,
        }
        new = dict(old)
        if not isinstance(summary, _Unset):
            new["summary"] = clean(summary)
        if not isinstance(claimant_entity_id, _Unset):
            if claimant_entity_id is not None and not self._entity_exists(claimant_entity_id):
                raise no_entity(claimant_entity_id)
            new["claimant_entity_id"] = claimant_entity_id
        if not isinstance(claimant_text, _Unset):
            new["claimant_text"] = clean(claimant_text)
        if not isinstance(said_on, _Unset):
            new["said_on"] = _check_said_on(said_on)
        if not isinstance(status_id, _Unset):
            new["status_id"] = self.status(status_id).id
        changes = self._claim_changes(old, new)
        if not changes:
            return ClaimChange(claim_ids=(annotation_id,))
        stamp = now()
        with self.db.atomic():
            row = self.db.execute(
                "SELECT status_id FROM claims WHERE annotation_id = ?", [annotation_id]
            ).fetchone()
            if isinstance(status_id, _Unset):  # keep "the default status" as it was stored
                new["status_id"] = row[0] if row else None
            self._write_claim_row(annotation_id, new | {"modified": stamp})
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.EDIT,
                kind=AuditObject.CLAIM,
                object_id=annotation_id,
                claim_id=annotation_id,
                changes=changes,
            )
        return ClaimChange(claim_ids=(annotation_id,), audit_ids=tuple(audit))

    def restore_claim(self, claim: Claim, *, who: str) -> ClaimChange:
        """Undo: put back the claim's fields as in ``claim`` (logged as ``undo``)."""
        who = check_who(who)
        current = self.claim(claim.annotation_id)
        self.status(claim.status_id)
        before = {f: getattr(current, f) for f in _CLAIM_FIELDS}
        after = {f: getattr(claim, f) for f in _CLAIM_FIELDS}
        changes = self._claim_changes(before, after)
        with self.db.atomic():
            if claim.modified is None:
                self.db.execute("DELETE FROM claims WHERE annotation_id = ?", [claim.annotation_id])
            else:
                self._write_claim_row(claim.annotation_id, after | {"modified": claim.modified})
            audit = self._log(
                who=who,
                at=now(),
                action=AuditAction.UNDO,
                kind=AuditObject.CLAIM,
                object_id=claim.annotation_id,
                claim_id=claim.annotation_id,
                changes=changes,
            )
        return ClaimChange(claim_ids=(claim.annotation_id,), audit_ids=tuple(audit))

    def _stored_status(self, claim_id: AnnotationId) -> ClaimStatusId:
        row = self.db.execute(
            "SELECT status_id FROM claims WHERE annotation_id = ?", [claim_id]
        ).fetchone()
        if row is not None and row[0] is not None:
            return ClaimStatusId(int(row[0]))
        return self.statuses()[0].id

    def _set_status(self, claim_id: AnnotationId, status_id: ClaimStatusId, stamp: str) -> None:
        self.db.execute(
            "INSERT INTO claims(annotation_id, status_id, modified) VALUES (?, ?, ?) "
            "ON CONFLICT(annotation_id) DO UPDATE SET status_id = excluded.status_id, "
            "modified = excluded.modified",
            [claim_id, status_id, stamp],
        )

    # ----------------------------------------------------------------- verdicts

    def set_verdict(
        self,
        claim_id: AnnotationId,
        *,
        who: str,
        status_id: ClaimStatusId,
        rationale: str | None = None,
        session_id: ReviewSessionId | None = None,
        final: bool = False,
        imported_from: str | None = None,
        reviewer: str | None = None,
        created: str | None = None,
    ) -> tuple[Verdict, ClaimChange]:
        """Record a verdict (``reviewer`` defaults to ``who``) and give the claim its status.

        ``final``: the resolution of a disagreement, ``decided_by`` = who. ``imported_from``
        (a file name) records another reviewer's verdict with its original ``created`` time,
        leaving the claim's status as it is.
        """
        who = check_who(who)
        reviewer = who if reviewer is None else check_who(reviewer)
        claim = self.claim(claim_id)
        status = self.status(status_id)
        if session_id is not None:
            self.session(session_id)
        imported_from = clean(imported_from)
        stamp = now()
        created = stamp if created is None else _check_created(created)
        rationale = clean(rationale)
        before = claim.status_id
        own = self.latest_verdicts(claim_id).get(reviewer)
        if final:
            action = AuditAction.RESOLVE
        elif imported_from is not None:
            action = AuditAction.IMPORT
        else:
            action = AuditAction.VERDICT
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO verdicts(claim_id, reviewer, status_id, previous_status_id, "
                "rationale, created, final, decided_by, imported_from, session_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    claim_id,
                    reviewer,
                    status.id,
                    before,
                    rationale,
                    created,
                    int(final),
                    who if final else None,
                    imported_from,
                    session_id,
                ],
            )
            vid = VerdictId(int(cur.lastrowid or 0))
            changes: list[FieldChange] = [
                ("status", self._status_name(own.status_id) if own else None, status.name)
            ]
            if reviewer != who:
                changes.append(("reviewer", None, reviewer))
            if rationale is not None:
                changes.append(("rationale", own.rationale if own else None, rationale))
            if imported_from is not None:
                changes.append(("imported_from", None, imported_from))
            audit = self._log(
                who=who,
                at=stamp,
                action=action,
                kind=AuditObject.VERDICT,
                object_id=vid,
                claim_id=claim_id,
                changes=changes,
            )
            if imported_from is None and before != status.id:
                self._set_status(claim_id, status.id, stamp)
                audit += self._log_claim_status(who, stamp, action, claim_id, before, status.id)
        return self.verdict(vid), ClaimChange(
            claim_ids=(claim_id,), verdict_ids=(vid,), audit_ids=tuple(audit)
        )

    def _log_claim_status(
        self,
        who: str,
        at: str,
        action: AuditAction,
        claim_id: AnnotationId,
        old: ClaimStatusId,
        new: ClaimStatusId,
    ) -> list[AuditId]:
        return self._log(
            who=who,
            at=at,
            action=action,
            kind=AuditObject.CLAIM,
            object_id=claim_id,
            claim_id=claim_id,
            changes=[("status", self._status_name(old), self._status_name(new))],
        )

    def withdraw_verdict(self, verdict_id: VerdictId, *, who: str) -> ClaimChange:
        """Undo a verdict: it stays, marked withdrawn; the claim's status goes back.

        The status goes back to what it was before the verdict when the verdict is the
        one in effect (the latest of this project's own, and the claim still has its
        status). Withdrawing an earlier verdict leaves the status, and the next verdict
        then counts from what the withdrawn one found.
        """
        who = check_who(who)
        v = self.verdict(verdict_id)
        if v.withdrawn:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "verdict {verdict_id} is already withdrawn"),
                verdict_id=verdict_id,
            )
        stamp = now()
        claim_ids: tuple[AnnotationId, ...] = ()
        with self.db.atomic():
            self.db.execute(
                "UPDATE verdicts SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ?",
                [stamp, who, verdict_id],
            )
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.WITHDRAW,
                kind=AuditObject.VERDICT,
                object_id=verdict_id,
                claim_id=v.claim_id,
                changes=[("status", self._status_name(v.status_id), None)],
            )
            if v.imported_from is None:
                later = [
                    w
                    for w in self.verdicts_for(v.claim_id)
                    if w.imported_from is None and w.id > v.id
                ]
                current = self._stored_status(v.claim_id)
                if later:
                    nxt = min(later, key=lambda w: w.id)
                    if nxt.previous_status_id == v.status_id and v.previous_status_id is not None:
                        self._set_verdicts([nxt.id], "previous_status_id", v.previous_status_id)
                elif current == v.status_id and v.previous_status_id is not None:
                    self._set_status(v.claim_id, v.previous_status_id, stamp)
                    audit += self._log_claim_status(
                        who, stamp, AuditAction.WITHDRAW, v.claim_id, current, v.previous_status_id
                    )
                    claim_ids = (v.claim_id,)
        return ClaimChange(
            claim_ids=claim_ids or (v.claim_id,), verdict_ids=(verdict_id,), audit_ids=tuple(audit)
        )

    # ----------------------------------------------------------------- evidence

    def add_evidence(
        self,
        claim_id: AnnotationId,
        *,
        who: str,
        source_id: SourceId,
        start: int,
        end: int,
        relation: EvidenceRelation | str,
        note: str | None = None,
    ) -> tuple[Evidence, ClaimChange]:
        """Link [start, end) of a source (code points) to a claim as evidence."""
        who = check_who(who)
        claim = self.claim(claim_id)
        kind = _relation(relation)
        window, offset, length = self.store.text_around(
            source_id, start, end, margin=anchoring.CONTEXT_CHARS
        )
        check_range(length, start, end)
        if (source_id, start, end) == (claim.source_id, claim.start, claim.end):
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "a claim cannot be its own evidence"))
        sel = anchoring.selector_for(window, start - offset, end - offset)
        note = clean(note)
        stamp = now()
        with self.db.atomic():
            cur = self.db.execute(
                'INSERT INTO evidence(claim_id, source_id, start, "end", quote, prefix, '
                "suffix, relation, note, created, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [claim_id, source_id, start, end, sel.quote, sel.prefix, sel.suffix]
                + [kind.value, note, stamp, who],
            )
            eid = EvidenceId(int(cur.lastrowid or 0))
            evidence = self.evidence(eid)
            audit = self._log_evidence(who, stamp, AuditAction.ADD, evidence, adding=True)
        return evidence, ClaimChange(
            claim_ids=(claim_id,), evidence_ids=(eid,), audit_ids=tuple(audit)
        )

    def _log_evidence(
        self, who: str, at: str, action: AuditAction, e: Evidence, *, adding: bool
    ) -> list[AuditId]:
        fields: list[tuple[str, object]] = [
            ("passage", _passage(e)),
            ("relation", e.relation.value),
        ]
        if e.note is not None:
            fields.append(("note", e.note))
        return self._log(
            who=who,
            at=at,
            action=action,
            kind=AuditObject.EVIDENCE,
            object_id=e.id,
            claim_id=e.claim_id,
            changes=[(f, None, v) if adding else (f, v, None) for f, v in fields],
        )

    def update_evidence(
        self,
        evidence_id: EvidenceId,
        *,
        who: str,
        relation: EvidenceRelation | str | _Unset = UNSET,
        note: str | None | _Unset = UNSET,
    ) -> ClaimChange:
        """Change how a passage bears on its claim, or its note."""
        who = check_who(who)
        old = self.evidence(evidence_id)
        new_relation = old.relation if isinstance(relation, _Unset) else _relation(relation)
        new_note = old.note if isinstance(note, _Unset) else clean(note)
        changes: list[FieldChange] = []
        if new_relation is not old.relation:
            changes.append(("relation", old.relation.value, new_relation.value))
        if new_note != old.note:
            changes.append(("note", old.note, new_note))
        if not changes:
            return ClaimChange(claim_ids=(old.claim_id,), evidence_ids=(evidence_id,))
        with self.db.atomic():
            self.db.execute(
                "UPDATE evidence SET relation = ?, note = ? WHERE id = ?",
                [new_relation.value, new_note, evidence_id],
            )
            audit = self._log(
                who=who,
                at=now(),
                action=AuditAction.EDIT,
                kind=AuditObject.EVIDENCE,
                object_id=evidence_id,
                claim_id=old.claim_id,
                changes=changes,
            )
        return ClaimChange(
            claim_ids=(old.claim_id,), evidence_ids=(evidence_id,), audit_ids=tuple(audit)
        )

    def delete_evidence(self, evidence_id: EvidenceId, *, who: str) -> ClaimChange:
        """Remove an evidence link (``restore_evidence`` puts it back with its id)."""
        who = check_who(who)
        old = self.evidence(evidence_id)
        with self.db.atomic():
            self.db.execute("DELETE FROM evidence WHERE id = ?", [evidence_id])
            audit = self._log_evidence(who, now(), AuditAction.DELETE, old, adding=False)
        return ClaimChange(
            claim_ids=(old.claim_id,), evidence_ids=(evidence_id,), audit_ids=tuple(audit)
        )

    def restore_evidence(self, evidence: Evidence, *, who: str) -> ClaimChange:
        """Undo delete_evidence (or redo add_evidence): the same link back, same id."""
        who = check_who(who)
        e = evidence
        exists = self.db.execute("SELECT 1 FROM evidence WHERE id = ?", [e.id]).fetchone()
        if exists:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "evidence link {evidence_id} is already there"),
                evidence_id=e.id,
            )
        with self.db.atomic():
            self.db.execute(
                'INSERT INTO evidence(id, claim_id, source_id, start, "end", quote, prefix, '
                "suffix, relation, note, created, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [e.id, e.claim_id, e.source_id, e.start, e.end, e.quote, e.prefix, e.suffix]
                + [e.relation.value, e.note, e.created, e.created_by],
            )
            audit = self._log_evidence(who, now(), AuditAction.UNDO, e, adding=True)
        return ClaimChange(claim_ids=(e.claim_id,), evidence_ids=(e.id,), audit_ids=tuple(audit))

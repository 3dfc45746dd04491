"""Undoable claim operations: fields, verdicts, evidence links, dismissed contradictions.

One command = one ``ClaimStore`` write = one transaction, and every write appends to the
audit log. Undo never erases history: undoing a verdict withdraws it, undoing a field edit
restores the fields, undoing a deletion restores the same row — each one a new log entry,
so the log only grows. The functions at the bottom are the intents behind the session's
claim methods; the status list has its own in ``claim_status_commands``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.core import edtf
from desktop.core.claim_store import ClaimStore
from desktop.core.claims import (
    Claim,
    ClaimChange,
    ClaimStatus,
    ClaimStatusId,
    Evidence,
    EvidenceId,
    EvidenceRelation,
    ReviewSessionId,
    Verdict,
)
from desktop.core.errors import RecoupeError
from desktop.core.models import AnnotationId, SourceId
from desktop.core.review.review_file import ReviewFile
from desktop.core.review.second_review import ImportReport, import_verdicts
from desktop.core.store import check_range
from desktop.ui.claim_labels import status_label
from desktop.ui.commands import StoreCommand, short
from desktop.ui.messages import localized

if TYPE_CHECKING:
    from desktop.ui.session import Session

CLAIM_FIELDS = ("summary", "claimant_entity_id", "claimant_text", "said_on", "status_id")
EVIDENCE_FIELDS = ("relation", "note")


def tidy(value: Any) -> Any:
    """Text with its runs of white space made single spaces; blank text is None. Other
    values as given."""
    if isinstance(value, str):
        return " ".join(value.split()) or None
    return value


class ClaimCommand(StoreCommand):
    """Runs ClaimStore writes as the session's reviewer and announces their ClaimChange."""

    def store(self) -> ClaimStore:
        return ClaimStore(self.session.store)

    @property
    def who(self) -> str:
        return self.session.reviewer

    def _write(self, call: Callable[[ClaimStore], ClaimChange]) -> bool:
        try:
            change = call(self.store())
        except RecoupeError as e:
            self.failed = True
            self.setObsolete(True)
            self.session.report_error(localized(e))
            return False
        self.session.claims_changed.emit(change)
        return True


class UpdateClaimCommand(ClaimCommand):
    """Change a claim's summary, claimant, date or status; undo puts the old fields back."""

    def __init__(self, session: Session, before: Claim, **fields: Any) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit claim '%1'").replace(
                "%1", short(before.summary or before.quote)
            ),
        )
        self.before = before
        self.fields = fields

    def redo(self) -> None:
        aid, fields = self.before.annotation_id, self.fields
        self._write(lambda cs: cs.update_claim(aid, who=self.who, **fields))

    def undo(self) -> None:
        self._write(lambda cs: cs.restore_claim(self.before, who=self.who))


class SetVerdictCommand(ClaimCommand):
    """Record a reviewer's verdict. Undo withdraws it (the row stays, marked withdrawn);
    redo records a new verdict, so the history only grows."""

    def __init__(
        self,
        session: Session,
        claim: Claim,
        status: ClaimStatus,
        *,
        rationale: str | None = None,
        session_id: ReviewSessionId | None = None,
        final: bool = False,
    ) -> None:
        label = (
            QCoreApplication.translate("Commands", "Resolve '%1' as %2")
            if final
            else QCoreApplication.translate("Commands", "Verdict %2 on '%1'")
        )
        super().__init__(
            session,
            label.replace("%1", short(claim.summary or claim.quote)).replace(
                "%2", status_label(status)
            ),
        )
        self.claim_id = claim.annotation_id
        self.status_id = status.id
        self.rationale = rationale
        self.session_id = session_id
        self.final = final
        self.verdict: Verdict | None = None

    def redo(self) -> None:
        def set_one(cs: ClaimStore) -> ClaimChange:
            verdict, change = cs.set_verdict(
                self.claim_id,
                who=self.who,
                status_id=self.status_id,
                rationale=self.rationale,
                session_id=self.session_id,
                final=self.final,
            )
            self.verdict = verdict
            return change

        self._write(set_one)

    def undo(self) -> None:
        if self.verdict is not None:
            verdict_id = self.verdict.id
            self._write(lambda cs: cs.withdraw_verdict(verdict_id, who=self.who))


class AddEvidenceCommand(ClaimCommand):
    """Link a passage to a claim; undo deletes the link, redo restores the same id."""

    def __init__(
        self,
        session: Session,
        claim: Claim,
        *,
        source_id: SourceId,
        start: int,
        end: int,
        relation: EvidenceRelation,
        note: str | None,
        quote: str,
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Link '%1' to claim '%2'")
            .replace("%1", short(quote))
            .replace("%2", short(claim.summary or claim.quote)),
        )
        self.claim_id = claim.annotation_id
        self.fields: dict[str, Any] = {
            "source_id": source_id,
            "start": start,
            "end": end,
            "relation": relation,
            "note": note,
        }
        self.evidence: Evidence | None = None

    def redo(self) -> None:
        if self.evidence is not None:
            evidence = self.evidence
            self._write(lambda cs: cs.restore_evidence(evidence, who=self.who))
            return

        def add(cs: ClaimStore) -> ClaimChange:
            evidence, change = cs.add_evidence(self.claim_id, who=self.who, **self.fields)
            self.evidence = evidence
            return change

        self._write(add)

    def undo(self) -> None:
        if self.evidence is not None:
            evidence_id = self.evidence.id
            self._write(lambda cs: cs.delete_evidence(evidence_id, who=self.who))

    @property
    def evidence_id(self) -> EvidenceId | None:
        return self.evidence.id if self.evidence is not None else None


class UpdateEvidenceCommand(ClaimCommand):
    """Change an evidence link's relation or note; undo sets the old ones again."""

    def __init__(self, session: Session, before: Evidence, **fields: Any) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit evidence '%1'").replace(
                "%1", short(before.quote)
            ),
        )
        self.before = before
        self.fields = fields

    def redo(self) -> None:
        eid, fields = self.before.id, self.fields
        self._write(lambda cs: cs.update_evidence(eid, who=self.who, **fields))

    def undo(self) -> None:
        b = self.before
        old = {k: getattr(b, k) for k in self.fields}
        self._write(lambda cs: cs.update_evidence(b.id, who=self.who, **old))


class DeleteEvidenceCommand(ClaimCommand):
    """Remove an evidence link; undo restores it with the same id."""

    def __init__(self, session: Session, evidence: Evidence) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Remove evidence '%1'").replace(
                "%1", short(evidence.quote)
            ),
        )
        self.evidence = evidence

    def redo(self) -> None:
        eid = self.evidence.id
        self._write(lambda cs: cs.delete_evidence(eid, who=self.who))

    def undo(self) -> None:
        self._write(lambda cs: cs.restore_evidence(self.evidence, who=self.who))


class ImportVerdictsCommand(ClaimCommand):
    """Store another reviewer's verdicts from a review file. Undo withdraws them all (they
    stay in the history); redo imports them again as new verdicts."""

    def __init__(self, session: Session, review: ReviewFile) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Import verdicts of %1").replace(
                "%1", short(review.reviewer)
            ),
        )
        self.review = review
        self.report: ImportReport | None = None

    def redo(self) -> None:
        def read(_cs: ClaimStore) -> ClaimChange:
            self.report = import_verdicts(self.session.store, self.review, who=self.who)
            if not self.report.imported:
                self.setObsolete(True)  # nothing to undo: the stack drops it
            return self.report.change

        self._write(read)

    def undo(self) -> None:
        report = self.report
        if report is None:
            return

        def withdraw(cs: ClaimStore) -> ClaimChange:
            changes = []
            with self.session.store.db.atomic():  # one transaction for the whole file
                for verdict in reversed(report.imported):
                    changes.append(cs.withdraw_verdict(verdict.id, who=self.who))
            return ClaimChange(
                claim_ids=tuple(sorted({c for ch in changes for c in ch.claim_ids})),
                verdict_ids=tuple(v for ch in changes for v in ch.verdict_ids),
                audit_ids=tuple(a for ch in changes for a in ch.audit_ids),
            )

        self._write(withdraw)


class DismissContradictionCommand(ClaimCommand):
    """Stop offering a candidate contradiction; undo offers it again."""

    def __init__(self, session: Session, key: str, label: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Dismiss contradiction '%1'").replace(
                "%1", short(label)
            ),
        )
        self.key = key

    def redo(self) -> None:
        self._write(lambda cs: cs.dismiss_contradiction(self.key, who=self.who))

    def undo(self) -> None:
        self._write(lambda cs: cs.restore_contradiction(self.key, who=self.who))


# ------------------------------------------------------------------- intents


def push(session: Session, command: ClaimCommand) -> bool:
    """Push a claim command; False if it failed or was refused (the error was reported)."""
    return session._push(command)  # the session refuses writes to a read-only project


def fail(session: Session, error: RecoupeError) -> bool:
    """Report a refused change; False."""
    session.report_error(localized(error))
    return False


def update_claim(session: Session, annotation_id: AnnotationId, **fields: Any) -> bool:
    """Change a claim's summary, claimant (entity id or free text), said_on or status_id.

    Blank text clears a field; fields equal to the stored ones are skipped; a said_on that
    is not a date Recoupe reads is explained and nothing changes.
    """
    unknown = set(fields) - set(CLAIM_FIELDS)
    if unknown:
        raise TypeError(f"update_claim() got unexpected fields {sorted(unknown)}")
    try:
        before = ClaimStore(session.store).claim(annotation_id)
        said_on = fields.get("said_on")
        if isinstance(said_on, str) and said_on.strip():
            problem = edtf.explain(said_on.strip())
            if problem is not None:
                raise problem
    except RecoupeError as e:
        return fail(session, e)
    changed = {k: tidy(v) for k, v in fields.items() if tidy(v) != getattr(before, k)}
    if not changed:
        return True
    return push(session, UpdateClaimCommand(session, before, **changed))


def set_verdict(
    session: Session,
    claim_id: AnnotationId,
    status_id: ClaimStatusId,
    rationale: str | None = None,
    *,
    session_id: ReviewSessionId | None = None,
    final: bool = False,
) -> bool:
    """Record the session's reviewer's verdict on a claim (one undo step)."""
    try:
        store = ClaimStore(session.store)
        claim = store.claim(claim_id)
        status = store.status(status_id)
    except RecoupeError as e:
        return fail(session, e)
    return push(
        session,
        SetVerdictCommand(
            session,
            claim,
            status,
            rationale=tidy(rationale),
            session_id=session_id,
            final=final,
        ),
    )


def add_evidence(
    session: Session,
    claim_id: AnnotationId,
    source_id: SourceId,
    start: int,
    end: int,
    relation: EvidenceRelation,
    note: str | None = None,
) -> EvidenceId | None:
    """Link the passage [start, end) (code points) to a claim; the new link's id or None."""
    try:
        claim = ClaimStore(session.store).claim(claim_id)
        window, offset, length = session.store.text_around(source_id, start, end)
        check_range(length, start, end)
        relation = EvidenceRelation(relation)
    except RecoupeError as e:
        fail(session, e)
        return None
    command = AddEvidenceCommand(
        session,
        claim,
        source_id=source_id,
        start=start,
        end=end,
        relation=relation,
        note=tidy(note),
        quote=window[start - offset : end - offset],
    )
    return command.evidence_id if push(session, command) else None


def update_evidence(session: Session, evidence_id: EvidenceId, **fields: Any) -> bool:
    """Change an evidence link's relation or note; unchanged fields are skipped."""
    unknown = set(fields) - set(EVIDENCE_FIELDS)
    if unknown:
        raise TypeError(f"update_evidence() got unexpected fields {sorted(unknown)}")
    try:
        before = ClaimStore(session.store).evidence(evidence_id)
        if "relation" in fields:
            fields["relation"] = EvidenceRelation(fields["relation"])
    except RecoupeError as e:
        return fail(session, e)
    changed = {k: tidy(v) for k, v in fields.items() if tidy(v) != getattr(before, k)}
    if not changed:
        return True
    return push(session, UpdateEvidenceCommand(session, before, **changed))


def delete_evidence(session: Session, evidence_id: EvidenceId) -> bool:
    try:
        evidence = ClaimStore(session.store).evidence(evidence_id)
    except RecoupeError as e:
        return fail(session, e)
    return push(session, DeleteEvidenceCommand(session, evidence))


def dismiss_contradiction(session: Session, key: str, label: str = "") -> bool:
    """Stop offering a candidate contradiction (``Contradiction.key``), one undo step."""
    if key in ClaimStore(session.store).dismissed_contradictions():
        return True
    return push(session, DismissContradictionCommand(session, key, label or key))


def import_review(session: Session, review: ReviewFile) -> ImportReport | None:
    """Store the review file's verdicts that match claims here (one undo step); the report
    says what matched and what did not. None if the import failed (reported)."""
    command = ImportVerdictsCommand(session, review)
    return command.report if push(session, command) else None

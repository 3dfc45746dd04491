"""Claims, their evidence, reviewers' verdicts and the audit log: plain data.

A **claim** is an annotation whose tag has kind ``claim``; its editable fields (summary,
who makes it, when it was said, status) live in the ``claims`` table, and a claim with no
row there has the defaults (status: the project's first status). The same statement in
two sources is two claims, each with its own status.

A **verdict** is one reviewer's judgement of one claim at one time. Verdicts are never
deleted: undoing one marks it withdrawn. The **audit log** is append-only (SQLite
triggers refuse UPDATE and DELETE). ``desktop.core.claim_store.ClaimStore`` reads and
writes them; see ``/work/claims_spec.md`` for the contract the interface codes against.
"""

from __future__ import annotations

import enum
import getpass
import os
from dataclasses import dataclass
from typing import Any, Final, NewType

from desktop.core.entities import EntityId
from desktop.core.migrations import BUILTIN_CLAIM_STATUSES
from desktop.core.models import AnnotationId, SourceId

ClaimStatusId = NewType("ClaimStatusId", int)
EvidenceId = NewType("EvidenceId", int)
VerdictId = NewType("VerdictId", int)
AuditId = NewType("AuditId", int)
ReviewSessionId = NewType("ReviewSessionId", int)

BUILTIN_STATUS_KEYS: Final = tuple(key for key, *_ in BUILTIN_CLAIM_STATUSES)
"""Keys of the built-in statuses, in their initial order ('unverified' first)."""

BUILTIN_STATUS_FRENCH: Final = {
    "unverified": "Non vérifié",
    "corroborated": "Corroboré",
    "disputed": "Contesté",
    "false": "Faux",
    "misleading": "Trompeur",
    "unverifiable": "Invérifiable",
}
"""French names of the built-in statuses, so ``--status faux`` finds 'false'.

The interface translates built-in names itself; this table only serves matching.
"""


class EvidenceRelation(enum.StrEnum):
    """How a linked passage bears on a claim."""

    SUPPORTS = "supports"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"


class QueueKind(enum.StrEnum):
    """Which claims a review session walks through."""

    ALL = "all"
    SOURCES = "sources"
    UNREVIEWED = "unreviewed"
    """Claims the reviewer has no standing verdict on."""
    CONTRADICTIONS = "contradictions"
    """Claims with contradicting evidence, or on which reviewers disagree unresolved."""


class AuditAction(enum.StrEnum):
    """What an audit entry records (``AuditEntry.action``)."""

    ADD = "add"
    EDIT = "edit"
    DELETE = "delete"
    VERDICT = "verdict"
    RESOLVE = "resolve"
    """A final verdict settling a disagreement."""
    IMPORT = "import"
    """A verdict read from another reviewer's review file."""
    WITHDRAW = "withdraw"
    REPLACE = "replace"
    """A claim or verdict moved to another status because its status was deleted."""
    UNDO = "undo"
    """Fields put back as they were (undo of an edit or a deletion)."""
    DISMISS = "dismiss"


class AuditObject(enum.StrEnum):
    """What kind of thing an audit entry is about (``AuditEntry.object_kind``)."""

    CLAIM = "claim"
    VERDICT = "verdict"
    EVIDENCE = "evidence"
    STATUS = "status"
    CONTRADICTION = "contradiction"


@dataclass(frozen=True)
class ClaimStatus:
    """A status a claim can have; ``key`` names a built-in one (None for the user's)."""

    id: ClaimStatusId
    key: str | None
    name: str
    colour: str
    position: int
    rating: int | None

    @property
    def label(self) -> str:
        """The key of a built-in status, else its name: how files and the CLI name it."""
        return self.key or self.name


@dataclass(frozen=True)
class Claim:
    """A claim: its passage (code points) and its fields; ``modified`` None: no fields set."""

    annotation_id: AnnotationId
    source_id: SourceId
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    summary: str | None
    claimant_entity_id: EntityId | None
    claimant_text: str | None
    said_on: str | None
    status_id: ClaimStatusId
    modified: str | None
    claimant_entity_name: str | None = None
    """The name of the claimant entity when it exists (filled by the reads)."""

    @property
    def claimant(self) -> str | None:
        """Who makes the claim: the entity's name, else the free text."""
        return self.claimant_entity_name or self.claimant_text

    @property
    def id(self) -> AnnotationId:
        return self.annotation_id


@dataclass(frozen=True)
class Evidence:
    """A passage linked to a claim, in the same or another source (code points)."""

    id: EvidenceId
    claim_id: AnnotationId
    source_id: SourceId
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    relation: EvidenceRelation
    note: str | None
    created: str
    created_by: str


@dataclass(frozen=True)
class Verdict:
    """One reviewer's judgement of one claim at one time; withdrawn ones are kept."""

    id: VerdictId
    claim_id: AnnotationId
    reviewer: str
    status_id: ClaimStatusId
    rationale: str | None
    created: str
    final: bool
    decided_by: str | None
    imported_from: str | None
    withdrawn_at: str | None
    withdrawn_by: str | None
    session_id: ReviewSessionId | None
    previous_status_id: ClaimStatusId | None = None
    """The claim's status just before this verdict (what withdrawing it puts back)."""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log: who changed which field of what, when, old → new."""

    id: AuditId
    at: str
    who: str
    action: str
    object_kind: str
    object_id: int | None
    claim_id: AnnotationId | None
    field: str | None
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ReviewSession:
    """A persisted walk through a queue of claims; it can stop and resume."""

    id: ReviewSessionId
    reviewer: str
    queue: QueueKind
    source_ids: tuple[SourceId, ...]
    claim_ids: tuple[AnnotationId, ...]
    position: int
    started: str
    finished: str | None

    @property
    def current(self) -> AnnotationId | None:
        """The claim at the current position, None past the end."""
        if 0 <= self.position < len(self.claim_ids):
            return self.claim_ids[self.position]
        return None


@dataclass(frozen=True)
class ClaimChange:
    """What a claim-store write touched, so each view redraws only that."""

    claim_ids: tuple[AnnotationId, ...] = ()
    evidence_ids: tuple[EvidenceId, ...] = ()
    verdict_ids: tuple[VerdictId, ...] = ()
    status_ids: tuple[ClaimStatusId, ...] = ()
    audit_ids: tuple[AuditId, ...] = ()
    contradiction_keys: tuple[str, ...] = ()


@dataclass(frozen=True)
class StatusSnapshot:
    """A status with what used it, so undoing its deletion puts everything back."""

    status: ClaimStatus
    claim_ids: tuple[AnnotationId, ...]
    """Claims whose stored status it was."""
    verdict_ids: tuple[VerdictId, ...]
    """Verdicts that gave it."""
    previous_ids: tuple[VerdictId, ...]
    """Verdicts whose withdrawal would put it back."""
    defaulted_ids: tuple[AnnotationId, ...] = ()
    """Claims with fields but no status of their own, when it was the first status."""
    rowless_ids: tuple[AnnotationId, ...] = ()
    """Claims with no fields at all, when it was the first status."""


def default_reviewer() -> str:
    """The operating system's user name, the reviewer when none is set."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError, ImportError):
        name = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    return name.strip() or "reviewer"


# ------------------------------------------------------------------ row converters

STATUS_COLUMNS: Final = "id, key, name, colour, position, rating"
EVIDENCE_COLUMNS: Final = (
    'id, claim_id, source_id, start, "end", quote, prefix, suffix, relation, note, '
    "created, created_by"
)
VERDICT_COLUMNS: Final = (
    "id, claim_id, reviewer, status_id, rationale, created, final, decided_by, "
    "imported_from, withdrawn_at, withdrawn_by, session_id, previous_status_id"
)
AUDIT_COLUMNS: Final = "id, at, who, action, object_kind, object_id, claim_id, field, old, new"


def status_row(r: Any) -> ClaimStatus:
    return ClaimStatus(
        ClaimStatusId(int(r[0])),
        r[1],
        str(r[2]),
        str(r[3]),
        int(r[4]),
        None if r[5] is None else int(r[5]),
    )


def evidence_row(r: Any) -> Evidence:
    return Evidence(
        EvidenceId(int(r[0])),
        AnnotationId(int(r[1])),
        SourceId(int(r[2])),
        int(r[3]),
        int(r[4]),
        str(r[5]),
        str(r[6]),
        str(r[7]),
        EvidenceRelation(r[8]),
        r[9],
        str(r[10]),
        str(r[11]),
    )


def verdict_row(r: Any) -> Verdict:
    return Verdict(
        VerdictId(int(r[0])),
        AnnotationId(int(r[1])),
        str(r[2]),
        ClaimStatusId(int(r[3])),
        r[4],
        str(r[5]),
        bool(r[6]),
        r[7],
        r[8],
        r[9],
        r[10],
        None if r[11] is None else ReviewSessionId(int(r[11])),
        None if r[12] is None else ClaimStatusId(int(r[12])),
    )


def audit_row(r: Any) -> AuditEntry:
    return AuditEntry(
        AuditId(int(r[0])),
        str(r[1]),
        str(r[2]),
        str(r[3]),
        str(r[4]),
        None if r[5] is None else int(r[5]),
        None if r[6] is None else AnnotationId(int(r[6])),
        r[7],
        r[8],
        r[9],
    )

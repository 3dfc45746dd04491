"""Reading claims, statuses, evidence, verdicts, review sessions and the audit log.

``ClaimReader`` only reads; ``claim_store.ClaimStore`` adds the writes. Rows that point at
annotations outlive them on purpose (no foreign key), so every read joins on the
annotations that exist: a claim whose annotation is gone is skipped, and comes back with
its fields, evidence and verdicts when the deletion is undone.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any, Final

from desktop.core import anchoring
from desktop.core.claims import (
    AUDIT_COLUMNS,
    BUILTIN_STATUS_FRENCH,
    EVIDENCE_COLUMNS,
    STATUS_COLUMNS,
    VERDICT_COLUMNS,
    AuditEntry,
    Claim,
    ClaimStatus,
    ClaimStatusId,
    Evidence,
    EvidenceId,
    EvidenceRelation,
    QueueKind,
    ReviewSession,
    ReviewSessionId,
    Verdict,
    audit_row,
    evidence_row,
    status_row,
    verdict_row,
)
from desktop.core.entities import EntityId
from desktop.core.errors import QT_TRANSLATE_NOOP, NotFound
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import Store

FOLD_FUNCTION: Final = "recoupe_fold"
"""SQL function folding text like ``anchoring.fold`` (case, accents, ’), for filters."""

_DEFAULT_STATUS: Final = "(SELECT id FROM claim_statuses ORDER BY position, id LIMIT 1)"
_CLAIM_SELECT: Final = (
    'SELECT a.id, a.source_id, a.start, a."end", a.quote, a.prefix, a.suffix, '
    "c.summary, c.claimant_entity_id, c.claimant_text, c.said_on, "
    f"COALESCE(c.status_id, {_DEFAULT_STATUS}), c.modified, e.name "
    "FROM annotations a "
    "JOIN tags t ON t.id = a.tag_id AND t.kind = 'claim' "
    "LEFT JOIN claims c ON c.annotation_id = a.id "
    "LEFT JOIN entities e ON e.id = c.claimant_entity_id"
)
_CLAIM_ORDER: Final = ' ORDER BY a.source_id, a.start, a."end", a.id'


def fold(text: str | None) -> str:
    """text folded for matching: case and accents dropped, ’ made '."""
    return anchoring.fold(text)[0] if text else ""


def marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def claim_row(r: Sequence[Any]) -> Claim:
    return Claim(
        annotation_id=AnnotationId(int(r[0])),
        source_id=SourceId(int(r[1])),
        start=int(r[2]),
        end=int(r[3]),
        quote=str(r[4]),
        prefix=str(r[5]),
        suffix=str(r[6]),
        summary=r[7],
        claimant_entity_id=None if r[8] is None else EntityId(int(r[8])),
        claimant_text=r[9],
        said_on=r[10],
        status_id=ClaimStatusId(int(r[11])),
        modified=r[12],
        claimant_entity_name=r[13],
    )


def no_claim(annotation_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Messages", "no claim {claim_id}"), claim_id=annotation_id)


def no_evidence(evidence_id: int) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("Messages", "no evidence link {evidence_id}"), evidence_id=evidence_id
    )


def _day_after(text: str) -> str | None:
    try:
        return (date.fromisoformat(text) + timedelta(days=1)).isoformat()
    except ValueError:
        return None


class ClaimReader:
    """Reads the claim tables of an open Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db
        self.db.conn.create_function(FOLD_FUNCTION, 1, fold, deterministic=True)

    # ----------------------------------------------------------------- statuses

    def statuses(self) -> list[ClaimStatus]:
        """The project's statuses in their order; the first is a new claim's."""
        rows = self.db.execute(f"SELECT {STATUS_COLUMNS} FROM claim_statuses ORDER BY position, id")
        return [status_row(r) for r in rows]

    def status(self, status_id: ClaimStatusId) -> ClaimStatus:
        row = self.db.execute(
            f"SELECT {STATUS_COLUMNS} FROM claim_statuses WHERE id = ?", [status_id]
        ).fetchone()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "no claim status {status_id}"), status_id=status_id
            )
        return status_row(row)

    def status_by_key_or_name(self, text: str) -> ClaimStatus:
        """The status whose key, name, French built-in name or id is text (case, accents folded)."""
        wanted = fold(text.strip())
        statuses = self.statuses()
        for s in statuses:
            if wanted in (fold(s.key), fold(s.name)):
                return s
        for s in statuses:
            if s.key is not None and wanted == fold(BUILTIN_STATUS_FRENCH.get(s.key)):
                return s
        if wanted.isdigit():
            for s in statuses:
                if s.id == int(wanted):
                    return s
        raise NotFound(
            QT_TRANSLATE_NOOP("Messages", "no claim status “{status}” (statuses: {names})"),
            status=text,
            names=", ".join(s.label for s in statuses),
        )

    # ------------------------------------------------------------------- claims

    def claim(self, annotation_id: AnnotationId) -> Claim:
        """The claim of this annotation, whatever its status; NotFound if not a claim."""
        row = self.db.execute(_CLAIM_SELECT + " WHERE a.id = ?", [annotation_id]).fetchone()
        if row is None:
            raise no_claim(annotation_id)
        return claim_row(row)

    def claims(
        self,
        *,
        source_ids: Iterable[SourceId] | None = None,
        status_ids: Iterable[ClaimStatusId] | None = None,
        ids: Iterable[AnnotationId] | None = None,
    ) -> list[Claim]:
        """Accepted claims (not pending suggestions), by source then position."""
        where = ["a.status = 'accepted'"]
        params: list[object] = []
        for column, values in (
            ("a.source_id", source_ids),
            (f"COALESCE(c.status_id, {_DEFAULT_STATUS})", status_ids),
            ("a.id", ids),
        ):
            if values is not None:
                items = sorted({int(v) for v in values})
                where.append(f"{column} IN ({marks(len(items))})")
                params.extend(items)
        sql = _CLAIM_SELECT + " WHERE " + " AND ".join(where) + _CLAIM_ORDER
        return [claim_row(r) for r in self.db.execute(sql, params)]

    def find_claims(self, text: str, *, limit: int = 20) -> list[Claim]:
        """Claims whose summary, quote or claimant has every word of text.

        Case, accents and the typographic apostrophe are folded ("l’Elysee" finds
        "L'Élysée"). Whole-phrase matches come first, then the most recently edited;
        empty text gives the most recent claims.
        """
        words = fold(text).split()
        phrase = " ".join(words)
        edited = {
            int(r[0]): str(r[1])
            for r in self.db.execute(
                "SELECT a.id, COALESCE(c.modified, a.modified) FROM annotations a "
                "JOIN tags t ON t.id = a.tag_id AND t.kind = 'claim' "
                "LEFT JOIN claims c ON c.annotation_id = a.id"
            )
        }
        found: list[tuple[int, str, int, Claim]] = []
        for c in self.claims():
            stamp = edited.get(c.annotation_id, "")
            if words:
                haystack = " ".join(
                    fold(" ".join(v.split()))
                    for v in (c.summary, c.quote, c.claimant_text, c.claimant_entity_name)
                    if v
                )
                if not all(w in haystack for w in words):
                    continue
                rank = 0 if phrase in haystack else 1
            else:
                rank = 0
            found.append((rank, stamp, c.annotation_id, c))
        found.sort(key=lambda f: (f[0], _reverse(f[1]), -f[2]))
        return [f[3] for f in found[: max(0, limit)]]

    def claimant_name(self, claim: Claim) -> str | None:
        """Who makes the claim: the entity's current name, else the free text."""
        if claim.claimant_entity_id is not None:
            row = self.db.execute(
                "SELECT name FROM entities WHERE id = ?", [claim.claimant_entity_id]
            ).fetchone()
            if row is not None:
                return str(row[0])
        return claim.claimant_text

    # ----------------------------------------------------------------- evidence

    def evidence_for(self, claim_id: AnnotationId) -> list[Evidence]:
        """A claim's evidence links (those whose source is still there), oldest first."""
        rows = self.db.execute(
            f"SELECT {_prefixed('v', EVIDENCE_COLUMNS)} FROM evidence v "
            "JOIN sources s ON s.id = v.source_id WHERE v.claim_id = ? ORDER BY v.id",
            [claim_id],
        )
        return [evidence_row(r) for r in rows]

    def evidence(self, evidence_id: EvidenceId) -> Evidence:
        row = self.db.execute(
            f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE id = ?", [evidence_id]
        ).fetchone()
        if row is None:
            raise no_evidence(evidence_id)
        return evidence_row(row)

    def evidence_in_source(self, source_id: SourceId) -> list[Evidence]:
        """Evidence passages in one source (to draw them), by position."""
        rows = self.db.execute(
            f"SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE source_id = ? "
            'ORDER BY start, "end", id',
            [source_id],
        )
        return [evidence_row(r) for r in rows]

    # ----------------------------------------------------------------- verdicts

    def verdict(self, verdict_id: int) -> Verdict:
        row = self.db.execute(
            f"SELECT {VERDICT_COLUMNS} FROM verdicts WHERE id = ?", [verdict_id]
        ).fetchone()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "no verdict {verdict_id}"), verdict_id=verdict_id
            )
        return verdict_row(row)

    def verdicts_for(
        self, claim_id: AnnotationId, *, include_withdrawn: bool = False
    ) -> list[Verdict]:
        """A claim's verdicts, oldest first."""
        sql = f"SELECT {VERDICT_COLUMNS} FROM verdicts WHERE claim_id = ?"
        if not include_withdrawn:
            sql += " AND withdrawn_at IS NULL"
        rows = self.db.execute(sql + " ORDER BY created, id", [claim_id])
        return [verdict_row(r) for r in rows]

    def latest_verdicts(self, claim_id: AnnotationId) -> dict[str, Verdict]:
        """Each reviewer's latest standing (not withdrawn) verdict on a claim."""
        return {v.reviewer: v for v in self.verdicts_for(claim_id)}

    def final_verdict(self, claim_id: AnnotationId) -> Verdict | None:
        """The latest standing resolution of a disagreement on this claim, if any."""
        finals = [v for v in self.verdicts_for(claim_id) if v.final]
        return finals[-1] if finals else None

    def standing_verdicts(
        self, claim_ids: Iterable[AnnotationId] | None = None, *, reviewer: str | None = None
    ) -> dict[AnnotationId, list[Verdict]]:
        """Standing verdicts of many claims at once (oldest first), by claim."""
        sql = f"SELECT {VERDICT_COLUMNS} FROM verdicts WHERE withdrawn_at IS NULL"
        params: list[object] = []
        if claim_ids is not None:
            ids = sorted({int(i) for i in claim_ids})
            sql += f" AND claim_id IN ({marks(len(ids))})"
            params.extend(ids)
        if reviewer is not None:
            sql += " AND reviewer = ?"
            params.append(reviewer)
        out: dict[AnnotationId, list[Verdict]] = defaultdict(list)
        for r in self.db.execute(sql + " ORDER BY created, id", params):
            v = verdict_row(r)
            out[v.claim_id].append(v)
        return dict(out)

    def reviewers(self) -> list[str]:
        """Everyone who gave a verdict (withdrawn ones included), alphabetically."""
        rows = self.db.execute("SELECT DISTINCT reviewer FROM verdicts")
        return sorted((str(r[0]) for r in rows), key=lambda n: (fold(n), n))

    # --------------------------------------------------------------- audit log

    def audit_log(
        self,
        *,
        claim_id: AnnotationId | None = None,
        who: str | None = None,
        action: str | None = None,
        object_kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Audit entries, newest first, filtered; ``until`` a day (YYYY-MM-DD) includes it.

        ``text`` matches who, field, old and new values, folded like ``find_claims``.
        """
        where, params = self._audit_filter(claim_id, who, action, object_kind, since, until, text)
        sql = f"SELECT {AUDIT_COLUMNS} FROM audit_log{where} ORDER BY id DESC"
        if limit is not None or offset:
            sql += " LIMIT ? OFFSET ?"
            params.extend([-1 if limit is None else max(0, limit), max(0, offset)])
        return [audit_row(r) for r in self.db.execute(sql, params)]

    def audit_count(
        self,
        *,
        claim_id: AnnotationId | None = None,
        who: str | None = None,
        action: str | None = None,
        object_kind: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
    ) -> int:
        where, params = self._audit_filter(claim_id, who, action, object_kind, since, until, text)
        return int(self.db.execute(f"SELECT COUNT(*) FROM audit_log{where}", params).fetchone()[0])

    def audit_people(self) -> list[str]:
        """Everyone who appears in the audit log, alphabetically (for a filter)."""
        rows = self.db.execute("SELECT DISTINCT who FROM audit_log")
        return sorted((str(r[0]) for r in rows), key=lambda n: (fold(n), n))

    def _audit_filter(
        self,
        claim_id: AnnotationId | None,
        who: str | None,
        action: str | None,
        object_kind: str | None,
        since: str | None,
        until: str | None,
        text: str | None,
    ) -> tuple[str, list[object]]:
        where: list[str] = []
        params: list[object] = []
        for column, value in (
            ("claim_id", claim_id),
            ("who", who),
            ("action", action),
            ("object_kind", object_kind),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if since:
            where.append("at >= ?")
            params.append(since)
        if until:
            next_day = _day_after(until) if len(until) == 10 else None
            where.append("at < ?" if next_day else "at <= ?")
            params.append(next_day or until)
        words = fold(text).split() if text else []
        for w in words:
            where.append(
                f"instr({FOLD_FUNCTION}(COALESCE(who, '') || ' ' || COALESCE(field, '') || ' ' "
                "|| COALESCE(old, '') || ' ' || COALESCE(new, '')), ?) > 0"
            )
            params.append(w)
        return (" WHERE " + " AND ".join(where)) if where else "", params

    # ----------------------------------------------------------------- sessions

    def sessions(
        self, *, reviewer: str | None = None, unfinished_only: bool = False
    ) -> list[ReviewSession]:
        """Review sessions, most recent first."""
        sql = f"SELECT {_SESSION_COLUMNS} FROM review_sessions"
        where: list[str] = []
        params: list[object] = []
        if reviewer is not None:
            where.append("reviewer = ?")
            params.append(reviewer)
        if unfinished_only:
            where.append("finished IS NULL")
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [_session_row(r) for r in self.db.execute(sql + " ORDER BY id DESC", params)]

    def session(self, session_id: ReviewSessionId) -> ReviewSession:
        row = self.db.execute(
            f"SELECT {_SESSION_COLUMNS} FROM review_sessions WHERE id = ?", [session_id]
        ).fetchone()
        if row is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "no review session {session_id}"),
                session_id=session_id,
            )
        return _session_row(row)

    def queue(
        self, kind: QueueKind, *, reviewer: str, source_ids: Sequence[SourceId] = ()
    ) -> list[AnnotationId]:
        """The claims a new session of this kind would walk, in reading order.

        ``source_ids`` narrows every kind to those sources (SOURCES needs some).
        CONTRADICTIONS: claims with contradicting evidence, or on which reviewers' latest
        verdicts differ and no final verdict settled it.
        """
        kind = QueueKind(kind)
        if kind is QueueKind.SOURCES and not source_ids:
            return []
        claims = self.claims(source_ids=list(source_ids) if source_ids else None)
        if kind in (QueueKind.ALL, QueueKind.SOURCES):
            return [c.annotation_id for c in claims]
        ids = [c.annotation_id for c in claims]
        if kind is QueueKind.UNREVIEWED:
            reviewed = self.standing_verdicts(ids, reviewer=reviewer)
            return [i for i in ids if i not in reviewed]
        contradicted = {
            AnnotationId(int(r[0]))
            for r in self.db.execute(
                "SELECT DISTINCT v.claim_id FROM evidence v JOIN sources s ON s.id = v.source_id "
                "WHERE v.relation = ?",
                [EvidenceRelation.CONTRADICTS.value],
            )
        }
        standing = self.standing_verdicts(ids)
        return [i for i in ids if i in contradicted or disagreement(standing.get(i, []))]

    # ----------------------------------------------------- dismissed contradictions

    def dismissed_contradictions(self) -> set[str]:
        """Keys of the candidate contradictions the user dismissed."""
        return {str(r[0]) for r in self.db.execute("SELECT key FROM dismissed_contradictions")}


def disagreement(verdicts: Sequence[Verdict]) -> bool:
    """Whether reviewers' latest verdicts differ and no final verdict settled it."""
    if any(v.final for v in verdicts):
        return False
    latest = {v.reviewer: v.status_id for v in verdicts}
    return len(set(latest.values())) > 1


def _reverse(stamp: str) -> tuple[int, ...]:
    """A key sorting ISO timestamps newest first."""
    return tuple(-ord(ch) for ch in stamp) + (1,)


def _prefixed(alias: str, columns: str) -> str:
    return ", ".join(f"{alias}.{c.strip()}" for c in columns.split(","))


_SESSION_COLUMNS: Final = "id, reviewer, queue, source_ids, claim_ids, position, started, finished"


def _session_row(r: Sequence[Any]) -> ReviewSession:
    return ReviewSession(
        ReviewSessionId(int(r[0])),
        str(r[1]),
        QueueKind(r[2]),
        tuple(SourceId(int(i)) for i in json.loads(r[3])),
        tuple(AnnotationId(int(i)) for i in json.loads(r[4])),
        int(r[5]),
        str(r[6]),
        r[7],
    )

"""Writes on review sessions and on dismissed candidate contradictions.

``claim_store.ClaimStore`` builds on this class; use that. Moving through a session is
navigation and is not audited; dismissing a contradiction (and undoing that) is.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from desktop.core.claim_lists import ClaimListWriter, check_who
from desktop.core.claims import (
    AuditAction,
    AuditObject,
    ClaimChange,
    QueueKind,
    ReviewSession,
    ReviewSessionId,
)
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue
from desktop.core.models import SourceId
from desktop.core.store import now


class ClaimSessionWriter(ClaimListWriter):
    """Review sessions (start, move, finish) and dismissed contradictions."""

    # ----------------------------------------------------------------- sessions

    def start_session(
        self, *, reviewer: str, queue: QueueKind, source_ids: Sequence[SourceId] = ()
    ) -> ReviewSession:
        """Persist a new session over the claims ``queue`` gives now (not audited)."""
        reviewer = check_who(reviewer)
        kind = QueueKind(queue)
        for sid in source_ids:
            self.store.source(sid)
        claim_ids = self.queue(kind, reviewer=reviewer, source_ids=source_ids)
        if not claim_ids:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "there are no claims to review in this selection")
            )
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO review_sessions(reviewer, queue, source_ids, claim_ids, position, "
                "started) VALUES (?, ?, ?, ?, 0, ?)",
                [
                    reviewer,
                    kind.value,
                    json.dumps([int(s) for s in source_ids]),
                    json.dumps([int(c) for c in claim_ids]),
                    now(),
                ],
            )
        return self.session(ReviewSessionId(int(cur.lastrowid or 0)))

    def move_session(self, session_id: ReviewSessionId, position: int) -> ReviewSession:
        """Go to claim ``position`` of the session (its length: past the last one)."""
        session = self.session(session_id)
        if isinstance(position, bool) or not 0 <= position <= len(session.claim_ids):
            raise InvalidValue(
                QT_TRANSLATE_NOOP(
                    "Messages", "position {position} is outside the session (0–{last})"
                ),
                position=position,
                last=len(session.claim_ids),
            )
        with self.db.atomic():
            self.db.execute(
                "UPDATE review_sessions SET position = ? WHERE id = ?", [position, session_id]
            )
        return self.session(session_id)

    def finish_session(self, session_id: ReviewSessionId) -> ReviewSession:
        """Mark the session finished (it stays listed, and can still be browsed)."""
        session = self.session(session_id)
        if session.finished is None:
            with self.db.atomic():
                self.db.execute(
                    "UPDATE review_sessions SET finished = ? WHERE id = ?", [now(), session_id]
                )
        return self.session(session_id)

    # --------------------------------------------------- dismissed contradictions

    def dismiss_contradiction(self, key: str, *, who: str) -> ClaimChange:
        """Stop offering a candidate contradiction (``Contradiction.key``)."""
        who = check_who(who)
        key = key.strip()
        if not key:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "a contradiction key is empty"))
        if key in self.dismissed_contradictions():
            return ClaimChange(contradiction_keys=(key,))
        stamp = now()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO dismissed_contradictions(key, who, at) VALUES (?, ?, ?)",
                [key, who, stamp],
            )
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.DISMISS,
                kind=AuditObject.CONTRADICTION,
                object_id=None,
                claim_id=None,
                changes=[("key", None, key)],
            )
        return ClaimChange(audit_ids=tuple(audit), contradiction_keys=(key,))

    def restore_contradiction(self, key: str, *, who: str) -> ClaimChange:
        """Undo dismiss_contradiction: offer the candidate again."""
        who = check_who(who)
        key = key.strip()
        if key not in self.dismissed_contradictions():
            return ClaimChange(contradiction_keys=(key,))
        stamp = now()
        with self.db.atomic():
            self.db.execute("DELETE FROM dismissed_contradictions WHERE key = ?", [key])
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.UNDO,
                kind=AuditObject.CONTRADICTION,
                object_id=None,
                claim_id=None,
                changes=[("key", key, None)],
            )
        return ClaimChange(audit_ids=tuple(audit), contradiction_keys=(key,))

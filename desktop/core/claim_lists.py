"""The audit helper every claim write uses, and the writes on the list of claim statuses.

Audit entries are appended in the write's own transaction, one per changed field
(``ClaimListWriter._log``), and never changed afterwards: the ``audit_log`` triggers
refuse UPDATE and DELETE. ``claim_store.ClaimStore`` builds on this class; use that.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from typing import Final

from desktop.core.claim_reads import ClaimReader, fold, marks
from desktop.core.claims import (
    AuditAction,
    AuditId,
    AuditObject,
    ClaimChange,
    ClaimStatus,
    ClaimStatusId,
    StatusSnapshot,
    VerdictId,
)
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue
from desktop.core.models import AnnotationId
from desktop.core.store import UNSET, _Unset, now

_COLOUR_RE: Final = re.compile(r"^#[0-9a-fA-F]{6}$")

FieldChange = tuple[str, object, object]
"""(field, old, new) for one audit entry."""


def check_who(who: str) -> str:
    """The name of who makes a change, stripped; refused when blank."""
    name = " ".join((who or "").split())
    if not name:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "a reviewer name is needed to record who made the change")
        )
    return name


def clean(text: str | None) -> str | None:
    """text stripped, None when blank."""
    if text is None:
        return None
    text = text.strip()
    return text or None


def log_text(value: object) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


class ClaimListWriter(ClaimReader):
    """The audit helper and the writes on statuses, sessions and dismissed contradictions."""

    def _log(
        self,
        *,
        who: str,
        at: str,
        action: AuditAction,
        kind: AuditObject,
        object_id: int | None,
        claim_id: AnnotationId | None,
        changes: Iterable[FieldChange],
    ) -> list[AuditId]:
        """Append one entry per (field, old, new); call inside the write's transaction."""
        ids: list[AuditId] = []
        for field, old, new in changes:
            cur = self.db.execute(
                "INSERT INTO audit_log(at, who, action, object_kind, object_id, claim_id, "
                "field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [at, who, action.value, kind.value, object_id, claim_id, field]
                + [log_text(old), log_text(new)],
            )
            ids.append(AuditId(int(cur.lastrowid or 0)))
        return ids

    def _status_name(self, status_id: int | None) -> str | None:
        if status_id is None:
            return None
        row = self.db.execute("SELECT name FROM claim_statuses WHERE id = ?", [status_id])
        found = row.fetchone()
        return str(found[0]) if found else f"#{status_id}"

    # ----------------------------------------------------------------- statuses

    def _check_status_fields(
        self, name: str, colour: str, rating: int | None, status_id: ClaimStatusId | None
    ) -> tuple[str, str, int | None]:
        name = " ".join(name.split())
        if not name:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "a claim status needs a name"))
        if not _COLOUR_RE.match(colour or ""):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "“{colour}” is not a colour: write it as #rrggbb"),
                colour=colour,
            )
        if rating is not None and (
            isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5
        ):
            raise InvalidValue(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{rating}” is not a rating: use a whole number from 1 to 5"
                ),
                rating=rating,
            )
        for s in self.statuses():
            if s.id != status_id and fold(name) in (fold(s.name), fold(s.key)):
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "there is already a claim status “{status}”"),
                    status=s.name,
                )
        return name, colour.lower(), rating

    def add_status(
        self,
        *,
        who: str,
        name: str,
        colour: str,
        rating: int | None = None,
        status_id: ClaimStatusId | None = None,
        position: int | None = None,
    ) -> tuple[ClaimStatus, ClaimChange]:
        """Add a status at the end of the list (``status_id``/``position``: redo puts it back)."""
        who = check_who(who)
        name, colour, rating = self._check_status_fields(name, colour, rating, None)
        stamp = now()
        with self.db.atomic():
            if position is None:
                row = self.db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM claim_statuses")
                position = int(row.fetchone()[0])
            cur = self.db.execute(
                "INSERT INTO claim_statuses(id, key, name, colour, position, rating) "
                "VALUES (?, NULL, ?, ?, ?, ?)",
                [status_id, name, colour, position, rating],
            )
            new_id = ClaimStatusId(int(cur.lastrowid or 0))
            changes: list[FieldChange] = [("name", None, name), ("colour", None, colour)]
            if rating is not None:
                changes.append(("rating", None, rating))
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.ADD,
                kind=AuditObject.STATUS,
                object_id=new_id,
                claim_id=None,
                changes=changes,
            )
        return self.status(new_id), ClaimChange(status_ids=(new_id,), audit_ids=tuple(audit))

    def update_status(
        self,
        status_id: ClaimStatusId,
        *,
        who: str,
        name: str | _Unset = UNSET,
        colour: str | _Unset = UNSET,
        rating: int | None | _Unset = UNSET,
        position: int | _Unset = UNSET,
    ) -> ClaimChange:
        """Rename, recolour, re-rate or move a status (position: its index in the list)."""
        who = check_who(who)
        old = self.status(status_id)
        new_name, new_colour, new_rating = self._check_status_fields(
            old.name if isinstance(name, _Unset) else name,
            old.colour if isinstance(colour, _Unset) else colour,
            old.rating if isinstance(rating, _Unset) else rating,
            status_id,
        )
        ordered = self.statuses()
        old_index = [s.id for s in ordered].index(status_id)
        new_index = old_index
        if not isinstance(position, _Unset):
            if isinstance(position, bool) or not 0 <= position < len(ordered):
                raise InvalidValue(
                    QT_TRANSLATE_NOOP(
                        "Messages", "position {position} is outside the list (0–{last})"
                    ),
                    position=position,
                    last=len(ordered) - 1,
                )
            new_index = position
        changes: list[FieldChange] = [
            (f, a, b)
            for f, a, b in (
                ("name", old.name, new_name),
                ("colour", old.colour, new_colour),
                ("rating", old.rating, new_rating),
                ("position", old_index, new_index),
            )
            if a != b
        ]
        if not changes:
            return ClaimChange(status_ids=(status_id,))
        with self.db.atomic():
            self.db.execute(
                "UPDATE claim_statuses SET name = ?, colour = ?, rating = ? WHERE id = ?",
                [new_name, new_colour, new_rating, status_id],
            )
            moved = [s.id for s in ordered if s.id != status_id]
            moved.insert(new_index, status_id)
            self.db.conn.executemany(
                "UPDATE claim_statuses SET position = ? WHERE id = ? AND position != ?",
                [(i, sid, i) for i, sid in enumerate(moved)],
            )
            audit = self._log(
                who=who,
                at=now(),
                action=AuditAction.EDIT,
                kind=AuditObject.STATUS,
                object_id=status_id,
                claim_id=None,
                changes=changes,
            )
        touched = tuple(moved) if new_index != old_index else (status_id,)
        return ClaimChange(status_ids=touched, audit_ids=tuple(audit))

    def status_snapshot(self, status_id: ClaimStatusId) -> StatusSnapshot:
        """A status and everything using it, for undoing its deletion."""
        status = self.status(status_id)
        first = self.statuses()[0].id == status_id
        claims = [
            AnnotationId(int(r[0]))
            for r in self.db.execute(
                "SELECT annotation_id FROM claims WHERE status_id = ? ORDER BY annotation_id",
                [status_id],
            )
        ]
        defaulted: list[AnnotationId] = []
        rowless: list[AnnotationId] = []
        if first:  # claims with no status of their own have the first one
            for r in self.db.execute(
                "SELECT a.id, c.annotation_id FROM annotations a "
                "JOIN tags t ON t.id = a.tag_id AND t.kind = 'claim' "
                "LEFT JOIN claims c ON c.annotation_id = a.id "
                "WHERE c.status_id IS NULL ORDER BY a.id"
            ):
                (rowless if r[1] is None else defaulted).append(AnnotationId(int(r[0])))

        def verdicts(column: str) -> tuple[VerdictId, ...]:
            rows = self.db.execute(
                f"SELECT id FROM verdicts WHERE {column} = ? ORDER BY id", [status_id]
            )
            return tuple(VerdictId(int(r[0])) for r in rows)

        return StatusSnapshot(
            status=status,
            claim_ids=tuple(claims),
            verdict_ids=verdicts("status_id"),
            previous_ids=verdicts("previous_status_id"),
            defaulted_ids=tuple(defaulted),
            rowless_ids=tuple(rowless),
        )

    def delete_status(
        self, status_id: ClaimStatusId, *, who: str, replacement: ClaimStatusId
    ) -> ClaimChange:
        """Remove a status; claims and verdicts that used it take ``replacement``.

        Claims with no status of their own take it too when the first status goes (they
        would otherwise silently take the next one). The last status cannot go.
        """
        who = check_who(who)
        snap = self.status_snapshot(status_id)
        target = self.status(replacement)
        if len(self.statuses()) == 1:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "the last claim status cannot be deleted")
            )
        if target.id == status_id:
            raise InvalidValue(
                QT_TRANSLATE_NOOP(
                    "Messages", "choose another status to replace “{status}” where it is used"
                ),
                status=snap.status.name,
            )
        old_name, stamp = snap.status.name, now()
        claim_ids = sorted({*snap.claim_ids, *snap.defaulted_ids, *snap.rowless_ids})
        with self.db.atomic():
            self.db.execute(
                "UPDATE claims SET status_id = ? WHERE status_id = ?", [target.id, status_id]
            )
            self._set_claim_status(snap.defaulted_ids, target.id)
            self.db.conn.executemany(
                "INSERT INTO claims(annotation_id, status_id, modified) VALUES (?, ?, ?)",
                [(i, target.id, stamp) for i in snap.rowless_ids],
            )
            self._set_verdicts(snap.verdict_ids, "status_id", target.id)
            self._set_verdicts(snap.previous_ids, "previous_status_id", target.id)
            self.db.execute("DELETE FROM claim_statuses WHERE id = ?", [status_id])
            s = snap.status
            changes: list[FieldChange] = [("name", s.name, None), ("colour", s.colour, None)]
            if s.rating is not None:
                changes.append(("rating", s.rating, None))
            changes.append(("replacement", None, target.name))
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.DELETE,
                kind=AuditObject.STATUS,
                object_id=status_id,
                claim_id=None,
                changes=changes,
            )
            audit += self._log_moves(who, stamp, AuditAction.REPLACE, snap, old_name, target.name)
        return ClaimChange(
            claim_ids=tuple(claim_ids),
            verdict_ids=snap.verdict_ids,
            status_ids=(status_id, target.id),
            audit_ids=tuple(audit),
        )

    def restore_status(self, snapshot: StatusSnapshot, *, who: str) -> ClaimChange:
        """Undo delete_status: the same status back, and back where it was used."""
        who = check_who(who)
        s = snapshot.status
        stamp = now()
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO claim_statuses(id, key, name, colour, position, rating) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [s.id, s.key, s.name, s.colour, s.position, s.rating],
            )
            replaced = self._status_name(self._claim_status_of(snapshot)) or ""
            self._set_claim_status(snapshot.claim_ids, s.id)
            self._set_claim_status(snapshot.defaulted_ids, None)
            if snapshot.rowless_ids:
                ids = list(snapshot.rowless_ids)
                self.db.execute(
                    f"DELETE FROM claims WHERE annotation_id IN ({marks(len(ids))}) AND "
                    "summary IS NULL AND claimant_entity_id IS NULL AND claimant_text IS NULL "
                    "AND said_on IS NULL",
                    ids,
                )
            self._set_verdicts(snapshot.verdict_ids, "status_id", s.id)
            self._set_verdicts(snapshot.previous_ids, "previous_status_id", s.id)
            changes: list[FieldChange] = [("name", None, s.name), ("colour", None, s.colour)]
            if s.rating is not None:
                changes.append(("rating", None, s.rating))
            audit = self._log(
                who=who,
                at=stamp,
                action=AuditAction.UNDO,
                kind=AuditObject.STATUS,
                object_id=s.id,
                claim_id=None,
                changes=changes,
            )
            audit += self._log_moves(who, stamp, AuditAction.UNDO, snapshot, replaced, s.name)
        claim_ids = sorted({*snapshot.claim_ids, *snapshot.defaulted_ids, *snapshot.rowless_ids})
        return ClaimChange(
            claim_ids=tuple(claim_ids),
            verdict_ids=snapshot.verdict_ids,
            status_ids=(s.id,),
            audit_ids=tuple(audit),
        )

    def _claim_status_of(self, snapshot: StatusSnapshot) -> int | None:
        """The status the snapshot's claims and verdicts were moved to (for the log)."""
        for table, column, ids in (
            ("claims", "annotation_id", (*snapshot.claim_ids, *snapshot.rowless_ids)),
            ("claims", "annotation_id", snapshot.defaulted_ids),
            ("verdicts", "id", snapshot.verdict_ids),
        ):
            if ids:
                row = self.db.execute(
                    f"SELECT status_id FROM {table} WHERE {column} = ?", [ids[0]]
                ).fetchone()
                if row is not None:
                    return None if row[0] is None else int(row[0])
        return None

    def _log_moves(
        self,
        who: str,
        at: str,
        action: AuditAction,
        snap: StatusSnapshot,
        old: str,
        new: str,
    ) -> list[AuditId]:
        audit: list[AuditId] = []
        for claim_id in sorted({*snap.claim_ids, *snap.defaulted_ids, *snap.rowless_ids}):
            audit += self._log(
                who=who,
                at=at,
                action=action,
                kind=AuditObject.CLAIM,
                object_id=claim_id,
                claim_id=claim_id,
                changes=[("status", old, new)],
            )
        if snap.verdict_ids:
            ids = list(snap.verdict_ids)
            rows = self.db.execute(
                f"SELECT id, claim_id FROM verdicts WHERE id IN ({marks(len(ids))}) ORDER BY id",
                ids,
            ).fetchall()
            for vid, claim_id in rows:
                audit += self._log(
                    who=who,
                    at=at,
                    action=action,
                    kind=AuditObject.VERDICT,
                    object_id=int(vid),
                    claim_id=AnnotationId(int(claim_id)),
                    changes=[("status", old, new)],
                )
        return audit

    def _set_claim_status(
        self, claim_ids: Sequence[AnnotationId], status_id: ClaimStatusId | None
    ) -> None:
        if claim_ids:
            ids = list(claim_ids)
            self.db.execute(
                f"UPDATE claims SET status_id = ? WHERE annotation_id IN ({marks(len(ids))})",
                [status_id, *ids],
            )

    def _set_verdicts(self, verdict_ids: Sequence[VerdictId], column: str, value: int) -> None:
        if verdict_ids:
            ids = list(verdict_ids)
            self.db.execute(
                f"UPDATE verdicts SET {column} = ? WHERE id IN ({marks(len(ids))})",
                [value, *ids],
            )

"""Claimants that are entities: the claims naming an entity, and moving them to another.

A claim's ``claimant_entity_id`` has no foreign key (see migration 0007): when entities
merge (``EntityStore.merge_entities``), the claims naming a merged-away entity are moved to
the one that stays, in the merge's transaction, and its undo puts them back
(``EntityStore.restore``). Each claim that changes gets one audit entry, field
``claimant_entity`` like an edit in the claim editor. The claim's ``modified`` time is left
alone: it says when someone edited the claim, and undo puts the rows back exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from desktop.core.claim_lists import FieldChange, check_who
from desktop.core.claim_reads import marks
from desktop.core.claim_sessions import ClaimSessionWriter
from desktop.core.claims import AuditAction, AuditId, AuditObject, ClaimChange
from desktop.core.entities import EntityId
from desktop.core.models import AnnotationId
from desktop.core.store import now

Claimant = tuple[AnnotationId, EntityId | None]
"""A claim and the entity it names as claimant (None: none)."""


class ClaimantWriter(ClaimSessionWriter):
    """Claims by claimant entity, and the audited move of claimants between entities."""

    def _entity_label(
        self, entity_id: int | None, names: Mapping[int, str] | None = None
    ) -> str | None:
        """How the audit log names an entity: "name [id]"; names: for entities not (or no
        longer) in the table."""
        if entity_id is None:
            return None
        name = (names or {}).get(int(entity_id))
        if name is None:
            row = self.db.execute("SELECT name FROM entities WHERE id = ?", [entity_id])
            found = row.fetchone()
            name = None if found is None else str(found[0])
        return f"{name} [{entity_id}]" if name is not None else f"[{entity_id}]"

    def claims_naming(self, entity_ids: Iterable[EntityId]) -> list[Claimant]:
        """Every claim row naming one of these entities as claimant, with that entity.

        Rows of deleted claim annotations count too: undoing the deletion finds them."""
        ids = sorted({int(e) for e in entity_ids})
        if not ids:
            return []
        rows = self.db.execute(
            "SELECT annotation_id, claimant_entity_id FROM claims "
            f"WHERE claimant_entity_id IN ({marks(len(ids))}) ORDER BY annotation_id",
            ids,
        )
        return [(AnnotationId(int(a)), EntityId(int(e))) for a, e in rows]

    def claimants(self, claim_ids: Iterable[AnnotationId]) -> list[Claimant]:
        """The claimant entity of each of these claims that has a row."""
        ids = sorted({int(c) for c in claim_ids})
        if not ids:
            return []
        rows = self.db.execute(
            "SELECT annotation_id, claimant_entity_id FROM claims "
            f"WHERE annotation_id IN ({marks(len(ids))}) ORDER BY annotation_id",
            ids,
        )
        return [(AnnotationId(int(a)), None if e is None else EntityId(int(e))) for a, e in rows]

    def set_claimants(
        self,
        claimants: Iterable[Claimant],
        *,
        who: str,
        action: AuditAction = AuditAction.EDIT,
        names: Mapping[int, str] | None = None,
    ) -> ClaimChange:
        """Make each claim name its entity as claimant (an entity merge, its undo or redo).

        One audit entry per claim that changes, logged as ``action`` by ``who``; names:
        entity names for the log (a merged-away entity is gone from the table). Claims
        without a row are left alone: an entity claimant always comes with a row.
        """
        who = check_who(who)
        wanted = dict(claimants)
        current = dict(self.claimants(wanted))
        moves = [(c, e) for c, e in sorted(wanted.items()) if c in current and current[c] != e]
        if not moves:
            return ClaimChange()
        stamp = now()
        audit: list[AuditId] = []
        with self.db.atomic():
            for claim_id, entity_id in moves:
                self.db.execute(
                    "UPDATE claims SET claimant_entity_id = ? WHERE annotation_id = ?",
                    [entity_id, claim_id],
                )
                change: FieldChange = (
                    "claimant_entity",
                    self._entity_label(current[claim_id], names),
                    self._entity_label(entity_id, names),
                )
                audit += self._log(
                    who=who,
                    at=stamp,
                    action=action,
                    kind=AuditObject.CLAIM,
                    object_id=claim_id,
                    claim_id=claim_id,
                    changes=[change],
                )
        return ClaimChange(claim_ids=tuple(c for c, _ in moves), audit_ids=tuple(audit))

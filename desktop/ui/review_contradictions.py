"""Candidate contradictions in a review: which are still open, and recording one.

Recording a candidate ("C" in the review) makes a claim of each differing passage that is
not in a claim yet (the sentence holding the value; a claim already in that sentence
stands for it) and links every claim to the others'
passages as "contradicts" evidence, all in one undo step. A candidate whose claims are
all linked that way is recorded and no longer offered; a dismissed one is left out by
``candidate_contradictions`` itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import Claim, EvidenceRelation
from desktop.core.errors import NotFound, RecoupeError
from desktop.core.models import AnnotationId, TagKind
from desktop.core.review.contradictions import (
    Contradiction,
    ContradictionItem,
    candidate_contradictions,
)
from desktop.core.store import Store
from desktop.core.timeline_text import sentence_span
from desktop.ui.commands import short
from desktop.ui.messages import localized

if TYPE_CHECKING:
    from desktop.ui.session import Session


def claim_for(claims: ClaimStore, item: ContradictionItem) -> Claim | None:
    """The claim the item's passage belongs to: its own annotation if that is a claim, else
    the shortest claim of its source covering the passage, else the claim nearest to it in
    the sentence holding it; None if there is none."""
    if item.annotation_id is not None:
        try:
            return claims.claim(AnnotationId(int(item.annotation_id)))
        except NotFound:
            pass
    mine = claims.claims(source_ids=[item.source_id])
    covering = [c for c in mine if c.start <= item.start and item.end <= c.end]
    if covering:
        return min(covering, key=lambda c: (c.end - c.start, c.annotation_id))
    start, end = sentence_of(claims.store, item)
    near = [c for c in mine if c.start < end and start < c.end]
    return min(
        near,
        key=lambda c: (max(c.start - item.end, item.start - c.end, 0), c.annotation_id),
        default=None,
    )


def sentence_of(store: Store, item: ContradictionItem) -> tuple[int, int]:
    """The sentence holding the item's passage (code points)."""
    return sentence_span(store.source_text(item.source_id), item.start, item.end)


def _linked(claims: ClaimStore, claim: Claim, other: Claim) -> bool:
    """Whether claim has "contradicts" evidence on other's passage."""
    return any(
        e.relation is EvidenceRelation.CONTRADICTS
        and e.source_id == other.source_id
        and e.start < other.end
        and other.start < e.end
        for e in claims.evidence_for(claim.annotation_id)
    )


def is_recorded(claims: ClaimStore, contradiction: Contradiction) -> bool:
    """Every passage is in a claim and each claim contradicts all the others."""
    found = [claim_for(claims, item) for item in contradiction.items]
    if any(c is None for c in found):
        return False
    distinct = {c.annotation_id: c for c in found if c is not None}
    return all(
        _linked(claims, a, b) for a in distinct.values() for b in distinct.values() if a is not b
    )


def open_contradictions(store: Store) -> list[Contradiction]:
    """Candidates neither dismissed nor recorded yet, in the order the core gives them."""
    claims = ClaimStore(store)
    return [c for c in candidate_contradictions(store) if not is_recorded(claims, c)]


def record_contradiction(session: Session, contradiction: Contradiction) -> bool:
    """Make claims of the passages and link them as contradicting each other: one undo step.

    If a step fails, the steps already made are undone and the error is reported.
    """
    store = session.store
    claims = ClaimStore(store)
    tag = next((t for t in store.tags() if t.kind is TagKind.CLAIM and t.builtin), None)
    tag = tag or next((t for t in store.tags() if t.kind is TagKind.CLAIM), None)
    if tag is None:
        session.report_error(QCoreApplication.translate("Review", "This project has no claim tag."))
        return False
    stack = session.undo_stack
    before = stack.index()
    title = contradiction.event_title or contradiction.summary
    stack.beginMacro(
        QCoreApplication.translate("Review", "Record contradiction '%1'").replace(
            "%1", short(title)
        )
    )
    ok = True
    ids: list[AnnotationId] = []
    try:
        for item in contradiction.items:
            claim = claim_for(claims, item)
            if claim is not None:
                ids.append(claim.annotation_id)
                continue
            start, end = sentence_of(store, item)
            new = session.tag_passage(item.source_id, start, end, tag.id, snap=False)
            if new is None:
                ok = False
                break
            ids.append(new)
        ids = list(dict.fromkeys(ids))
        made = {a: claims.claim(a) for a in ids} if ok else {}
        for a in made.values():
            for b in made.values():
                if a is b or _linked(claims, a, b):
                    continue
                ok = session.add_evidence(
                    a.annotation_id,
                    b.source_id,
                    b.start,
                    b.end,
                    EvidenceRelation.CONTRADICTS,
                    contradiction.summary,
                )
                if not ok:
                    break
            if not ok:
                break
    except RecoupeError as e:
        session.report_error(localized(e))
        ok = False
    finally:
        stack.endMacro()
    if not ok and stack.index() > before:
        stack.undo()  # what the failed gesture made so far
    return ok

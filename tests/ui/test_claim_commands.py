"""Every claim command: push, undo, redo against the store, and the audit log only grows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimChange, ClaimStatusId, EvidenceRelation
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.ui.session import Session
from tests.conftest import MakeSource

TEXT_A = "😀 Le ministre a déclaré que l’armée s’était retirée de la base d’Aïn al-Assad."
TEXT_B = "Selon l’ONU, des soldats étaient encore présents à Aïn al-Assad le 19 janvier."


@pytest.fixture
def claims(session: Session) -> ClaimStore:
    session.reviewer = "alice"
    return ClaimStore(session.store)


def tag_claim(session: Session, source_id: SourceId, text: str, phrase: str) -> AnnotationId:
    claim_tag = next(t for t in session.store.tags() if t.kind is TagKind.CLAIM)
    start = text.index(phrase)
    aid = session.tag_passage(source_id, start, start + len(phrase), claim_tag.id, snap=False)
    assert aid is not None
    return aid


@pytest.fixture
def claim(session: Session, make_source: MakeSource) -> AnnotationId:
    sid = make_source(TEXT_A, "Ministère")
    return tag_claim(session, sid, TEXT_A, "l’armée s’était retirée")


def audit_count(claims: ClaimStore) -> int:
    return claims.audit_count()


def test_update_claim_undo_restores_and_logs(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    changes: list[ClaimChange] = []
    session.claims_changed.connect(changes.append)
    assert session.update_claim(
        claim, summary="  L’armée a quitté   la base ", said_on="2026-01-18"
    )
    assert changes and claim in changes[-1].claim_ids
    c = claims.claim(claim)
    assert (c.summary, c.said_on) == ("L’armée a quitté la base", "2026-01-18")
    logged = audit_count(claims)
    assert logged == 2  # one entry per changed field
    entry = claims.audit_log(claim_id=claim)[0]
    assert entry.who == "alice"

    session.undo_stack.undo()
    c = claims.claim(claim)
    assert (c.summary, c.said_on) == (None, None)
    assert audit_count(claims) > logged  # the undo is a new entry, nothing erased
    after_undo = audit_count(claims)
    assert claims.audit_log(claim_id=claim)[0].action == "undo"

    session.undo_stack.redo()
    assert claims.claim(claim).summary == "L’armée a quitté la base"
    assert audit_count(claims) > after_undo


def test_a_bad_said_on_is_explained_and_writes_nothing(
    qtbot: QtBot, session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    errors: list[str] = []
    session.error_reported.connect(errors.append)
    depth = session.undo_stack.count()
    assert not session.update_claim(claim, said_on="2026-02-30")
    assert errors and "2026-02-30" in errors[0]
    assert claims.claim(claim).said_on is None
    assert session.undo_stack.count() == depth
    assert audit_count(claims) == 0


def test_unchanged_fields_push_nothing(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    depth = session.undo_stack.count()
    assert session.update_claim(claim, summary="  ", claimant_text="")
    assert session.undo_stack.count() == depth


def test_claimant_entity_or_free_text(
    session: Session, claims: ClaimStore, claim: AnnotationId, make_source: MakeSource
) -> None:
    from desktop.core.entity_reads import EntityReader

    actor = next(t for t in session.store.tags() if t.kind is TagKind.ACTOR)
    sid = make_source("Emmanuel Macron a parlé.", "Élysée")
    assert session.tag_passage(sid, 0, 15, actor.id) is not None
    entity = EntityReader(session.store).entities()[0]
    assert session.update_claim(claim, claimant_entity_id=entity.id, claimant_text=None)
    assert claims.claim(claim).claimant == "Emmanuel Macron"
    assert session.update_claim(claim, claimant_entity_id=None, claimant_text="un porte-parole")
    assert claims.claim(claim).claimant == "un porte-parole"
    session.undo_stack.undo()
    assert claims.claim(claim).claimant_entity_id == entity.id


def test_verdict_undo_withdraws_and_redo_adds_a_new_one(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    false = claims.status_by_key_or_name("false")
    first = claims.statuses()[0]
    assert session.set_verdict(claim, false.id, "  L’ONU dit le contraire ")
    assert claims.claim(claim).status_id == false.id
    [verdict] = claims.verdicts_for(claim)
    assert (verdict.reviewer, verdict.rationale) == ("alice", "L’ONU dit le contraire")
    logged = audit_count(claims)

    session.undo_stack.undo()
    assert claims.claim(claim).status_id == first.id
    assert claims.verdicts_for(claim) == []
    [kept] = claims.verdicts_for(claim, include_withdrawn=True)
    assert kept.id == verdict.id and kept.withdrawn_by == "alice"
    assert audit_count(claims) > logged
    withdrawn = audit_count(claims)

    session.undo_stack.redo()
    assert claims.claim(claim).status_id == false.id
    history = claims.verdicts_for(claim, include_withdrawn=True)
    assert len(history) == 2 and history[1].id != verdict.id  # history grows
    assert audit_count(claims) > withdrawn
    assert claims.latest_verdicts(claim)["alice"].id == history[1].id


def test_final_verdict_records_who_decided(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    disputed = claims.status_by_key_or_name("disputed")
    session.reviewer = "chief"
    assert session.set_verdict(claim, disputed.id, final=True)
    [v] = claims.verdicts_for(claim)
    assert v.final and v.decided_by == "chief"
    assert "Resolve" in session.undo_stack.undoText()


def test_evidence_add_undo_redo_keeps_its_id(
    session: Session, claims: ClaimStore, claim: AnnotationId, make_source: MakeSource
) -> None:
    other = make_source(TEXT_B, "ONU")
    start = TEXT_B.index("des soldats")
    end = TEXT_B.index(" le 19")
    assert session.add_evidence(claim, other, start, end, EvidenceRelation.CONTRADICTS, "ONU ")
    [e] = claims.evidence_for(claim)
    assert (e.quote, e.relation, e.note) == (TEXT_B[start:end], EvidenceRelation.CONTRADICTS, "ONU")
    assert e.created_by == "alice"
    logged = audit_count(claims)
    session.undo_stack.undo()
    assert claims.evidence_for(claim) == []
    assert audit_count(claims) > logged
    session.undo_stack.redo()
    [again] = claims.evidence_for(claim)
    assert again.id == e.id


def test_evidence_in_the_same_source_after_an_emoji(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    source_id = claims.claim(claim).source_id
    start = TEXT_A.index("Le ministre")
    assert session.add_evidence(claim, source_id, start, start + 11, EvidenceRelation.CONTEXT)
    assert claims.evidence_for(claim)[0].quote == "Le ministre"


def test_evidence_outside_the_text_is_refused(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    errors: list[str] = []
    session.error_reported.connect(errors.append)
    source_id = claims.claim(claim).source_id
    assert not session.add_evidence(claim, source_id, 5, 10_000, EvidenceRelation.SUPPORTS)
    assert errors and claims.evidence_for(claim) == []


def test_update_and_delete_evidence(
    session: Session, claims: ClaimStore, claim: AnnotationId, make_source: MakeSource
) -> None:
    other = make_source(TEXT_B, "ONU")
    assert session.add_evidence(claim, other, 0, 10, EvidenceRelation.SUPPORTS)
    [e] = claims.evidence_for(claim)
    assert session.update_evidence(e.id, relation=EvidenceRelation.CONTRADICTS, note="à revoir")
    assert (claims.evidence(e.id).relation, claims.evidence(e.id).note) == (
        EvidenceRelation.CONTRADICTS,
        "à revoir",
    )
    session.undo_stack.undo()
    assert (claims.evidence(e.id).relation, claims.evidence(e.id).note) == (
        EvidenceRelation.SUPPORTS,
        None,
    )
    session.undo_stack.redo()
    assert claims.evidence(e.id).note == "à revoir"

    logged = audit_count(claims)
    assert session.delete_evidence(e.id)
    assert claims.evidence_for(claim) == []
    session.undo_stack.undo()
    assert claims.evidence(e.id).note == "à revoir"  # same id, same fields
    session.undo_stack.redo()
    assert claims.evidence_for(claim) == []
    assert audit_count(claims) >= logged + 3


def test_status_add_rename_move_and_undo(session: Session, claims: ClaimStore) -> None:
    before = [s.id for s in claims.statuses()]
    assert session.add_status(name="Satire", colour="#123456", rating=None)
    added = claims.statuses()[-1]
    assert added.name == "Satire" and added.key is None
    session.undo_stack.undo()
    assert [s.id for s in claims.statuses()] == before
    session.undo_stack.redo()
    assert claims.statuses()[-1].id == added.id  # the same id comes back

    assert session.update_status(added.id, name="Satirique", colour="#654321", rating=2)
    s = claims.status(added.id)
    assert (s.name, s.colour, s.rating) == ("Satirique", "#654321", 2)
    assert session.update_status(added.id, position=0)
    assert claims.statuses()[0].id == added.id
    session.undo_stack.undo()
    assert [s.id for s in claims.statuses()] == [*before, added.id]
    session.undo_stack.undo()
    s = claims.status(added.id)
    assert (s.name, s.colour, s.rating) == ("Satire", "#123456", None)


def test_deleting_a_status_moves_its_claims_and_undo_moves_them_back(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    misleading = claims.status_by_key_or_name("misleading")
    disputed = claims.status_by_key_or_name("disputed")
    assert session.set_verdict(claim, misleading.id)
    assert session.delete_status(misleading.id, disputed.id)
    assert misleading.id not in [s.id for s in claims.statuses()]
    assert claims.claim(claim).status_id == disputed.id
    session.undo_stack.undo()
    assert claims.status(misleading.id).key == "misleading"
    assert claims.claim(claim).status_id == misleading.id
    session.undo_stack.redo()
    assert claims.claim(claim).status_id == disputed.id


def test_the_last_status_cannot_go(session: Session, claims: ClaimStore) -> None:
    errors: list[str] = []
    session.error_reported.connect(errors.append)
    first, *rest = claims.statuses()
    for s in rest:
        assert session.delete_status(s.id, first.id)
    assert not session.delete_status(first.id, first.id)
    assert errors and [s.id for s in claims.statuses()] == [first.id]


def test_dismiss_contradiction_undo_redo(session: Session, claims: ClaimStore) -> None:
    changes: list[ClaimChange] = []
    session.claims_changed.connect(changes.append)
    assert session.dismiss_contradiction("event:3|date|2021-12-09|2021-12-10")
    assert "event:3|date|2021-12-09|2021-12-10" in claims.dismissed_contradictions()
    assert changes[-1].contradiction_keys == ("event:3|date|2021-12-09|2021-12-10",)
    session.undo_stack.undo()
    assert claims.dismissed_contradictions() == set()
    session.undo_stack.redo()
    assert claims.dismissed_contradictions() == {"event:3|date|2021-12-09|2021-12-10"}
    assert audit_count(claims) == 3


def test_an_unknown_status_is_reported(
    session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    errors: list[str] = []
    session.error_reported.connect(errors.append)
    assert not session.set_verdict(claim, ClaimStatusId(999))
    assert errors and claims.verdicts_for(claim) == []


def test_reviewer_follows_its_source(session: Session) -> None:
    names = iter(["bob", "  "])
    session.reviewer_source = lambda: next(names)
    assert session.reviewer == "bob"
    assert session.reviewer  # a blank name falls back to the OS user's


def test_importing_a_review_file_is_one_undo_step(
    tmp_path: Path, session: Session, claims: ClaimStore, claim: AnnotationId
) -> None:
    from desktop.core.review.review_file import read_review_file, write_review_file

    disputed = claims.status_by_key_or_name("disputed")
    claims.set_verdict(claim, who="bob", status_id=disputed.id, rationale="Deux versions")
    path = tmp_path / "bob.json"
    write_review_file(session.store, path, reviewer="bob")
    claims.withdraw_verdict(claims.verdicts_for(claim)[0].id, who="bob")
    status_before = claims.claim(claim).status_id
    logged = audit_count(claims)

    report = session.import_verdicts(read_review_file(path))
    assert report is not None and len(report.imported) == 1
    [v] = claims.verdicts_for(claim)
    assert (v.reviewer, v.status_id, v.imported_from) == ("bob", disputed.id, "bob.json")
    assert claims.claim(claim).status_id == status_before  # ours stays ours
    assert "bob" in session.undo_stack.undoText()
    session.undo_stack.undo()
    assert claims.verdicts_for(claim) == []
    assert audit_count(claims) > logged + 1
    session.undo_stack.redo()
    [again] = claims.verdicts_for(claim)
    assert again.id != v.id  # imported anew: the history keeps both

    depth = session.undo_stack.count()
    report = session.import_verdicts(read_review_file(path))  # already there: nothing to undo
    assert report is not None and report.imported == () and report.already == 1
    assert session.undo_stack.count() == depth

"""Claims: fields, verdicts and evidence with undo, reads, find, sessions, old projects."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import (
    AuditAction,
    ClaimStatusId,
    EvidenceRelation,
    QueueKind,
    VerdictId,
)
from desktop.core.edtf import EdtfError
from desktop.core.entities import EntityId
from desktop.core.errors import InvalidValue, NotFound
from desktop.core.models import AnnotationId, AnnotationStatus, SourceId
from desktop.core.store import Store
from tests.conftest import MakeSource

TEXT = (
    "🎉 Selon le ministre, « l’armée a quitté Bagdad » le 3 mai. "
    "Le porte-parole de l'ONU dément : aucune troupe n’a bougé."
)
OTHER = "Un témoin affirme que les troupes sont restées à Bagdad jusqu’au 5 mai."


def tag_claim(store: Store, source_id: SourceId, text: str, passage: str) -> AnnotationId:
    start = text.index(passage)
    change = store.add_annotation(
        source_id=source_id,
        start=start,
        end=start + len(passage),
        tag_id=store.tag_named("Claim").id,
    )
    return change.annotation_ids[0]


@pytest.fixture
def claims(store: Store) -> ClaimStore:
    return ClaimStore(store)


@pytest.fixture
def setup(store: Store, make_source: MakeSource) -> tuple[SourceId, SourceId, AnnotationId]:
    a = make_source(TEXT, "Ministère")
    b = make_source(OTHER, "Témoin")
    cid = tag_claim(store, a, TEXT, "l’armée a quitté Bagdad")
    return a, b, cid


def status_id(claims: ClaimStore, key: str) -> ClaimStatusId:
    return claims.status_by_key_or_name(key).id


def test_a_tagged_passage_is_a_claim_with_default_fields(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    a, _, cid = setup
    c = claims.claim(cid)
    assert c.quote == "l’armée a quitté Bagdad"
    assert TEXT[c.start : c.end] == c.quote  # code points, emoji first
    assert (c.summary, c.claimant, c.said_on, c.modified) == (None, None, None, None)
    assert claims.status(c.status_id).key == "unverified"
    assert [x.annotation_id for x in claims.claims()] == [cid]
    assert claims.claims(source_ids=[a]) == [c] and claims.claims(source_ids=[SourceId(99)]) == []
    # a place annotation is not a claim
    place = claims.store.add_annotation(
        source_id=a, start=0, end=1, tag_id=claims.store.tag_named("Place").id
    )
    with pytest.raises(NotFound, match="no claim"):
        claims.claim(place.annotation_ids[0])


def test_built_in_statuses_in_order_with_colours_and_ratings(claims: ClaimStore) -> None:
    got = [(s.key, s.colour, s.rating) for s in claims.statuses()]
    assert got == [
        ("unverified", "#9e9e9e", None),
        ("corroborated", "#2e7d32", 5),
        ("disputed", "#ef6c00", 3),
        ("false", "#c62828", 1),
        ("misleading", "#ad1457", 2),
        ("unverifiable", "#6d4c41", None),
    ]
    for text in ("false", "FALSE", "False", "faux", "Faux", " FAUX "):
        assert claims.status_by_key_or_name(text).key == "false"
    assert claims.status_by_key_or_name("non verifie").key == "unverified"
    assert claims.status_by_key_or_name("Contesté").key == "disputed"
    with pytest.raises(NotFound, match="no claim status “maybe” \\(statuses: unverified, "):
        claims.status_by_key_or_name("maybe")


def test_claim_lifecycle_with_undo(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    fresh = claims.claim(cid)
    change = claims.update_claim(
        cid,
        who="alice",
        summary="  The army left Baghdad  ",
        claimant_text="le ministre",
        said_on="2021-05-03",
    )
    assert change.claim_ids == (cid,) and len(change.audit_ids) == 3
    edited = claims.claim(cid)
    assert (edited.summary, edited.claimant, edited.said_on) == (
        "The army left Baghdad",
        "le ministre",
        "2021-05-03",
    )
    assert edited.modified is not None
    # a verdict sets the status; withdrawing it (undo) puts the old one back
    false = status_id(claims, "false")
    verdict, vchange = claims.set_verdict(cid, who="alice", status_id=false, rationale="ONU")
    assert claims.claim(cid).status_id == false and vchange.verdict_ids == (verdict.id,)
    claims.withdraw_verdict(verdict.id, who="alice")
    assert claims.claim(cid).status_id == fresh.status_id
    assert claims.verdicts_for(cid) == []
    (kept,) = claims.verdicts_for(cid, include_withdrawn=True)
    assert kept.id == verdict.id and kept.withdrawn_by == "alice" and kept.rationale == "ONU"
    # undo of the edit: fields back, and the claim has no fields row again
    claims.restore_claim(edited, who="alice")
    assert claims.claim(cid) == edited
    claims.restore_claim(fresh, who="alice")
    assert claims.claim(cid) == fresh
    # redo: the edit again
    claims.update_claim(cid, who="alice", summary="The army left Baghdad")
    assert claims.claim(cid).summary == "The army left Baghdad"
    log = claims.audit_log(claim_id=cid)
    assert [e.action for e in reversed(log)] == [
        "edit",
        "edit",
        "edit",
        "verdict",
        "verdict",
        "verdict",
        "withdraw",
        "withdraw",
        "undo",
        "undo",
        "undo",
        "edit",
    ]
    undo = [e for e in log if e.action == AuditAction.UNDO]
    assert {(e.field, e.old, e.new) for e in undo} == {
        ("summary", "The army left Baghdad", None),
        ("claimant_text", "le ministre", None),
        ("said_on", "2021-05-03", None),
    }


def test_nothing_changed_writes_nothing(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    claims.update_claim(cid, who="a", summary="x")
    before = claims.audit_count()
    change = claims.update_claim(cid, who="a", summary=" x ")
    assert change.audit_ids == () and claims.audit_count() == before


def test_said_on_is_edtf_and_stored_canonical(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    claims.update_claim(cid, who="a", said_on=" 2021-12-XX ")
    assert claims.claim(cid).said_on == "2021-12-XX"
    claims.update_claim(cid, who="a", said_on="2021-05~/2021-06")
    assert claims.claim(cid).said_on == "2021-05~/2021-06"
    count = claims.audit_count()
    with pytest.raises(EdtfError):
        claims.update_claim(cid, who="a", said_on="03/05/2021", summary="ignored")
    with pytest.raises(EdtfError):
        claims.update_claim(cid, who="a", said_on="2021-02-30")
    assert claims.claim(cid).summary is None and claims.audit_count() == count
    claims.update_claim(cid, who="a", said_on="  ")
    assert claims.claim(cid).said_on is None


def test_claimant_entity_name_and_unknown_entity(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    db = claims.db
    db.execute(
        "INSERT INTO entities(name, type, created, modified) "
        "VALUES ('ONU', 'organisation', 'x', 'x')"
    )
    eid = EntityId(int(db.execute("SELECT MAX(id) FROM entities").fetchone()[0]))
    claims.update_claim(cid, who="a", claimant_entity_id=eid, claimant_text="l’ONU")
    c = claims.claim(cid)
    assert (c.claimant, claims.claimant_name(c), c.claimant_text) == ("ONU", "ONU", "l’ONU")
    (entry,) = claims.audit_log(claim_id=cid, text="claimant_entity")
    assert entry.new == f"ONU [{eid}]"
    with pytest.raises(NotFound, match="no entity 999"):
        claims.update_claim(cid, who="a", claimant_entity_id=EntityId(999))
    with pytest.raises(InvalidValue, match="reviewer name"):
        claims.update_claim(cid, who="  ", summary="x")


def test_withdrawing_an_earlier_verdict_keeps_the_chain(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    unverified, false, misleading = (
        status_id(claims, k) for k in ("unverified", "false", "misleading")
    )
    v1, _ = claims.set_verdict(cid, who="alice", status_id=false)
    v2, _ = claims.set_verdict(cid, who="bob", status_id=misleading)
    assert claims.claim(cid).status_id == misleading
    assert {r: v.status_id for r, v in claims.latest_verdicts(cid).items()} == {
        "alice": false,
        "bob": misleading,
    }
    claims.withdraw_verdict(v1.id, who="alice")  # not in effect: status stays
    assert claims.claim(cid).status_id == misleading
    assert list(claims.latest_verdicts(cid)) == ["bob"]
    claims.withdraw_verdict(v2.id, who="bob")  # back to before v1, since v1 is gone
    assert claims.claim(cid).status_id == unverified
    with pytest.raises(InvalidValue, match="already withdrawn"):
        claims.withdraw_verdict(v2.id, who="bob")
    with pytest.raises(NotFound, match="no verdict 99"):
        claims.withdraw_verdict(VerdictId(99), who="bob")
    assert claims.reviewers() == ["alice", "bob"]


def test_a_final_verdict_records_who_decided(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    claims.set_verdict(cid, who="alice", status_id=status_id(claims, "false"))
    claims.set_verdict(cid, who="bob", status_id=status_id(claims, "disputed"))
    final, _ = claims.set_verdict(
        cid, who="carol", status_id=status_id(claims, "misleading"), final=True
    )
    assert (final.final, final.decided_by, final.reviewer) == (True, "carol", "carol")
    assert claims.final_verdict(cid) == final
    assert claims.claim(cid).status_id == final.status_id
    assert claims.audit_log(claim_id=cid, limit=1)[0].action == "resolve"


def test_an_imported_verdict_leaves_the_claim_status(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    before = claims.claim(cid).status_id
    v, _ = claims.set_verdict(
        cid,
        who="alice",
        reviewer="bob",
        status_id=status_id(claims, "false"),
        imported_from="bob.json",
        created="2024-01-02T03:04:05+00:00",
    )
    assert (v.reviewer, v.imported_from, v.created) == (
        "bob",
        "bob.json",
        "2024-01-02T03:04:05+00:00",
    )
    assert claims.claim(cid).status_id == before
    entry = claims.audit_log()
    assert {e.who for e in entry} == {"alice"} and {e.action for e in entry} == {"import"}
    with pytest.raises(InvalidValue, match="not a date and time"):
        claims.set_verdict(cid, who="a", status_id=before, created="yesterday")


def test_evidence_lifecycle_with_undo(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    a, b, cid = setup
    passage = "les troupes sont restées à Bagdad"
    start = OTHER.index(passage)
    e, change = claims.add_evidence(
        cid,
        who="alice",
        source_id=b,
        start=start,
        end=start + len(passage),
        relation="contradicts",
        note=" témoin direct ",
    )
    assert (e.quote, e.relation, e.note, e.created_by) == (
        passage,
        EvidenceRelation.CONTRADICTS,
        "témoin direct",
        "alice",
    )
    assert e.prefix == OTHER[:start][-32:] and e.suffix == OTHER[start + len(passage) :][:32]
    assert change.evidence_ids == (e.id,) and claims.evidence_for(cid) == [e]
    same = TEXT.index("aucune troupe n’a bougé")
    e2, _ = claims.add_evidence(
        cid, who="alice", source_id=a, start=same, end=same + 23, relation=EvidenceRelation.CONTEXT
    )
    assert e2.quote == "aucune troupe n’a bougé"  # same source, code points past the emoji
    claims.update_evidence(e2.id, who="bob", relation="supports", note="à vérifier")
    assert claims.evidence(e2.id).relation is EvidenceRelation.SUPPORTS
    claims.update_evidence(e2.id, who="bob", relation=e2.relation, note=e2.note)  # undo
    assert claims.evidence(e2.id) == e2
    claims.delete_evidence(e.id, who="bob")
    assert claims.evidence_for(cid) == [e2]
    claims.restore_evidence(e, who="bob")
    assert claims.evidence_for(cid) == [e, e2]
    with pytest.raises(InvalidValue, match="already there"):
        claims.restore_evidence(e, who="bob")
    kinds = [(x.action, x.field) for x in reversed(claims.audit_log(object_kind="evidence"))]
    assert kinds[:3] == [("add", "passage"), ("add", "relation"), ("add", "note")]
    assert ("delete", "passage") in kinds and kinds[-1][0] == "undo"


def test_evidence_is_validated_and_nothing_is_written(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    a, b, cid = setup
    count = claims.audit_count()
    for start, end in ((0, len(OTHER) + 1), (5, 5), (-1, 3), (10, 4)):
        with pytest.raises(InvalidValue, match="outside the text"):
            claims.add_evidence(
                cid, who="a", source_id=b, start=start, end=end, relation="supports"
            )
    with pytest.raises(InvalidValue, match="not a kind of evidence"):
        claims.add_evidence(cid, who="a", source_id=b, start=0, end=3, relation="proves")
    with pytest.raises(NotFound, match="no source 42"):
        claims.add_evidence(
            cid, who="a", source_id=SourceId(42), start=0, end=3, relation="context"
        )
    c = claims.claim(cid)
    with pytest.raises(InvalidValue, match="its own evidence"):
        claims.add_evidence(cid, who="a", source_id=a, start=c.start, end=c.end, relation="context")
    with pytest.raises(NotFound, match="no claim 999"):
        claims.add_evidence(
            AnnotationId(999), who="a", source_id=b, start=0, end=3, relation="context"
        )
    assert claims.evidence_for(cid) == [] and claims.audit_count() == count
    # the whole text is a valid passage: end == length, in code points
    e, _ = claims.add_evidence(
        cid, who="a", source_id=b, start=0, end=len(OTHER), relation="context"
    )
    assert e.quote == OTHER


def test_deleting_the_claim_annotation_and_undoing_keeps_everything(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, b, cid = setup
    store = claims.store
    claims.update_claim(cid, who="a", summary="S")
    claims.set_verdict(cid, who="a", status_id=status_id(claims, "false"))
    claims.add_evidence(cid, who="a", source_id=b, start=0, end=3, relation="context")
    annotation = store.annotation(cid)
    before = claims.claim(cid)
    store.delete_annotations([cid])
    assert claims.claims() == [] and claims.find_claims("") == []
    with pytest.raises(NotFound):
        claims.claim(cid)
    store.restore_annotations([annotation])
    assert claims.claim(cid) == before
    assert len(claims.verdicts_for(cid)) == 1 and len(claims.evidence_for(cid)) == 1


def test_pending_claim_suggestions_are_not_listed(
    claims: ClaimStore, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    a, _, cid = setup
    store = claims.store
    store.set_status([cid], AnnotationStatus.SUGGESTED)
    assert claims.claims() == []
    assert claims.claim(cid).annotation_id == cid  # still readable by id


def test_find_claims_folds_case_accents_and_apostrophes(
    claims: ClaimStore, store: Store, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    a, b, cid = setup
    other = tag_claim(store, b, OTHER, "les troupes sont restées à Bagdad jusqu’au 5 mai")
    claims.update_claim(cid, who="a", summary="Retrait de l’armée", claimant_text="Le Ministre")
    claims.update_claim(other, who="a", claimant_text="un témoin")
    assert claims.find_claims("l'ARMEE") == [claims.claim(cid)]
    assert [c.annotation_id for c in claims.find_claims("TEMOIN")] == [other]
    assert [c.annotation_id for c in claims.find_claims("jusqu'au")] == [other]
    assert [c.annotation_id for c in claims.find_claims("bagdad")] == [other, cid]  # recent first
    assert [c.annotation_id for c in claims.find_claims("ministre bagdad")] == [cid]
    assert claims.find_claims("introuvable") == []
    assert [c.annotation_id for c in claims.find_claims("", limit=1)] == [other]


def test_sessions_stop_and_resume(
    claims: ClaimStore, store: Store, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    a, b, cid = setup
    other = tag_claim(store, b, OTHER, "les troupes sont restées à Bagdad")
    assert claims.queue(QueueKind.ALL, reviewer="alice") == [cid, other]
    assert claims.queue(QueueKind.SOURCES, reviewer="alice", source_ids=[b]) == [other]
    assert claims.queue(QueueKind.SOURCES, reviewer="alice") == []
    claims.set_verdict(cid, who="alice", status_id=status_id(claims, "false"))
    assert claims.queue(QueueKind.UNREVIEWED, reviewer="alice") == [other]
    assert claims.queue(QueueKind.UNREVIEWED, reviewer="bob") == [cid, other]
    assert claims.queue(QueueKind.CONTRADICTIONS, reviewer="alice") == []
    claims.add_evidence(other, who="a", source_id=a, start=0, end=5, relation="contradicts")
    claims.set_verdict(cid, who="bob", status_id=status_id(claims, "corroborated"))
    assert claims.queue(QueueKind.CONTRADICTIONS, reviewer="alice") == [cid, other]

    s = claims.start_session(reviewer="bob", queue=QueueKind.ALL)
    assert (s.claim_ids, s.position, s.finished, s.current) == ((cid, other), 0, None, cid)
    claims.move_session(s.id, 1)
    store.close()
    reopened = ClaimStore(Store.open(store.path))
    resumed = reopened.sessions(reviewer="bob", unfinished_only=True)[0]
    assert (resumed.id, resumed.position, resumed.current) == (s.id, 1, other)
    with pytest.raises(InvalidValue, match="outside the session"):
        reopened.move_session(s.id, 3)
    assert reopened.move_session(s.id, 2).current is None
    done = reopened.finish_session(s.id)
    assert done.finished is not None
    assert reopened.sessions(reviewer="bob", unfinished_only=True) == []
    assert reopened.session(s.id) == done
    with pytest.raises(InvalidValue, match="no claims to review"):
        reopened.start_session(reviewer="alice", queue=QueueKind.SOURCES)
    reopened.store.close()


def test_dismissed_contradictions_with_undo(claims: ClaimStore) -> None:
    change = claims.dismiss_contradiction("7:date:2021-12-09|2021-12-10", who="alice")
    assert change.contradiction_keys == ("7:date:2021-12-09|2021-12-10",) and change.audit_ids
    assert claims.dismissed_contradictions() == {"7:date:2021-12-09|2021-12-10"}
    assert claims.dismiss_contradiction("7:date:2021-12-09|2021-12-10", who="a").audit_ids == ()
    claims.restore_contradiction("7:date:2021-12-09|2021-12-10", who="alice")
    assert claims.dismissed_contradictions() == set()
    actions = [e.action for e in claims.audit_log(object_kind="contradiction")]
    assert actions == ["undo", "dismiss"]


def test_a_project_made_before_claims_opens_with_them(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from desktop.core.migrations import known_migration_names, migrations

    path = tmp_path / "before-claims.recoupe"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0007_claims")
    conn.execute(
        "INSERT INTO sources(title, imported_at, sha256, filename, format, encoding, lang, "
        "size, text) VALUES ('Ancien', 'x', 'abc', 'a.txt', 'txt', 'utf-8', 'fr', 9, "
        "'Il a dit.')"
    )
    claim_tag = conn.execute("SELECT id FROM tags WHERE kind = 'claim'").fetchone()[0]
    conn.execute(
        'INSERT INTO annotations(source_id, tag_id, start, "end", quote, prefix, suffix, '
        "status, created, modified) VALUES (1, ?, 0, 8, 'Il a dit', '', '.', 'accepted', "
        "'x', 'x')",
        [claim_tag],
    )
    conn.commit()
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "claims" not in tables
    conn.close()
    store = Store.open(path)
    try:
        assert store.applied_migrations() == known_migration_names()
        claims = ClaimStore(store)
        (c,) = claims.claims()
        assert (c.quote, claims.status(c.status_id).key) == ("Il a dit", "unverified")
        claims.set_verdict(c.annotation_id, who="a", status_id=status_id(claims, "false"))
        indexes = {r[1] for r in store.db.execute("PRAGMA index_list(audit_log)")}
        assert {"idx_audit_claim", "idx_audit_who", "idx_audit_at"} <= indexes
    finally:
        store.close()


def test_evidence_offsets_count_code_points_with_combining_accents(
    claims: ClaimStore, make_source: MakeSource, setup: tuple[SourceId, SourceId, AnnotationId]
) -> None:
    _, _, cid = setup
    text = "Le cafe\u0301 🎉 a fermé hier, dit l’exploitant."
    sid = make_source(text, "Café")
    start = text.index("hier")
    e, _ = claims.add_evidence(
        cid, who="a", source_id=sid, start=start, end=start + 4, relation="context"
    )
    assert (e.start, e.quote) == (19, "hier")  # "e" + U+0301 is two code points, 🎉 one
    assert e.prefix == text[:start] and e.suffix == text[start + 4 :]

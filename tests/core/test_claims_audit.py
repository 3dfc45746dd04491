"""The audit log is append-only, filterable; the status list is editable with replacement."""

from __future__ import annotations

import inspect
import sqlite3

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import AuditAction, ClaimStatusId
from desktop.core.errors import InvalidValue, NotFound
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import Store
from tests.conftest import MakeSource

TEXT = "Le maire affirme que la piscine a coûté 3 millions d’euros. L’opposition parle de 5."


@pytest.fixture
def claims(store: Store) -> ClaimStore:
    return ClaimStore(store)


@pytest.fixture
def two_claims(store: Store, make_source: MakeSource) -> tuple[AnnotationId, AnnotationId]:
    sid = make_source(TEXT)
    claim = store.tag_named("claim").id
    ids = []
    for passage in ("la piscine a coûté 3 millions d’euros", "L’opposition parle de 5"):
        start = TEXT.index(passage)
        change = store.add_annotation(
            source_id=SourceId(sid), start=start, end=start + len(passage), tag_id=claim
        )
        ids.append(change.annotation_ids[0])
    return ids[0], ids[1]


def sid(claims: ClaimStore, key: str) -> ClaimStatusId:
    return claims.status_by_key_or_name(key).id


def test_the_audit_log_cannot_be_rewritten_even_with_raw_sql(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, _ = two_claims
    claims.update_claim(a, who="alice", summary="Coût de la piscine")
    claims.set_verdict(a, who="alice", status_id=sid(claims, "disputed"))
    entries = claims.audit_log()
    conn = claims.db.conn
    for sql in (
        "UPDATE audit_log SET who = 'mallory'",
        "UPDATE audit_log SET new = 'autre' WHERE field = 'summary'",
        "DELETE FROM audit_log",
        "DELETE FROM audit_log WHERE id = 1",
        "INSERT OR REPLACE INTO audit_log(id, at, who, action, object_kind) "
        "VALUES (1, 'x', 'mallory', 'edit', 'claim')",
        "INSERT INTO audit_log(id, at, who, action, object_kind) VALUES (1, 'x', 'm', 'e', 'c') "
        "ON CONFLICT(id) DO UPDATE SET who = 'mallory'",
        "REPLACE INTO audit_log(id, at, who, action, object_kind) "
        "VALUES (2, 'x', 'mallory', 'edit', 'claim')",
    ):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            with claims.db.atomic():
                conn.execute(sql)
    assert claims.audit_log() == entries
    # and the store offers nothing that could
    names = {n for n, _ in inspect.getmembers(ClaimStore, inspect.isfunction)}
    assert not {n for n in names if "audit" in n and not n.startswith("_")} - {
        "audit_log",
        "audit_count",
        "audit_people",
    }


def test_verdicts_cannot_be_deleted_or_rewritten(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, _ = two_claims
    v, _ = claims.set_verdict(a, who="alice", status_id=sid(claims, "false"), rationale="r")
    conn = claims.db.conn
    for sql in (
        "DELETE FROM verdicts",
        "UPDATE verdicts SET rationale = 'autre'",
        "UPDATE verdicts SET reviewer = 'mallory'",
        "UPDATE verdicts SET created = '2000-01-01'",
    ):
        with pytest.raises(sqlite3.DatabaseError):
            with claims.db.atomic():
                conn.execute(sql)
    claims.withdraw_verdict(v.id, who="alice")
    with pytest.raises(sqlite3.DatabaseError, match="stays withdrawn"):
        with claims.db.atomic():
            conn.execute("UPDATE verdicts SET withdrawn_at = NULL, withdrawn_by = NULL")
    assert claims.verdicts_for(a, include_withdrawn=True)[0].rationale == "r"


def test_a_failed_write_leaves_no_audit_entry(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, _ = two_claims
    with pytest.raises(NotFound):
        claims.set_verdict(a, who="alice", status_id=ClaimStatusId(99))
    with pytest.raises(NotFound):
        claims.update_claim(AnnotationId(99), who="alice", summary="x")
    assert claims.audit_count() == 0 and claims.verdicts_for(a) == []


def test_every_entry_says_who_when_and_old_to_new(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, b = two_claims
    claims.update_claim(a, who="Émilie", summary="Trois millions")
    claims.update_claim(a, who="bob", summary="Trois millions d’euros")
    claims.set_verdict(b, who="bob", status_id=sid(claims, "misleading"), rationale="Faux calcul")
    log = claims.audit_log()
    assert [(e.who, e.action, e.object_kind, e.field) for e in log] == [
        ("bob", "verdict", "claim", "status"),
        ("bob", "verdict", "verdict", "rationale"),
        ("bob", "verdict", "verdict", "status"),
        ("bob", "edit", "claim", "summary"),
        ("Émilie", "edit", "claim", "summary"),
    ]
    assert (log[3].old, log[3].new) == ("Trois millions", "Trois millions d’euros")
    assert (log[0].old, log[0].new) == ("Unverified", "Misleading")
    assert all(e.at.endswith("+00:00") and "T" in e.at for e in log)


def test_filters_and_paging(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, b = two_claims
    claims.update_claim(a, who="Émilie", summary="Trois millions")
    claims.update_claim(b, who="bob", claimant_text="l’opposition")
    claims.set_verdict(b, who="bob", status_id=sid(claims, "false"))
    assert {e.claim_id for e in claims.audit_log(claim_id=a)} == {a}
    assert [e.who for e in claims.audit_log(who="Émilie")] == ["Émilie"]
    assert claims.audit_count(action=AuditAction.VERDICT) == 2
    assert claims.audit_count(object_kind="verdict") == 1
    assert [e.new for e in claims.audit_log(text="L'OPPOSITION")] == ["l’opposition"]
    assert [e.who for e in claims.audit_log(text="emilie")] == ["Émilie"]
    assert claims.audit_count(text="trois emilie") == 1  # every word, anywhere in the entry
    everything = claims.audit_log()
    assert claims.audit_log(limit=2) == everything[:2]
    assert claims.audit_log(limit=2, offset=2) == everything[2:4]
    assert claims.audit_log(offset=3) == everything[3:]
    day = everything[0].at[:10]
    assert claims.audit_count(since=day, until=day) == len(everything)
    assert claims.audit_count(until="2000-01-01") == 0 and claims.audit_count(since="2999") == 0
    assert claims.audit_people() == ["bob", "Émilie"]


def test_status_list_editing_with_replacement_and_undo(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, b = two_claims
    satire, change = claims.add_status(who="alice", name=" Satire ", colour="#ABCDEF", rating=2)
    assert (satire.key, satire.name, satire.colour, satire.position) == (
        None,
        "Satire",
        "#abcdef",
        6,
    )
    assert change.status_ids == (satire.id,) and len(change.audit_ids) == 3
    assert claims.status_by_key_or_name("SATIRE") == satire
    for name in ("satire", "FALSE", "Unverified"):
        with pytest.raises(InvalidValue, match="already a claim status"):
            claims.add_status(who="a", name=name, colour="#000000")
    with pytest.raises(InvalidValue, match="not a colour"):
        claims.add_status(who="a", name="X", colour="red")
    for rating in (0, 6, True):
        with pytest.raises(InvalidValue, match="not a rating"):
            claims.add_status(who="a", name="X", colour="#000000", rating=rating)

    claims.update_status(satire.id, who="alice", position=1, name="Parodie")
    order = [s.name for s in claims.statuses()]
    assert order[:3] == ["Unverified", "Parodie", "Corroborated"]
    assert [s.position for s in claims.statuses()] == list(range(7))
    with pytest.raises(InvalidValue, match="outside the list"):
        claims.update_status(satire.id, who="a", position=7)

    v, _ = claims.set_verdict(a, who="alice", status_id=satire.id)
    claims.update_claim(b, who="alice", status_id=satire.id)
    snapshot = claims.status_snapshot(satire.id)
    disputed = sid(claims, "disputed")
    with pytest.raises(InvalidValue, match="choose another status"):
        claims.delete_status(satire.id, who="alice", replacement=satire.id)
    change = claims.delete_status(satire.id, who="alice", replacement=disputed)
    assert set(change.claim_ids) == {a, b} and change.verdict_ids == (v.id,)
    assert claims.claim(a).status_id == disputed == claims.claim(b).status_id
    assert claims.verdicts_for(a)[0].status_id == disputed
    with pytest.raises(NotFound):
        claims.status(satire.id)
    moved = claims.audit_log(action=AuditAction.REPLACE)
    assert {(e.object_kind, e.old, e.new) for e in moved} == {
        ("claim", "Parodie", "Disputed"),
        ("verdict", "Parodie", "Disputed"),
    }
    # undo: the same status back, where it was used
    claims.restore_status(snapshot, who="alice")
    assert claims.status(satire.id) == snapshot.status
    assert claims.claim(a).status_id == satire.id == claims.claim(b).status_id
    assert claims.verdicts_for(a)[0].status_id == satire.id
    # withdrawing the verdict still goes back to what the claim had before it
    claims.withdraw_verdict(v.id, who="alice")
    assert claims.status(claims.claim(a).status_id).key == "unverified"


def test_deleting_the_first_status_moves_claims_that_had_no_status_of_their_own(
    claims: ClaimStore, two_claims: tuple[AnnotationId, AnnotationId]
) -> None:
    a, b = two_claims
    claims.update_claim(a, who="x", summary="S")  # a row, but no status of its own
    first = claims.statuses()[0]
    false = sid(claims, "false")
    snapshot = claims.status_snapshot(first.id)
    claims.delete_status(first.id, who="x", replacement=false)
    assert claims.claim(a).status_id == false == claims.claim(b).status_id
    assert claims.statuses()[0].key == "corroborated"
    claims.restore_status(snapshot, who="x")
    assert claims.claim(a).status_id == first.id == claims.claim(b).status_id
    assert claims.claim(b).modified is None  # b has no fields row again
    assert claims.claim(a).summary == "S"


def test_the_last_status_cannot_go(claims: ClaimStore) -> None:
    statuses = claims.statuses()
    for s in statuses[1:]:
        claims.delete_status(s.id, who="x", replacement=statuses[0].id)
    with pytest.raises(InvalidValue, match="last claim status"):
        claims.delete_status(statuses[0].id, who="x", replacement=statuses[0].id)

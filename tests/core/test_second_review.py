"""Second review: a colleague's review file imported, compared with kappa, resolved."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.models import AnnotationId, ImportedSource, SourceId
from desktop.core.review.review_file import read_review_file, write_review_file
from desktop.core.review.second_review import (
    Unmatched,
    compare,
    import_verdicts,
    plan_import,
    resolve,
)
from desktop.core.store import Store

MAIRIE = (
    "🎉 Le maire affirme que « la piscine a coûté 3 millions d’euros ». Il ajoute : "
    "« la piscine a coûté 3 millions d’euros, pas un de plus ». L’opposition parle de 5."
)
COUR = "La Cour des comptes établit le coût à 4,8 millions. Le chantier a pris deux ans."
PASSAGES = (
    (MAIRIE, "la piscine a coûté 3 millions d’euros"),  # first of two identical quotes
    (MAIRIE, "L’opposition parle de 5"),
    (COUR, "le coût à 4,8 millions"),
    (COUR, "Le chantier a pris deux ans"),
)


def add(store: Store, text: str, title: str) -> SourceId:
    return store.add_source(
        ImportedSource(
            filename=f"{title}.txt",
            format="txt",
            original=text.encode("utf-8"),
            text=text,
            encoding="utf-8",
            title=title,
            lang="fr",
        )
    ).source_ids[0]


def project(path: Path, *, reverse: bool = False) -> tuple[ClaimStore, list[AnnotationId]]:
    """A project with both sources (imported in either order) and the same four claims."""
    store = Store.create(path)
    order = (
        [(COUR, "Cour"), (MAIRIE, "Mairie")] if reverse else [(MAIRIE, "Mairie"), (COUR, "Cour")]
    )
    ids = {text: add(store, text, title) for text, title in order}
    claim_tag = store.tag_named("claim").id
    if reverse:  # an unrelated annotation first, so the claim ids differ too
        store.add_annotation(source_id=ids[COUR], start=0, end=2, tag_id=claim_tag)
    claims: list[AnnotationId] = []
    for text, passage in PASSAGES:
        start = text.index(passage)
        change = store.add_annotation(
            source_id=ids[text], start=start, end=start + len(passage), tag_id=claim_tag
        )
        claims.append(change.annotation_ids[0])
    return ClaimStore(store), claims


Two = tuple[ClaimStore, list[AnnotationId], ClaimStore, list[AnnotationId]]


@pytest.fixture
def two(tmp_path: Path) -> Iterator[Two]:
    a, a_ids = project(tmp_path / "alice.recoupe")
    b, b_ids = project(tmp_path / "bob.recoupe", reverse=True)
    yield a, a_ids, b, b_ids
    a.store.close()
    b.store.close()


def judge(claims: ClaimStore, ids: list[AnnotationId], who: str, keys: list[str]) -> None:
    for claim_id, key in zip(ids, keys, strict=True):
        if key:
            claims.set_verdict(
                claim_id, who=who, status_id=claims.status_by_key_or_name(key).id, rationale=key
            )


def test_import_compare_and_resolve(tmp_path: Path, two: Two) -> None:
    a, a_ids, b, b_ids = two
    judge(a, a_ids, "alice", ["false", "corroborated", "corroborated", ""])
    judge(b, b_ids, "bob", ["false", "disputed", "corroborated", "unverifiable"])
    path = tmp_path / "bob-review.json"
    assert write_review_file(b.store, path, reviewer="bob") == 4
    review = read_review_file(path)
    status_before = [a.claim(i).status_id for i in a_ids]

    report = import_verdicts(a.store, review, who="alice")
    assert (report.file, report.reviewer, report.moved, report.already) == (
        "bob-review.json",
        "bob",
        0,
        0,
    )
    assert report.unmatched == ()
    # matched across different source and claim ids
    assert {v.claim_id: v.rationale for v in report.imported} == dict(
        zip(a_ids, ["false", "disputed", "corroborated", "unverifiable"], strict=True)
    )
    assert all(
        v.imported_from == "bob-review.json" and v.reviewer == "bob" for v in report.imported
    )
    assert [a.claim(i).status_id for i in a_ids] == status_before  # imports leave statuses
    imported_log = a.audit_log(action="import")
    assert imported_log and {e.who for e in imported_log} == {"alice"}
    # importing the same file again adds nothing
    again = import_verdicts(a.store, review, who="alice")
    assert (again.imported, again.already) == ((), 4)

    c = compare(a.store, "alice", "bob")
    assert [r.claim_id for r in c.rows] == a_ids[:3]
    assert [r.agree for r in c.rows] == [True, False, True]
    assert c.only_b == (a_ids[3],) and c.only_a == ()
    # alice: false, corroborated, corroborated; bob: false, disputed, corroborated
    # p_o = 2/3; p_e = (1·1 + 2·1 + 0) / 9 = 3/9 -> kappa = (2/3 − 1/3) / (2/3) = 0.5
    assert c.agreement == pytest.approx(2 / 3)
    assert c.kappa == pytest.approx(0.5)
    (d,) = c.disagreements
    assert d.claim_id == a_ids[1] and c.unresolved == (d,)

    final, _ = resolve(
        a.store, d.claim_id, who="carol", status_id=d.b.status_id, rationale="Bob a raison"
    )
    assert (final.final, final.decided_by) == (True, "carol")
    assert a.claim(d.claim_id).status_id == d.b.status_id
    after = compare(a.store, "alice", "bob")
    assert after.unresolved == () and after.disagreements[0].final == final
    assert after.kappa == c.kappa  # the final verdict does not count as a review
    assert a.audit_log(limit=2)[-1].action == "resolve"


def test_a_claim_whose_position_moved_is_found_by_its_quote(tmp_path: Path, two: Two) -> None:
    a, a_ids, b, b_ids = two
    judge(b, b_ids, "bob", ["false", "disputed", "", ""])
    path = tmp_path / "bob.json"
    write_review_file(b.store, path, reviewer="bob")
    review = read_review_file(path)
    shifted = tuple(
        dataclasses.replace(v, start=v.start + 7, end=v.end + 7) for v in review.verdicts
    )
    moved = dataclasses.replace(review, verdicts=shifted)
    plan = plan_import(a.store, moved)
    assert [(m.claim_id, m.moved) for m in plan.matched] == [(a_ids[0], True), (a_ids[1], True)]
    report = import_verdicts(a.store, moved, who="alice")
    assert report.moved == 2


def test_the_context_tells_two_identical_quotes_apart(tmp_path: Path, two: Two) -> None:
    a, a_ids, b, b_ids = two
    store = a.store
    text = MAIRIE
    quote = "la piscine a coûté 3 millions d’euros"
    second = text.index(quote, text.index(quote) + 1)
    second_id = store.add_annotation(
        source_id=a.claim(a_ids[0]).source_id,
        start=second,
        end=second + len(quote),
        tag_id=store.tag_named("claim").id,
    ).annotation_ids[0]
    # bob reviewed the second occurrence; the file's position is off, its context is right
    b_store = b.store
    b_second = b_store.add_annotation(
        source_id=b.claim(b_ids[0]).source_id,
        start=second,
        end=second + len(quote),
        tag_id=b_store.tag_named("claim").id,
    ).annotation_ids[0]
    judge(b, [b_second], "bob", ["misleading"])
    write_review_file(b_store, tmp_path / "b.json", reviewer="bob")
    review = read_review_file(tmp_path / "b.json")
    (rv,) = review.verdicts
    off = dataclasses.replace(rv, start=rv.start + 3, end=rv.end + 3)
    plan = plan_import(store, dataclasses.replace(review, verdicts=(off,)))
    assert [(m.claim_id, m.moved) for m in plan.matched] == [(second_id, True)]


def test_unmatched_verdicts_are_listed_with_their_reason(tmp_path: Path, two: Two) -> None:
    a, a_ids, b, b_ids = two
    judge(b, b_ids, "bob", ["false", "", "", ""])
    satire, _ = b.add_status(who="bob", name="Satire", colour="#123456")
    b.set_verdict(b_ids[1], who="bob", status_id=satire.id)
    only_b = add(b.store, "Un texte que seul Bob a importé.", "Bob seul")
    extra = b.store.add_annotation(
        source_id=only_b, start=0, end=8, tag_id=b.store.tag_named("claim").id
    ).annotation_ids[0]
    b.set_verdict(extra, who="bob", status_id=b.status_by_key_or_name("false").id)
    # a claim bob made on a passage alice did not tag
    untagged = b.store.add_annotation(
        source_id=b.claim(b_ids[2]).source_id, start=0, end=2, tag_id=b.store.tag_named("claim").id
    ).annotation_ids[0]
    b.set_verdict(untagged, who="bob", status_id=b.status_by_key_or_name("false").id)
    write_review_file(b.store, tmp_path / "b.json", reviewer="bob")
    report = import_verdicts(a.store, read_review_file(tmp_path / "b.json"), who="alice")
    assert [v.claim_id for v in report.imported] == [a_ids[0]]
    reasons = sorted((u.reason, u.quote) for u in report.unmatched)
    assert reasons == sorted(
        [
            (Unmatched.UNKNOWN_STATUS, "L’opposition parle de 5"),
            (Unmatched.NO_SOURCE, "Un texte"),
            (Unmatched.NO_CLAIM, "La"),
        ]
    )


def test_quotes_differing_only_in_apostrophes_and_spaces_match_but_not_in_case(
    tmp_path: Path, two: Two
) -> None:
    a, a_ids, b, b_ids = two
    judge(b, b_ids, "bob", ["false", "false", "", ""])
    write_review_file(b.store, tmp_path / "b.json", reviewer="bob")
    review = read_review_file(tmp_path / "b.json")
    first, second = review.verdicts
    straight = dataclasses.replace(first, quote=first.quote.replace("’", "'"))
    upper = dataclasses.replace(second, quote=second.quote.upper())
    plan = plan_import(a.store, dataclasses.replace(review, verdicts=(straight, upper)))
    assert [m.claim_id for m in plan.matched] == [a_ids[0]]
    assert [u.reason for u in plan.unmatched] == [Unmatched.NO_CLAIM]


def test_compare_with_nobody_in_common(two: Two) -> None:
    a, a_ids, _, _ = two
    judge(a, a_ids, "alice", ["false", "", "", ""])
    c = compare(a.store, "alice", "bob")
    assert (c.rows, c.kappa, c.agreement, c.only_a, c.only_b) == ((), None, None, (a_ids[0],), ())

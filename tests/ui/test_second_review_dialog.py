"""Compare with another reviewer: import a review file, kappa, disagreements, resolving."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.models import AnnotationId, ImportedSource, SourceId, TagKind
from desktop.core.review.kappa import cohen_kappa
from desktop.core.review.review_file import write_review_file
from desktop.core.store import Store
from desktop.ui.session import Session
from desktop.ui.widgets.second_review_dialog import SecondReviewDialog

SENTENCES = [f"Phrase numéro {i} : le ministre a dit {i * 100} choses’." for i in range(10)]
TEXT = " ".join(SENTENCES) + " Une dernière phrase que bob seul a jugée."
# alice, bob: 4 agree on corroborated, 3 on false, 2 corroborated/false, 1 false/disputed
TABLE = [("corroborated", "corroborated")] * 4 + [("false", "false")] * 3
TABLE += [("corroborated", "false")] * 2 + [("false", "disputed")]


def project(path: Path) -> tuple[Store, list[AnnotationId]]:
    """The same article with the same ten claims, in a project of its own."""
    store = Store.create(path)
    imported = ImportedSource(
        filename="article.txt", format="txt", original=TEXT.encode(), text=TEXT,
        encoding="utf-8", title="L’Article", lang="fr",
    )  # fmt: skip
    sid: SourceId = store.add_source(imported).source_ids[0]
    tag_id = next(t.id for t in store.tags() if t.kind is TagKind.CLAIM)
    ids = []
    for sentence in [*SENTENCES, "Une dernière phrase que bob seul a jugée."]:
        start = TEXT.index(sentence)
        change = store.add_annotation(
            source_id=sid, start=start, end=start + len(sentence), tag_id=tag_id
        )
        ids.append(change.annotation_ids[0])
    return store, ids


def give(store: Store, who: str, ids: list[AnnotationId], keys: list[str]) -> None:
    claims = ClaimStore(store)
    for claim_id, key in zip(ids, keys, strict=False):
        status = claims.status_by_key_or_name(key)
        claims.set_verdict(claim_id, who=who, status_id=status.id)


def test_import_kappa_and_resolve(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    # bob reviews in his own copy of the project and sends his review file
    bob_store, bob_ids = project(tmp_path / "bob.recoupe")
    give(bob_store, "bob", bob_ids, [b for _, b in TABLE] + ["disputed"])
    review_path = tmp_path / "review-bob.json"
    assert write_review_file(bob_store, review_path, reviewer="bob") == 11
    bob_store.close()

    # alice has the same article and claims; she judged all but the eleventh
    store, ids = project(tmp_path / "alice.recoupe")
    session = Session(store)
    session.reviewer = "alice"
    give(store, "alice", ids, [a for a, _ in TABLE])
    try:
        check_import_kappa_and_resolve(qtbot, session, store, review_path)
    finally:
        session.undo_stack.clear()
        store.close()


def check_import_kappa_and_resolve(
    qtbot: QtBot, session: Session, store: Store, review_path: Path
) -> None:
    dialog = SecondReviewDialog(session)
    qtbot.addWidget(dialog)
    assert "No other reviewer" in dialog.kappa_label.text()  # alice alone so far
    steps = session.undo_stack.count()
    report = dialog.import_file(review_path)
    assert report is not None and len(report.imported) == 11 and not report.unmatched
    assert session.undo_stack.count() == steps + 1  # the import is one undo step
    assert "bob" in dialog.import_label.text()
    assert (dialog.reviewer_a.currentText(), dialog.reviewer_b.currentText()) == ("alice", "bob")

    claims = ClaimStore(store)
    expected = cohen_kappa(
        [(int(claims.status_by_key_or_name(a).id), int(claims.status_by_key_or_name(b).id))
         for a, b in TABLE]
    )  # fmt: skip
    assert expected is not None and abs(expected - 0.4643) < 1e-3
    text = dialog.kappa_label.text()
    assert f"{expected:.2f}" in text and "10 claim" in text and "70 %" in text
    assert dialog.table.rowCount() == 10
    assert "bob only: 1" in dialog.others_label.text()
    dialog.only_disagreements.setChecked(True)
    assert dialog.table.rowCount() == 3
    assert all(dialog.table.item(r, 3).text() == "no" for r in range(3))
    assert all(dialog.table.item(r, 4).text() == "to resolve" for r in range(3))

    # resolve the first disagreement as false, with a rationale
    dialog.table.selectRow(0)
    claim_id = dialog.selected().claim_id  # type: ignore[union-attr]
    false = claims.status_by_key_or_name("false")
    dialog.final_status.setCurrentIndex(dialog.final_status.findData(int(false.id)))
    dialog.rationale.setText("Le communiqué de l’armée tranche")
    assert dialog.resolve_selected()
    final = claims.final_verdict(claim_id)
    assert final is not None and final.final
    assert (final.decided_by, final.status_id, final.rationale) == (
        "alice",
        false.id,
        "Le communiqué de l’armée tranche",
    )
    assert claims.claim(claim_id).status_id == false.id
    assert claims.audit_log(claim_id=claim_id, action="resolve")
    row = next(r for r in range(dialog.table.rowCount())
               if dialog.table.item(r, 0).data(256) == int(claim_id))  # fmt: skip
    assert "alice" in dialog.table.item(row, 4).text()
    # resolving leaves the kappa alone: it compares the two reviewers' own verdicts
    assert f"{expected:.2f}" in dialog.kappa_label.text()
    # undo withdraws the final verdict
    session.undo_stack.undo()
    assert claims.final_verdict(claim_id) is None


def test_bad_file_and_unmatched_verdicts_are_reported(
    qtbot: QtBot, session: Session, tmp_path: Path
) -> None:
    bob_store, bob_ids = project(tmp_path / "bob.recoupe")
    give(bob_store, "bob", bob_ids, ["false"] * 11)
    review_path = tmp_path / "review-bob.json"
    write_review_file(bob_store, review_path, reviewer="bob")
    bob_store.close()
    session.reviewer = "alice"
    dialog = SecondReviewDialog(session)
    qtbot.addWidget(dialog)
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    assert dialog.import_file(bad) is None
    assert "broken.json" in dialog.import_label.text()
    # this project does not have bob's article: every verdict is listed as unmatched
    report = dialog.import_file(review_path)
    assert report is not None and len(report.unmatched) == 11
    assert dialog.unmatched.count() == 11
    assert "not in this project" in dialog.unmatched.item(0).text()

"""Merging a colleague's bundle: sources by SHA-256, annotations by identity and version,
never duplicated; both sides' changes to one annotation kept as a flagged conflict."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.claim_reads import ClaimReader
from desktop.core.claim_store import ClaimStore
from desktop.core.conflicts import (
    Keep,
    conflict_count,
    conflicts,
    redo_resolution,
    resolve_conflict,
    undo_resolution,
)
from desktop.core.entity_reads import EntityReader
from desktop.core.entity_store import EntityStore
from desktop.core.event_store import EventStore
from desktop.core.export.bundle import write_bundle
from desktop.core.importing.bundle import import_bundle_new, merge_bundle
from desktop.core.migrations import known_migration_names, migrations
from desktop.core.models import AnnotationId, AnnotationStatus, ImportedSource
from desktop.core.origins import Origins
from desktop.core.review.second_review import compare
from desktop.core.store import Store
from tests.core.bundle_project import dump, full_project, parts
from tests.core.export_project import TEXT_FR, Sample


class Pair:
    """Alice's project, and Bob's made from Alice's bundle."""

    def __init__(self, alice: Store, sample: Sample, folder: Path) -> None:
        self.alice = alice
        self.sample = sample
        self.folder = folder
        write_bundle(alice, folder / "alice.zip", exported_by="Alice")
        import_bundle_new(folder / "alice.zip", folder / "bob.recoupe")
        self.bob = Store.open(folder / "bob.recoupe")

    def bob_bundle(self, name: str = "bob.zip") -> Path:
        return write_bundle(self.bob, self.folder / name, exported_by="Bob").path

    def alice_bundle(self, name: str = "alice2.zip") -> Path:
        return write_bundle(self.alice, self.folder / name, exported_by="Alice").path


@pytest.fixture
def pair(store: Store, tmp_path: Path) -> Iterator[Pair]:
    sample = full_project(store)
    p = Pair(store, sample, tmp_path)
    yield p
    p.bob.close()


def note(store: Store, annotation_id: AnnotationId) -> str | None:
    return store.annotation(annotation_id).note


def test_merging_our_own_bundle_back_changes_nothing(pair: Pair) -> None:
    report = merge_bundle(pair.alice, pair.folder / "alice.zip")
    assert report.annotations_added == [] and report.conflicts == []
    assert report.annotations_unchanged == 9 and report.sources_matched == 2
    assert len(pair.alice.annotations(status=None)) == 9


def test_their_edit_is_taken_when_we_did_not_touch_it(pair: Pair) -> None:
    place = pair.sample.place_fr
    pair.bob.update_annotation(place, note="capitale de l’Irak")
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert report.annotations_updated == [place] and report.conflicts == []
    assert note(pair.alice, place) == "capitale de l’Irak"
    # merged again: nothing more, and Bob merging Alice back changes nothing either
    again = dump(pair.alice)
    merge_bundle(pair.alice, pair.folder / "bob.zip")
    assert dump(pair.alice) == again
    back = merge_bundle(pair.bob, pair.alice_bundle())
    assert back.annotations_updated == [] and back.conflicts == []


def test_our_edit_stays_when_they_did_not_touch_it(pair: Pair) -> None:
    place = pair.sample.place_fr
    pair.alice.update_annotation(place, note="ma version")
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert report.annotations_updated == [] and report.conflicts == []
    assert note(pair.alice, place) == "ma version"
    # and Bob, merging Alice's bundle, takes her version
    merge_bundle(pair.bob, pair.alice_bundle())
    assert note(pair.bob, place) == "ma version"


def test_both_edits_are_kept_as_a_flagged_conflict(pair: Pair) -> None:
    place = pair.sample.place_fr
    pair.alice.update_annotation(place, note="version d’Alice")
    pair.bob.update_annotation(place, note="version de Bob 🙂")
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert len(report.conflicts) == 1 and report.annotations_added == []
    found = conflicts(pair.alice)
    assert len(found) == 1
    c = found[0]
    assert c.ours.id == place and c.ours.note == "version d’Alice"
    assert c.theirs.note == "version de Bob 🙂"
    assert (c.theirs.start, c.theirs.end, c.theirs.tag_id) == (
        c.ours.start,
        c.ours.end,
        c.ours.tag_id,
    )
    assert c.row.bundle == "bob.zip" and c.row.other_by == "Bob"
    # never duplicated: merging the same bundle again adds nothing
    again = dump(pair.alice)
    assert merge_bundle(pair.alice, pair.folder / "bob.zip").conflicts == []
    assert dump(pair.alice) == again and conflict_count(pair.alice) == 1


def test_keeping_theirs_resolves_and_sticks(pair: Pair) -> None:
    place = pair.sample.place_fr
    pair.alice.update_annotation(place, note="version d’Alice")
    pair.bob.update_annotation(place, note="version de Bob")
    merge_bundle(pair.alice, pair.bob_bundle())
    c = conflicts(pair.alice)[0]
    count = len(pair.alice.annotations(status=None))
    resolution, changes = resolve_conflict(pair.alice, c.id, Keep.THEIRS)
    assert note(pair.alice, place) == "version de Bob"
    assert len(pair.alice.annotations(status=None)) == count - 1
    assert conflict_count(pair.alice) == 0 and {ch.kind.value for ch in changes} == {
        "annotations_removed",
        "annotations_updated",
    }
    # the entity link and identity stay with our annotation
    assert EntityReader(pair.alice).links([place])
    resolved = dump(pair.alice)
    merge_bundle(pair.alice, pair.folder / "bob.zip")
    assert dump(pair.alice) == resolved
    # undo puts both versions and the flag back, exactly; redo resolves again
    undo_resolution(pair.alice, resolution)
    assert note(pair.alice, place) == "version d’Alice" and conflict_count(pair.alice) == 1
    assert conflicts(pair.alice)[0] == c
    redo_resolution(pair.alice, resolution)
    assert note(pair.alice, place) == "version de Bob" and conflict_count(pair.alice) == 0


def test_keeping_ours_resolves_and_bob_then_takes_ours(pair: Pair) -> None:
    place = pair.sample.place_fr
    pair.alice.update_annotation(place, note="version d’Alice")
    pair.bob.update_annotation(place, note="version de Bob")
    merge_bundle(pair.alice, pair.bob_bundle())
    resolve_conflict(pair.alice, conflicts(pair.alice)[0].id, Keep.OURS)
    assert note(pair.alice, place) == "version d’Alice" and conflict_count(pair.alice) == 0
    report = merge_bundle(pair.bob, pair.alice_bundle())
    assert report.conflicts == [] and note(pair.bob, place) == "version d’Alice"


def test_new_sources_and_annotations_arrive_with_their_entities(pair: Pair) -> None:
    text = "À Mossoul, Mélanie Dupont a démenti. 🇮🇶"
    imported = ImportedSource(
        filename="mossoul.txt",
        format="txt",
        original=text.encode(),
        text=text,
        encoding="utf-8",
        title="Démenti",
        lang="fr",
    )
    sid = pair.bob.add_source(imported).source_ids[0]
    tag = pair.bob.tag_named("place").id
    new = pair.bob.add_annotation(source_id=sid, start=2, end=9, tag_id=tag).annotation_ids[0]
    actor = pair.bob.tag_named("actor").id
    start = text.index("Mélanie")
    who = pair.bob.add_annotation(
        source_id=sid, start=start, end=start + len("Mélanie Dupont"), tag_id=actor
    ).annotation_ids[0]
    EntityStore(pair.bob).link_annotations([new, who])
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert len(report.sources_added) == 1 and len(report.annotations_added) == 2
    here = pair.alice.source(report.sources_added[0])
    assert pair.alice.source_text(here.id) == text
    assert pair.alice.source_original(here.id) == text.encode()
    added = pair.alice.annotations(source_id=here.id)
    assert [pair.alice.source_text(here.id)[a.start : a.end] for a in added] == [
        "Mossoul",
        "Mélanie Dupont",
    ]
    reader = EntityReader(pair.alice)
    links = reader.links(a.id for a in added)
    names = {reader.entity(e).name for e in links.values()}
    assert "Mossoul" in names
    # Mélanie Dupont was already an entity here (from the original): no second one
    assert len([e for e in reader.entities() if "lanie" in e.name]) == 1
    assert report.entities_added == 1 and report.entities_matched == 2  # Bagdad, Mélanie


def test_the_same_passage_tagged_on_both_sides_is_not_duplicated(pair: Pair) -> None:
    start = TEXT_FR.index("Mossoul")
    tag = pair.alice.tag_named("place").id
    for s in (pair.alice, pair.bob):
        s.add_annotation(source_id=pair.sample.fr, start=start, end=start + 7, tag_id=tag)
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert report.annotations_added == [] and report.conflicts == []
    assert len(pair.alice.annotations(source_id=pair.sample.fr, tag_id=tag)) == 2


def test_their_decision_on_our_pending_suggestion_is_taken(pair: Pair) -> None:
    start = TEXT_FR.index("Mossoul")
    tag = pair.alice.tag_named("place").id
    ours = pair.alice.add_annotation(
        source_id=pair.sample.fr,
        start=start,
        end=start + 7,
        tag_id=tag,
        status=AnnotationStatus.SUGGESTED,
    ).annotation_ids[0]
    pair.bob.add_annotation(source_id=pair.sample.fr, start=start, end=start + 7, tag_id=tag)
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert report.annotations_updated == [ours]
    assert pair.alice.annotation(ours).status is AnnotationStatus.ACCEPTED


def test_annotations_reanchor_on_a_text_extracted_differently(pair: Pair) -> None:
    """Same file, different text here (another extraction): quotes are found again, and
    one whose words are gone is an orphan, listed and not added."""
    start = TEXT_FR.index("Mossoul")
    tag = pair.bob.tag_named("place").id
    pair.bob.add_annotation(source_id=pair.sample.fr, start=start, end=start + 7, tag_id=tag)
    start = TEXT_FR.index("avant l’été")
    pair.bob.add_annotation(source_id=pair.sample.fr, start=start, end=start + 11, tag_id=tag)
    changed = "Dépêche AFP 🙂\n" + TEXT_FR.replace("avant l’été", "à l’automne")
    pair.alice.db.execute("UPDATE sources SET text = ? WHERE id = ?", [changed, pair.sample.fr])
    pair.alice.db.conn.commit()
    pair.alice._texts.clear()
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert [o.quote for o in report.orphans] == ["avant l’été"]
    (added,) = report.annotations_added
    a = pair.alice.annotation(added)
    assert changed[a.start : a.end] == "Mossoul" and a.start == TEXT_FR.index("Mossoul") + 14


def test_their_events_join_ours(pair: Pair) -> None:
    events = EventStore(pair.bob)
    fr, en = pair.sample.date_fr, pair.sample.date_en
    events.split_from_event(en)
    assert events.memberships([fr])[fr] != events.memberships([en])[en]
    start = TEXT_FR.index("jeudi")
    tag = pair.bob.tag_named("date").id
    jeudi = pair.bob.add_annotation(
        source_id=pair.sample.fr, start=start, end=start + 5, tag_id=tag, value="2026-01-15"
    ).annotation_ids[0]
    events.merge_events([fr], [jeudi])
    report = merge_bundle(pair.alice, pair.bob_bundle())
    mine = EventStore(pair.alice)
    # Alice had "jeudi" as a pending suggestion: it takes Bob's decision, and his event
    assert report.annotations_updated == [pair.sample.suggested]
    new = pair.sample.suggested
    assert mine.memberships([new])[new] == mine.memberships([fr])[fr]
    assert report.events_joined == 1


def test_their_verdicts_arrive_as_imported_verdicts(pair: Pair) -> None:
    claim = pair.sample.claim_fr
    theirs = ClaimStore(pair.bob)
    false = theirs.status_by_key_or_name("false").id
    theirs.set_verdict(claim, who="Bob", status_id=false, rationale="démenti le lendemain")
    report = merge_bundle(pair.alice, pair.bob_bundle(), who="Alice")
    assert report.claims["verdicts_imported"] == 1
    reader = ClaimReader(pair.alice)
    latest = reader.latest_verdicts(claim)
    assert latest["Bob"].imported_from == "bob.zip"
    assert latest["Bob"].rationale == "démenti le lendemain"
    assert reader.claim(claim).status_id == reader.status_by_key_or_name("disputed").id
    comparison = compare(pair.alice, "Alice", "Bob")
    assert [c.claim_id for c in comparison.disagreements] == [claim]
    # merged twice, still one imported verdict
    again = merge_bundle(pair.alice, pair.folder / "bob.zip", who="Alice")
    assert again.claims["verdicts_imported"] == 0
    assert len([v for v in reader.verdicts_for(claim) if v.reviewer == "Bob"]) == 1


def test_identities_survive_undoing_a_deletion(pair: Pair) -> None:
    origins = Origins(pair.alice)
    place = pair.sample.place_fr
    before = origins.identities([place])
    kept = pair.alice.annotation(place)
    pair.alice.delete_annotations([place])
    pair.alice.restore_annotations([kept])
    assert origins.identities([place]) == before
    report = merge_bundle(pair.alice, pair.bob_bundle())
    assert report.annotations_added == []


def test_a_project_of_the_previous_version_gets_identities(tmp_path: Path) -> None:
    path = tmp_path / "old.recoupe"
    conn = sqlite3.connect(path)
    db = Database(conn)
    migrations.apply(db, stop_before="0008_bundle_merge")
    conn.execute(
        "INSERT INTO sources(title, imported_at, sha256, filename, format, encoding, lang, "
        "size, text) VALUES ('Ancien', 'x', 'abc', 'a.txt', 'txt', 'utf-8', 'fr', 5, 'Texte')"
    )
    conn.execute(
        'INSERT INTO annotations(source_id, tag_id, start, "end", quote, prefix, suffix, '
        "created, modified) VALUES (1, 1, 0, 5, 'Texte', '', '', 'x', 'x')"
    )
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert store.applied_migrations() == known_migration_names()
        origins = Origins(store)
        (identity,) = origins.identities([AnnotationId(1)]).values()
        assert len(identity) == 36
        store.update_annotation(AnnotationId(1), note="vu")
        tags = {t.id: t for t in store.tags()}
        assert len(origins.histories(store.annotations(), tags)[AnnotationId(1)]) == 2
    finally:
        store.close()


def test_a_merged_project_with_a_conflict_round_trips(pair: Pair) -> None:
    pair.alice.update_annotation(pair.sample.place_fr, note="version d’Alice")
    pair.bob.update_annotation(pair.sample.place_fr, note="version de Bob")
    pair.bob.update_annotation(pair.sample.date_fr, value="2026-01-17")
    merge_bundle(pair.alice, pair.bob_bundle())
    first = pair.alice_bundle("first.zip")
    import_bundle_new(first, pair.folder / "third.recoupe")
    third = Store.open(pair.folder / "third.recoupe")
    again = write_bundle(third, pair.folder / "again.zip", exported_by="Alice").path
    assert parts(again) == parts(first)
    assert conflict_count(third) == 1
    # the copy keeps the histories: Bob's bundle merged into it changes nothing
    before = dump(third)
    merge_bundle(third, pair.folder / "bob.zip")
    assert dump(third) == before
    third.close()

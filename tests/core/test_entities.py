"""Entities: the name matcher, proposals, linking, merge/split/rename with exact undo, CLI."""

from __future__ import annotations

import argparse
import json
import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

from desktop import cli_entities
from desktop.core import entities
from desktop.core.claim_store import ClaimStore
from desktop.core.entities import (
    EntityId,
    EntityNames,
    EntityType,
    MatchReason,
    compare_names,
    display_name,
    entity_type_for,
    name_key,
    propose,
)
from desktop.core.entity_store import EntityEdit, EntityStore, HistoryAction
from desktop.core.errors import InvalidValue, NotFound
from desktop.core.models import AnnotationId, AnnotationStatus, ChangeKind, SourceId, TagId
from desktop.core.store import Store
from tests.conftest import MakeSource

# ------------------------------------------------------------------ the matcher

SAME = [
    # names from the seeds and the press, French and English spellings
    ("Qasem al Arayi", "Qasim al-Alaji"),
    ("Ayn al-Asad", "Aïn al-Assad"),
    ("al-Soudani", "al-Sudani"),
    ("Mustafa Al-Kadhimi", "Moustafa al-Kazimi"),
    ("Hachd al-Chaabi", "Hashd al-Shaabi"),
    ("Bagdad", "Baghdad"),
    ("Mossoul", "Mosul"),
    ("Irak", "Iraq"),
    ("Qassem Soleimani", "Qasem Suleimani"),
    ("Bachar al-Assad", "Bashar al-Assad"),
    ("Mohammed", "Muhammad"),
    ("Hezbollah", "Hizballah"),
    ("Koweït", "Kuwait"),
    ("Téhéran", "Tehran"),
    ("Kirkouk", "Kirkuk"),
    ("Falloujah", "Fallujah"),
    ("Tchad", "Chad"),
    ("Moqtada al-Sadr", "Muqtada as-Sadr"),
    ("Oussama ben Laden", "Osama bin Laden"),
    ("Walid Joumblatt", "Walid Jumblatt"),
    ("Soudan", "Sudan"),
    ("Al-Qaïda", "Al-Qaeda"),
]

DIFFERENT = [
    ("Irak", "Iran"),
    ("Syrie", "Serbie"),
    ("Mossoul", "Moussa"),
    ("Paris", "Parisot"),
    ("Bush", "Busch"),
    ("John Brennan", "John Bolton"),
    ("Soudan", "Soudani"),
    ("Niger", "Nigeria"),
    ("Austria", "Australia"),
    ("Gambie", "Zambie"),
    ("Bagdad", "Bagdadi"),
    ("Hassan", "Hussein"),
    ("Mohammed", "Mahmoud"),
    ("Ramadi", "Ramadan"),
    ("Mali", "Malé"),
    ("Slovénie", "Slovaquie"),
    ("Qasem Soleimani", "Qasem al Arayi"),
    ("Joe Biden", "Jill Biden"),
    ("Bachar al-Assad", "Hafez al-Assad"),
    ("Iran", "Oran"),
    ("Ali Khamenei", "Ali Larijani"),
    ("Mohammed ben Salmane", "Mohammed ben Zayed"),
    ("Amman", "Oman"),
    ("Liban", "Libye"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_names_written_differently_are_proposed(a: str, b: str) -> None:
    assert compare_names(a, b) in (MatchReason.TRANSLITERATION, MatchReason.SAME_NAME)
    assert compare_names(b, a) == compare_names(a, b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_names_are_not(a: str, b: str) -> None:
    assert compare_names(a, b) is None
    assert compare_names(a, b, entity_type=EntityType.PLACE) is None


def test_acronyms_curated_aliases_and_short_forms() -> None:
    assert compare_names("EI", "État islamique") is MatchReason.ACRONYM
    assert compare_names("ONU", "Organisation des Nations unies") is MatchReason.ACRONYM
    assert compare_names("E.I.", "Etat islamique") is MatchReason.ACRONYM
    assert compare_names("FTM", "Forces tactiques mobiles") is MatchReason.ACRONYM
    assert compare_names("Ftm", "Forces tactiques mobiles") is None  # not written as one
    assert compare_names("Daech", "État islamique") is MatchReason.CURATED
    assert compare_names("PMF", "Hachd al-Chaabi") is MatchReason.CURATED
    assert compare_names("Jordanie", "Jordan") is MatchReason.CURATED
    person = EntityType.PERSON
    assert (
        compare_names("al-Soudani", "Mohammed Chia al-Soudani", entity_type=person)
        is MatchReason.SHORT_FORM
    )
    # only people: an airport is not its city
    assert compare_names("Bagdad", "aéroport de Bagdad", entity_type=EntityType.PLACE) is None
    assert compare_names("Ali", "Hussein Ali", entity_type=person) is None  # too short


def test_linking_key_sets_aside_accents_case_apostrophes_and_articles() -> None:
    assert name_key("L’Irak") == name_key("irak") == "irak"
    assert name_key("Hachd al-Chaabi") == name_key("hachd chaabi")
    assert name_key("Aïn al-Assad") == name_key("AIN AL ASSAD")
    assert name_key("le groupe État islamique") == name_key("Etat islamique")
    assert name_key("Irak") != name_key("Iraq")  # a spelling variant is proposed, not linked
    assert display_name("L’Irak") == "Irak"
    assert display_name("  Qasim\nal-Alaji ") == "Qasim al-Alaji"


def test_proposals_keep_types_apart_and_leave_dismissed_pairs_out() -> None:
    def e(i: int, t: EntityType, *names: str) -> EntityNames:
        return EntityNames(EntityId(i), t, names)

    items = [
        e(1, EntityType.PLACE, "Bagdad"),
        e(2, EntityType.PLACE, "Baghdad"),
        e(3, EntityType.ORGANISATION, "État islamique"),
        e(4, EntityType.ORGANISATION, "EI", "Daech"),
        e(5, EntityType.PERSON, "Baghdad"),
        e(6, EntityType.PLACE, "Iran"),
        e(7, EntityType.PLACE, "Irak"),
    ]
    found = {(p.a, p.b): p.reason for p in propose(items)}
    assert found == {(1, 2): MatchReason.TRANSLITERATION, (3, 4): MatchReason.ACRONYM}
    assert propose(items, dismissed={frozenset((EntityId(1), EntityId(2)))})[0].pair == {3, 4}
    assert [p.pair for p in propose(items, only={EntityId(3)})] == [{3, 4}]


def test_proposals_find_every_pair_the_matcher_accepts() -> None:
    names = [name for pair in SAME for name in pair]
    items = [EntityNames(EntityId(i), EntityType.PLACE, (n,)) for i, n in enumerate(names)]
    found = {p.pair for p in propose(items)}
    for i in range(0, len(items), 2):
        assert frozenset((EntityId(i), EntityId(i + 1))) in found, names[i]


def test_type_of_a_new_entity(monkeypatch: pytest.MonkeyPatch) -> None:
    assert entity_type_for("Bagdad", "place") is EntityType.PLACE
    fake = types.ModuleType("desktop.core.extract.entities")
    fake.entity_type_of = lambda name, kind: "place" if name == "Bagdad" else "person"
    fake.coordinates_of = lambda name: (33.31, 44.36) if name == "Bagdad" else None
    monkeypatch.setitem(sys.modules, "desktop.core.extract.entities", fake)
    assert entity_type_for("Qasim al-Alaji", "actor") is EntityType.PERSON
    # a place acting ("Bagdad a annoncé") is its government
    assert entity_type_for("Bagdad", "actor") is EntityType.ORGANISATION
    assert entities.coordinates_for("Bagdad") == (33.31, 44.36)
    assert entities.coordinates_for("Nulle part") is None
    # without the suggester (None in sys.modules: ImportError), the simple rules
    monkeypatch.setitem(sys.modules, "desktop.core.extract.entities", None)
    monkeypatch.setitem(sys.modules, "desktop.core.extract.gazetteer", None)
    assert entities.coordinates_for("Bagdad") is None
    assert entity_type_for("ministère de la Défense", "actor") is EntityType.ORGANISATION
    assert entity_type_for("EI", "actor") is EntityType.ORGANISATION
    assert entity_type_for("Irak", "actor") is EntityType.ORGANISATION
    assert entity_type_for("Qasim al-Alaji", "actor") is EntityType.PERSON


# ------------------------------------------------------------------ the store

TEXT = (
    "L’Irak a annoncé le retrait. Le conseiller Qasem al Arayi était à Bagdad le "
    "18 janvier 2026. Qasim al-Alaji a écrit depuis Baghdad. Bagdad reste calme."
)


def span(word: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(word, i + 1)
    return i, i + len(word)


@pytest.fixture
def tagged(store: Store, make_source: MakeSource) -> Callable[..., AnnotationId]:
    sid = make_source(TEXT, "Dépêche")

    def tag(word: str, kind: str, nth: int = 0, **fields: Any) -> AnnotationId:
        start, end = span(word, nth)
        tag_id = store.tag_named(kind).id
        change = store.add_annotation(source_id=sid, start=start, end=end, tag_id=tag_id, **fields)
        return change.annotation_ids[0]

    return tag


def rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the entity tables, to compare states exactly."""
    tables = ("entities", "entity_aliases", "annotation_entities", "entity_history")
    return {t: store.db.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall() for t in tables}


def check_undo_redo(es: EntityStore, edit: EntityEdit, before: dict[str, Any]) -> None:
    """Undo puts back exactly the rows before; redo exactly the rows after."""
    after = rows(es.store)
    es.restore(edit, edit.before)
    assert rows(es.store) == before
    es.restore(edit, edit.after)
    assert rows(es.store) == after


def test_linking_finds_or_makes_the_entity(
    store: Store, tagged: Callable[..., AnnotationId], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "desktop.core.entity_store.coordinates_for",
        lambda name: (33.3152, 44.3661) if name == "Bagdad" else None,
    )
    es = EntityStore(store)
    irak = tagged("Irak", "Actor")
    bagdad = tagged("Bagdad", "Place")
    before = rows(store)
    edit = es.link_annotations([irak, bagdad])
    assert edit is not None and edit.change.kind is ChangeKind.ENTITIES_CHANGED
    links = es.links([irak, bagdad])
    place = es.entity(links[bagdad])
    assert (place.name, place.type, place.coordinates) == (
        "Bagdad",
        EntityType.PLACE,
        (33.3152, 44.3661),
    )
    assert es.entity(links[irak]).type is EntityType.ORGANISATION
    assert set(edit.change.entity_ids) == {links[irak], links[bagdad]}
    check_undo_redo(es, edit, before)

    # the same name again (any case, accents, article) links to the same entity
    again = tagged("Bagdad", "Place", 1)
    edit2 = es.link_annotations([again])
    assert edit2 is not None and es.links([again])[again] == place.id
    assert len(es.entities()) == 2
    # a spelling variant is a new entity, proposed as the same
    variant = tagged("Baghdad", "Place")
    es.link_annotations([variant])
    other = es.links([variant])[variant]
    assert other != place.id
    (proposal,) = es.proposals()
    assert (proposal.a, proposal.b, proposal.reason) == (
        place.id,
        other,
        MatchReason.TRANSLITERATION,
    )
    # nothing left to do: None
    assert es.link_annotations([again, variant]) is None
    # a date or a suggestion is not linked
    date = tagged("18 janvier 2026", "Date", value="2026-01-18")
    pending = tagged("Qasem al Arayi", "Actor", status=AnnotationStatus.SUGGESTED)
    assert es.link_annotations([date, pending]) is None


def test_a_link_made_before_acceptance_is_kept(
    store: Store, tagged: Callable[..., AnnotationId]
) -> None:
    es = EntityStore(store)
    aid = tagged("Bagdad", "Place", status=AnnotationStatus.SUGGESTED)
    entity = store.db.execute(
        "INSERT INTO entities(name, type, created, modified) VALUES ('Baghdad', 'place', 'x', 'x')"
    ).lastrowid
    store.db.execute(
        "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)", [aid, entity]
    )
    store.set_status([aid], AnnotationStatus.ACCEPTED)
    assert es.link_annotations([aid]) is None
    # its value renamed to something else: linked again
    store.update_annotation(aid, value="Falloujah")
    edit = es.link_annotations([aid], renamed=True)
    assert edit is not None and es.entity(es.links([aid])[aid]).name == "Falloujah"


def test_retagging_relinks_or_unlinks(store: Store, tagged: Callable[..., AnnotationId]) -> None:
    es = EntityStore(store)
    aid = tagged("Bagdad", "Place")
    es.link_annotations([aid])
    place = es.links([aid])[aid]
    store.update_annotation(aid, tag_id=store.tag_named("Actor").id)
    es.link_annotations([aid])
    actor = es.entity(es.links([aid])[aid])
    assert actor.id != place and actor.type is not EntityType.PLACE
    store.update_annotation(aid, tag_id=store.tag_named("Claim").id)
    edit = es.link_annotations([aid])
    assert edit is not None and es.links([aid]) == {}
    assert edit.after.history[0].detail["unlinked"] == {str(aid): actor.id}


def test_merge_split_rename_edit_undo_exactly_and_are_recorded(
    store: Store, tagged: Callable[..., AnnotationId]
) -> None:
    es = EntityStore(store)
    a1 = tagged("Qasem al Arayi", "Actor")
    a2 = tagged("Qasim al-Alaji", "Actor")
    es.link_annotations([a1, a2])
    e1, e2 = es.links([a1])[a1], es.links([a2])[a2]

    before = rows(store)
    merge = es.merge_entities(e1, [e2], reason=MatchReason.TRANSLITERATION)
    assert es.links([a1, a2]) == {a1: e1, a2: e1}
    assert [(a.alias, a.reason) for a in es.aliases([e1])] == [
        ("Qasim al-Alaji", "transliteration")
    ]
    with pytest.raises(NotFound):
        es.entity(e2)
    history = es.history(e1)[-1]
    assert history.action is HistoryAction.MERGE and history.entity_ids == (e1, e2)
    assert history.detail["reason"] == "transliteration" and "by" in history.detail
    assert set(merge.change.entity_ids) == {e1, e2} and set(merge.change.annotation_ids) == {a2}
    check_undo_redo(es, merge, before)

    before = rows(store)
    split = es.split_alias(e1, "Qasim al-Alaji")
    e3 = es.links([a2])[a2]
    assert e3 not in (e1, e2) and es.entity(e3).name == "Qasim al-Alaji"
    assert es.aliases([e1]) == [] and es.links([a1])[a1] == e1
    assert es.history()[-1].action is HistoryAction.SPLIT_ALIAS
    check_undo_redo(es, split, before)
    es.restore(split, split.before)  # back to the merged entity (same ids)
    assert es.links([a2])[a2] == e1

    before = rows(store)
    split = es.split_mention(a2)
    assert es.links([a2])[a2] not in (e1, e2, e3) and es.links([a1])[a1] == e1
    with pytest.raises(InvalidValue):
        es.split_mention(a1)  # the only mention left: already on its own
    check_undo_redo(es, split, before)
    es.restore(split, split.before)

    before = rows(store)
    rename = es.rename_entity(e1, "Qasim al-Araji")
    assert es.entity(e1).name == "Qasim al-Araji"
    assert {a.alias for a in es.aliases([e1])} == {"Qasim al-Alaji", "Qasem al Arayi"}
    assert es.history()[-1].detail["from"] == "Qasem al Arayi"
    check_undo_redo(es, rename, before)

    before = rows(store)
    edit = es.edit_entity(
        e1, note="Conseiller à la sécurité nationale", entity_type=EntityType.PERSON
    )
    assert es.entity(e1).note == "Conseiller à la sécurité nationale"
    check_undo_redo(es, edit, before)
    with pytest.raises(InvalidValue, match="latitude 91.0 is not between -90 and 90"):
        es.edit_entity(e1, coordinates=(91, 0))
    with pytest.raises(InvalidValue, match="^an entity needs a name$"):
        es.rename_entity(e1, "  ")


def test_claims_follow_a_merge_and_its_undo(
    store: Store, tagged: Callable[..., AnnotationId], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("desktop.core.entity_store._user", lambda: "Camille Rédac")
    es, claims = EntityStore(store), ClaimStore(store)
    a1 = tagged("Qasem al Arayi", "Actor")
    a2 = tagged("Qasim al-Alaji", "Actor")
    es.link_annotations([a1, a2])
    a, b = es.links([a1])[a1], es.links([a2])[a2]
    said = tagged("a annoncé le retrait", "Claim")
    wrote = tagged("a écrit depuis Baghdad", "Claim")
    calm = tagged("reste calme", "Claim")
    gone = tagged("était à Bagdad", "Claim")
    claims.update_claim(said, who="alice", claimant_entity_id=a)
    claims.update_claim(wrote, who="alice", claimant_entity_id=b)
    claims.update_claim(calm, who="alice", claimant_text="un habitant")
    claims.update_claim(gone, who="alice", claimant_entity_id=a)
    store.delete_annotations([gone])  # its claim row stays, inert, for an undo

    def claim_rows() -> list[tuple[Any, ...]]:
        return store.db.execute("SELECT * FROM claims ORDER BY annotation_id").fetchall()

    entity_rows, before = rows(store), claim_rows()
    logged = len(claims.audit_log())

    merge = es.merge_entities(b, [a])  # A into B
    assert claims.claim(said).claimant_entity_id == b
    assert claims.claim(said).claimant == "Qasim al-Alaji"
    assert claims.claim(wrote).claimant_entity_id == b  # already B: untouched
    assert claims.claim(calm).claimant == "un habitant"
    moved = store.db.execute(
        "SELECT claimant_entity_id FROM claims WHERE annotation_id = ?", [gone]
    )
    assert moved.fetchone()[0] == b  # an undone deletion will find B
    assert merge.change.claim_ids == (said, gone)
    assert [r[:5] for r in claim_rows()] == [
        (r[0], r[1], b if r[2] == a else r[2], r[3], r[4]) for r in before
    ]
    assert [r[6] for r in claim_rows()] == [r[6] for r in before]  # modified kept
    entries = claims.audit_log(limit=2)
    assert len(claims.audit_log()) == logged + 2 and len(merge.change.audit_ids) == 2
    assert {e.claim_id for e in entries} == {said, gone}
    for e in entries:
        assert (e.who, e.action, e.object_kind, e.field) == (
            "Camille Rédac",
            "edit",
            "claim",
            "claimant_entity",
        )
        assert (e.old, e.new) == (f"Qasem al Arayi [{a}]", f"Qasim al-Alaji [{b}]")

    undone = es.restore(merge, merge.before)
    assert claims.claim(said).claimant_entity_id == a
    assert claims.claim(said).claimant == "Qasem al Arayi"
    assert claim_rows() == before and rows(store) == entity_rows
    assert undone.claim_ids == (said, gone) and len(undone.audit_ids) == 2
    entry = claims.audit_log(claim_id=said, limit=1)[0]
    assert (entry.action, entry.who, entry.old, entry.new) == (
        "undo",
        "Camille Rédac",
        f"Qasim al-Alaji [{b}]",
        f"Qasem al Arayi [{a}]",
    )

    redone = es.restore(merge, merge.after)
    assert claims.claim(said).claimant_entity_id == b and redone.claim_ids == (said, gone)
    assert claims.audit_log(claim_id=said, limit=1)[0].action == "edit"
    es.restore(merge, merge.before)
    assert claim_rows() == before and rows(store) == entity_rows

    # a merge naming no claimant leaves the claims and their log alone
    logged = len(claims.audit_log())
    a3 = tagged("Irak", "Actor")
    es.link_annotations([a3])
    other = es.merge_entities(b, [es.links([a3])[a3]])
    assert other.change.claim_ids == () and other.after.claimants == ()
    assert len(claims.audit_log()) == logged and claim_rows() == before


def test_places_and_actors_do_not_merge(store: Store, tagged: Callable[..., AnnotationId]) -> None:
    es = EntityStore(store)
    a1, a2 = tagged("Bagdad", "Place"), tagged("Qasem al Arayi", "Actor")
    es.link_annotations([a1, a2])
    with pytest.raises(InvalidValue) as info:
        es.merge_entities(es.links([a1])[a1], [es.links([a2])[a2]])
    assert info.value.params == {"place": "Bagdad", "actor": "Qasem al Arayi"}
    with pytest.raises(InvalidValue, match="merging needs two entities"):
        es.merge_entities(es.links([a1])[a1], [])


def test_not_the_same_is_remembered_and_undone(
    store: Store, tagged: Callable[..., AnnotationId]
) -> None:
    es = EntityStore(store)
    a1, a2 = tagged("Bagdad", "Place"), tagged("Baghdad", "Place")
    es.link_annotations([a1, a2])
    (p,) = es.proposals()
    before = rows(store)
    edit = es.dismiss_proposal(p.b, p.a)
    assert es.proposals() == [] and es.dismissed() == {p.pair}
    assert es.history()[-1].action is HistoryAction.NOT_SAME
    assert set(edit.change.entity_ids) == {p.a, p.b}
    check_undo_redo(es, edit, before)
    es.restore(edit, edit.before)
    assert es.proposals() == [p]


def test_mentions_summaries_and_deleted_annotations(
    store: Store, tagged: Callable[..., AnnotationId]
) -> None:
    es = EntityStore(store)
    a1, a2 = tagged("Bagdad", "Place"), tagged("Bagdad", "Place", 1)
    es.link_annotations([a1, a2])
    eid = es.links([a1])[a1]
    mentions = es.mentions(eid)
    assert [(m.annotation_id, m.quote) for m in mentions] == [(a1, "Bagdad"), (a2, "Bagdad")]
    assert mentions[0].suffix.startswith(" le 18 janvier")
    (summary,) = es.summaries().values()
    assert summary.total == 2 and list(summary.mentions.values()) == [2]
    # a deleted annotation keeps its link row: its undo finds the entity again
    deleted = store.annotations(ids=[a1, a2])
    store.delete_annotations([a1, a2])
    assert es.summaries() == {} and es.links([a1]) == {a1: eid}
    store.restore_annotations(deleted)
    assert es.summaries()[eid].total == 2


def test_dates_in_the_sentences_of_an_entity(
    store: Store, tagged: Callable[..., AnnotationId]
) -> None:
    es = EntityStore(store)
    date = tagged("18 janvier 2026", "Date", value="2026-01-18")
    a1, a2 = tagged("Bagdad", "Place"), tagged("Irak", "Place")
    es.link_annotations([a1, a2])
    assert es.related_dates(es.links([a1])[a1]) == {date}
    assert es.related_dates(es.links([a2])[a2]) == set()


def test_link_unlinked_catches_up(store: Store, tagged: Callable[..., AnnotationId]) -> None:
    es = EntityStore(store)
    tagged("Bagdad", "Place")
    tagged("Qasem al Arayi", "Actor")
    edit = es.link_unlinked()
    assert edit is not None and len(es.summaries()) == 2
    assert es.link_unlinked() is None


# ------------------------------------------------------------------ the command


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="recoupe")
    sub = parser.add_subparsers(dest="command")
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str, data: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, parents=[json_flag] if data else [])
        p.set_defaults(handler=handler)
        return p

    cli_entities.register(command)
    args = parser.parse_args(argv)
    code = int(args.handler(args))
    return code, capsys.readouterr().out


def test_cli_lists_entities_as_json(
    store: Store, make_source: MakeSource, capsys: pytest.CaptureFixture[str]
) -> None:
    sid = make_source(TEXT, "Dépêche")
    start, end = span("Bagdad")
    store.add_annotation(source_id=sid, start=start, end=end, tag_id=TagId(2))
    start, end = span("Baghdad")
    store.add_annotation(source_id=sid, start=start, end=end, tag_id=TagId(2))
    path = str(store.path)
    code, out = run_cli(["entities", path, "--json"], capsys)
    assert code == 0 and json.loads(out) == []  # annotated outside the window: not linked yet
    code, out = run_cli(["entities", path, "--link", "--json"], capsys)
    data = json.loads(out)
    assert [e["name"] for e in data] == ["Bagdad", "Baghdad"]
    first = data[0]
    assert set(first) == {"id", "type", "name", "aliases", "note", "coordinates", "mentions"}
    assert first["type"] == "place" and first["aliases"] == []
    (mention,) = first["mentions"]
    assert mention == {
        "annotation_id": mention["annotation_id"],
        "source_id": int(SourceId(sid)),
        "start": span("Bagdad")[0],
        "end": span("Bagdad")[1],
        "text": "Bagdad",
        "value": None,
    }
    code, out = run_cli(["entities", path, "--proposals", "--json"], capsys)
    (proposal,) = json.loads(out)["proposals"]
    assert proposal["reason"] == "transliteration"
    code, out = run_cli(["entities", path, "--proposals"], capsys)
    assert "Bagdad" in out and "possibly the same" in out

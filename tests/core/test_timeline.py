"""The timeline model: marks, automatic and user events, conflicts, order, persistence."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import InvalidValue
from desktop.core.event_store import EventStore
from desktop.core.models import AnnotationId, AnnotationStatus, ChangeKind, SourceId, TagId
from desktop.core.store import Store
from desktop.core.timeline import Timeline, timeline_json
from desktop.core.timeline_text import content_words, sentence_span
from tests.conftest import MakeSource

DATE = TagId(1)
ACTOR = TagId(3)


def date_at(
    store: Store, sid: SourceId, quote: str, value: str | None, nth: int = 0
) -> AnnotationId:
    text = store.source_text(sid)
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    change = store.add_annotation(
        source_id=sid, start=start, end=start + len(quote), tag_id=DATE, value=value
    )
    return change.annotation_ids[0]


A_TEXT = (
    "Bagdad. Les autorités irakiennes ont annoncé jeudi la fin des missions de combat "
    "de la coalition. Le marché de Noël ouvre le 9 décembre."
)
B_TEXT = (
    "Le conseiller irakien a écrit jeudi sur Twitter que les missions de combat alliées "
    "étaient terminées."
)
C_TEXT = "Au Brésil, la récolte de café a commencé jeudi dans le Minas Gerais."


@pytest.fixture
def three(store: Store, make_source: MakeSource) -> dict[str, AnnotationId]:
    a = make_source(A_TEXT, "Le Monde", published="2021-12-10")
    b = make_source(B_TEXT, "Courrier", published="2021-12-11")
    c = make_source(C_TEXT, "Café", published=None)
    return {
        "a": date_at(store, a, "jeudi", "2021-12-09"),
        "b": date_at(store, b, "jeudi", "2021-12-09"),
        "c": date_at(store, c, "jeudi", "2021-12-09"),
    }


# ------------------------------------------------------------------ text rules


def test_sentence_is_cut_at_punctuation_and_line_breaks() -> None:
    text = "Première phrase. Deuxième phrase avec jeudi dedans ! Troisième.\nAutre"
    i = text.index("jeudi")
    s, e = sentence_span(text, i, i + 5)
    assert text[s:e] == "Deuxième phrase avec jeudi dedans !"
    text = "Titre\nLe convoi est parti jeudi\nSuite"
    i = text.index("jeudi")
    s, e = sentence_span(text, i, i + 5)
    assert text[s:e] == "Le convoi est parti jeudi"


def test_content_words_fold_accents_and_drop_stop_and_calendar_words() -> None:
    words = content_words("L’État islamique a annoncé jeudi 9 décembre le retrait des Forces")
    assert "etat" in words and "islamique" in words and "retrait" in words
    assert "force" in words  # a final s dropped
    assert not words & {"jeudi", "decembre", "des", "le", "9", "l"}
    assert content_words("Les autorités irakiennes") == content_words("les AUTORITES irakiennes")


# -------------------------------------------------------------------- grouping


def test_same_value_and_shared_words_make_one_event_with_two_sources(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    t = Timeline.load(store)
    event = t.event_for(three["a"])
    assert event is not None
    assert set(event.members) == {three["a"], three["b"]}
    assert len(event.source_ids) == 2
    assert event.event_id is None and not event.conflict
    assert t.event_for(three["b"]) == event


def test_same_value_in_unrelated_sentences_stays_two_events(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    t = Timeline.load(store)
    coffee = t.event_for(three["c"])
    assert coffee is not None and coffee.members == (three["c"],)
    assert coffee.key != t.event_of[three["a"]]
    assert len(t.events) == 2


def test_grouping_is_transitive_within_one_value(store: Store, make_source: MakeSource) -> None:
    s1 = make_source("Le retrait a commencé jeudi à Erbil.", "1")
    s2 = make_source("Le retrait de la coalition date de jeudi.", "2")
    s3 = make_source("La coalition internationale l’a confirmé jeudi.", "3")
    ids = [date_at(store, s, "jeudi", "2021-12-09") for s in (s1, s2, s3)]
    t = Timeline.load(store)
    assert len(t.events) == 1
    assert set(next(iter(t.events.values())).members) == set(ids)


def test_different_values_are_never_grouped_automatically(
    store: Store, make_source: MakeSource
) -> None:
    s1 = make_source("Le retrait de la coalition a commencé jeudi.", "1")
    s2 = make_source("Le retrait de la coalition a commencé vendredi.", "2")
    date_at(store, s1, "jeudi", "2021-12-09")
    date_at(store, s2, "vendredi", "2021-12-10")
    assert len(Timeline.load(store).events) == 2


# -------------------------------------------------------------------- ordering


def test_mixed_precisions_sort_broader_first_at_the_same_lower_bound(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source("un deux trois quatre cinq six sept", "Dates")
    values = ["2021-12-09", "2021-12", "2021", "2021-01-01", "2021-01", "2020-22", "2020"]
    quotes = "un deux trois quatre cinq six sept".split()
    ids = {v: date_at(store, sid, q, v) for v, q in zip(values, quotes, strict=True)}
    order = [m.value for m in Timeline.load(store).ordered_marks()]
    assert order == ["2020", "2020-22", "2021", "2021-01", "2021-01-01", "2021-12", "2021-12-09"]
    # and stable: the same again from a fresh load
    assert [m.annotation_id for m in Timeline.load(store).ordered_marks()] == [
        ids[v] for v in order
    ]


# --------------------------------------------------------- undated, publications


def test_empty_and_invalid_values_are_undated_with_a_reason(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source("jeudi puis vendredi puis samedi", "S")
    ok = date_at(store, sid, "jeudi", "2021-12-09")
    empty = date_at(store, sid, "vendredi", None)
    bad = date_at(store, sid, "samedi", "2021-13-45")
    t = Timeline.load(store)
    assert set(t.marks) == {ok}
    assert set(t.undated) == {empty, bad}
    assert t.undated[bad].reason and t.undated[bad].value == "2021-13-45"
    assert t.undated[empty].value is None


def test_suggested_and_rejected_dates_are_not_on_the_timeline(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source("jeudi et vendredi", "S")
    store.add_annotation(
        source_id=sid,
        start=0,
        end=5,
        tag_id=DATE,
        value="2021-12-09",
        status=AnnotationStatus.SUGGESTED,
    )
    assert Timeline.load(store).marks == {}


def test_each_dated_source_gives_a_publication_marker(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    t = Timeline.load(store)
    pubs = sorted(t.publications.values(), key=lambda p: p.date.lower)
    assert [(p.title, p.date.text) for p in pubs] == [
        ("Le Monde", "2021-12-10"),
        ("Courrier", "2021-12-11"),
    ]


# --------------------------------------------------------------- user events


def test_merge_makes_a_user_event_and_shows_a_conflict(
    store: Store, make_source: MakeSource
) -> None:
    s1 = make_source("Le retrait a commencé jeudi.", "Un")
    s2 = make_source("Les troupes partent vendredi.", "Deux")
    a = date_at(store, s1, "jeudi", "2021-12-09")
    b = date_at(store, s2, "vendredi", "2021-12-10")
    edit = EventStore(store).merge_events([a], [b])
    assert edit.change.kind is ChangeKind.EVENTS_CHANGED
    assert set(edit.change.annotation_ids) == {a, b}
    assert set(edit.change.source_ids) == {s1, s2}
    t = Timeline.load(store)
    event = t.event_for(a)
    assert event is not None and event.event_id is not None
    assert set(event.members) == {a, b}
    assert event.conflict
    assert event.claims == (("2021-12-09", (s1,)), ("2021-12-10", (s2,)))
    assert event.lower.isoformat() == "2021-12-09" and event.upper.isoformat() == "2021-12-10"


def test_merge_split_title_persist_and_restore_the_same_ids(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    events = EventStore(store)
    a, b, c = three["a"], three["b"], three["c"]
    empty = events.state([], [a, b, c])

    merged = events.merge_events([a, b], [c])
    (eid,) = merged.after.events and {e.id for e in merged.after.events}
    assert events.memberships() == {a: eid, b: eid, c: eid}
    events.restore_events(merged, merged.before)
    assert events.memberships() == {} and events.state([eid], [a, b, c]) == empty
    events.restore_events(merged, merged.after)
    assert events.memberships() == {a: eid, b: eid, c: eid}
    assert events.state([eid], [a, b, c]) == merged.after

    titled = events.title_event([a, b, c], "  Fin des  missions ")
    assert events.events()[eid].title == "Fin des missions"
    split = events.split_from_event(c)
    alone = events.memberships()[c]
    assert alone != eid and events.members(eid) == [a, b]
    with pytest.raises(InvalidValue):
        events.split_from_event(c)

    t = Timeline.load(store)
    assert t.event_for(a) is not None and t.event_for(a).title == "Fin des missions"  # type: ignore[union-attr]
    assert t.event_for(c) is not None and t.event_for(c).members == (c,)  # type: ignore[union-attr]

    events.restore_events(split, split.before)
    events.restore_events(titled, titled.before)
    assert events.memberships() == {a: eid, b: eid, c: eid}
    assert events.events()[eid].title is None
    path = store.path
    store.close()
    reopened = Store.open(path)
    try:
        assert EventStore(reopened).memberships() == {a: eid, b: eid, c: eid}
    finally:
        reopened.close()


def test_splitting_an_automatic_event_keeps_the_date_on_its_own(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    events = EventStore(store)
    events.split_from_event(three["b"])
    t = Timeline.load(store)
    assert t.event_for(three["a"]).members == (three["a"],)  # type: ignore[union-attr]
    assert t.event_for(three["b"]).members == (three["b"],)  # type: ignore[union-attr]
    assert t.event_for(three["b"]).event_id is not None  # type: ignore[union-attr]


def test_titling_an_automatic_event_pins_it(store: Store, three: dict[str, AnnotationId]) -> None:
    edit = EventStore(store).title_event([three["a"], three["b"]], "Fin des missions")
    t = Timeline.load(store)
    event = t.event_for(three["a"])
    assert event is not None and event.event_id is not None
    assert event.title == "Fin des missions" and set(event.members) == {three["a"], three["b"]}
    EventStore(store).restore_events(edit, edit.before)
    assert EventStore(store).events() == {}


def test_merging_two_user_events_keeps_the_target_and_a_title(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    events = EventStore(store)
    a, b, c = three["a"], three["b"], three["c"]
    events.split_from_event(b)  # a alone (automatic), b alone (user event)
    events.title_event([c], "Café")
    eb, ec = events.memberships()[b], events.memberships()[c]
    edit = events.merge_events([b], [c])
    assert events.memberships() == {b: eb, c: eb}
    assert events.events()[eb].title == "Café"
    assert ec not in events.events()
    events.restore_events(edit, edit.before)
    assert events.memberships() == {b: eb, c: ec}
    assert events.events()[ec].title == "Café"
    assert a not in events.memberships()


def test_deleting_a_member_and_undoing_keeps_its_event(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    events = EventStore(store)
    a, b, c = three["a"], three["b"], three["c"]
    events.merge_events([a, b], [c])
    eid = events.memberships()[a]
    removed = store.annotations(ids=[c])
    store.delete_annotations([c])
    assert c not in events.memberships()
    assert set(Timeline.load(store).event_for(a).members) == {a, b}  # type: ignore[union-attr]
    store.restore_annotations(removed)
    assert events.memberships()[c] == eid


# ------------------------------------------------------------ incremental


def test_refresh_follows_added_changed_and_removed_dates(
    store: Store, three: dict[str, AnnotationId], make_source: MakeSource
) -> None:
    t = Timeline.load(store)
    d_source = make_source("La coalition a confirmé jeudi la fin des missions.", "D")
    d = date_at(store, d_source, "jeudi", "2021-12-09")
    keys = t.refresh_annotations([d])
    assert t.event_of[three["a"]] in keys
    assert set(t.event_for(d).members) == {three["a"], three["b"], d}  # type: ignore[union-attr]
    assert Timeline.load(store).events == t.events

    store.update_annotation(d, value="2021-12-10")
    t.refresh_annotations([d])
    assert t.event_for(d).members == (d,)  # type: ignore[union-attr]
    assert set(t.event_for(three["a"]).members) == {three["a"], three["b"]}  # type: ignore[union-attr]
    assert Timeline.load(store).events == t.events

    store.update_annotation(d, value="pas une date")
    t.refresh_annotations([d])
    assert d not in t.marks and d in t.undated

    store.delete_annotations([three["b"]])
    t.refresh_annotations([three["b"]], removed=True)
    assert t.event_for(three["a"]).members == (three["a"],)  # type: ignore[union-attr]
    assert Timeline.load(store).events == t.events
    assert Timeline.load(store).undated == t.undated


def test_refresh_events_follows_a_merge_and_its_undo(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    t = Timeline.load(store)
    events = EventStore(store)
    edit = events.merge_events([three["a"]], [three["c"]])
    t.refresh_events(edit.change.annotation_ids)
    assert t.events == Timeline.load(store).events
    assert set(t.event_for(three["a"]).members) == {three["a"], three["c"]}  # type: ignore[union-attr]
    # b was grouped with a automatically: a now belongs to the user event
    assert t.event_for(three["b"]).members == (three["b"],)  # type: ignore[union-attr]
    events.restore_events(edit, edit.before)
    t.refresh_events(edit.change.annotation_ids)
    assert t.events == Timeline.load(store).events
    assert set(t.event_for(three["a"]).members) == {three["a"], three["b"]}  # type: ignore[union-attr]


def test_refresh_sources_follows_publication_edits(
    store: Store, three: dict[str, AnnotationId]
) -> None:
    t = Timeline.load(store)
    sid = store.annotation(three["c"]).source_id
    store.update_source(sid, published="2021-12-12")
    t.refresh_sources([sid])
    assert t.publications[sid].date.text == "2021-12-12"
    snapshot = store.source_snapshot(sid)
    store.delete_source(sid)
    t.refresh_sources([sid])
    assert three["c"] not in t.marks and sid not in t.publications
    store.restore_source(snapshot)
    t.refresh_sources([sid])
    assert three["c"] in t.marks
    assert t.events == Timeline.load(store).events


# ------------------------------------------------------------------- JSON


def test_timeline_json_lists_events_in_date_order(
    store: Store, three: dict[str, AnnotationId], make_source: MakeSource
) -> None:
    early = make_source("Annoncé en juillet 2021 par Joe Biden.", "Early")
    e = date_at(store, early, "juillet 2021", "2021-07")
    EventStore(store).title_event([three["a"], three["b"]], "Fin des missions")
    data = timeline_json(store)
    json.dumps(data)  # plain data
    assert [d["annotation_ids"] for d in data][0] == [e]
    first, second = data[0], data[1]
    assert first["value"] == "2021-07" and first["lower"] == "2021-07-01"
    assert first["upper"] == "2021-07-31" and first["title"] is None
    assert second["title"] == "Fin des missions" and second["conflict"] is False
    assert {s["title"] for s in second["sources"]} == {"Le Monde", "Courrier"}
    assert second["values"] == [
        {"value": "2021-12-09", "source_ids": sorted(s["id"] for s in second["sources"])}
    ]
    assert set(second["annotation_ids"]) == {three["a"], three["b"]}
    assert set(first) == {
        "event_id",
        "title",
        "value",
        "lower",
        "upper",
        "conflict",
        "values",
        "sources",
        "annotation_ids",
        "quotes",
    }


# ---------------------------------------------------------------- migration


def test_a_project_before_events_opens_and_gets_the_tables(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from desktop.core.migrations import known_migration_names, migrations

    path = tmp_path / "old.recoupe"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before="0004_events")
    conn.commit()
    conn.close()
    store = Store.open(path)
    try:
        assert "0004_events" in store.applied_migrations()
        assert store.applied_migrations() == known_migration_names()
        tables = {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}
        assert {"events", "event_members"} <= tables
        assert timeline_json(store) == []
    finally:
        store.close()


def test_events_can_wait_for_the_first_frame(
    store: Store, three: dict[str, AnnotationId], make_source: MakeSource
) -> None:
    t = Timeline.load(store, group=False)
    assert len(t.marks) == 3 and t.events == {} and not t.grouped
    d = date_at(
        store, make_source("La coalition a confirmé jeudi la fin.", "D"), "jeudi", "2021-12-09"
    )
    t.refresh_annotations([d])  # a change groups first
    assert t.grouped and t.events == Timeline.load(store).events
    lazy = Timeline.load(store, group=False)
    assert lazy.event_for(d) == t.event_for(d)  # reading an event groups too

"""Candidate contradictions: dates, places and numbers the sources of one user event disagree on."""

from __future__ import annotations

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.entity_store import EntityStore
from desktop.core.event_store import EventStore
from desktop.core.models import AnnotationId, ImportedSource, SourceId, TagId, TagKind
from desktop.core.review.contradictions import (
    ContradictionKind,
    candidate_contradictions,
    find_contradictions,
)
from desktop.core.review.quantities import quantities
from desktop.core.store import Store
from tests.conftest import MakeSource

NNBSP = "\u202f"
NBSP = "\u00a0"


def tag_of(store: Store, kind: TagKind) -> TagId:
    return next(t.id for t in store.tags() if t.kind is kind)


def tag(
    store: Store, sid: SourceId, quote: str, kind: TagKind, value: str | None = None
) -> AnnotationId:
    text = store.source_text(sid)
    start = text.index(quote)
    change = store.add_annotation(
        source_id=sid, start=start, end=start + len(quote), tag_id=tag_of(store, kind), value=value
    )
    return change.annotation_ids[0]


def place(store: Store, sid: SourceId, quote: str) -> AnnotationId:
    aid = tag(store, sid, quote, TagKind.PLACE, quote)
    EntityStore(store).link_annotations([aid])
    return aid


def one_event(store: Store, *ids: AnnotationId) -> None:
    EventStore(store).merge_events(ids[:1], ids[1:])


def english_source(store: Store, text: str, title: str) -> SourceId:
    imported = ImportedSource(
        filename=f"{title}.txt",
        format="txt",
        original=text.encode(),
        text=text,
        encoding="utf-8",
        title=title,
        lang="en",
    )
    return store.add_source(imported).source_ids[0]


# ----------------------------------------------------------------------- dates


def test_different_dates_of_one_event_are_a_candidate(
    store: Store, make_source: MakeSource
) -> None:
    a = make_source("Le 9 décembre, la coalition a quitté la base.", "Le Monde")
    b = make_source("Le 10 décembre, la coalition a quitté la base.", "RFI")
    da = tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09")
    db = tag(store, b, "10 décembre", TagKind.DATE, "2021-12-10")
    one_event(store, da, db)
    (c,) = candidate_contradictions(store)
    assert c.kind is ContradictionKind.DATE
    assert c.summary == "Sources give different dates: 2021-12-09 (Le Monde), 2021-12-10 (RFI)"
    assert [(i.source_id, i.annotation_id, i.value, i.quote) for i in c.items] == [
        (a, da, "2021-12-09", "9 décembre"),
        (b, db, "2021-12-10", "10 décembre"),
    ]
    assert c.event_title == "Le 9 décembre, la coalition a quitté la base."
    # the key is stable from one run to the next and names event, kind and values
    assert find_contradictions(store)[0].key == c.key
    assert "2021-12-09" in c.key and "2021-12-10" in c.key and "date" in c.key


def test_a_broader_date_containing_the_other_agrees(store: Store, make_source: MakeSource) -> None:
    a = make_source("En 2021, la coalition a quitté la base.", "A")
    b = make_source("Le 9 décembre 2021, la coalition a quitté la base.", "B")
    c = make_source("En décembre 2021, la coalition a quitté la base.", "C")
    ids = [
        tag(store, a, "2021", TagKind.DATE, "2021"),
        tag(store, b, "9 décembre 2021", TagKind.DATE, "2021-12-09"),
        tag(store, c, "décembre 2021", TagKind.DATE, "2021-12"),
    ]
    one_event(store, *ids)
    assert find_contradictions(store) == []


def test_uncertain_same_day_agrees_and_unmerged_dates_are_never_compared(
    store: Store, make_source: MakeSource
) -> None:
    a = make_source("Le 9 décembre, départ.", "A")
    b = make_source("Le 9 décembre (?), départ.", "B")
    c = make_source("Le 12 décembre, départ.", "C")
    da = tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09")
    db = tag(store, b, "9 décembre", TagKind.DATE, "2021-12-09?")
    tag(store, c, "12 décembre", TagKind.DATE, "2021-12-12")  # not in the event
    one_event(store, da, db)
    assert find_contradictions(store) == []


def test_one_source_alone_never_contradicts_itself(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, départ. Le 10 décembre, départ.", "A")
    d1 = tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09")
    d2 = tag(store, a, "10 décembre", TagKind.DATE, "2021-12-10")
    one_event(store, d1, d2)
    assert find_contradictions(store) == []


def test_a_source_agreeing_with_all_is_left_out_and_precise_values_win(
    store: Store, make_source: MakeSource
) -> None:
    a = make_source("Le 9 décembre 2021, départ.", "A")
    b = make_source("Le 10 décembre 2021, départ.", "B")
    c = make_source("En 2021, départ.", "C")
    d = make_source("En 2021, et plus exactement le 11 décembre, départ.", "D")
    ids = [
        tag(store, a, "9 décembre 2021", TagKind.DATE, "2021-12-09"),
        tag(store, b, "10 décembre 2021", TagKind.DATE, "2021-12-10"),
        tag(store, c, "2021", TagKind.DATE, "2021"),
        tag(store, d, "2021", TagKind.DATE, "2021"),
        tag(store, d, "11 décembre", TagKind.DATE, "2021-12-11"),
    ]
    one_event(store, *ids)
    (found,) = find_contradictions(store)
    # C says only "2021": it agrees with everyone; D's "2021" gives way to its 11 December
    assert [(i.source_id, i.value) for i in found.items] == [
        (a, "2021-12-09"),
        (b, "2021-12-10"),
        (d, "2021-12-11"),
    ]


def test_two_sources_agreeing_and_one_differing(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, départ.", "Le Monde")
    b = make_source("Le 10 décembre, départ.", "RFI")
    c = make_source("Le 9 décembre, le départ.", "France 24")
    ids = [
        tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, b, "10 décembre", TagKind.DATE, "2021-12-10"),
        tag(store, c, "9 décembre", TagKind.DATE, "2021-12-09"),
    ]
    one_event(store, *ids)
    (found,) = find_contradictions(store)
    assert found.summary == (
        "Sources give different dates: 2021-12-09 (Le Monde, France 24), 2021-12-10 (RFI)"
    )


def test_user_title_names_the_event(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, départ.", "A")
    b = make_source("Le 10 décembre, départ.", "B")
    da = tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09")
    db = tag(store, b, "10 décembre", TagKind.DATE, "2021-12-10")
    EventStore(store).title_event([da, db], "Retrait de la coalition")
    (found,) = find_contradictions(store)
    assert found.event_title == "Retrait de la coalition"
    event_id = EventStore(store).memberships([da])[da]
    assert found.event_id == event_id


# ---------------------------------------------------------------------- places


def test_different_places_in_the_date_sentence(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, un attentat a frappé Kaboul.", "Le Monde")
    b = make_source("Le 9 décembre, un attentat a frappé Kandahar.", "RFI")
    one_event(
        store,
        tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, b, "9 décembre", TagKind.DATE, "2021-12-09"),
    )
    pa, pb = place(store, a, "Kaboul"), place(store, b, "Kandahar")
    (found,) = find_contradictions(store)
    assert found.kind is ContradictionKind.PLACE
    assert [(i.annotation_id, i.value) for i in found.items] == [(pa, "Kaboul"), (pb, "Kandahar")]
    assert found.summary == "Sources give different places: Kaboul (Le Monde), Kandahar (RFI)"


def test_places_that_agree(store: Store, make_source: MakeSource) -> None:
    texts = [
        ("Le 9 décembre, un attentat a frappé Kaboul.", "Kaboul"),
        ("Le 9 décembre, un attentat a frappé l’Afghanistan.", "Afghanistan"),
        ("Le 9 décembre, un attentat a frappé Kaboul, la capitale.", "Kaboul"),
        ("Le 9 décembre, un attentat. Plus tard, à Kandahar, autre chose.", "Kandahar"),
        ("Le 9 décembre, un attentat a frappé Mazar.", None),
    ]
    dates = []
    for i, (text, where) in enumerate(texts):
        sid = make_source(text, f"S{i}")
        dates.append(tag(store, sid, "9 décembre", TagKind.DATE, "2021-12-09"))
        if where is not None:
            place(store, sid, where)
        else:
            tag(store, sid, "Mazar", TagKind.PLACE, "Mazar")  # not linked: left out
    one_event(store, *dates)
    # Kaboul twice (one entity), Afghanistan holds Kaboul, Kandahar is in another sentence
    assert find_contradictions(store) == []


def test_a_country_against_a_city_elsewhere_disagrees(
    store: Store, make_source: MakeSource
) -> None:
    a = make_source("Le 9 décembre, les troupes sont arrivées en Irak.", "A")
    b = make_source("Le 9 décembre, les troupes sont arrivées à Kaboul.", "B")
    one_event(
        store,
        tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, b, "9 décembre", TagKind.DATE, "2021-12-09"),
    )
    place(store, a, "Irak")
    place(store, b, "Kaboul")
    (found,) = find_contradictions(store)
    assert [i.value for i in found.items] == ["Irak", "Kaboul"]


# --------------------------------------------------------------------- numbers


def test_different_numbers_of_the_same_noun(store: Store, make_source: MakeSource) -> None:
    a = make_source(f"Le 9 décembre, 2{NNBSP}500 soldats et 40 blindés sont partis.", "Le Monde")
    b = make_source(f"Le 9 décembre, 3{NBSP}000 soldats et 40 blindés sont partis.", "RFI")
    one_event(
        store,
        tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, b, "9 décembre", TagKind.DATE, "2021-12-09"),
    )
    (found,) = find_contradictions(store)
    assert found.kind is ContradictionKind.NUMBER
    assert [(i.value, i.quote, i.annotation_id) for i in found.items] == [
        ("2,500", f"2{NNBSP}500 soldats", None),
        ("3,000", f"3{NBSP}000 soldats", None),
    ]
    assert (
        found.summary
        == "Sources give different numbers of “soldats”: 2,500 (Le Monde), 3,000 (RFI)"
    )
    assert "soldat" in found.key
    for item in found.items:
        assert store.source_text(item.source_id)[item.start : item.end] == item.quote


def test_numbers_across_languages_and_wordings(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, deux mille soldats sont partis 🚀.", "A")
    b = english_source(store, "On December 9, 2,000 soldiers left.", "B")
    c = make_source("Le 9 décembre, plus de 1 500 soldats sont partis.", "C")
    d = make_source("Le 9 décembre, 👍🏽 entre 1 800 et 2 200 soldats sont partis.", "D")
    one_event(
        store,
        tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, b, "December 9", TagKind.DATE, "2021-12-09"),
        tag(store, c, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, d, "9 décembre", TagKind.DATE, "2021-12-09"),
    )
    # "soldats" and "soldiers" are two nouns; the French amounts all meet 2,000
    assert find_contradictions(store) == []


def test_english_thousands_and_emoji_offsets(store: Store, make_source: MakeSource) -> None:
    a = english_source(store, "🇺🇸 On December 9, more than 2,500 US troops left.", "AP")
    b = english_source(store, "On December 9 👩‍👩‍👧, 1,200 troops left.", "Reuters")
    one_event(
        store,
        tag(store, a, "December 9", TagKind.DATE, "2021-12-09"),
        tag(store, b, "December 9", TagKind.DATE, "2021-12-09"),
    )
    (found,) = find_contradictions(store)
    assert [i.value for i in found.items] == ["at least 2,500", "1,200"]
    for item in found.items:
        assert store.source_text(item.source_id)[item.start : item.end] == item.quote
    assert found.items[0].quote == "more than 2,500 US troops"


def test_numbers_inside_dates_and_other_sentences_are_not_compared(
    store: Store, make_source: MakeSource
) -> None:
    a = make_source("Le 9 décembre 2021, départ. Il y avait 300 soldats.", "A")
    b = make_source("Le 9 décembre 2022, départ.\n400 soldats.", "B")
    one_event(
        store,
        tag(store, a, "9 décembre 2021", TagKind.DATE, "2021-12-09"),
        tag(store, b, "9 décembre 2022", TagKind.DATE, "2022-12-09"),
    )
    (found,) = find_contradictions(store)  # the dates, not "2021" vs "2022" as numbers
    assert found.kind is ContradictionKind.DATE


# ------------------------------------------------------------------- dismissing


def test_dismissed_candidates_stay_dismissed(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, 2 500 soldats sont partis.", "A")
    b = make_source("Le 10 décembre, 3 000 soldats sont partis.", "B")
    one_event(
        store,
        tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09"),
        tag(store, b, "10 décembre", TagKind.DATE, "2021-12-10"),
    )
    found = candidate_contradictions(store)
    assert [c.kind for c in found] == [ContradictionKind.DATE, ContradictionKind.NUMBER]
    claims = ClaimStore(store)
    claims.dismiss_contradiction(found[0].key, who="Alice")
    assert [c.key for c in candidate_contradictions(store)] == [found[1].key]
    assert len(find_contradictions(store)) == 2
    claims.restore_contradiction(found[0].key, who="Alice")
    assert candidate_contradictions(store) == found


def test_a_new_differing_value_makes_a_new_candidate(store: Store, make_source: MakeSource) -> None:
    a = make_source("Le 9 décembre, départ.", "A")
    b = make_source("Le 10 décembre, départ.", "B")
    c = make_source("Le 11 décembre, départ.", "C")
    da = tag(store, a, "9 décembre", TagKind.DATE, "2021-12-09")
    db = tag(store, b, "10 décembre", TagKind.DATE, "2021-12-10")
    one_event(store, da, db)
    (first,) = candidate_contradictions(store)
    ClaimStore(store).dismiss_contradiction(first.key, who="Alice")
    assert candidate_contradictions(store) == []
    one_event(store, da, tag(store, c, "11 décembre", TagKind.DATE, "2021-12-11"))
    (second,) = candidate_contradictions(store)
    assert second.key != first.key and len(second.items) == 3


def test_empty_project(store: Store) -> None:
    assert candidate_contradictions(store) == []


# ------------------------------------------------------------------- quantities


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (f"2{NNBSP}500 soldats", "fr", [("2,500", "soldat")]),
        ("2 500 soldats", "fr", [("2,500", "soldat")]),
        ("2.500 soldats", "fr", [("2,500", "soldat")]),
        ("2,5 millions de personnes", "fr", [("2,500,000", "personne")]),
        ("2,500 troops", "en", [("2,500", "troop")]),
        ("2.5 million people", "en", [("2,500,000", "people")]),
        ("deux mille soldats", "fr", [("2,000", "soldat")]),
        ("quatre-vingt-dix-sept morts", "fr", [("97", "mort")]),
        ("soixante et onze blessés", "fr", [("71", "blesse")]),
        ("trois mille cinq cents hommes", "fr", [("3,500", "homme")]),
        ("two thousand five hundred troops", "en", [("2,500", "troop")]),
        ("a hundred people", "en", [("100", "people")]),
        ("plus de 3 000 soldats", "fr", [("at least 3,000", "soldat")]),
        ("plus d’un million de réfugiés", "fr", [("at least 1,000,000", "refugie")]),
        ("jusqu’à 400 victimes", "fr", [("at most 400", "victime")]),
        ("environ 200 morts", "fr", [("about 200", "mort")]),
        ("nearly 300 Iraqi soldiers", "en", [("nearly 300", "soldier")]),
        ("entre 2 000 et 3 000 soldats", "fr", [("2,000–3,000", "soldat")]),
        ("between 2,000 and 3,000 troops", "en", [("2,000–3,000", "troop")]),
        ("3 morts et 12 blessés", "fr", [("3", "mort"), ("12", "blesse")]),
        ("45 % des voix, 3 000 €", "fr", [("45", "%"), ("3,000", "euro")]),
        ("un soldat, des milliers de manifestants, des millions de gens", "fr", []),
        ("le 9 décembre 2021, en 2021 Macron", "fr", []),
        ("COVID-19 patients", "en", []),
    ],
)
def test_quantities(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    found = quantities(text, lang=lang)
    assert [(q.value, q.noun) for q in found] == expected
    for q in found:
        assert text[q.start : q.end] == q.quote


def test_quantity_ranges_agree_when_they_meet() -> None:
    (more,) = quantities("plus de 2 000 soldats")
    (exact,) = quantities("2 500 soldats")
    (other,) = quantities("1 500 soldats")
    assert more.agrees_with(exact) and not more.agrees_with(other)
    assert more.contains(exact) and not exact.contains(more)

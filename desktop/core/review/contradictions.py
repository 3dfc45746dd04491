"""Candidate contradictions: where the sources of one event give different dates, places or
numbers. The review queue offers them; the user confirms or dismisses each.

**Which events.** Only events the user made: dates merged into one event, or an event the
user titled (``event_store``; an automatic group becomes a user event when titled). Their
member dates must come from at least two sources. Automatic groupings (same date and one
shared word) are too loose to accuse sources of disagreeing. Member dates follow the
timeline's rules: accepted, with a valid EDTF value, not on page furniture.

**What a source says about the event.** Its member dates; and, in the sentence of each of
those dates (``timeline_text.sentence_span``: cut at sentence ends and line breaks, so
never across a paragraph), the accepted place annotations linked to an entity and the
quantities (``quantities``: "2 500 soldats", "more than 3,000 troops"; numbers inside a
date annotation are not quantities). The sentence, not the paragraph: a paragraph often
names the capital where a ministry spoke as well as the town where things happened, while
the sentence holding the date is what ties a place or a number to the event. A place not
linked to an entity is left out: without one, "Kiev" and "Kyiv" would look like two places.

**When sources disagree.** Each source's values are first narrowed to its most precise
ones (a source saying "2021" and "2021-12-09" says 2021-12-09; one naming "Afghanistan" and
"Kaboul" names Kaboul). Two sources agree when one value of each is compatible:

- dates: one extent contains the other ("2021" and "2021-12-09" agree; "2021-12-09" and
  "2021-12-10" do not; an uncertain "2021-12-09?" agrees with "2021-12-09");
- places: the same entity, the same gazetteer place under two entities, or a country and a
  place the gazetteer puts in it (``extract.gazetteer``; loaded only when needed);
- numbers: the same noun and ranges that meet ("plus de 2 000" and "2 500" agree;
  "2 500" and "3 000" do not). Each noun is compared on its own.

A candidate lists every source that disagrees with another (one item per value per
source); a source agreeing with all the others is left out, and where all agree there is
no candidate. Candidates the user dismissed (``ClaimStore.dismissed_contradictions``) are
left out; a key names the event, the kind and the differing values, so it survives
restarts, and new differing values make a new candidate.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, Generic, TypeVar

from desktop.core.claim_store import ClaimStore
from desktop.core.entities import EntityId
from desktop.core.entity_reads import EntityReader
from desktop.core.event_store import EventId, EventStore
from desktop.core.furniture_store import furniture_by_source, in_furniture
from desktop.core.models import Annotation, AnnotationId, AnnotationStatus, SourceId, TagKind
from desktop.core.review.quantities import Quantity, quantities
from desktop.core.store import Store
from desktop.core.timeline import Mark, make_mark, make_sentence

__all__ = [
    "Contradiction",
    "ContradictionItem",
    "ContradictionKind",
    "candidate_contradictions",
    "find_contradictions",
]

TITLE_CHARS: Final = 80
"""An untitled event is named by the start of its first date's sentence, this long."""

_ROW_SQL: Final = (
    'SELECT id, source_id, tag_id, start, "end", quote, prefix, suffix, value, status '
    "FROM annotations WHERE status = ? AND id IN ({marks})"
)
_CHUNK: Final = 500


class ContradictionKind(enum.StrEnum):
    """What the sources disagree on."""

    DATE = "date"
    PLACE = "place"
    NUMBER = "number"


@dataclass(frozen=True)
class ContradictionItem:
    """One value one source gives; start/end are code points in that source's text."""

    source_id: SourceId
    annotation_id: AnnotationId | None
    """The date or place annotation; None for a number (numbers are not annotations)."""
    start: int
    end: int
    quote: str
    value: str
    """The value in plain text: an EDTF date, an entity's name, an amount ("2,500")."""


@dataclass(frozen=True)
class Contradiction:
    """Sources of one user event that disagree on its date, place or a number."""

    event_id: int
    event_title: str
    kind: ContradictionKind
    items: tuple[ContradictionItem, ...]
    summary: str
    """Plain English: "Sources give different dates: 2021-12-09 (Le Monde), …"."""
    key: str
    """Stable across runs: the event, the kind (and noun) and the sorted differing values."""


# ------------------------------------------------------------------------ entry


def candidate_contradictions(store: Store) -> list[Contradiction]:
    """The project's candidate contradictions, dismissed ones left out, in time order."""
    dismissed = ClaimStore(store).dismissed_contradictions()
    return [c for c in find_contradictions(store) if c.key not in dismissed]


def find_contradictions(store: Store) -> list[Contradiction]:
    """Every candidate contradiction, dismissed ones included, in time order."""
    tags = store.tags()
    date_tags = {t.id for t in tags if t.kind is TagKind.DATE}
    place_tags = {t.id for t in tags if t.kind is TagKind.PLACE}
    events = EventStore(store)
    membership = events.memberships()
    if not membership or not date_tags:
        return []
    marks = _marks(store, membership, date_tags)
    by_event: dict[EventId, list[Mark]] = defaultdict(list)
    for m in marks:
        by_event[membership[m.annotation_id]].append(m)
    chosen = {
        e: sorted(ms, key=lambda m: m.order)
        for e, ms in by_event.items()
        if len({m.source_id for m in ms}) >= 2
    }
    if not chosen:
        return []
    context = _Context.read(store, [m for ms in chosen.values() for m in ms], place_tags)
    titles = {e.id: e.title for e in events.events(chosen).values()}
    out: list[Contradiction] = []
    for event_id, members in sorted(chosen.items(), key=lambda kv: kv[1][0].order):
        title = titles.get(event_id) or context.untitled(members[0])
        out.extend(_dates(event_id, title, members, context))
        out.extend(_places(event_id, title, members, context))
        out.extend(_numbers(event_id, title, members, context))
    return out


# ---------------------------------------------------------------------- reading


def _marks(
    store: Store, membership: dict[AnnotationId, EventId], date_tags: set[Any]
) -> list[Mark]:
    """The accepted, valid, non-furniture member dates of user events."""
    ids = sorted(membership)
    rows: list[tuple[Any, ...]] = []
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        sql = _ROW_SQL.format(marks=", ".join("?" for _ in chunk))
        rows.extend(
            r
            for r in store.db.execute(sql, [AnnotationStatus.ACCEPTED.value, *chunk])
            if r[2] in date_tags
        )
    furniture = furniture_by_source(store, {r[1] for r in rows})
    out = []
    for r in rows:
        if in_furniture(furniture.get(r[1], ()), r[3], r[4]):
            continue
        mark = make_mark(r)
        if isinstance(mark, Mark):
            out.append(mark)
    return out


@dataclass(frozen=True)
class _Place:
    annotation: Annotation
    entity_id: EntityId


@dataclass
class _Context:
    """What the sources say around the member dates: sentences, places, quantities."""

    titles: dict[SourceId, str]
    sentences: dict[AnnotationId, tuple[tuple[int, int], str]]
    places: dict[AnnotationId, list[_Place]]
    amounts: dict[AnnotationId, list[Quantity]]
    names: dict[EntityId, tuple[str, ...]]
    """Each linked place entity's name, then its other names."""

    @classmethod
    def read(cls, store: Store, marks: Sequence[Mark], place_tags: set[Any]) -> _Context:
        sources = {s.id: s for s in store.sources()}
        by_source: dict[SourceId, list[Mark]] = defaultdict(list)
        for m in marks:
            by_source[m.source_id].append(m)
        sentences: dict[AnnotationId, tuple[tuple[int, int], str]] = {}
        places: dict[AnnotationId, list[Annotation]] = {}
        amounts: dict[AnnotationId, list[Quantity]] = {}
        date_tags = {m.tag_id for m in marks}
        for sid, source_marks in by_source.items():
            text = store.source_text(sid)
            accepted = store.annotations(source_id=sid)
            dates = [a for a in accepted if a.tag_id in date_tags]
            place_annotations = [a for a in accepted if a.tag_id in place_tags]
            lang = sources[sid].lang if sid in sources else "fr"
            for m in source_marks:
                sentence = make_sentence(m, text)
                s, e = sentence.span
                sentences[m.annotation_id] = (sentence.span, sentence.text)
                places[m.annotation_id] = [
                    a for a in place_annotations if a.start < e and a.end > s
                ]
                amounts[m.annotation_id] = [
                    q
                    for q in quantities(text, s, e, lang=lang)
                    if not any(d.start < q.end and d.end > q.start for d in dates)
                ]
        reader = EntityReader(store)
        links = reader.links(a.id for found in places.values() for a in found)
        linked = {
            aid: [_Place(a, links[a.id]) for a in found if a.id in links]
            for aid, found in places.items()
        }
        entity_ids = {p.entity_id for found in linked.values() for p in found}
        names: dict[EntityId, list[str]] = {e.id: [e.name] for e in reader.entities(entity_ids)}
        for alias in reader.aliases(entity_ids):
            names.setdefault(alias.entity_id, []).append(alias.alias)
        return cls(
            titles={sid: s.title for sid, s in sources.items()},
            sentences=sentences,
            places={
                aid: [p for p in found if p.entity_id in names] for aid, found in linked.items()
            },
            amounts=amounts,
            names={e: tuple(n) for e, n in names.items()},
        )

    def title(self, source_id: SourceId) -> str:
        return self.titles.get(source_id) or f"#{source_id}"

    def untitled(self, first: Mark) -> str:
        text = self.sentences.get(first.annotation_id, ((0, 0), first.quote))[1]
        if len(text) <= TITLE_CHARS:
            return text
        return text[: TITLE_CHARS - 1].rstrip() + "…"


# ------------------------------------------------------------------ comparing

V = TypeVar("V")


@dataclass(frozen=True)
class _Said(Generic[V]):
    """One value one source gives, with the item that shows it."""

    item: ContradictionItem
    key: str
    """What identifies the value in a contradiction's key."""
    value: V


def _disagreeing(
    said: Sequence[_Said[V]],
    agree: Callable[[V, V], bool],
    contains: Callable[[V, V], bool],
) -> list[_Said[V]]:
    """The values of the sources that disagree with another source (see the module doc)."""
    per_source: dict[SourceId, list[_Said[V]]] = defaultdict(list)
    for one in said:
        values = per_source[one.item.source_id]
        if all(v.key != one.key for v in values):
            values.append(one)
    narrowed = {
        sid: [v for v in vals if not any(contains(v.value, w.value) for w in vals if w is not v)]
        for sid, vals in per_source.items()
    }
    sources = sorted(sid for sid, vals in narrowed.items() if vals)
    involved: set[SourceId] = set()
    for i, first in enumerate(sources):
        for second in sources[i + 1 :]:
            if not any(agree(v.value, w.value) for v in narrowed[first] for w in narrowed[second]):
                involved.update((first, second))
    return [v for sid in sources if sid in involved for v in narrowed[sid]]


def _contradiction(
    event_id: EventId,
    title: str,
    kind: ContradictionKind,
    found: Sequence[_Said[Any]],
    context: _Context,
    *,
    what: str,
    topic: str = "",
) -> Contradiction:
    items = tuple(
        s.item for s in sorted(found, key=lambda s: (s.item.source_id, s.item.start, s.key))
    )
    by_value: dict[str, list[str]] = {}
    for item in items:
        named = by_value.setdefault(item.value, [])
        source_title = context.title(item.source_id)
        if source_title not in named:
            named.append(source_title)
    listed = ", ".join(f"{v} ({', '.join(ts)})" for v, ts in by_value.items())
    values = ";".join(sorted({s.key for s in found}))
    scope = f"{kind.value}/{topic}" if topic else kind.value
    return Contradiction(
        event_id=int(event_id),
        event_title=title,
        kind=kind,
        items=items,
        summary=f"Sources give different {what}: {listed}",
        key=f"event:{int(event_id)}/{scope}/{values}",
    )


# ---------------------------------------------------------------------- dates


def _dates(
    event_id: EventId, title: str, members: Sequence[Mark], context: _Context
) -> list[Contradiction]:
    said = [
        _Said(
            ContradictionItem(m.source_id, m.annotation_id, m.start, m.end, m.quote, m.value),
            m.value,
            (m.date.lower, m.date.upper),
        )
        for m in members
    ]
    found = _disagreeing(said, _nested_either, _contains)
    if not found:
        return []
    return [_contradiction(event_id, title, ContradictionKind.DATE, found, context, what="dates")]


def _contains(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    return a[0] <= b[0] and b[1] <= a[1] and a != b


def _nested_either(a: tuple[Any, Any], b: tuple[Any, Any]) -> bool:
    return a == b or _contains(a, b) or _contains(b, a)


# --------------------------------------------------------------------- places


@dataclass(frozen=True)
class _Where:
    entity_id: EntityId
    known: str | None
    """The gazetteer's name for the place (None: unknown, or not looked up)."""
    country: str | None
    """ISO 3166-1 alpha-2 of the country it is in, or is."""
    is_country: bool


def _places(
    event_id: EventId, title: str, members: Sequence[Mark], context: _Context
) -> list[Contradiction]:
    seen: set[AnnotationId] = set()
    said: list[_Said[_Where]] = []
    for m in members:
        for p in context.places.get(m.annotation_id, ()):
            if p.annotation.id in seen:
                continue
            seen.add(p.annotation.id)
            a = p.annotation
            said.append(
                _Said(
                    ContradictionItem(
                        a.source_id, a.id, a.start, a.end, a.quote, context.names[p.entity_id][0]
                    ),
                    str(int(p.entity_id)),
                    _Where(p.entity_id, None, None, False),
                )
            )
    if not _disagreeing(said, _same_entity, _never):
        return []  # every source names a place another names: no need for the gazetteer
    located = [
        _Said(s.item, s.key, _locate(s.value.entity_id, context.names[s.value.entity_id]))
        for s in said
    ]
    found = _disagreeing(located, _same_place, _country_of)
    if not found:
        return []
    return [_contradiction(event_id, title, ContradictionKind.PLACE, found, context, what="places")]


def _same_entity(a: _Where, b: _Where) -> bool:
    return a.entity_id == b.entity_id


def _never(a: _Where, b: _Where) -> bool:
    return False


def _same_place(a: _Where, b: _Where) -> bool:
    if a.entity_id == b.entity_id or (a.known is not None and a.known == b.known):
        return True
    return _country_of(a, b) or _country_of(b, a)


def _country_of(a: _Where, b: _Where) -> bool:
    """a is a country and b a place in it."""
    return a.is_country and not b.is_country and a.country is not None and a.country == b.country


def _locate(entity_id: EntityId, names: tuple[str, ...]) -> _Where:
    for name in names:
        entry = _gazetteer_entry(name)
        if entry is not None:
            return _Where(entity_id, entry[0], entry[1], entry[2])
    return _Where(entity_id, None, None, False)


@lru_cache(maxsize=4096)
def _gazetteer_entry(name: str) -> tuple[str, str | None, bool] | None:
    """(gazetteer name, country code, is a country) of a place name, None when unknown."""
    try:
        from desktop.core.extract.gazetteer import gazetteer

        entry = gazetteer().lookup(name)
    except (ImportError, OSError, ValueError):  # no gazetteer data: compare by entity only
        return None
    if entry is None or entry.entity_type != "place":
        return None
    return entry.name, entry.country, entry.source == "country"


# -------------------------------------------------------------------- numbers


def _numbers(
    event_id: EventId, title: str, members: Sequence[Mark], context: _Context
) -> list[Contradiction]:
    by_noun: dict[str, list[_Said[Quantity]]] = defaultdict(list)
    seen: set[tuple[SourceId, int, int]] = set()
    for m in members:
        for q in context.amounts.get(m.annotation_id, ()):
            if (m.source_id, q.start, q.end) in seen:
                continue  # two dates of one sentence
            seen.add((m.source_id, q.start, q.end))
            item = ContradictionItem(m.source_id, None, q.start, q.end, q.quote, q.value)
            by_noun[q.noun].append(_Said(item, q.value, q))
    out = []
    for noun, said in sorted(by_noun.items()):
        found = _disagreeing(said, Quantity.agrees_with, Quantity.contains)
        if found:
            word = next(s.value.word for s in said)
            what = f"numbers of “{word}”" if word not in ("%", "€", "$", "£") else "numbers"
            out.append(
                _contradiction(
                    event_id, title, ContradictionKind.NUMBER, found, context, what=what, topic=noun
                )
            )
    return out

"""Date annotations on a time axis: marks, the events that group them, publication dates.

A **mark** is an accepted annotation of a date tag whose value is valid EDTF, outside page
furniture (``furniture_store``: a date in a "Lire aussi" line is left out). Annotations of
a date tag with an empty or invalid value are **undated**: kept apart, with the reason, so
the interface can say how many dates are not on the timeline. Each source with a
publication date gives a **publication** marker.

**Events.** A date the user put in an event (merge, split out, title: ``event_store``)
belongs to that user event. Every other mark is grouped automatically:

    two marks are one event when they have the same EDTF value (the same canonical text)
    and their sentences share at least MIN_SHARED_WORDS content word.

The sentence is the one holding the date, cut at ``. ! ? …`` followed by a space (not at
"oct. 2021") or at a line break, at most ``SENTENCE_REACH`` characters each side; when the
source text cannot be read, the stored 32-character prefix and suffix stand in. The date's
own words are left out. Content words are folded (case and accents dropped), split at
apostrophes and hyphens ("l’Irak" gives "irak"); words under three letters, numbers, French
and English stop words and calendar words (months, weekdays, "hier", "today"…) are dropped
and a final "s" or "x" is removed from words over four letters (``timeline_text``).
Grouping is transitive: A and B sharing "retrait" and B and C sharing "coalition" make one
event of A, B and C. Two dates with the same value and no word in common stay two events.

An event lists its corroborating sources; when the user merged dates with different
values, the event is in **conflict** and lists each value with the sources that give it.

Ordering is deterministic: by ``DateValue.sort_key`` (the broader period first at the same
lower bound), then by annotation id.

Sentences are read lazily: only for dates that share their value with another date outside
user events (the only ones grouping needs), for tooltips and for lanes by actor or tag.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Final

from desktop.core import edtf
from desktop.core.errors import QT_TRANSLATE_NOOP
from desktop.core.event_store import EventId, EventStore
from desktop.core.furniture_store import furniture_by_source, in_furniture
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    Source,
    SourceId,
    TagId,
    TagKind,
)
from desktop.core.store import Store
from desktop.core.timeline_text import content_words, sentence_span

MIN_SHARED_WORDS: Final = 1
"""Content words two sentences must share for their same-valued dates to be one event."""

_MARK_SQL: Final = (
    'SELECT id, source_id, tag_id, start, "end", quote, prefix, suffix, value, status '
    "FROM annotations"
)
Row = tuple[Any, ...]
_NO_VALUE: Final = QT_TRANSLATE_NOOP("Messages", "no date value")


# ---------------------------------------------------------------------- records


@dataclass(frozen=True)
class Mark:
    """An accepted date annotation with a valid value: one point or bar on the timeline."""

    annotation_id: AnnotationId
    source_id: SourceId
    tag_id: TagId
    date: edtf.DateValue
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    order: tuple[Any, int]
    """(date.sort_key, annotation id): the timeline's total order."""

    @property
    def value(self) -> str:
        return self.date.text


@dataclass(frozen=True)
class Sentence:
    """The sentence holding a date and its content words (the date's own left out)."""

    span: tuple[int, int]
    """Code points in the source's text (the quote's own range when the text was not read)."""
    text: str
    """One line: the sentence, or the stored prefix + quote + suffix."""
    words: frozenset[str]


@dataclass(frozen=True)
class Undated:
    """A date annotation left off the timeline, and why."""

    annotation_id: AnnotationId
    source_id: SourceId
    quote: str
    value: str | None
    reason: str


@dataclass(frozen=True)
class Publication:
    """A source's publication date."""

    source_id: SourceId
    title: str
    date: edtf.DateValue


@dataclass(frozen=True)
class Event:
    """Marks that speak of the same thing; one mark alone is an event too."""

    key: str
    """Stable while the grouping lasts: "e<id>" for a user event, "a<first id>" otherwise."""
    event_id: EventId | None
    """The user event, or None for an automatic grouping."""
    title: str | None
    members: tuple[AnnotationId, ...]
    """In time order."""
    source_ids: tuple[SourceId, ...]
    """Distinct sources, in the order of their first mention."""
    claims: tuple[tuple[str, tuple[SourceId, ...]], ...]
    """Each distinct value, in time order, with the sources that give it."""
    lower: date
    upper: date
    order: tuple[Any, int]

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(v for v, _ in self.claims)

    @property
    def conflict(self) -> bool:
        """The members disagree on the date."""
        return len(self.claims) > 1


# ---------------------------------------------------------------- pure helpers


@lru_cache(maxsize=8192)
def _parse(text: str) -> edtf.DateValue | str:
    """A parsed value, or the reason it is not one."""
    try:
        return edtf.parse(text)
    except edtf.EdtfError as e:
        return str(e) or f"“{text}” is not a date"


def make_mark(row: Row) -> Mark | Undated:
    """The timeline record of an annotation row (the columns of ``_MARK_SQL``)."""
    aid, sid, tag_id, start, end, quote, prefix, suffix, raw, _status = row
    value = (raw or "").strip()
    if not value:
        return Undated(AnnotationId(aid), SourceId(sid), quote, None, _NO_VALUE)
    parsed = _parse(value)
    if isinstance(parsed, str):
        return Undated(AnnotationId(aid), SourceId(sid), quote, value, parsed)
    return Mark(
        AnnotationId(aid),
        SourceId(sid),
        TagId(tag_id),
        parsed,
        quote,
        prefix,
        suffix,
        start,
        end,
        (parsed.sort_key, aid),
    )


def make_sentence(mark: Mark, text: str | None) -> Sentence:
    """The sentence of a mark in its source's text (or its stored context when text is None)."""
    if text is not None and mark.end <= len(text) and text[mark.start : mark.end] == mark.quote:
        s, e = sentence_span(text, mark.start, mark.end)
        words = content_words(f"{text[s : mark.start]} {text[mark.end : e]}")
        return Sentence((s, e), " ".join(text[s:e].split()), words)
    words = content_words(f"{mark.prefix} {mark.suffix}")
    context = " ".join((mark.prefix + mark.quote + mark.suffix).split())
    return Sentence((mark.start, mark.end), context, words)


def group_automatically(
    marks: Sequence[Mark], words: dict[AnnotationId, frozenset[str]]
) -> list[list[Mark]]:
    """Marks of one value grouped by shared content words (transitively), in time order."""
    if len(marks) < 2:
        return [list(marks)] if marks else []
    ordered = sorted(marks, key=lambda m: m.order)
    parent = list(range(len(ordered)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        a, b = root(i), root(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    if MIN_SHARED_WORDS <= 1:
        first_with: dict[str, int] = {}
        for i, m in enumerate(ordered):
            for w in words[m.annotation_id]:
                j = first_with.setdefault(w, i)
                if j != i:
                    join(i, j)
    else:
        for i, m in enumerate(ordered):
            for j in range(i):
                shared = words[m.annotation_id] & words[ordered[j].annotation_id]
                if len(shared) >= MIN_SHARED_WORDS:
                    join(i, j)
    groups: dict[int, list[Mark]] = defaultdict(list)
    for i, m in enumerate(ordered):
        groups[root(i)].append(m)
    return [groups[k] for k in sorted(groups)]


def make_event(
    members: Sequence[Mark], *, event_id: EventId | None = None, title: str | None = None
) -> Event:
    ordered = sorted(members, key=lambda m: m.order) if len(members) > 1 else list(members)
    first = ordered[0]
    key = f"e{event_id}" if event_id is not None else f"a{min(m.annotation_id for m in ordered)}"
    if len(ordered) == 1:
        return Event(
            key,
            event_id,
            title,
            (first.annotation_id,),
            (first.source_id,),
            ((first.value, (first.source_id,)),),
            first.date.lower,
            first.date.upper,
            first.order,
        )
    by_value: dict[str, list[SourceId]] = {}
    for m in ordered:
        said = by_value.setdefault(m.value, [])
        if m.source_id not in said:
            said.append(m.source_id)
    return Event(
        key=key,
        event_id=event_id,
        title=title,
        members=tuple(m.annotation_id for m in ordered),
        source_ids=tuple(dict.fromkeys(m.source_id for m in ordered)),
        claims=tuple((v, tuple(s)) for v, s in by_value.items()),
        lower=min(m.date.lower for m in ordered),
        upper=max(m.date.upper for m in ordered),
        order=first.order,
    )


# ---------------------------------------------------------------------- timeline


class Timeline:
    """The marks, events, publications and undated dates of a project, kept up to date.

    ``load`` reads everything once; the ``refresh_*`` methods re-read only what a store
    Change names and regroup only the events those marks were or are in. Each returns the
    keys of the events that changed or went, so a view can repaint just those.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._reset()

    def _reset(self) -> None:
        self.grouped = False
        self.marks: dict[AnnotationId, Mark] = {}
        self.undated: dict[AnnotationId, Undated] = {}
        self.publications: dict[SourceId, Publication] = {}
        self.sources: dict[SourceId, Source] = {}
        self.events: dict[str, Event] = {}
        self.event_of: dict[AnnotationId, str] = {}
        self.date_tags: frozenset[TagId] = frozenset()
        self._sentences: dict[AnnotationId, Sentence] = {}
        self._user_event_of: dict[AnnotationId, EventId] = {}
        self._user_members: dict[EventId, set[AnnotationId]] = defaultdict(set)
        self._titles: dict[EventId, str | None] = {}
        self._auto_by_value: dict[str, set[AnnotationId]] = defaultdict(set)

    @classmethod
    def load(cls, store: Store, *, group: bool = True) -> Timeline:
        """Read the project's dates; with group False, events wait for ``group()``.

        Reading marks is quick; grouping reads sentences. A view can paint the marks first
        and group right after; every method that needs events groups first.
        """
        t = cls(store)
        t._load(group=group)
        return t

    def group(self) -> set[str]:
        """Build every event if that is not done yet; returns the keys built."""
        if self.grouped:
            return set()
        self.grouped = True
        return self._regroup(set(self._auto_by_value), set(self._user_members))

    def _load(self, *, group: bool = True) -> None:
        store = self.store
        self.date_tags = frozenset(t.id for t in store.tags() if t.kind is TagKind.DATE)
        self.set_sources(store.sources())
        events = EventStore(store)
        self._user_event_of = events.memberships()
        self._titles = {e.id: e.title for e in events.events().values()}
        self._put(self._rows(tags=self.date_tags))
        if group:
            self.group()

    def set_sources(self, sources: Iterable[Source]) -> None:
        for s in sources:
            self.sources[s.id] = s
            self.publications.pop(s.id, None)
            if s.published:
                parsed = _parse(s.published)
                if not isinstance(parsed, str):
                    self.publications[s.id] = Publication(s.id, s.title, parsed)

    # -------------------------------------------------------------- refreshing

    def refresh_annotations(
        self, annotation_ids: Iterable[AnnotationId], *, removed: bool = False
    ) -> set[str]:
        """Re-read these annotations (or drop them when removed); returns touched event keys."""
        self.group()
        ids = list(dict.fromkeys(annotation_ids))
        before = self._events_of(ids)
        values, user_events = self._drop(ids)
        if removed:
            for aid in ids:
                self._sentences.pop(aid, None)
        rows = [] if removed or not ids else self._rows(ids=ids)
        if rows:
            events = EventStore(self.store)
            found = [AnnotationId(r[0]) for r in rows]
            memberships = events.memberships(found)
            missing = set(memberships.values()) - set(self._titles)
            if missing:
                self._titles.update({e.id: e.title for e in events.events(missing).values()})
            for aid in found:
                self._user_event_of.pop(aid, None)
            self._user_event_of.update(memberships)
            v, u = self._put(rows)
            values |= v
            user_events |= u
        return self._regroup(values, user_events, before)

    def refresh_sources(self, source_ids: Iterable[SourceId]) -> set[str]:
        """Re-read these sources and their date annotations (added, changed or removed)."""
        sids = set(source_ids)
        existing = {s.id: s for s in self.store.sources() if s.id in sids}
        for sid in sids - set(existing):
            self.sources.pop(sid, None)
            self.publications.pop(sid, None)
        self.set_sources(existing.values())
        gone = [a for a, m in self.marks.items() if m.source_id in sids]
        gone += [a for a, u in self.undated.items() if u.source_id in sids]
        keys = self.refresh_annotations(gone, removed=True)
        fresh = [AnnotationId(r[0]) for r in self._rows(tags=self.date_tags, sources=existing)]
        return keys | self.refresh_annotations(fresh)

    def refresh_events(self, annotation_ids: Iterable[AnnotationId]) -> set[str]:
        """Re-read the user events of these annotations (after merge, split, title, undo)."""
        self.group()
        ids = list(dict.fromkeys(annotation_ids))
        events = EventStore(self.store)
        memberships = events.memberships(ids)
        before = self._events_of(ids)
        values: set[str] = set()
        user_events: set[EventId] = set(memberships.values())
        for aid in ids:
            old = self._user_event_of.pop(aid, None)
            if old is not None:
                user_events.add(old)
                self._user_members[old].discard(aid)
            mark = self.marks.get(aid)
            if mark is not None:
                self._auto_by_value[mark.value].discard(aid)
                values.add(mark.value)
        rows = events.events(user_events)
        self._titles.update({e.id: e.title for e in rows.values()})
        for eid in user_events - set(rows):
            self._titles.pop(eid, None)
        self._user_event_of.update(memberships)
        for aid in ids:
            mark = self.marks.get(aid)
            if mark is None:
                continue
            owner = self._user_event_of.get(aid)
            if owner is None:
                self._auto_by_value[mark.value].add(aid)
            else:
                self._user_members[owner].add(aid)
        return self._regroup(values, user_events, before)

    def refresh_tags(self) -> set[str]:
        """Tags changed: reload everything if the set of date tags did; returns event keys."""
        tags = frozenset(t.id for t in self.store.tags() if t.kind is TagKind.DATE)
        if tags == self.date_tags:
            return set()
        keys = set(self.events)
        grouped = self.grouped
        self._reset()
        self._load(group=grouped)
        return keys | set(self.events)

    # ------------------------------------------------------------------ reading

    def ordered_marks(self) -> list[Mark]:
        return sorted(self.marks.values(), key=lambda m: m.order)

    def ordered_events(self) -> list[Event]:
        self.group()
        return sorted(self.events.values(), key=lambda e: e.order)

    def event_for(self, annotation_id: AnnotationId) -> Event | None:
        self.group()
        key = self.event_of.get(annotation_id)
        return self.events.get(key) if key is not None else None

    def source_title(self, source_id: SourceId) -> str:
        s = self.sources.get(source_id)
        return s.title if s is not None else f"#{source_id}"

    def sentence(self, annotation_id: AnnotationId) -> Sentence | None:
        """The sentence of a mark, read on first use."""
        if annotation_id not in self.marks:
            return None
        self._ensure_sentences([annotation_id])
        return self._sentences[annotation_id]

    def companions(
        self, annotations: Iterable[Annotation], marks: Iterable[Mark] | None = None
    ) -> dict[AnnotationId, list[Annotation]]:
        """For each mark (default: all), the annotations of its source overlapping its sentence."""
        chosen = list(self.marks.values() if marks is None else marks)
        self._ensure_sentences(m.annotation_id for m in chosen)
        by_source: dict[SourceId, list[Annotation]] = defaultdict(list)
        for a in annotations:
            by_source[a.source_id].append(a)
        starts: dict[SourceId, list[int]] = {}
        longest: dict[SourceId, int] = {}
        for sid, items in by_source.items():
            items.sort(key=lambda a: a.start)
            starts[sid] = [a.start for a in items]
            longest[sid] = max(a.end - a.start for a in items)
        out: dict[AnnotationId, list[Annotation]] = {}
        for m in chosen:
            near = by_source.get(m.source_id)
            if not near:
                out[m.annotation_id] = []
                continue
            s, e = self._sentences[m.annotation_id].span
            lo = bisect_left(starts[m.source_id], s - longest[m.source_id])
            hi = bisect_right(starts[m.source_id], e - 1)
            out[m.annotation_id] = [
                a for a in near[lo:hi] if a.end > s and a.start < e and a.id != m.annotation_id
            ]
        return out

    # ---------------------------------------------------------------- internals

    def _rows(
        self,
        *,
        ids: Sequence[AnnotationId] | None = None,
        tags: Iterable[TagId] | None = None,
        sources: Iterable[SourceId] | None = None,
    ) -> list[Row]:
        """Date annotation rows of every status, by id, tag or source."""
        where, params = [], []
        for column, values in (("id", ids), ("tag_id", tags), ("source_id", sources)):
            if values is not None:
                items = [int(v) for v in values]
                if not items:
                    return []
                where.append(f"{column} IN ({', '.join('?' for _ in items)})")
                params.extend(items)
        sql = _MARK_SQL + (" WHERE " + " AND ".join(where) if where else "")
        rows = [r for r in self.store.db.execute(sql, params) if r[2] in self.date_tags]
        # dates on page furniture ("Lire aussi: …") are another article's: leave them out
        furniture = furniture_by_source(self.store, {r[1] for r in rows})
        if not furniture:
            return rows
        return [r for r in rows if not in_furniture(furniture.get(r[1], ()), r[3], r[4])]

    def _ensure_sentences(self, ids: Iterable[AnnotationId]) -> None:
        """Read the sentences of these marks that are not known yet, each text once."""
        missing: dict[SourceId, list[Mark]] = defaultdict(list)
        for aid in ids:
            if aid not in self._sentences and (m := self.marks.get(aid)) is not None:
                missing[m.source_id].append(m)
        for sid, marks in missing.items():
            text = _text(self.store, sid)
            for m in marks:
                self._sentences[m.annotation_id] = make_sentence(m, text)

    def _events_of(self, ids: Iterable[AnnotationId]) -> set[str]:
        return {k for a in ids if (k := self.event_of.get(a)) is not None}

    def _drop(self, ids: Iterable[AnnotationId]) -> tuple[set[str], set[EventId]]:
        values: set[str] = set()
        user_events: set[EventId] = set()
        for aid in ids:
            self.undated.pop(aid, None)
            mark = self.marks.pop(aid, None)
            if mark is None:
                continue
            values.add(mark.value)
            self._auto_by_value[mark.value].discard(aid)
            eid = self._user_event_of.get(aid)
            if eid is not None:
                user_events.add(eid)
                self._user_members[eid].discard(aid)
        return values, user_events

    def _put(self, rows: Iterable[Row]) -> tuple[set[str], set[EventId]]:
        values: set[str] = set()
        user_events: set[EventId] = set()
        accepted = AnnotationStatus.ACCEPTED.value
        for row in rows:
            if row[9] != accepted:
                continue
            record = make_mark(row)
            aid = record.annotation_id
            if isinstance(record, Undated):
                self.undated[aid] = record
                continue
            self.marks[aid] = record
            eid = self._user_event_of.get(aid)
            if eid is None:
                self._auto_by_value[record.value].add(aid)
                values.add(record.value)
            else:
                self._user_members[eid].add(aid)
                user_events.add(eid)
        return values, user_events

    def _regroup(
        self, values: set[str], user_events: set[EventId], stale: Iterable[str] = ()
    ) -> set[str]:
        """Rebuild the events of these values and user events, dropping the stale keys.

        Returns the keys of every event dropped or built.
        """
        old: set[str] = set(stale)
        for value in values:
            for aid in self._auto_by_value.get(value, ()):
                if (k := self.event_of.get(aid)) is not None:
                    old.add(k)
        for eid in user_events:
            old.add(f"e{eid}")
            for aid in self._user_members.get(eid, ()):
                if (k := self.event_of.get(aid)) is not None:
                    old.add(k)
        for key in old:
            event = self.events.pop(key, None)
            if event is not None:
                for aid in event.members:
                    if self.event_of.get(aid) == key:
                        del self.event_of[aid]
        # only dates sharing their value with another need their sentence read
        shared = [ids for v in values if len(ids := self._auto_by_value.get(v) or ()) > 1]
        self._ensure_sentences(a for ids in shared for a in ids)
        words = {a: self._sentences[a].words for ids in shared for a in ids}
        new: list[Event] = []
        for value in values:
            members = self._auto_by_value.get(value)
            if not members:
                self._auto_by_value.pop(value, None)
                continue
            for group in group_automatically([self.marks[a] for a in members], words):
                new.append(make_event(group))
        for eid in user_events:
            members = self._user_members.get(eid)
            if not members:
                self._user_members.pop(eid, None)
                continue
            marks = [self.marks[a] for a in members]
            new.append(make_event(marks, event_id=eid, title=self._titles.get(eid)))
        for event in new:
            # an automatic group may have lost members to another value: drop stale keys
            replaced = self.events.pop(event.key, None)
            if replaced is not None:
                old.add(replaced.key)
            self.events[event.key] = event
            for aid in event.members:
                self.event_of[aid] = event.key
        return old | {e.key for e in new}


def _text(store: Store, source_id: SourceId) -> str | None:
    """A source's text, without churning the store's small cache of texts."""
    cached: dict[SourceId, str] = getattr(store, "_texts", {})
    if source_id in cached:
        return cached[source_id]
    row = store.db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
    return str(row[0]) if row is not None else None


def timeline_json(store: Store) -> list[dict[str, Any]]:
    """The project's events in date order, as plain data (``recoupe timeline --json``)."""
    t = Timeline.load(store)
    return [
        {
            "event_id": e.event_id,
            "title": e.title,
            "value": e.claims[0][0],
            "lower": e.lower.isoformat(),
            "upper": e.upper.isoformat(),
            "conflict": e.conflict,
            "values": [{"value": v, "source_ids": [int(s) for s in sids]} for v, sids in e.claims],
            "sources": [{"id": int(s), "title": t.source_title(s)} for s in e.source_ids],
            "annotation_ids": [int(a) for a in e.members],
            "quotes": [t.marks[a].quote for a in e.members],
        }
        for e in t.ordered_events()
    ]

"""The user's timeline events: merges, split-outs and titles, kept in the project.

Dates in no user event are grouped automatically (``desktop.core.timeline``); a user event
pins a grouping the user chose. Every write is one transaction and returns an ``EventEdit``:
the ``Change`` to announce plus the state before and after, so undo and redo put back the
exact rows, ids included.

Membership rows outlive their annotation on purpose (``annotation_id`` is no foreign key):
undoing an annotation's deletion re-inserts the same id, which finds its event again.
Readers therefore join on ``annotations``; a row of a deleted annotation is inert.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NewType

from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from desktop.core.models import AnnotationId, Change, ChangeKind, SourceId
from desktop.core.store import Store, now

EventId = NewType("EventId", int)


@dataclass(frozen=True)
class EventRow:
    """A user event as stored."""

    id: EventId
    title: str | None
    created: str
    modified: str


@dataclass(frozen=True)
class EventState:
    """The user events of a scope and their members, as rows."""

    events: tuple[EventRow, ...]
    members: tuple[tuple[EventId, AnnotationId], ...]


@dataclass(frozen=True)
class EventEdit:
    """What one event operation did: its Change, its scope, and the rows before and after."""

    change: Change
    event_ids: tuple[EventId, ...]
    annotation_ids: tuple[AnnotationId, ...]
    before: EventState
    after: EventState


def _marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


class EventStore:
    """Reads and writes the ``events`` and ``event_members`` tables of an open Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    # ------------------------------------------------------------------- reads

    def memberships(
        self, annotation_ids: Iterable[AnnotationId] | None = None
    ) -> dict[AnnotationId, EventId]:
        """The user event of each (existing) annotation that is in one."""
        sql = (
            "SELECT m.annotation_id, m.event_id FROM event_members m "
            "JOIN annotations a ON a.id = m.annotation_id"
        )
        params: list[int] = []
        if annotation_ids is not None:
            params = [int(i) for i in annotation_ids]
            if not params:
                return {}
            sql += f" WHERE m.annotation_id IN ({_marks(len(params))})"
        return {AnnotationId(a): EventId(e) for a, e in self.db.execute(sql, params)}

    def events(self, event_ids: Iterable[EventId] | None = None) -> dict[EventId, EventRow]:
        sql = "SELECT id, title, created, modified FROM events"
        params: list[int] = []
        if event_ids is not None:
            params = [int(i) for i in event_ids]
            if not params:
                return {}
            sql += f" WHERE id IN ({_marks(len(params))})"
        return {
            EventId(r[0]): EventRow(EventId(r[0]), r[1], r[2], r[3])
            for r in self.db.execute(sql + " ORDER BY id", params)
        }

    def members(self, event_id: EventId) -> list[AnnotationId]:
        """Existing annotations of a user event, by id."""
        rows = self.db.execute(
            "SELECT m.annotation_id FROM event_members m "
            "JOIN annotations a ON a.id = m.annotation_id "
            "WHERE m.event_id = ? ORDER BY m.annotation_id",
            [event_id],
        )
        return [AnnotationId(r[0]) for r in rows]

    def state(
        self, event_ids: Iterable[EventId], annotation_ids: Iterable[AnnotationId]
    ) -> EventState:
        """Rows of these events and the membership rows of these annotations or events."""
        eids = sorted({int(e) for e in event_ids})
        aids = sorted({int(a) for a in annotation_ids})
        events = tuple(self.events([EventId(e) for e in eids]).values())
        where: list[str] = []
        params: list[int] = []
        if eids:
            where.append(f"event_id IN ({_marks(len(eids))})")
            params.extend(eids)
        if aids:
            where.append(f"annotation_id IN ({_marks(len(aids))})")
            params.extend(aids)
        members: tuple[tuple[EventId, AnnotationId], ...] = ()
        if where:
            rows = self.db.execute(
                "SELECT event_id, annotation_id FROM event_members WHERE "
                + " OR ".join(where)
                + " ORDER BY event_id, annotation_id",
                params,
            )
            members = tuple((EventId(e), AnnotationId(a)) for e, a in rows)
        return EventState(events, members)

    # ------------------------------------------------------------------ writes

    def merge_events(
        self, target: Sequence[AnnotationId], other: Sequence[AnnotationId]
    ) -> EventEdit:
        """Put the annotations of ``other`` in the event of ``target``, as one user event.

        The surviving event is target's user event if it has one, else other's, else a new
        one. User events left without members are removed; a removed event's title is kept
        when the survivor has none.
        """
        target_ids = _unique(target)
        other_ids = _unique(other)
        if not target_ids or not other_ids:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "merging needs two events"))
        if set(target_ids) == set(other_ids):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "an event cannot be merged with itself")
            )
        everything = _unique([*target_ids, *other_ids])
        self._check_annotations(everything)
        with self.db.atomic():
            owner = self.memberships(everything)
            target_events = sorted({owner[a] for a in target_ids if a in owner})
            other_events = sorted({owner[a] for a in other_ids if a in owner})
            touched = sorted({*target_events, *other_events})
            scope_annotations = self._scope_annotations(touched, everything)
            before = self.state(touched, scope_annotations)
            rows = self.events(touched)
            stamp = now()
            chosen = target_events or other_events
            survivor = chosen[0] if chosen else self._new_event(None, stamp)
            self.db.execute(
                f"DELETE FROM event_members WHERE annotation_id IN ({_marks(len(everything))})",
                list(everything),
            )
            self.db.conn.executemany(
                "INSERT INTO event_members(event_id, annotation_id) VALUES (?, ?)",
                [(survivor, a) for a in everything],
            )
            title = rows[survivor].title if survivor in rows else None
            for event_id in touched:
                if event_id == survivor:
                    continue
                left = self.db.execute(
                    "SELECT COUNT(*) FROM event_members WHERE event_id = ?", [event_id]
                ).fetchone()[0]
                if not left:
                    title = title or rows[event_id].title
                    self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self.db.execute(
                "UPDATE events SET title = ?, modified = ? WHERE id = ?", [title, stamp, survivor]
            )
            scope_events = sorted({*touched, survivor})
            after = self.state(scope_events, scope_annotations)
        return self._edit(scope_events, scope_annotations, before, after)

    def split_from_event(self, annotation_id: AnnotationId) -> EventEdit:
        """Take an annotation out of its event: it becomes an event of its own.

        It stays on its own (a one-member user event) rather than rejoining the automatic
        grouping it may have come from.
        """
        self._check_annotations([annotation_id])
        with self.db.atomic():
            owner = self.memberships([annotation_id]).get(annotation_id)
            if owner is not None and self.members(owner) == [annotation_id]:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "this date is already an event of its own")
                )
            touched = [owner] if owner is not None else []
            scope_annotations = self._scope_annotations(touched, [annotation_id])
            before = self.state(touched, scope_annotations)
            alone = self._new_event(None, now())
            self.db.execute("DELETE FROM event_members WHERE annotation_id = ?", [annotation_id])
            self.db.execute(
                "INSERT INTO event_members(event_id, annotation_id) VALUES (?, ?)",
                [alone, annotation_id],
            )
            if owner is not None:
                self.db.execute("UPDATE events SET modified = ? WHERE id = ?", [now(), owner])
            scope_events = sorted({*touched, alone})
            after = self.state(scope_events, scope_annotations)
        return self._edit(scope_events, scope_annotations, before, after)

    def title_event(self, members: Sequence[AnnotationId], title: str | None) -> EventEdit:
        """Name the event made of ``members``; an automatic event becomes a user event.

        A blank title removes the name.
        """
        ids = _unique(members)
        if not ids:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "no event to name"))
        self._check_annotations(ids)
        clean = " ".join((title or "").split()) or None
        with self.db.atomic():
            owner = self.memberships(ids)
            owners = sorted(set(owner.values()))
            if len(owners) == 1 and all(a in owner for a in ids):
                event_id = owners[0]
                scope = self._scope_annotations([event_id], ids)
                before = self.state([event_id], scope)
                self.db.execute(
                    "UPDATE events SET title = ?, modified = ? WHERE id = ?",
                    [clean, now(), event_id],
                )
                return self._edit([event_id], scope, before, self.state([event_id], scope))
            if len(ids) == 1:
                return self._pin_alone(ids[0], clean)
            # the members are not one user event yet: pin them together, then name them
            merged = self.merge_events(ids[:1], ids[1:])
            event_id = self.memberships(ids[:1])[ids[0]]
            self.db.execute("UPDATE events SET title = ? WHERE id = ?", [clean, event_id])
            after = self.state(merged.event_ids, merged.annotation_ids)
            return self._edit(merged.event_ids, merged.annotation_ids, merged.before, after)

    def restore_events(self, edit: EventEdit, state: EventState) -> Change:
        """Put the scope of ``edit`` back to ``state`` (``before`` to undo, ``after`` to redo)."""
        with self.db.atomic():
            if edit.event_ids:
                self.db.execute(
                    f"DELETE FROM events WHERE id IN ({_marks(len(edit.event_ids))})",
                    list(edit.event_ids),
                )
            if edit.annotation_ids:
                self.db.execute(
                    "DELETE FROM event_members WHERE annotation_id IN "
                    f"({_marks(len(edit.annotation_ids))})",
                    list(edit.annotation_ids),
                )
            self.db.conn.executemany(
                "INSERT INTO events(id, title, created, modified) VALUES (?, ?, ?, ?)",
                [(e.id, e.title, e.created, e.modified) for e in state.events],
            )
            self.db.conn.executemany(
                "INSERT INTO event_members(event_id, annotation_id) VALUES (?, ?)",
                list(state.members),
            )
        return edit.change

    # ----------------------------------------------------------------- helpers

    def _pin_alone(self, annotation_id: AnnotationId, title: str | None) -> EventEdit:
        before = self.state([], [annotation_id])
        event_id = self._new_event(title, now())
        self.db.execute(
            "INSERT INTO event_members(event_id, annotation_id) VALUES (?, ?)",
            [event_id, annotation_id],
        )
        after = self.state([event_id], [annotation_id])
        return self._edit([event_id], [annotation_id], before, after)

    def _new_event(self, title: str | None, stamp: str) -> EventId:
        cur = self.db.execute(
            "INSERT INTO events(title, created, modified) VALUES (?, ?, ?)", [title, stamp, stamp]
        )
        return EventId(int(cur.lastrowid or 0))

    def _scope_annotations(
        self, event_ids: Sequence[EventId], annotation_ids: Sequence[AnnotationId]
    ) -> list[AnnotationId]:
        """The given annotations plus every membership row of the given events."""
        ids = {int(a) for a in annotation_ids}
        if event_ids:
            rows = self.db.execute(
                "SELECT annotation_id FROM event_members WHERE event_id IN "
                f"({_marks(len(event_ids))})",
                list(event_ids),
            )
            ids.update(int(r[0]) for r in rows)
        return [AnnotationId(a) for a in sorted(ids)]

    def _check_annotations(self, ids: Sequence[AnnotationId]) -> None:
        found = {
            int(r[0])
            for r in self.db.execute(
                f"SELECT id FROM annotations WHERE id IN ({_marks(len(ids))})", list(ids)
            )
        }
        missing = [a for a in ids if int(a) not in found]
        if missing:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "no annotation {annotation_id}"),
                annotation_id=missing[0],
            )

    def _edit(
        self,
        event_ids: Sequence[EventId],
        annotation_ids: Sequence[AnnotationId],
        before: EventState,
        after: EventState,
    ) -> EventEdit:
        aids = tuple(sorted(set(annotation_ids)))
        rows = self.db.execute(
            f"SELECT DISTINCT source_id FROM annotations WHERE id IN ({_marks(len(aids))}) "
            "ORDER BY source_id",
            list(aids),
        ).fetchall()
        change = Change(
            ChangeKind.EVENTS_CHANGED,
            source_ids=tuple(SourceId(r[0]) for r in rows),
            annotation_ids=aids,
        )
        return EventEdit(change, tuple(sorted(set(event_ids))), aids, before, after)


def _unique(ids: Iterable[AnnotationId]) -> list[AnnotationId]:
    return list(dict.fromkeys(AnnotationId(int(i)) for i in ids))

"""Entities in the project: people, organisations and places, their other names and mentions.

Reads and writes the ``entities``, ``entity_aliases``, ``annotation_entities`` and
``entity_history`` tables of an open Store. Every write is one transaction and returns an
``EntityEdit``: the ``EntityChange`` to announce plus the rows of its scope before and
after, so undo and redo put back the exact rows, ids included (``restore``).

Claims follow merges: a claim whose claimant is a merged-away entity names the entity that
stays, and undo names the old one again (``claim_claimants``; audited in the claims log).

Every write also appends one row to ``entity_history`` (when, what, which entities, and who
in ``detail["by"]``). The row belongs to the edit: undoing the edit removes it and redoing
puts it back with its id, so the history lists what is in effect — and a "not the same"
that was undone is proposed again.

A **mention** is a link row whose annotation exists and is accepted. Link rows outlive
their annotation on purpose (no foreign key): undoing a deletion finds the link again.
An entity with no mention is not listed (``summaries(listed_only=True)``), and comes back
when its annotation does or when a new annotation of the same name links to it.

Linking (``link_annotations``): an accepted annotation of a place or actor tag links to
the entity whose name or other name has the same ``name_key`` (places to places, actors to
people and organisations; the canonical name before other names, then the oldest entity),
else to a new entity (type from ``entities.entity_type_for``, a place's coordinates from
the gazetteer when it knows them). An annotation that is no longer an accepted place or
actor loses its link; one linked to an entity of the other kind (a place retagged as an
actor) or whose new value no longer names its entity is linked again.
"""

from __future__ import annotations

import getpass
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any, Final

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import AuditAction, default_reviewer
from desktop.core.entities import (
    EntityId,
    EntityType,
    MatchReason,
    coordinates_for,
    display_name,
    entity_type_for,
    name_key,
)
from desktop.core.entity_reads import EntityReader, entities_json
from desktop.core.entity_records import (
    ENTITY_COLUMNS,
    Alias,
    AliasReason,
    Entity,
    EntityChange,
    EntityEdit,
    EntityState,
    EntitySummary,
    HistoryAction,
    HistoryRow,
    Mention,
    check_coordinates,
    dump,
    marks,
    no_entity,
)
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue
from desktop.core.models import AnnotationId, AnnotationStatus, ChangeKind, SourceId, TagKind
from desktop.core.store import UNSET, _Unset, now

__all__ = [
    "Alias",
    "AliasReason",
    "Entity",
    "EntityChange",
    "EntityEdit",
    "EntityReader",
    "EntityState",
    "EntityStore",
    "EntitySummary",
    "HistoryAction",
    "HistoryRow",
    "Mention",
    "check_coordinates",
    "entities_json",
]

_LINKED_KINDS: Final = (TagKind.PLACE, TagKind.ACTOR)


def _user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError, ImportError):
        return None


def _who() -> str:
    """Who the claims audit log names for an entity edit: the user entity_history names."""
    return _user() or default_reviewer()


def _compatible(entity_type: EntityType, kind: TagKind) -> bool:
    """Places link to places, actors to people and organisations."""
    return (entity_type is EntityType.PLACE) == (kind is TagKind.PLACE)


class _NameIndex:
    """Entities by the name key of their name and other names, and by kind, for linking."""

    def __init__(self, store: EntityStore) -> None:
        self._by_key: dict[tuple[bool, str], list[tuple[int, EntityId]]] = defaultdict(list)
        self._keys: dict[EntityId, set[str]] = defaultdict(set)
        self._types: dict[EntityId, EntityType] = {}
        for e in store.entities():
            self._add(e.id, e.type, e.name, 0)
        for a in store.aliases():
            if a.entity_id in self._types:
                self._add(a.entity_id, self._types[a.entity_id], a.alias, 1)

    def _add(self, entity_id: EntityId, entity_type: EntityType, name: str, rank: int) -> None:
        key = name_key(name)
        self._types[entity_id] = entity_type
        self._keys[entity_id].add(key)
        self._by_key[(entity_type is EntityType.PLACE, key)].append((rank, entity_id))

    def find(self, name: str, kind: TagKind) -> EntityId | None:
        found = self._by_key.get((kind is TagKind.PLACE, name_key(name)))
        return min(found)[1] if found else None

    def fits(self, entity_id: EntityId, name: str, kind: TagKind, *, renamed: bool) -> bool:
        """Whether an annotation so named and linked to entity_id can stay linked to it."""
        entity_type = self._types.get(entity_id)
        if entity_type is None or not _compatible(entity_type, kind):
            return False
        return not renamed or name_key(name) in self._keys[entity_id]


class EntityStore(EntityReader):
    """Reads and writes the entity tables of an open Store (the writes are here)."""

    # ----------------------------------------------------------------- writes

    def link_annotations(
        self, annotation_ids: Iterable[AnnotationId], *, renamed: bool = False
    ) -> EntityEdit | None:
        """Link accepted place and actor annotations to their entity (module doc).

        An annotation already linked to an entity of its kind keeps it (a suggester may
        have linked it, the user may have split it out), unless ``renamed`` (its value
        changed) and its entity has no name like the new one. None when nothing changed.
        """
        ids = sorted({AnnotationId(int(a)) for a in annotation_ids})
        if not ids:
            return None
        with self.db.atomic():
            found = self.store.annotations(ids=ids, status=None)
            kinds = {t.id: t.kind for t in self.store.tags()}
            current = self.links(a.id for a in found)
            index: _NameIndex | None = None
            unlink: dict[AnnotationId, EntityId] = {}
            link: dict[AnnotationId, EntityId | str] = {}  # str: name key of a new entity
            new: dict[str, tuple[str, TagKind]] = {}
            for a in found:
                kind = kinds.get(a.tag_id)
                old = current.get(a.id)
                if (
                    kind is None
                    or kind not in _LINKED_KINDS
                    or a.status is not AnnotationStatus.ACCEPTED
                ):
                    if old is not None:
                        unlink[a.id] = old
                    continue
                name = display_name(a.value or a.quote)
                index = index or _NameIndex(self)
                if old is not None and index.fits(old, name, kind, renamed=renamed):
                    continue
                if old is not None:
                    unlink[a.id] = old
                target = index.find(name, kind)
                if target is not None:
                    link[a.id] = target
                else:
                    key = ("p:" if kind is TagKind.PLACE else "a:") + name_key(name)
                    new.setdefault(key, (name, kind))
                    link[a.id] = key
            if not unlink and not link:
                return None
            touched = {*unlink.values(), *(t for t in link.values() if not isinstance(t, str))}
            scope_annotations = sorted({*unlink, *link})
            before = self.state(touched, scope_annotations)
            stamp = now()
            created: dict[str, EntityId] = {}
            for key, (name, kind) in new.items():
                entity_type = entity_type_for(name, kind.value)
                coords = coordinates_for(name) if entity_type is EntityType.PLACE else None
                created[key] = self._new_entity(name, entity_type, coords, stamp)
            self._delete_links(scope_annotations)
            resolved = {aid: created[t] if isinstance(t, str) else t for aid, t in link.items()}
            self.db.conn.executemany(
                "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)",
                sorted(resolved.items()),
            )
            scope_entities = sorted({*touched, *created.values()})
            hid = self._record(
                HistoryAction.LINK,
                scope_entities,
                linked={str(a): e for a, e in sorted(resolved.items())},
                created=sorted(created.values()),
                unlinked={str(a): e for a, e in sorted(unlink.items())},
            )
            after = self.state(scope_entities, scope_annotations, [hid])
        return self._edit(scope_entities, scope_annotations, [hid], before, after)

    def link_unlinked(self) -> EntityEdit | None:
        """Link every accepted place or actor annotation that has no entity yet.

        For projects annotated before entities existed, or outside the window.
        """
        kinds = [int(t.id) for t in self.store.tags() if t.kind in _LINKED_KINDS]
        rows = self.db.execute(
            "SELECT a.id FROM annotations a LEFT JOIN annotation_entities l "
            "ON l.annotation_id = a.id WHERE l.annotation_id IS NULL AND a.status = 'accepted' "
            f"AND a.tag_id IN ({marks(len(kinds))})",
            kinds,
        )
        return self.link_annotations(AnnotationId(int(r[0])) for r in rows)

    def merge_entities(
        self,
        target: EntityId,
        others: Sequence[EntityId],
        *,
        reason: MatchReason | None = None,
    ) -> EntityEdit:
        """Make ``others`` part of ``target``: their mentions, names and other names.

        The target keeps its name, type and coordinates (taking the first other's when it
        has none); notes are joined. ``reason`` (a confirmed proposal) is kept with the
        names the target gains.
        """
        rest = sorted({EntityId(int(o)) for o in others} - {target})
        if not rest:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "merging needs two entities"))
        with self.db.atomic():
            entities = {e.id: e for e in self.entities([target, *rest])}
            for eid in [target, *rest]:
                if eid not in entities:
                    raise no_entity(eid)
            keep = entities[target]
            for eid in rest:
                other = entities[eid]
                if (other.type is EntityType.PLACE) != (keep.type is EntityType.PLACE):
                    place, actor = (keep, other) if keep.type is EntityType.PLACE else (other, keep)
                    raise InvalidValue(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "“{place}” is a place and “{actor}” is not: "
                            "a place can only be merged with places",
                        ),
                        place=place.name,
                        actor=actor.name,
                    )
            scope = [target, *rest]
            claimed = ClaimStore(self.store).claims_naming(rest)
            before = replace(self.state(scope), claimants=tuple(claimed))
            moved = [a for a, e in before.links if e in rest]
            names = [keep.name, *(a.alias for a in before.aliases if a.entity_id == target)]
            keys = {name_key(n) for n in names}
            gained: list[tuple[str, str]] = []
            for eid in rest:
                other = entities[eid]
                own = [(other.name, (reason or AliasReason.MERGED).value)]
                own += [
                    (a.alias, a.reason or AliasReason.MERGED.value)
                    for a in before.aliases
                    if a.entity_id == eid
                ]
                for alias, why in own:
                    if name_key(alias) not in keys:
                        keys.add(name_key(alias))
                        gained.append((alias, why))
            notes = [e.note for e in (keep, *(entities[r] for r in rest)) if e.note]
            coords = keep.coordinates or next(
                (c for r in rest if (c := entities[r].coordinates) is not None), None
            )
            self.db.execute(
                f"UPDATE annotation_entities SET entity_id = ? WHERE entity_id IN "
                f"({marks(len(rest))})",
                [target, *rest],
            )
            claims = ClaimStore(self.store).set_claimants(
                [(c, target) for c, _ in claimed],
                who=_who(),
                names={int(e): entities[e].name for e in scope},
            )
            self.db.execute(f"DELETE FROM entities WHERE id IN ({marks(len(rest))})", rest)
            self.db.conn.executemany(
                "INSERT INTO entity_aliases(entity_id, alias, reason) VALUES (?, ?, ?)",
                [(target, alias, why) for alias, why in gained],
            )
            self.db.execute(
                "UPDATE entities SET note = ?, lat = ?, lon = ?, modified = ? WHERE id = ?",
                [
                    "\n\n".join(notes) or None,
                    coords[0] if coords else None,
                    coords[1] if coords else None,
                    now(),
                    target,
                ],
            )
            hid = self._record(
                HistoryAction.MERGE,
                scope,
                into=target,
                names={str(e): entities[e].name for e in scope},
                reason=reason.value if reason else None,
            )
            after = replace(
                self.state(scope, moved, [hid]),
                claimants=tuple((c, target) for c, _ in claimed),
            )
        edit = self._edit(scope, moved, [hid], before, after)
        change = replace(edit.change, claim_ids=claims.claim_ids, audit_ids=claims.audit_ids)
        return replace(edit, change=change)

    def split_alias(self, entity_id: EntityId, alias: str) -> EntityEdit:
        """Make one of an entity's other names an entity of its own, with its mentions.

        Mentions that call the entity by that name (same ``name_key``) go with it.
        """
        with self.db.atomic():
            entity = self.entity(entity_id)
            aliases = self.aliases([entity_id])
            key = name_key(alias)
            chosen = [a for a in aliases if a.alias == alias] or [
                a for a in aliases if name_key(a.alias) == key
            ]
            if not chosen:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "“{alias}” is not another name of “{name}”"),
                    alias=alias,
                    name=entity.name,
                )
            going = [a for a in aliases if name_key(a.alias) == key]
            moving = [
                m.annotation_id
                for m in self.mentions(entity_id)
                if name_key(m.name) == key != name_key(entity.name)
            ]
            before = self.state([entity_id], moving)
            name = chosen[0].alias
            coords = coordinates_for(name) if entity.type is EntityType.PLACE else None
            split = self._new_entity(name, entity.type, coords, now())
            self.db.execute(
                f"DELETE FROM entity_aliases WHERE id IN ({marks(len(going))})",
                [a.id for a in going],
            )
            self.db.conn.executemany(
                "INSERT INTO entity_aliases(entity_id, alias, reason) VALUES (?, ?, ?)",
                [(split, a.alias, a.reason) for a in going if a.alias != name],
            )
            self._move_links(moving, split)
            self._touch(entity_id)
            scope = [entity_id, split]
            hid = self._record(
                HistoryAction.SPLIT_ALIAS,
                scope,
                alias=name,
                **{"from": entity.name},
                moved=[int(a) for a in moving],
            )
            after = self.state(scope, moving, [hid])
        return self._edit(scope, moving, [hid], before, after)

    def split_mention(self, annotation_id: AnnotationId) -> EntityEdit:
        """Take one mention out of its entity: it becomes an entity of its own."""
        with self.db.atomic():
            annotation = self.store.annotation(annotation_id)
            entity_id = self.links([annotation_id]).get(annotation_id)
            if entity_id is None:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "this passage is not linked to an entity")
                )
            entity = self.entity(entity_id)
            mentions = self.mentions(entity_id)
            if [m.annotation_id for m in mentions] == [annotation_id]:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "this passage is the only mention of “{name}”: it is already "
                        "an entity of its own",
                    ),
                    name=entity.name,
                )
            before = self.state([entity_id], [annotation_id])
            name = display_name(annotation.value or annotation.quote)
            coords = coordinates_for(name) if entity.type is EntityType.PLACE else None
            split = self._new_entity(name, entity.type, coords, now())
            self._move_links([annotation_id], split)
            self._touch(entity_id)
            scope = [entity_id, split]
            hid = self._record(
                HistoryAction.SPLIT_MENTION,
                scope,
                annotation=int(annotation_id),
                name=name,
                **{"from": entity.name},
            )
            after = self.state(scope, [annotation_id], [hid])
        return self._edit(scope, [annotation_id], [hid], before, after)

    def rename_entity(self, entity_id: EntityId, name: str) -> EntityEdit:
        """Give an entity another canonical name; the former one stays as another name."""
        clean = " ".join(name.split())
        if not clean:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "an entity needs a name"))
        with self.db.atomic():
            entity = self.entity(entity_id)
            before = self.state([entity_id])
            self.db.execute(
                "DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?", [entity_id, clean]
            )
            keys = {name_key(clean)} | {
                name_key(a.alias) for a in before.aliases if a.alias != clean
            }
            if name_key(entity.name) not in keys:
                self.db.execute(
                    "INSERT INTO entity_aliases(entity_id, alias, reason) VALUES (?, ?, ?)",
                    [entity_id, entity.name, AliasReason.FORMER_NAME.value],
                )
            self.db.execute(
                "UPDATE entities SET name = ?, modified = ? WHERE id = ?",
                [clean, now(), entity_id],
            )
            hid = self._record(
                HistoryAction.RENAME, [entity_id], **{"from": entity.name, "to": clean}
            )
            after = self.state([entity_id], (), [hid])
        return self._edit([entity_id], (), [hid], before, after)

    def edit_entity(
        self,
        entity_id: EntityId,
        *,
        note: str | None | _Unset = UNSET,
        coordinates: tuple[float, float] | None | _Unset = UNSET,
        entity_type: EntityType | _Unset = UNSET,
    ) -> EntityEdit:
        """Change an entity's note, coordinates (lat, lon; None removes them) or type."""
        fields: dict[str, Any] = {}
        if not isinstance(note, _Unset):
            fields["note"] = (note or "").strip() or None
        if not isinstance(coordinates, _Unset):
            lat, lon = check_coordinates(coordinates)
            fields["lat"], fields["lon"] = lat, lon
        if not isinstance(entity_type, _Unset):
            fields["type"] = EntityType(entity_type).value
        with self.db.atomic():
            entity = self.entity(entity_id)
            before = self.state([entity_id])
            old = {
                "note": entity.note,
                "lat": entity.lat,
                "lon": entity.lon,
                "type": entity.type.value,
            }
            changed = {k: v for k, v in fields.items() if old[k] != v}
            if changed:
                sets = ", ".join(f"{k} = ?" for k in changed)
                self.db.execute(
                    f"UPDATE entities SET {sets}, modified = ? WHERE id = ?",
                    [*changed.values(), now(), entity_id],
                )
            hid = self._record(
                HistoryAction.EDIT,
                [entity_id],
                changed={k: [old[k], v] for k, v in changed.items()},
            )
            after = self.state([entity_id], (), [hid])
        return self._edit([entity_id], (), [hid], before, after)

    def dismiss_proposal(self, a: EntityId, b: EntityId) -> EntityEdit:
        """Record that a and b are not the same entity: they are not proposed again."""
        if a == b:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "merging needs two entities"))
        with self.db.atomic():
            first, second = sorted((EntityId(int(a)), EntityId(int(b))))
            names = {str(e.id): e.name for e in (self.entity(first), self.entity(second))}
            before = self.state(())
            hid = self._record(HistoryAction.NOT_SAME, [first, second], names=names)
            after = self.state((), (), [hid])
        change = EntityChange(ChangeKind.ENTITIES_CHANGED, entity_ids=(first, second))
        return EntityEdit(change, (), (), (hid,), before, after)

    def restore(self, edit: EntityEdit, state: EntityState) -> EntityChange:
        """Put the scope of ``edit`` back to ``state`` (``before`` to undo, ``after`` to redo).

        Claims the edit moved to another claimant entity are moved back (or again), each
        logged in the claims audit log as ``undo`` (or ``edit``)."""
        with self.db.atomic():
            if edit.entity_ids:
                self.db.execute(
                    f"DELETE FROM entities WHERE id IN ({marks(len(edit.entity_ids))})",
                    list(edit.entity_ids),
                )
            self._delete_links(edit.annotation_ids)
            if edit.history_ids:
                self.db.execute(
                    f"DELETE FROM entity_history WHERE id IN ({marks(len(edit.history_ids))})",
                    list(edit.history_ids),
                )
            self.db.conn.executemany(
                f"INSERT INTO entities({ENTITY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (e.id, e.name, e.type.value, e.note, e.lat, e.lon, e.created, e.modified)
                    for e in state.entities
                ],
            )
            self.db.conn.executemany(
                "INSERT INTO entity_aliases(id, entity_id, alias, reason) VALUES (?, ?, ?, ?)",
                [(a.id, a.entity_id, a.alias, a.reason) for a in state.aliases],
            )
            self.db.conn.executemany(
                "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)",
                list(state.links),
            )
            self.db.conn.executemany(
                "INSERT INTO entity_history(id, at, action, entity_ids, detail) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (h.id, h.at, h.action.value, json.dumps(list(h.entity_ids)), dump(h.detail))
                    for h in state.history
                ],
            )
            if not state.claimants:
                return edit.change
            claims = ClaimStore(self.store).set_claimants(
                state.claimants,
                who=_who(),
                action=AuditAction.UNDO if state is edit.before else AuditAction.EDIT,
                names={e.id: e.name for e in (*edit.before.entities, *edit.after.entities)},
            )
        return replace(edit.change, claim_ids=claims.claim_ids, audit_ids=claims.audit_ids)

    # ---------------------------------------------------------------- helpers

    def _new_entity(
        self,
        name: str,
        entity_type: EntityType,
        coords: tuple[float, float] | None,
        stamp: str,
    ) -> EntityId:
        cur = self.db.execute(
            "INSERT INTO entities(name, type, note, lat, lon, created, modified) "
            "VALUES (?, ?, NULL, ?, ?, ?, ?)",
            [
                name,
                entity_type.value,
                coords[0] if coords else None,
                coords[1] if coords else None,
                stamp,
                stamp,
            ],
        )
        return EntityId(int(cur.lastrowid or 0))

    def _delete_links(self, annotation_ids: Sequence[AnnotationId]) -> None:
        if annotation_ids:
            self.db.execute(
                "DELETE FROM annotation_entities WHERE annotation_id IN "
                f"({marks(len(annotation_ids))})",
                list(annotation_ids),
            )

    def _move_links(self, annotation_ids: Sequence[AnnotationId], entity_id: EntityId) -> None:
        if annotation_ids:
            self.db.execute(
                "UPDATE annotation_entities SET entity_id = ? WHERE annotation_id IN "
                f"({marks(len(annotation_ids))})",
                [entity_id, *annotation_ids],
            )

    def _touch(self, entity_id: EntityId) -> None:
        self.db.execute("UPDATE entities SET modified = ? WHERE id = ?", [now(), entity_id])

    def _record(self, action: HistoryAction, entity_ids: Iterable[EntityId], **detail: Any) -> int:
        detail = {"by": _user(), **detail}
        cur = self.db.execute(
            "INSERT INTO entity_history(at, action, entity_ids, detail) VALUES (?, ?, ?, ?)",
            [now(), action.value, json.dumps([int(e) for e in entity_ids]), dump(detail)],
        )
        return int(cur.lastrowid or 0)

    def _edit(
        self,
        entity_ids: Iterable[EntityId],
        annotation_ids: Iterable[AnnotationId],
        history_ids: Iterable[int],
        before: EntityState,
        after: EntityState,
    ) -> EntityEdit:
        eids = tuple(sorted({EntityId(int(e)) for e in entity_ids}))
        aids = tuple(sorted({AnnotationId(int(a)) for a in annotation_ids}))
        sources: tuple[SourceId, ...] = ()
        if aids:
            rows = self.db.execute(
                f"SELECT DISTINCT source_id FROM annotations WHERE id IN ({marks(len(aids))}) "
                "ORDER BY source_id",
                list(aids),
            )
            sources = tuple(SourceId(int(r[0])) for r in rows)
        change = EntityChange(
            ChangeKind.ENTITIES_CHANGED, source_ids=sources, annotation_ids=aids, entity_ids=eids
        )
        return EntityEdit(change, eids, aids, tuple(history_ids), before, after)

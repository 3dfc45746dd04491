"""Reading the entity tables: entities, other names, mentions, history, proposals.

``EntityReader`` only reads; ``entity_store.EntityStore`` adds the writes. See
``entity_store`` for what a mention is and why link rows outlive their annotation.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from desktop.core.entities import EntityId, EntityNames, Proposal, propose
from desktop.core.entity_records import (
    ENTITY_COLUMNS,
    Alias,
    Entity,
    EntityState,
    EntitySummary,
    HistoryAction,
    HistoryRow,
    Mention,
    entity_row,
    history_row,
    marks,
    no_entity,
)
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.core.store import Store
from desktop.core.timeline_text import sentence_span


class EntityReader:
    """Reads the entity tables of an open Store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.db = store.db

    def entity(self, entity_id: EntityId) -> Entity:
        row = self.db.execute(
            f"SELECT {ENTITY_COLUMNS} FROM entities WHERE id = ?", [entity_id]
        ).fetchone()
        if row is None:
            raise no_entity(entity_id)
        return entity_row(row)

    def entities(self, ids: Iterable[EntityId] | None = None) -> list[Entity]:
        sql = f"SELECT {ENTITY_COLUMNS} FROM entities"
        params: list[int] = []
        if ids is not None:
            params = sorted({int(i) for i in ids})
            if not params:
                return []
            sql += f" WHERE id IN ({marks(len(params))})"
        return [entity_row(r) for r in self.db.execute(sql + " ORDER BY id", params)]

    def aliases(self, entity_ids: Iterable[EntityId] | None = None) -> list[Alias]:
        sql = "SELECT id, entity_id, alias, reason FROM entity_aliases"
        params: list[int] = []
        if entity_ids is not None:
            params = sorted({int(i) for i in entity_ids})
            if not params:
                return []
            sql += f" WHERE entity_id IN ({marks(len(params))})"
        rows = self.db.execute(sql + " ORDER BY entity_id, id", params)
        return [Alias(int(r[0]), EntityId(int(r[1])), str(r[2]), r[3]) for r in rows]

    def links(self, annotation_ids: Iterable[AnnotationId]) -> dict[AnnotationId, EntityId]:
        """The entity each of these annotations links to (deleted annotations included)."""
        ids = sorted({int(a) for a in annotation_ids})
        if not ids:
            return {}
        rows = self.db.execute(
            "SELECT annotation_id, entity_id FROM annotation_entities "
            f"WHERE annotation_id IN ({marks(len(ids))})",
            ids,
        )
        return {AnnotationId(int(a)): EntityId(int(e)) for a, e in rows}

    def entities_in_sources(self, source_ids: Iterable[SourceId]) -> set[EntityId]:
        """Entities with a link to an (existing) annotation of these sources."""
        ids = sorted({int(s) for s in source_ids})
        if not ids:
            return set()
        rows = self.db.execute(
            "SELECT DISTINCT l.entity_id FROM annotation_entities l "
            "JOIN annotations a ON a.id = l.annotation_id "
            f"WHERE a.source_id IN ({marks(len(ids))})",
            ids,
        )
        return {EntityId(int(r[0])) for r in rows}

    def summaries(
        self, ids: Iterable[EntityId] | None = None, *, listed_only: bool = True
    ) -> dict[EntityId, EntitySummary]:
        """Entities with their other names and mentions per source (by default only those
        with at least one mention), in id order."""
        entities = self.entities(ids)
        if not entities:
            return {}
        eids = [int(e.id) for e in entities]
        where = "" if ids is None else f"AND l.entity_id IN ({marks(len(eids))})"
        rows = self.db.execute(
            "SELECT l.entity_id, a.source_id, COUNT(*) FROM annotation_entities l "
            "JOIN annotations a ON a.id = l.annotation_id "
            f"WHERE a.status = 'accepted' {where} GROUP BY l.entity_id, a.source_id",
            [] if ids is None else eids,
        )
        counts: dict[EntityId, dict[SourceId, int]] = defaultdict(dict)
        for e, s, n in rows:
            counts[EntityId(int(e))][SourceId(int(s))] = int(n)
        aliases: dict[EntityId, list[Alias]] = defaultdict(list)
        for a in self.aliases(None if ids is None else [e.id for e in entities]):
            aliases[a.entity_id].append(a)
        return {
            e.id: EntitySummary(e, tuple(aliases.get(e.id, ())), counts.get(e.id, {}))
            for e in entities
            if not listed_only or counts.get(e.id)
        }

    def mentions(self, entity_id: EntityId) -> list[Mention]:
        """The entity's mentions, by source then position."""
        rows = self.db.execute(
            'SELECT a.id, l.entity_id, a.source_id, a.start, a."end", a.quote, a.prefix, '
            "a.suffix, a.value FROM annotation_entities l "
            "JOIN annotations a ON a.id = l.annotation_id "
            "WHERE l.entity_id = ? AND a.status = 'accepted' ORDER BY a.source_id, a.start",
            [entity_id],
        )
        return [
            Mention(
                AnnotationId(int(r[0])),
                EntityId(int(r[1])),
                SourceId(int(r[2])),
                int(r[3]),
                int(r[4]),
                str(r[5]),
                str(r[6]),
                str(r[7]),
                r[8],
            )
            for r in rows
        ]

    def history(self, entity_id: EntityId | None = None) -> list[HistoryRow]:
        """What the user did to entities (to this one, if given), oldest first."""
        rows = self.db.execute(
            "SELECT id, at, action, entity_ids, detail FROM entity_history ORDER BY id"
        )
        found = [history_row(r) for r in rows]
        return [h for h in found if entity_id is None or entity_id in h.entity_ids]

    def dismissed(self) -> set[frozenset[EntityId]]:
        """Pairs the user said are not the same entity."""
        rows = self.db.execute(
            "SELECT entity_ids FROM entity_history WHERE action = ?", [HistoryAction.NOT_SAME]
        )
        pairs: set[frozenset[EntityId]] = set()
        for (text,) in rows:
            ids = frozenset(EntityId(int(i)) for i in json.loads(text))
            if len(ids) == 2:
                pairs.add(ids)
        return pairs

    def names(self, ids: Iterable[EntityId] | None = None) -> list[EntityNames]:
        """Listed entities with every name they go by, for proposals."""
        summaries = self.summaries(ids)
        return [
            EntityNames(s.entity.id, s.entity.type, (s.entity.name, *(a.alias for a in s.aliases)))
            for s in summaries.values()
        ]

    def proposals(self, only: Iterable[EntityId] | None = None) -> list[Proposal]:
        """Listed entities that may be one (``entities.propose``), "not the same" left out."""
        return propose(
            self.names(),
            dismissed=self.dismissed(),
            only=None if only is None else set(only),
        )

    def related_dates(self, entity_id: EntityId) -> set[AnnotationId]:
        """Accepted date annotations in the sentence of one of the entity's mentions."""
        date_tags = [int(t.id) for t in self.store.tags() if t.kind is TagKind.DATE]
        found: set[AnnotationId] = set()
        if not date_tags:
            return found
        for m in self.mentions(entity_id):
            window, offset, _length = self.store.text_around(
                m.source_id, m.start, m.end, margin=300
            )
            s, e = sentence_span(window, m.start - offset, m.end - offset)
            rows = self.db.execute(
                "SELECT id FROM annotations WHERE source_id = ? AND status = 'accepted' "
                f'AND tag_id IN ({marks(len(date_tags))}) AND start < ? AND "end" > ?',
                [m.source_id, *date_tags, e + offset, s + offset],
            )
            found.update(AnnotationId(int(r[0])) for r in rows)
        return found

    def state(
        self,
        entity_ids: Iterable[EntityId],
        annotation_ids: Iterable[AnnotationId] = (),
        history_ids: Iterable[int] = (),
    ) -> EntityState:
        """The rows of a scope (see EntityState)."""
        eids = sorted({int(e) for e in entity_ids})
        aids = sorted({int(a) for a in annotation_ids})
        hids = sorted({int(h) for h in history_ids})
        where: list[str] = []
        params: list[int] = []
        if eids:
            where.append(f"entity_id IN ({marks(len(eids))})")
            params.extend(eids)
        if aids:
            where.append(f"annotation_id IN ({marks(len(aids))})")
            params.extend(aids)
        links: tuple[tuple[AnnotationId, EntityId], ...] = ()
        if where:
            rows = self.db.execute(
                "SELECT annotation_id, entity_id FROM annotation_entities WHERE "
                + " OR ".join(where)
                + " ORDER BY annotation_id",
                params,
            )
            links = tuple((AnnotationId(int(a)), EntityId(int(e))) for a, e in rows)
        history: tuple[HistoryRow, ...] = ()
        if hids:
            rows = self.db.execute(
                "SELECT id, at, action, entity_ids, detail FROM entity_history "
                f"WHERE id IN ({marks(len(hids))}) ORDER BY id",
                hids,
            )
            history = tuple(history_row(r) for r in rows)
        entities = self.entities([EntityId(e) for e in eids]) if eids else []
        aliases = self.aliases([EntityId(e) for e in eids]) if eids else []
        return EntityState(tuple(entities), tuple(aliases), links, history)


def entities_json(store: Store) -> list[dict[str, Any]]:
    """Every entity with a mention: id, type, name, other names, note, coordinates, mentions."""
    es = EntityReader(store)
    out: list[dict[str, Any]] = []
    for summary in es.summaries().values():
        e = summary.entity
        out.append(
            {
                "id": int(e.id),
                "type": e.type.value,
                "name": e.name,
                "aliases": [{"alias": a.alias, "reason": a.reason} for a in summary.aliases],
                "note": e.note,
                "coordinates": (
                    {"lat": e.lat, "lon": e.lon} if e.coordinates is not None else None
                ),
                "mentions": [
                    {
                        "annotation_id": int(m.annotation_id),
                        "source_id": int(m.source_id),
                        "start": m.start,
                        "end": m.end,
                        "text": m.quote,
                        "value": m.value,
                    }
                    for m in es.mentions(e.id)
                ],
            }
        )
    return out

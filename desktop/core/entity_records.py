"""Records of the entity tables: entities, other names, mentions, history, edits.

Plain frozen dataclasses and row conversion; ``entity_store`` reads and writes them.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from desktop.core.entities import EntityId, EntityType, display_name
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound
from desktop.core.models import AnnotationId, Change, SourceId

ENTITY_COLUMNS: Final = "id, name, type, note, lat, lon, created, modified"


class HistoryAction(enum.StrEnum):
    """What a row of entity_history records."""

    LINK = "link"
    MERGE = "merge"
    SPLIT_ALIAS = "split_alias"
    SPLIT_MENTION = "split_mention"
    RENAME = "rename"
    EDIT = "edit"
    NOT_SAME = "not_same"


class AliasReason(enum.StrEnum):
    """Why an entity has another name (``MatchReason`` values when a proposal was merged)."""

    MERGED = "merged"
    """The name of an entity the user merged in by hand."""
    FORMER_NAME = "former_name"
    """The entity's name before the user renamed it."""


# ------------------------------------------------------------------- records


@dataclass(frozen=True)
class Entity:
    """An entity as stored."""

    id: EntityId
    name: str
    type: EntityType
    note: str | None
    lat: float | None
    lon: float | None
    created: str
    modified: str

    @property
    def coordinates(self) -> tuple[float, float] | None:
        return (self.lat, self.lon) if self.lat is not None and self.lon is not None else None


@dataclass(frozen=True)
class Alias:
    """Another name of an entity, and why it has it (an AliasReason or MatchReason value)."""

    id: int
    entity_id: EntityId
    alias: str
    reason: str | None


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: str
    action: HistoryAction
    entity_ids: tuple[EntityId, ...]
    detail: dict[str, Any]


@dataclass(frozen=True)
class Mention:
    """An accepted annotation linked to an entity."""

    annotation_id: AnnotationId
    entity_id: EntityId
    source_id: SourceId
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    value: str | None

    @property
    def name(self) -> str:
        """What the passage calls the entity: its value, else its quote."""
        return display_name(self.value or self.quote)


@dataclass(frozen=True)
class EntitySummary:
    """What the entity list shows: the entity, its other names, its mentions per source."""

    entity: Entity
    aliases: tuple[Alias, ...]
    mentions: dict[SourceId, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.mentions.values())


@dataclass(frozen=True)
class EntityChange(Change):
    """A Change about entities: the annotations whose links changed and the entities.

    claim_ids: claims whose claimant entity changed (a merge, its undo or redo), with the
    claims audit entries that recorded it (audit_ids)."""

    entity_ids: tuple[EntityId, ...] = ()
    claim_ids: tuple[AnnotationId, ...] = ()
    audit_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class EntityState:
    """Rows of a scope: entities, their aliases and links, links of annotations, history,
    and the claimant entity of the claims the edit moved (``claimants``)."""

    entities: tuple[Entity, ...]
    aliases: tuple[Alias, ...]
    links: tuple[tuple[AnnotationId, EntityId], ...]
    history: tuple[HistoryRow, ...]
    claimants: tuple[tuple[AnnotationId, EntityId | None], ...] = ()


@dataclass(frozen=True)
class EntityEdit:
    """What one entity operation did: its change, its scope, and the rows before and after."""

    change: EntityChange
    entity_ids: tuple[EntityId, ...]
    annotation_ids: tuple[AnnotationId, ...]
    history_ids: tuple[int, ...]
    before: EntityState
    after: EntityState


def marks(n: int) -> str:
    return ", ".join("?" for _ in range(n))


def no_entity(entity_id: int) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Messages", "no entity {entity_id}"), entity_id=entity_id)


def entity_row(r: Sequence[Any]) -> Entity:
    return Entity(
        EntityId(int(r[0])),
        str(r[1]),
        EntityType(r[2]),
        r[3],
        None if r[4] is None else float(r[4]),
        None if r[5] is None else float(r[5]),
        str(r[6]),
        str(r[7]),
    )


def check_coordinates(
    coordinates: tuple[float, float] | None,
) -> tuple[float | None, float | None]:
    """Latitude and longitude checked, or (None, None) to have none."""
    if coordinates is None:
        return None, None
    lat, lon = float(coordinates[0]), float(coordinates[1])
    if not -90 <= lat <= 90:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "latitude {lat} is not between -90 and 90"), lat=lat
        )
    if not -180 <= lon <= 180:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "longitude {lon} is not between -180 and 180"), lon=lon
        )
    return lat, lon


def dump(detail: dict[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True)


def history_row(r: Sequence[Any]) -> HistoryRow:
    return HistoryRow(
        int(r[0]),
        str(r[1]),
        HistoryAction(r[2]),
        tuple(EntityId(int(i)) for i in json.loads(r[3])),
        json.loads(r[4]) if r[4] else {},
    )

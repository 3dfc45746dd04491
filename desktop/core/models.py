"""Plain data the rest of Recoupe passes around: frozen dataclasses, enums and ids."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import NewType

SourceId = NewType("SourceId", int)
AnnotationId = NewType("AnnotationId", int)
TagId = NewType("TagId", int)


class TagKind(enum.StrEnum):
    """What a tag means; the four built-in kinds get suggestions in later features."""

    DATE = "date"
    PLACE = "place"
    ACTOR = "actor"
    CLAIM = "claim"
    USER = "user"


class AnnotationStatus(enum.StrEnum):
    """Accepted annotations are the user's; suggested ones wait for a decision."""

    ACCEPTED = "accepted"
    SUGGESTED = "suggested"
    REJECTED = "rejected"


class DateBasis(enum.StrEnum):
    """How a normalized date was resolved."""

    ABSOLUTE = "absolute"
    """The text gives the date in full ("18 janvier 2026")."""
    PUBLICATION = "publication"
    """Completed or computed from the source's publication date ("jeudi", "le 18 septembre")."""
    TEXT = "text"
    """Computed from another date in the text ("le lendemain")."""


class ChangeKind(enum.StrEnum):
    """What a store write did, so each view redraws only that."""

    ANNOTATIONS_ADDED = "annotations_added"
    ANNOTATIONS_UPDATED = "annotations_updated"
    ANNOTATIONS_REMOVED = "annotations_removed"
    SOURCE_ADDED = "source_added"
    SOURCE_UPDATED = "source_updated"
    SOURCE_REMOVED = "source_removed"
    TAGS_CHANGED = "tags_changed"
    EVENTS_CHANGED = "events_changed"
    """The user merged, split or titled timeline events (annotation_ids: the members)."""
    ENTITIES_CHANGED = "entities_changed"
    """Entities or their links changed (an ``entity_store.EntityChange``: entity_ids too)."""
    FURNITURE_CHANGED = "furniture_changed"
    """Lines of these sources were marked or unmarked as page furniture."""


@dataclass(frozen=True)
class Change:
    """The record a store write returns: which rows of which kind changed."""

    kind: ChangeKind
    source_ids: tuple[SourceId, ...] = ()
    annotation_ids: tuple[AnnotationId, ...] = ()
    tag_ids: tuple[TagId, ...] = ()


@dataclass(frozen=True)
class Tag:
    id: TagId
    name: str
    kind: TagKind
    colour: str
    shortcut: str | None
    builtin: bool
    position: int


@dataclass(frozen=True)
class Source:
    """A source as listed: everything but its text and original bytes."""

    id: SourceId
    title: str
    url: str | None
    published: str | None
    published_how: str | None
    published_confirmed: bool
    imported_at: str
    sha256: str
    filename: str
    format: str
    encoding: str
    lang: str
    size: int


@dataclass(frozen=True)
class Annotation:
    """A tagged passage; start/end are Unicode code points in the source's text."""

    id: AnnotationId
    source_id: SourceId
    tag_id: TagId
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    value: str | None
    note: str | None
    status: AnnotationStatus
    created: str
    modified: str
    basis: DateBasis | None = None


@dataclass(frozen=True)
class ImportedSource:
    """What an importer read from a file, before the store gives it an id."""

    filename: str
    format: str
    original: bytes
    text: str
    encoding: str
    title: str
    lang: str
    url: str | None = None
    published: str | None = None
    published_how: str | None = None
    published_confirmed: bool = False
    warnings: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class NewSuggestion:
    """A passage a suggester proposes to tag, before the store gives it an id."""

    start: int
    end: int
    tag_id: TagId
    value: str | None
    basis: DateBasis | None = None


@dataclass(frozen=True)
class SourceSnapshot:
    """Everything needed to put a removed source back with the same ids."""

    row: dict[str, object]
    original: bytes
    text: str
    annotations: tuple[Annotation, ...]
    furniture: tuple[tuple[object, ...], ...] = ()
    """Rows of the furniture table, as (id, source_id, start, end, is_furniture, origin,
    reason)."""


@dataclass(frozen=True)
class TagSnapshot:
    """A removed tag with the annotations that used it."""

    tag: Tag
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class SearchHit:
    """One place in one source where a search matched; offsets in code points."""

    source_id: SourceId
    title: str
    start: int
    end: int
    before: str
    match: str
    after: str

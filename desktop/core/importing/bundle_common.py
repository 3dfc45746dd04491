"""What making a project from a bundle and merging one share: placing annotations on a
text, their versions, timestamps, and the reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from desktop.core.importing.bundle import BundleAnnotation
from desktop.core.models import AnnotationId, SourceId, TagId
from desktop.core.origins import tag_key, version_of
from desktop.core.reanchor import Anchorer


@dataclass(frozen=True)
class Orphan:
    """An annotation of a bundle whose quote is not in its source's text here."""

    uuid: str
    source_title: str
    quote: str


def w3c_version(a: BundleAnnotation) -> str:
    """The version hash of a bundle annotation (``origins.version_of``)."""
    return version_of(
        tag=tag_key(a.tag.name, a.tag.kind.value, a.tag.builtin),
        value=a.value,
        note=a.note,
        status=a.status.value,
        basis=a.basis.value if a.basis else None,
    )


def place(
    text: str, a: BundleAnnotation, anchorer: Anchorer | None = None
) -> tuple[int, int] | None:
    """Where the annotation's quote is in text (``reanchor``), None for an orphan."""
    finder = anchorer or Anchorer(text)
    return finder.find(exact=a.exact, prefix=a.prefix, suffix=a.suffix, start=a.start, end=a.end)


def stamp_of(value: str | None) -> str:
    """A W3C timestamp ("…Z") as the store writes them; now when missing or unreadable."""
    moment: datetime | None = None
    if value:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if moment is None:
        moment = datetime.now(UTC)
    elif moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class MergeConflict:
    """Both sides changed one annotation: ours and theirs, side by side."""

    ours: AnnotationId
    theirs: AnnotationId
    source_title: str
    quote: str


@dataclass
class MergeReport:
    """What merging a bundle did."""

    bundle: str
    sources_added: list[SourceId] = field(default_factory=list)
    sources_matched: int = 0
    tags_added: list[TagId] = field(default_factory=list)
    annotations_added: list[AnnotationId] = field(default_factory=list)
    annotations_updated: list[AnnotationId] = field(default_factory=list)
    annotations_unchanged: int = 0
    conflicts: list[MergeConflict] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    entities_added: int = 0
    entities_matched: int = 0
    links_added: int = 0
    events_added: int = 0
    events_joined: int = 0
    claims: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {
            "bundle": self.bundle,
            "sources_added": [int(s) for s in self.sources_added],
            "sources_matched": self.sources_matched,
            "tags_added": [int(t) for t in self.tags_added],
            "annotations_added": [int(a) for a in self.annotations_added],
            "annotations_updated": [int(a) for a in self.annotations_updated],
            "annotations_unchanged": self.annotations_unchanged,
            "conflicts": [
                {
                    "ours": int(c.ours),
                    "theirs": int(c.theirs),
                    "source": c.source_title,
                    "quote": c.quote,
                }
                for c in self.conflicts
            ],
            "orphans": [
                {"uuid": o.uuid, "source": o.source_title, "quote": o.quote} for o in self.orphans
            ],
            "entities_added": self.entities_added,
            "entities_matched": self.entities_matched,
            "links_added": self.links_added,
            "events_added": self.events_added,
            "events_joined": self.events_joined,
            "claims": self.claims,
        }

"""Which lane a timeline mark goes in: by source, by actor or by tag.

By actor (or by tag): the actors (or other tags) annotated in the date's sentence, one lane
each, and a "No actor" ("No other tag") lane for dates with none. A mark with two actors
shows in both lanes. Actor lanes are named by the actor annotation's value, else its quote,
and merged when they fold alike (case and accents).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.core.anchoring import fold
from desktop.core.models import Annotation, AnnotationId, AnnotationStatus, SourceId, Tag, TagKind
from desktop.core.store import Store
from desktop.core.timeline import Mark, Timeline
from desktop.ui.labels import tag_label
from desktop.ui.models.timeline_layout import LaneKey, LaneMode


class LaneAssigner:
    """Lane keys for marks under the current mode; keeps what that needs up to date."""

    def __init__(self, store: Store, timeline: Timeline) -> None:
        self.store = store
        self.timeline = timeline
        self.mode = LaneMode.SOURCE
        self._companions: dict[AnnotationId, list[Annotation]] = {}
        self._source_lanes: dict[SourceId, LaneKey] = {}
        self._tags: dict[int, Tag] = {}
        self.reload_tags()

    def set_mode(self, mode: LaneMode) -> None:
        self.mode = mode
        self._companions = {}
        if mode is not LaneMode.SOURCE:
            tags = self._companion_tags()
            found = [
                a
                for a in self.store.annotations(status=AnnotationStatus.ACCEPTED)
                if int(a.tag_id) in tags
            ]
            self._companions = self.timeline.companions(found)

    def reload_tags(self) -> None:
        self._tags = {int(t.id): t for t in self.store.tags()}
        if self.mode is not LaneMode.SOURCE:
            self.set_mode(self.mode)

    def forget_sources(self, source_ids: Iterable[SourceId]) -> None:
        """Their titles or dates changed: make their lane keys again."""
        for sid in source_ids:
            self._source_lanes.pop(sid, None)

    def lanes_for(self, mark: Mark) -> list[LaneKey]:
        if self.mode is LaneMode.SOURCE:
            return [self.source_lane(mark.source_id)]
        found = self._companions.get(mark.annotation_id, [])
        keys: dict[str, LaneKey] = {}
        if self.mode is LaneMode.ACTOR:
            for a in found:
                name = " ".join((a.value or a.quote).split())
                folded = fold(name)[0]
                keys.setdefault(f"a:{folded}", LaneKey(f"a:{folded}", name, (0, folded)))
            none = LaneKey("a:", QCoreApplication.translate("TimelineView", "No actor"), (1,))
        else:
            for a in found:
                tag = self._tags.get(int(a.tag_id))
                if tag is not None:
                    keys.setdefault(
                        f"t:{tag.id}",
                        LaneKey(f"t:{tag.id}", tag_label(tag), (0, tag.position, int(tag.id))),
                    )
            none = LaneKey("t:", QCoreApplication.translate("TimelineView", "No other tag"), (1,))
        return list(keys.values()) or [none]

    def source_lane(self, source_id: SourceId) -> LaneKey:
        key = self._source_lanes.get(source_id)
        if key is None:
            source = self.timeline.sources.get(source_id)
            title = source.title if source is not None else f"#{source_id}"
            published = (source.published if source is not None else None) or "9999-99-99"
            key = LaneKey(f"s{source_id}", title, (0, published, int(source_id)), source_id)
            self._source_lanes[source_id] = key
        return key

    def publication_lanes(self) -> list[LaneKey]:
        """Lanes kept for sources with a publication date but no dates (by source only)."""
        if self.mode is not LaneMode.SOURCE:
            return []
        return [self.source_lane(sid) for sid in self.timeline.publications]

    def refresh_companions(self, source_ids: Iterable[SourceId]) -> list[AnnotationId]:
        """Recompute the companions of these sources' marks; returns the marks whose changed."""
        if self.mode is LaneMode.SOURCE:
            return []
        tags = self._companion_tags()
        for aid in [a for a in self._companions if a not in self.timeline.marks]:
            del self._companions[aid]
        changed: list[AnnotationId] = []
        for sid in set(source_ids):
            marks = [m for m in self.timeline.marks.values() if m.source_id == sid]
            found = [
                a
                for a in self.store.annotations(source_id=sid, status=AnnotationStatus.ACCEPTED)
                if int(a.tag_id) in tags
            ]
            for aid, now in self.timeline.companions(found, marks).items():
                if self._companions.get(aid) != now:
                    changed.append(aid)
                self._companions[aid] = now
        return changed

    def _companion_tags(self) -> set[int]:
        actors_only = self.mode is LaneMode.ACTOR
        return {
            tid
            for tid, t in self._tags.items()
            if t.kind is not TagKind.DATE and (not actors_only or t.kind is TagKind.ACTOR)
        }

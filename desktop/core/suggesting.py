"""Turning what the suggesters find into pending annotations, without stepping on the user's.

Planning reads only; the store writes the plan in one transaction. A suggestion is dropped
when an annotation with the same tag already overlaps it, whatever its status: the user's
own annotation is never duplicated or overwritten, a pending suggestion is not proposed
twice, and a rejected one stays rejected when suggestions run again.
Nothing is suggested on page furniture (``furniture_store``): a date in a "Lire aussi"
line is another article's.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.core.furniture_store import furniture_ranges, in_furniture
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    NewSuggestion,
    SourceId,
)
from desktop.core.store import Store

KINDS: tuple[str, ...] = ("date",)


@dataclass(frozen=True)
class SourcePlan:
    """What to add to one source."""

    source_id: SourceId
    items: tuple[NewSuggestion, ...]
    skipped: int
    """Found but already annotated (by the user, pending, or rejected)."""


@dataclass
class SuggestReport:
    added: dict[SourceId, list[AnnotationId]] = field(default_factory=dict)
    skipped: int = 0
    cancelled: bool = False

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.added.values())


def plan_source(store: Store, source_id: SourceId, *, kinds: Sequence[str] = KINDS) -> SourcePlan:
    """The suggestions one source would get now; writes nothing."""
    from desktop.core import extract  # the suggesters may load language models: only on use

    source = store.source(source_id)
    published = date.fromisoformat(source.published) if source.published else None
    found = extract.suggest(
        store.source_text(source_id), published=published, lang=source.lang, kinds=tuple(kinds)
    )
    tag_for_kind = {t.kind.value: t.id for t in store.tags() if t.builtin}
    existing = store.annotations(source_id=source_id, status=None)
    furniture = furniture_ranges(store, source_id)
    items: list[NewSuggestion] = []
    skipped = 0
    for s in found:
        tag_id = tag_for_kind.get(s.kind)
        if tag_id is None or in_furniture(furniture, s.start, s.end):
            continue
        if _overlaps(existing, tag_id, s.start, s.end):
            skipped += 1
            continue
        items.append(
            NewSuggestion(
                start=s.start,
                end=s.end,
                tag_id=tag_id,
                value=s.value,
                basis=getattr(s, "basis", None),
            )
        )
    return SourcePlan(source_id, tuple(items), skipped)


def _overlaps(existing: Sequence[Annotation], tag_id: int, start: int, end: int) -> bool:
    # existing is in source order (by start); only those starting before `end` can overlap
    stop = bisect_left([a.start for a in existing], end)
    return any(a.tag_id == tag_id and a.end > start for a in existing[:stop])


def plan_sources(
    store: Store,
    source_ids: Iterable[SourceId],
    *,
    kinds: Sequence[str] = KINDS,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[list[SourcePlan], bool]:
    """Plans for several sources; stops early (returning True) when cancelled."""
    ids = list(source_ids)
    plans: list[SourcePlan] = []
    for i, sid in enumerate(ids):
        if cancelled is not None and cancelled():
            return plans, True
        if progress is not None:
            progress(i, len(ids), store.source(sid).title)
        plans.append(plan_source(store, sid, kinds=kinds))
    return plans, False


def apply_plans(
    store: Store, plans: Sequence[SourcePlan], *, accept: bool = False
) -> SuggestReport:
    """Write the plans (one transaction), optionally accepting them at once."""
    report = SuggestReport()
    with store.db.atomic():
        for plan in plans:
            change = store.add_suggestions(plan.source_id, plan.items)
            report.skipped += plan.skipped
            if change.annotation_ids:
                report.added[plan.source_id] = list(change.annotation_ids)
                if accept:
                    store.set_status(change.annotation_ids, AnnotationStatus.ACCEPTED)
    return report

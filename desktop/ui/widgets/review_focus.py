"""Which days the review's timeline marks for a claim or a candidate contradiction.

A claim's own date ("said on") comes first; else the dates tagged inside its passage;
else its source's publication date. A contradiction marks the days its dated passages (or
the event's dates) cover. Each answer comes with a label saying which date it is and the
annotations to select on the timeline.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.core import edtf
from desktop.core.claims import Claim
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId
from desktop.core.review.contradictions import Contradiction
from desktop.core.store import Store
from desktop.core.timeline import Mark, Timeline
from desktop.ui.widgets.review_html import date_text
from desktop.ui.widgets.review_timeline import date_span

Span = tuple[float, float]
Focus = tuple[Span | None, str, list[int]]


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def _union(spans: Iterable[Span | None]) -> Span | None:
    known = [s for s in spans if s is not None]
    if not known:
        return None
    return min(s[0] for s in known), max(s[1] for s in known)


def _marks_in(timeline: Timeline, claim: Claim) -> list[Mark]:
    return sorted(
        (
            m
            for m in timeline.marks.values()
            if m.source_id == claim.source_id and claim.start <= m.start and m.end <= claim.end
        ),
        key=lambda m: m.order,
    )


def claim_focus(store: Store, timeline: Timeline, claim: Claim) -> Focus:
    """The days to mark for a claim, their label, and the date marks inside its passage."""
    inside = _marks_in(timeline, claim)
    highlight = [int(m.annotation_id) for m in inside]
    if claim.said_on:
        try:
            span = date_span(edtf.parse(claim.said_on))
        except edtf.EdtfError:
            span = None
        if span is not None:
            return span, tr("Said on %1").replace("%1", date_text(claim.said_on)), highlight
    if inside:
        span = _union(date_span(m.date) for m in inside)
        return (
            span,
            tr("Date in the passage: %1").replace("%1", date_text(inside[0].date.text)),
            highlight,
        )
    try:
        published = store.source(claim.source_id).published
    except NotFound:
        published = None
    if published:
        try:
            span = date_span(edtf.parse(published))
        except edtf.EdtfError:
            span = None
        if span is not None:
            label = tr("Published %1 (the claim has no date)").replace("%1", date_text(published))
            return span, label, highlight
    return None, "", highlight


def contradiction_focus(timeline: Timeline, contradiction: Contradiction) -> Focus:
    """The days the contradiction's dated passages cover (else its event's dates)."""
    ids = [
        AnnotationId(int(i.annotation_id))
        for i in contradiction.items
        if i.annotation_id is not None
    ]
    marks = [timeline.marks[a] for a in ids if a in timeline.marks]
    if not marks:
        timeline.group()  # events are built on demand
        event = timeline.events.get(f"e{contradiction.event_id}")
        members = event.members if event is not None else ()
        marks = [timeline.marks[a] for a in members if a in timeline.marks]
    span = _union(date_span(m.date) for m in marks)
    label = contradiction.event_title or contradiction.summary
    return span, label, [int(m.annotation_id) for m in marks]

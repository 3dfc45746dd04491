"""What the timeline says about a mark or a publication date when the pointer rests on it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from desktop.core.models import AnnotationId
from desktop.core.timeline import Mark, Publication, Sentence, Timeline
from desktop.ui.models.timeline_scale import format_date

CONFLICT_CSS = "color:#c8323f"


def mark_tooltip(timeline: Timeline, annotation_id: AnnotationId) -> str:
    """Date (for people, then EDTF), the sentence with the date in bold, source, event."""
    mark = timeline.marks.get(annotation_id)
    if mark is None:
        return ""
    t = timeline
    source = QCoreApplication.translate("TimelineView", "Source: %1")
    lines = [
        f"<b>{html.escape(format_date(mark.date))}</b> "
        f"<span style='color:gray'>{html.escape(mark.value)}</span>",
        quote_html(mark, t.sentence(annotation_id)),
        html.escape(source.replace("%1", t.source_title(mark.source_id))),
    ]
    event = t.event_for(annotation_id)
    if event is not None and event.title:
        lines.append("<b>" + html.escape(event.title) + "</b>")
    if event is not None and len(event.members) > 1:
        titles = ", ".join(t.source_title(s) for s in event.source_ids)
        n = len(event.source_ids)
        count = QCoreApplication.translate("TimelineView", "%n source(s) in this event: %1", "", n)
        lines.append(html.escape(count.replace("%1", titles)))
        if event.conflict:
            said = "; ".join(
                f"{v} ({', '.join(t.source_title(s) for s in sids)})" for v, sids in event.claims
            )
            disagree = QCoreApplication.translate("TimelineView", "The sources disagree: %1")
            lines.append(
                f"<span style='{CONFLICT_CSS}'>{html.escape(disagree.replace('%1', said))}</span>"
            )
    return "<p style='margin:0'>" + "<br>".join(lines) + "</p>"


def publication_tooltip(pub: Publication) -> str:
    published = QCoreApplication.translate("TimelineView", "Published %1")
    text = published.replace("%1", format_date(pub.date))
    return f"<b>{html.escape(text)}</b><br>{html.escape(pub.title)}"


def quote_html(mark: Mark, sentence: Sentence | None) -> str:
    """The date's sentence, shortened, with the date in bold."""
    context = sentence.text if sentence is not None else mark.quote
    quote = " ".join(mark.quote.split())
    i = context.find(quote)
    if i < 0:
        return f"« <b>{html.escape(quote)}</b> »"
    before, after = context[:i], context[i + len(quote) :]
    if len(before) > 90:
        before = "…" + before[-89:].lstrip()
    if len(after) > 90:
        after = after[:89].rstrip() + "…"
    return f"« {html.escape(before)}<b>{html.escape(quote)}</b>{html.escape(after)} »"

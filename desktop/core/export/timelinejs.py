"""TimelineJS3 JSON: the project's timeline, one slide per event.

The shape of Knight Lab's own example (``tests/standards/timelinejs3``): ``title`` with
``text.headline``, and ``events``, each with ``start_date`` (``year``, and ``month`` and
``day`` when the date names them, as strings), an ``end_date`` when the date is a span,
``display_date`` (the EDTF value, so "2021?" stays uncertain), ``text.headline`` and
``text.text`` (HTML, every piece of the user's text escaped), ``unique_id``.

EDTF to TimelineJS: a day, month or year gives a start date with that many parts; a
season, decade, century, a date with unspecified digits ("2021-XX") or an interval gives
its first and last days at the precision of each end ("2021-21" → March to May 2021;
"2014/.." → from 2014, no end). An event whose dates disagree (a conflict) spans from the
earliest to the latest day any of them allows, and its text lists each value with the
sources that give it.
"""

from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path
from typing import Any, Final

from desktop.core.edtf import DateValue, Precision
from desktop.core.export.common import Progress, atomic_file, no_progress
from desktop.core.store import Store
from desktop.core.timeline import Event, Timeline

_HEADLINE: Final = 80
_PARTS: Final = {Precision.DAY: 3, Precision.MONTH: 2, Precision.YEAR: 1}


def date_parts(day: date, parts: int) -> dict[str, str]:
    """A TimelineJS date with the first ``parts`` of year, month, day."""
    out = {"year": str(day.year)}
    if parts >= 2:
        out["month"] = str(day.month)
    if parts >= 3:
        out["day"] = str(day.day)
    return out


def _parts_of(value: DateValue) -> int:
    if value.precision in _PARTS:
        return _PARTS[value.precision]
    return 2 if value.precision is Precision.SEASON else 1  # decade, century: years


def _first(value: DateValue) -> dict[str, str]:
    return date_parts(value.lower, _parts_of(value))


def _last(value: DateValue) -> dict[str, str]:
    return date_parts(value.upper, _parts_of(value))


def dates_for(value: DateValue) -> tuple[dict[str, str], dict[str, str] | None]:
    """(start_date, end_date or None) for one EDTF value (see the module doc)."""
    if value.is_interval:
        start, end = value.start, value.end
        if start is None:  # "/2021" or "../2021": only the end is known
            return (_first(end), None) if end is not None else (date_parts(value.lower, 1), None)
        return _first(start), _last(end) if end is not None else None
    if value.precision in _PARTS:  # "2021-XX" is a year, "2021-12-XX" a month
        return _first(value), None
    return _first(value), _last(value)


def _escape(text: str) -> str:
    return html.escape(" ".join(text.split()))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _HEADLINE else text[: _HEADLINE - 1] + "…"


def event_slide(t: Timeline, event: Event) -> dict[str, Any]:
    marks = [t.marks[a] for a in event.members]
    if event.conflict:
        start: dict[str, str] = date_parts(event.lower, 3)
        end: dict[str, str] | None = date_parts(event.upper, 3)
        display = " / ".join(event.values)
    else:
        start, end = dates_for(marks[0].date)
        display = event.values[0]
    items = "".join(
        f"<li><strong>{_escape(t.source_title(m.source_id))}</strong> · {_escape(m.value)} · "
        f"“{_escape(m.quote)}”</li>"
        for m in marks
    )
    text = f"<ul>{items}</ul>"
    if event.conflict:
        values = "".join(
            f"<li>{_escape(v)}: {', '.join(_escape(t.source_title(s)) for s in sources)}</li>"
            for v, sources in event.claims
        )
        text = f"<ul>{values}</ul>{text}"
    slide: dict[str, Any] = {"start_date": start}
    if end is not None and end != start:
        slide["end_date"] = end
    slide["display_date"] = display
    slide["text"] = {
        "headline": html.escape(_short(event.title or marks[0].quote)),
        "text": text,
    }
    slide["unique_id"] = event.key
    return slide


def timeline_document(store: Store) -> dict[str, Any]:
    t = Timeline.load(store)
    events = [event_slide(t, e) for e in t.ordered_events()]
    return {"title": {"text": {"headline": html.escape(store.name), "text": ""}}, "events": events}


def write_timelinejs(store: Store, out: Path, progress: Progress = no_progress) -> None:
    """Write the timeline as a TimelineJS3 JSON file."""
    progress(0, 1, Path(out).name)
    data = timeline_document(store)
    with atomic_file(Path(out)) as tmp:
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    progress(1, 1, Path(out).name)

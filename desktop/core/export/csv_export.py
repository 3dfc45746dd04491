"""CSV tables: ``annotations.csv`` and ``timeline.csv``, in a folder or a .zip.

- **Encoding: UTF-8 with a BOM.** Excel, which most newsrooms open CSV files with, reads a
  UTF-8 file without a BOM in the system's legacy code page (“é” becomes “Ã©”); with the
  BOM it reads UTF-8. LibreOffice, pandas and R read the BOM as what it is. Rows end with
  ``\\r\\n`` (RFC 4180); fields with commas, quotes or line breaks are quoted.
- **Formula injection.** Sources come from other people: a quote that begins with ``=``,
  ``+``, ``-``, ``@`` (or a tab or carriage return) would run as a formula in a
  spreadsheet. Such text cells get a leading ``'`` (OWASP's advice); numbers are left alone.
- Offsets are code points (Python's ``str``), end exclusive.
- Accepted annotations only, in source then text order. The timeline has one row per date
  on it (date annotations with a valid value, outside page furniture), in time order,
  with the event it belongs to.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final

from desktop.core.entity_reads import EntityReader
from desktop.core.export.common import Progress, no_progress, write_tree
from desktop.core.store import Store
from desktop.core.timeline import Timeline

ANNOTATION_COLUMNS: Final = (
    "annotation_id",
    "source_id",
    "source",
    "start",
    "end",
    "quote",
    "tag",
    "tag_kind",
    "value",
    "entity",
    "note",
    "created",
    "modified",
)
TIMELINE_COLUMNS: Final = (
    "event",
    "event_title",
    "conflict",
    "value",
    "lower",
    "upper",
    "annotation_id",
    "source_id",
    "source",
    "published",
    "quote",
)
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> object:
    """A value made safe for a spreadsheet: text that would start a formula gets a '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return "" if value is None else value


def table(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """A CSV file's bytes: UTF-8 with a BOM, a header row, CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def annotation_rows(store: Store) -> list[list[object]]:
    sources = {s.id: s for s in store.sources()}
    tags = {t.id: t for t in store.tags()}
    annotations = store.annotations()
    reader = EntityReader(store)
    links = reader.links(a.id for a in annotations)
    names = {e.id: e.name for e in reader.entities(set(links.values()))}
    rows: list[list[object]] = []
    for a in annotations:
        entity = links.get(a.id)
        rows.append(
            [
                int(a.id),
                int(a.source_id),
                sources[a.source_id].title,
                a.start,
                a.end,
                a.quote,
                tags[a.tag_id].name,
                tags[a.tag_id].kind.value,
                a.value,
                names.get(entity) if entity is not None else None,
                a.note,
                a.created,
                a.modified,
            ]
        )
    return rows


def timeline_rows(store: Store) -> list[list[object]]:
    t = Timeline.load(store)
    rows: list[list[object]] = []
    for event in t.ordered_events():
        for aid in event.members:
            mark = t.marks[aid]
            source = t.sources.get(mark.source_id)
            rows.append(
                [
                    event.key,
                    event.title,
                    int(event.conflict),
                    mark.value,
                    mark.date.lower.isoformat(),
                    mark.date.upper.isoformat(),
                    int(aid),
                    int(mark.source_id),
                    t.source_title(mark.source_id),
                    source.published if source is not None else None,
                    mark.quote,
                ]
            )
    return rows


def write_csv(store: Store, out: Path, progress: Progress = no_progress) -> None:
    """Write annotations.csv and timeline.csv into the folder ``out`` (or ``out``.zip)."""
    progress(0, 3, "annotations.csv")
    files = {"annotations.csv": table(ANNOTATION_COLUMNS, annotation_rows(store))}
    progress(1, 3, "timeline.csv")
    files["timeline.csv"] = table(TIMELINE_COLUMNS, timeline_rows(store))
    progress(2, 3, Path(out).name)
    write_tree(out, files)
    progress(3, 3, Path(out).name)

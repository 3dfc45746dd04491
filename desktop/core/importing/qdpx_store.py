"""Adding a REFI-QDA project to a Recoupe project, all or nothing.

``import_qdpx`` reads the archive (``qdpx.read_qdpx``), then in **one transaction**:

- each codable **code** becomes a tag (an existing tag of the same name, case aside, is
  reused; a nested code is named by its path, "Themes / Economy"). In a file Recoupe
  wrote, a code under a tag's code is an **entity** (Place ▸ Bagdad), not a tag;
- each **text source** is added (or, when the project already holds the same bytes,
  reused: its annotations are added to it);
- each **selection** gives one accepted annotation per tag it is coded with, at the
  positions ``qdpx_positions`` settles; notes it refers to become the annotation's note.
  In a file Recoupe wrote, the selection's description is the annotation's value; in
  others it is added to the note. An annotation already there (same source, tag and
  range) is not added twice, so importing the same file again adds nothing;
- accepted place and actor annotations are linked to entities as when the user tags them.

Any error (a hostile archive, XML with a DTD, a text missing from the archive, a cancel)
rolls everything back: nothing is written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from desktop.core.entity_store import EntityEdit, EntityStore
from desktop.core.errors import QT_TRANSLATE_NOOP, DuplicateSource, RecoupeError
from desktop.core.export.common import Progress, no_progress
from desktop.core.furniture_store import detect_and_store
from desktop.core.importing.language import guess_language
from desktop.core.importing.qdpx import Notice, QdaCode, QdaProject, QdaSource, read_qdpx
from desktop.core.importing.qdpx_positions import place_selections
from desktop.core.importing.title import guess_title
from desktop.core.models import (
    AnnotationId,
    ImportedSource,
    SourceId,
    TagId,
    TagKind,
)
from desktop.core.store import Store, check_date

_PALETTE: Final = (
    "#8e6cc8",
    "#d98c3f",
    "#3fa7a0",
    "#c85f8e",
    "#7a9a3a",
    "#5f7fc8",
    "#b5654a",
    "#4a9a6a",
)


class ImportCancelled(RecoupeError):
    """The user stopped an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "the import was cancelled"))


@dataclass
class QdpxReport:
    """What an import of a .qdpx added (every id was written in the one transaction)."""

    sources_added: list[SourceId] = field(default_factory=list)
    sources_reused: list[SourceId] = field(default_factory=list)
    tags_added: list[TagId] = field(default_factory=list)
    annotations_added: list[AnnotationId] = field(default_factory=list)
    """Annotations on reused sources (those on added sources go with them)."""
    annotations_total: int = 0
    entity_edit: EntityEdit | None = None
    notices: list[Notice] = field(default_factory=list)


def _tag_for(store: Store, code: QdaCode, report: QdpxReport, names: dict[str, TagId]) -> TagId:
    key = code.path.casefold()
    if key in names:
        return names[key]
    for tag in store.tags():
        if tag.name.casefold() == key:
            names[key] = tag.id
            return tag.id
    colour = code.colour or _PALETTE[len(report.tags_added) % len(_PALETTE)]
    change = store.add_tag(name=code.path, colour=colour, kind=TagKind.USER)
    tag_id = change.tag_ids[0]
    report.tags_added.append(tag_id)
    names[key] = tag_id
    return tag_id


def _entity_parent(project: QdaProject, code: QdaCode) -> QdaCode | None:
    """In a file Recoupe wrote, a child code is an entity under its tag's code."""
    if not project.from_recoupe or code.parent is None:
        return None
    return project.codes.get(code.parent)


def _imported(project: QdaProject, source: QdaSource) -> ImportedSource:
    title = source.name or guess_title(source.text, project.archive.name)
    published: str | None = None
    with contextlib.suppress(RecoupeError):
        published = check_date(source.published)
    return ImportedSource(
        filename=project.archive.name,
        format="qdpx",
        original=source.data,
        text=source.text,
        encoding=source.encoding,
        title=title,
        lang=guess_language(source.text),
        url=source.url,
        published=published,
        published_how="user" if published else None,
        published_confirmed=bool(published),
    )


def _add_source(
    store: Store, project: QdaProject, source: QdaSource, report: QdpxReport
) -> SourceId | None:
    if not source.text.strip():
        report.notices.append(
            Notice(
                QT_TRANSLATE_NOOP("Messages", "“{source}” has no text and was left out"),
                source=source.name,
            )
        )
        return None
    try:
        change = store.add_source(_imported(project, source))
    except DuplicateSource as e:
        existing = SourceId(e.existing_id)
        if store.source_text(existing) != source.text:
            report.notices.append(
                Notice(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{source}” is already in the project with another text; its codings "
                        "were left out",
                    ),
                    source=source.name,
                )
            )
            return None
        report.sources_reused.append(existing)
        return existing
    source_id = change.source_ids[0]
    detect_and_store(store, source_id)
    report.sources_added.append(source_id)
    return source_id


def _annotate(
    store: Store,
    project: QdaProject,
    source: QdaSource,
    source_id: SourceId,
    report: QdpxReport,
    names: dict[str, TagId],
) -> list[AnnotationId]:
    existing = {
        (a.tag_id, a.start, a.end) for a in store.annotations(source_id=source_id, status=None)
    }
    _reading, placed = place_selections(source, project.origin)
    added: list[AnnotationId] = []
    left_out = moved = uncoded = 0
    for p in placed:
        if p.start is None or p.end is None:
            left_out += 1
            continue
        moved += p.moved
        wanted: dict[TagId, str | None] = {}  # tag -> entity name
        for guid in p.selection.codes:
            code = project.codes.get(guid)
            if code is None:
                continue
            parent = _entity_parent(project, code)
            if parent is not None:
                wanted[_tag_for(store, parent, report, names)] = code.name
            elif code.codable:
                wanted.setdefault(_tag_for(store, code, report, names), None)
        if not wanted:
            uncoded += 1
            continue
        notes = [project.notes[n] for n in p.selection.notes if n in project.notes]
        description = (p.selection.description or "").strip() or None
        value = description if project.from_recoupe else None
        if description and not project.from_recoupe:
            notes.insert(0, description)
        note = "\n\n".join(dict.fromkeys(notes)) or None
        quote = source.text[p.start : p.end]
        for tag_id, entity in wanted.items():
            if (tag_id, p.start, p.end) in existing:
                continue
            existing.add((tag_id, p.start, p.end))
            tag_value = value if value is not None or entity in (None, quote) else entity
            change = store.add_annotation(
                source_id=source_id,
                start=p.start,
                end=p.end,
                tag_id=tag_id,
                value=tag_value,
                note=note,
            )
            added.extend(change.annotation_ids)
    name = source.name
    if left_out:
        report.notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{source}”: {count:,} codings fall outside the text and were left out",
                ),
                source=name,
                count=left_out,
            )
        )
    if moved:
        report.notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{source}”: {count:,} codings did not match their text and were moved to "
                    "where it appears",
                ),
                source=name,
                count=moved,
            )
        )
    if uncoded:
        report.notices.append(
            Notice(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{source}”: {count:,} selections have no code and were left out"
                ),
                source=name,
                count=uncoded,
            )
        )
    return added


def import_qdpx(
    store: Store,
    path: Path,
    *,
    progress: Progress = no_progress,
    cancelled: Callable[[], bool] | None = None,
) -> QdpxReport:
    """Add a .qdpx to store in one transaction (see the module doc); raises on any error,
    leaving the project as it was."""
    project = read_qdpx(Path(path))
    report = QdpxReport(notices=list(project.notices))
    names: dict[str, TagId] = {}
    total = len(project.sources) + 1
    with store.db.atomic():
        for code in project.codes.values():
            if code.codable and _entity_parent(project, code) is None:
                _tag_for(store, code, report, names)
        annotation_ids: list[AnnotationId] = []
        for i, source in enumerate(project.sources):
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            progress(i, total, source.name)
            source_id = _add_source(store, project, source, report)
            if source_id is None:
                continue
            added = _annotate(store, project, source, source_id, report, names)
            annotation_ids.extend(added)
            if source_id in report.sources_reused:
                report.annotations_added.extend(added)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        report.annotations_total = len(annotation_ids)
        report.entity_edit = EntityStore(store).link_annotations(annotation_ids)
    progress(total, total, path.name)
    return report

"""REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA and QualCoder.

The archive holds ``project.qde`` (valid against REFI-QDA 1.0 ``Project.xsd``) and one
``Sources/<guid>.txt`` per source: the source's text as Recoupe stores it, UTF-8 **without
a BOM** and with ``\\n`` line endings, so the positions below land where they should in
every tool (``tests/standards/refi-qda/NOTES.md``).

Mapping:

- each **tag** is a top-level **code** with its colour; an **entity** linked to accepted
  annotations of a tag is a **child code** of it (Place ▸ Bagdad), so a QDA tool groups
  the mentions of Bagdad under every spelling; the selection is coded with both, so the
  tag's own code counts every passage even in tools that do not add up child codes;
- each **accepted annotation** is a ``PlainTextSelection`` (``startPosition`` /
  ``endPosition`` in Unicode code points, end exclusive; ``name`` the quote) with its
  coding(s); its **value** (a date in EDTF, a canonical name) is the selection's
  ``Description``; its **note** is a ``Note`` referred to by a ``NoteRef``;
- the source's **address** and **publication date** are the variables "URL" (Text) and
  "Published" (Date);
- ``origin`` is always written ("Recoupe <version>"): QualCoder's importer fails without it.

GUIDs are UUIDv5 of what each object is (``export.common``): exporting again gives the
same GUIDs. Suggested and rejected annotations are not exported (they are not codings
anyone made).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from desktop import __version__
from desktop.core.entities import EntityId
from desktop.core.entity_reads import EntityReader
from desktop.core.entity_records import Entity
from desktop.core.export.common import (
    Progress,
    atomic_file,
    no_progress,
    project_created,
    project_key,
    stable_uuid,
    utc_stamp,
)
from desktop.core.export.w3c import annotation_iri
from desktop.core.models import Annotation, AnnotationId, Source, Tag, TagId
from desktop.core.store import Store

NAMESPACE: Final = "urn:QDA-XML:project:1.0"
ORIGIN: Final = f"Recoupe {__version__}"
URL_VARIABLE: Final = "URL"
PUBLISHED_VARIABLE: Final = "Published"
_XML_ILLEGAL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(value: str) -> str:
    """value without the characters XML 1.0 cannot carry (replaced by U+FFFD)."""
    return _XML_ILLEGAL.sub("\ufffd", value)


def _sub(parent: ET.Element, tag: str, **attrs: str | None) -> ET.Element:
    return ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attrs.items() if v is not None})


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = xml_text(text)
    return element


class _Guids:
    """The GUIDs of one project's objects."""

    def __init__(self, store: Store) -> None:
        self.key = project_key(store)

    def user(self) -> str:
        return str(stable_uuid("qdpx-user", self.key))

    def tag(self, tag_id: TagId) -> str:
        return str(stable_uuid("qdpx-code", f"{self.key}/tag/{int(tag_id)}"))

    def entity(self, tag_id: TagId, entity_id: int) -> str:
        return str(stable_uuid("qdpx-code", f"{self.key}/tag/{int(tag_id)}/entity/{entity_id}"))

    def variable(self, name: str) -> str:
        return str(stable_uuid("qdpx-variable", f"{self.key}/{name}"))

    @staticmethod
    def source(source: Source) -> str:
        return str(stable_uuid("qdpx-source", source.sha256))

    @staticmethod
    def of(kind: str, annotation: Annotation, source: Source) -> str:
        return str(stable_uuid(f"qdpx-{kind}", annotation_iri(annotation, source)))


def project_xml(store: Store, progress: Progress = no_progress) -> tuple[bytes, dict[str, str]]:
    """The ``project.qde`` bytes and the texts to store as ``Sources/<name>``."""
    guids = _Guids(store)
    user = guids.user()
    sources = store.sources()
    tags = store.tags()
    annotations = store.annotations()
    entity_of = EntityReader(store).links(a.id for a in annotations)
    entity_names = {e.id: e for e in EntityReader(store).entities(set(entity_of.values()))}
    by_source: dict[int, list[Annotation]] = defaultdict(list)
    for a in annotations:
        by_source[a.source_id].append(a)

    root = ET.Element(
        "Project",
        {
            "xmlns": NAMESPACE,
            "name": xml_text(store.name),
            "origin": ORIGIN,
            "creatingUserGUID": user,
        },
    )
    created = utc_stamp(project_created(store))
    if created is not None:
        root.set("creationDateTime", created)
    users = _sub(root, "Users")
    _sub(users, "User", guid=user, name="Recoupe")

    entity_codes = _codebook(root, tags, annotations, entity_of, entity_names, guids)
    _variables(root, sources, guids)

    texts: dict[str, str] = {}
    notes: list[tuple[str, Annotation]] = []
    if sources:
        holder = _sub(root, "Sources")
        for i, source in enumerate(sources):
            progress(i, len(sources) + 1, source.title)
            guid = guids.source(source)
            texts[f"{guid}.txt"] = store.source_text(source.id)
            element = _sub(
                holder,
                "TextSource",
                guid=guid,
                name=source.title,
                plainTextPath=f"internal://{guid}.txt",
                creatingUser=user,
                creationDateTime=utc_stamp(source.imported_at),
            )
            for a in by_source.get(source.id, []):
                entity_id = entity_of.get(a.id)
                code = None if entity_id is None else entity_codes.get((a.tag_id, entity_id))
                note_guid = _selection(element, a, source, guids, user, code)
                if note_guid is not None:
                    notes.append((note_guid, a))
            _source_variables(element, source, guids)
    if notes:
        holder = _sub(root, "Notes")
        for guid, a in notes:
            note = _sub(
                holder,
                "Note",
                guid=guid,
                name=_first_line(a.note or ""),
                creatingUser=user,
                creationDateTime=utc_stamp(a.created),
                modifyingUser=user,
                modifiedDateTime=utc_stamp(a.modified),
            )
            _text(note, "PlainTextContent", a.note or "")
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode").replace("\r\n", "\n")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8"), texts


def _codebook(
    root: ET.Element,
    tags: list[Tag],
    annotations: Iterable[Annotation],
    entity_of: dict[AnnotationId, EntityId],
    entities: dict[EntityId, Entity],
    guids: _Guids,
) -> dict[tuple[TagId, EntityId], str]:
    """Codes for the tags and, under each, for the entities its annotations link to."""
    if not tags:
        return {}
    children: dict[TagId, set[EntityId]] = defaultdict(set)
    for a in annotations:
        entity_id = entity_of.get(a.id)
        if entity_id is not None and entity_id in entities:
            children[a.tag_id].add(entity_id)
    codes = _sub(_sub(root, "CodeBook"), "Codes")
    out: dict[tuple[TagId, EntityId], str] = {}
    for tag in tags:
        code = _sub(
            codes, "Code", guid=guids.tag(tag.id), name=tag.name, isCodable="true", color=tag.colour
        )
        for entity_id in sorted(children.get(tag.id, ())):
            entity = entities[entity_id]
            guid = guids.entity(tag.id, int(entity_id))
            child = _sub(
                code, "Code", guid=guid, name=entity.name, isCodable="true", color=tag.colour
            )
            if entity.note:
                _text(child, "Description", entity.note)
            out[(tag.id, entity_id)] = guid
    return out


def _variables(root: ET.Element, sources: list[Source], guids: _Guids) -> None:
    wanted = [
        (URL_VARIABLE, "Text", any(s.url for s in sources)),
        (PUBLISHED_VARIABLE, "Date", any(s.published for s in sources)),
    ]
    used = [(name, kind) for name, kind, present in wanted if present]
    if not used:
        return
    holder = _sub(root, "Variables")
    for name, kind in used:
        _sub(holder, "Variable", guid=guids.variable(name), name=name, typeOfVariable=kind)


def _source_variables(element: ET.Element, source: Source, guids: _Guids) -> None:
    for name, kind, value in (
        (URL_VARIABLE, "TextValue", source.url),
        (PUBLISHED_VARIABLE, "DateValue", source.published),
    ):
        if value:
            holder = _sub(element, "VariableValue")
            _sub(holder, "VariableRef", targetGUID=guids.variable(name))
            _text(holder, kind, value)


def _selection(
    parent: ET.Element,
    a: Annotation,
    source: Source,
    guids: _Guids,
    user: str,
    entity_code: str | None,
) -> str | None:
    """Write one annotation as a selection; returns its note's GUID if it has a note."""
    selection = _sub(
        parent,
        "PlainTextSelection",
        guid=guids.of("selection", a, source),
        name=a.quote,
        startPosition=str(a.start),
        endPosition=str(a.end),
        creatingUser=user,
        creationDateTime=utc_stamp(a.created),
        modifyingUser=user,
        modifiedDateTime=utc_stamp(a.modified),
    )
    if a.value:
        _text(selection, "Description", a.value)
    codes = [("coding", guids.tag(a.tag_id))]
    if entity_code is not None:
        codes.append(("entity-coding", entity_code))
    for kind, code in codes:
        coding = _sub(
            selection,
            "Coding",
            guid=guids.of(kind, a, source),
            creatingUser=user,
            creationDateTime=utc_stamp(a.created),
        )
        _sub(coding, "CodeRef", targetGUID=code)
    if not a.note:
        return None
    note = guids.of("note", a, source)
    _sub(selection, "NoteRef", targetGUID=note)
    return note


def _first_line(text: str, limit: int = 60) -> str:
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def write_qdpx(store: Store, out: Path, progress: Progress = no_progress) -> None:
    """Write the project as a REFI-QDA .qdpx archive (see the module doc)."""
    qde, texts = project_xml(store, progress)
    total = len(store.sources()) + 1
    progress(total - 1, total, out.name)
    with atomic_file(out) as tmp:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("project.qde", qde)
            for name, text in texts.items():
                archive.writestr(f"Sources/{name}", text.encode("utf-8"))
    progress(total, total, out.name)

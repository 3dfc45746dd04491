"""Reading a REFI-QDA project (.qdpx from NVivo, ATLAS.ti, MAXQDA, QualCoder or Recoupe).

``read_qdpx`` opens the archive through ``safe_archive`` (hostile archives and XML with
DTDs or entities are refused before anything is read), takes the one ``.qde`` file
whatever its name (ATLAS.ti names it after the project), and returns what Recoupe uses:
codes, text sources with their selections, notes. It writes nothing;
``qdpx_store.import_qdpx`` adds the result to a project in one transaction.

Texts come from ``PlainTextContent`` or from the archive's ``Sources/`` folder
(``plainTextPath="internal://…"``); a leading BOM is dropped. Where a selection's
positions land is settled per source in ``qdpx_positions``. PDF, picture, audio and video
sources are left out, with a notice.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Final

from desktop.core.errors import QT_TRANSLATE_NOOP, ImportRejected, RecoupeError
from desktop.core.importing import MAX_FILE_BYTES, decoding
from desktop.core.safe_archive import Limits, SafeZip, open_zip, parse_xml

QDE_LIMITS: Final = Limits()
_NOT_TEXT: Final = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")
_HEX_COLOUR: Final = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_INTERNAL: Final = "internal://"


class Notice(RecoupeError):
    """Something left out of an import that did happen (shown to the user, not raised)."""


@dataclass(frozen=True)
class QdaCode:
    guid: str
    name: str
    """The code's name; a nested code's path joined with " / " in ``path``."""
    path: str
    colour: str | None
    """#rrggbb, or None when the file gives none."""
    parent: str | None
    codable: bool
    description: str | None


@dataclass(frozen=True)
class QdaSelection:
    guid: str
    start: int
    end: int
    name: str | None
    description: str | None
    codes: tuple[str, ...]
    """GUIDs of the codes the selection is coded with."""
    notes: tuple[str, ...]
    """GUIDs of the notes referred to by the selection and its codings."""


@dataclass(frozen=True)
class QdaSource:
    guid: str
    name: str
    data: bytes
    """The text file's bytes as stored (or the inline text in UTF-8)."""
    raw: str
    """The text as decoded, BOM dropped, line endings as written."""
    text: str
    """The text as Recoupe stores it (line endings ``\\n``)."""
    had_bom: bool
    encoding: str
    selections: tuple[QdaSelection, ...]
    url: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class QdaProject:
    archive: Path
    name: str
    origin: str
    codes: dict[str, QdaCode]
    sources: tuple[QdaSource, ...]
    notes: dict[str, str]
    notices: tuple[Notice, ...] = field(default=())

    @property
    def from_recoupe(self) -> bool:
        return self.origin.startswith("Recoupe")


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> Iterator[ET.Element]:
    return (child for child in element if _local(child.tag) == name)


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next(_children(element, name), None)


def _text_of(element: ET.Element | None) -> str | None:
    if element is None or element.text is None:
        return None
    return element.text


def _colour(value: str | None) -> str | None:
    if not value or not _HEX_COLOUR.match(value.strip()):
        return None
    digits = value.strip()[1:]
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits.lower()


def _rejected(archive: Path, template: str, **params: object) -> ImportRejected:
    return ImportRejected(archive.name, template, **params)


def _project_entry(archive: SafeZip) -> str:
    found = [n for n in archive.names() if n.lower().endswith(".qde")]
    if not found:
        raise _rejected(
            archive.path,
            QT_TRANSLATE_NOOP(
                "Messages", "there is no .qde project file in it, so it is not a REFI-QDA project"
            ),
        )
    if len(found) > 1:
        raise _rejected(
            archive.path,
            QT_TRANSLATE_NOOP(
                "Messages", "it holds several .qde project files ({names}); expected one"
            ),
            names=", ".join(found[:5]),
        )
    return found[0]


def _codes(root: ET.Element) -> dict[str, QdaCode]:
    out: dict[str, QdaCode] = {}
    book = _child(root, "CodeBook")
    holder = _child(book, "Codes") if book is not None else None
    if holder is None:
        return out

    def walk(element: ET.Element, parent: QdaCode | None) -> None:
        for code in _children(element, "Code"):
            guid = code.get("guid", "").strip("{}").lower()
            name = " ".join((code.get("name") or "").split()) or guid
            path = f"{parent.path} / {name}" if parent is not None else name
            item = QdaCode(
                guid=guid,
                name=name,
                path=path,
                colour=_colour(code.get("color")),
                parent=parent.guid if parent is not None else None,
                codable=(code.get("isCodable") or "true").strip().lower() in ("true", "1"),
                description=_text_of(_child(code, "Description")),
            )
            if guid:
                out[guid] = item
            walk(code, item)

    walk(holder, None)
    return out


def _notes(root: ET.Element, archive: SafeZip) -> dict[str, str]:
    out: dict[str, str] = {}
    holder = _child(root, "Notes")
    if holder is None:
        return out
    for note in _children(holder, "Note"):
        guid = note.get("guid", "").strip("{}").lower()
        text = _text_of(_child(note, "PlainTextContent"))
        if text is None and note.get("plainTextPath"):
            entry = _entry_for(archive, note.get("plainTextPath") or "")
            if entry is not None:
                text = _decode(archive, entry)[1]
        if guid and text and text.strip():
            out[guid] = decoding.normalise_newlines(text).strip()
    return out


def _entry_for(archive: SafeZip, path: str) -> str | None:
    """The archive entry a plainTextPath names (internal:// paths live in Sources/)."""
    if not path.startswith(_INTERNAL):
        return None
    wanted = PurePosixPath("Sources") / path[len(_INTERNAL) :].lstrip("/")
    names = archive.names()
    for name in names:
        if PurePosixPath(name) == wanted:
            return name
    lowered = str(wanted).casefold()
    return next((n for n in names if n.casefold() == lowered), None)


def _decode(archive: SafeZip, entry: str) -> tuple[bytes, str, str, bool, str]:
    """(bytes, raw text, stored text, had a BOM, encoding) of a text entry."""
    size = archive.size(entry)
    if size > MAX_FILE_BYTES:
        raise _rejected(
            archive.path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "its source “{entry}” is {size:,} bytes; a source may be at most {limit:,}",
            ),
            entry=entry,
            size=size,
            limit=MAX_FILE_BYTES,
        )
    data = archive.read(entry)
    label = f"{archive.path.name}: {entry}"
    decoding.reject_binary(data, label)
    decoded = decoding.decode(data, label)
    had_bom = data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    try:
        raw = data.decode(decoded.encoding).removeprefix("\ufeff")
    except (LookupError, UnicodeDecodeError):
        raw = decoded.text
    if decoding.normalise_newlines(raw) != decoded.text:
        raw = decoded.text
    return data, raw, decoded.text, had_bom, decoded.encoding


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _selections(source: ET.Element, archive: Path, source_name: str) -> tuple[QdaSelection, ...]:
    out: list[QdaSelection] = []
    for selection in _children(source, "PlainTextSelection"):
        start = _int(selection.get("startPosition"))
        end = _int(selection.get("endPosition"))
        if start is None or end is None:
            raise _rejected(
                archive,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "a selection in “{source}” has positions that are not whole numbers",
                ),
                source=source_name,
            )
        codings = list(_children(selection, "Coding"))
        codes = [
            ref.get("targetGUID", "").strip("{}").lower()
            for coding in codings
            for ref in _children(coding, "CodeRef")
        ]
        notes = [
            ref.get("targetGUID", "").strip("{}").lower()
            for holder in (selection, *codings)
            for ref in _children(holder, "NoteRef")
        ]
        out.append(
            QdaSelection(
                guid=selection.get("guid", ""),
                start=start,
                end=end,
                name=selection.get("name"),
                description=_text_of(_child(selection, "Description")),
                codes=tuple(c for c in codes if c),
                notes=tuple(n for n in notes if n),
            )
        )
    return tuple(out)


def _variables(root: ET.Element) -> dict[str, str]:
    """Variable GUID -> lowercased name."""
    holder = _child(root, "Variables")
    if holder is None:
        return {}
    return {
        v.get("guid", "").strip("{}").lower(): (v.get("name") or "").strip().casefold()
        for v in _children(holder, "Variable")
    }


def _source_variables(source: ET.Element, names: dict[str, str]) -> tuple[str | None, str | None]:
    url = published = None
    for value in _children(source, "VariableValue"):
        ref = _child(value, "VariableRef")
        name = names.get((ref.get("targetGUID", "") if ref is not None else "").strip("{}").lower())
        if name == "url":
            url = (_text_of(_child(value, "TextValue")) or "").strip() or None
        elif name in ("published", "publication date"):
            published = (
                _text_of(_child(value, "DateValue")) or _text_of(_child(value, "TextValue")) or ""
            ).strip()[:10] or None
    return url, published


def _sources(root: ET.Element, archive: SafeZip, notices: list[Notice]) -> tuple[QdaSource, ...]:
    holder = _child(root, "Sources")
    if holder is None:
        return ()
    variables = _variables(root)
    out: list[QdaSource] = []
    for element in holder:
        kind = _local(element.tag)
        name = (element.get("name") or "").strip()
        if kind in _NOT_TEXT:
            notices.append(
                Notice(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{source}” is not a text source (PDF, picture, audio or video) "
                        "and was left out",
                    ),
                    source=name or kind,
                )
            )
            continue
        if kind != "TextSource":
            continue
        inline = _text_of(_child(element, "PlainTextContent"))
        path = element.get("plainTextPath") or ""
        if inline is not None:
            data, raw, text = inline.encode("utf-8"), inline, decoding.normalise_newlines(inline)
            had_bom, encoding = False, "utf-8"
            if raw.startswith("\ufeff"):
                raw, text, had_bom = raw[1:], text[1:], True
        else:
            entry = _entry_for(archive, path)
            if entry is None:
                raise _rejected(
                    archive.path,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "the text of source “{source}” is not in the archive ({path})",
                    ),
                    source=name,
                    path=path or "—",
                )
            data, raw, text, had_bom, encoding = _decode(archive, entry)
        url, published = _source_variables(element, variables)
        out.append(
            QdaSource(
                guid=element.get("guid", ""),
                name=name,
                data=data,
                raw=raw,
                text=text,
                had_bom=had_bom,
                encoding=encoding,
                selections=_selections(element, archive.path, name),
                url=url,
                published=published,
            )
        )
    return tuple(out)


def read_qdpx(path: Path, *, limits: Limits = QDE_LIMITS) -> QdaProject:
    """What a .qdpx holds; raises UnsafeArchive or ImportRejected, writes nothing."""
    with open_zip(path, limits=limits) as archive:
        entry = _project_entry(archive)
        root = parse_xml(archive.read(entry), name=entry, archive=path)
        if _local(root.tag) != "Project":
            raise _rejected(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages", "“{entry}” is not a REFI-QDA project (its root is <{root}>)"
                ),
                entry=entry,
                root=_local(root.tag),
            )
        notices: list[Notice] = []
        return QdaProject(
            archive=path,
            name=root.get("name") or path.stem,
            origin=root.get("origin") or "",
            codes=_codes(root),
            sources=_sources(root, archive, notices),
            notes=_notes(root, archive),
            notices=tuple(notices),
        )

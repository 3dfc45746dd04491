"""Hand-written .qdpx archives in the manner of other tools (see refi-qda/NOTES.md)."""

from __future__ import annotations

import zipfile
from pathlib import Path

NS = "urn:QDA-XML:project:1.0"
USER = "AAAAAAAA-0000-0000-0000-000000000001"
CODE_PEOPLE = "C0000000-0000-0000-0000-000000000001"
CODE_MINISTER = "C0000000-0000-0000-0000-000000000002"
CODE_PLACE = "C0000000-0000-0000-0000-000000000003"
SOURCE_1 = "50000000-0000-0000-0000-000000000001"
SOURCE_2 = "50000000-0000-0000-0000-000000000002"
NOTE_1 = "A0000000-0000-0000-0000-000000000001"

# astral emoji and a combining accent before the coded passages
QUALCODER_TEXT = "Entretien 😀 avec la ministre Éloïse Me\u0301nard à Lyon.\nElle a dit « non ».\n"
ATLAS_TEXT = "Interview in Paris.\r\nThe minister 🚀 spoke to Le Monde.\r\nEnd.\r\n"


def selection(
    guid: str,
    text: str,
    quote: str,
    code: str,
    *,
    name: str | None = None,
    description: str | None = None,
    extra: str = "",
) -> str:
    """A selection of ``quote`` (its first occurrence) with positions in code points of
    ``text`` as given (CRLF counting two)."""
    start = text.index(quote)
    label = quote if name is None else name
    described = f"<Description>{description}</Description>" if description else ""
    return (
        f'<PlainTextSelection guid="{guid}" name="{label}" startPosition="{start}" '
        f'endPosition="{start + len(quote)}" creatingUser="{USER}">{described}'
        f'<Coding guid="{guid[:-1]}f" creatingUser="{USER}"><CodeRef targetGUID="{code}"/>'
        f"</Coding>{extra}</PlainTextSelection>"
    )


def codebook() -> str:
    return (
        "<CodeBook><Codes>"
        f'<Code guid="{CODE_PEOPLE}" name="People" isCodable="true" color="#a3c">'
        f'<Code guid="{CODE_MINISTER}" name="Minister" isCodable="true" color="#00ff00"/>'
        "</Code>"
        f'<Code guid="{CODE_PLACE}" name="Place" isCodable="true"/>'
        "</Codes></CodeBook>"
    )


def project(origin: str, sources: str, notes: str = "", name: str = "Trial") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="{name}" '
        f'origin="{origin}"><Users><User guid="{USER}" name="me"/></Users>{codebook()}'
        f"<Sources>{sources}</Sources>{notes}</Project>"
    ).encode()


def write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def qualcoder(path: Path) -> Path:
    """QualCoder-style: the text file starts with a BOM; positions count without it."""
    text = QUALCODER_TEXT
    sels = selection(
        "51000000-0000-0000-0000-000000000001",
        text,
        "Éloïse Me\u0301nard",
        CODE_MINISTER,
        extra=f'<NoteRef targetGUID="{NOTE_1}"/>',
    ) + selection("51000000-0000-0000-0000-000000000002", text, "Lyon", CODE_PLACE)
    source = (
        f'<TextSource guid="{SOURCE_1}" name="entretien.txt" '
        f'plainTextPath="internal://{SOURCE_1}.txt">{sels}</TextSource>'
    )
    notes = (
        f'<Notes><Note guid="{NOTE_1}" name="memo"><PlainTextContent>à recouper 🙂'
        "</PlainTextContent></Note></Notes>"
    )
    return write_zip(
        path,
        {
            "project.qde": project("QualCoder 3.5", source, notes),
            f"Sources/{SOURCE_1}.txt": b"\xef\xbb\xbf" + text.encode("utf-8"),
        },
    )


def atlas(path: Path) -> Path:
    """ATLAS.ti-style: the XML is named after the project, the text has CRLF line ends
    and the positions count them as written; one quotation has a name of its own."""
    text = ATLAS_TEXT
    sels = (
        selection("52000000-0000-0000-0000-000000000001", text, "Paris", CODE_PLACE)
        + selection("52000000-0000-0000-0000-000000000002", text, "minister", CODE_MINISTER)
        + selection(
            "52000000-0000-0000-0000-000000000003",
            text,
            "Le Monde",
            CODE_PEOPLE,
            name="Key quote",
            description="the newspaper",
        )
    )
    source = (
        f'<TextSource guid="{SOURCE_2}" name="Interview" '
        f'plainTextPath="internal://{SOURCE_2}.txt">{sels}</TextSource>'
        '<PDFSource guid="53000000-0000-0000-0000-000000000001" name="scan.pdf" '
        'path="internal://scan.pdf"/>'
    )
    return write_zip(
        path,
        {
            "Trial.qde": project("ATLAS.ti 23.2.1", source),
            f"Sources/{SOURCE_2}.txt": text.encode("utf-8"),
        },
    )


def inline(path: Path, text: str, sels: str, origin: str = "MAXQDA 2022") -> Path:
    source = (
        f'<TextSource guid="{SOURCE_1}" name="inline"><PlainTextContent>{text}'
        f"</PlainTextContent>{sels}</TextSource>"
    )
    return write_zip(path, {"project.qde": project(origin, source)})

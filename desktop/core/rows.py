"""Converting database rows to the core's dataclasses."""

from __future__ import annotations

from typing import Any, Final

from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    DateBasis,
    Source,
    SourceId,
    Tag,
    TagId,
    TagKind,
)

SOURCE_COLUMNS: Final = (
    "id, title, url, published, published_how, published_confirmed, imported_at, "
    "sha256, filename, format, encoding, lang, size"
)
ANNOTATION_COLUMNS: Final = (
    'id, source_id, tag_id, start, "end", quote, prefix, suffix, value, note, status, '
    "created, modified, basis"
)


def tag_row(r: tuple[Any, ...]) -> Tag:
    return Tag(
        id=TagId(r[0]),
        name=r[1],
        kind=TagKind(r[2]),
        colour=r[3],
        shortcut=r[4],
        builtin=bool(r[5]),
        position=int(r[6]),
    )


def source_row(r: tuple[Any, ...]) -> Source:
    return Source(
        id=SourceId(r[0]),
        title=r[1],
        url=r[2],
        published=r[3],
        published_how=r[4],
        published_confirmed=bool(r[5]),
        imported_at=r[6],
        sha256=r[7],
        filename=r[8],
        format=r[9],
        encoding=r[10],
        lang=r[11],
        size=int(r[12]),
    )


def annotation_row(r: tuple[Any, ...]) -> Annotation:
    return Annotation(
        id=AnnotationId(r[0]),
        source_id=SourceId(r[1]),
        tag_id=TagId(r[2]),
        start=int(r[3]),
        end=int(r[4]),
        quote=r[5],
        prefix=r[6],
        suffix=r[7],
        value=r[8],
        note=r[9],
        status=AnnotationStatus(r[10]),
        created=r[11],
        modified=r[12],
        basis=DateBasis(r[13]) if r[13] else None,
    )

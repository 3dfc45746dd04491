"""W3C Web Annotation (JSON-LD): annotations out, and read back.

One annotation, as written:

    {"@context": "http://www.w3.org/ns/anno.jsonld",
     "id": "urn:uuid:…", "type": "Annotation", "motivation": "tagging",
     "created": "…Z", "modified": "…Z",
     "body": [{"type": "TextualBody", "purpose": "tagging", "value": "<tag name>"},
              {"type": "TextualBody", "purpose": "classifying", "value": "date"},
              {"type": "TextualBody", "purpose": "describing", "value": "<value>"},
              {"type": "TextualBody", "purpose": "identifying", "value": "<entity name>"},
              {"type": "TextualBody", "purpose": "commenting", "value": "<note>"},
              {"type": "TextualBody", "purpose": "moderating", "value": "suggested"}],
     "target": {"type": "SpecificResource", "source": "urn:sha256:<hex>",
                "scope": "<the page's address>",
                "selector": [{"type": "TextQuoteSelector", "exact", "prefix", "suffix"},
                             {"type": "TextPositionSelector", "start", "end"}]}}

Choices:

- **target.source** is ``urn:sha256:<hex>``, the SHA-256 of the file as imported (what
  Recoupe shows and uses to spot duplicates): the same file gives the same IRI on every
  machine, with no address to leak or go stale. RFC 6920's ``ni:///sha-256;<base64url>``
  names the same thing and is read back too. When the source has a web address, it is
  the target's **scope** (the page the text was read in).
- The selectors apply to the source's **text as Recoupe stores it** (HTML reduced to its
  text, line endings ``\\n``, no BOM); positions count Unicode **code points**, as the
  model requires. The quote selector lets a tool whose text differs re-anchor.
- Bodies are told apart by **purpose**: the tag (tagging), the built-in kind of the tag
  when it has one (classifying: date, place, actor, claim), the value (describing: an
  EDTF date, a canonical name), the linked entity (identifying), the note (commenting),
  and the status when the annotation is not accepted (moderating: suggested, rejected).
- **id** is ``urn:uuid:`` + UUIDv5 of the source's hash, the annotation's id and its
  creation time: stable across exports, distinct across projects.
- Every annotation carries the ``@context``, also inside a collection, so each item
  stands alone (the W3C tests check each one). The context is named, never fetched.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from desktop import __version__
from desktop.core.entity_reads import EntityReader
from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError
from desktop.core.export.common import (
    Progress,
    atomic_file,
    no_progress,
    project_key,
    stable_uuid,
    utc_stamp,
)
from desktop.core.models import (
    Annotation,
    AnnotationStatus,
    Source,
    SourceId,
    Tag,
    TagKind,
)
from desktop.core.store import Store

ANNO_CONTEXT: Final = "http://www.w3.org/ns/anno.jsonld"
_SHA_URN: Final = re.compile(r"^urn:sha256:([0-9a-fA-F]{64})$")
_NI: Final = re.compile(r"^ni://[^/]*/sha-256;([A-Za-z0-9_-]{43})=?$")
_KINDS: Final = frozenset(k.value for k in TagKind)
_STATUSES: Final = frozenset(s.value for s in AnnotationStatus)


class MalformedAnnotation(RecoupeError):
    """A W3C annotation Recoupe cannot read."""


@dataclass(frozen=True)
class W3CAnnotation:
    """What Recoupe reads from one W3C annotation (offsets: code points, or None)."""

    id: str
    source_sha256: str | None
    """The hex digest when target.source is ``urn:sha256:`` or ``ni:///sha-256;``."""
    start: int | None
    end: int | None
    exact: str | None
    prefix: str
    suffix: str
    tag_name: str | None
    tag_kind: TagKind | None
    value: str | None
    note: str | None
    entity: str | None
    status: AnnotationStatus
    created: str | None
    modified: str | None
    source: str = ""
    """target.source as written (an IRI)."""


# ------------------------------------------------------------------- writing


def source_iri(source: Source) -> str:
    return f"urn:sha256:{source.sha256}"


def annotation_iri(annotation: Annotation, source: Source) -> str:
    key = f"{source.sha256}/{int(annotation.id)}/{annotation.created}"
    return stable_uuid("annotation", key).urn


def _web_address(url: str | None) -> str | None:
    """url if it is an absolute http(s) address a JSON-LD reader takes as an IRI."""
    if not url or any(ch.isspace() for ch in url) or any(ch in url for ch in '<>"{}|\\^`'):
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _body(purpose: str, value: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": purpose, "value": value}


def annotation_to_w3c(
    annotation: Annotation, source: Source, tag: Tag, *, entity_name: str | None = None
) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (see the module doc for the shape)."""
    bodies = [_body("tagging", tag.name)]
    if tag.kind is not TagKind.USER:
        bodies.append(_body("classifying", tag.kind.value))
    if annotation.value:
        bodies.append(_body("describing", annotation.value))
    if entity_name:
        bodies.append(_body("identifying", entity_name))
    if annotation.note:
        bodies.append(_body("commenting", annotation.note))
    if annotation.status is not AnnotationStatus.ACCEPTED:
        bodies.append(_body("moderating", annotation.status.value))
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": annotation.quote}
    if annotation.prefix:
        quote["prefix"] = annotation.prefix
    if annotation.suffix:
        quote["suffix"] = annotation.suffix
    target: dict[str, Any] = {
        "type": "SpecificResource",
        "source": source_iri(source),
        "selector": [
            quote,
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
        ],
    }
    scope = _web_address(source.url)
    if scope is not None:
        target["scope"] = scope
    out: dict[str, Any] = {
        "@context": ANNO_CONTEXT,
        "id": annotation_iri(annotation, source),
        "type": "Annotation",
        "motivation": "tagging",
    }
    for key, stamp in (("created", annotation.created), ("modified", annotation.modified)):
        written = utc_stamp(stamp)
        if written is not None:
            out[key] = written
    out["generator"] = {"type": "Software", "name": f"Recoupe {__version__}"}
    out["body"] = bodies
    out["target"] = target
    return out


def annotation_collection(
    store: Store,
    *,
    source_ids: Iterable[SourceId] | None = None,
    status: AnnotationStatus | None = AnnotationStatus.ACCEPTED,
) -> dict[str, Any]:
    """The project's annotations (accepted ones by default) as one AnnotationCollection.

    The items are in one embedded AnnotationPage, in source order then text order.
    """
    chosen = None if source_ids is None else set(source_ids)
    sources = {s.id: s for s in store.sources() if chosen is None or s.id in chosen}
    tags = {t.id: t for t in store.tags()}
    found = [a for a in store.annotations(status=status) if a.source_id in sources]
    names = _entity_names(store, found)
    items = [
        annotation_to_w3c(a, sources[a.source_id], tags[a.tag_id], entity_name=names.get(a.id))
        for a in found
    ]
    return {
        "@context": ANNO_CONTEXT,
        "id": stable_uuid("collection", project_key(store)).urn,
        "type": "AnnotationCollection",
        "label": store.name,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _entity_names(store: Store, annotations: Sequence[Annotation]) -> dict[Any, str]:
    reader = EntityReader(store)
    links = reader.links(a.id for a in annotations)
    if not links:
        return {}
    entities = {e.id: e.name for e in reader.entities(set(links.values()))}
    return {aid: entities[eid] for aid, eid in links.items() if eid in entities}


def write_w3c(store: Store, out: Path, progress: Progress = no_progress) -> None:
    """Write the accepted annotations as one JSON-LD AnnotationCollection file."""
    progress(0, 1, out.name)
    collection = annotation_collection(store)
    with atomic_file(out) as tmp:
        tmp.write_text(
            json.dumps(collection, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    progress(1, 1, out.name)


# ------------------------------------------------------------------- reading


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _sha_of(source: str) -> str | None:
    m = _SHA_URN.match(source)
    if m:
        return m.group(1).lower()
    m = _NI.match(source)
    if m:
        return base64.urlsafe_b64decode(m.group(1) + "=").hex()
    return None


def _selectors(target: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [s for s in _list(target.get("selector")) if isinstance(s, Mapping)]


def _text_target(obj: Mapping[str, Any], ident: str) -> Mapping[str, Any]:
    for target in _list(obj.get("target")):
        if not isinstance(target, Mapping):
            continue
        kinds = {s.get("type") for s in _selectors(target)}
        if kinds & {"TextQuoteSelector", "TextPositionSelector"}:
            return target
    raise MalformedAnnotation(
        QT_TRANSLATE_NOOP(
            "Messages",
            "annotation “{id}” has no target with a text selector "
            "(TextQuoteSelector or TextPositionSelector)",
        ),
        id=ident,
    )


def _position(selector: Mapping[str, Any], ident: str) -> tuple[int, int]:
    start, end = selector.get("start"), selector.get("end")
    if (
        isinstance(start, int)
        and isinstance(end, int)
        and not isinstance(start, bool)
        and not isinstance(end, bool)
        and 0 <= start < end
    ):
        return start, end
    raise MalformedAnnotation(
        QT_TRANSLATE_NOOP(
            "Messages",
            "annotation “{id}” has a TextPositionSelector whose start and end are not "
            "whole numbers with 0 ≤ start < end",
        ),
        id=ident,
    )


def _quote(selector: Mapping[str, Any], ident: str) -> tuple[str, str, str]:
    exact = selector.get("exact")
    prefix = selector.get("prefix", "")
    suffix = selector.get("suffix", "")
    if not isinstance(exact, str) or not exact:
        raise MalformedAnnotation(
            QT_TRANSLATE_NOOP(
                "Messages", "annotation “{id}” has a TextQuoteSelector without its exact text"
            ),
            id=ident,
        )
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise MalformedAnnotation(
            QT_TRANSLATE_NOOP(
                "Messages",
                "annotation “{id}” has a TextQuoteSelector whose prefix or suffix is not text",
            ),
            id=ident,
        )
    return exact, prefix, suffix


def _bodies(obj: Mapping[str, Any], ident: str) -> dict[str, list[str]]:
    """Body texts by purpose; a body without one counts as tagging if the annotation's
    motivation is tagging, else as a comment (bodyValue is always a comment)."""
    motivations = _list(obj.get("motivation"))
    default = "tagging" if "tagging" in motivations else "commenting"
    found: dict[str, list[str]] = {}
    value = obj.get("bodyValue")
    if value is not None:
        if not isinstance(value, str):
            raise MalformedAnnotation(
                QT_TRANSLATE_NOOP("Messages", "annotation “{id}” has a bodyValue that is not text"),
                id=ident,
            )
        found.setdefault("commenting", []).append(value)
    for body in _list(obj.get("body")):
        if isinstance(body, str):  # a body that is only an IRI: nothing Recoupe keeps
            continue
        text = body.get("value") if isinstance(body, Mapping) else None
        if not isinstance(body, Mapping) or ("value" in body and not isinstance(text, str)):
            raise MalformedAnnotation(
                QT_TRANSLATE_NOOP(
                    "Messages", "annotation “{id}” has a body that is not an object with text"
                ),
                id=ident,
            )
        if not isinstance(text, str) or not text.strip():
            continue
        purposes = [p for p in _list(body.get("purpose")) if isinstance(p, str)] or [default]
        for purpose in purposes:
            found.setdefault(purpose, []).append(text)
    return found


def parse_w3c_annotation(obj: Any) -> W3CAnnotation:
    """Read one W3C annotation; raises MalformedAnnotation when it is not one Recoupe
    can use (no text selector, bad offsets, bodies without text…).

    A tag is the first tagging body; several comments are joined by blank lines.
    """
    if not isinstance(obj, Mapping):
        raise MalformedAnnotation(
            QT_TRANSLATE_NOOP("Messages", "a W3C annotation must be a JSON object")
        )
    raw_id = obj.get("id", "")
    ident = raw_id if isinstance(raw_id, str) and raw_id else "?"
    if "Annotation" not in _list(obj.get("type")):
        raise MalformedAnnotation(
            QT_TRANSLATE_NOOP("Messages", "annotation “{id}” is not of type Annotation"), id=ident
        )
    target = _text_target(obj, ident)
    raw_source = target.get("source")
    if isinstance(raw_source, Mapping):
        raw_source = raw_source.get("id")
    source = raw_source if isinstance(raw_source, str) else ""
    start = end = None
    exact: str | None = None
    prefix = suffix = ""
    for selector in _selectors(target):
        if selector.get("type") == "TextPositionSelector" and start is None:
            start, end = _position(selector, ident)
        elif selector.get("type") == "TextQuoteSelector" and exact is None:
            exact, prefix, suffix = _quote(selector, ident)
    bodies = _bodies(obj, ident)
    kinds = [TagKind(v) for v in bodies.get("classifying", []) if v in set(TagKind)]
    statuses = [
        AnnotationStatus(v) for v in bodies.get("moderating", []) if v in set(AnnotationStatus)
    ]
    notes = bodies.get("commenting", [])

    def first(purpose: str) -> str | None:
        values = bodies.get(purpose)
        return values[0] if values else None

    stamps = [obj.get(k) for k in ("created", "modified")]
    return W3CAnnotation(
        id="" if ident == "?" else ident,
        source_sha256=_sha_of(source),
        start=start,
        end=end,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        tag_name=first("tagging"),
        tag_kind=kinds[0] if kinds else None,
        value=first("describing"),
        note="\n\n".join(notes) if notes else None,
        entity=first("identifying"),
        status=statuses[0] if statuses else AnnotationStatus.ACCEPTED,
        created=stamps[0] if isinstance(stamps[0], str) else None,
        modified=stamps[1] if isinstance(stamps[1], str) else None,
        source=source,
    )


def parse_w3c_document(data: Any) -> list[W3CAnnotation]:
    """Every annotation in one annotation, a list of them, an AnnotationPage or an
    AnnotationCollection with embedded pages."""
    items: list[Any] = []
    if isinstance(data, list):
        items = data
    elif isinstance(data, Mapping):
        kinds = _list(data.get("type"))
        if "AnnotationCollection" in kinds:
            page = data.get("first")
            while isinstance(page, Mapping):
                items.extend(_list(page.get("items")))
                page = page.get("next")
        elif "AnnotationPage" in kinds:
            items = _list(data.get("items"))
        else:
            items = [data]
    else:
        raise MalformedAnnotation(
            QT_TRANSLATE_NOOP("Messages", "a W3C annotation must be a JSON object")
        )
    return [parse_w3c_annotation(item) for item in items]

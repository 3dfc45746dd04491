"""brat standoff: one ``.txt``/``.ann`` pair per source, ``annotation.conf`` and
``visual.conf``, in a folder (or a .zip).

- The ``.txt`` is the source's text as Recoupe stores it, UTF-8 without a BOM, so brat's
  offsets (code points, end exclusive: it slices a Python ``str``) are Recoupe's.
- Each accepted annotation is a text-bound line ``T<n>\\t<Type> <start> <end>\\t<text>``.
  A passage across line breaks is written as brat writes one: fragments
  ``s1 e1;s2 e2`` split at the breaks, their texts joined by a space.
- Tag names become brat types (brat fields are space-separated): letters, digits, ``-``
  and ``_`` kept, anything else ``_`` ("Vérifié ✓" → ``Vérifié``); ``visual.conf``
  gives each type its tag's name as label and its colour.
- Notes are ``#<n>\\tAnnotatorNotes T<n>\\t<note>`` (what brat's editor shows); the value
  and the linked entity are notes of their own types, ``Value`` and ``Entity`` (brat lets
  note types be chosen freely; its attributes cannot hold free text with spaces). A note
  is one line: line breaks become spaces.
- ``annotation.conf`` lists every tag's type under ``[entities]``; the other sections are
  empty.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Final

from desktop.core.entity_reads import EntityReader
from desktop.core.export.common import Progress, no_progress, write_tree
from desktop.core.models import Annotation, Tag, TagId
from desktop.core.store import Store

_NOT_IN_TYPE: Final = re.compile(r"[^\w-]+")
_NOT_IN_FILENAME: Final = re.compile(r"[^\w.-]+")


def brat_type(name: str) -> str:
    """A brat type name for a tag name (see the module doc)."""
    cleaned = _NOT_IN_TYPE.sub("_", unicodedata.normalize("NFC", name)).strip("_")
    if not cleaned or cleaned[0].isdigit():
        cleaned = f"Tag_{cleaned}" if cleaned else "Tag"
    return cleaned


def type_names(tags: list[Tag]) -> dict[TagId, str]:
    """A distinct brat type for each tag (a numbered suffix when two clean up alike)."""
    out: dict[TagId, str] = {}
    taken: set[str] = set()
    for tag in tags:
        base = brat_type(tag.name)
        name, n = base, 2
        while name.casefold() in taken:
            name, n = f"{base}_{n}", n + 1
        taken.add(name.casefold())
        out[tag.id] = name
    return out


def fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) split at line breaks, each piece without them (empty pieces dropped)."""
    pieces: list[tuple[int, int]] = []
    s = start
    for i in range(start, end):
        if text[i] == "\n":
            if i > s:
                pieces.append((s, i))
            s = i + 1
    if end > s:
        pieces.append((s, end))
    return pieces or [(start, end)]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def ann_file(
    text: str,
    annotations: list[Annotation],
    types: dict[TagId, str],
    entities: dict[int, str],
) -> str:
    """The ``.ann`` lines for one source's annotations."""
    lines: list[str] = []
    note = 0
    for n, a in enumerate(annotations, start=1):
        pieces = fragments(text, a.start, a.end)
        spans = ";".join(f"{s} {e}" for s, e in pieces)
        quote = " ".join(text[s:e] for s, e in pieces)
        lines.append(f"T{n}\t{types[a.tag_id]} {spans}\t{quote}")
        for kind, value in (
            ("AnnotatorNotes", a.note),
            ("Value", a.value),
            ("Entity", entities.get(int(a.id))),
        ):
            if value and _one_line(value):
                note += 1
                lines.append(f"#{note}\t{kind} T{n}\t{_one_line(value)}")
    return "".join(line + "\n" for line in lines)


def annotation_conf(tags: list[Tag], types: dict[TagId, str]) -> str:
    lines = ["# Recoupe tags as brat entity types", "[entities]", ""]
    lines += [types[t.id] for t in tags]
    lines += ["", "[relations]", "", "[events]", "", "[attributes]", ""]
    return "\n".join(lines)


def visual_conf(tags: list[Tag], types: dict[TagId, str]) -> str:
    lines = ["[labels]", ""]
    lines += [f"{types[t.id]} | {_one_line(t.name)}" for t in tags]
    lines += ["", "[drawing]", ""]
    lines += [f"{types[t.id]}\tbgColor:{t.colour}" for t in tags]
    return "\n".join(lines) + "\n"


def write_brat(store: Store, out: Path, progress: Progress = no_progress) -> None:
    """Write the brat files into the folder ``out`` (or the zip ``out`` if it ends in .zip)."""
    tags = store.tags()
    types = type_names(tags)
    annotations = store.annotations()
    reader = EntityReader(store)
    links = reader.links(a.id for a in annotations)
    names = {e.id: e.name for e in reader.entities(set(links.values()))}
    entities = {int(a): names[e] for a, e in links.items() if e in names}
    by_source: dict[int, list[Annotation]] = defaultdict(list)
    for a in annotations:
        by_source[int(a.source_id)].append(a)
    files: dict[str, bytes] = {}
    sources = store.sources()
    for i, source in enumerate(sources):
        progress(i, len(sources) + 1, source.title)
        stem = _NOT_IN_FILENAME.sub("_", source.title).strip("._")[:60] or "source"
        stem = f"{int(source.id):04d}-{stem}"
        text = store.source_text(source.id)
        files[f"{stem}.txt"] = text.encode("utf-8")
        ann = ann_file(text, by_source.get(int(source.id), []), types, entities)
        files[f"{stem}.ann"] = ann.encode("utf-8")
    files["annotation.conf"] = annotation_conf(tags, types).encode("utf-8")
    files["visual.conf"] = visual_conf(tags, types).encode("utf-8")
    progress(len(sources), len(sources) + 1, Path(out).name)
    write_tree(out, files)
    progress(len(sources) + 1, len(sources) + 1, Path(out).name)

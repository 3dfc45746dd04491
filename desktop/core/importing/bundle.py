"""Reading a project bundle (``export.bundle``) that someone else made, checking all of it.

``read_bundle`` validates the whole bundle before anything is written anywhere:

- the archive itself through ``safe_archive.open_zip`` (zip slip, absolute paths, links,
  too many entries, zip bombs, encrypted or damaged entries);
- a ``manifest.json`` of format ``recoupe-bundle`` whose version this Recoupe reads (a
  newer one is refused with the version of Recoupe it needs);
- only the entries a bundle holds, each listed in the manifest, and every listed file
  present with the SHA-256 the manifest gives (a mismatch names the file);
- the JSON of each part: types, ids, references between parts, each source's original
  bytes matching its SHA-256, its text being UTF-8, each annotation a W3C annotation
  on a source of the bundle with a tag the bundle defines.

A bundle carries no XML, so an XML entry (with or without a DTD) is an unexpected entry.
Then ``import_bundle_new`` makes a new project of it and ``merge_bundle`` merges it into
an open one (``bundle_new``, ``bundle_merge``); both write in one transaction.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from desktop import __version__
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue, RecoupeError
from desktop.core.export import bundle as layout
from desktop.core.export.w3c import MalformedAnnotation, W3CAnnotation, parse_w3c_document
from desktop.core.importing import MAX_FILE_BYTES
from desktop.core.importing.bundle_parts import (
    Checker,
    InvalidBundle,
    check_claims,
    check_entities,
    check_events,
)
from desktop.core.models import AnnotationStatus, DateBasis, TagKind
from desktop.core.safe_archive import Limits, SafeZip, open_zip
from desktop.core.store import Store, check_date

if TYPE_CHECKING:
    from desktop.core.importing.bundle_common import MergeReport
    from desktop.core.importing.bundle_new import NewReport

LIMITS: Final = Limits(max_entry_bytes=256 * 1024**2)
"""A bundle's parts are JSON and sources of at most 50 MB: no entry needs more."""

Progress = Callable[[int, int, str], None]


class ImportCancelled(RecoupeError):
    """The user stopped an import; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "the import was cancelled"))


@dataclass(frozen=True)
class BundleTag:
    name: str
    kind: TagKind
    colour: str
    shortcut: str | None
    builtin: bool
    position: int


@dataclass(frozen=True)
class BundleSource:
    """One source: its record from project.json, original bytes and text."""

    id: int
    sha256: str
    record: dict[str, Any]
    original: bytes
    text: str
    furniture: tuple[tuple[int, int, bool, str, str | None], ...]


@dataclass(frozen=True)
class BundleAnnotation:
    uuid: str
    local_id: int
    source_sha: str
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    tag: BundleTag
    value: str | None
    note: str | None
    status: AnnotationStatus
    basis: DateBasis | None
    created: str | None
    modified: str | None
    history: tuple[str, ...]


@dataclass(frozen=True)
class Bundle:
    """A bundle that passed every check (module doc)."""

    path: Path
    manifest: dict[str, Any]
    project_name: str
    tags: tuple[BundleTag, ...]
    sources: tuple[BundleSource, ...]
    annotations: tuple[BundleAnnotation, ...]
    conflicts: tuple[dict[str, Any], ...]
    entities: dict[str, Any] = field(default_factory=dict)
    events: dict[str, Any] = field(default_factory=dict)
    claims: dict[str, Any] = field(default_factory=dict)

    @property
    def name(self) -> str:
        """The bundle's file name: how imported verdicts and conflicts say where from."""
        return self.path.name

    @property
    def exported_by(self) -> str | None:
        by = self.manifest.get("exported_by")
        return by if isinstance(by, str) and by.strip() else None


# ------------------------------------------------------------------ reading


def _expected(name: str) -> bool:
    fixed = (
        layout.PROJECT,
        layout.ANNOTATIONS,
        layout.ENTITIES,
        layout.EVENTS,
        layout.CLAIMS,
        layout.REPORT,
    )
    return name in fixed or bool(layout.ORIGINAL_RE.match(name) or layout.TEXT_RE.match(name))


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.\-+]", version))


def _manifest(path: Path, archive: SafeZip) -> dict[str, Any]:
    if layout.MANIFEST not in archive.names():
        raise InvalidBundle(
            path,
            QT_TRANSLATE_NOOP("Messages", "not a Recoupe bundle: it has no manifest.json"),
        )
    check = Checker(path, layout.MANIFEST)
    manifest = check.obj(check.json(archive.read(layout.MANIFEST)), "manifest")
    if manifest.get("format") != layout.FORMAT:
        raise InvalidBundle(
            path,
            QT_TRANSLATE_NOOP(
                "Messages", "not a Recoupe bundle: its manifest.json names another format"
            ),
        )
    version = check.integer(manifest, "format_version")
    if version > layout.FORMAT_VERSION:
        app = manifest.get("app_version") if isinstance(manifest.get("app_version"), str) else "?"
        needed = manifest.get("requires")
        if not isinstance(needed, str) or not needed.strip():
            needed = app
        raise InvalidBundle(
            path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "made by Recoupe {app} in bundle format {version}; this Recoupe ({current}) "
                "reads format {known}: update Recoupe to {needed} or later to open it",
            ),
            app=app,
            version=version,
            current=__version__,
            known=layout.FORMAT_VERSION,
            needed=needed,
        )
    if version < 1:
        raise InvalidBundle(
            path,
            QT_TRANSLATE_NOOP("Messages", "its manifest.json gives an unknown format version"),
        )
    files = check.obj(manifest.get("files"), "files")
    for name, digest in files.items():
        if not isinstance(digest, str) or not re.fullmatch(r"[0-9a-f]{64}", digest):
            raise InvalidBundle(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages", "its manifest.json gives no valid SHA-256 for “{entry}”"
                ),
                entry=name,
            )
    return manifest


def _check_entries(path: Path, archive: SafeZip, files: dict[str, str]) -> None:
    present = set(archive.names()) - {layout.MANIFEST}
    for name in archive.names():
        if name != layout.MANIFEST and (not _expected(name) or name not in files):
            raise InvalidBundle(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages", "entry “{entry}” is not a file a Recoupe bundle holds"
                ),
                entry=name,
            )
    for name in files:
        if not _expected(name):
            raise InvalidBundle(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages", "its manifest.json lists “{entry}”, which a bundle cannot hold"
                ),
                entry=name,
            )
        if name not in present:
            raise InvalidBundle(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages", "“{entry}” is listed in its manifest.json but missing"
                ),
                entry=name,
            )
    for required in (layout.PROJECT, layout.ANNOTATIONS):
        if required not in files:
            raise InvalidBundle(
                path,
                QT_TRANSLATE_NOOP("Messages", "it has no {entry}"),
                entry=required,
            )


def _read_files(
    path: Path, archive: SafeZip, files: dict[str, str], progress: Progress
) -> dict[str, bytes]:
    """Every listed file, each checked against the manifest's SHA-256."""
    out: dict[str, bytes] = {}
    names = sorted(files)
    for i, name in enumerate(names):
        progress(i, len(names), name)
        data = archive.read(name)
        if hashlib.sha256(data).hexdigest() != files[name]:
            raise InvalidBundle(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{entry}” does not match the SHA-256 its manifest.json gives: "
                    "the file was changed or damaged",
                ),
                entry=name,
            )
        out[name] = data
    return out


def _tags(check: Checker, project: dict[str, Any]) -> tuple[BundleTag, ...]:
    tags: list[BundleTag] = []
    names: set[str] = set()
    shortcuts: set[str] = set()
    for i, raw in enumerate(check.array(project, "tags")):
        item = check.obj(raw, f"tags[{i}]")
        name = check.text(item, "name").strip()
        colour = check.text(item, "colour")
        shortcut = check.opt_text(item, "shortcut")
        kind = check.choice(item, "kind", [k.value for k in TagKind])
        if not name or name.casefold() in names:
            check.fail_field(f"tags[{i}].name")
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", colour):
            check.fail_field(f"tags[{i}].colour")
        if shortcut is not None and (
            len(shortcut) != 1 or not shortcut.isalnum() or shortcut.upper() in shortcuts
        ):
            check.fail_field(f"tags[{i}].shortcut")
        names.add(name.casefold())
        if shortcut is not None:
            shortcuts.add(shortcut.upper())
        tags.append(
            BundleTag(
                name=name,
                kind=TagKind(kind),
                colour=colour.lower(),
                shortcut=shortcut.upper() if shortcut else None,
                builtin=check.flag(item, "builtin"),
                position=check.integer(item, "position"),
            )
        )
    return tuple(tags)


def _sources(
    check: Checker, project: dict[str, Any], data: dict[str, bytes]
) -> tuple[BundleSource, ...]:
    out: list[BundleSource] = []
    seen: set[str] = set()
    ids: set[int] = set()
    for i, raw in enumerate(check.array(project, "sources")):
        record = check.obj(raw, f"sources[{i}]")
        sha = check.text(record, "sha256")
        sid = check.id(record, "id")
        original_name = check.text(record, "original")
        text_name = check.text(record, "text")
        m = layout.ORIGINAL_RE.match(original_name)
        t = layout.TEXT_RE.match(text_name)
        if sha in seen or sid in ids or not m or m.group(1) != sha:
            check.fail_field(f"sources[{i}].sha256")
        if not t or t.group(1) != sha or original_name not in data or text_name not in data:
            check.fail_field(f"sources[{i}].text")
        seen.add(sha)
        ids.add(sid)
        original = data[original_name]
        if len(original) > MAX_FILE_BYTES or hashlib.sha256(original).hexdigest() != sha:
            raise InvalidBundle(
                check.path,
                QT_TRANSLATE_NOOP(
                    "Messages", "the source file “{entry}” does not have the SHA-256 of its record"
                ),
                entry=original_name,
            )
        try:
            text = data[text_name].decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidBundle(
                check.path,
                QT_TRANSLATE_NOOP("Messages", "“{entry}” is not UTF-8 text"),
                entry=text_name,
            ) from None
        for key in ("filename", "format", "encoding", "imported_at"):
            check.text(record, key)
        if not check.text(record, "title").strip():
            check.fail_field(f"sources[{i}].title")
        check.choice(record, "lang", ("fr", "en"))
        for key in ("url", "published", "published_how"):
            check.opt_text(record, key)
        try:
            check_date(record["published"])
        except InvalidValue:
            check.fail_field(f"sources[{i}].published")
        check.flag(record, "published_confirmed")
        furniture = []
        for j, f in enumerate(check.array(record, "furniture")):
            row = check.obj(f, f"sources[{i}].furniture[{j}]")
            start, end = check.integer(row, "start"), check.integer(row, "end")
            if not 0 <= start < end <= len(text):
                check.fail_field(f"sources[{i}].furniture[{j}]")
            furniture.append(
                (
                    start,
                    end,
                    check.flag(row, "is_furniture"),
                    check.choice(row, "origin", ("auto", "user")),
                    check.opt_text(row, "reason"),
                )
            )
        out.append(BundleSource(sid, sha, record, original, text, tuple(furniture)))
    return tuple(out)


def _uuid_of(iri: str) -> str | None:
    if not iri.startswith("urn:uuid:"):
        return None
    try:
        return str(uuid.UUID(iri[len("urn:uuid:") :]))
    except ValueError:
        return None


def _annotations(
    check: Checker,
    document: Any,
    project: dict[str, Any],
    tags: tuple[BundleTag, ...],
    sources: tuple[BundleSource, ...],
) -> tuple[BundleAnnotation, ...]:
    try:
        parsed: list[W3CAnnotation] = parse_w3c_document(document)
    except MalformedAnnotation as e:
        raise InvalidBundle(check.path, e.template, **e.params) from None
    extras = check.obj(project.get("annotations"), "annotations")
    by_name = {t.name.casefold(): t for t in tags}
    shas = {s.sha256 for s in sources}
    out: list[BundleAnnotation] = []
    seen: set[str] = set()
    ids: set[int] = set()
    for w in parsed:
        ident = _uuid_of(w.id)
        extra = extras.get(ident) if ident is not None else None
        ok = ident is not None and ident not in seen and isinstance(extra, dict)
        ok = ok and w.source_sha256 in shas and w.exact is not None and w.start is not None
        ok = ok and w.end is not None and w.tag_name is not None
        tag = by_name.get((w.tag_name or "").casefold())
        if not ok or tag is None or w.start is None or w.end is None or not w.exact:
            raise InvalidBundle(
                check.path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "annotation “{id}” lacks an id, a source of the bundle, a position, "
                    "a quote or a tag the bundle defines",
                ),
                id=w.id or "?",
            )
        assert ident is not None and isinstance(extra, dict) and w.source_sha256 is not None
        local = check.id(extra, "id")
        basis = check.opt_choice(extra, "basis", [b.value for b in DateBasis])
        history = check.array(extra, "history")
        if local in ids or not all(
            isinstance(v, str) and re.fullmatch(r"[0-9a-f]{8,64}", v) for v in history
        ):
            check.fail_field(f"annotations.{ident}")
        seen.add(ident)
        ids.add(local)
        out.append(
            BundleAnnotation(
                uuid=ident,
                local_id=local,
                source_sha=w.source_sha256,
                start=w.start,
                end=w.end,
                exact=w.exact,
                prefix=w.prefix,
                suffix=w.suffix,
                tag=tag,
                value=w.value,
                note=w.note,
                status=w.status,
                basis=DateBasis(basis) if basis else None,
                created=w.created,
                modified=w.modified,
                history=tuple(sorted(set(history))),
            )
        )
    return tuple(out)


def _conflicts(
    check: Checker, project: dict[str, Any], known: set[str]
) -> tuple[dict[str, Any], ...]:
    out = []
    for i, raw in enumerate(check.array(project, "conflicts")):
        item = check.obj(raw, f"conflicts[{i}]")
        ours, theirs = check.text(item, "ours"), check.text(item, "theirs")
        if ours not in known or theirs not in known or ours == theirs:
            check.fail_field(f"conflicts[{i}]")
        check.text(item, "bundle")
        check.opt_text(item, "other_by")
        check.text(item, "created")
        out.append(item)
    return tuple(out)


def read_bundle(path: Path, *, progress: Progress | None = None) -> Bundle:
    """The checked contents of the bundle at ``path``; InvalidBundle or UnsafeArchive
    (naming the file and the reason) when anything is wrong. Writes nothing."""
    path = Path(path)
    report = progress or (lambda done, total, what: None)
    with open_zip(path, limits=LIMITS) as archive:
        manifest = _manifest(path, archive)
        files: dict[str, str] = manifest["files"]
        _check_entries(path, archive, files)
        data = _read_files(path, archive, files, report)
    project_check = Checker(path, layout.PROJECT)
    project = project_check.obj(project_check.json(data[layout.PROJECT]), "project")
    tags = _tags(project_check, project)
    sources = _sources(project_check, project, data)
    annotations_check = Checker(path, layout.ANNOTATIONS)
    document = annotations_check.json(data[layout.ANNOTATIONS])
    annotations = _annotations(annotations_check, document, project, tags, sources)
    known = {a.uuid for a in annotations}
    conflicts = _conflicts(project_check, project, known)
    parts: dict[str, dict[str, Any]] = {}
    for name, checker in (
        (layout.ENTITIES, check_entities),
        (layout.EVENTS, check_events),
        (layout.CLAIMS, check_claims),
    ):
        if name in data:
            check = Checker(path, name)
            parts[name] = checker(check, check.obj(check.json(data[name]), name), known)
    return Bundle(
        path=path,
        manifest=manifest,
        project_name=project_check.text(project, "name"),
        tags=tags,
        sources=sources,
        annotations=annotations,
        conflicts=conflicts,
        entities=parts.get(layout.ENTITIES, {"entities": [], "history": []}),
        events=parts.get(layout.EVENTS, {"events": []}),
        claims=parts.get(layout.CLAIMS, {}),
    )


def import_bundle_new(
    bundle_path: Path,
    project_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> NewReport:
    """Make a new project at ``project_path`` from a bundle (``bundle_new``)."""
    from desktop.core.importing.bundle_new import import_new

    return import_new(bundle_path, project_path, progress=progress, cancelled=cancelled)


def merge_bundle(
    store: Store,
    bundle_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    who: str | None = None,
) -> MergeReport:
    """Merge a bundle into an open project in one transaction (``bundle_merge``).

    ``who`` is the name the claim changes are audited under (default: the OS user).
    """
    from desktop.core.importing.bundle_merge import merge

    return merge(store, bundle_path, progress=progress, cancelled=cancelled, who=who)

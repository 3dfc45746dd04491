"""The project file: one SQLite database, one method per user-visible change.

Every write runs in one transaction and returns a ``Change`` naming what it touched.
Ids are stable: restoring a deleted row puts back the same id.
"""

from __future__ import annotations

import enum
import hashlib
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Final

from sqlite_utils import Database

from desktop.core import anchoring, backups, project_file, search
from desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    DuplicateSource,
    InvalidValue,
    NotFound,
    ProjectError,
    RecoupeError,
)
from desktop.core.migrations import migrations
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    Change,
    ChangeKind,
    DateBasis,
    ImportedSource,
    NewSuggestion,
    SearchHit,
    Source,
    SourceId,
    SourceSnapshot,
    Tag,
    TagId,
    TagKind,
    TagSnapshot,
)
from desktop.core.project_lock import ProjectLock
from desktop.core.rows import (
    ANNOTATION_COLUMNS,
    SOURCE_COLUMNS,
    annotation_row,
    source_row,
    tag_row,
)
from desktop.core.search import SearchPager

PROJECT_SUFFIX: Final = ".recoupe"
SQLITE_HEADER: Final = b"SQLite format 3\x00"
_COLOUR_RE: Final = re.compile(r"^#[0-9a-fA-F]{6}$")
_TEXT_CACHE: Final = 4


class _Unset(enum.Enum):
    UNSET = enum.auto()


UNSET: Final = _Unset.UNSET


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_date(value: str | None) -> str | None:
    """A publication date is blank or a real calendar day written YYYY-MM-DD."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        date.fromisoformat(value)
        written_in_full = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) is not None
    except ValueError:
        written_in_full = False
    if not written_in_full:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "“{value}” is not a date: write it as YYYY-MM-DD"),
            value=value,
        )
    return value


def check_range(length: int, start: int, end: int) -> None:
    """Raise InvalidValue unless [start, end) is a non-empty passage of a text this long."""
    try:
        anchoring.check_range_length(length, start, end)
    except ValueError:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "range {start}–{end} is outside the text (0–{length})"),
            start=start,
            end=end,
            length=length,
        ) from None


def _no_source(source_id: SourceId) -> NotFound:
    return NotFound(QT_TRANSLATE_NOOP("Messages", "no source {source_id}"), source_id=source_id)


def _no_annotation(annotation_id: AnnotationId) -> NotFound:
    return NotFound(
        QT_TRANSLATE_NOOP("Messages", "no annotation {annotation_id}"), annotation_id=annotation_id
    )


class Store:
    """An open project file."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        """Opened with ``mode=ro``: every write raises ProjectReadOnly before it starts."""
        db_class = project_file.ReadOnlyDatabase if read_only else Database
        self.db = db_class(conn, execute_plugins=False)
        self.lock: ProjectLock | None = None
        """The project's write lock when it was opened with ``lock=True`` (released on close)."""
        self.backup: backups.Backup | None = None
        """The backup taken when this store was opened, if one was."""
        self.backup_problem: RecoupeError | None = None
        """Why no backup could be taken on opening (the project opened all the same)."""
        # A source's text never changes after import: keep the last few read, and their
        # folded forms for search (ids are never reused, so a cached entry cannot go stale).
        self._texts: dict[SourceId, str] = {}
        self._folded: dict[SourceId, tuple[str, Sequence[int]]] = {}

    # ----------------------------------------------------------------- lifecycle

    @classmethod
    def create(cls, path: str | Path, *, name: str | None = None, lock: bool = False) -> Store:
        """Make a new, empty project at path; refuses to overwrite an existing file."""
        path = Path(path)
        if path.exists():
            raise ProjectError(
                str(path), QT_TRANSLATE_NOOP("Messages", "a file already exists there")
            )
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ProjectError(
                str(path),
                QT_TRANSLATE_NOOP("Messages", "cannot create the folder ({error})"),
                error=e.strerror or str(e),
            ) from e
        store = cls._connect(path, lock=ProjectLock.acquire(path) if lock else None)
        with store.db.atomic():
            store.db.conn.executemany(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                [("name", name or path.stem), ("created", now())],
            )
        return store

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        read_only: bool = False,
        lock: bool = False,
        keep_backups: int | None = None,
    ) -> Store:
        """Open an existing project, upgrading its schema if it is from an older version.

        ``read_only``: ``mode=ro``, no lock, no upgrade; writes raise ProjectReadOnly.
        ``lock``: take the project's write lock first (ProjectLocked if another Recoupe
        has it; a crashed one's is cleared). ``keep_backups``: the app opening the project
        for the user: check the file is sound (ProjectDamaged if not) and take a rotating
        backup keeping that many. Whatever the options, an upgrade is preceded by a backup.
        """
        path = Path(path)
        project_file.check_header(path)
        if read_only:
            return cls._connect(path, read_only=True)
        held = ProjectLock.acquire(path) if lock else None
        return cls._connect(path, lock=held, keep_backups=keep_backups)

    @classmethod
    def open_or_create(cls, path: str | Path, *, lock: bool = False) -> Store:
        path = Path(path)
        return cls.open(path, lock=lock) if path.exists() else cls.create(path, lock=lock)

    @classmethod
    def _connect(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        lock: ProjectLock | None = None,
        keep_backups: int | None = None,
    ) -> Store:
        try:
            conn = project_file.connect(path, read_only=read_only)
            store = cls(path, conn, read_only=read_only)
            store.lock = lock
            try:
                store._migrate(keep_backups)
            except sqlite3.DatabaseError as e:  # a page of the schema or a table unreadable
                conn.close()
                raise project_file.damaged(path, e) from e
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return store

    def _migrate(self, keep_backups: int | None = None) -> None:
        state = project_file.schema_state(self.db)
        project_file.refuse_newer(self.db, self.path, state)
        if self.read_only:
            project_file.refuse_upgrade_read_only(self.path, state)
            return
        if keep_backups is not None and not state.is_new:
            project_file.check_sound(self.db.conn, self.path)
        if keep_backups is not None and not state.is_new and not state.pending:
            try:
                self.backup = backups.take_on_open(self.db.conn, self.path, keep=keep_backups)
            except RecoupeError as e:
                self.backup_problem = e
        if state.pending and not state.is_new:
            try:
                self.backup = backups.take(
                    self.db.conn, self.path, backups.BackupKind.BEFORE_UPGRADE
                )
            except RecoupeError as e:
                raise ProjectError(
                    str(self.path),
                    QT_TRANSLATE_NOOP(
                        "Messages", "not upgraded, because no backup could be made first: {error}"
                    ),
                    error=e.reason,
                ) from e
            backups.rotate(self.path, keep=keep_backups)
        try:
            migrations.apply(self.db)
            project_file.record_version(self.db)
        except sqlite3.DatabaseError as e:
            raise ProjectError(
                str(self.path),
                QT_TRANSLATE_NOOP("Messages", "cannot upgrade the project ({error})"),
                error=str(e),
            ) from e

    def close(self) -> None:
        self._texts.clear()
        self._folded.clear()
        self.db.conn.close()
        if self.lock is not None:
            self.lock.release()

    @property
    def name(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'name'").fetchone()
        return str(row[0]) if row and row[0] else self.path.stem

    def applied_migrations(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    @contextmanager
    def _write(self) -> Iterator[Database]:
        with self.db.atomic() as db:
            yield db

    # ---------------------------------------------------------------------- tags

    def tags(self) -> list[Tag]:
        rows = self.db.execute(
            "SELECT id, name, kind, colour, shortcut, builtin, position FROM tags "
            "ORDER BY position, id"
        ).fetchall()
        return [tag_row(r) for r in rows]

    def tag(self, tag_id: TagId) -> Tag:
        row = self.db.execute(
            "SELECT id, name, kind, colour, shortcut, builtin, position FROM tags WHERE id = ?",
            [tag_id],
        ).fetchone()
        if row is None:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "no tag {tag_id}"), tag_id=tag_id)
        return tag_row(row)

    def tag_named(self, name: str) -> Tag:
        """The tag with this name (case-insensitive) or, failing that, this kind."""
        for t in self.tags():
            if t.name.casefold() == name.casefold():
                return t
        for t in self.tags():
            if t.builtin and t.kind.value == name.casefold():
                return t
        raise NotFound(QT_TRANSLATE_NOOP("Messages", "no tag named “{tag}”"), tag=name)

    def _check_tag_fields(
        self, name: str, colour: str, shortcut: str | None, tag_id: TagId | None
    ) -> tuple[str, str, str | None]:
        name = name.strip()
        if not name:
            raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "a tag needs a name"))
        if not _COLOUR_RE.match(colour):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "“{colour}” is not a colour: write it as #rrggbb"),
                colour=colour,
            )
        if shortcut is not None:
            shortcut = shortcut.strip().upper() or None
        if shortcut is not None and not (len(shortcut) == 1 and shortcut.isalnum()):
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "“{key}” is not a shortcut: use one letter or digit"),
                key=shortcut,
            )
        for t in self.tags():
            if t.id == tag_id:
                continue
            if t.name.casefold() == name.casefold():
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "there is already a tag named “{tag}”"),
                    tag=t.name,
                )
            if shortcut is not None and t.shortcut == shortcut:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "the key {key} already tags “{tag}”"),
                    key=shortcut,
                    tag=t.name,
                )
        return name, colour.lower(), shortcut

    def add_tag(
        self,
        *,
        name: str,
        colour: str,
        shortcut: str | None = None,
        kind: TagKind = TagKind.USER,
        tag_id: TagId | None = None,
        position: int | None = None,
    ) -> Change:
        name, colour, shortcut = self._check_tag_fields(name, colour, shortcut, None)
        with self._write() as db:
            if position is None:
                row = db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM tags").fetchone()
                position = int(row[0])
            cur = db.execute(
                "INSERT INTO tags(id, name, kind, colour, shortcut, builtin, position) "
                "VALUES (?, ?, ?, ?, ?, 0, ?)",
                [tag_id, name, kind.value, colour, shortcut, position],
            )
            new_id = TagId(int(cur.lastrowid or 0))
        return Change(ChangeKind.TAGS_CHANGED, tag_ids=(new_id,))

    def update_tag(
        self,
        tag_id: TagId,
        *,
        name: str | _Unset = UNSET,
        colour: str | _Unset = UNSET,
        shortcut: str | None | _Unset = UNSET,
    ) -> Change:
        old = self.tag(tag_id)
        new_name, new_colour, new_shortcut = self._check_tag_fields(
            old.name if isinstance(name, _Unset) else name,
            old.colour if isinstance(colour, _Unset) else colour,
            old.shortcut if isinstance(shortcut, _Unset) else shortcut,
            tag_id,
        )
        with self._write() as db:
            db.execute(
                "UPDATE tags SET name = ?, colour = ?, shortcut = ? WHERE id = ?",
                [new_name, new_colour, new_shortcut, tag_id],
            )
        return Change(ChangeKind.TAGS_CHANGED, tag_ids=(tag_id,))

    def tag_snapshot(self, tag_id: TagId) -> TagSnapshot:
        return TagSnapshot(self.tag(tag_id), tuple(self.annotations(tag_id=tag_id)))

    def delete_tag(self, tag_id: TagId) -> Change:
        """Remove a user tag and every annotation made with it."""
        tag = self.tag(tag_id)
        if tag.builtin:
            raise InvalidValue(
                QT_TRANSLATE_NOOP("Messages", "“{tag}” is built in and cannot be deleted"),
                tag=tag.name,
            )
        with self._write() as db:
            source_ids = [
                SourceId(r[0])
                for r in db.execute(
                    "SELECT DISTINCT source_id FROM annotations WHERE tag_id = ?", [tag_id]
                )
            ]
            db.execute("DELETE FROM tags WHERE id = ?", [tag_id])
        return Change(ChangeKind.TAGS_CHANGED, source_ids=tuple(source_ids), tag_ids=(tag_id,))

    def restore_tag(self, snapshot: TagSnapshot) -> Change:
        t = snapshot.tag
        with self._write() as db:
            db.execute(
                "INSERT INTO tags(id, name, kind, colour, shortcut, builtin, position) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [t.id, t.name, t.kind.value, t.colour, t.shortcut, int(t.builtin), t.position],
            )
            self._insert_annotations(snapshot.annotations)
        return Change(
            ChangeKind.TAGS_CHANGED,
            source_ids=tuple({a.source_id for a in snapshot.annotations}),
            tag_ids=(t.id,),
        )

    # ------------------------------------------------------------------- sources

    def sources(self) -> list[Source]:
        rows = self.db.execute(f"SELECT {SOURCE_COLUMNS} FROM sources ORDER BY id").fetchall()
        return [source_row(r) for r in rows]

    def source(self, source_id: SourceId) -> Source:
        row = self.db.execute(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE id = ?", [source_id]
        ).fetchone()
        if row is None:
            raise _no_source(source_id)
        return source_row(row)

    def source_text(self, source_id: SourceId) -> str:
        text = self._texts.get(source_id)
        if text is None:
            row = self.db.execute("SELECT text FROM sources WHERE id = ?", [source_id]).fetchone()
            if row is None:
                raise _no_source(source_id)
            text = str(row[0])
            if len(self._texts) >= _TEXT_CACHE:
                self._texts.pop(next(iter(self._texts)))
            self._texts[source_id] = text
        return text

    def text_around(
        self, source_id: SourceId, start: int, end: int, *, margin: int = 64
    ) -> tuple[str, int, int]:
        """Text of [start - margin, end + margin) with its start offset and the text's length."""
        text = self.source_text(source_id)
        lo = max(0, start - margin)
        return text[lo : max(lo, end + margin)], lo, len(text)

    def source_original(self, source_id: SourceId) -> bytes:
        row = self.db.execute(
            "SELECT original FROM source_originals WHERE source_id = ?", [source_id]
        ).fetchone()
        if row is None:
            raise _no_source(source_id)
        return bytes(row[0])

    def source_with_sha(self, digest: str) -> Source | None:
        row = self.db.execute(
            f"SELECT {SOURCE_COLUMNS} FROM sources WHERE sha256 = ?", [digest]
        ).fetchone()
        return source_row(row) if row else None

    def annotation_counts(self) -> dict[SourceId, int]:
        """Accepted annotations per source."""
        rows = self.db.execute(
            "SELECT source_id, COUNT(*) FROM annotations WHERE status = 'accepted' "
            "GROUP BY source_id"
        )
        return {SourceId(r[0]): int(r[1]) for r in rows}

    def add_source(self, imported: ImportedSource, *, source_id: SourceId | None = None) -> Change:
        """Add an imported file; raises DuplicateSource if the same bytes are already here."""
        digest = sha256(imported.original)
        existing = self.source_with_sha(digest)
        if existing is not None:
            raise DuplicateSource(imported.filename, existing.id, existing.title)
        published = check_date(imported.published)
        with self._write() as db:
            cur = db.execute(
                "INSERT INTO sources(id, title, url, published, published_how, "
                "published_confirmed, imported_at, sha256, filename, format, encoding, lang, "
                "size, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    source_id,
                    imported.title,
                    imported.url,
                    published,
                    imported.published_how if published else None,
                    int(imported.published_confirmed),
                    now(),
                    digest,
                    imported.filename,
                    imported.format,
                    imported.encoding,
                    imported.lang,
                    len(imported.original),
                    imported.text,
                ],
            )
            new_id = SourceId(int(cur.lastrowid or 0))
            db.execute(
                "INSERT INTO source_originals(source_id, original) VALUES (?, ?)",
                [new_id, imported.original],
            )
        return Change(ChangeKind.SOURCE_ADDED, source_ids=(new_id,))

    def update_source(
        self,
        source_id: SourceId,
        *,
        title: str | _Unset = UNSET,
        url: str | None | _Unset = UNSET,
        published: str | None | _Unset = UNSET,
        published_confirmed: bool | _Unset = UNSET,
        lang: str | _Unset = UNSET,
    ) -> Change:
        self.source(source_id)
        fields: dict[str, Any] = {}
        if not isinstance(title, _Unset):
            if not title.strip():
                raise InvalidValue(QT_TRANSLATE_NOOP("Messages", "a source needs a title"))
            fields["title"] = title.strip()
        if not isinstance(url, _Unset):
            fields["url"] = (url or "").strip() or None
        if not isinstance(published, _Unset):
            fields["published"] = check_date(published)
            fields["published_how"] = "user" if fields["published"] else None
            fields["published_confirmed"] = 1 if fields["published"] else 0
        if not isinstance(published_confirmed, _Unset):
            fields["published_confirmed"] = int(published_confirmed)
        if not isinstance(lang, _Unset):
            if lang not in ("fr", "en"):
                raise InvalidValue(
                    QT_TRANSLATE_NOOP(
                        "Messages", "“{lang}” is not a language Recoupe reads (fr, en)"
                    ),
                    lang=lang,
                )
            fields["lang"] = lang
        if fields:
            sets = ", ".join(f"{k} = ?" for k in fields)
            with self._write() as db:
                db.execute(f"UPDATE sources SET {sets} WHERE id = ?", [*fields.values(), source_id])
        return Change(ChangeKind.SOURCE_UPDATED, source_ids=(source_id,))

    def restore_source_fields(self, source: Source) -> Change:
        """Put back a source's editable properties as they were in ``source``."""
        with self._write() as db:
            db.execute(
                "UPDATE sources SET title = ?, url = ?, published = ?, published_how = ?, "
                "published_confirmed = ?, lang = ? WHERE id = ?",
                [
                    source.title,
                    source.url,
                    source.published,
                    source.published_how,
                    int(source.published_confirmed),
                    source.lang,
                    source.id,
                ],
            )
        return Change(ChangeKind.SOURCE_UPDATED, source_ids=(source.id,))

    def source_snapshot(self, source_id: SourceId) -> SourceSnapshot:
        cur = self.db.execute("SELECT * FROM sources WHERE id = ?", [source_id])
        row = cur.fetchone()
        if row is None:
            raise _no_source(source_id)
        columns = [d[0] for d in cur.description]
        data = dict(zip(columns, row, strict=True))
        text = str(data.pop("text"))
        return SourceSnapshot(
            row=data,
            original=self.source_original(source_id),
            text=text,
            annotations=tuple(self.annotations(source_id=source_id, status=None)),
            furniture=tuple(
                tuple(r)
                for r in self.db.execute(
                    'SELECT id, source_id, start, "end", is_furniture, origin, reason '
                    "FROM furniture WHERE source_id = ? ORDER BY id",
                    [source_id],
                )
            ),
        )

    def delete_source(self, source_id: SourceId) -> Change:
        """Remove a source with its annotations."""
        self.source(source_id)
        with self._write() as db:
            db.execute("DELETE FROM sources WHERE id = ?", [source_id])
        self._folded.pop(source_id, None)
        self._texts.pop(source_id, None)
        return Change(ChangeKind.SOURCE_REMOVED, source_ids=(source_id,))

    def restore_source(self, snapshot: SourceSnapshot) -> Change:
        row = dict(snapshot.row)
        row["text"] = snapshot.text
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with self._write() as db:
            db.execute(f"INSERT INTO sources({columns}) VALUES ({marks})", list(row.values()))
            db.execute(
                "INSERT INTO source_originals(source_id, original) VALUES (?, ?)",
                [row["id"], snapshot.original],
            )
            self._insert_annotations(snapshot.annotations)
            db.conn.executemany(
                'INSERT INTO furniture(id, source_id, start, "end", is_furniture, origin, reason) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                snapshot.furniture,
            )
        return Change(ChangeKind.SOURCE_ADDED, source_ids=(SourceId(int(str(row["id"]))),))

    # --------------------------------------------------------------- annotations

    def annotation(self, annotation_id: AnnotationId) -> Annotation:
        row = self.db.execute(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE id = ?", [annotation_id]
        ).fetchone()
        if row is None:
            raise _no_annotation(annotation_id)
        return annotation_row(row)

    def annotations(
        self,
        *,
        source_id: SourceId | None = None,
        tag_id: TagId | None = None,
        status: AnnotationStatus | None = AnnotationStatus.ACCEPTED,
        ids: Iterable[AnnotationId] | None = None,
    ) -> list[Annotation]:
        """Annotations in source order; status None means every status."""
        where: list[str] = []
        params: list[object] = []
        if source_id is not None:
            where.append("source_id = ?")
            params.append(source_id)
        if tag_id is not None:
            where.append("tag_id = ?")
            params.append(tag_id)
        if status is not None:
            where.append("status = ?")
            params.append(status.value)
        if ids is not None:
            id_list = list(ids)
            where.append(f"id IN ({', '.join('?' for _ in id_list)})")
            params.extend(id_list)
        sql = f"SELECT {ANNOTATION_COLUMNS} FROM annotations"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += ' ORDER BY source_id, start, "end" DESC, id'
        return [annotation_row(r) for r in self.db.execute(sql, params)]

    def add_annotation(
        self,
        *,
        source_id: SourceId,
        start: int,
        end: int,
        tag_id: TagId,
        value: str | None = None,
        note: str | None = None,
        status: AnnotationStatus = AnnotationStatus.ACCEPTED,
        basis: DateBasis | None = None,
        annotation_id: AnnotationId | None = None,
    ) -> Change:
        """Tag [start, end) of a source's text; the quote and context are taken from it."""
        window, offset, length = self.text_around(
            source_id, start, end, margin=anchoring.CONTEXT_CHARS
        )
        self.tag(tag_id)
        check_range(length, start, end)
        sel = anchoring.selector_for(window, start - offset, end - offset)
        stamp = now()
        with self._write() as db:
            cur = db.execute(
                f"INSERT INTO annotations({ANNOTATION_COLUMNS}) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    annotation_id,
                    source_id,
                    tag_id,
                    start,
                    end,
                    sel.quote,
                    sel.prefix,
                    sel.suffix,
                    _blank_to_none(value),
                    _blank_to_none(note),
                    status.value,
                    stamp,
                    stamp,
                    basis.value if basis else None,
                ],
            )
            new_id = AnnotationId(int(cur.lastrowid or 0))
        return Change(
            ChangeKind.ANNOTATIONS_ADDED, source_ids=(source_id,), annotation_ids=(new_id,)
        )

    def update_annotation(
        self,
        annotation_id: AnnotationId,
        *,
        value: str | None | _Unset = UNSET,
        note: str | None | _Unset = UNSET,
        tag_id: TagId | _Unset = UNSET,
        status: AnnotationStatus | _Unset = UNSET,
        basis: DateBasis | None | _Unset = UNSET,
    ) -> Change:
        old = self.annotation(annotation_id)
        fields: dict[str, Any] = {}
        if not isinstance(value, _Unset):
            fields["value"] = _blank_to_none(value)
        if not isinstance(note, _Unset):
            fields["note"] = _blank_to_none(note)
        if not isinstance(tag_id, _Unset):
            self.tag(tag_id)
            fields["tag_id"] = tag_id
        if not isinstance(status, _Unset):
            fields["status"] = status.value
        if not isinstance(basis, _Unset):
            fields["basis"] = basis.value if basis else None
        if fields:
            fields["modified"] = now()
            sets = ", ".join(f"{k} = ?" for k in fields)
            with self._write() as db:
                db.execute(
                    f"UPDATE annotations SET {sets} WHERE id = ?", [*fields.values(), annotation_id]
                )
        return Change(
            ChangeKind.ANNOTATIONS_UPDATED,
            source_ids=(old.source_id,),
            annotation_ids=(annotation_id,),
        )

    def delete_annotations(self, annotation_ids: Iterable[AnnotationId]) -> Change:
        ids = list(annotation_ids)
        found = self.annotations(ids=ids, status=None)
        if len(found) != len(set(ids)):
            missing = set(ids) - {a.id for a in found}
            raise _no_annotation(sorted(missing)[0])
        with self._write() as db:
            db.execute(f"DELETE FROM annotations WHERE id IN ({', '.join('?' for _ in ids)})", ids)
        return Change(
            ChangeKind.ANNOTATIONS_REMOVED,
            source_ids=tuple(sorted({a.source_id for a in found})),
            annotation_ids=tuple(a.id for a in found),
        )

    def restore_annotations(self, annotations: Iterable[Annotation]) -> Change:
        """Put back deleted annotations exactly as they were, with their ids."""
        items = tuple(annotations)
        with self._write():
            self._insert_annotations(items)
        return Change(
            ChangeKind.ANNOTATIONS_ADDED,
            source_ids=tuple(sorted({a.source_id for a in items})),
            annotation_ids=tuple(a.id for a in items),
        )

    def restore_annotation_fields(self, annotation: Annotation) -> Change:
        """Put back an annotation's value, note, tag, status and basis as in ``annotation``."""
        with self._write() as db:
            db.execute(
                "UPDATE annotations SET value = ?, note = ?, tag_id = ?, status = ?, "
                "modified = ?, basis = ? WHERE id = ?",
                [
                    annotation.value,
                    annotation.note,
                    annotation.tag_id,
                    annotation.status.value,
                    annotation.modified,
                    annotation.basis.value if annotation.basis else None,
                    annotation.id,
                ],
            )
        return Change(
            ChangeKind.ANNOTATIONS_UPDATED,
            source_ids=(annotation.source_id,),
            annotation_ids=(annotation.id,),
        )

    def add_suggestions(self, source_id: SourceId, items: Sequence[NewSuggestion]) -> Change:
        """Add suggested annotations to one source in one transaction."""
        if not items:
            return Change(ChangeKind.ANNOTATIONS_ADDED, source_ids=(source_id,))
        text = self.source_text(source_id)
        stamp = now()
        ids: list[AnnotationId] = []
        with self._write() as db:
            for item in items:
                sel = anchoring.selector_for(text, item.start, item.end)
                cur = db.execute(
                    f"INSERT INTO annotations({ANNOTATION_COLUMNS}) "
                    "VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'suggested', ?, ?, ?)",
                    [
                        source_id,
                        item.tag_id,
                        item.start,
                        item.end,
                        sel.quote,
                        sel.prefix,
                        sel.suffix,
                        item.value,
                        stamp,
                        stamp,
                        item.basis.value if item.basis else None,
                    ],
                )
                ids.append(AnnotationId(int(cur.lastrowid or 0)))
        return Change(
            ChangeKind.ANNOTATIONS_ADDED, source_ids=(source_id,), annotation_ids=tuple(ids)
        )

    def set_status(
        self, annotation_ids: Sequence[AnnotationId], status: AnnotationStatus
    ) -> Change:
        """Accept or reject several annotations in one transaction."""
        found = self.annotations(ids=annotation_ids, status=None)
        if not found:
            return Change(ChangeKind.ANNOTATIONS_UPDATED)
        marks = ", ".join("?" for _ in found)
        with self._write() as db:
            db.execute(
                f"UPDATE annotations SET status = ?, modified = ? WHERE id IN ({marks})",
                [status.value, now(), *(a.id for a in found)],
            )
        return Change(
            ChangeKind.ANNOTATIONS_UPDATED,
            source_ids=tuple(sorted({a.source_id for a in found})),
            annotation_ids=tuple(a.id for a in found),
        )

    def restore_many_fields(self, annotations: Sequence[Annotation]) -> Change:
        """restore_annotation_fields for several annotations, in one transaction."""
        with self._write():
            changes = [self.restore_annotation_fields(a) for a in annotations]
        return Change(
            ChangeKind.ANNOTATIONS_UPDATED,
            source_ids=tuple(sorted({s for c in changes for s in c.source_ids})),
            annotation_ids=tuple(a.id for a in annotations),
        )

    def _insert_annotations(self, items: Iterable[Annotation]) -> None:
        self.db.conn.executemany(
            f"INSERT INTO annotations({ANNOTATION_COLUMNS}) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    a.id,
                    a.source_id,
                    a.tag_id,
                    a.start,
                    a.end,
                    a.quote,
                    a.prefix,
                    a.suffix,
                    a.value,
                    a.note,
                    a.status.value,
                    a.created,
                    a.modified,
                    a.basis.value if a.basis else None,
                )
                for a in items
            ],
        )

    # -------------------------------------------------------------------- search

    def search(self, query: str, *, limit: int = 200, per_source: int = 50) -> list[SearchHit]:
        """Passages matching every word of query, accent- and case-insensitive.

        A query in double quotes matches as a phrase. Words match at the start of words
        ("retrait" finds "retraits"); words found close together make one hit. Sources come
        best first, hits in text order.
        """
        return search.find_hits(
            self.db,
            query,
            text_of=self.source_text,
            fold_of=self._fold,
            limit=limit,
            per_source=per_source,
        )

    def search_pages(self, query: str, *, per_source: int = 50) -> SearchPager:
        """The same hits as search(), computed a page at a time as they are asked for."""
        return SearchPager(
            self.db, query, text_of=self.source_text, fold_of=self._fold, per_source=per_source
        )

    def _fold(self, source_id: SourceId, text: str) -> tuple[str, Sequence[int]]:
        # A source's text never changes after import, so its folded form can be kept.
        cached = self._folded.get(source_id)
        if cached is None:
            cached = anchoring.fold(text)
            if len(self._folded) > 64:
                self._folded.pop(next(iter(self._folded)))
            self._folded[source_id] = cached
        return cached


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    return value if value.strip() else None

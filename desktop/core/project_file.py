"""What a project file is, how it is opened, and which Recoupe a file needs.

``Store.open`` runs these steps: the file is there and starts like an SQLite database
(``check_header``), a connection opens (``connect``; read-only ones with ``mode=ro``), the
schema is one this Recoupe knows (``schema_state``: a file from a newer Recoupe is refused
with the version it needs), the file is sound (``check_sound``, when the app opens it for
the user), a backup is taken, and pending migrations run.

A file records the oldest Recoupe that can open it (meta key ``recoupe_version_needed``),
written by the Recoupe that upgraded it; an older Recoupe reads it to say which version to
install. ``SCHEMA_RELEASES`` says which release introduced each schema step.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlite_utils import Database

from desktop import __version__
from desktop.core.errors import QT_TRANSLATE_NOOP, ProjectError, RecoupeError
from desktop.core.migrations import SCHEMA_SET, known_migration_names

SQLITE_HEADER: Final = b"SQLite format 3\x00"
MIGRATIONS_TABLE: Final = "_sqlite_migrations"
VERSION_KEY: Final = "recoupe_version_needed"

SCHEMA_RELEASES: Final[dict[str, str]] = {
    "0001_initial": "0.1.0",
    "0002_annotation_counts_index": "0.1.0",
    "0003_annotation_basis": "0.1.0",
    "0004_events": "0.1.0",
    "0005_entities": "0.1.0",
    "0006_furniture": "0.1.0",
}
"""Schema step -> the Recoupe release that introduced it. A step not listed yet ships with
the version being developed (``desktop.__version__``): add it here when releasing."""


class NotAProject(ProjectError):
    """The file is not a Recoupe project (another kind of file, or another SQLite database)."""


class ProjectNotWritable(ProjectError):
    """The file, or its folder, cannot be written: it can still be opened read-only."""


class ProjectDamaged(ProjectError):
    """The file looks like a project but SQLite cannot read it soundly."""


class NewerProject(ProjectError):
    """The file was written by a newer Recoupe; ``needed`` is the version it asks for."""

    def __init__(self, path: str, *, needed: str | None, step: str) -> None:
        self.needed = needed
        if needed is None:
            super().__init__(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "made by a newer version of Recoupe (schema step {step}); "
                    "update Recoupe to open it",
                ),
                step=step,
            )
        else:
            super().__init__(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "made by a newer version of Recoupe: it needs Recoupe {needed} or later "
                    "(this is Recoupe {current})",
                ),
                needed=needed,
                current=__version__,
            )


class ProjectReadOnly(RecoupeError):
    """A change was asked of a project opened read-only."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages", "the project is open read-only: nothing can be changed in it"
            )
        )


class ReadOnlyDatabase(Database):
    """A Database whose write transactions are refused before they start."""

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        raise ProjectReadOnly()
        yield self  # pragma: no cover - a generator for contextmanager


def version_needed(steps: list[str]) -> str:
    """The oldest Recoupe that knows every one of these schema steps."""
    versions = [SCHEMA_RELEASES.get(s, __version__) for s in steps] or [__version__]
    return max(versions, key=_version_key)


def _version_key(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(c for c in part if c.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


# -------------------------------------------------------------------- opening


def check_header(path: Path) -> None:
    """Raise ProjectError unless path is a readable file that starts like SQLite."""
    if not path.exists():
        raise ProjectError(str(path), QT_TRANSLATE_NOOP("Messages", "no such file"))
    if path.is_dir():
        raise ProjectError(
            str(path), QT_TRANSLATE_NOOP("Messages", "this is a folder, not a project file")
        )
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as e:
        raise ProjectError(
            str(path),
            QT_TRANSLATE_NOOP("Messages", "cannot read the file ({error})"),
            error=e.strerror or str(e),
        ) from e
    if header != SQLITE_HEADER:
        raise NotAProject(
            str(path),
            QT_TRANSLATE_NOOP("Messages", "not a Recoupe project (not an SQLite database)"),
        )


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection set up for Recoupe; raises ProjectDamaged or NotAProject.

    Writers use WAL with synchronous FULL: a committed edit survives a crash of the app and
    of the machine. Read-only connections (``mode=ro``) change nothing, not even the mode.
    """
    if not read_only and path.exists() and not os.access(path, os.W_OK):
        raise ProjectNotWritable(
            str(path),
            QT_TRANSLATE_NOOP(
                "Messages",
                "the file cannot be written (it is read-only); it can be opened read-only",
            ),
        )
    conn: sqlite3.Connection | None = None
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
            conn.execute("PRAGMA query_only = ON")
        else:
            conn = sqlite3.connect(str(path), timeout=5.0)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as e:
        if conn is not None:
            conn.close()
        raise damaged(path, e) from e
    if tables and MIGRATIONS_TABLE not in tables:
        conn.close()
        raise NotAProject(
            str(path),
            QT_TRANSLATE_NOOP("Messages", "an SQLite database, but not a Recoupe project"),
        )
    return conn


def damaged(path: Path, error: sqlite3.DatabaseError) -> ProjectDamaged:
    """The error for a file SQLite fails to read while it is being opened."""
    return ProjectDamaged(
        str(path),
        QT_TRANSLATE_NOOP("Messages", "the file is damaged or not a project ({error})"),
        error=str(error),
    )


@dataclass(frozen=True)
class SchemaState:
    """The schema steps a file has, against those this Recoupe knows."""

    applied: list[str]
    pending: list[str]
    unknown: list[str]

    @property
    def is_new(self) -> bool:
        return not self.applied


def schema_state(db: Database) -> SchemaState:
    """Read the steps applied to db (a file with none is a new one)."""
    known = known_migration_names()
    if not db[MIGRATIONS_TABLE].exists():
        return SchemaState([], known, [])
    applied = [
        str(r[0])
        for r in db.execute(
            f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
            [SCHEMA_SET],
        ).fetchall()
    ]
    done = set(applied)
    return SchemaState(
        applied,
        [n for n in known if n not in done],
        [n for n in applied if n not in set(known)],
    )


def refuse_newer(db: Database, path: Path, state: SchemaState) -> None:
    """Raise NewerProject if the file has steps this Recoupe does not know."""
    if not state.unknown:
        return
    needed: str | None = None
    try:
        row = db.execute("SELECT value FROM meta WHERE key = ?", [VERSION_KEY]).fetchone()
        if row and row[0] and _version_key(str(row[0])) > _version_key(__version__):
            needed = str(row[0])
    except sqlite3.DatabaseError:
        needed = None
    raise NewerProject(str(path), needed=needed, step=state.unknown[-1])


def refuse_upgrade_read_only(path: Path, state: SchemaState) -> None:
    if state.pending and not state.is_new:
        raise ProjectError(
            str(path),
            QT_TRANSLATE_NOOP(
                "Messages",
                "made by an older version of Recoupe: open it once for writing so it is "
                "upgraded, then it can be opened read-only",
            ),
        )


def record_version(db: Database) -> None:
    """Write which Recoupe the file now needs, if it changed (a write only then)."""
    needed = version_needed(schema_state(db).applied)
    row = db.execute("SELECT value FROM meta WHERE key = ?", [VERSION_KEY]).fetchone()
    if row is None or row[0] != needed:
        with db.atomic():
            db.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [VERSION_KEY, needed]
            )


def problems(conn: sqlite3.Connection, *, quick: bool = True, limit: int = 20) -> list[str]:
    """SQLite's own check of the file: [] when sound, else its first messages."""
    pragma = "quick_check" if quick else "integrity_check"
    try:
        rows = conn.execute(f"PRAGMA {pragma}({int(limit)})").fetchall()
    except sqlite3.DatabaseError as e:
        return [str(e)]
    messages = [str(r[0]) for r in rows]
    return [] if messages == ["ok"] else messages


def check_sound(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ProjectDamaged if SQLite's quick check finds the file damaged."""
    found = problems(conn, quick=True, limit=1)
    if found:
        raise ProjectDamaged(
            str(path),
            QT_TRANSLATE_NOOP(
                "Messages", "the file is damaged ({error}); it was left exactly as it was"
            ),
            error=found[0],
        )


@contextlib.contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to any SQLite file (a backup, a file being checked)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    try:
        conn.execute("PRAGMA query_only = ON")
        yield conn
    finally:
        conn.close()

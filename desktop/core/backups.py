"""Backups of a project, taken with SQLite's online backup API, kept beside the project.

``Notes.recoupe`` keeps its backups in the folder ``Notes.recoupe-backups`` next to it,
one self-contained SQLite file each, named after the moment it was taken (UTC)::

    Notes.2026-05-03_10-15-00Z.recoupe                  taken when the project was opened
    Notes.2026-05-03_10-15-00Z.before-upgrade.recoupe   before a newer Recoupe upgraded it
    Notes.2026-05-03_10-15-00Z.before-restore.recoupe   the project as it was before a restore
    Notes.2026-05-03_10-15-00Z.before-merge.recoupe     before a bundle was merged into it
    Notes.2026-05-03_10-15-00Z.damaged.recoupe          a damaged file, moved aside by a restore

Beside the project rather than in the user data folder because sources are sensitive:
a project on an encrypted disk or a USB key keeps its copies there, under the same
protection, and moving the project folder moves its history. (A copy on another disk
protects against a lost disk; that is the user's own backup's job, not this one's.)

Rotation keeps the ``keep`` newest backups taken on opening, the three newest taken
before an upgrade or a restore, and every copy taken before a merge and every damaged file
(those are never deleted here).
A project opened without change since its newest backup gets no new one, so opening it
ten times does not push out the history. A backup is written to a ``.part`` file and
renamed when complete: a crash never leaves a half backup that looks like a whole one.
"""

from __future__ import annotations

import enum
import os
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop.core import project_file
from desktop.core.errors import QT_TRANSLATE_NOOP, ProjectError
from desktop.core.project_lock import ProjectLock

DIR_SUFFIX: Final = "-backups"
SUFFIX: Final = ".recoupe"
PART: Final = ".part"
DEFAULT_KEEP: Final = 10
SAFETY_KEEP: Final = 3
_STALE_PART_SECONDS: Final = 3600
_STAMP: Final = "%Y-%m-%d_%H-%M-%S"
_NAME_RE: Final = re.compile(
    r"^(?P<stem>.+)\.(?P<when>\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2})Z(?:-(?P<n>\d+))?"
    r"(?:\.(?P<kind>before-upgrade|before-restore|before-merge|damaged))?" + re.escape(SUFFIX) + "$"
)


class BackupKind(enum.Enum):
    OPENED = "opened"
    BEFORE_UPGRADE = "before-upgrade"
    BEFORE_RESTORE = "before-restore"
    BEFORE_MERGE = "before-merge"
    """Taken before a bundle was merged in (desktop.core.importing.bundle_backup)."""
    DAMAGED = "damaged"


@dataclass(frozen=True)
class Backup:
    """One backup file of a project."""

    path: Path
    taken: datetime
    """When it was taken (UTC, from its name)."""
    kind: BackupKind
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_dir(project: Path) -> Path:
    """The folder of a project's backups: its file name plus ``-backups``, beside it."""
    return project.with_name(project.name + DIR_SUFFIX)


def list_backups(project: str | Path) -> list[Backup]:
    """A project's backups, newest first (half-written ones are not listed)."""
    folder = backup_dir(Path(project))
    found: list[tuple[datetime, int, Backup]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        match = _NAME_RE.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        taken = datetime.strptime(match["when"], _STAMP).replace(tzinfo=UTC)
        kind = BackupKind(match["kind"]) if match["kind"] else BackupKind.OPENED
        n = int(match["n"] or 1)
        size = entry.stat(follow_symlinks=False).st_size
        found.append((taken, n, Backup(Path(entry.path), taken, kind, size)))
    found.sort(key=lambda t: (t[0], t[1], t[2].name), reverse=True)
    return [b for _, _, b in found]


def take(conn: sqlite3.Connection, project: Path, kind: BackupKind = BackupKind.OPENED) -> Backup:
    """Copy the database behind conn into the project's backup folder; ProjectError if not.

    Uses ``Connection.backup``: a consistent copy even while the project is in use
    (committed changes still in the WAL included), written beside and renamed at the end.
    """
    folder = backup_dir(project)
    target = _free_name(folder, project, kind)
    part = target.with_name(target.name + PART)
    try:
        folder.mkdir(exist_ok=True)
        dest = sqlite3.connect(str(part))
        try:
            conn.backup(dest)
            # a self-contained file: no -wal/-shm beside it when it is opened later
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        _fsync_file(part)
        os.replace(part, target)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as e:
        _remove(part)
        raise ProjectError(
            str(project),
            QT_TRANSLATE_NOOP("Messages", "cannot make a backup in {folder} ({error})"),
            folder=str(folder),
            error=getattr(e, "strerror", None) or str(e),
        ) from e
    return Backup(target, _taken(target), kind, target.stat().st_size)


def take_on_open(conn: sqlite3.Connection, project: Path, *, keep: int) -> Backup | None:
    """The rotating backup taken when the app opens a project; None if not needed.

    Skipped when ``keep`` is 0 or nothing changed since the newest backup.
    """
    if keep <= 0:
        return None
    existing = list_backups(project)
    newest = next((b for b in existing if b.kind is not BackupKind.DAMAGED), None)
    if newest is not None and not _changed_since(project, newest):
        return None
    backup = take(conn, project)
    rotate(project, keep=keep)
    return backup


def rotate(project: str | Path, *, keep: int | None) -> list[Path]:
    """Delete backups past the ``keep`` newest (see the module notes); returns the deleted.

    ``keep`` None leaves the backups taken on opening alone (a caller without the setting).
    """
    removed: list[Path] = []
    opened = safety = 0
    for b in list_backups(project):
        if b.kind in (BackupKind.DAMAGED, BackupKind.BEFORE_MERGE):
            continue
        if b.kind is BackupKind.OPENED:
            opened += 1
            if keep is None or opened <= keep:
                continue
        else:
            safety += 1
            if safety <= SAFETY_KEEP:
                continue
        if _remove(b.path):
            removed.append(b.path)
    _remove_stale_parts(backup_dir(Path(project)))
    return removed


def restore(project: str | Path, backup: str | Path) -> Backup | None:
    """Put backup back as the project; returns where the replaced file was kept.

    The backup must be a sound Recoupe project. The project must not be open for writing
    anywhere (its lock is taken here). The current file is never lost: a sound project is
    backed up first (``before-restore``); a damaged or foreign file is moved, untouched,
    into the backup folder (``damaged``). Then a fresh copy of the backup replaces it.
    """
    project, backup = Path(project), Path(backup)
    _check_restorable(backup)
    with ProjectLock.acquire(project):
        staged = project.with_name(project.name + ".restoring")
        _remove(staged)
        try:
            with project_file.reading(backup) as source:
                dest = sqlite3.connect(str(staged))
                try:
                    source.backup(dest)
                    dest.execute("PRAGMA journal_mode = DELETE")
                finally:
                    dest.close()
            _fsync_file(staged)
            kept = _set_aside(project) if project.exists() else None
            for side in _side_files(project):
                _remove(side)
            os.replace(staged, project)
            _fsync_dir(project.parent)
        except (OSError, sqlite3.Error) as e:
            _remove(staged)
            raise ProjectError(
                str(project),
                QT_TRANSLATE_NOOP("Messages", "cannot restore the backup ({error})"),
                error=getattr(e, "strerror", None) or str(e),
            ) from e
    return kept


def describe_kind(kind: BackupKind) -> str:
    """English words for a kind (the CLI; the interface has its own translated ones)."""
    return {
        BackupKind.OPENED: "taken on opening",
        BackupKind.BEFORE_UPGRADE: "before an upgrade",
        BackupKind.BEFORE_RESTORE: "before a restore",
        BackupKind.BEFORE_MERGE: "before a merge",
        BackupKind.DAMAGED: "damaged file set aside",
    }[kind]


# ------------------------------------------------------------------ plumbing


def _check_restorable(backup: Path) -> None:
    project_file.check_header(backup)
    try:
        with project_file.reading(backup) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            found = project_file.problems(conn, quick=True, limit=1)
    except sqlite3.DatabaseError as e:
        found = [str(e)]
        tables = set()
    if found:
        raise project_file.ProjectDamaged(
            str(backup),
            QT_TRANSLATE_NOOP(
                "Messages", "this backup is damaged and cannot be restored ({error})"
            ),
            error=found[0],
        )
    if project_file.MIGRATIONS_TABLE not in tables:
        raise project_file.NotAProject(
            str(backup),
            QT_TRANSLATE_NOOP("Messages", "an SQLite database, but not a Recoupe project"),
        )


def _set_aside(project: Path) -> Backup:
    """Keep the current file: a backup if it is a sound project, else moved aside as it is.

    Only read-only connections touch it, so a damaged file is moved exactly as it was.
    """
    try:
        project_file.check_header(project)
        with project_file.reading(project) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if project_file.MIGRATIONS_TABLE in tables and not project_file.problems(conn):
                return take(conn, project, BackupKind.BEFORE_RESTORE)
    except (ProjectError, sqlite3.DatabaseError):
        pass
    folder = backup_dir(project)
    folder.mkdir(exist_ok=True)
    target = _free_name(folder, project, BackupKind.DAMAGED)
    os.replace(project, target)
    for side in _side_files(project):  # a journal belongs with the file it goes with
        if side.exists():
            os.replace(side, target.with_name(target.name + side.name[len(project.name) :]))
    return Backup(target, _taken(target), BackupKind.DAMAGED, target.stat().st_size)


def _side_files(project: Path) -> list[Path]:
    return [project.with_name(project.name + s) for s in ("-wal", "-shm", "-journal")]


def _changed_since(project: Path, backup: Backup) -> bool:
    """Whether project may have changed after backup was written (when unsure: yes)."""
    try:
        since = backup.path.stat().st_mtime_ns
        if project.stat().st_mtime_ns >= since:
            return True
        wal = project.with_name(project.name + "-wal")
        return wal.exists() and wal.stat().st_size > 0
    except OSError:
        return True


def _free_name(folder: Path, project: Path, kind: BackupKind) -> Path:
    """A new name, after every backup of the same second (so names sort in taking order)."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    tail = "" if kind is BackupKind.OPENED else f".{kind.value}"
    stem = project.name[: -len(SUFFIX)] if project.name.endswith(SUFFIX) else project.name
    n = 0
    try:
        names = os.listdir(folder)
    except OSError:
        names = []
    for name in names:
        match = _NAME_RE.match(name.removesuffix(PART))
        if match is not None and match["when"] == stamp:
            n = max(n, int(match["n"] or 1))
    counter = "" if n == 0 else f"-{n + 1}"
    return folder / f"{stem}.{stamp}Z{counter}{tail}{SUFFIX}"


def _taken(path: Path) -> datetime:
    match = _NAME_RE.match(path.name)
    assert match is not None
    return datetime.strptime(match["when"], _STAMP).replace(tzinfo=UTC)


def _remove_stale_parts(folder: Path) -> None:
    """Remove half-written backups a crash left behind (an hour old: nobody is writing them)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    now = time.time()
    for entry in entries:
        if entry.name.endswith(PART):
            try:
                if now - entry.stat(follow_symlinks=False).st_mtime > _STALE_PART_SECONDS:
                    os.unlink(entry.path)
            except OSError:
                pass


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX; Windows has no directory handles to sync)."""
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

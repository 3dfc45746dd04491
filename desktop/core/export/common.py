"""What every export shares: progress and cancel, all-or-nothing output, stable ids.

A writer gets ``progress(done, total, what)``; the caller cancels by raising
``ExportCancelled`` from it. Writers build their output next to ``out`` under a temporary
name and move it into place only when complete, so an error or a cancel leaves ``out``
as it was (absent, or the previous file).

Ids written into exports (W3C annotation IRIs, REFI-QDA GUIDs) are UUIDv5 of what the
object is, so exporting twice gives the same ids and a tool that merges both sees one
object, not two.
"""

from __future__ import annotations

import os
import secrets
import shutil
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError
from desktop.core.store import Store

Progress = Callable[[int, int, str], None]
"""(steps done, steps in all, what is being written); may raise ExportCancelled."""

NAMESPACE: Final = uuid.UUID("6f0b7a52-3c1e-5a8e-9a43-52ec0c9e1d1f")
"""Recoupe's UUIDv5 namespace: every id below is uuid5(NAMESPACE, "<kind>/<key>")."""


class ExportCancelled(RecoupeError):
    """The user stopped an export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Messages", "the export was cancelled"))


class ExportFailed(RecoupeError):
    """An export could not be written; ``subject`` is the output path."""

    def __init__(self, path: Path, template: str, /, **params: object) -> None:
        self.path = path
        self.subject = str(path)
        super().__init__(template, **params)


def no_progress(done: int, total: int, what: str) -> None:
    """The progress callback when nobody is watching."""


def stable_uuid(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}/{key}")


def project_created(store: Store) -> str | None:
    """When the project was created (ISO timestamp), if it says."""
    row = store.db.execute("SELECT value FROM meta WHERE key = 'created'").fetchone()
    return str(row[0]) if row and row[0] else None


def project_key(store: Store) -> str:
    """What identifies a project across exports: when it was created (else its name)."""
    return project_created(store) or store.name


def utc_stamp(value: str | None) -> str | None:
    """An ISO timestamp written as UTC with a final Z (W3C and REFI-QDA dateTime)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _cannot_write(out: Path, e: OSError) -> ExportFailed:
    return ExportFailed(
        out,
        QT_TRANSLATE_NOOP("Messages", "cannot be written ({error})"),
        error=e.strerror or str(e),
    )


def _check_target(out: Path, *, folder: bool) -> None:
    if folder and out.exists() and not out.is_dir():
        raise ExportFailed(
            out, QT_TRANSLATE_NOOP("Messages", "a file is there: choose a folder name")
        )
    if folder and out.is_dir() and any(out.iterdir()):
        raise ExportFailed(
            out,
            QT_TRANSLATE_NOOP("Messages", "the folder is not empty: choose a new or empty one"),
        )
    if not folder and out.is_dir():
        raise ExportFailed(
            out, QT_TRANSLATE_NOOP("Messages", "a folder is there: choose a file name")
        )
    if not out.parent.is_dir():
        raise ExportFailed(out, QT_TRANSLATE_NOOP("Messages", "its folder does not exist"))


def _temporary_name(out: Path) -> Path:
    return out.parent / f".{out.name}.{secrets.token_hex(6)}.part"


@contextmanager
def atomic_file(out: Path) -> Iterator[Path]:
    """A temporary path next to ``out``; moved onto ``out`` if the block ends normally.

    The file is made with the usual permissions (the umask's), not a private temp file's.
    """
    out = Path(out)
    _check_target(out, folder=False)
    tmp = _temporary_name(out)
    try:
        tmp.open("xb").close()
    except OSError as e:
        raise _cannot_write(out, e) from None
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise _cannot_write(out, e) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_folder(out: Path) -> Iterator[Path]:
    """A temporary folder next to ``out``; renamed to ``out`` if the block ends normally.

    ``out`` must not exist or be an empty folder.
    """
    out = Path(out)
    _check_target(out, folder=True)
    tmp = _temporary_name(out)
    try:
        tmp.mkdir()
    except OSError as e:
        raise _cannot_write(out, e) from None
    try:
        yield tmp
        if out.is_dir():
            out.rmdir()
        os.replace(tmp, out)
    except OSError as e:
        shutil.rmtree(tmp, ignore_errors=True)
        raise _cannot_write(out, e) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_tree(out: Path, files: dict[str, bytes], progress: Progress = no_progress) -> None:
    """Write files (relative POSIX names) into a new folder ``out``, or into a zip archive
    when ``out`` ends in ``.zip``; all or nothing."""
    out = Path(out)
    total = len(files)
    if out.suffix.lower() == ".zip":
        with atomic_file(out) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            for i, (name, data) in enumerate(files.items()):
                progress(i, total, name)
                archive.writestr(name, data)
        return
    with atomic_folder(out) as tmp:
        for i, (name, data) in enumerate(files.items()):
            progress(i, total, name)
            target = tmp / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

"""A copy of the project taken before a merge, since a merge is not undone with Undo.

``merge_with_copy`` checks the bundle, takes the copy, then merges.

Merging a bundle touches sources, annotations, entities, events and the claims' audit log
(which is append-only), so it is not one undo step. Before merging, the app and the CLI
copy the project with SQLite's online backup API into the project's backups folder
(``backups.backup_dir``), named like the other backups with the kind ``before-merge``::

    Notes.recoupe-backups/Notes.2026-05-03_10-15-00Z.before-merge.recoupe

Rotation never removes it. Written to a ``.part`` file and renamed when complete.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop.core import backups
from desktop.core.errors import QT_TRANSLATE_NOOP, ProjectError
from desktop.core.importing.bundle import Progress, read_bundle
from desktop.core.importing.bundle_common import MergeReport
from desktop.core.importing.bundle_merge import merge
from desktop.core.store import PROJECT_SUFFIX, Store

KIND: Final = "before-merge"


def _target(project: Path) -> Path:
    folder = backups.backup_dir(project)
    stem = project.name.removesuffix(PROJECT_SUFFIX)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d_%H-%M-%S")
    target = folder / f"{stem}.{stamp}Z.{KIND}{PROJECT_SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{stem}.{stamp}Z-{n}.{KIND}{PROJECT_SUFFIX}"
    return target


def copy_before_merge(store: Store) -> Path:
    """Copy the project as it is now into its backups folder; returns the copy's path."""
    target = _target(store.path)
    part = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(exist_ok=True)
        dest = sqlite3.connect(str(part))
        try:
            store.db.conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
        os.replace(part, target)
    except (OSError, sqlite3.Error) as e:
        part.unlink(missing_ok=True)
        raise ProjectError(
            str(store.path),
            QT_TRANSLATE_NOOP(
                "Messages", "not merged, because no copy could be made first in {folder} ({error})"
            ),
            folder=str(target.parent),
            error=getattr(e, "strerror", None) or str(e),
        ) from e
    return target


def merge_with_copy(
    store: Store,
    bundle_path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    who: str | None = None,
) -> tuple[MergeReport, Path]:
    """Check the bundle, copy the project (``copy_before_merge``), then merge.

    A refused bundle leaves no copy; a merge that fails or is cancelled removes it (the
    transaction rolled back, the project is as the copy has it).
    """
    bundle = read_bundle(Path(bundle_path), progress=progress)
    copy = copy_before_merge(store)
    try:
        report = merge(store, bundle, progress=progress, cancelled=cancelled, who=who)
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return report, copy

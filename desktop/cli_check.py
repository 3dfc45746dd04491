"""The ``recoupe`` commands about the project file itself: check, backups, restore.

``check`` only reads (it is safe on a project open in Recoupe and on a damaged file);
``restore`` takes the project's write lock, so it refuses while Recoupe has it open.
Exit codes: 0 sound / done, 1 problems found or refused.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core import backups, checking
from desktop.core.errors import QT_TRANSLATE_NOOP, ProjectError

Command = Callable[..., argparse.ArgumentParser]


def register(command: Command) -> None:
    """Add check, backups and restore through cli.build_parser's ``command`` helper."""
    p = command(
        "check",
        cmd_check,
        "check PROJECT: SQLite integrity, links between rows, schema version, annotations "
        "against their text (reads only)",
    )
    p.add_argument("project", metavar="PROJECT")
    p = command("backups", cmd_backups, "list PROJECT's backups, newest first")
    p.add_argument("project", metavar="PROJECT")
    p = command(
        "restore",
        cmd_restore,
        "put a backup back as PROJECT; the current file is kept in the backup folder first",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "backup",
        metavar="BACKUP",
        help="a number from `recoupe backups` (1 = newest), a file name in the backup "
        "folder or a path",
    )


def cmd_check(args: argparse.Namespace) -> int:
    report = checking.check_project(Path(args.project))
    if args.json:
        print(
            json.dumps(
                {
                    "path": str(report.path),
                    "ok": report.ok,
                    "damaged": report.damaged,
                    "findings": [
                        {"severity": f.severity.value, "message": f.message}
                        for f in report.findings
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(checking.summary(report))
        if report.damaged and backups.list_backups(report.path):
            print(f"  backups: recoupe backups {_quoted(report.path)}")
    return 0 if report.ok else 1


def _record(b: backups.Backup, n: int) -> dict[str, Any]:
    return {
        "n": n,
        "file": str(b.path),
        "taken": b.taken.isoformat(timespec="seconds"),
        "kind": b.kind.value,
        "size": b.size,
    }


def cmd_backups(args: argparse.Namespace) -> int:
    project = Path(args.project)
    found = backups.list_backups(project)
    if args.json:
        print(json.dumps([_record(b, i) for i, b in enumerate(found, 1)], indent=2))
        return 0
    if not found:
        print(f"no backups (they are kept in {backups.backup_dir(project)})")
        return 0
    print(f"backups of {project}, in {backups.backup_dir(project)}:")
    for i, b in enumerate(found, 1):
        local = b.taken.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(f"{i:>3}  {local}  {_size(b.size):>9}  {backups.describe_kind(b.kind)}  {b.name}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    project = Path(args.project)
    chosen = _find_backup(project, args.backup)
    kept = backups.restore(project, chosen)
    if args.json:
        print(
            json.dumps(
                {"restored": str(chosen), "kept": None if kept is None else str(kept.path)},
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(f"{project}: restored from {chosen.name}")
        if kept is not None:
            print(f"the file it replaced is kept as {kept.path}")
    return 0


def _find_backup(project: Path, given: str) -> Path:
    found = backups.list_backups(project)
    if given.isdigit():
        n = int(given)
        if 1 <= n <= len(found):
            return found[n - 1].path
        raise ProjectError(
            str(project),
            QT_TRANSLATE_NOOP("Messages", "no backup number {n} (there are {count})"),
            n=n,
            count=len(found),
        )
    for candidate in (backups.backup_dir(project) / given, Path(given)):
        if candidate.is_file():
            return candidate
    raise ProjectError(
        given, QT_TRANSLATE_NOOP("Messages", "no such backup (see `recoupe backups PROJECT`)")
    )


def _size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


def _quoted(path: Path) -> str:
    text = str(path)
    return f"'{text}'" if " " in text else text

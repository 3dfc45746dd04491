"""Backups: taken on opening with the online backup API, rotated, listed, restored."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.cli import main
from desktop.core import backups, project_file
from desktop.core.backups import BackupKind, backup_dir, list_backups
from desktop.core.errors import ProjectError
from desktop.core.migrations import known_migration_names, migrations
from desktop.core.project_file import ProjectDamaged
from desktop.core.project_lock import ProjectLocked
from desktop.core.store import Store


def _new(path: Path) -> Path:
    Store.create(path).close()
    return path


def _change(path: Path, name: str) -> None:
    """An edit made in an ordinary session (no backup taken)."""
    time.sleep(0.01)  # the file's mtime moves past the newest backup's
    store = Store.open(path)
    store.add_tag(name=name, colour="#123456")
    store.close()


def _tags(path: Path) -> list[str]:
    with project_file.reading(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM tags ORDER BY id")]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_takes_a_backup_only_when_something_changed(tmp_path: Path) -> None:
    path = _new(tmp_path / "Enquête Mossoul.recoupe")
    store = Store.open(path, keep_backups=3)
    first = store.backup
    store.close()
    assert first is not None and first.kind is BackupKind.OPENED
    assert first.path.parent == tmp_path / "Enquête Mossoul.recoupe-backups"
    assert first.path.name.startswith("Enquête Mossoul.") and first.path.suffix == ".recoupe"
    assert not list(backup_dir(path).glob("*.part"))
    # opened again without a change: no new copy pushes the history out
    store = Store.open(path, keep_backups=3)
    assert store.backup is None
    store.close()
    _change(path, "Rumeur")
    store = Store.open(path, keep_backups=3)
    second = store.backup
    store.close()
    assert second is not None and "Rumeur" in _tags(second.path)
    assert "Rumeur" not in _tags(first.path)
    assert [b.path for b in list_backups(path)] == [second.path, first.path]


def test_rotation_keeps_the_newest_n(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    taken = []
    for i in range(5):
        _change(path, f"Tag {i}")
        store = Store.open(path, keep_backups=2)
        taken.append(store.backup)
        store.close()
    kept = list_backups(path)
    assert [b.path for b in kept] == [taken[4].path, taken[3].path]  # type: ignore[union-attr]
    assert "Tag 4" in _tags(kept[0].path)
    assert "Tag 3" in _tags(kept[1].path) and "Tag 4" not in _tags(kept[1].path)
    _change(path, "Tag 5")
    store = Store.open(path, keep_backups=0)  # backups turned off: none taken, none removed
    assert store.backup is None
    store.close()
    assert len(list_backups(path)) == 2


def test_a_backup_includes_changes_still_in_the_wal(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    writer = Store.open(path)
    writer.add_tag(name="Dans le WAL", colour="#123456")
    assert Path(str(path) + "-wal").stat().st_size > 0
    backup = backups.take(writer.db.conn, path)
    writer.close()
    assert "Dans le WAL" in _tags(backup.path)
    with project_file.reading(backup.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_half_written_backups_are_not_listed_and_are_cleaned(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    folder = backup_dir(path)
    folder.mkdir()
    part = folder / "p.2026-01-01_00-00-00Z.recoupe.part"
    part.write_bytes(b"SQLite format 3\x00 cut short")
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    assert list_backups(path) == []
    old = time.time() - 7200
    os.utime(part, (old, old))
    backups.rotate(path, keep=3)
    assert not part.exists() and (folder / "notes.txt").exists()


def test_safety_copies_are_capped_merges_and_damaged_files_always_kept(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    folder = backup_dir(path)
    folder.mkdir()
    for day in range(1, 6):
        (folder / f"p.2026-01-0{day}_00-00-00Z.before-upgrade.recoupe").write_bytes(b"x")
        (folder / f"p.2026-01-0{day}_00-00-00Z.damaged.recoupe").write_bytes(b"x")
        (folder / f"p.2026-01-0{day}_00-00-01Z.before-merge.recoupe").write_bytes(b"x")
    backups.rotate(path, keep=1)
    kinds = [(b.kind, b.taken.day) for b in list_backups(path)]
    assert [d for k, d in kinds if k is BackupKind.BEFORE_UPGRADE] == [5, 4, 3]
    assert [d for k, d in kinds if k is BackupKind.DAMAGED] == [5, 4, 3, 2, 1]
    assert [d for k, d in kinds if k is BackupKind.BEFORE_MERGE] == [5, 4, 3, 2, 1]


def test_an_upgrade_is_preceded_by_a_backup_of_the_old_file(tmp_path: Path) -> None:
    path = tmp_path / "old.recoupe"
    names = known_migration_names()
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before=names[-1])
    conn.close()
    store = Store.open(path)  # the CLI's way: no rotating backup, but one before upgrading
    assert store.applied_migrations() == names
    store.close()
    (backup,) = list_backups(path)
    assert backup.kind is BackupKind.BEFORE_UPGRADE
    with project_file.reading(backup.path) as conn:
        assert project_file.schema_state(Database(conn)).applied == names[:-1]


def test_no_upgrade_without_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.recoupe"
    names = known_migration_names()
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before=names[-1])
    conn.close()
    backup_dir(path).write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(ProjectError, match="not upgraded, because no backup could be made"):
        Store.open(path)
    with project_file.reading(path) as conn:
        assert project_file.schema_state(Database(conn)).applied == names[:-1]


def test_a_failed_backup_on_opening_does_not_stop_the_work(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    backup_dir(path).write_text("in the way", encoding="utf-8")
    store = Store.open(path, keep_backups=3)
    assert store.backup is None and store.backup_problem is not None
    assert "cannot make a backup" in str(store.backup_problem)
    store.close()


def test_restore_backs_up_the_current_file_first(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    store = Store.open(path, keep_backups=3)
    old = store.backup
    store.close()
    _change(path, "Après")
    assert old is not None
    kept = backups.restore(path, old.path)
    assert kept is not None and kept.kind is BackupKind.BEFORE_RESTORE
    assert "Après" not in _tags(path) and "Après" in _tags(kept.path)
    assert old.path.exists()  # the backup itself stays
    store = Store.open(path, lock=True)
    assert store.applied_migrations() == known_migration_names()
    store.close()


def test_restore_never_overwrites_a_damaged_file(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    store = Store.open(path, keep_backups=3)
    good = store.backup
    store.close()
    assert good is not None
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xde\xad" * 2048
    path.write_bytes(bytes(data))
    with pytest.raises(ProjectDamaged):
        Store.open(path, keep_backups=3)
    assert path.read_bytes() == bytes(data)  # opening left it exactly as it was
    kept = backups.restore(path, good.path)
    assert kept is not None and kept.kind is BackupKind.DAMAGED
    assert kept.path.read_bytes() == bytes(data)
    Store.open(path, keep_backups=3).close()
    backups.rotate(path, keep=0)
    assert kept.path.exists()


def test_a_damaged_or_foreign_backup_is_not_restored(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    before = _digest(path)
    bad = tmp_path / "bad.recoupe"
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(ProjectError):
        backups.restore(path, bad)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x(y)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="not a Recoupe project"):
        backups.restore(path, other)
    assert _digest(path) == before and not backup_dir(path).exists()


def test_restore_waits_for_the_writer_to_close(tmp_path: Path) -> None:
    path = _new(tmp_path / "p.recoupe")
    store = Store.open(path, keep_backups=3)
    assert store.backup is not None
    backup = store.backup.path
    writer = Store.open(path, lock=True)
    try:
        with pytest.raises(ProjectLocked):
            backups.restore(path, backup)
    finally:
        writer.close()
        store.close()


def test_cli_lists_and_restores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _new(tmp_path / "p.recoupe")
    Store.open(path, keep_backups=3).close()
    _change(path, "Plus tard")
    Store.open(path, keep_backups=3).close()
    assert main(["backups", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.count("taken on opening") == 2
    assert main(["backups", str(path), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["n"] for b in listed] == [1, 2] and listed[0]["kind"] == "opened"
    assert main(["restore", str(path), "2"]) == 0
    assert "restored from" in capsys.readouterr().out
    assert "Plus tard" not in _tags(path)
    assert main(["restore", str(path), "9"]) == 1
    assert "no backup number 9" in capsys.readouterr().err
    assert main(["restore", str(path), "nothing.recoupe"]) == 1
    assert "no such backup" in capsys.readouterr().err

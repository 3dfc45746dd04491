"""Crash safety: a child process edits a project and is killed (SIGKILL) at random moments.

After every kill: each edit the child reported committed is in the file, the edit that was
in flight is all there or not at all, SQLite's integrity check passes, the stale lock is
cleared and the project opens normally. Children are forked from a forkserver that has
already imported the store, so forty rounds take seconds.
"""

from __future__ import annotations

import multiprocessing
import random
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core import backups, checking, project_file
from desktop.core.migrations import known_migration_names, migrations
from desktop.core.models import ImportedSource
from desktop.core.store import Store
from tests.core.crash_child import TEXT, edit_until_killed, open_and_wait

pytestmark = pytest.mark.crash

ROUNDS = 40
MIGRATION_ROUNDS = 12


def _context() -> multiprocessing.context.BaseContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["tests.core.crash_child"])
        return ctx
    return multiprocessing.get_context("spawn")  # Windows: slower, same test


def _kill_after(
    ctx: multiprocessing.context.BaseContext, target: object, args: tuple[object, ...], delay: float
) -> int:
    process = ctx.Process(target=target, args=args, daemon=True)  # type: ignore[attr-defined]
    process.start()
    time.sleep(delay)
    process.kill()  # SIGKILL: no cleanup, no atexit, no close
    process.join(10)
    assert process.exitcode is not None, "the child did not die"
    return int(process.pid)


@dataclass
class Model:
    """What the reported edits say the file holds."""

    notes: dict[int, str | None] = field(default_factory=dict)
    deleted: set[int] = field(default_factory=set)
    sources: set[int] = field(default_factory=set)
    in_flight: list[str] | None = None
    opened: bool = False
    committed: int = 0
    """Edits reported committed in this round."""

    @classmethod
    def of(cls, path: Path) -> Model:
        conn = sqlite3.connect(path)
        try:
            notes = dict(conn.execute("SELECT id, note FROM annotations").fetchall())
            sources = {r[0] for r in conn.execute("SELECT id FROM sources")}
        finally:
            conn.close()
        return cls(notes=notes, sources=sources)

    def replay(self, log: bytes) -> None:
        for raw in log.split(b"\n")[:-1]:  # a line cut by the kill has no newline: ignored
            words = raw.decode("utf-8").split(" ")
            if words[0] == "begin":
                self.in_flight = words[1:]
                continue
            op, rest = words[1], words[2:]
            self.in_flight = None
            self.committed += op != "open"
            if op == "open":
                self.opened = True
            elif op == "add":
                self.notes.update({int(i): None for i in rest})
            elif op == "delete":
                self.notes.pop(int(rest[0]))
                self.deleted.add(int(rest[0]))
            elif op == "note":
                self.notes[int(rest[0])] = rest[1]
            elif op == "source":
                self.sources.add(int(rest[0]))


def _assert_matches(path: Path, model: Model) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        found = dict(conn.execute("SELECT id, note FROM annotations").fetchall())
        sources = {r[0] for r in conn.execute("SELECT id FROM sources")}
    finally:
        conn.close()
    flight = model.in_flight or [""]
    # every edit reported committed is there
    missing = set(model.notes) - set(found)
    if flight[0] == "delete":
        missing.discard(int(flight[1]))
    assert not missing, f"reported annotations lost: {sorted(missing)}"
    assert not model.deleted & set(found), "a reported deletion came back"
    for aid, note in model.notes.items():
        if aid not in found:
            continue
        allowed = {note}
        if flight[0] == "note" and int(flight[1]) == aid:
            allowed.add(flight[2])
        assert found[aid] in allowed, (aid, found[aid], allowed)
    # the edit in flight is all there or not at all
    extra = set(found) - set(model.notes)
    expected_extra = {0, int(flight[1])} if flight[0] == "add" else {0}
    assert len(extra) in expected_extra, (flight, sorted(extra))
    new_sources = sources - model.sources
    assert not model.sources - sources, "a reported source was lost"
    assert len(new_sources) in ({0, 1} if flight[0] == "source" else {0})


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "crash.recoupe"
    store = Store.create(path)
    store.add_source(
        ImportedSource(
            filename="a.txt",
            format="txt",
            original=TEXT.encode("utf-8"),
            text=TEXT,
            encoding="utf-8",
            title="Convoi",
            lang="fr",
        )
    )
    store.close()
    return path


def test_killed_writers_lose_nothing_they_reported(tmp_path: Path) -> None:
    ctx = _context()
    path = _project(tmp_path)
    rng = random.Random(20260503)
    reported = in_flight = 0
    for round_ in range(ROUNDS):
        model = Model.of(path)
        log = tmp_path / f"log-{round_}.txt"
        keep = rng.choice([None, 2])
        pid = _kill_after(
            ctx, edit_until_killed, (str(path), str(log), round_, keep), rng.uniform(0.01, 0.25)
        )
        model.replay(log.read_bytes() if log.exists() else b"")
        _assert_matches(path, model)
        reported += model.committed
        in_flight += model.in_flight is not None
        # the project opens normally: the dead child's lock is cleared
        store = Store.open(path, lock=True, keep_backups=2)
        try:
            if model.opened:
                assert store.lock is not None and store.lock.stale is not None
                assert store.lock.stale.pid == pid
        finally:
            store.close()
        for b in backups.list_backups(path):  # a backup cut by the kill is never listed
            with project_file.reading(b.path) as conn:
                assert project_file.problems(conn) == []
    assert reported > ROUNDS * 5, reported  # the children did real work between kills
    assert in_flight > ROUNDS // 2  # and were mostly killed in the middle of an edit
    report = checking.check_project(path)
    assert report.ok, checking.summary(report)


def test_killed_upgrades_resume_and_keep_their_backup(tmp_path: Path) -> None:
    ctx = _context()
    names = known_migration_names()
    stop = names[len(names) // 2]
    rng = random.Random(7)
    for round_ in range(MIGRATION_ROUNDS):
        path = tmp_path / f"old-{round_}.recoupe"
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        migrations.apply(Database(conn), stop_before=stop)
        conn.close()
        old = names[: names.index(stop)]
        log = tmp_path / f"migrate-{round_}.txt"
        _kill_after(ctx, open_and_wait, (str(path), str(log)), rng.uniform(0.0, 0.12))
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        for b in backups.list_backups(path):
            assert b.kind is backups.BackupKind.BEFORE_UPGRADE
            with project_file.reading(b.path) as conn:
                assert project_file.problems(conn) == []
                assert project_file.schema_state(Database(conn)).applied == old
        store = Store.open(path, lock=True, keep_backups=2)
        assert store.applied_migrations() == names
        store.close()

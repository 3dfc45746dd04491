"""One writer per project: the lock file, the OS lock, stale locks, read-only opening."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import project_file, project_lock
from desktop.core.entity_store import EntityStore
from desktop.core.furniture_store import set_line_furniture
from desktop.core.models import ImportedSource, SourceId, TagId
from desktop.core.project_file import ProjectNotWritable, ProjectReadOnly
from desktop.core.project_lock import LockInfo, ProjectLock, ProjectLocked, holder_of, lock_path
from desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from desktop.core.store import Store
store = Store.open(sys.argv[1], lock=True)
print("ready", flush=True)
sys.stdin.read()
store.close()
print("closed", flush=True)
"""


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with one source and one place annotation not yet linked to an entity."""
    path = tmp_path / "enquête.recoupe"
    store = Store.create(path)
    text = "Le convoi a quitté Bagdad jeudi."
    source = store.add_source(
        ImportedSource(
            filename="a.txt",
            format="txt",
            original=text.encode("utf-8"),
            text=text,
            encoding="utf-8",
            title="Convoi",
            lang="fr",
        )
    ).source_ids[0]
    store.add_annotation(source_id=source, start=19, end=25, tag_id=store.tag_named("place").id)
    store.close()
    return path


@pytest.fixture
def holder(project: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process that has the project open for writing."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(10)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_second_writer_in_another_process_is_refused(
    project: Path, holder: subprocess.Popen[str]
) -> None:
    with pytest.raises(ProjectLocked) as info:
        Store.open(project, lock=True)
    e = info.value
    assert e.holder is not None and e.holder.pid == holder.pid
    assert e.holder.on_this_computer() and e.holder.app.startswith("Recoupe ")
    assert str(project) in str(e) and f"process {holder.pid}" in str(e)
    assert holder_of(project) == e.holder
    # the holder closes: the lock file goes with it and the project is free
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.close()
    assert holder.stdout.readline().strip() == "closed"
    holder.wait(10)
    assert not lock_path(project).exists()
    assert holder_of(project) is None
    Store.open(project, lock=True).close()


def test_read_only_is_allowed_beside_a_writer_and_changes_nothing(
    project: Path, holder: subprocess.Popen[str]
) -> None:
    before = _digest(project)
    store = Store.open(project, read_only=True)
    try:
        assert store.read_only and store.lock is None
        assert [t.name for t in store.tags()][:2] == ["Date", "Place"]
        with pytest.raises(ProjectReadOnly, match="read-only"):
            store.add_tag(name="Rumeur", colour="#112233")
        with pytest.raises(ProjectReadOnly):
            store.update_tag(TagId(1), colour="#000000")
        with pytest.raises(ProjectReadOnly):
            EntityStore(store).link_unlinked()
        with pytest.raises(ProjectReadOnly):
            set_line_furniture(store, SourceId(1), 0, 2, True)
        assert store.annotations()[0].quote == "Bagdad"
    finally:
        store.close()
    assert _digest(project) == before
    assert holder_of(project) is not None and holder_of(project).pid == holder.pid  # type: ignore[union-attr]


def test_a_lock_left_by_a_killed_process_is_detected_and_cleared(
    project: Path, holder: subprocess.Popen[str]
) -> None:
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    assert lock_path(project).exists()  # a crash leaves the file behind...
    left = json.loads(lock_path(project).read_text(encoding="utf-8"))
    assert left["pid"] == holder.pid
    assert holder_of(project) is None  # ...but nobody holds the OS lock
    store = Store.open(project, lock=True)
    try:
        assert store.lock is not None and store.lock.stale is not None
        assert store.lock.stale.pid == holder.pid
        now = json.loads(lock_path(project).read_text(encoding="utf-8"))
        assert now["pid"] == os.getpid()
    finally:
        store.close()
    assert not lock_path(project).exists()


def test_the_same_project_twice_in_one_process_is_refused(project: Path) -> None:
    first = Store.open(project, lock=True)
    try:
        with pytest.raises(ProjectLocked) as info:
            Store.open(project, lock=True)
        assert info.value.holder is not None and info.value.holder.pid == os.getpid()
        # a worker thread's connection takes no lock
        Store.open(project).close()
    finally:
        first.close()
    again = Store.open(project, lock=True)
    again.close()


def test_a_torn_or_foreign_lock_file_is_stale(project: Path) -> None:
    lock_path(project).write_bytes(b"\x00garbage{")
    with ProjectLock.acquire(project) as lock:
        assert lock.stale is None  # nobody named, nobody holding it
        assert json.loads(lock.path.read_text(encoding="utf-8"))["pid"] == os.getpid()
    assert not lock_path(project).exists()


def test_without_os_locks_the_pid_decides(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some network shares have no locks: a dead pid here is stale, anything else holds."""
    monkeypatch.setattr(project_lock, "_os_lock", lambda fd: False)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    here = LockInfo.current()
    path = lock_path(project)

    def left_by(info: LockInfo) -> None:
        path.write_text(json.dumps(info.__dict__), encoding="utf-8")

    left_by(LockInfo(dead.pid, here.host, "x", "2026-01-01T00:00:00+00:00"))
    with ProjectLock.acquire(project) as lock:
        assert not lock.os_locked and lock.stale is not None and lock.stale.pid == dead.pid
    left_by(LockInfo(os.getpid(), here.host, "x", "2026-01-01T00:00:00+00:00"))
    with pytest.raises(ProjectLocked):
        ProjectLock.acquire(project)
    left_by(LockInfo(dead.pid, "another-computer", "x", "2026-01-01T00:00:00+00:00"))
    with pytest.raises(ProjectLocked, match="another-computer"):
        ProjectLock.acquire(project)


def test_a_lock_file_removed_between_open_and_lock_is_retried(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = project_lock._still_at
    calls: list[int] = []

    def once_gone(fd: int, path: Path) -> bool:
        calls.append(fd)
        return len(calls) > 1 and real(fd, path)

    monkeypatch.setattr(project_lock, "_still_at", once_gone)
    with ProjectLock.acquire(project) as lock:
        assert lock.held
    assert len(calls) == 2
    lock.release()  # twice is harmless


def test_release_frees_the_project_for_the_next_writer(project: Path) -> None:
    lock = ProjectLock.acquire(project)
    with pytest.raises(ProjectLocked):
        ProjectLock.acquire(project)
    lock.release()
    assert not lock.held
    ProjectLock.acquire(project).release()


def test_created_projects_can_be_locked_too(tmp_path: Path) -> None:
    path = tmp_path / "new.recoupe"
    store = Store.create(path, lock=True)
    try:
        with pytest.raises(ProjectLocked):
            Store.open(path, lock=True)
    finally:
        store.close()


def test_cli_writers_are_refused_while_the_project_is_open(
    project: Path, holder: subprocess.Popen[str], capsys: pytest.CaptureFixture[str]
) -> None:
    note = project.parent / "note.txt"
    note.write_text("Le convoi a quitté Bagdad.", encoding="utf-8")
    assert main(["import", str(project), str(note)]) == 1
    assert "open in another Recoupe" in capsys.readouterr().err
    assert main(["sources", str(project)]) == 0  # readers are fine


def test_a_file_that_cannot_be_written_can_still_be_read(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only file or folder (a CD, a share, a locked-down copy): read-only is offered.

    Tests run as any user, root included (who may write anything), so the refusals of the
    system are simulated where Recoupe asks for them.
    """
    before = _digest(project)
    real_access = os.access
    monkeypatch.setattr(
        project_file.os, "access", lambda p, mode: mode != os.W_OK and real_access(p, mode)
    )
    with pytest.raises(ProjectNotWritable, match="it can be opened read-only"):
        Store.open(project)
    monkeypatch.undo()

    def refused(p: Path, path: Path) -> int:
        raise project_lock._cannot_lock(p, path, PermissionError(13, "Permission denied"))

    monkeypatch.setattr(project_lock, "_open", refused)
    with pytest.raises(ProjectNotWritable, match="cannot write its lock file"):
        Store.open(project, lock=True)
    store = Store.open(project, read_only=True)
    assert store.annotations()[0].quote == "Bagdad"
    store.close()
    assert _digest(project) == before

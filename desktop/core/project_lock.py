"""One writer per project: a lock file beside the project, held with an OS lock while open.

``Notes.recoupe`` is locked by ``Notes.recoupe.lock``, a small JSON file saying who holds
it (process id, computer, user, since when, Recoupe version), for the message another
Recoupe shows. The file alone proves nothing: a crashed instance leaves it behind. What
proves the holder is alive is an OS lock on it (``flock`` on POSIX, ``msvcrt.locking`` on
Windows), which the system drops when the process ends, however it ends. So:

- OS lock taken: whatever the file says is stale (its writer died); it is overwritten
  and reported in ``ProjectLock.stale``;
- OS lock refused: another live Recoupe holds the project: ``ProjectLocked`` names it;
- OS locks not supported (some network shares): the file decides: a holder on this
  computer whose process is gone is stale; one on another computer is taken as alive.

Why not SQLite's own locking: in WAL mode SQLite lets any number of processes read and
write the same file (writes take turns), so two windows could both edit one project, each
with an undo history that knows nothing of the other's changes. ``PRAGMA locking_mode =
EXCLUSIVE`` would keep everyone else out, but also this app's own worker threads (each has
its own connection) and every read-only viewer. Why the standard library and not the
``filelock`` package: ``filelock`` takes the same two OS calls but keeps no holder
information and deletes or keeps its file by platform rules of its own; the forty lines
here are all that is needed and are tested with real processes.

``flock`` locks belong to an open file, so a second lock taken in the same process (the
same project opened twice) is refused too. Worker threads never take the lock: they work
for the window that holds it.
"""

from __future__ import annotations

import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from desktop import __version__
from desktop.core.errors import QT_TRANSLATE_NOOP, ProjectError
from desktop.core.project_file import ProjectNotWritable

LOCK_SUFFIX: Final = ".lock"
_INFO_LIMIT: Final = 4096
_WINDOWS_LOCK_OFFSET: Final = 1 << 20
"""Windows locks a byte range, and a locked range cannot be read: lock a byte past the info."""
_ATTEMPTS: Final = 5
_BUSY: Final = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}


@dataclass(frozen=True)
class LockInfo:
    """Who holds (or held) a project."""

    pid: int
    host: str
    user: str
    started: str
    app: str = ""

    @classmethod
    def current(cls) -> LockInfo:
        return cls(
            pid=os.getpid(),
            host=_host(),
            user=_user(),
            started=datetime.now(UTC).isoformat(timespec="seconds"),
            app=f"Recoupe {__version__}",
        )

    def on_this_computer(self) -> bool:
        return self.host == _host()

    def is_alive(self) -> bool:
        """Whether the holder may still be running (always True for another computer)."""
        if not self.on_this_computer():
            return True
        return _pid_alive(self.pid)


class ProjectLocked(ProjectError):
    """The project is open for writing in another Recoupe (or another window)."""

    def __init__(self, path: str, holder: LockInfo | None) -> None:
        self.holder = holder
        if holder is None:
            super().__init__(
                path, QT_TRANSLATE_NOOP("Messages", "the project is open in another Recoupe")
            )
            return
        super().__init__(
            path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "the project is open in another Recoupe (user {user} on {host}, "
                "process {pid}, since {since})",
            ),
            user=holder.user,
            host=holder.host,
            pid=holder.pid,
            since=holder.started,
        )


def lock_path(project: Path) -> Path:
    """The lock file of a project: its name plus ``.lock``."""
    return project.with_name(project.name + LOCK_SUFFIX)


class ProjectLock:
    """The write lock of one project, held from ``acquire`` until ``release``."""

    def __init__(self, project: Path, fd: int, *, os_locked: bool, stale: LockInfo | None):
        self.project = project
        self.path = lock_path(project)
        self._fd: int | None = fd
        self.os_locked = os_locked
        self.stale = stale
        """The holder a crashed instance left in the file, cleared by this lock (or None)."""

    @classmethod
    def acquire(cls, project: str | Path) -> ProjectLock:
        """Take the write lock of project, clearing a crashed holder's; ProjectLocked if held."""
        project = Path(project)
        path = lock_path(project)
        for _ in range(_ATTEMPTS):
            fd = _open(project, path)
            try:
                os_locked = _os_lock(fd)
            except BlockingIOError:
                holder = _read_info(fd)
                os.close(fd)
                raise ProjectLocked(str(project), holder) from None
            previous = _read_info(fd)
            if not os_locked and previous is not None and previous.is_alive():
                os.close(fd)
                raise ProjectLocked(str(project), previous)
            if not _still_at(fd, path):
                # the holder released (and removed) the file between our open and lock
                _os_unlock(fd)
                os.close(fd)
                continue
            try:
                _write_info(fd, LockInfo.current())
            except OSError as e:
                _os_unlock(fd)
                os.close(fd)
                raise _cannot_lock(project, path, e) from e
            return cls(project, fd, os_locked=os_locked, stale=previous)
        raise ProjectLocked(str(project), holder_of(project))

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the project up and remove the lock file; does nothing the second time."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # remove while still locked, so nobody takes a lock on a file about to vanish
            _unlink(self.path)
            _os_unlock(fd)
            os.close(fd)
        else:  # an open file cannot be removed on Windows
            _os_unlock(fd)
            os.close(fd)
            _unlink(self.path)

    def __enter__(self) -> ProjectLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def holder_of(project: str | Path) -> LockInfo | None:
    """Who holds project's write lock now, or None if it is free (or held by a dead process)."""
    path = lock_path(Path(project))
    try:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        info = _read_info(fd)
        try:
            os_locked = _os_lock(fd)
        except BlockingIOError:
            return info
        if os_locked:
            _os_unlock(fd)
            return None
        return info if info is not None and info.is_alive() else None
    finally:
        os.close(fd)


# ------------------------------------------------------------------ plumbing


def _host() -> str:
    return socket.gethostname() or "?"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name for this uid (containers)
        return str(getattr(os, "getuid", lambda: "?")())


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    return True


def _open(project: Path, path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
    except OSError as e:
        raise _cannot_lock(project, path, e) from e


def _cannot_lock(project: Path, path: Path, e: OSError) -> ProjectError:
    """The lock file cannot be written: a read-only folder (or medium) most of the time."""
    return ProjectNotWritable(
        str(project),
        QT_TRANSLATE_NOOP(
            "Messages",
            "cannot write its lock file {lock} ({error}); it can be opened read-only",
        ),
        lock=path.name,
        error=e.strerror or str(e),
    )


def _os_lock(fd: int) -> bool:
    """Lock fd without waiting: True if locked, False if the file system has no locks.

    Raises BlockingIOError when another open file holds the lock.
    """
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as e:
        if isinstance(e, BlockingIOError) or e.errno in _BUSY:
            raise BlockingIOError(e.errno, e.strerror) from e
        if e.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS, errno.EINVAL):
            return False
        raise
    return True


def _os_unlock(fd: int) -> None:
    try:
        if sys.platform == "win32":
            import msvcrt

            os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_UN)
    except OSError:
        pass  # closing the file drops the lock anyway


def _still_at(fd: int, path: Path) -> bool:
    """Whether fd is still the file at path (not one unlinked since it was opened)."""
    if sys.platform == "win32":
        return True  # an open file cannot be unlinked there
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _read_info(fd: int) -> LockInfo | None:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = os.read(fd, _INFO_LIMIT)
        record = json.loads(data.decode("utf-8"))
        return LockInfo(
            pid=int(record["pid"]),
            host=str(record["host"]),
            user=str(record["user"]),
            started=str(record["started"]),
            app=str(record.get("app", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):  # empty, torn or foreign: no holder named
        return None


def _write_info(fd: int, info: LockInfo) -> None:
    data = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)
    os.fsync(fd)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass

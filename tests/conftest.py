"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os
import socket
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from desktop.core.models import ImportedSource, SourceId
from desktop.core.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# ------------------------------------------------------------------ no network
# Recoupe never touches the network, and neither does a test: connecting to a host, sending
# a datagram or looking a name up raises NetworkBlocked and fails the test that did it, even
# if the code under test swallowed the error. Local (AF_UNIX) sockets stay allowed: they
# reach no other machine (multiprocessing uses them; X is reached from C, not from here).


class NetworkBlocked(RuntimeError):
    """A test tried to reach the network."""


NETWORK_ATTEMPTS: list[str] = []
"""Attempts during the running test; a test that provokes one on purpose clears it."""


def _refuse(what: str) -> NoReturn:
    NETWORK_ATTEMPTS.append(what)
    raise NetworkBlocked(f"tests never use the network: {what}")


def _local(sock: socket.socket) -> bool:
    return sock.family == getattr(socket, "AF_UNIX", object())


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto


def _connect(self: socket.socket, address: Any) -> None:
    if not _local(self):
        _refuse(f"connect to {address!r}")
    _real_connect(self, address)


def _connect_ex(self: socket.socket, address: Any) -> int:
    if not _local(self):
        _refuse(f"connect_ex to {address!r}")
    return _real_connect_ex(self, address)


def _sendto(self: socket.socket, *args: Any) -> int:
    if not _local(self):
        _refuse(f"sendto {args[-1]!r}")
    return _real_sendto(self, *args)  # type: ignore[call-arg]


def _create_connection(address: Any, *args: Any, **kwargs: Any) -> NoReturn:
    _refuse(f"create_connection to {address!r}")


def _getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> NoReturn:
    _refuse(f"getaddrinfo for {host!r}")


socket.socket.connect = _connect  # type: ignore[method-assign]
socket.socket.connect_ex = _connect_ex  # type: ignore[method-assign]
socket.socket.sendto = _sendto  # type: ignore[assignment]
socket.create_connection = _create_connection  # type: ignore[assignment]
socket.getaddrinfo = _getaddrinfo  # type: ignore[assignment]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Any:
    NETWORK_ATTEMPTS.clear()
    result = yield
    if NETWORK_ATTEMPTS:
        attempts = "; ".join(NETWORK_ATTEMPTS)
        NETWORK_ATTEMPTS.clear()
        pytest.fail(f"{item.nodeid} tried to use the network: {attempts}", pytrace=False)
    return result


MakeSource = Callable[..., SourceId]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty project in a temporary folder."""
    s = Store.create(tmp_path / "test.recoupe")
    yield s
    s.close()


@pytest.fixture
def make_source(store: Store) -> MakeSource:
    """Add a plain-text source to ``store`` without going through the importers."""

    def make(text: str, title: str = "Source", *, published: str | None = None) -> SourceId:
        imported = ImportedSource(
            filename=f"{title}.txt",
            format="txt",
            original=text.encode("utf-8"),
            text=text,
            encoding="utf-8",
            title=title,
            lang="fr",
            published=published,
            published_how="user" if published else None,
            published_confirmed=bool(published),
        )
        return store.add_source(imported).source_ids[0]

    return make

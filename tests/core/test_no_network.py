"""The network guard of tests/conftest.py: no test reaches another machine."""

from __future__ import annotations

import socket
import urllib.request
from collections.abc import Iterator

import pytest

import tests.conftest as guard
from desktop.core.importing import read_bytes
from tests.conftest import NETWORK_ATTEMPTS, NetworkBlocked


@pytest.fixture
def expected_attempts() -> Iterator[list[str]]:
    """For tests that try on purpose: the attempts, cleared so the test itself passes."""
    yield NETWORK_ATTEMPTS
    NETWORK_ATTEMPTS.clear()


def test_connections_and_lookups_are_refused(expected_attempts: list[str]) -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("192.0.2.1", 80), timeout=1)
    with pytest.raises(NetworkBlocked):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        with pytest.raises(NetworkBlocked):
            s.connect(("127.0.0.1", 9))
        with pytest.raises(NetworkBlocked):
            s.connect_ex(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as u:
        with pytest.raises(NetworkBlocked):
            u.sendto(b"x", ("192.0.2.1", 53))
    with pytest.raises(NetworkBlocked):
        urllib.request.urlopen("http://example.org/", timeout=1)
    assert len(expected_attempts) == 6


def test_local_sockets_still_work() -> None:
    """multiprocessing (and anything else on this machine only) keeps its AF_UNIX sockets."""
    a, b = socket.socketpair()
    with a, b:
        a.sendall(b"ok")
        assert b.recv(2) == b"ok"


def test_a_swallowed_attempt_still_fails_the_test(expected_attempts: list[str]) -> None:
    """Code that catches the error cannot hide it: the hook fails the test afterwards."""

    class Item:
        nodeid = "tests/x.py::test_hides_it"

    hook = guard.pytest_runtest_call(Item())  # type: ignore[arg-type]
    next(hook)
    try:
        socket.getaddrinfo("tracker.example.org", 80)
    except Exception:  # noqa: BLE001 - what careless code would do
        pass
    with pytest.raises(pytest.fail.Exception, match="tried to use the network"):
        hook.send(None)


def test_importing_a_page_full_of_remote_resources_fetches_nothing() -> None:
    page = b"""<html><head><title>Distant</title>
<link rel="stylesheet" href="https://cdn.example.org/s.css">
<script src="https://tracker.example.org/t.js"></script></head>
<body><p>Le convoi a quitt\xc3\xa9 Bagdad jeudi.</p>
<img src="https://img.example.org/p.jpg"><iframe src="https://v.example.org/e"></iframe>
</body></html>"""
    source = read_bytes(page, "distant.html")
    assert "Le convoi a quitté Bagdad jeudi." in source.text
    assert NETWORK_ATTEMPTS == []

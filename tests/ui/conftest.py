"""Fixtures for widget tests: a Session over a temporary project."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.store import Store
from desktop.ui.session import Session


@pytest.fixture
def session(qapp: object, store: Store) -> Iterator[Session]:
    s = Session(store)
    yield s
    s.undo_stack.clear()

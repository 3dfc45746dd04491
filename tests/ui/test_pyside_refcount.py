"""Regression guard: PySide6 6.12.0 on Python 3.11 leaks references to None.

Each ``QTextCursor.setPosition`` call there drops one reference to None; after enough calls
the interpreter frees None and crashes. pyproject.toml pins ``PySide6-Essentials<6.12``.
"""

from __future__ import annotations

import sys

import PySide6
from PySide6.QtGui import QTextCursor, QTextDocument


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:3] if part.isdigit())


def test_pyside_is_below_the_broken_release() -> None:
    assert _version(PySide6.__version__) < (6, 12), (
        f"PySide6 {PySide6.__version__} is installed; 6.12.0 corrupts reference counts on "
        "Python 3.11 — keep the pin PySide6-Essentials<6.12 in pyproject.toml until a fixed "
        "release passes test_set_position_keeps_none_alive"
    )


def test_set_position_keeps_none_alive(qapp: object) -> None:
    document = QTextDocument("Le 8 janvier 2020, à Bagdad. " * 20)
    cursor = QTextCursor(document)
    n = document.characterCount() - 1
    for i in range(100):  # warm up caches before counting
        cursor.setPosition(i % n)
    before = sys.getrefcount(None)
    for i in range(10_000):
        cursor.setPosition(i % n)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, f"refcount of None moved by {after - before}"

"""The single code-point ↔ UTF-16 conversion at the Qt boundary."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from desktop.ui.offsets import OffsetMap

TEXTS = [
    "plain ascii",
    "Aïn al-Assad, e\u0301te\u0301 (combining accents)",
    "😀 L’Irak 👍🏽 Bagdad 🇫🇷 fin",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 only astral",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_matches_utf16(text: str) -> None:
    m = OffsetMap(text)
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2
    for cp in range(len(text) + 1):
        u16 = len(text[:cp].encode("utf-16-le")) // 2
        assert m.to_utf16(cp) == u16
        assert m.to_code_point(u16) == cp


def test_a_qt_selection_maps_to_the_python_substring(qapp: object) -> None:
    text = "😀 e\u0301 L’Irak 👍🏽 Bagdad"
    doc = QTextDocument(text)
    m = OffsetMap(text)
    start = text.index("Bagdad")
    cursor = QTextCursor(doc)
    cursor.setPosition(m.to_utf16(start))
    cursor.setPosition(m.to_utf16(start + 6), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "Bagdad"
    assert m.to_code_point(cursor.selectionStart()) == start
    assert m.to_code_point(cursor.selectionEnd()) == start + 6


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    m = OffsetMap("a😀b")
    assert m.to_code_point(2) == 1

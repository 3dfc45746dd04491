"""Snapping selections to words, quotes with context, folding for search."""

from __future__ import annotations

import pytest

from desktop.core.anchoring import fold, selector_for, snap_to_words


def snap(text: str, part: str, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    s, e = snap_to_words(text, start, start + len(part))
    return text[s:e]


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ("La ville de Bagdad est calme.", "agda", "Bagdad"),
        ("Il est à Bagdad, dit-il.", " Bagdad, ", "Bagdad"),
        ("L’Irak annonce", "Ira", "Irak"),
        ("L'Irak annonce", "Irak", "Irak"),
        ("la province d’Anbar", "nbar", "Anbar"),
        ("aujourd’hui", "hui", "aujourd’hui"),
        ("Biden’s plan", "Bid", "Biden"),
        ("la base d’Aïn al-Assad.", "n al-Ass", "Aïn al-Assad"),
        ("« plein et entier »", "« plein et entier »", "plein et entier"),
        ("café au lait", "caf", "café"),
        ("cafe\u0301 noir", "caf", "cafe\u0301"),
        ("😀 Bagdad 😀", "agd", "Bagdad"),
    ],
)
def test_snap_to_words(text: str, selected: str, expected: str) -> None:
    assert snap(text, selected) == expected


def test_snap_keeps_a_selection_of_punctuation_only() -> None:
    assert snap_to_words("a — b", 2, 3) == (2, 3)


def test_selector_context_is_32_code_points() -> None:
    text = "😀" * 40 + "X" + "é" * 40
    sel = selector_for(text, 40, 41)
    assert sel.quote == "X" and sel.prefix == "😀" * 32 and sel.suffix == "é" * 32
    with pytest.raises(ValueError):
        selector_for(text, 10, 10)


def test_fold_maps_back_to_code_points() -> None:
    text = "Aïn l’Œuvre e\u0301té 😀 STRASSE"
    folded, index = fold(text)
    assert "ain l'œuvre ete" in folded
    i = folded.index("œuvre")
    assert text[index[i] : index[i + len("œuvre") - 1] + 1] == "Œuvre"
    j = folded.index("ete")
    assert text[index[j] : index[j + 2] + 1] == "e\u0301té"

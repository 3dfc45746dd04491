"""Re-anchoring a quote in a text that changed: found exactly, found by context, or orphan."""

from __future__ import annotations

import unicodedata
from typing import TypedDict

import pytest

from desktop.core.anchoring import selector_for
from desktop.core.reanchor import Anchorer, normalize, reanchor

TEXT = (
    "Le 18 janvier 2026, le ministre a annoncé le retrait des troupes. "
    "À Bagdad, la coalition a confirmé le retrait le lendemain. "
    "Plus tard, le retrait a été reporté."
)


class Anchor(TypedDict):
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor(text: str, start: int, end: int) -> Anchor:
    sel = selector_for(text, start, end)
    return {
        "exact": sel.quote,
        "prefix": sel.prefix,
        "suffix": sel.suffix,
        "start": start,
        "end": end,
    }


def span(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos, pos + len(needle)


def check(new_text: str, found: tuple[int, int] | None, quote: str) -> tuple[int, int]:
    assert found is not None
    s, e = found
    assert normalize(new_text[s:e]) == normalize(quote)
    return found


def test_unchanged_text_gives_the_same_range() -> None:
    s, e = span(TEXT, "Bagdad")
    assert reanchor(TEXT, **anchor(TEXT, s, e)) == (s, e)


@pytest.mark.parametrize("nth", [0, 1, 2])
def test_edit_before_moves_each_repeated_quote_to_its_own_place(nth: int) -> None:
    s, e = span(TEXT, "le retrait", nth)
    a = anchor(TEXT, s, e)
    inserted = "Mise à jour 🙂 : "
    new = inserted + TEXT
    assert reanchor(new, **a) == (s + len(inserted), e + len(inserted))


@pytest.mark.parametrize("nth", [0, 1, 2])
def test_edit_after_keeps_the_range(nth: int) -> None:
    s, e = span(TEXT, "le retrait", nth)
    a = anchor(TEXT, s, e)
    assert reanchor(TEXT + " Fin.", **a) == (s, e)
    # and cutting text after the passage, context included, still finds it
    assert reanchor(TEXT[:e], **a) == (s, e)


def test_edit_inside_the_quote_makes_an_orphan() -> None:
    s, e = span(TEXT, "coalition a confirmé")
    a = anchor(TEXT, s, e)
    new = TEXT.replace("coalition a confirmé", "coalition a démenti")
    assert reanchor(new, **a) is None


def test_changed_accent_or_case_is_other_text() -> None:
    text = "Il a mangé une pâte, puis un pâté."
    s, e = span(text, "pâte")
    a = anchor(text, s, e)
    assert reanchor(text.replace("pâte,", "Pâte,"), **a) is None
    assert reanchor(text.replace("pâte,", "pâté,"), **a) is None


def test_context_decides_between_repeats_even_far_from_the_old_place() -> None:
    text = "Paris a voté. " * 3 + "Ensuite Paris a refusé le plan. " + "Paris a voté. " * 3
    s, e = span(text, "Paris a refusé")
    s, e = s, s + len("Paris")
    a = anchor(text, s, e)
    # the paragraph moves to the very start; repeats of "Paris" stay near the old place
    moved = "Ensuite Paris a refusé le plan. " + "Paris a voté. " * 6
    found = check(moved, reanchor(moved, **a), "Paris")
    assert moved[found[0] : found[0] + 15] == "Paris a refusé "


def test_without_context_the_nearest_repeat_wins() -> None:
    text = "abc xyz abc xyz abc"
    a = Anchor(exact="abc", prefix="", suffix="", start=9, end=12)
    assert reanchor("abc xyz abc xyz abc", **a) == (8, 11)
    assert reanchor("zz abc", **a) == (3, 6)
    assert text


def test_old_range_with_other_context_is_not_taken_blindly() -> None:
    text = "ab ab"
    a = anchor(text, 3, 5)  # the second "ab", prefix "ab "
    new = "xx ab ab"  # the old range now holds "ab" after "xx", the real one moved
    assert reanchor(new, **a) == (6, 8)


def test_emoji_before_counts_one_code_point_each() -> None:
    s, e = span(TEXT, "Bagdad")
    a = anchor(TEXT, s, e)
    new = "🇫🇷👍🏽 " + TEXT
    found = reanchor(new, **a)
    assert found == (s + 5, e + 5)
    assert new[found[0] : found[1]] == "Bagdad"


def test_decomposed_accents_match_and_cover_the_marks() -> None:
    s, e = span(TEXT, "a annoncé")
    a = anchor(TEXT, s, e)
    new = unicodedata.normalize("NFD", TEXT)
    found = check(new, reanchor(new, **a), "a annoncé")
    assert new[found[0] : found[1]].endswith("e\u0301")
    # and the other way round: a decomposed quote found in composed text
    d = anchor(new, found[0], found[1])
    assert check(TEXT, reanchor(TEXT, **d), "a annoncé") == (s, e)


def test_a_quote_never_ends_inside_an_accented_letter() -> None:
    a = Anchor(exact="cafe", prefix="", suffix="", start=0, end=4)
    for form in ("NFC", "NFD"):
        assert reanchor(unicodedata.normalize(form, "un café"), **a) is None
        text = unicodedata.normalize(form, "un café, un cafe")
        assert reanchor(text, **a) == (len(text) - 4, len(text))


def test_apostrophes_and_line_breaks_are_forgiven() -> None:
    text = "Selon l’AFP, aujourd’hui\nle retrait commence."
    s, e = span(text, "l’AFP, aujourd’hui\nle retrait")
    a = anchor(text, s, e)
    new = "Dépêche. Selon l'AFP, aujourd'hui le  retrait commence."
    found = check(new, reanchor(new, **a), text[s:e])
    assert new[found[0] : found[1]] == "l'AFP, aujourd'hui le  retrait"


def test_text_too_short_or_quote_gone_is_an_orphan() -> None:
    a = anchor(TEXT, *span(TEXT, "Bagdad"))
    assert reanchor("", **a) is None
    assert reanchor("Autre article sans rapport.", **a) is None
    assert reanchor(TEXT, exact="", prefix="", suffix="", start=0, end=0) is None


def test_anchorer_reuses_one_text_for_many_quotes() -> None:
    new = "Préambule. " + TEXT
    anchorer = Anchorer(new)
    for needle in ("Bagdad", "coalition", "18 janvier 2026", "reporté"):
        s, e = span(TEXT, needle)
        assert anchorer.find(**anchor(TEXT, s, e)) == (s + 11, e + 11)

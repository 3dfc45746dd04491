"""Fuzzing re-anchoring: random edits to a source never move an annotation onto other text.

An annotation stored with its quote and context is re-anchored in an edited text. Whatever
the edits, the result is either a range that reads the quote (up to the differences the
module forgives: Unicode composition, the apostrophe, runs of whitespace) or None, an
orphan. When no edit came near the quote it is found again; with no edit at all, at the
very same place.
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop.core.anchoring import selector_for
from desktop.core.reanchor import normalize, reanchor

FUZZ = settings(
    max_examples=200,
    deadline=timedelta(seconds=1),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    database=None,
)
PLAIN = [
    "le ", "convoi ", "a ", "quitté ", "Bagdad", " ", "\n", "\n\n", "jeudi", ". ", ", ",
    "L’ONU", "l'ONU", "Mossoul", "café", "Aïn", "🙂", "👩‍👩‍👧", "—", "é", "3 mai", "  ",
]  # fmt: skip
MARKED = [*PLAIN, "e\u0301", "Ai\u0308n", "\u0301", "’", "'", "\t", "\u00a0"]


def texts(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), min_size=3, max_size=60).map("".join)


@st.composite
def edits(draw: st.DrawFn, length: int, pieces: list[str]) -> list[tuple[int, int, str]]:
    """(position, characters deleted, text inserted) in the original text, not overlapping."""
    found: list[tuple[int, int, str]] = []
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, length))
        cut = draw(st.integers(0, min(8, length - at)))
        found.append((at, cut, draw(st.one_of(st.just(""), texts(pieces)))))
    found.sort(key=lambda c: c[0])
    disjoint: list[tuple[int, int, str]] = []
    for at, cut, new in found:
        if not disjoint or at > disjoint[-1][0] + disjoint[-1][1]:
            disjoint.append((at, cut, new))
    return disjoint


def _apply(text: str, changes: list[tuple[int, int, str]]) -> str:
    for at, cut, new in sorted(changes, key=lambda c: c[0], reverse=True):
        text = text[:at] + new + text[at + cut :]
    return text


def _sound(text: str, exact: str, found: tuple[int, int] | None) -> None:
    if found is None:
        return
    s, e = found
    assert 0 <= s < e <= len(text)
    assert normalize(text[s:e]) == normalize(exact), (text[s:e], exact)


@FUZZ
@given(data=st.data(), original=texts(MARKED))
def test_an_annotation_lands_on_its_quote_or_is_an_orphan(
    data: st.DataObject, original: str
) -> None:
    start = data.draw(st.integers(0, len(original) - 1))
    end = data.draw(st.integers(start + 1, min(len(original), start + 40)))
    sel = selector_for(original, start, end)
    changes = data.draw(edits(len(original), MARKED))
    text = _apply(original, changes)
    found = reanchor(
        text, exact=sel.quote, prefix=sel.prefix, suffix=sel.suffix, start=start, end=end
    )
    _sound(text, sel.quote, found)
    if not changes:
        assert found == (start, end)


@FUZZ
@given(data=st.data(), original=texts(PLAIN))
def test_edits_away_from_the_quote_never_orphan_it(data: st.DataObject, original: str) -> None:
    start = data.draw(st.integers(0, len(original) - 1))
    end = data.draw(st.integers(start + 1, min(len(original), start + 40)))
    assume(original[start:end].strip())
    assume(end == len(original) or not unicodedata.combining(original[end]))
    sel = selector_for(original, start, end)
    changes = data.draw(edits(len(original), PLAIN))
    assume(all(at + cut < start - 1 or at > end + 1 for at, cut, _ in changes))
    text = _apply(original, changes)
    found = reanchor(
        text, exact=sel.quote, prefix=sel.prefix, suffix=sel.suffix, start=start, end=end
    )
    assert found is not None
    _sound(text, sel.quote, found)


@FUZZ
@given(
    text=st.text(max_size=300),
    exact=st.text(min_size=1, max_size=20),
    prefix=st.text(max_size=32),
    suffix=st.text(max_size=32),
    start=st.integers(-5, 400),
    length=st.integers(-3, 30),
)
def test_any_selector_on_any_text(
    text: str, exact: str, prefix: str, suffix: str, start: int, length: int
) -> None:
    """Selectors from other people's files (bundles, .qdpx) can be anything."""
    found = reanchor(
        text, exact=exact, prefix=prefix, suffix=suffix, start=start, end=start + length
    )
    _sound(text, exact, found)

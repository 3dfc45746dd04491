"""Fuzzing the date grammar (EDTF) and the date suggester: no crash, no hang, sound output.

EDTF: ``parse`` returns a value or raises EdtfError (a RecoupeError), ``explain`` agrees
with it and never raises, a parsed value parses again to itself and its extent is ordered.
Suggester: on any text, in French and English, with or without a publication date, every
suggestion is a non-overlapping slice of the text whose value the EDTF parser accepts.
Each example has a deadline, so a regular expression that backtracks badly fails here.
"""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import edtf
from desktop.core.errors import RecoupeError
from desktop.core.extract.dates import find_dates

FUZZ = settings(
    max_examples=150,
    deadline=timedelta(seconds=1),
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
EDTF_ALPHABET = "0123456789-/.X?~%uUYESZT:+ " + "Ⅻ٣𝟘"  # lookalike digits included
EDTF_PIECES = st.sampled_from(
    [
        "2024", "-2024", "2024-05", "2024-05-03", "2024-21", "2024-24", "2024-13", "2024-02-30",
        "20XX", "2024-XX", "2024-05-XX", "XXXX", "Y170000002", "Y-170000002", "?", "~", "%",
        "/", "..", "2024/", "/2024", "2024/..", "../2024", "03/05/2024", "2024/05/03", "T12:00",
        "Z", "+01:00", "0000", "9999", "10000", "-0001",
    ]
)  # fmt: skip
WORDS = st.sampled_from(
    [
        "le", "3", "1er", "mai", "May", "2024", "jeudi", "Thursday", "hier", "yesterday",
        "avant-hier", "la", "semaine", "dernière", "last", "week", "début", "fin", "mi-",
        "janvier", "décembre", "printemps", "summer", "2023-2024", "1990s", "années", "90",
        "03/05/2024", "5/3/24", "2024-05-03", "il", "y", "a", "deux", "jours", "ago", "since",
        "depuis", "le", "XIXe", "siècle", "du", "au", "entre", "et", "from", "to", "’", "'",
        ",", ".", "\n", " ", "—", "–", "-", "/", "🙂", "e\u0301", "\u00a0", "1", "31", "0",
        "000000000000000000", "29 février 2023", "31 avril", "1er janvier 0000",
    ]
)  # fmt: skip


@FUZZ
@given(text=st.one_of(st.text(alphabet=EDTF_ALPHABET, max_size=30), st.text(max_size=30)))
def test_edtf_parse_and_explain_agree_on_any_text(text: str) -> None:
    _check_edtf(text)


@FUZZ
@given(pieces=st.lists(EDTF_PIECES, min_size=1, max_size=4))
def test_edtf_on_near_misses(pieces: list[str]) -> None:
    _check_edtf("".join(pieces))


def _check_edtf(text: str) -> None:
    problem = edtf.explain(text)
    try:
        value = edtf.parse(text)
    except edtf.EdtfError as e:
        assert isinstance(e, RecoupeError) and str(e)
        assert problem is not None and str(problem) == str(e)
        return
    assert problem is None
    assert edtf.parse(value.text) == value  # the normalised text reads back the same
    assert value.lower is None or value.upper is None or value.lower <= value.upper


@FUZZ
@given(
    words=st.lists(WORDS, max_size=80),
    noise=st.text(max_size=40),
    lang=st.sampled_from(("fr", "en", "fr-CA", "en_GB")),
    published=st.one_of(st.none(), st.dates(min_value=date(1, 1, 8), max_value=date(9999, 12, 24))),
)
def test_the_date_suggester_on_any_text(
    words: list[str], noise: str, lang: str, published: date | None
) -> None:
    text = " ".join(words) + noise
    _check_suggestions(text, published, lang)


@FUZZ
@given(text=st.text(max_size=500), published=st.one_of(st.none(), st.just(date(2024, 5, 3))))
def test_the_date_suggester_on_random_text(text: str, published: date | None) -> None:
    _check_suggestions(text, published, "fr")


def _check_suggestions(text: str, published: date | None, lang: str) -> None:
    found = find_dates(text, published=published, lang=lang)
    previous_end = 0
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= previous_end  # sorted, never overlapping
        previous_end = s.end
        assert text[s.start : s.end] == s.text
        assert s.kind == "date"
        if s.value is not None:
            assert edtf.explain(s.value) is None, (s.text, s.value)


def test_pathological_runs_stay_fast() -> None:
    """Long runs that make careless patterns backtrack: each must finish in well under 1 s."""
    import time

    for text in (
        "1" * 20_000,
        "1 " * 10_000,
        "1/" * 10_000,
        "le " * 10_000,
        "mai " * 5_000,
        "2024-" * 5_000,
        "de 3 à " * 3_000,
        "-" * 20_000,
        "\n" * 20_000,
    ):
        began = time.perf_counter()
        _check_suggestions(text, date(2024, 5, 3), "fr")
        _check_suggestions(text, None, "en")
        assert time.perf_counter() - began < 2.0, text[:20]

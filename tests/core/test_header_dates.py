"""A publication header is read with a date found at the start of the line only: the same
answers as searching the whole line for its first date, without scanning long paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.importing import dates, pubdate
from desktop.core.importing.pubdate import split_header


def split_header_by_first_date(line: str) -> tuple[str | None, str]:
    """The definition: the line's first date (anywhere) must start right after the key."""
    key = pubdate._HEADER_KEY.match(line)
    if key and key.end() > 0:
        rest = line[key.end() :]
        found = dates.find_date(rest)
        if found is not None and found[1] == 0:
            return found[0], rest[found[2] :]
    bare = pubdate._DATE_ONLY_PREFIX.match(line)
    rest = line[bare.end() :] if bare else line
    found = dates.find_date(rest)
    if found is not None and found[1] == 0 and pubdate._TIME_TAIL.match(rest[found[2] :]):
        return found[0], ""
    return None, line


KEYS = ("", "Publié le ", "Date : ", "Published on ", "Mis en ligne le ", "— ", "le ", "On ")
DATES = (
    "18 janvier 2026", "1er octobre 2025", "Mardi 5 mars 2024", "Tuesday, 5 March 2024",
    "January 18, 2026", "Jan. 18 2026", "2026-01-19", "2026/01/19", "2026-13-45",
    "19/01/2026", "31/02/2024", "02/31/2024", "31 février 2024", "29 février 2023",
    "5 mars", "mars 2024", "12.03.2024", "32 mars 2024", "2024", "",
)  # fmt: skip
TAILS = (
    "", " à 10h30", ", 10:32", " - 8 h", " | 12h", " UTC", " et la suite du texte",
    " : le convoi est parti le 3 avril 2024.", " 2026-02-01", ". Mis à jour le 20 janvier 2026",
)  # fmt: skip


@given(
    st.sampled_from(KEYS),
    st.sampled_from(DATES),
    st.sampled_from(TAILS),
    st.text(alphabet=" ,.:0123456789ajmé", max_size=6),
)
@settings(max_examples=600, deadline=None)
def test_header_split_matches_the_first_date_of_the_line(
    key: str, day: str, tail: str, noise: str
) -> None:
    for line in (key + day + tail, noise + key + day + tail, key + noise + day + tail):
        assert split_header(line) == split_header_by_first_date(line), line


def test_a_long_paragraph_with_a_date_inside_is_no_header() -> None:
    paragraph = "Le ministre a démenti. " * 200 + "Publié le 18 janvier 2026."
    assert split_header(paragraph) == (None, paragraph)
    assert split_header("Publié le 18 janvier 2026 à 10h30") == ("2026-01-18", " à 10h30")
    assert split_header("18/01/2026 10:32") == ("2026-01-18", "")

"""Calendar dates written the ways French and English news write them.

Shared by the publication-date guess (``pubdate``), HTML metadata and Markdown front
matter. Every function returns a real calendar day as ``YYYY-MM-DD`` or None.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Final

MONTHS_FR: Final[dict[str, int]] = {
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "fév": 2,
    "mars": 3, "avril": 4, "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7,
    "août": 8, "aout": 8, "septembre": 9, "sept": 9, "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11, "décembre": 12, "decembre": 12, "déc": 12, "dec": 12,
}  # fmt: skip
MONTHS_EN: Final[dict[str, int]] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
MONTHS: Final[dict[str, int]] = {**MONTHS_FR, **MONTHS_EN}

WEEKDAYS: Final = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
)


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# A month name, or its abbreviation (optionally followed by a dot), as a whole word.
MONTH_FR_RE: Final = rf"(?:{_alternation(MONTHS_FR)})(?![\w])\.?"
MONTH_EN_RE: Final = rf"(?:{_alternation(MONTHS_EN)})(?![\w])\.?"
MONTH_RE: Final = rf"(?:{_alternation(MONTHS)})(?![\w])\.?"
YEAR_RE: Final = r"(?:19|20)\d{2}"
DAY_RE: Final = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?!\d)(?:er|ᵉʳ|st|nd|rd|th)?"

_WEEKDAY_PREFIX: Final = rf"(?:(?:{WEEKDAYS})\.?,?\s+)?"
# "18 janvier 2026", "1er octobre 2025", "Tuesday 5 March 2024"
_DMY: Final = re.compile(
    rf"{_WEEKDAY_PREFIX}(?P<d>{DAY_RE})\s+(?P<m>{MONTH_RE})\s*,?\s+(?P<y>{YEAR_RE})(?!\d)",
    re.IGNORECASE,
)
# "January 18, 2026", "Jan. 18 2026"
_MDY: Final = re.compile(
    rf"{_WEEKDAY_PREFIX}(?P<m>{MONTH_RE})\s+(?P<d>{DAY_RE}),?\s+(?P<y>{YEAR_RE})(?!\d)",
    re.IGNORECASE,
)
# "2026-01-19", "2026-01-19T10:32:00+01:00", "2026/01/19"
_ISO: Final = re.compile(rf"(?<!\d)(?P<y>{YEAR_RE})([-/.])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?!\d)")
# "19/01/2026", "19.01.2026", "19-01-2026": read day first unless that is impossible
_NUMERIC: Final = re.compile(
    rf"(?<![\d.])(?P<a>[0-3]?\d)([/.\-])(?P<b>[0-3]?\d)\2(?P<y>{YEAR_RE})(?!\d)"
)
_COMPACT: Final = re.compile(rf"^(?P<y>{YEAR_RE})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:T|\d{{6}}|$)")


def month_number(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def day_number(text: str) -> int:
    return int(re.match(r"\d+", text).group())  # type: ignore[union-attr]


def iso(year: int, month: int, day: int) -> str | None:
    """``YYYY-MM-DD`` if that day exists, else None."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first written date in text as (iso, start, end), trying each form in turn."""
    best: tuple[str, int, int] | None = None
    for found in (_find_iso(text), _find_named(text), _find_numeric(text)):
        if found is not None and (best is None or found[1] < best[1]):
            best = found
    return best


def date_at_start(text: str) -> tuple[str, int] | None:
    """(iso, end) of a date text starts with: what find_date gives when its date starts at
    0, found without scanning the rest of text (a whole paragraph, in a header guess)."""
    m = _ISO.match(text)
    if m:
        value = iso(int(m["y"]), int(m["m"]), int(m["d"]))
        if value:
            return value, m.end()
    for pattern in (_DMY, _MDY):
        m = pattern.match(text)
        month = month_number(m["m"]) if m else None
        if m and month:
            value = iso(int(m["y"]), month, day_number(m["d"]))
            if value:
                return value, m.end()
    m = _NUMERIC.match(text)
    if m:
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        value = iso(year, b, a) or iso(year, a, b)
        if value:
            return value, m.end()
    return None


def _find_iso(text: str) -> tuple[str, int, int] | None:
    for m in _ISO.finditer(text):
        value = iso(int(m["y"]), int(m["m"]), int(m["d"]))
        if value:
            return value, m.start(), m.end()
    return None


def _find_named(text: str) -> tuple[str, int, int] | None:
    best: tuple[str, int, int] | None = None
    for pattern in (_DMY, _MDY):
        for m in pattern.finditer(text):
            month = month_number(m["m"])
            value = iso(int(m["y"]), month, day_number(m["d"])) if month else None
            if value:
                if best is None or m.start() < best[1]:
                    best = (value, m.start(), m.end())
                break
    return best


def _find_numeric(text: str) -> tuple[str, int, int] | None:
    for m in _NUMERIC.finditer(text):
        a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
        value = iso(year, b, a) or iso(year, a, b)
        if value:
            return value, m.start(), m.end()
    return None


def parse_date(value: str) -> str | None:
    """A date written in metadata (ISO 8601, RFC 2822, "5 mars 2024", …) as YYYY-MM-DD.

    The calendar day is kept as written: "2024-03-05T23:30:00-05:00" is 2024-03-05, the
    day the page gave, not converted to another time zone.
    """
    value = value.strip()
    if not value:
        return None
    m = _COMPACT.match(value)
    if m:
        return iso(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _ISO.match(value)
    if m:
        return iso(int(m["y"]), int(m["m"]), int(m["d"]))
    if re.match(r"^[A-Za-z]{3},\s", value) or re.search(r"\d\d:\d\d:\d\d [+-]\d{4}$", value):
        try:
            parsed: datetime = parsedate_to_datetime(value)
            return parsed.date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    found = find_date(value)
    return found[0] if found else None


def plausible(value: str | None, *, today: date | None = None) -> str | None:
    """value if it is a day between 1900 and the end of next year, else None."""
    if value is None:
        return None
    year = int(value[:4])
    limit = (today or date.today()).year + 1
    return value if 1900 <= year <= limit else None

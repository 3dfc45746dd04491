"""Publication date of a plain text, from what news copy carries at its start.

Tried in order, first found wins:

1. a header near the start: ``date 2026-01-19``, ``Publié le 18 janvier 2026``,
   ``Published: January 18, 2026``, or a line that is only a date ("header", confirmed);
   ``Mis à jour le …``/``Updated …`` is not a publication date;
2. a 14-digit ``YYYYMMDDhhmmss`` stamp ending a digit run of an id, such as
   ``622703.1.260.149.20211209111613`` ("id-timestamp", confirmed);
3. a wire-style dateline, ``WASHINGTON, 1er octobre.`` or ``LONDON, Jan. 5 (Reuters) -``,
   whose year is inferred from the years the text mentions ("dateline", unconfirmed: the
   user is asked to confirm it).

A date in the body ("ce dimanche 18 janvier 2026, …") is an event, never a publication.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final, NamedTuple

from desktop.core.importing import dates
from desktop.core.importing.dates import DAY_RE, MONTH_EN_RE, MONTH_RE, WEEKDAYS, YEAR_RE
from desktop.core.importing.language import guess_language

HEADER_LINES: Final = 8
HEADER_CHARS: Final = 2000
DATELINE_LINES: Final = 4
# A dateline's year is inferred from the article, not from a whole book of copy.
YEAR_SCAN_CHARS: Final = 30_000
# Words between a future marker and the year it makes future.
FUTURE_WINDOW_WORDS: Final = 8


class PublicationDate(NamedTuple):
    """(date as YYYY-MM-DD or None, how it was found, whether it counts as confirmed)."""

    date: str | None
    how: str | None
    confirmed: bool


NOT_FOUND: Final = PublicationDate(None, None, False)

_HEADER_KEY: Final = re.compile(
    r"""^[\W_]{0,3}(?:
        date(?:\s+de\s+publication)?
        | publi[ée]e?(?:\s+le)?
        | mis\s+en\s+ligne(?:\s+le)?
        | (?:first\s+)?published(?:\s+on)?
        | posted(?:\s+on)?
        | publication
    )\s*[:：]?\s*(?:le\s+|on\s+)?""",
    re.IGNORECASE | re.VERBOSE,
)
_TIME_TAIL: Final = re.compile(
    r"^\s*(?:(?:,|à|at|-|–|—|\|)?\s*\d{1,2}\s*[h:.]\s*(?:\d{2})?\s*"
    r"(?:am|pm|utc|gmt|cet|cest|hne|et|edt|est)?\s*)?$",
    re.IGNORECASE,
)
_DATE_ONLY_PREFIX: Final = re.compile(r"^[\W_]{0,3}(?:le\s+|on\s+)?", re.IGNORECASE)

_ID_DIGITS: Final = re.compile(r"(?<!\d)\d{14,20}(?!\d)")

_CITY: Final = r"(?P<city>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\- ]{1,40}?)"
_AGENCY: Final = r"(?:\s*\([^()\n]{1,30}\))?"
_DATELINE_END: Final = r"(?=\s*(?:[.,:;(/–—-]|$))"
_WEEKDAY: Final = rf"(?:(?i:{WEEKDAYS})\.?,?\s+)?"
_DATELINES: Final = (
    # PARIS, 3 mars (AFP) -   WASHINGTON, 1er octobre.   LONDON, 5 January -
    re.compile(
        rf"^\W{{0,3}}{_CITY}{_AGENCY}\s*,\s*(?i:le\s+)?{_WEEKDAY}(?P<d>{DAY_RE})\s+"
        rf"(?P<m>(?i:{MONTH_RE}))(?:\s+(?P<y>{YEAR_RE}))?{_DATELINE_END}"
    ),
    # WASHINGTON, Oct. 1 (Reuters) -   LONDON, January 5, 2024 -
    re.compile(
        rf"^\W{{0,3}}{_CITY}{_AGENCY}\s*,\s*{_WEEKDAY}(?P<m>(?i:{MONTH_EN_RE}))\s+"
        rf"(?P<d>{DAY_RE})(?:,?\s+(?P<y>{YEAR_RE}))?{_DATELINE_END}"
    ),
)

_YEAR_END: Final = r"(?!\d|[.,]\d)"
_YEAR_WORDS: Final = (
    "en|depuis|dès|début|fin|courant|année|années|été|hiver|printemps|automne|de|"
    "jusqu['’]en|d['’]ici|in|since|from|during|early|late|year|summer|winter|spring|"
    "autumn|fall|until|till|by"
)
_MENTION: Final = re.compile(
    rf"""(?:(?P<d>{DAY_RE})\s+)?(?P<m>{MONTH_RE})\s+(?P<y>{YEAR_RE}){_YEAR_END}
    | (?P<m2>{MONTH_EN_RE})\s+(?P<d2>{DAY_RE}),?\s+(?P<y2>{YEAR_RE}){_YEAR_END}
    | (?<!\d)(?P<y3>{YEAR_RE})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?!\d)
    | (?<![\d.])(?P<d4>[0-3]?\d)/(?P<m4>[01]?\d)/(?P<y4>{YEAR_RE}){_YEAR_END}
    | (?<!\w)(?:(?:{_YEAR_WORDS})\s+|(?:mi|mid)-)(?P<y5>{YEAR_RE}){_YEAR_END}
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Ends of sentences and clauses; an initial ("M. Dupont") ends neither.
_SENTENCE_END: Final = re.compile(r"(?<!\s[A-Z])[.!?…;](?=\s)|\n")
_WORD: Final = re.compile(r"[\w'’-]+")

_FUTURE_EN: Final = frozenset(
    {"will", "would", "shall", "'ll", "’ll", "due", "scheduled", "expected", "planned", "plans"}
    | {"plan", "intends", "aims", "going"}
)
_FUTURE_FR: Final = frozenset(
    {"va", "vont", "allait", "allaient", "prévu", "prévue", "prévus", "prévues", "ira"}
)
# French future and conditional endings: achèvera, seront, devrait, pourraient, ferons
_FUTURE_FR_ENDING: Final = re.compile(r"^[a-zàâçéèêëîïôûùüÿœ]{2,}(?:ra|ront|rait|raient|rons)$")
_NOT_VERBS: Final = frozenset(
    {
        "front", "affront", "caméra", "camera", "opéra", "opera", "extra", "ultra", "mantra",
        "cobra", "sierra", "tundra", "environs", "escadrons", "patrons", "citrons", "marrons",
        "chevrons", "bûcherons", "vignerons", "forgerons", "potirons", "biberons", "larrons",
        "perrons", "fanfarons", "quarterons", "ronrons",
    }
)  # fmt: skip
# "by", "until", "d'ici", "jusqu'en" make a year future only when they govern the date
_TIGHT_FUTURE: Final = re.compile(
    r"(?:\bby|\buntil|\btill|\bd['’]ici|\bjusqu['’]en|\bjusqu['’]à)"
    r"(?:\s+(?:the|end|start|beginning|middle|of|la|le|fin|début|mi|de|du|d['’]|l['’]|"
    rf"année|early|late|mid|{DAY_RE}|{MONTH_RE}))*\s*$",
    re.IGNORECASE,
)


def guess_published(text: str, *, today: date | None = None) -> PublicationDate:
    """The publication date text states or implies, or NOT_FOUND."""
    for finder in (header_date, id_timestamp, dateline_date):
        found = finder(text, today=today)
        if found.date is not None:
            return found
    return NOT_FOUND


def _head_lines(text: str, count: int) -> list[str]:
    lines = [ln for ln in text[:HEADER_CHARS].split("\n") if ln.strip()]
    return lines[:count]


def split_header(line: str) -> tuple[str | None, str]:
    """(date, rest of line) if line starts with a publication header, else (None, line)."""
    key = _HEADER_KEY.match(line)
    if key and key.end() > 0:
        rest = line[key.end() :]
        found = dates.date_at_start(rest)
        if found is not None:
            return found[0], rest[found[1] :]
    bare = _DATE_ONLY_PREFIX.match(line)
    rest = line[bare.end() :] if bare else line
    found = dates.date_at_start(rest)
    if found is not None and _TIME_TAIL.match(rest[found[1] :]):
        return found[0], ""
    return None, line


def header_date(text: str, *, today: date | None = None) -> PublicationDate:
    for line in _head_lines(text, HEADER_LINES):
        value, _ = split_header(line.strip())
        value = dates.plausible(value, today=today)
        if value:
            return PublicationDate(value, "header", True)
    return NOT_FOUND


def id_timestamp(text: str, *, today: date | None = None) -> PublicationDate:
    limit = (today or date.today()).year + 1
    for m in _ID_DIGITS.finditer(text):
        stamp = m.group()[-14:]
        try:
            when = datetime.strptime(stamp, "%Y%m%d%H%M%S")
        except ValueError:
            continue
        if 1990 <= when.year <= limit:
            return PublicationDate(when.date().isoformat(), "id-timestamp", True)
    return NOT_FOUND


def dateline_date(text: str, *, today: date | None = None) -> PublicationDate:
    for line in _head_lines(text, DATELINE_LINES):
        for pattern in _DATELINES:
            m = pattern.match(line)
            if m is None or sum(ch.isupper() for ch in m["city"]) < 2:
                continue
            month = dates.month_number(m["m"])
            if month is None:
                continue
            day = dates.day_number(m["d"])
            year = int(m["y"]) if m["y"] else infer_year(text, month, day, today=today)
            value = dates.iso(year, month, day) if year else None
            value = dates.plausible(value, today=today)
            if value:
                return PublicationDate(value, "dateline", False)
    return NOT_FOUND


@dataclass(frozen=True)
class YearMention:
    """A year the text mentions in a date-like phrase, with month and day when given."""

    year: int
    month: int | None
    day: int | None
    future: bool


def year_mentions(text: str) -> list[YearMention]:
    """Years mentioned in the first YEAR_SCAN_CHARS of text, in date-like phrases."""
    text = text[:YEAR_SCAN_CHARS]
    french = guess_language(text) == "fr"
    found: list[YearMention] = []
    for m in _MENTION.finditer(text):
        year_group = next(g for g in ("y", "y2", "y3", "y4", "y5") if m[g])
        year_text = m[year_group]
        month_text = m["m"] or m["m2"] or m["m3"] or m["m4"]
        day_text = m["d"] or m["d2"] or m["d3"] or m["d4"]
        if m["m"] or m["m2"]:
            month = dates.month_number(month_text)
        else:
            month = int(month_text) if month_text else None
        day = dates.day_number(day_text) if day_text else None
        if month is not None and not 1 <= month <= 12:
            continue
        future = _is_future(text, m.start(), m.start(year_group), french=french)
        found.append(YearMention(int(year_text), month, day, future))
    return found


def infer_year(text: str, month: int, day: int, *, today: date | None = None) -> int | None:
    """The year of a dateline's day and month, from the years the text mentions.

    The latest year mentioned outside future or conditional phrases, plus one when the
    text mentions a later day of that year (a dateline of 1 October in a text that
    recalls 22 December 2025 is from 2026). None when the text mentions no year.
    """
    limit = (today or date.today()).year + 1
    past = [y for y in year_mentions(text) if not y.future and 1900 <= y.year <= limit]
    if not past:
        return None
    latest = max(y.year for y in past)
    later = any(
        y.year == latest and y.month is not None and (y.month, y.day or 0) > (month, day)
        for y in past
    )
    return latest + 1 if later else latest


def _is_future(text: str, start: int, year_start: int, *, french: bool) -> bool:
    sentence_start = max(0, start - 600)
    for end in _SENTENCE_END.finditer(text, max(0, start - 600), start):
        sentence_start = end.end()
    before = text[sentence_start:start]
    if _TIGHT_FUTURE.search(text[sentence_start:year_start]):
        return True
    words = _WORD.findall(before)[-FUTURE_WINDOW_WORDS:]
    for word in words:
        lower = word.lower()
        if french and word == lower and _is_french_future_verb(re.split("['’]", lower)[-1]):
            return True
        if lower in _FUTURE_EN or lower.endswith(("'ll", "’ll")):
            return True
    return False


def _is_french_future_verb(word: str) -> bool:
    if word in _FUTURE_FR:
        return True
    if word in _NOT_VERBS or word.endswith("trait") or len(word) < 4:
        return False
    return _FUTURE_FR_ENDING.match(word) is not None


_AFTER_DATELINE: Final = re.compile(
    r"^\s*\.?\s*(?:/[A-Z][A-Za-z-]{1,15}/\.?\s*)?(?:\([^()\n]{1,30}\)\s*)?[-–—.:,]?\s*"
)


def strip_dateline(line: str) -> str:
    """line without a leading dateline and its agency tag ("PARIS, 3 mars (AFP) - ")."""
    for pattern in _DATELINES:
        m = pattern.match(line)
        if m is not None and sum(ch.isupper() for ch in m["city"]) >= 2:
            rest = line[m.end() :]
            tail = _AFTER_DATELINE.match(rest)
            return rest[tail.end() :] if tail else rest
    return line

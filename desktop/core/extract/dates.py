"""Date suggestions in French and English news text, normalised to EDTF.

``find_dates(text, published=..., lang=...)`` returns what a journalist would tag as a
date, each with its EDTF value and how it was resolved (``DateBasis``): written in full
(absolute), completed or computed from the publication date, or computed from another
date of the text ("le lendemain"). Pure Python, no network, linear in the text: each
family of patterns is one compiled regex run once over the text; only matches reach Python.

Choices (the tests hold an example of each):

- Spans: an article or preposition that belongs to the date is part of it ("Le 18
  septembre", "En juillet 2025", "l’été 2020", "on Thursday", "in March 2021"); one that
  only frames it is not ("depuis 2014" tags "2014", "jusqu'au 10 février" tags "10
  février"). "depuis/since X" gives X, not the open interval ``X/..``: the period starts
  there, and the journalist widens it by hand when the end matters.
- Partial dates ("le 18 septembre", "en juillet", "jeudi", "au printemps") take the
  occurrence their clause's tense points to; see ``date_resolve``. A weekday written with
  a date is checked: "lundi 18 janvier 2026" (a Sunday) gives ``2026-01-18?``.
- Parts of a year or month are intervals without qualifier (the extent already says how
  loose they are): "début 2021" = ``2021-01/2021-03``, "mi-2021" = ``2021-05/2021-08``,
  "fin 2021" = ``2021-10/2021-12`` (early/mid/late likewise); "début janvier" = days 1–10,
  "mi-janvier" 11–20, "fin janvier" 21 to the end of the month.
- Quantities counted back or forward are approximate: "il y a trois ans" = ``2018~``,
  "il y a deux semaines" = that day ``~``; "ces derniers mois" = ``2021-09~/2021-12``
  (three units back to the publication). "il y a trois jours" is exact.
- "la veille", "le lendemain" (and "the day before", "the next day") count from the nearest
  earlier full date of the same paragraph (basis text), else from the publication.
- Numbers: "18/01/2026" is day/month/year; in English too unless only month/day/year is
  possible ("01/18/2026"), and a date that reads both ways in English ("03/04/2026")
  is given day first and marked uncertain (``2026-04-03?``). In French, an impossible
  day/month read as month/day is marked uncertain too.
- Weekdays: the publication's own weekday is the publication day ("ont annoncé jeudi",
  published on a Thursday); "jeudi dernier"/"last Thursday" and "jeudi prochain"/"next
  Thursday" are strictly before or after it.
- "d'ici la fin de l'année", "avant la fin de l'année", "by the end of the year" are the
  interval from the publication day to 31 December (likewise for the month and the week);
  "la fin de l'année" without "d'ici" is the year's last quarter like "fin 2021".
- Decades: "les années 1990", "the 1990s" = ``199X``; "les années 80" = ``198X``.
- Without a publication date, relative and partial expressions are skipped; absolute
  ones are still suggested.
- A bare year needs a lead word ("en 2014", "depuis 2014", "in 2014", "l'année 2014") or,
  after "de", to be followed by a small word or punctuation ("l'accord de 2015 sur…"); a
  year after "©" or "Copyright" is page furniture and skipped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from desktop.core import edtf
from desktop.core.extract import date_resolve as resolve
from desktop.core.extract.date_lexicon import FUNCTION_WORDS, YEAR
from desktop.core.extract.date_resolve import Direction
from desktop.core.extract.suggestion import Suggestion
from desktop.core.models import DateBasis

__all__ = ["LANGUAGES", "Suggestion", "find_dates"]

LANGUAGES: Final = ("fr", "en")
KIND: Final = "date"


@dataclass(frozen=True)
class Candidate:
    """A match a pattern family accepted: its span and value (or its shift from an anchor)."""

    start: int
    end: int
    value: str | None
    basis: DateBasis
    shift: int = 0
    """For "la veille"/"le lendemain" (value None): days from the anchor date."""


class Context:
    """The text being read, its publication date and language; tense looked up on demand."""

    def __init__(self, text: str, published: date | None, lang: str) -> None:
        self.text = text
        self.published = published
        self.lang = lang

    def direction(self, start: int, end: int) -> Direction:
        return resolve.tense(self.text, start, end, self.lang)

    def prev_word(self, start: int, length: int = 24) -> str:
        """The text just before start (up to length characters), lower case."""
        return self.text[max(0, start - length) : start].lower()


Handler = Callable[[re.Match[str], Context], Candidate | None]
Family = tuple[re.Pattern[str], Handler]


def family(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile a family's pattern behind a look-ahead for the characters it can start with.

    The regex engine then leaves most positions of the text after one character test
    instead of trying every alternative there (about 1.5 to 3 times faster on news text).
    ``first`` must only restate what the pattern requires; a test checks that it does.
    """
    return re.compile(f"(?=[{first}])(?:{pattern})", flags)


# ----------------------------------------------------------------- value helpers


def day_value(d: date, *, uncertain: bool = False, approximate: bool = False) -> str:
    return edtf.qualified(edtf.format_day(d), uncertain=uncertain, approximate=approximate)


def month_value(year: int, month: int, *, approximate: bool = False) -> str:
    return edtf.qualified(edtf.format_month(year, month), approximate=approximate)


def part_of_year(year: int, part: str) -> str:
    """ "début"/"early", "mi"/"mid", "fin"/"late" of a year as an interval of months."""
    first, last = {"start": (1, 3), "mid": (5, 8), "end": (10, 12)}[part]
    return f"{year:04d}-{first:02d}/{year:04d}-{last:02d}"


def part_of_month(year: int, month: int, part: str) -> str:
    """Days 1–10, 11–20 or 21–end of a month as an interval of days."""
    last = resolve.month_extent(year, month)[1].day
    first_day, last_day = {"start": (1, 10), "mid": (11, 20), "end": (21, last)}[part]
    return f"{year:04d}-{month:02d}-{first_day:02d}/{year:04d}-{month:02d}-{last_day:02d}"


def absolute_day(
    ctx: Context, m: re.Match[str], year: int, month: int, day: int, weekday: int | None
) -> Candidate | None:
    """A day written with its year; a contradicting weekday makes it uncertain."""
    d = resolve.safe_day(year, month, day)
    if d is None:
        return None
    uncertain = weekday is not None and d.weekday() != weekday
    return Candidate(m.start(), m.end(), day_value(d, uncertain=uncertain), DateBasis.ABSOLUTE)


def partial_day(
    ctx: Context,
    start: int,
    end: int,
    month: int,
    day: int,
    weekday: int | None,
    direction: Direction | None = None,
) -> Candidate | None:
    """A day-month completed from the publication date by tense."""
    if ctx.published is None or resolve.safe_day(2000, month, day) is None:
        return None
    way = direction or ctx.direction(start, end)
    d = resolve.day_month(day, month, ctx.published, way)
    if d is None:
        return None
    uncertain = weekday is not None and d.weekday() != weekday
    return Candidate(start, end, day_value(d, uncertain=uncertain), DateBasis.PUBLICATION)


def year_ok(year: int) -> bool:
    return 1 <= year <= 9999


_NEXT_WORD: Final = re.compile(r"[^\S\n]*(?P<w>[^\W\d_]+)?")


def follows_like_a_year(text: str, end: int) -> bool:
    """Whether what follows a number reads like what follows a year, not a count.

    A year is followed by punctuation, the end, a capitalised word or a small word
    ("de 2015 sur le nucléaire"); a count by its noun ("de 2000 soldats").
    """
    m = _NEXT_WORD.match(text, end)
    word = m["w"] if m else None
    if not word:
        return True
    return word[0].isupper() or word.lower() in FUNCTION_WORDS


def counted(
    m: re.Match[str], ctx: Context, n: int, roughly: bool, unit: str, back: bool
) -> Candidate | None:
    """n days/weeks/months/years before or after the publication date."""
    pub = ctx.published
    if pub is None or n <= 0 or n > 200:
        return None
    sign = -1 if back else 1
    try:
        if unit.startswith(("jour", "day")):
            value = day_value(pub + timedelta(days=sign * n), approximate=roughly)
        elif unit.startswith(("semaine", "week")):
            value = day_value(pub + timedelta(weeks=sign * n), approximate=True)
        elif unit.startswith(("mois", "month")):
            value = month_value(
                *resolve.add_months(pub.year, pub.month, sign * n), approximate=True
            )
        else:
            value = edtf.qualified(edtf.format_year(pub.year + sign * n), approximate=True)
    except (OverflowError, edtf.EdtfError):
        return None
    return Candidate(m.start(), m.end(), value, DateBasis.PUBLICATION)


def recent(m: re.Match[str], ctx: Context, n: int, unit: str) -> Candidate | None:
    """The last n units up to the publication date, with an approximate start."""
    pub = ctx.published
    if pub is None or not 0 < n <= 100:
        return None
    if unit.startswith(("jour", "day")):
        value = f"{day_value(pub - timedelta(days=n), approximate=True)}/{day_value(pub)}"
    elif unit.startswith(("semaine", "week")):
        value = f"{day_value(pub - timedelta(weeks=n), approximate=True)}/{day_value(pub)}"
    elif unit.startswith(("mois", "month")):
        first = resolve.add_months(pub.year, pub.month, -n)
        value = f"{month_value(*first, approximate=True)}/{month_value(pub.year, pub.month)}"
    else:
        value = f"{edtf.format_year(pub.year - n)}~/{edtf.format_year(pub.year)}"
    return Candidate(m.start(), m.end(), value, DateBasis.PUBLICATION)


def year_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    y1, y2 = (int(m["y1"]), int(m["y2"])) if m["y1"] else (int(m["y3"]), int(m["y4"]))
    if not y1 < y2 or y2 - y1 > 100:
        return None
    return Candidate(
        m.start(), m.end(), f"{edtf.format_year(y1)}/{edtf.format_year(y2)}", DateBasis.ABSOLUTE
    )


# ------------------------------------------------------------- shared families

# 2026-01-19, 2026-01-19T10:30
_ISO: Final = family(r"12", rf"(?<![\w.-])(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-]|\.\d)")
# 18/01/2026, 18.01.2026, 18-01-2026
_NUMERIC: Final = family(
    r"\d",
    r"(?<![\w./-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)"
    r"(?P<y>(?:1[89]|20|21)\d\d)(?![\w/-]|\.\d)",
)


def _iso(m: re.Match[str], ctx: Context) -> Candidate | None:
    return absolute_day(ctx, m, int(m["y"]), int(m["m"]), int(m["d"]), None)


def _numeric(m: re.Match[str], ctx: Context) -> Candidate | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    day_first = resolve.safe_day(y, b, a)
    month_first = resolve.safe_day(y, a, b)
    if day_first is not None:
        uncertain = ctx.lang == "en" and month_first is not None and a != b
        return Candidate(
            m.start(), m.end(), day_value(day_first, uncertain=uncertain), DateBasis.ABSOLUTE
        )
    if month_first is not None:
        uncertain = ctx.lang != "en"
        return Candidate(
            m.start(), m.end(), day_value(month_first, uncertain=uncertain), DateBasis.ABSOLUTE
        )
    return None


SHARED: Final[tuple[Family, ...]] = ((_ISO, _iso), (_NUMERIC, _numeric))


# ------------------------------------------------------------------------ engine


def _families(lang: str) -> Sequence[Family]:
    if lang == "fr":
        from desktop.core.extract.dates_fr import FAMILIES
    elif lang == "en":
        from desktop.core.extract.dates_en import FAMILIES
    else:
        raise ValueError(f"lang must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    return (*SHARED, *FAMILIES)


_PARAGRAPH_BREAK: Final = re.compile(r"\n[^\S\n]*\n")
_FURNITURE: Final = re.compile(r"(?:©|\(c\)|copyright)[^\S\n]*$", re.IGNORECASE)


def find_dates(text: str, *, published: date | None, lang: str = "fr") -> list[Suggestion]:
    """Date suggestions in text, sorted by position and never overlapping.

    Offsets are code points of ``text``. Where two matches overlap the longer one wins
    (the earlier on a tie). Without ``published``, relative and partial dates are skipped.
    Raises ValueError for a language other than "fr" or "en" (regional variants such as
    "fr-CA" or "en_GB" count as their language).
    """
    lang = lang.replace("_", "-").split("-")[0].lower()  # "fr-FR", "en_GB"
    ctx = Context(text, published, lang)
    candidates: list[Candidate] = []
    for pattern, handler in _families(lang):
        for m in pattern.finditer(text):
            found = handler(m, ctx)
            if found is not None and not _FURNITURE.search(
                text, max(0, found.start - 12), found.start
            ):
                candidates.append(found)
    kept = _longest_first(candidates)
    return _resolve_anchored(kept, ctx)


def _longest_first(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longer ones first, then in text order."""
    candidates.sort(key=lambda c: (c.start - c.end, c.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Candidate] = []
    for c in candidates:
        i = bisect.bisect_right(starts, c.start)
        if i and ends[i - 1] > c.start:
            continue  # overlaps the kept one starting before it
        if i < len(starts) and starts[i] < c.end:
            continue  # overlaps the kept one starting after it
        starts.insert(i, c.start)
        ends.insert(i, c.end)
        kept.insert(i, c)
    return kept


def _resolve_anchored(kept: list[Candidate], ctx: Context) -> list[Suggestion]:
    """Suggestions in text order; "la veille"-like ones counted from the last full date."""
    out: list[Suggestion] = []
    last_day: tuple[int, date] | None = None  # (end offset, day) of the last full date
    for c in kept:
        value, basis = c.value, c.basis
        if value is None:
            anchor = None
            if last_day is not None and not _PARAGRAPH_BREAK.search(ctx.text, last_day[0], c.start):
                anchor = last_day[1]
                basis = DateBasis.TEXT
            elif ctx.published is not None:
                anchor = ctx.published
                basis = DateBasis.PUBLICATION
            if anchor is None:
                continue
            value = day_value(anchor + timedelta(days=c.shift))
        parsed = edtf.parse(value)
        if parsed.precision is edtf.Precision.DAY:
            last_day = (c.end, parsed.lower)
        out.append(Suggestion(c.start, c.end, ctx.text[c.start : c.end], KIND, value, basis))
    return out

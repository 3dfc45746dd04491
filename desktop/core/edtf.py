"""Dates as Recoupe stores them: EDTF (ISO 8601-2) levels 0 and 1.

What is accepted, and what each form means as an extent of calendar days:

- ``2021``, ``2021-12``, ``2021-12-09``: a year, a month, a day (level 0).
- ``2021-21`` … ``2021-24``: spring, summer, autumn, winter of 2021 (level 1). Recoupe uses
  the northern hemisphere's meteorological seasons: spring is March–May, summer June–August,
  autumn September–November, and **winter 2021 is December 2021 to February 2022** (the
  winter that begins in the year named).
- ``201X`` (a decade), ``20XX`` (a century), ``2021-XX`` (some month of 2021),
  ``2021-12-XX`` (some day of December 2021): unspecified digits, only the last ones
  (level 1). The extent is the whole decade, century, year or month.
- A qualifier at the very end qualifies the whole date: ``?`` uncertain, ``~``
  approximate, ``%`` both (level 1): ``2021-12-09?``.
- ``A/B`` an interval whose ends are any of the dates above (``2021-01/2021-03``,
  ``2021-06~/2021-12``); ``..`` is an open end (``2014/..``: from 2014 on) and an empty end
  is unknown (``/2021``: ended in 2021, start unknown).

Not accepted: years before 1 or past 9999, times of day, level 2 features (a qualifier
inside a date, sets, exponents). Errors say in plain English what is wrong.

Sorting: ``DateValue.sort_key`` orders by first day, then the *broader* extent first, then
the text, so ``2021 < 2021-12 < 2021-12-09`` and ``2021 < 2021-01 < 2021-01-01``: a period
sorts before the more precise dates it contains. It is a total, deterministic order.
"""

from __future__ import annotations

import calendar
import enum
import re
from dataclasses import dataclass
from datetime import date
from typing import Final

__all__ = [
    "AUTUMN",
    "SPRING",
    "SUMMER",
    "WINTER",
    "DateValue",
    "EdtfError",
    "Precision",
    "format_day",
    "format_month",
    "format_season",
    "format_year",
    "interval",
    "parse",
    "qualified",
    "season_extent",
    "validate",
]

SPRING: Final = 21
SUMMER: Final = 22
AUTUMN: Final = 23
WINTER: Final = 24
_SEASON_NAMES: Final = {SPRING: "spring", SUMMER: "summer", AUTUMN: "autumn", WINTER: "winter"}
# First month of each season and how many months it lasts (winter runs into the next year).
_SEASON_START: Final = {SPRING: 3, SUMMER: 6, AUTUMN: 9, WINTER: 12}

OPEN: Final = ".."
_FORMS: Final = "write dates as YYYY, YYYY-MM or YYYY-MM-DD"
_MONTH_NAMES: Final = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

# One date: year (digits or trailing X), optional month (or season), optional day, qualifier.
_DATE: Final = re.compile(
    r"(?P<year>[0-9X]{4})(?:-(?P<month>[0-9X]{2})(?:-(?P<day>[0-9X]{2}))?)?(?P<q>[?~%]?)"
)


class Precision(enum.StrEnum):
    """How much of the calendar a value pins down."""

    DAY = "day"
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    INTERVAL = "interval"


class EdtfError(ValueError):
    """A date Recoupe cannot read; ``str(e)`` explains why in plain English."""


@dataclass(frozen=True)
class DateValue:
    """A parsed date: its text and the calendar days it may fall on (both ends inclusive).

    For an interval, ``start``/``end`` hold its ends (None when open or unknown; then
    ``lower`` is ``date.min`` or ``upper`` is ``date.max``), and ``approximate``/``uncertain``
    are true when either end is. ``text`` is the canonical EDTF string.
    """

    text: str
    lower: date
    upper: date
    precision: Precision
    approximate: bool = False
    uncertain: bool = False
    start: DateValue | None = None
    end: DateValue | None = None

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """First day, then the broader extent first, then the text: a total order."""
        return (self.lower.toordinal(), -self.upper.toordinal(), self.text)

    @property
    def is_interval(self) -> bool:
        return self.precision is Precision.INTERVAL

    def contains(self, day: date) -> bool:
        """Whether day falls within the extent."""
        return self.lower <= day <= self.upper


# ----------------------------------------------------------------------- building


def format_day(d: date) -> str:
    """``YYYY-MM-DD``."""
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def format_month(year: int, month: int) -> str:
    """``YYYY-MM``; raises EdtfError for a month outside 1–12."""
    if not 1 <= month <= 12:
        raise EdtfError(f"there is no month {month}")
    return f"{_check_year(year):04d}-{month:02d}"


def format_year(year: int) -> str:
    """``YYYY``."""
    return f"{_check_year(year):04d}"


def format_season(year: int, season: int) -> str:
    """``YYYY-21`` … ``YYYY-24`` (spring, summer, autumn, winter)."""
    if season not in _SEASON_NAMES:
        raise EdtfError(f"there is no season {season}; seasons are 21–24")
    return f"{_check_year(year):04d}-{season}"


def qualified(text: str, *, uncertain: bool = False, approximate: bool = False) -> str:
    """text with the level 1 qualifier for uncertain (?), approximate (~) or both (%)."""
    if uncertain and approximate:
        return text + "%"
    if uncertain:
        return text + "?"
    if approximate:
        return text + "~"
    return text


def interval(start: str, end: str) -> str:
    """``start/end``; pass ``".."`` for an open end and ``""`` for an unknown one."""
    return f"{start}/{end}"


def season_extent(year: int, season: int) -> tuple[date, date]:
    """First and last day of a season (winter runs from December to February)."""
    first = _SEASON_START[season]
    lower = date(year, first, 1)
    last_month = first + 2
    last_year = year + (last_month - 1) // 12
    last_month = (last_month - 1) % 12 + 1
    upper = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    return lower, upper


def _check_year(year: int) -> int:
    if not 1 <= year <= 9999:
        raise EdtfError(f"year {year} is outside the years Recoupe handles (0001–9999)")
    return year


# ------------------------------------------------------------------------ parsing


def validate(text: str) -> str | None:
    """None when text is a date Recoupe reads, else the plain-English reason it is not."""
    try:
        parse(text)
    except EdtfError as e:
        return str(e)
    return None


def parse(text: str) -> DateValue:
    """Read an EDTF date or interval (levels 0–1); raises EdtfError saying what is wrong.

    Surrounding spaces are ignored; the returned ``text`` has none.
    """
    value = text.strip()
    if not value:
        raise EdtfError("the date is empty; " + _FORMS)
    if _DMY_RE.fullmatch(value) or _YMD_SLASH_RE.fullmatch(value):
        raise EdtfError(_explain_shape(value))
    if "/" in value:
        return _parse_interval(value)
    if value == OPEN:
        raise EdtfError(".. (an open end) is only allowed as one end of an interval: 2014/..")
    return _parse_date(value)


def _parse_interval(value: str) -> DateValue:
    parts = value.split("/")
    if len(parts) != 2:
        raise EdtfError(f"{value}: an interval has exactly one “/” between its start and end")
    left, right = (p.strip() for p in parts)
    if left in ("", OPEN) and right in ("", OPEN):
        raise EdtfError(f"{value}: an interval needs at least one known end")
    start = None if left in ("", OPEN) else _parse_date(left)
    end = None if right in ("", OPEN) else _parse_date(right)
    if start is not None and end is not None and start.lower > end.upper:
        raise EdtfError(
            f"{value}: an interval needs a start before its end ({left} is after {right})"
        )
    return DateValue(
        text=f"{left}/{right}",
        lower=date.min if start is None else start.lower,
        upper=date.max if end is None else end.upper,
        precision=Precision.INTERVAL,
        approximate=any(v is not None and v.approximate for v in (start, end)),
        uncertain=any(v is not None and v.uncertain for v in (start, end)),
        start=start,
        end=end,
    )


def _parse_date(value: str) -> DateValue:
    m = _DATE.fullmatch(value)
    if m is None:
        raise EdtfError(_explain_shape(value))
    year_s, month_s, day_s, q = m.group("year", "month", "day", "q")
    approximate = q in ("~", "%")
    uncertain = q in ("?", "%")

    def done(lower: date, upper: date, precision: Precision) -> DateValue:
        return DateValue(value, lower, upper, precision, approximate, uncertain)

    if "X" in year_s:
        return done(*_unspecified_year(value, year_s, month_s, day_s))
    year = int(year_s)
    if year == 0:
        raise EdtfError(f"{value}: year 0000 is not supported; years start at 0001")
    if month_s is None:
        return done(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)
    if month_s == "XX":
        if day_s is not None and day_s != "XX":
            raise EdtfError(
                f"{value}: only the last digits can be unspecified (X): "
                f"with an unknown month the day must be XX too"
            )
        return done(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)
    if "X" in month_s:
        raise EdtfError(f"{value}: a month is either known (01–12) or wholly unspecified (XX)")
    month = int(month_s)
    if month in _SEASON_NAMES:
        if day_s is not None:
            raise EdtfError(f"{value}: a season ({month_s} is {_SEASON_NAMES[month]}) has no days")
        return done(*season_extent(year, month), Precision.SEASON)
    if not 1 <= month <= 12:
        raise EdtfError(f"{value}: there is no month {month_s}; months are 01–12 and seasons 21–24")
    last = calendar.monthrange(year, month)[1]
    if day_s is None or day_s == "XX":
        return done(date(year, month, 1), date(year, month, last), Precision.MONTH)
    if "X" in day_s:
        raise EdtfError(f"{value}: a day is either known (01–31) or wholly unspecified (XX)")
    day = int(day_s)
    if day == 0:
        raise EdtfError(f"{value}: there is no day 00; days start at 01")
    if day > last:
        raise EdtfError(f"{value}: {_MONTH_NAMES[month]} {year} has {last} days")
    d = date(year, month, day)
    return done(d, d, Precision.DAY)


def _unspecified_year(
    value: str, year_s: str, month_s: str | None, day_s: str | None
) -> tuple[date, date, Precision]:
    digits = year_s.rstrip("X")
    if "X" in digits:
        raise EdtfError(f"{value}: unspecified digits (X) must be the last ones of the year")
    if len(digits) < 2:
        raise EdtfError(
            f"{value}: a year with fewer than two known digits is too vague; "
            "leave the end of an interval empty for an unknown date"
        )
    if (month_s is not None and month_s != "XX") or (day_s is not None and day_s != "XX"):
        raise EdtfError(f"{value}: with an unspecified year, the month and day must be XX too")
    span = 10 ** (4 - len(digits))
    first = int(digits) * span
    lower_year, upper_year = max(first, 1), first + span - 1
    precision = Precision.DECADE if span == 10 else Precision.CENTURY
    return date(lower_year, 1, 1), date(upper_year, 12, 31), precision


_TIME_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d")
_DMY_RE: Final = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YMD_SLASH_RE: Final = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_SHORT_PARTS_RE: Final = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?[?~%]?")


def _explain_shape(value: str) -> str:
    """Why value is not shaped like an EDTF date, with a hint when one is obvious."""
    if value.startswith("-") and value[1:2].isdigit():
        return f"{value}: years before 1 (negative years) are not supported"
    if _TIME_RE.match(value):
        return f"{value}: Recoupe dates have no time of day; write YYYY-MM-DD"
    if re.fullmatch(r".*[?~%]{2,}", value):
        return f"{value}: use one qualifier at the end: ? uncertain, ~ approximate, % both"
    if re.fullmatch(r"[^?~%]*[?~%][^?~%]+", value):
        return f"{value}: a qualifier (?, ~ or %) goes at the very end of the date"
    dmy = _DMY_RE.fullmatch(value)
    if dmy:
        d, mo, y = dmy.groups()
        return f"{value}: {_FORMS}, year first ({y}-{int(mo):02d}-{int(d):02d} for day/month/year)"
    ymd = _YMD_SLASH_RE.fullmatch(value)
    if ymd:
        y, mo, d = ymd.groups()
        return f"{value}: write dates with hyphens ({y}-{int(mo):02d}-{int(d):02d})"
    short = _SHORT_PARTS_RE.fullmatch(value)
    if short:
        y, mo, d = short.groups()
        fixed = f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else "")
        return f"{value}: write months and days with two digits ({fixed})"
    if re.fullmatch(r"\d{5,}.*", value):
        return f"{value}: years have four digits; {_FORMS}"
    if re.fullmatch(r"\d{1,3}", value):
        return f"{value}: write years with four digits ({int(value):04d}); {_FORMS}"
    return f"{value}: {_FORMS}"

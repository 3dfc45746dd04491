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
inside a date, sets, exponents). Errors say in plain English what is wrong: an
``EdtfError`` is a ``RecoupeError`` (an English template marked for translation and its
values, ``desktop.core.errors``), so ``str(e)`` is English and the interface can show it
in the reader's language.

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

from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError

__all__ = [
    "AUTUMN",
    "SPRING",
    "SUMMER",
    "WINTER",
    "DateValue",
    "EdtfError",
    "Precision",
    "explain",
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
# First month of each season and how many months it lasts (winter runs into the next year).
_SEASON_START: Final = {SPRING: 3, SUMMER: 6, AUTUMN: 9, WINTER: 12}

OPEN: Final = ".."

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


class EdtfError(RecoupeError, ValueError):
    """A date Recoupe cannot read; ``str(e)`` explains why in plain English.

    A ``RecoupeError`` (``template`` and ``params``, which the interface translates) that
    is also a ``ValueError``, so ``except ValueError`` catches it as before.
    """


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
        raise EdtfError(QT_TRANSLATE_NOOP("Messages", "there is no month {month}"), month=month)
    return f"{_check_year(year):04d}-{month:02d}"


def format_year(year: int) -> str:
    """``YYYY``."""
    return f"{_check_year(year):04d}"


def format_season(year: int, season: int) -> str:
    """``YYYY-21`` … ``YYYY-24`` (spring, summer, autumn, winter)."""
    if season not in _SEASON_START:
        raise EdtfError(
            QT_TRANSLATE_NOOP("Messages", "there is no season {season}; seasons are 21–24"),
            season=season,
        )
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
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "year {year} is outside the years Recoupe handles (0001–9999)"
            ),
            year=year,
        )
    return year


# ------------------------------------------------------------------------ parsing


def validate(text: str) -> str | None:
    """None when text is a date Recoupe reads, else the plain-English reason it is not."""
    problem = explain(text)
    return None if problem is None else str(problem)


def explain(text: str) -> EdtfError | None:
    """None when text is a date Recoupe reads, else the error saying why it is not.

    The interface shows it in the reader's language (``desktop.ui.messages.localized``).
    """
    try:
        parse(text)
    except EdtfError as e:
        return e.with_traceback(None)
    return None


def parse(text: str) -> DateValue:
    """Read an EDTF date or interval (levels 0–1); raises EdtfError saying what is wrong.

    Surrounding spaces are ignored; the returned ``text`` has none.
    """
    value = text.strip()
    if not value:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "the date is empty; write dates as YYYY, YYYY-MM or YYYY-MM-DD"
            )
        )
    if _DMY_RE.fullmatch(value) or _YMD_SLASH_RE.fullmatch(value):
        raise _explain_shape(value)
    if "/" in value:
        return _parse_interval(value)
    if value == OPEN:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", ".. (an open end) is only allowed as one end of an interval: 2014/.."
            )
        )
    return _parse_date(value)


def _parse_interval(value: str) -> DateValue:
    parts = value.split("/")
    if len(parts) != 2:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: an interval has exactly one “/” between its start and end"
            ),
            value=value,
        )
    left, right = (p.strip() for p in parts)
    if left in ("", OPEN) and right in ("", OPEN):
        raise EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: an interval needs at least one known end"),
            value=value,
        )
    start = None if left in ("", OPEN) else _parse_date(left)
    end = None if right in ("", OPEN) else _parse_date(right)
    if start is not None and end is not None and start.lower > end.upper:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value}: an interval needs a start before its end ({start} is after {end})",
            ),
            value=value,
            start=left,
            end=right,
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
        raise _explain_shape(value)
    year_s, month_s, day_s, q = m.group("year", "month", "day", "q")
    approximate = q in ("~", "%")
    uncertain = q in ("?", "%")

    def done(lower: date, upper: date, precision: Precision) -> DateValue:
        return DateValue(value, lower, upper, precision, approximate, uncertain)

    if "X" in year_s:
        return done(*_unspecified_year(value, year_s, month_s, day_s))
    year = int(year_s)
    if year == 0:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: year 0000 is not supported; years start at 0001"
            ),
            value=value,
        )
    if month_s is None:
        return done(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)
    if month_s == "XX":
        if day_s is not None and day_s != "XX":
            raise EdtfError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{value}: only the last digits can be unspecified (X): "
                    "with an unknown month the day must be XX too",
                ),
                value=value,
            )
        return done(date(year, 1, 1), date(year, 12, 31), Precision.YEAR)
    if "X" in month_s:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: a month is either known (01–12) or wholly unspecified (XX)"
            ),
            value=value,
        )
    month = int(month_s)
    if month in _SEASON_START:
        if day_s is not None:
            raise _season_has_no_days(value, month)
        return done(*season_extent(year, month), Precision.SEASON)
    if not 1 <= month <= 12:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: there is no month {month}; months are 01–12 and seasons 21–24"
            ),
            value=value,
            month=month_s,
        )
    last = calendar.monthrange(year, month)[1]
    if day_s is None or day_s == "XX":
        return done(date(year, month, 1), date(year, month, last), Precision.MONTH)
    if "X" in day_s:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: a day is either known (01–31) or wholly unspecified (XX)"
            ),
            value=value,
        )
    day = int(day_s)
    if day == 0:
        raise EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: there is no day 00; days start at 01"),
            value=value,
        )
    if day > last:
        raise EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: month {month} of {year} has {days} days"),
            value=value,
            month=month,
            year=year,
            days=last,
        )
    d = date(year, month, day)
    return done(d, d, Precision.DAY)


def _season_has_no_days(value: str, season: int) -> EdtfError:
    # one whole sentence per season: a translator sees the season's name in its sentence
    if season == SPRING:
        return EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: a season (21 is spring) has no days"),
            value=value,
        )
    if season == SUMMER:
        return EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: a season (22 is summer) has no days"),
            value=value,
        )
    if season == AUTUMN:
        return EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: a season (23 is autumn) has no days"),
            value=value,
        )
    return EdtfError(
        QT_TRANSLATE_NOOP("Messages", "{value}: a season (24 is winter) has no days"),
        value=value,
    )


def _unspecified_year(
    value: str, year_s: str, month_s: str | None, day_s: str | None
) -> tuple[date, date, Precision]:
    digits = year_s.rstrip("X")
    if "X" in digits:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: unspecified digits (X) must be the last ones of the year"
            ),
            value=value,
        )
    if len(digits) < 2:
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value}: a year with fewer than two known digits is too vague; "
                "leave the end of an interval empty for an unknown date",
            ),
            value=value,
        )
    if (month_s is not None and month_s != "XX") or (day_s is not None and day_s != "XX"):
        raise EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: with an unspecified year, the month and day must be XX too"
            ),
            value=value,
        )
    span = 10 ** (4 - len(digits))
    first = int(digits) * span
    lower_year, upper_year = max(first, 1), first + span - 1
    precision = Precision.DECADE if span == 10 else Precision.CENTURY
    return date(lower_year, 1, 1), date(upper_year, 12, 31), precision


_TIME_RE: Final = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d")
_DMY_RE: Final = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_YMD_SLASH_RE: Final = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})")
_SHORT_PARTS_RE: Final = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?[?~%]?")


def _explain_shape(value: str) -> EdtfError:
    """Why value is not shaped like an EDTF date, with a hint when one is obvious."""
    if value.startswith("-") and value[1:2].isdigit():
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: years before 1 (negative years) are not supported"
            ),
            value=value,
        )
    if _TIME_RE.match(value):
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: Recoupe dates have no time of day; write YYYY-MM-DD"
            ),
            value=value,
        )
    if re.fullmatch(r".*[?~%]{2,}", value):
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value}: use one qualifier at the end: ? uncertain, ~ approximate, % both",
            ),
            value=value,
        )
    if re.fullmatch(r"[^?~%]*[?~%][^?~%]+", value):
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: a qualifier (?, ~ or %) goes at the very end of the date"
            ),
            value=value,
        )
    dmy = _DMY_RE.fullmatch(value)
    if dmy:
        d, mo, y = dmy.groups()
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value}: write dates as YYYY, YYYY-MM or YYYY-MM-DD, year first "
                "({fixed} for day/month/year)",
            ),
            value=value,
            fixed=f"{y}-{int(mo):02d}-{int(d):02d}",
        )
    ymd = _YMD_SLASH_RE.fullmatch(value)
    if ymd:
        y, mo, d = ymd.groups()
        return EdtfError(
            QT_TRANSLATE_NOOP("Messages", "{value}: write dates with hyphens ({fixed})"),
            value=value,
            fixed=f"{y}-{int(mo):02d}-{int(d):02d}",
        )
    short = _SHORT_PARTS_RE.fullmatch(value)
    if short:
        y, mo, d = short.groups()
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages", "{value}: write months and days with two digits ({fixed})"
            ),
            value=value,
            fixed=f"{y}-{int(mo):02d}" + (f"-{int(d):02d}" if d else ""),
        )
    if re.fullmatch(r"\d{5,}.*", value):
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value}: years have four digits; write dates as YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            value=value,
        )
    if re.fullmatch(r"\d{1,3}", value):
        return EdtfError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{value}: write years with four digits ({fixed}); "
                "write dates as YYYY, YYYY-MM or YYYY-MM-DD",
            ),
            value=value,
            fixed=f"{int(value):04d}",
        )
    return EdtfError(
        QT_TRANSLATE_NOOP("Messages", "{value}: write dates as YYYY, YYYY-MM or YYYY-MM-DD"),
        value=value,
    )

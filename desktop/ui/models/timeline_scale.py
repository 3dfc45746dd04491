"""The timeline's time axis: days to pixels, adaptive ticks, dates in the UI language.

Time is counted in days as floats: ``date.toordinal()`` is the start of that day, so a day
spans [n, n + 1) and a period [lower, upper] spans [lower, upper + 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QFontMetrics

MIN_DAY: Final = date(1, 1, 1).toordinal()
MAX_DAY: Final = date(9999, 12, 31).toordinal()
MIN_PX_PER_DAY: Final = 1e-4
"""Zoomed out: about 2,700 years across 100 px."""
MAX_PX_PER_DAY: Final = 600.0
"""Zoomed in: one day across 600 px."""
_SEASON_RE: Final = re.compile(r"^(\d{4})-(2[1-4])")


def day_of(d: date) -> float:
    return float(d.toordinal())


def date_of(t: float) -> date:
    return date.fromordinal(int(max(MIN_DAY, min(MAX_DAY, t))))


@dataclass
class TimeScale:
    """Maps days to x pixels: x = (t - origin) * px_per_day."""

    origin: float = float(date(2020, 1, 1).toordinal())
    px_per_day: float = 1.0

    def x(self, t: float) -> float:
        return (t - self.origin) * self.px_per_day

    def t(self, x: float) -> float:
        return self.origin + x / self.px_per_day

    def zoom(self, factor: float, around_x: float) -> None:
        """Scale by factor, keeping the time under around_x where it is."""
        anchor = self.t(around_x)
        self.px_per_day = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, self.px_per_day * factor))
        self.origin = anchor - around_x / self.px_per_day
        self.clamp()

    def pan(self, dx: float) -> None:
        """Move the view by dx pixels (positive: later times come into view)."""
        self.origin += dx / self.px_per_day
        self.clamp()

    def fit(self, t0: float, t1: float, width: float, margin: float = 24.0) -> None:
        """Show [t0, t1) across width pixels with margin pixels on each side."""
        span = max(t1 - t0, 1.0)
        usable = max(width - 2 * margin, 10.0)
        self.px_per_day = max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, usable / span))
        self.origin = t0 - margin / self.px_per_day
        if usable / span > MAX_PX_PER_DAY:
            # too short to fill the width: centre it
            self.origin = (t0 + t1) / 2 - width / 2 / self.px_per_day
        self.clamp()

    def clamp(self) -> None:
        self.origin = max(MIN_DAY - 366.0, min(MAX_DAY, self.origin))


# --------------------------------------------------------------------- ticks


@dataclass(frozen=True)
class Tick:
    t: float
    label: str


@dataclass(frozen=True)
class Ticks:
    minor: list[Tick]
    """Every tick with its short label ("9", "janv.", "2021")."""
    major: list[Tick]
    """Context periods (the month of day ticks, the year of month ticks); may be empty."""
    unit: str
    step: int


# (unit, step, approximate days)
_STEPS: Final = (
    ("day", 1, 1.0),
    ("day", 2, 2.0),
    ("day", 5, 5.0),
    ("month", 1, 30.44),
    ("month", 3, 91.3),
    ("month", 6, 182.6),
    ("year", 1, 365.25),
    ("year", 2, 730.5),
    ("year", 5, 1826.0),
    ("year", 10, 3652.0),
    ("year", 20, 7305.0),
    ("year", 50, 18262.0),
    ("year", 100, 36525.0),
    ("year", 200, 73050.0),
    ("year", 500, 182625.0),
    ("year", 1000, 365250.0),
)


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def month_label(month: int, locale: QLocale) -> str:
    return locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def ticks(
    scale: TimeScale, width: float, locale: QLocale, metrics: QFontMetrics | None = None
) -> Ticks:
    """Ticks for [0, width) pixels, as dense as their labels allow without overlapping."""
    t0 = max(float(MIN_DAY), scale.t(0))
    t1 = min(float(MAX_DAY), scale.t(width))
    char = metrics.horizontalAdvance("0") if metrics is not None else 7
    month_w = (
        max(metrics.horizontalAdvance(month_label(m, locale)) for m in range(1, 13))
        if metrics is not None
        else 5 * char
    )
    wanted = {"day": 2 * char + 16, "month": month_w + 12, "year": 4 * char + 14}
    unit, step = "year", 1000
    for u, s, days in _STEPS:
        if days * scale.px_per_day >= wanted[u]:
            unit, step = u, s
            break
    start, end = date_of(t0), date_of(t1)
    minor: list[Tick] = []
    major: list[Tick] = []
    if unit == "day":
        d = date(start.year, start.month, 1)
        while d <= end:
            y, m = d.year, d.month
            major.append(Tick(day_of(d), locale.toString(QDate(y, m, 1), "MMMM yyyy")))
            ny, nm = _add_months(y, m, 1)
            last = (date(ny, nm, 1) if ny <= 9999 else date(9999, 12, 31)).toordinal()
            for day in range(1, 32, step):
                try:
                    dd = date(y, m, day)
                except ValueError:
                    break
                if last - dd.toordinal() < step:
                    break  # too close to the first of the next month
                if start.toordinal() - 1 <= dd.toordinal() <= end.toordinal() + 1:
                    minor.append(Tick(day_of(dd), str(day)))
            if ny > 9999:
                break
            d = date(ny, nm, 1)
    elif unit == "month":
        y, m = start.year, start.month - (start.month - 1) % step
        for year in range(start.year, end.year + 2):
            if year > 9999:
                break
            major.append(Tick(day_of(date(year, 1, 1)), str(year)))
        while (y, m) <= (end.year, end.month) and y <= 9999:
            minor.append(Tick(day_of(date(y, m, 1)), month_label(m, locale)))
            y, m = _add_months(y, m, step)
    else:
        y = max(1, start.year - start.year % step)
        while y <= min(end.year, 9999):
            minor.append(Tick(day_of(date(y, 1, 1)), str(y)))
            y += step
    return Ticks(minor, major, unit, step)


# ------------------------------------------------------------ human dates


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _precision(value: Any) -> str:
    p = getattr(value, "precision", None)
    return str(getattr(p, "name", p or "")).upper()


def format_date(value: Any, locale: QLocale | None = None, *, weekday: bool = True) -> str:
    """A DateValue as a reader would say it: "jeudi 9 décembre 2021", "vers 2014 (incertain)"."""
    locale = locale or QLocale()
    text = _plain_date(value, locale, weekday)
    if _precision(value) == "INTERVAL":
        return text  # its ends carry their own qualifiers
    approximate = bool(getattr(value, "approximate", False))
    uncertain = bool(getattr(value, "uncertain", False))
    if approximate and uncertain:
        return QCoreApplication.translate("Timeline", "about %1, uncertain").replace("%1", text)
    if approximate:
        return QCoreApplication.translate("Timeline", "about %1").replace("%1", text)
    if uncertain:
        return QCoreApplication.translate("Timeline", "%1, uncertain").replace("%1", text)
    return text


def _plain_date(value: Any, locale: QLocale, weekday: bool = True) -> str:
    lower: date = value.lower
    upper: date = value.upper
    precision = _precision(value)
    text = str(getattr(value, "text", ""))
    if precision == "INTERVAL":
        return _interval(value, locale)
    if precision == "DAY" or lower == upper:
        if weekday:
            return locale.toString(_qdate(lower), QLocale.FormatType.LongFormat)
        return locale.toString(_qdate(lower), "d MMMM yyyy")
    if precision == "MONTH":
        return locale.toString(_qdate(lower), "MMMM yyyy")
    if precision == "YEAR":
        return str(lower.year)
    if precision == "DECADE":
        return QCoreApplication.translate("Timeline", "the %1s").replace("%1", str(lower.year))
    if precision == "SEASON":
        m = _SEASON_RE.match(text)
        season = int(m[2]) if m else 21 + ((lower.month - 3) % 12) // 3
        year = m[1] if m else str(lower.year)
        names = {
            21: QCoreApplication.translate("Timeline", "spring %1"),
            22: QCoreApplication.translate("Timeline", "summer %1"),
            23: QCoreApplication.translate("Timeline", "autumn %1"),
            24: QCoreApplication.translate("Timeline", "winter %1"),
        }
        return names[season].replace("%1", year.lstrip("0") or "0")
    return (
        QCoreApplication.translate("Timeline", "%1 to %2")
        .replace("%1", _span_end(lower, upper, True, locale))
        .replace("%2", _span_end(lower, upper, False, locale))
    )


def _interval(value: Any, locale: QLocale) -> str:
    """ "du 1 janvier 2021 au 31 mars 2021", "from 2014 on", "until 2021"."""
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    text = str(getattr(value, "text", ""))
    left, _, right = text.partition("/")
    if start is not None and end is not None:
        return (
            QCoreApplication.translate("Timeline", "%1 to %2")
            .replace("%1", format_date(start, locale, weekday=False))
            .replace("%2", format_date(end, locale, weekday=False))
        )
    if start is not None:
        known = format_date(start, locale, weekday=False)
        return (
            QCoreApplication.translate("Timeline", "from %1 on")
            if right.strip() == ".."
            else QCoreApplication.translate("Timeline", "from %1, end unknown")
        ).replace("%1", known)
    if end is not None:
        known = format_date(end, locale, weekday=False)
        return (
            QCoreApplication.translate("Timeline", "until %1")
            if left.strip() == ".."
            else QCoreApplication.translate("Timeline", "start unknown, until %1")
        ).replace("%1", known)
    return (
        QCoreApplication.translate("Timeline", "%1 to %2")
        .replace("%1", _span_end(value.lower, value.upper, True, locale))
        .replace("%2", _span_end(value.lower, value.upper, False, locale))
    )


def _span_end(lower: date, upper: date, first: bool, locale: QLocale) -> str:
    """One end of a period, as precise as the period's bounds show."""
    d = lower if first else upper
    whole_years = lower.month == 1 and lower.day == 1 and upper.month == 12 and upper.day == 31
    if whole_years:
        return str(d.year)
    next_day = date.fromordinal(upper.toordinal() + 1) if upper.year < 9999 else upper
    whole_months = lower.day == 1 and next_day.day == 1
    if whole_months:
        return locale.toString(_qdate(d), "MMM yyyy")
    return locale.toString(_qdate(d), QLocale.FormatType.ShortFormat)

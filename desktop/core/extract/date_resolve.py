"""Turning a partial or relative date into one calendar period, from the publication date.

A partial date ("le 18 septembre", "en juillet", "jeudi", "au printemps") recurs; the one
meant is chosen by the direction its sentence points to:

- ``PAST``: the latest occurrence that has begun by the publication day (that day
  included: "a annoncé jeudi" published on a Thursday is that Thursday);
- ``FUTURE``: the earliest occurrence not yet over on the publication day;
- ``BEFORE``/``AFTER``: strictly before or after it ("jeudi dernier", "mars prochain");
- ``NEAREST`` when the sentence gives no tense: the occurrence holding the publication day,
  else the closest one (the past one on a tie). News without a tense marker mostly speaks
  of the weeks around publication: "L'Italie prolonge jusqu'au 10 février", published on
  9 December, means the coming February.

The tense is read from the clause around the expression (cut at sentence ends, ";" and
spaced dashes, at most ``CUE_WINDOW`` characters each way): the nearest verb form or
adverb that marks the past ("avait", "ont", "-aient", "was", "-ed") or the future
("sera", "-era", "va", "prochain", "will") decides.
"""

from __future__ import annotations

import calendar
import enum
import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Final

from desktop.core import edtf

CUE_WINDOW: Final = 120


class Direction(enum.Enum):
    """Which occurrence of a recurring date is meant, relative to the publication day."""

    PAST = "past"
    FUTURE = "future"
    BEFORE = "before"
    AFTER = "after"
    NEAREST = "nearest"


Extent = tuple[date, date]


def choose(options: Sequence[Extent], published: date, direction: Direction) -> int | None:
    """Index of the option meant (see the module docstring), or None if none fits."""
    best: int | None = None
    for i, (lower, upper) in enumerate(options):
        if direction is Direction.PAST and lower <= published:
            ok = best is None or lower > options[best][0]
        elif direction is Direction.BEFORE and upper < published:
            ok = best is None or lower > options[best][0]
        elif direction is Direction.FUTURE and upper >= published:
            ok = best is None or lower < options[best][0]
        elif direction is Direction.AFTER and lower > published:
            ok = best is None or lower < options[best][0]
        elif direction is Direction.NEAREST:
            ok = best is None or _distance(options[i], published) < _distance(
                options[best], published
            )
        else:
            ok = False
        if ok:
            best = i
    return best


def _distance(extent: Extent, published: date) -> tuple[int, int]:
    lower, upper = extent
    if lower <= published <= upper:
        return (0, 0)
    if upper < published:
        return ((published - upper).days, 0)  # the past wins a tie
    return ((lower - published).days, 1)


# ------------------------------------------------------------------ occurrences


def day_month(day: int, month: int, published: date, direction: Direction) -> date | None:
    """The day-month meant (29 February only falls in leap years)."""
    options: list[Extent] = []
    for year in range(published.year - 4, published.year + 5):
        if day <= calendar.monthrange(year, month)[1]:
            d = date(year, month, day)
            options.append((d, d))
    i = choose(options, published, direction)
    return None if i is None else options[i][0]


def month(month_number: int, published: date, direction: Direction) -> tuple[int, int] | None:
    """(year, month) of the month meant."""
    options = [month_extent(y, month_number) for y in range(published.year - 1, published.year + 2)]
    i = choose(options, published, direction)
    return None if i is None else (options[i][0].year, month_number)


def season(season_code: int, published: date, direction: Direction) -> int | None:
    """The year of the season meant (the year its winter begins in)."""
    years = list(range(published.year - 2, published.year + 2))
    options = [edtf.season_extent(y, season_code) for y in years]
    i = choose(options, published, direction)
    return None if i is None else years[i]


def weekday(day_index: int, published: date, direction: Direction) -> date | None:
    """The date of the weekday meant (Monday is 0), within a week either way."""
    options: list[Extent] = []
    for shift in range(-7, 8):
        d = published + timedelta(days=shift)
        if d.weekday() == day_index:
            options.append((d, d))
    i = choose(options, published, direction)
    return None if i is None else options[i][0]


def month_extent(year: int, month_number: int) -> Extent:
    last = calendar.monthrange(year, month_number)[1]
    return date(year, month_number, 1), date(year, month_number, last)


def add_months(year: int, month_number: int, count: int) -> tuple[int, int]:
    index = year * 12 + month_number - 1 + count
    return index // 12, index % 12 + 1


def week_of(d: date) -> Extent:
    """Monday to Sunday of the week holding d."""
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def safe_day(year: int, month_number: int, day: int) -> date | None:
    """The date, or None when it does not exist (31 April, 29 February 2023, year 0)."""
    if not 1 <= year <= 9999 or not 1 <= month_number <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month_number)[1]:
        return None
    return date(year, month_number, day)


# ------------------------------------------------------------------------- tense

_BOUNDARY: Final = re.compile(r"[.!?;…\n\r]|\s[–—-]\s")

_FUTURE_FR: Final = (
    r"sera|seront|serai|serons|serez|aura|auront|aurai|aurons|aurez|fera|feront|ira|iront"
    r"|va|vont|vais|allons|allez|devra|devront|pourra|pourront|viendra|viendront|voudra"
    r"|faudra|verra|verront|tiendra|tiendront|doit|doivent|devrait|devraient|prévu|prévue"
    r"|prévus|prévues|prochain|prochaine|prochains|prochaines|bientôt|demain"
    r"|(?-i:[a-zàâçéèêëîïôûù]\w{2,}(?:era|eront|erons|erez|erai|ira|iront|dra|dront|drons"
    r"|vra|vront))"
)
_PAST_FR: Final = (
    r"a|ont|avait|avaient|avons|avez|ai|eut|eurent|avions|aviez|était|étaient|fut|furent"
    r"|hier|dernier|dernière|derniers|dernières|passé|passée|auparavant|naguère"
    r"|(?-i:[a-zàâçéèêëîïôûù]\w{2,}(?:aient|èrent))"
)
_FUTURE_EN: Final = (
    r"(?:will|would|shall|to)\s+(?:not\s+)?(?:be|have\s+been)\s+\w+|will|won['’]t|shall|would|going\s+to|gonna|due|scheduled|expected|set\s+to|plans?"
    r"|planned|intends?|upcoming|next|soon|tomorrow|coming"
)
_PAST_EN: Final = (
    r"was|were|had|did|said|told|ago|earlier|previously|last|yesterday|came|went|took|gave"
    r"|began|fell|rose|saw|spoke|wrote|became|ran|\w{3,}ed"
)
_CUES: Final = {
    "fr": re.compile(
        rf"(?<![\w'’ʼ-])(?:(?P<future>{_FUTURE_FR})|(?P<past>{_PAST_FR}))(?![\w'’ʼ])",
        re.IGNORECASE,
    ),
    "en": re.compile(
        rf"(?<![\w-])(?:(?P<future>{_FUTURE_EN})|(?P<past>{_PAST_EN}))(?!\w)", re.IGNORECASE
    ),
}


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): cut at sentence ends, ";" and spaced dashes."""
    lo = max(0, start - CUE_WINDOW)
    before = text[lo:start]
    cut = lo
    for m in _BOUNDARY.finditer(before):
        cut = lo + m.end()
    hi = min(len(text), end + CUE_WINDOW)
    after = _BOUNDARY.search(text, end, hi)
    return cut, after.start() if after else hi


# A French past participle right before the expression: "publié mardi", "annoncé jeudi".
_PARTICIPLE_BEFORE: Final = re.compile(
    r"(?<![\w'’ʼ-])(?-i:[a-zàâçéèêëîïôûù]\w+(?:é|ée|és|ées))\s+$"
)


def tense(text: str, start: int, end: int, lang: str) -> Direction:
    """PAST, FUTURE or NEAREST: what the nearest tense cue in the clause says."""
    lo, hi = clause_bounds(text, start, end)
    cues = _CUES.get(lang, _CUES["fr"])
    if lang == "fr":
        if _PARTICIPLE_BEFORE.search(text, max(lo, start - 30), start):
            return Direction.PAST
    best: tuple[int, Direction] | None = None
    for rng in ((lo, start), (end, hi)):
        for m in cues.finditer(text, *rng):
            distance = start - m.end() if m.end() <= start else m.start() - end
            found = Direction.FUTURE if m.group("future") else Direction.PAST
            if best is None or distance < best[0]:
                best = (distance, found)
    return Direction.NEAREST if best is None else best[1]

"""English date patterns: one compiled regex per family, each with the handler that reads it.

Month and weekday names must be capitalised ("may", "march" and "sun" are words); the
small words around them may be in any case.
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from desktop.core import edtf
from desktop.core.extract import date_resolve as resolve
from desktop.core.extract.date_lexicon import (
    DAY_EN,
    MONTHS_EN,
    MONTHS_EN_ABBR,
    NUMBERS_EN,
    SEASONS_EN,
    SP,
    SP0,
    WEEKDAYS_EN,
    WEEKDAYS_EN_ABBR,
    YEAR,
    YEAR_BARE,
    A,
)
from desktop.core.extract.date_resolve import Direction
from desktop.core.extract.dates import (
    Candidate,
    Context,
    Family,
    absolute_day,
    counted,
    day_value,
    family,
    follows_like_a_year,
    month_value,
    part_of_month,
    part_of_year,
    partial_day,
    recent,
    year_range,
)
from desktop.core.models import DateBasis

_NW: Final = r"(?![\w-])"
_BW: Final = r"(?<![\w-])"


def _capitalised(names: dict[str, int]) -> str:
    """Names as written in English: "January" or "JANUARY", never "january"."""
    forms = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(f"{n.capitalize()}|{n.upper()}" for n in forms) + ")"


MONTH: Final = _capitalised(MONTHS_EN) + _NW
MONTH_ABBR: Final = rf"{_capitalised(MONTHS_EN_ABBR)}(?:\.|{_NW})"
MONTH_ANY: Final = f"(?:{MONTH}|{MONTH_ABBR})"
WEEKDAY: Final = _capitalised(WEEKDAYS_EN) + _NW
WEEKDAY_ANY: Final = rf"(?:{WEEKDAY}|{_capitalised(WEEKDAYS_EN_ABBR)}\.?(?=,))"
NUMBER: Final = (
    "(?:\\d{1,3}|" + "|".join(sorted(NUMBERS_EN, key=len, reverse=True)).replace(" ", SP) + ")"
)


def _month(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS_EN.get(key) or MONTHS_EN_ABBR[key]


def _weekday(word: str | None) -> int | None:
    if not word:
        return None
    key = word.lower().rstrip(".")
    return WEEKDAYS_EN.get(key, WEEKDAYS_EN_ABBR.get(key))


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group())  # type: ignore[union-attr]


def _mod_direction(mod: str | None) -> Direction | None:
    key = (mod or "").lower()
    if key == "last":
        return Direction.BEFORE
    if key == "next":
        return Direction.AFTER
    if key == "this":
        return Direction.NEAREST
    return None


_WD_PREFIX: Final = rf"(?:(?P<wd>{WEEKDAY_ANY}),?{SP})?"

# "18 January 2026", "on Sunday, 18 January 2026", "the 18th of January"
_DMY: Final = family(
    r"oOtTMWFS\d",
    rf"""{_BW}(?:(?i:on){SP})?{_WD_PREFIX}(?:(?i:the){SP})?
    (?P<d>{DAY_EN})(?:{SP}(?i:of))?{SP}(?P<m>{MONTH_ANY})(?:,?{SP}(?P<y>{YEAR}))?""",
    re.X,
)
# "January 18, 2026", "on Thursday, January 18", "Jan. 18, 2026"
_MDY: Final = family(
    "oOMTWFSJAND",
    rf"""{_BW}(?:(?i:on){SP})?{_WD_PREFIX}
    (?P<m>{MONTH_ANY}){SP0}(?P<d>{DAY_EN})(?![:.]\d)(?:,?{SP}(?P<y>{YEAR}))?""",
    re.X,
)


def _day_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    month, day, wd = _month(m["m"]), _day(m["d"]), _weekday(m["wd"])
    if m["y"]:
        return absolute_day(ctx, m, int(m["y"]), month, day, wd)
    if m["m"].lower().rstrip(".") not in MONTHS_EN:
        return None  # abbreviations only in full dates
    return partial_day(ctx, m.start(), m.end(), month, day, wd)


_TO: Final = rf"(?:{SP0}[-–]{SP0}|{SP}(?i:to|and|until|through){SP})"

# "January 5-7, 2026", "5–7 January 2026", "from 5 to 7 January", "between March 3 and 5"
_DAY_RANGE: Final = family(
    r"fFbBJFMASOND\d",
    rf"""{_BW}(?:
      (?:(?i:from|between){SP})?(?P<ma>{MONTH}){SP}(?P<a1>{DAY_EN}){_TO}
        (?:(?P<ma2>{MONTH}){SP})?(?P<a2>{DAY_EN})(?:,?{SP}(?P<ay>{YEAR}))?
    | (?:(?i:from|between){SP})?(?P<b1>{DAY_EN})(?:{SP}(?P<mb1>{MONTH}))?{_TO}
        (?P<b2>{DAY_EN}){SP}(?P<mb>{MONTH})(?:,?{SP}(?P<by>{YEAR}))?
    )""",
    re.X,
)


def _day_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m["ma"]:
        m1, d1, d2, y = _month(m["ma"]), _day(m["a1"]), _day(m["a2"]), m["ay"]
        m2 = _month(m["ma2"]) if m["ma2"] else m1
    else:
        m2, d1, d2, y = _month(m["mb"]), _day(m["b1"]), _day(m["b2"]), m["by"]
        m1 = _month(m["mb1"]) if m["mb1"] else m2
    if y:
        y2, basis = int(y), DateBasis.ABSOLUTE
    else:
        if ctx.published is None or resolve.safe_day(2000, m2, d2) is None:
            return None
        end_day = resolve.day_month(d2, m2, ctx.published, ctx.direction(m.start(), m.end()))
        if end_day is None:
            return None
        y2, basis = end_day.year, DateBasis.PUBLICATION
    y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    first, last = resolve.safe_day(y1, m1, d1), resolve.safe_day(y2, m2, d2)
    if first is None or last is None or first >= last:
        return None
    return Candidate(m.start(), m.end(), f"{day_value(first)}/{day_value(last)}", basis)


# "in March 2021", "March 2021", "March of 2021"
_MONTH_YEAR: Final = family(
    "iIJFMASOND", rf"{_BW}(?:(?i:in){SP})?(?P<m>{MONTH}){SP}(?:(?i:of){SP})?(?P<y>{YEAR})", re.X
)


def _month_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    return Candidate(
        m.start(), m.end(), month_value(int(m["y"]), _month(m["m"])), DateBasis.ABSOLUTE
    )


# "in March", "since May", "last November", "next January"
_MONTH_ALONE: Final = family(
    "iIsSuUtTbBdDlLnN",
    rf"{_BW}(?P<lead>(?i:in|since|until|till|by|during|last|next|this)){SP}(?P<m>{MONTH})(?!{SP0}\d)",
    re.X,
)


def _month_alone(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.published is None:
        return None
    lead = m["lead"].lower()
    start = m.start("m") if lead in ("since", "until", "till", "by") else m.start()
    way = _mod_direction(lead) or ctx.direction(m.start(), m.end())
    found = resolve.month(_month(m["m"]), ctx.published, way)
    if found is None:
        return None
    return Candidate(start, m.end(), month_value(*found), DateBasis.PUBLICATION)


# "from January to March 2021", "between April and June"
_MONTH_RANGE: Final = family(
    "fFbB",
    rf"""{_BW}(?i:from|between){SP}(?P<m1>{MONTH})(?:{SP}(?P<y1>{YEAR}))?
    {SP}(?i:to|and|until|through){SP}(?P<m2>{MONTH})(?:{SP}(?P<y2>{YEAR}))?""",
    re.X,
)


def _month_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    m1, m2 = _month(m["m1"]), _month(m["m2"])
    if m["y2"]:
        y2, basis = int(m["y2"]), DateBasis.ABSOLUTE
    else:
        if ctx.published is None or m["y1"]:
            return None
        found = resolve.month(m2, ctx.published, ctx.direction(m.start(), m.end()))
        if found is None:
            return None
        y2, basis = found[0], DateBasis.PUBLICATION
    y1 = int(m["y1"]) if m["y1"] else (y2 if m1 < m2 else y2 - 1)
    if (y1, m1) >= (y2, m2):
        return None
    return Candidate(m.start(), m.end(), f"{month_value(y1, m1)}/{month_value(y2, m2)}", basis)


# "in 2014", "since 2014", "by 2030", "around 2010", "the year 2000"
_YEAR_LEAD: Final = family(
    "iIsSuUtTbBdDaAcC",
    rf"""{_BW}(?P<lead>(?i:in|since|until|till|by|during|around|circa|c\.|the{SP}year|in{SP}the{SP}year))
    {SP}(?P<y>{YEAR_BARE})""",
    re.X,
)
_SPAN_LEADS: Final = frozenset({"in", "around", "circa", "c.", "the year", "in the year"})


def _year(m: re.Match[str], ctx: Context) -> Candidate | None:
    lead, year = " ".join(m["lead"].lower().split()), int(m["y"])
    if year < 1900 and not follows_like_a_year(ctx.text, m.end()):
        return None
    if lead == "in" and not follows_like_a_year(ctx.text, m.end()):
        return None  # "in 2000 cities"
    approximate = lead in ("around", "circa", "c.")
    value = edtf.qualified(edtf.format_year(year), approximate=approximate)
    start = m.start() if lead in _SPAN_LEADS else m.start("y")
    return Candidate(start, m.end(), value, DateBasis.ABSOLUTE)


# "from 2014 to 2016", "between 2014 and 2016", "2014-2016"
_YEAR_RANGE: Final = family(
    r"fFbB\d",
    rf"""(?:{_BW}(?i:from|between){SP}(?P<y1>{YEAR_BARE}){SP}(?i:to|and|until|through){SP}(?P<y2>{YEAR_BARE})
    |(?P<y3>{YEAR_BARE}){SP0}[-–]{SP0}(?P<y4>{YEAR_BARE}))""",
    re.X,
)

# "early 2021", "mid-2021", "late January", "at the end of 2021", "by the end of the year",
# "earlier this year", "the beginning of last month"
_PART: Final = family(
    "eEmMlLaAbBuUsSfFiItT",
    rf"""{_BW}(?:
      (?P<word>(?i:early|mid|late))(?:-|{SP})
    | (?P<lead>(?i:(?:at|by|before|until|since|from|in|to){SP})?)(?i:the){SP}
      (?P<noun>(?i:beginning|start|middle|end))(?:{SP}(?i:of){SP}|-)
    | (?P<rel>(?i:earlier|later)){SP}(?=(?i:this|last|next){SP}(?i:year|month))
    )
    (?:(?P<y>{YEAR_BARE})
      |(?P<m>{MONTH})(?:{SP}(?P<my>{YEAR}))?
      |(?P<ymod>(?i:this|last|next|the)){SP}(?P<unit>(?i:year|month|week)){_NW}
    )""",
    re.X,
)
_PART_WORDS: Final = {
    "early": "start", "beginning": "start", "start": "start", "mid": "mid", "middle": "mid",
    "late": "end", "end": "end",
}  # fmt: skip


def _part(m: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    lead = (m["lead"] or "").strip().lower()
    until = lead in ("by", "before", "until", "to")
    start = m.start() if lead not in ("since", "from", "until", "to") else m.start("noun") - 4
    if m["rel"]:  # "earlier this year": the year (or month) itself
        if pub is None:
            return None
        shift = {"this": 0, "last": -1, "next": 1}[m["ymod"].lower()]
        if m["unit"].lower() == "year":
            return Candidate(
                m.start(), m.end(), edtf.format_year(pub.year + shift), DateBasis.PUBLICATION
            )
        ym = resolve.add_months(pub.year, pub.month, shift)
        return Candidate(m.start(), m.end(), month_value(*ym), DateBasis.PUBLICATION)
    part = _PART_WORDS[(m["word"] or m["noun"]).lower()]
    if m["y"]:
        return Candidate(start, m.end(), part_of_year(int(m["y"]), part), DateBasis.ABSOLUTE)
    if m["m"]:
        month = _month(m["m"])
        if m["my"]:
            year, basis = int(m["my"]), DateBasis.ABSOLUTE
        else:
            if pub is None:
                return None
            found = resolve.month(month, pub, ctx.direction(m.start(), m.end()))
            if found is None:
                return None
            year, basis = found[0], DateBasis.PUBLICATION
        return Candidate(start, m.end(), part_of_month(year, month, part), basis)
    if pub is None:
        return None
    shift = {"this": 0, "the": 0, "last": -1, "next": 1}[m["ymod"].lower()]
    unit = m["unit"].lower()
    if unit == "year":
        year = pub.year + shift
        if until and part == "end" and shift == 0:
            return Candidate(
                start, m.end(), f"{day_value(pub)}/{year:04d}-12-31", DateBasis.PUBLICATION
            )
        return Candidate(start, m.end(), part_of_year(year, part), DateBasis.PUBLICATION)
    if unit == "month":
        year, month = resolve.add_months(pub.year, pub.month, shift)
        if until and part == "end" and shift == 0:
            last = resolve.month_extent(year, month)[1]
            return Candidate(
                start, m.end(), f"{day_value(pub)}/{day_value(last)}", DateBasis.PUBLICATION
            )
        return Candidate(start, m.end(), part_of_month(year, month, part), DateBasis.PUBLICATION)
    if until and part == "end" and shift == 0:
        sunday = resolve.week_of(pub)[1]
        return Candidate(
            start, m.end(), f"{day_value(pub)}/{day_value(sunday)}", DateBasis.PUBLICATION
        )
    return None


# "by year-end", "before year's end"
_YEAR_END: Final = family(
    "bBuU",
    rf"{_BW}(?i:by|before|until){SP}(?i:year[-{A[1:-1]}]?s?{SP0}end|the{SP}year{A}s{SP}end|end-year){_NW}",
    re.X,
)


def _year_end(m: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    if pub is None:
        return None
    return Candidate(
        m.start(), m.end(), f"{day_value(pub)}/{pub.year:04d}-12-31", DateBasis.PUBLICATION
    )


# "summer 2020", "the summer of 2020", "last winter", "this spring", "in the autumn"
_SEASON: Final = family(
    "iItTlLnNsSdDbBaAfFwW",
    rf"""{_BW}(?P<lead>(?i:in{SP}the|this|last|next|the|in|since|during{SP}the|by){SP})?
    (?P<s>(?i:spring|summer|autumn|fall|winter)){_NW}(?:{SP}(?i:of){SP}|{SP})?(?P<y>{YEAR})?""",
    re.X,
)


def _season(m: re.Match[str], ctx: Context) -> Candidate | None:
    code = SEASONS_EN[m["s"].lower()]
    lead = " ".join((m["lead"] or "").lower().split())
    end = m.end() if m["y"] else m.end("s")
    start = m.start("s") if lead in ("since", "by", "the", "during the") else m.start()
    if m["y"]:
        if m["s"].lower() == "fall" and not lead:
            start = m.start("s")
        return Candidate(start, end, edtf.format_season(int(m["y"]), code), DateBasis.ABSOLUTE)
    if ctx.published is None:
        return None
    if lead in ("last", "next", "this"):
        way = _mod_direction(lead) or Direction.NEAREST
    elif lead == "in the":
        way = ctx.direction(m.start(), end)
    else:
        return None
    year = resolve.season(code, ctx.published, way)
    if year is None:
        return None
    return Candidate(start, end, edtf.format_season(year, code), DateBasis.PUBLICATION)


# "on Thursday", "last Thursday", "next Monday", "Thursday"
_WEEKDAY: Final = family(
    "oOlLnNtTsSbBuUMWF",
    rf"""{_BW}(?:(?P<lead>(?i:on|last|next|this|since|by|until)){SP})?(?P<wd>{WEEKDAY})
    (?:{SP}(?i:morning|afternoon|evening|night){_NW})?(?!{SP0}\d|,?{SP}{MONTH})""",
    re.X,
)
_NAMED_DAYS: Final = re.compile(r"(?:black|good|holy|cyber|super|ash|palm|easter|bloody)\s+$", re.I)
_NOT_A_DAY_AFTER: Final = re.compile(
    rf"{SP}(?:Times|Telegraph|Express|Mirror|Post|Herald|Mail|Night\b|Service)"
)


def _weekday_family(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.published is None:
        return None
    if _NAMED_DAYS.search(ctx.prev_word(m.start())) or _NOT_A_DAY_AFTER.match(
        ctx.text, m.end("wd")
    ):
        return None
    lead = (m["lead"] or "").lower()
    start = m.start("wd") if lead in ("since", "by", "until") else m.start()
    way = _mod_direction(lead) or ctx.direction(m.start(), m.end())
    d = resolve.weekday(_weekday(m["wd"]) or 0, ctx.published, way)
    if d is None:
        return None
    return Candidate(start, m.end(), day_value(d), DateBasis.PUBLICATION)


_DEICTIC_SHIFT: Final = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
    "the day after tomorrow": 2,
}  # fmt: skip
_DEICTIC: Final = family(
    "tTyYlL",
    r"(?<![\w-])(?P<w>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today"
    r"|tonight|this\s+morning|this\s+afternoon|this\s+evening|yesterday|last\s+night|tomorrow))"
    r"(?![\w-])(?:[^\S\n]+(?i:morning|afternoon|evening|night)(?![\w-]))?",
)


def _deictic(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.published is None or re.search(
        r"\bUSA\s+$", ctx.text[max(0, m.start() - 6) : m.start()]
    ):
        return None
    shift = _DEICTIC_SHIFT[" ".join(m["w"].lower().split())]
    d = ctx.published + timedelta(days=shift)
    return Candidate(m.start(), m.end(), day_value(d), DateBasis.PUBLICATION)


_PERIOD: Final = family(
    "tTlLnNpP",
    rf"{_BW}(?P<mod>(?i:this|last|next|past)){SP}(?P<unit>(?i:week|month|year)){_NW}(?!{SP}(?i:of|'s|’s))",
)


def _period(m: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    if pub is None:
        return None
    mod, unit = m["mod"].lower(), m["unit"].lower()
    if mod == "past":
        return None  # "the past year" is a span back from now, not a calendar year
    shift = {"this": 0, "last": -1, "next": 1}[mod]
    if unit == "week":
        monday, sunday = resolve.week_of(pub + timedelta(weeks=shift))
        value = f"{day_value(monday)}/{day_value(sunday)}"
    elif unit == "month":
        value = month_value(*resolve.add_months(pub.year, pub.month, shift))
    else:
        value = edtf.format_year(pub.year + shift)
    return Candidate(m.start(), m.end(), value, DateBasis.PUBLICATION)


# "three years ago", "a week ago", "in two weeks"
_COUNTED: Final = family(
    r"aAoOtTfFsSeEnNhHiIwWmM\d",
    rf"""{_BW}(?:(?P<in>(?i:in|within)){SP}(?:(?i:about|around){SP})?(?P<n1>{NUMBER})|(?:(?P<about>(?i:about|around|some|nearly|almost|over|more{SP}than)){SP})?(?P<n2>{NUMBER}))
    {SP}(?P<unit>(?i:days?|weeks?|months?|years?)){_NW}(?P<ago>{SP}(?i:ago))?(?!{SP}(?i:of|old|later|earlier|before|after))""",
    re.X | re.I,
)


def _number(word: str) -> int:
    key = " ".join(word.lower().split())
    return int(key) if key.isdigit() else NUMBERS_EN[key]


def _counted(m: re.Match[str], ctx: Context) -> Candidate | None:
    if m["ago"] and m["n2"]:
        n, back = _number(m["n2"]), True
    elif m["in"] and not m["ago"]:
        n, back = _number(m["n1"]), False
    else:
        return None
    return counted(m, ctx, n, m["about"] is not None, m["unit"].lower(), back)


# "in recent months", "over the past few weeks", "in the last three years"
_RECENT: Final = family(
    "iIoOdDfF",
    rf"""{_BW}(?i:in|over|during|for){SP}(?:(?i:the){SP})?(?i:recent|past|last)
    {SP}(?:(?i:few){SP}|(?P<n>{NUMBER}){SP})?(?P<unit>(?i:days|weeks|months|years)){_NW}(?!{SP}(?i:of|before))""",
    re.X,
)


def _recent(m: re.Match[str], ctx: Context) -> Candidate | None:
    n = _number(m["n"]) if m["n"] else 3
    return recent(m, ctx, n, m["unit"].lower())


_ANCHORED_SHIFT: Final = {
    "the day before": -1, "the previous day": -1, "the day after": 1, "the next day": 1,
    "the following day": 1,
}  # fmt: skip
_ANCHORED: Final = family(
    "tT",
    r"(?<![\w-])(?P<w>(?i:the\s+day\s+before|the\s+previous\s+day|the\s+day\s+after"
    r"|the\s+next\s+day|the\s+following\s+day))(?![\w-])"
    r"(?![^\S\n]+(?:(?i:the|a|an|his|her|its|their|our|my|your|yesterday|tomorrow)\b|[A-Z]))",
)


def _anchored(m: re.Match[str], ctx: Context) -> Candidate | None:
    shift = _ANCHORED_SHIFT[" ".join(m["w"].lower().split())]
    return Candidate(m.start(), m.end(), None, DateBasis.TEXT, shift=shift)


# "the 1990s", "the ’80s", "in the 2000s"
_DECADE: Final = family(
    r"iItT\d",
    rf"""{_BW}(?:(?:(?i:in{SP}the|the){SP})?(?P<y>(?:1[0-9]|20)\d0)s
    |(?i:in{SP}the|the){SP}{A}?(?P<yy>[2-9]0)s){_NW}""",
    re.X,
)


def _decade(m: re.Match[str], ctx: Context) -> Candidate | None:
    digits = m["y"] or "19" + m["yy"]
    return Candidate(m.start(), m.end(), digits[:3] + "X", DateBasis.ABSOLUTE)


FAMILIES: Final[tuple[Family, ...]] = (
    (_DMY, _day_month),
    (_MDY, _day_month),
    (_DAY_RANGE, _day_range),
    (_MONTH_YEAR, _month_year),
    (_MONTH_ALONE, _month_alone),
    (_MONTH_RANGE, _month_range),
    (_YEAR_LEAD, _year),
    (_YEAR_RANGE, year_range),
    (_DECADE, _decade),
    (_PART, _part),
    (_YEAR_END, _year_end),
    (_SEASON, _season),
    (_WEEKDAY, _weekday_family),
    (_DEICTIC, _deictic),
    (_PERIOD, _period),
    (_COUNTED, _counted),
    (_RECENT, _recent),
    (_ANCHORED, _anchored),
)

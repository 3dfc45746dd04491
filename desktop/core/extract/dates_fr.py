"""French date patterns: one compiled regex per family, each with the handler that reads it."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Final

from desktop.core import edtf
from desktop.core.extract import date_resolve as resolve
from desktop.core.extract.date_lexicon import (
    DAY_FR,
    MONTHS_FR,
    MONTHS_FR_ABBR,
    NUMBERS_FR,
    ROUGHLY_FR,
    SEASONS_FR,
    SP,
    SP0,
    WEEKDAYS_FR,
    YEAR,
    YEAR_BARE,
    A,
    fold_key,
    words,
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

_I: Final = re.IGNORECASE
_NW: Final = r"(?![\w’ʼ'-])"  # not followed by more of the word
_BW: Final = r"(?<![\w’ʼ'-])"  # not preceded by more of the word

MONTH: Final = words(MONTHS_FR)
MONTH_ANY: Final = f"(?:{words(MONTHS_FR_ABBR)}|{MONTH}{_NW})"
WEEKDAY: Final = words(WEEKDAYS_FR)
NUMBER: Final = rf"(?:\d{{1,3}}|{words(NUMBERS_FR)})"
ROUGHLY: Final = words(ROUGHLY_FR)

_PARTS: Final = {"début": "start", "debut": "start", "mi": "mid", "fin": "end"}
_BACK_MODS: Final = frozenset({"dernier", "dernière", "passé", "passée"})
_NEXT_MODS: Final = frozenset({"prochain", "prochaine"})
_HABITUAL: Final = re.compile(r"(?:\b(?:le|les|du|au|chaque|tous\s+les)|-)\s*$")
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?:;«»\"“”(\n—–-])\s*$")
_FRAMED_BY_DE: Final = re.compile(rf"(?:\bde|\bd{A}|jusqu{A}à)\s*$")


def _month(word: str) -> int:
    key = fold_key(word)
    return MONTHS_FR.get(key) or MONTHS_FR_ABBR[key]


def _day(word: str) -> int:
    return 1 if word.lower().startswith("1") and not word[1:2].isdigit() else int(word)


def _mod_direction(mod: str | None) -> Direction | None:
    if mod is None:
        return None
    key = fold_key(mod)
    if key in _BACK_MODS:
        return Direction.BEFORE
    if key in _NEXT_MODS:
        return Direction.AFTER
    return None


def _number(word: str) -> tuple[int, bool]:
    """(n, approximate) for "3", "trois" or "une dizaine"."""
    key = fold_key(word)
    if key in ROUGHLY_FR:
        return ROUGHLY_FR[key], True
    if key.isdigit():
        return int(key), False
    return NUMBERS_FR[key], False


# ------------------------------------------------------------ day month (year)

# "dimanche 18 janvier 2026", "Le 1er octobre 2025", "le 18 septembre", "Samedi 17 janvier"
_DAY_MONTH: Final = family(
    r"lcmjvsd\d",
    rf"""{_BW}(?:(?:le|ce){SP})?
    (?:(?P<wd>{WEEKDAY}),?{SP})?
    (?P<d>{DAY_FR}){SP0}(?P<m>{MONTH_ANY})
    (?:,?{SP}(?P<y>{YEAR})|{SP}(?P<mod>dernier|prochain){_NW})?""",
    _I | re.X,
)


def _day_month(m: re.Match[str], ctx: Context) -> Candidate | None:
    month, day = _month(m["m"]), _day(m["d"])
    wd = WEEKDAYS_FR[fold_key(m["wd"])] if m["wd"] else None
    if m["y"]:
        return absolute_day(ctx, m, int(m["y"]), month, day, wd)
    if m["m"].endswith("."):
        return None  # abbreviations only in full dates
    return partial_day(ctx, m.start(), m.end(), month, day, wd, _mod_direction(m["mod"]))


# "les années 1990", "dans les années 80", "des années 2000": a decade
_DECADE: Final = family(
    "ld",
    rf"""{_BW}(?:(?:les|des|aux|dans{SP}les|depuis{SP}les){SP})?années{SP}
    (?P<y>(?:1[0-9]|20)\d0|[2-9]0){_NW}""",
    _I | re.X,
)


def decade(m: re.Match[str], ctx: Context) -> Candidate | None:
    """A decade as EDTF "199X"; two digits are the 1900s ("les années 80")."""
    digits = m["y"] if len(m["y"]) == 4 else "19" + m["y"]
    start = m.start("y") - len("années ") if fold_key(m.group()).startswith("depuis") else m.start()
    return Candidate(start, m.end(), digits[:3] + "X", DateBasis.ABSOLUTE)


# "du 5 au 7 janvier 2026", "du 28 décembre 2025 au 3 janvier 2026", "les 5 et 6 janvier"
_DAY_RANGE: Final = family(
    "dle",
    rf"""{_BW}(?:du|les|entre{SP}le){SP}
    (?P<d1>{DAY_FR})(?:{SP}(?P<m1>{MONTH}{_NW})(?:{SP}(?P<y1>{YEAR}))?)?
    {SP}(?:au|et(?:{SP}le)?|jusqu{A}au){SP}
    (?P<d2>{DAY_FR}){SP}(?P<m2>{MONTH}{_NW})(?:{SP}(?P<y2>{YEAR}))?""",
    _I | re.X,
)


def _day_range(m: re.Match[str], ctx: Context) -> Candidate | None:
    m2, d2, d1 = _month(m["m2"]), _day(m["d2"]), _day(m["d1"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    if m["y2"]:
        y2 = int(m["y2"])
        basis = DateBasis.ABSOLUTE
    else:
        if ctx.published is None or m["y1"]:
            return None
        way = ctx.direction(m.start(), m.end())
        end_day = (
            resolve.day_month(d2, m2, ctx.published, way)
            if resolve.safe_day(2000, m2, d2)
            else None
        )
        if end_day is None:
            return None
        y2, basis = end_day.year, DateBasis.PUBLICATION
    y1 = int(m["y1"]) if m["y1"] else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
    first, last = resolve.safe_day(y1, m1, d1), resolve.safe_day(y2, m2, d2)
    if first is None or last is None or first >= last:
        return None
    return Candidate(m.start(), m.end(), f"{day_value(first)}/{day_value(last)}", basis)


# ------------------------------------------------------------------ month (year)

# "En juillet 2025", "septembre 2026", "au mois de mars 2021"
_MONTH_YEAR: Final = family(
    "ealmjfsond",
    rf"""{_BW}(?:en{SP}|(?:(?:au|le){SP})?mois{SP}d(?:e{SP}|{A}))?
    (?P<m>{MONTH}){_NW}{SP}(?P<y>{YEAR})""",
    _I | re.X,
)


def _month_year(m: re.Match[str], ctx: Context) -> Candidate | None:
    return Candidate(
        m.start(), m.end(), month_value(int(m["y"]), _month(m["m"])), DateBasis.ABSOLUTE
    )


# "en juillet", "dès mars", "en novembre dernier", "janvier prochain"
_MONTH_ALONE: Final = family(
    "edjcalmfson",
    rf"""{_BW}(?:(?P<lead>en|dès|depuis|jusqu{A}en|courant|(?:au|le){SP}mois{SP}d(?:e|{A}))({SP}|(?<={A})))?
    (?P<m>{MONTH}){_NW}
    (?:{SP}(?P<mod>dernier|prochain|passé){_NW})?
    (?!{SP0}\d)""",
    _I | re.X,
)


def _month_alone(m: re.Match[str], ctx: Context) -> Candidate | None:
    lead, mod = m["lead"], m["mod"]
    if ctx.published is None or (lead is None and mod is None):
        return None
    start = m.start()
    if lead and fold_key(lead) in ("dès", "depuis", "jusqu'en"):
        start = m.start("m")
    way = _mod_direction(mod) or ctx.direction(m.start(), m.end())
    found = resolve.month(_month(m["m"]), ctx.published, way)
    if found is None:
        return None
    return Candidate(start, m.end(), month_value(*found), DateBasis.PUBLICATION)


# "de janvier à mars 2021", "entre avril et juin"
_MONTH_RANGE: Final = family(
    "de",
    rf"""{_BW}(?:de{SP}|d{A}|entre{SP})(?P<m1>{MONTH}){_NW}(?:{SP}(?P<y1>{YEAR}))?
    {SP}(?:à|au|et|jusqu{A}en){SP}(?P<m2>{MONTH}){_NW}(?:{SP}(?P<y2>{YEAR}))?""",
    _I | re.X,
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


# ----------------------------------------------------------------------- years

_YEAR_LEAD: Final = family(
    "edjvcla",
    rf"""(?<![\w’ʼ'-])(?P<lead>en|dès|depuis|jusqu{A}en|jusqu{A}à|vers|courant|d{A}ici|l{A}année|année|l{A}an|de)
    {SP}(?P<y>{YEAR_BARE})""",
    _I | re.X,
)
_STRONG_LEADS: Final = frozenset(
    {"en", "dès", "depuis", "jusqu'en", "jusqu'à", "vers", "courant", "d'ici", "l'année",
     "année", "l'an"}
)  # fmt: skip
_SPAN_LEADS: Final = frozenset({"en", "vers", "l'année", "année", "l'an"})


def _year(m: re.Match[str], ctx: Context) -> Candidate | None:
    lead, year = fold_key(m["lead"]), int(m["y"])
    if lead not in _STRONG_LEADS or year < 1900:
        if not 1900 <= year <= 2100 or not follows_like_a_year(ctx.text, m.end()):
            return None
    value = edtf.qualified(edtf.format_year(year), approximate=lead == "vers")
    start = m.start() if lead in _SPAN_LEADS else m.start("y")
    return Candidate(start, m.end(), value, DateBasis.ABSOLUTE)


# "de 2014 à 2016", "entre 2014 et 2016", "2014-2016"
_YEAR_RANGE: Final = family(
    r"de\d",
    rf"""(?:{_BW}(?:de|entre){SP}(?P<y1>{YEAR_BARE}){SP}(?:à|au|et){SP}(?P<y2>{YEAR_BARE})
    |(?P<y3>{YEAR_BARE}){SP0}[-–]{SP0}(?P<y4>{YEAR_BARE}))""",
    _I | re.X,
)


# ---------------------------------------------------------------- parts of years

# "début 2021", "fin 2021", "mi-2021", "à la mi-janvier", "fin janvier 2022",
# "d'ici la fin de l'année", "au début de l'année dernière", "fin d'année"
_PART: Final = family(
    "daàlmf",
    rf"""{_BW}(?P<lead>d{A}ici{SP}(?:à{SP})?(?:la|le){SP}|avant{SP}la{SP}|(?:à{SP}la|au|le|la|dès{SP}(?:le|la)|depuis{SP}(?:le|la)){SP})?
    (?P<part>début|debut|mi|fin)(?:-|{SP}|(?={SP0}d))
    (?:{SP0}(?:de{SP}|d{A}))?
    (?:(?P<y>{YEAR})
      |(?P<m>{MONTH}){_NW}(?:{SP}(?P<my>{YEAR}))?
      |(?P<annee>l{A}année|l{A}an|année|cette{SP}année)(?:{SP}(?P<amod>dernière|dernier|passée|passé|prochaine|prochain|(?P<ay>{YEAR})))?{_NW}
      |(?P<mois>du{SP}mois|ce{SP}mois|mois)(?:{SP}(?P<mmod>dernier|passé|prochain))?{_NW}
      |(?P<semaine>de{SP}la{SP}semaine|semaine){_NW}
    )""",
    _I | re.X,
)


def _part(m: re.Match[str], ctx: Context) -> Candidate | None:
    part = _PARTS[fold_key(m["part"])]
    lead = fold_key(m["lead"] or "")
    until = lead.startswith(("d'ici", "avant"))
    start = m.start() if not lead.startswith(("dès", "depuis")) else m.start("part")
    pub = ctx.published
    if m["y"]:
        if until:
            start = m.start("part")
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
        if until:
            start = m.start("part")
        return Candidate(start, m.end(), part_of_month(year, month, part), basis)
    if m["annee"]:
        if m["ay"]:
            year = int(m["ay"])
            return Candidate(start, m.end(), part_of_year(year, part), DateBasis.ABSOLUTE)
        if pub is None:
            return None
        amod = fold_key(m["amod"] or "")
        year = pub.year - (amod in _BACK_MODS) + (amod in _NEXT_MODS)
        if until and part == "end" and year == pub.year:
            value = f"{day_value(pub)}/{year:04d}-12-31"
        else:
            value = part_of_year(year, part)
        return Candidate(start, m.end(), value, DateBasis.PUBLICATION)
    if pub is None:
        return None
    if m["mois"]:
        shift = {"dernier": -1, "passé": -1, "prochain": 1}.get(fold_key(m["mmod"] or ""), 0)
        year, month = resolve.add_months(pub.year, pub.month, shift)
        if until and part == "end" and shift == 0:
            last = resolve.month_extent(year, month)[1]
            return Candidate(
                start, m.end(), f"{day_value(pub)}/{day_value(last)}", DateBasis.PUBLICATION
            )
        return Candidate(start, m.end(), part_of_month(year, month, part), DateBasis.PUBLICATION)
    if until and part == "end":
        sunday = resolve.week_of(pub)[1]
        return Candidate(
            start, m.end(), f"{day_value(pub)}/{day_value(sunday)}", DateBasis.PUBLICATION
        )
    return None


# ---------------------------------------------------------------------- seasons

_SEASON: Final = family(
    "àldacepéhe",
    rf"""{_BW}(?P<art>à{SP}l{A}|l{A}|d{A}|au{SP}|cet{SP}|ce{SP}|en{SP})?
    (?P<s>printemps|été|automne|hiver){_NW}
    (?:{SP}(?:de{SP})?(?P<y>{YEAR})|{SP}(?P<mod>dernier|prochain|passé){_NW})?""",
    _I | re.X,
)


def _season(m: re.Match[str], ctx: Context) -> Candidate | None:
    code = SEASONS_FR[fold_key(m["s"])]
    art = fold_key(m["art"] or "")
    if m["y"]:
        if not art and code == 22:
            return None  # "a été 2014 …" is a verb
        return Candidate(
            m.start(), m.end(), edtf.format_season(int(m["y"]), code), DateBasis.ABSOLUTE
        )
    if ctx.published is None:
        return None
    if m["mod"]:
        way = _mod_direction(m["mod"]) or Direction.NEAREST
    elif art in ("à l'", "au", "cet", "ce"):
        way = ctx.direction(m.start(), m.end())
    else:
        return None  # "l'été", "en hiver": a season in general
    year = resolve.season(code, ctx.published, way)
    if year is None:
        return None
    return Candidate(m.start(), m.end(), edtf.format_season(year, code), DateBasis.PUBLICATION)


# --------------------------------------------------------------------- weekdays

_WEEKDAY: Final = family(
    "clmjvsd",
    rf"""{_BW}(?:(?P<art>ce){SP})?(?P<wd>{WEEKDAY}){_NW}
    (?:{SP}(?P<mod>dernier|prochain|passé){_NW})?
    (?:{SP}(?:matin|soir|midi|après-midi){_NW})?
    (?!{SP0}\d)""",
    _I | re.X,
)


def _weekday(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.published is None:
        return None
    word = m["wd"]
    before = ctx.prev_word(m.start())
    if not m["art"]:
        if _HABITUAL.search(before):
            return None  # "le lundi", "du lundi au vendredi", "tous les lundis"
        if word[0].isupper() and not _SENTENCE_START.search(before):
            return None  # "Vendredi", a name, mid-sentence
    way = _mod_direction(m["mod"]) or ctx.direction(m.start(), m.end())
    d = resolve.weekday(WEEKDAYS_FR[fold_key(word)], ctx.published, way)
    if d is None:
        return None
    return Candidate(m.start(), m.end(), day_value(d), DateBasis.PUBLICATION)


# --------------------------------------------------------------------- deictics

_DEICTIC_SHIFT: Final = {
    "aujourd'hui": 0, "ce matin": 0, "ce soir": 0, "cette nuit": 0, "cet après-midi": 0,
    "ce midi": 0, "hier": -1, "avant-hier": -2, "avant hier": -2, "demain": 1,
    "après-demain": 2, "après demain": 2,
}  # fmt: skip
_DEICTIC: Final = family(
    "ahdc",
    rf"{_BW}(?P<w>{words(_DEICTIC_SHIFT)}){_NW}(?:{SP}(?:matin|soir|midi|après-midi){_NW})?",
    _I,
)


def _deictic(m: re.Match[str], ctx: Context) -> Candidate | None:
    if ctx.published is None or _FRAMED_BY_DE.search(ctx.prev_word(m.start())):
        return None  # "le monde de demain", "d'aujourd'hui"
    d = ctx.published + timedelta(days=_DEICTIC_SHIFT[fold_key(m["w"])])
    return Candidate(m.start(), m.end(), day_value(d), DateBasis.PUBLICATION)


_PERIOD: Final = family(
    "clms",
    rf"""{_BW}(?:(?P<this_week>cette{SP}semaine)
    |(?:la{SP})?semaine{SP}(?P<wmod>dernière|passée|prochaine)
    |(?P<this_month>ce{SP}mois(?:-ci)?)
    |(?:le{SP})?mois{SP}(?P<mmod>dernier|passé|prochain)
    |(?P<this_year>cette{SP}année)
    |l{A}(?:année|an){SP}(?P<ymod>dernière|dernier|passée|passé|prochaine|prochain)
    ){_NW}(?!-là)""",
    _I | re.X,
)


def _period(m: re.Match[str], ctx: Context) -> Candidate | None:
    pub = ctx.published
    if pub is None:
        return None
    mod = fold_key(m["wmod"] or m["mmod"] or m["ymod"] or "")
    shift = -1 if mod in _BACK_MODS else 1 if mod in _NEXT_MODS else 0
    if m["this_week"] or m["wmod"]:
        monday, sunday = resolve.week_of(pub + timedelta(weeks=shift))
        value = f"{day_value(monday)}/{day_value(sunday)}"
    elif m["this_month"] or m["mmod"]:
        value = month_value(*resolve.add_months(pub.year, pub.month, shift))
    else:
        value = edtf.format_year(pub.year + shift)
    return Candidate(m.start(), m.end(), value, DateBasis.PUBLICATION)


# "il y a trois ans", "dans deux semaines", "depuis une dizaine d'années"
_COUNTED: Final = family(
    "id",
    rf"""{_BW}(?P<dir>il{SP}y{SP}a|dans|depuis){SP}
    (?:(?P<about>environ|près{SP}de|plus{SP}de|moins{SP}de|quelque){SP})?
    (?P<n>{ROUGHLY}|{NUMBER}){_NW}{SP}(?:d{A}|de{SP})?
    (?P<unit>jours?|semaines?|mois|ans|années?){_NW}""",
    _I | re.X,
)


def _counted(m: re.Match[str], ctx: Context) -> Candidate | None:
    n, roughly = _number(m["n"])
    roughly = roughly or m["about"] is not None
    back = fold_key(m["dir"]) != "dans"
    return counted(m, ctx, n, roughly, fold_key(m["unit"]), back)


# "ces derniers mois", "au cours des trois dernières années", "ces dernières semaines"
_RECENT: Final = family(
    "cladp",
    rf"""{_BW}(?:ces|les|au{SP}cours{SP}des|durant{SP}les|pendant{SP}les|lors{SP}des){SP}
    (?:(?P<n1>{NUMBER}){SP})?(?:derniers|dernières){SP}(?:(?P<n2>{NUMBER}){SP})?
    (?P<unit>jours|semaines|mois|années|ans){_NW}(?!{SP}(?:de|du|des|d{A}))""",
    _I | re.X,
)


def _recent(m: re.Match[str], ctx: Context) -> Candidate | None:
    given = m["n1"] or m["n2"]
    n = _number(given)[0] if given else 3
    return recent(m, ctx, n, fold_key(m["unit"]))


# "la veille", "le lendemain", "l'avant-veille", "le surlendemain"
_ANCHORED_SHIFT: Final = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2,
}  # fmt: skip
_ANCHORED: Final = family(
    "l", rf"{_BW}(?P<w>{words(_ANCHORED_SHIFT)}){_NW}(?!{SP}(?:de|du|des|d{A}|au|à)\b)", _I
)


def _anchored(m: re.Match[str], ctx: Context) -> Candidate | None:
    basis = DateBasis.TEXT
    return Candidate(m.start(), m.end(), None, basis, shift=_ANCHORED_SHIFT[fold_key(m["w"])])


FAMILIES: Final[tuple[Family, ...]] = (
    (_DAY_MONTH, _day_month),
    (_DAY_RANGE, _day_range),
    (_MONTH_YEAR, _month_year),
    (_MONTH_ALONE, _month_alone),
    (_MONTH_RANGE, _month_range),
    (_YEAR_LEAD, _year),
    (_YEAR_RANGE, year_range),
    (_DECADE, decade),
    (_PART, _part),
    (_SEASON, _season),
    (_WEEKDAY, _weekday),
    (_DEICTIC, _deictic),
    (_PERIOD, _period),
    (_COUNTED, _counted),
    (_RECENT, _recent),
    (_ANCHORED, _anchored),
)

"""Words and regex fragments the date suggester reads, French and English.

Only full month names are used on their own; abbreviations ("janv.", "Jan.") count only
inside a complete day-month-year date, and French weekday abbreviations not at all ("Je",
"sa", "Mar" are words and names far more often than dates). "sept" is the number seven.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from desktop.core.anchoring import APOSTROPHES

A: Final = f"[{APOSTROPHES}]"
"""Any apostrophe: straight ', typographic ’ and the modifier letter ʼ."""
SP: Final = r"[^\S\r\n]+"
"""One or more spaces on one line (no-break and narrow no-break spaces included)."""
SP0: Final = r"[^\S\r\n]*"
YEAR: Final = r"(?<![\d.,])(?:1[0-9]|20|21)\d\d(?![\d]|[.,]\d)"
"""A year 1000–2199 standing alone as a number (not in "2 500", "1.2014" or "20211209")."""
YEAR_BARE: Final = (
    r"(?<![\d.,])(?<![\d.,][ \u00a0\u202f])(?:1[0-9]|20|21)\d\d(?![\d]|[.,]\d|[ \u00a0\u202f]\d)"
)
"""A year with no digit group next to it: "2 014" and "2014 500" are numbers, not years."""
DAY_FR: Final = r"(?<![\d.,])(?:1er|1ᵉʳ|1re|[12]\d|3[01]|0?[1-9])(?!\d)"
DAY_EN: Final = r"(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"


def words(items: Iterable[str]) -> str:
    """A regex alternation of items, longest first, apostrophes matching any apostrophe."""
    out = []
    for item in sorted(set(items), key=len, reverse=True):
        escaped = "".join(A if ch in APOSTROPHES else _escape(ch) for ch in item)
        out.append(escaped.replace(r"\ ", SP).replace(" ", SP))
    return "(?:" + "|".join(out) + ")"


def _escape(ch: str) -> str:
    return "\\" + ch if ch in r".^$*+?{}[]\|()-" else ch


def fold_key(word: str) -> str:
    """Lookup key for a matched word: lower case, one kind of apostrophe and spacing."""
    key = word.lower()
    for ch in APOSTROPHES:
        key = key.replace(ch, "'")
    return " ".join(key.split())


MONTHS_FR: Final[dict[str, int]] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
}  # fmt: skip
MONTHS_FR_ABBR: Final[dict[str, int]] = {
    "janv.": 1, "févr.": 2, "fevr.": 2, "fév.": 2, "avr.": 4, "juil.": 7, "sept.": 9,
    "oct.": 10, "nov.": 11, "déc.": 12, "dec.": 12,
}  # fmt: skip
MONTHS_EN: Final[dict[str, int]] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}  # fmt: skip
MONTHS_EN_ABBR: Final[dict[str, int]] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS_FR: Final[dict[str, int]] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
    "dimanche": 6,
}  # fmt: skip
WEEKDAYS_EN: Final[dict[str, int]] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
WEEKDAYS_EN_ABBR: Final[dict[str, int]] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip

SEASONS_FR: Final[dict[str, int]] = {
    "printemps": 21, "été": 22, "ete": 22, "automne": 23, "hiver": 24,
}  # fmt: skip
SEASONS_EN: Final[dict[str, int]] = {
    "spring": 21, "summer": 22, "autumn": 23, "fall": 23, "winter": 24,
}  # fmt: skip

NUMBERS_FR: Final[dict[str, int]] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
}  # fmt: skip
# "une dizaine d'années": about ten; the value is marked approximate.
ROUGHLY_FR: Final[dict[str, int]] = {
    "une dizaine": 10, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une centaine": 100,
}  # fmt: skip
NUMBERS_EN: Final[dict[str, int]] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "a hundred": 100, "one hundred": 100,
}  # fmt: skip

# Words after which a bare year still reads as a year after a weak lead ("de 2015 sur").
FUNCTION_WORDS: Final = frozenset(
    {
        # French
        "sur", "pour", "à", "au", "aux", "et", "ou", "qui", "que", "qu", "dans", "en", "avec",
        "par", "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ne", "n", "se",
        "s", "a", "ont", "est", "sont", "était", "avait", "contre", "entre", "après", "avant",
        "depuis", "lors", "ce", "cette", "il", "elle", "ils", "elles", "on", "où", "dont",
        "mais", "puis", "selon", "vers", "sans", "sous", "chez", "jusqu", "lorsque",
        # English
        "the", "an", "and", "or", "to", "in", "at", "for", "with", "by", "from", "of",
        "when", "which", "that", "who", "was", "were", "is", "are", "had", "has", "have", "as",
        "after", "before", "but", "until", "since", "he", "she", "it", "they", "we", "i",
    }
)  # fmt: skip

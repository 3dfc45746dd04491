"""Counted things in French and English news text: "2 500 soldats", "more than 3,000 troops".

A **quantity** is a number followed by what it counts: a noun ("soldats", "troops"), a
percent sign or a currency. Used by ``contradictions`` to compare what two sources say
about one event; pure functions on strings, offsets in code points.

What is read:

- digits with the thousands written the French way (space, no-break space U+00A0, narrow
  no-break space U+202F, thin space U+2009, or a full stop: "2.500") or the English way
  ("2,500"); a decimal comma in French ("2,5"), a decimal point in English ("2.5"). "2,500"
  is two and a half in a French source and two thousand five hundred in an English one;
- a scale word after digits: "2,5 millions de personnes", "1.2 billion dollars";
- numbers written in words, French and English, up to the billions: "deux mille",
  "quatre-vingt-dix", "soixante et onze", "trois cents", "twenty-five", "two thousand five
  hundred", "a hundred". "un"/"une"/"a"/"an" alone are left out: they are articles far more
  often than counts ("un responsable a déclaré"); "one" is kept. Vague amounts ("des
  milliers", "dozens of", "une centaine") are left out: they contradict nothing;
- a qualifier just before: "plus de", "au moins", "more than", "at least" (n or more);
  "moins de", "jusqu'à", "fewer than", "up to" (n or fewer); "environ", "quelque", "about",
  "some" (within 10 %); "près de", "presque", "nearly", "almost" (90–100 % of n);
- a range: "entre 2 000 et 3 000", "between 2,000 and 3,000", "2 000 à 3 000", "2,000 to
  3,000", "2 000-3 000" (the noun after the second number counts for both).

What it counts: the word right after the number (after "de"/"d’"/"of" when a scale word
comes first), folded (case and accents dropped) with a final "s" or "x" removed, so
"soldats" and "soldat" are one noun. In English, a capitalised word shaped like a nationality or an
adjective ("2,500 US troops", "300 Iraqi soldiers") and the next word is the noun. Other
adjectives before the noun ("2,500 additional troops") are not recognised, and different
nouns are never compared ("morts" and "tués" are two things). A number followed by a month
or weekday name is part of a date and is skipped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from desktop.core.anchoring import fold

__all__ = ["Quantity", "quantities", "format_number"]

_SPACES: Final = " \u00a0\u202f\u2009"
_NUMBER_RE: Final = re.compile(
    r"(?<![\w.,])(?<![^\W\d_]-)(?:"
    rf"(?P<spaced>\d{{1,3}}(?:[{_SPACES}]\d{{3}})+)"
    r"|(?P<comma>\d{1,3}(?:,\d{3})+)"
    r"|(?P<dot>\d{1,3}(?:\.\d{3})+)"
    r"|(?P<plain>\d+)"
    r")(?:(?P<sep>[.,])(?P<frac>\d+))?(?![\w])"
)
_WORD_RE: Final = re.compile(r"[^\W\d_]+(?:[-’'][^\W\d_]+)*")

_UNITS: Final[dict[str, int]] = {
    # French
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "septante": 70, "octante": 80, "huitante": 80,
    "nonante": 90,
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}  # fmt: skip
_HUNDRED: Final = frozenset({"cent", "cents", "hundred"})
_SCALES: Final[dict[str, int]] = {
    "mille": 1000, "thousand": 1000,
    "million": 10**6, "millions": 10**6,
    "milliard": 10**9, "milliards": 10**9, "billion": 10**9, "billions": 10**9,
}  # fmt: skip
_ARTICLES: Final = frozenset({"un", "une", "a", "an"})
"""Counted only when a scale follows: "un million", "a thousand"."""
_JOINERS: Final = frozenset({"et", "and"})

_NUMBER_WORDS: Final = sorted([*_UNITS, *_HUNDRED, *_SCALES, "a", "an"], key=lambda w: (-len(w), w))
_WORDS_RE: Final = re.compile(
    r"(?<![\w-])(?:" + "|".join(_NUMBER_WORDS) + r")"
    r"(?:(?:[\s-]+(?:(?:et|and)[\s-]+)?)(?:" + "|".join(_NUMBER_WORDS) + r"))*(?![\w-])",
    re.IGNORECASE,
)

_SCALE_AFTER_RE: Final = re.compile(
    r"[\s\u00a0\u202f]+(?P<scale>millions?|milliards?|billions?|mille|thousand|bn)\b",
    re.IGNORECASE,
)
_PERCENT_RE: Final = re.compile(
    r"[\s\u00a0\u202f]*(?:%|pour[\s\u00a0]?cent\b|percent\b|per[\s\u00a0]cent\b)", re.IGNORECASE
)
_CURRENCY_AFTER_RE: Final = re.compile(r"[\s\u00a0\u202f]*(?P<sym>[€$£])")
_OF_RE: Final = re.compile(r"[\s\u00a0\u202f]+(?:de[\s\u00a0]+|d[’']|of[\s\u00a0]+)", re.I)
_GAP_RE: Final = re.compile(r"[\s\u00a0\u202f]+")
_ADJECTIVE_RE: Final = re.compile(r"[A-Z]{2,}|[A-Z][a-z]+(?:an|ese|ish|ch|i|ic)")
"""A capitalised English word before a noun: "US", "UN", "American", "Iraqi", "French"."""
_CURRENCY: Final = {"€": "euro", "$": "dollar", "£": "pound"}

_RANGE_RE: Final = re.compile(
    r"[\s\u00a0\u202f]*(?:[-–—]|(?:à|et|to|and)(?=[\s\u00a0\u202f]))[\s\u00a0\u202f]*", re.I
)
_RANGE_OPENERS: Final = ("entre", "between", "de", "from")

# qualifiers (folded, ’ as '), longest first; (label, low factor, high factor)
_QUALIFIERS: Final[tuple[tuple[str, str, float, float], ...]] = tuple(
    sorted(
        [
            *((q, "at least", 1.0, math.inf) for q in (
                "plus de", "plus d'", "au moins", "au-dela de", "au dela de", "pas moins de",
                "more than", "over", "at least", "upwards of", "in excess of",
                "no fewer than", "no less than",
            )),
            *((q, "at most", 0.0, 1.0) for q in (
                "moins de", "moins d'", "jusqu'a", "au plus", "au maximum", "pas plus de",
                "less than", "fewer than", "under", "up to", "at most", "no more than",
            )),
            *((q, "about", 0.9, 1.1) for q in (
                "environ", "quelque", "autour de", "a peu pres", "approximativement",
                "plus ou moins", "about", "around", "some", "approximately", "roughly",
                "an estimated", "estimated", "une estimation de",
            )),
            *((q, "nearly", 0.9, 1.0) for q in (
                "pres de", "pres d'", "presque", "quasiment", "nearly", "almost",
                "close to", "just under",
            )),
        ],
        key=lambda q: -len(q[0]),
    )
)  # fmt: skip

_NOT_NOUNS: Final = frozenset(
    """
    de des du d le la les l et ou a au aux en sur par pour dans avec sans que qui dont ont
    sont est ete etaient fois se sa son ses leur leurs ce cette ces il ils elle elles on
    of the and or to in on at by for from with than that which who were was are is be been
    have has had as per into out up more less
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    janv fevr sept oct nov dec
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep
    lundi mardi mercredi jeudi vendredi samedi dimanche
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)
_CALENDAR: Final = frozenset(
    """
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    janv fevr sept oct nov dec january february march april may june july august september
    october november december jan feb mar apr jun jul aug sep lundi mardi mercredi jeudi
    vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday
    """.split()
)


@dataclass(frozen=True)
class Quantity:
    """A counted thing in a text; start/end are code points (the number through its noun)."""

    start: int
    end: int
    low: float
    high: float
    """The range the wording allows: equal for an exact number; high may be infinite."""
    value: str
    """The amount in plain English: "2,500", "at least 2,000", "2,000–3,000"."""
    noun: str
    """What is counted, folded and singular ("soldat", "%", "euro"): the comparison key."""
    word: str
    """What is counted, as the text writes it ("soldats", "%")."""
    quote: str

    def agrees_with(self, other: Quantity) -> bool:
        """Both can be true at once: their ranges meet."""
        return self.low <= other.high and other.low <= self.high

    def contains(self, other: Quantity) -> bool:
        """Everything other allows, this allows too (and it is not the same amount)."""
        return (
            self.low <= other.low
            and other.high <= self.high
            and (self.low, self.high) != (other.low, other.high)
        )


def format_number(n: float) -> str:
    """An amount in English: "2,500", "2.5", "2,500,000"."""
    n = round(n, 6)
    if n.is_integer():
        return f"{int(n):,}"
    return f"{n:,}"


def quantities(
    text: str, start: int = 0, end: int | None = None, *, lang: str = "fr"
) -> list[Quantity]:
    """The quantities of text[start:end] (its noun may reach a little past end), in order."""
    stop = len(text) if end is None else min(end, len(text))
    english = lang.lower().startswith("en")
    numbers = _numbers(text, start, stop, english=english)
    out: list[Quantity] = []
    i = 0
    while i < len(numbers):
        n_start, n_end, value = numbers[i]
        low_end: tuple[int, float] | None = None
        if i + 1 < len(numbers):
            link = _RANGE_RE.match(text, n_end)
            nxt = numbers[i + 1]
            if link and link.end() == nxt[0] and _range_allowed(text, n_start, link.group(0)):
                low_end = (n_start, value)
                i += 1
                n_start, n_end, value = nxt
        i += 1
        found = _counted(text, n_start, n_end, value, english=english)
        if found is None:
            continue
        amount, unit_end, noun, word = found
        first = low_end[0] if low_end else n_start
        if word in _CURRENCY:
            lead = max(0, first - 3)
            before = text[lead:first].rstrip(_SPACES)
            if before.endswith(word):
                first = lead + len(before) - 1  # "$2.5 million" starts at "$"
        if low_end is not None:
            low, high = sorted((low_end[1], amount))
            label = f"{format_number(low)}–{format_number(high)}"
            first = _opener_start(text, first)
        else:
            low, high, label, first = _qualified(text, first, amount)
        out.append(Quantity(first, unit_end, low, high, label, noun, word, text[first:unit_end]))
    return out


# ----------------------------------------------------------------------- numbers


def _numbers(text: str, start: int, stop: int, *, english: bool) -> list[tuple[int, int, float]]:
    """(start, end, value) of every number in digits or words, in order."""
    found: list[tuple[int, int, float]] = []
    for m in _NUMBER_RE.finditer(text, start, stop):
        value = _digits_value(m, english=english)
        if value is not None:
            found.append((m.start(), m.end(), value))
    for m in _WORDS_RE.finditer(text, start, stop):
        if text[max(0, m.start() - 4) : m.start()].rstrip(_SPACES)[-1:].isdigit():
            continue  # the scale of a number in digits: "2,5 millions"
        found.extend(_word_numbers(m.group(0), m.start()))
    found.sort()
    return found


def _digits_value(m: re.Match[str], *, english: bool) -> float | None:
    frac = m.group("frac")
    if m.group("spaced"):
        whole = re.sub(f"[{_SPACES}]", "", m.group("spaced"))
    elif m.group("comma"):
        groups = m.group("comma")
        if not english:
            if groups.count(",") > 1 or frac is not None:
                return None  # "1,234,567" is not written so in French
            head, tail = groups.split(",")
            return float(f"{head}.{tail}")  # French: "2,500" is two and a half
        whole = groups.replace(",", "")
    elif m.group("dot"):
        groups = m.group("dot")
        if english:
            if groups.count(".") > 1 or frac is not None:
                return None
            head, tail = groups.split(".")
            return float(f"{head}.{tail}")  # English: "2.500" is two and a half
        whole = groups.replace(".", "")
    else:
        whole = m.group("plain")
    if frac is not None:
        return float(f"{whole}.{frac}")  # "2,5" in French, "2.5" in English (or either)
    return float(whole)


def _word_numbers(run: str, offset: int) -> list[tuple[int, int, float]]:
    """Numbers in a run of number words (one run may hold several: "deux trois")."""
    tokens = [(m.start(), m.end(), fold(m.group(0))[0]) for m in re.finditer(r"[^\W\d_]+", run)]
    out: list[tuple[int, int, float]] = []
    i = 0
    while i < len(tokens):
        used, value = _parse_words([t[2] for t in tokens[i:]])
        if used == 0:
            i += 1
            continue
        out.append((offset + tokens[i][0], offset + tokens[i + used - 1][1], float(value)))
        i += used
    return out


def _can_add(tens: int, v: int) -> bool:
    if tens == 0:
        return True
    if tens >= 10 and tens % 10 == 0 and v < 10:
        return True  # vingt-deux, dix-sept, twenty-five, soixante-dix-sept
    if tens == 60 and 10 <= v <= 19:
        return True  # soixante-dix, soixante et onze
    return tens == 80 and 1 <= v <= 19  # quatre-vingt-onze


def _parse_words(words: Sequence[str]) -> tuple[int, int]:
    """(words used, value) of the number the words start with; (0, 0) when none."""
    total = current = used = 0
    pending_joiner = False
    for k, w in enumerate(words):
        if w in _JOINERS:
            if used == 0:
                break
            pending_joiner = True
            continue
        if w in _ARTICLES and (used == 0 or w in ("a", "an")):
            # an article counts only as "one" before a scale: "un million", "a hundred"
            following = words[k + 1] if k + 1 < len(words) else ""
            if used or (following not in _HUNDRED and following not in _SCALES):
                break
            current, used = 1, k + 1
            continue
        if w in _UNITS:
            v = _UNITS[w]
            tens = current % 100
            if v == 20 and k > 0 and words[k - 1] == "quatre" and tens == 4:
                current += 76  # quatre-vingt(s)
            elif _can_add(tens, v):
                if tens and pending_joiner and v not in (1, 11):
                    break  # "et" only joins "vingt et un", "soixante et onze"
                current += v
            else:
                break
        elif w in _HUNDRED:
            if current >= 100 or (used == 0 and w == "hundred"):
                break  # "hundred" needs its count: "a hundred", "two hundred"
            current = max(current, 1) * 100
        elif w in _SCALES:
            scale = _SCALES[w]
            if used == 0 and w != "mille":
                break  # "millions de personnes" is vague; "mille soldats" is a thousand
            if total and total % (scale * 1000) != 0 and total < scale * 1000:
                break  # "deux mille trois mille"
            total += max(current, 1) * scale
            current = 0
        else:
            break
        pending_joiner = False
        used = k + 1
    if used == 0:
        return 0, 0
    return used, total + current


# ------------------------------------------------------------------- what counts


def _counted(
    text: str, n_start: int, n_end: int, value: float, *, english: bool
) -> tuple[float, int, str, str] | None:
    """(amount, end, noun key, noun as written) of what the number at [n_start, n_end) counts."""
    pos = n_end
    scaled = False
    scale = _SCALE_AFTER_RE.match(text, pos)
    if scale and text[n_start].isdigit():
        word = scale.group("scale").lower()
        value *= 10**9 if word == "bn" else _SCALES[fold(word)[0]]
        pos = scale.end()
        scaled = True
    before = text[max(0, n_start - 2) : n_start].strip()
    if before and before[-1] in _CURRENCY:
        return value, pos, _CURRENCY[before[-1]], before[-1]  # "$2.5 million"
    percent = _PERCENT_RE.match(text, pos)
    if percent:
        return value, percent.end(), "%", "%"
    money = _CURRENCY_AFTER_RE.match(text, pos)
    if money:
        sym = money.group("sym")
        return value, money.end(), _CURRENCY[sym], sym
    of = _OF_RE.match(text, pos)
    if of and (scaled or fold(text[n_start:n_end])[0].split()[-1] in _SCALES):
        pos = of.end()
    else:
        gap = _GAP_RE.match(text, pos)
        if gap is None:
            return None
        pos = gap.end()
    word = _WORD_RE.match(text, pos)
    if word is None:
        return None
    key = fold(word.group(0))[0]
    if key in _CALENDAR:
        return None
    end = word.end()
    if english and _ADJECTIVE_RE.fullmatch(word.group(0)):
        gap = _GAP_RE.match(text, end)
        nxt = _WORD_RE.match(text, gap.end()) if gap else None
        if nxt is None or not nxt.group(0)[0].islower():
            return None
        word, end, key = nxt, nxt.end(), fold(nxt.group(0))[0]
    elif word.group(0)[0].isupper():
        return None  # a name: "en 2021 Macron", "in 2021 Biden"
    if key in _NOT_NOUNS or len(key) < 2 or key in _UNITS or key in _SCALES:
        return None
    return value, end, _singular(key), word.group(0)


def _singular(word: str) -> str:
    if len(word) >= 3 and word[-1] in "sx" and not word.endswith("ss"):
        return word[:-1]
    return word


def _qualified(text: str, first: int, amount: float) -> tuple[float, float, str, int]:
    """(low, high, label, start) of an amount with the qualifier written before it."""
    before = fold(text[max(0, first - 30) : first])[0].replace("’", "'")
    before = " ".join(before.split())
    plain = format_number(amount)
    for phrase, label, lo, hi in _QUALIFIERS:
        if before.endswith(phrase) and (
            len(before) == len(phrase) or not before[-len(phrase) - 1].isalnum()
        ):
            start = _phrase_start(text, first, len(phrase.split()))
            return amount * lo, amount * hi, f"{label} {plain}", start
    return amount, amount, plain, first


def _phrase_start(text: str, first: int, words: int) -> int:
    """Where the ``words`` words before first begin (first itself when none)."""
    pos = first
    for _ in range(words):
        m = re.search(r"[^\W_]+(?:[-’'][^\W_]*)*[’']?\s*$", text[max(0, pos - 40) : pos])
        if m is None:
            break
        pos = max(0, pos - 40) + m.start()
    return pos


def _range_allowed(text: str, n_start: int, link: str) -> bool:
    """A range needs its opener ("entre", "between") when joined by "et"/"and"."""
    joiner = fold(link.strip())[0]
    if joiner not in ("et", "and"):
        return True
    before = fold(text[max(0, n_start - 12) : n_start])[0].split()
    return bool(before) and before[-1] in ("entre", "between")


def _opener_start(text: str, first: int) -> int:
    before = fold(text[max(0, first - 12) : first])[0]
    words = before.split()
    if words and words[-1] in _RANGE_OPENERS and before.endswith(" "):
        return _phrase_start(text, first, 1)
    return first

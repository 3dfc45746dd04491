"""The words around a date: its sentence and the content words that say what it is about.

Used to group dates of the same value into events (``desktop.core.timeline``): see the
rule there. Pure functions on strings; offsets are code points.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

from desktop.core.anchoring import fold

SENTENCE_REACH: Final = 240
"""The farthest a sentence reaches on each side of a date, in characters."""

_STOP_WORDS: Final = frozenset(
    """
    les des une dans par pour sur avec sans sous chez vers entre contre selon depuis pendant
    avant apres lors afin ainsi alors aussi autre autres aux auquel auxquels car cela celle
    celles celui ceux cet cette ces comme comment dont donc elle elles encore est etait
    etaient ete etre fait faire fois ils leur leurs lui mais meme memes moins mon mes nos
    notre nous ont ouvert par parce pas peu plus plusieurs pourquoi puis quand que quel
    quelle quelles quels qui quoi sera seront ses son sont soit tandis tant tel telle tels
    toujours tous tout toute toutes tres deja non oui deux trois quatre cinq dix cent mille
    ceci celle-ci the and for with from into onto over under about after before during
    since until while this that these those there their they them then than was were are
    been being has have had having will would could should shall may might must not but
    its his her hers our ours your yours who whom whose which what when where why how all
    any both each few more most other some such only own same very can just also said says
    selon indique indiquait declare affirme annonce annoncait dit ajoute
    ajoutait explique precise souligne
    """.split()
)
_CALENDAR_WORDS: Final = frozenset(
    """
    janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    janv fevr sept oct nov dec
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep
    lundi mardi mercredi jeudi vendredi samedi dimanche
    monday tuesday wednesday thursday friday saturday sunday
    hier demain aujourd hui veille lendemain surlendemain avant-hier apres-demain
    yesterday today tomorrow tonight
    jour jours semaine semaines mois annee annees an ans matin soir soiree nuit midi
    day days week weeks month months year years morning evening night noon
    printemps ete automne hiver spring summer autumn fall winter
    dernier derniere derniers dernieres prochain prochaine last next
    """.split()
)
_WORD_RE: Final = re.compile(r"[^\W_]+")
_STOPS: Final = ".!?…\n"
_CLOSERS: Final = '.!?…»”"’)'


def sentence_span(text: str, start: int, end: int, reach: int = SENTENCE_REACH) -> tuple[int, int]:
    """The sentence around [start, end) of text, at most ``reach`` characters each side."""
    lo = max(0, start - reach)
    s = -1
    i = start
    while i > lo:
        j = max(text.rfind(c, lo, i) for c in _STOPS)
        if j < 0:
            break
        after = _after_stop(text, j)
        if after is not None and after <= start:
            s = after
            break
        i = j
    if s < 0:
        # no sentence end in reach: start at a word boundary (or the text's start)
        space = text.find(" ", lo, start) if lo > 0 else -1
        s = space + 1 if space >= 0 else lo
    while s < start and text[s].isspace():
        s += 1
    hi = min(len(text), end + reach)
    e = -1
    i = end
    while i < hi:
        found = [k for c in _STOPS if (k := text.find(c, i, hi)) >= 0]
        if not found:
            break
        j = min(found)
        after = _after_stop(text, j)
        if after is not None:
            e = j if text[j] == "\n" else after
            while e > j and text[e - 1].isspace():
                e -= 1
            break
        i = j + 1
    if e < 0:
        space = text.rfind(" ", end, hi) if hi < len(text) else -1
        e = space if space >= 0 else hi
    return s, max(e, end)


def _after_stop(text: str, j: int) -> int | None:
    """If text[j] ends a sentence, where the next one starts (past spaces and closing marks).

    A full stop followed by a lower-case letter or a digit is an abbreviation ("oct. 2021",
    "les U.S. ont"), not a sentence end.
    """
    if text[j] == "\n":
        return j + 1
    k = j + 1
    n = len(text)
    spaced = False
    while k < n and (text[k] in _CLOSERS or text[k].isspace()):
        spaced = spaced or text[k].isspace()
        if text[k] == "\n":
            break
        k += 1
    if k >= n:
        return k
    if not spaced:
        return None
    if text[j] == "." and (text[k].islower() or text[k].isdigit()):
        return None
    return k


def content_words(text: str) -> frozenset[str]:
    """The words of text that say what it is about (see the ``timeline`` module docstring)."""
    # apostrophes and hyphens split words: "l’Irak" gives "l" and "Irak", dropped and kept
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    known = _WORDS
    found = set()
    for raw in set(_WORD_RE.findall(text)):
        word = known.get(raw)
        if word is None:
            word = _content_word(raw)
            if len(known) < _WORDS_MAX:
                known[raw] = word
        if word:
            found.add(word)
    return frozenset(found)


_WORDS: Final[dict[str, str]] = {}
"""Each word seen with its content form ("" for none): a vocabulary is small."""
_WORDS_MAX: Final = 200_000


def _content_word(word: str) -> str:
    """A word folded, stemmed, or "" when it says nothing (stop word, number, date word)."""
    folded = fold(word)[0]
    if len(folded) < 3 or folded[0].isdigit():
        return ""
    if folded in _STOP_WORDS or folded in _CALENDAR_WORDS:
        return ""
    if len(folded) > 4 and folded[-1] in "sx":
        folded = folded[:-1]
    return folded

"""French or English, by counting each language's most frequent function words.

Deterministic and dependency-free. Words both languages use ("a", "on", "en", "as",
"de", "est"…) are left out of both lists. When the counts tie (no words, or as many of
each), the answer is French: Recoupe is French-first, and its users can change the
language of a source in its properties.
"""

from __future__ import annotations

import re
from typing import Final, Literal

Language = Literal["fr", "en"]
DEFAULT: Final[Language] = "fr"
# Only this many characters are looked at; a page of text settles the question.
SAMPLE_CHARS: Final = 20_000

_FRENCH: Final = frozenset(
    {
        "le", "la", "les", "des", "du", "et", "un", "une", "dans", "pour", "que", "qui", "sur",
        "au", "aux", "avec", "par", "pas", "ne", "ce", "cette", "ces", "il", "elle", "ils", "elles",
        "sont", "ont", "été", "être", "avait", "avaient", "sera", "mais", "ou", "où", "leur",
        "leurs", "se", "sa", "son", "ses", "nous", "vous", "plus", "selon", "après", "depuis",
        "lors", "dont", "très", "aussi", "comme", "tout", "tous", "entre", "sans", "sous", "chez",
        "contre", "vers", "lui", "fait", "déjà", "encore", "alors", "ainsi", "cela", "ça", "était",
    }
)  # fmt: skip
_ENGLISH: Final = frozenset(
    {
        "the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "by", "at", "from",
        "it", "are", "were", "has", "have", "had", "be", "been", "this", "an", "which", "not", "or",
        "will", "would", "said", "its", "their", "they", "he", "she", "his", "her", "who", "but",
        "also", "after", "than", "about", "into", "over", "more", "other", "there", "when", "what",
        "can", "could", "should", "these", "those", "while", "because", "against", "between",
        "during",
    }
)  # fmt: skip
# French elisions: "l’Irak", "d’une", "qu’il", "n’a", "s’est", "j’ai", "c’est"
_ELISION: Final = re.compile(
    r"(?<!\w)(?:l|d|qu|n|s|j|c|jusqu|lorsqu|puisqu)['’](?=\w)", re.IGNORECASE
)
_ENGLISH_CLITIC: Final = re.compile(r"(?<=\w)(?:n['’]t|['’](?:s|re|ve|ll|d))(?!\w)", re.IGNORECASE)
_WORD: Final = re.compile(r"[^\W\d_]+")


def scores(text: str) -> tuple[int, int]:
    """(French, English) function-word counts in the first SAMPLE_CHARS of text."""
    sample = text[:SAMPLE_CHARS]
    fr = len(_ELISION.findall(sample))
    en = len(_ENGLISH_CLITIC.findall(sample))
    for word in _WORD.findall(sample.lower()):
        if word in _FRENCH:
            fr += 1
        elif word in _ENGLISH:
            en += 1
    return fr, en


def guess_language(text: str, *, hint: str | None = None) -> Language:
    """ "fr" or "en"; on a tie, hint (e.g. an HTML lang attribute) if it names one, else "fr"."""
    fr, en = scores(text)
    if fr > en:
        return "fr"
    if en > fr:
        return "en"
    if hint:
        code = hint.strip().lower()[:2]
        if code == "en":
            return "en"
        if code == "fr":
            return "fr"
    return DEFAULT

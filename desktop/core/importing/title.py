"""A title for a plain text: its first line that reads like a headline.

Skipped on the way: a publication header before the title ("date 2026-01-19 …"), site
furniture ("Accueil", "Photo : AFP", "0"), and a breadcrumb cut short with "…" when a
full headline follows within the next few lines. A first line too long to be a title is a
paragraph: its first sentence, after any dateline, shortened at a word boundary.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Final

from desktop.core.importing.pubdate import split_header, strip_dateline

MAX_TITLE_LINE: Final = 150
MAX_SHORTENED: Final = 120
# How many further lines may hold the full headline a breadcrumb stands for.
LOOKAHEAD: Final = 3
_LINES_LOOKED_AT: Final = 12
_CHARS_LOOKED_AT: Final = 5000

_FURNITURE_WORDS: Final = frozenset(
    {
        "accueil", "home", "menu", "partager", "share", "imprimer", "print", "publicité",
        "advertisement", "publicite", "abonnez-vous", "subscribe", "newsletter", "sommaire",
        "connexion", "login", "commentaires", "comments", "commentaire", "comment", "direct",
        "live", "vidéo", "vidéos", "video", "videos", "dernières", "actualités", "news",
        "rechercher", "search", "fermer", "close", "retour", "back",
    }
)  # fmt: skip
_FURNITURE_PREFIX: Final = re.compile(
    r"^(?:photo|photos|crédit|credit|crédits|credits|©|source|illustration|image|"
    r"lire aussi|à lire aussi|a lire aussi|voir aussi|read more|see also|related)\b\s*[:©-]?",
    re.IGNORECASE,
)
_BREADCRUMB_START: Final = re.compile(r"^(?:accueil|home)\b", re.IGNORECASE)
_BREADCRUMB_SEPARATORS: Final = re.compile(r"\s[>»›/|]\s")
_SENTENCE_END: Final = re.compile(r"(?<!\s[A-Z])(?<!\s[A-Z][a-z])[.!?](?=\s+[\"«“A-ZÀ-Ý])")


def guess_title(text: str, filename: str) -> str:
    """A title for text; the file name without its suffix when nothing fits."""
    head = text[:_CHARS_LOOKED_AT]
    lines = [_squash(ln) for ln in head.split("\n") if ln.strip()][:_LINES_LOOKED_AT]
    candidates = [c for c in (_candidate(ln) for ln in lines) if c]
    for i, line in enumerate(candidates):
        if _is_furniture(line):
            continue
        if _is_breadcrumb(line) and any(
            _is_full_title(c) for c in candidates[i + 1 : i + 1 + LOOKAHEAD]
        ):
            continue
        if len(line) > MAX_TITLE_LINE:
            return shorten(first_sentence(strip_dateline(line)))
        return line
    return PurePath(filename).stem or filename


def _squash(line: str) -> str:
    return re.sub(r"[ \t\f\v]+", " ", line).strip()


def _candidate(line: str) -> str:
    """line without a publication header in front of it."""
    value, rest = split_header(line)
    return rest.strip() if value else line


def _is_furniture(line: str) -> bool:
    if not any(ch.isalpha() for ch in line):
        return True
    words = line.split()
    if len(words) <= 3 and words[0].lower().strip(":|-") in _FURNITURE_WORDS:
        return True
    return _FURNITURE_PREFIX.match(line) is not None and len(line) <= MAX_TITLE_LINE


def _is_breadcrumb(line: str) -> bool:
    if line.endswith(("...", "…")):
        return True
    return bool(_BREADCRUMB_START.match(line) or len(_BREADCRUMB_SEPARATORS.findall(line)) >= 2)


def _is_full_title(line: str) -> bool:
    return (
        not _is_furniture(line)
        and not _is_breadcrumb(line)
        and len(line.split()) >= 3
        and len(line) <= MAX_TITLE_LINE
    )


def first_sentence(text: str) -> str:
    """text up to the end of its first sentence (initials like "M." do not end one)."""
    for m in _SENTENCE_END.finditer(text):
        if m.start() >= 20:
            return text[: m.start() + 1]
    return text


def shorten(text: str, limit: int = MAX_SHORTENED) -> str:
    """text cut at a word boundary to at most limit characters, ending with "…"."""
    text = text.strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    head = text[: cut if cut > limit // 2 else limit - 1]
    return head.rstrip(" ,;:–—-(«“") + "…"

"""Rules for names in news text: span clean-up, titles, head nouns, acronyms, capitalised runs.

Pure functions over the text and code-point offsets; ``entities.py`` combines them with the
gazetteer and the model. French and English forms are handled together: a French rule that
cannot match English text costs nothing there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from desktop.core.extract.gazetteer import ORGANISATION, PERSON, PLACE, WORD, fold

# ------------------------------------------------------------------------ words

PARTICLES: Final = frozenset(
    "al el ad ar as at an az ash bin ben ibn bint abu abou ould de du des la le d l van von "
    "der den ter da di dos das del y e".split()
)
"""Lower-case words that may stand inside a name ("Abdulamir al Shamari", "Charles de Gaulle")."""

NAME_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})

ORG_WORDS: Final = frozenset(
    fold(w)
    for w in (
        "ministère ministre commission comité conseil cellule commandement armée forces force "
        "parti front union organisation gouvernement agence brigade brigades bataillon "
        "division régiment milice mouvement service services cour tribunal parlement "
        "assemblée sénat congrès banque société compagnie groupe association coalition "
        "office bureau institut fondation université autorité autorités direction état-major "
        "police gendarmerie garde gardiens journal radio télévision chaîne agence mission "
        "ministry department council commission committee agency army party front union "
        "organization organisation government brigade battalion division regiment militia "
        "movement service court tribunal parliament assembly senate congress bank company "
        "corporation corp inc group association coalition office bureau institute foundation "
        "university authority command guard guards police news times post network radio "
        "television channel mission"
    ).split()
)
"""Words that make a name an organisation's ("Haute Commission militaire", "Defense Ministry")."""

PLACE_HEADS_EN: Final = frozenset(
    "province governorate district region city county river valley mountains mountain desert "
    "sea gulf island islands airport base airbase camp square bridge dam".split()
)

_TITLE_WORDS_FR: Final = (
    r"M\.|MM\.|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|"
    r"(?:lieutenant-)?(?:général|générale|colonel|colonelle)|gén\.|commandant|capitaine|"
    r"lieutenant|sergent|amiral|maréchal|"
    r"(?:vice-)?président|(?:vice-)?présidente|premier ministre|première ministre|ministre|"
    r"secrétaire d['’]État|secrétaire général|secrétaire générale|secrétaire|"
    r"porte-parole|ambassadeur|ambassadrice|sénateur|sénatrice|député|députée|maire|"
    r"gouverneur|gouverneure|cheikh|imam|ayatollah|émir|roi|reine|prince|princesse|pape|"
    r"juge|procureur|procureure|conseiller|conseillère|commandant adjoint|chef|"
    r"analyste|directeur|directrice|chercheur|chercheuse|journaliste|expert|experte"
)
_TITLE_WORDS_EN: Final = (
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Gen\.|General|Lt\.|Lieutenant|Col\.|Colonel|Maj\.|"
    r"Major|Capt\.|Captain|Adm\.|Admiral|Sgt\.|Sergeant|(?:Vice )?President|"
    r"Prime Minister|(?:Defen[cs]e |Foreign |Interior )?Minister|Secretary of State|"
    r"(?:Defen[cs]e |Foreign |Home )?Secretary|Senator|Sen\.|Rep\.|Representative|"
    r"Governor|Gov\.|Ambassador|Sheikh|Ayatollah|King|Queen|Prince|Princess|Pope|Judge|"
    r"Commander|spokesman|spokeswoman|spokesperson|analyst|director|researcher"
)
_ADJECTIVE: Final = (
    # one lower-case adjective may follow a title ("le premier ministre irakien …")
    r"(?:[^\S\n]+(?!(?:de|du|des|la|le|les|et|of|the|and)\b)[a-zàâäçéèêëîïôöûùüÿœ-]{3,})?"
)
TITLE: Final = re.compile(
    rf"(?<![\w.])(?i:{_TITLE_WORDS_FR}|{_TITLE_WORDS_EN}){_ADJECTIVE}[^\S\n]+(?=[^\W\d_])"
)
"""A title before a name; the name starts where the match ends."""
_TITLE_AT_START: Final = re.compile(
    rf"(?:(?i:{_TITLE_WORDS_FR}|{_TITLE_WORDS_EN}){_ADJECTIVE}[^\S\n]+)+"
)

# --------------------------------------------------------------------- cleaning

_EDGE_PUNCT: Final = "«»\"“”„‟'’‘()[]{}*.,;:!?–—-/|•·"
_ELISION: Final = re.compile(r"(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]", re.IGNORECASE)
_ARTICLE: Final = re.compile(r"(?:les|le|la|du|des|aux|au|the|en)[^\S\n]+(?=[^\W\d_])", re.I)


def clean_span(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The name(s) inside text[start:end]: cut at line breaks, trimmed of what is not name.

    Removes surrounding punctuation and quotes, an elided article or preposition ("L’Irak",
    "d'Anbar"), a leading article ("la Cellule…"), and titles ("M. Al Shamari",
    "le général John W. Brennan"). Yields nothing for a piece with no capital letter.
    """
    piece_start = start
    for piece in text[start:end].split("\n"):
        s, e = piece_start, piece_start + len(piece)
        piece_start = e + 1
        while True:
            before = (s, e)
            while s < e and (text[s].isspace() or text[s] in _EDGE_PUNCT):
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE_PUNCT):
                if text[e - 1] == "." and _ends_with_initial(text, s, e):
                    break
                e -= 1
            m = _ELISION.match(text, s, e)
            if m and m.end() < e:
                s = m.end()
            m = _ARTICLE.match(text, s, e)
            if m and m.end() < e:
                s = m.end()
            m = _TITLE_AT_START.match(text, s, e)
            if m and m.end() < e and text[m.end()].isupper():
                s = m.end()
            if (s, e) == before:
                break
        if s < e and any(c.isupper() for c in text[s:e]):
            yield s, e


def _ends_with_initial(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] ends with an initial such as "W." or "U.S." (keep the dot)."""
    return e - s >= 2 and text[e - 2].isupper() and (e - s == 2 or not text[e - 3].isalpha())


DEMONYMS: Final = re.compile(
    r"(?<=\b[LlDd]es[^\S\n]|\b[Aa]ux[^\S\n])"
    r"[^\W\d_][^\W\d_-]*(?:ains|aines|iens|iennes|ais|aises|ois|oises|éens|éennes)"
)
"""A people named in the plural after an article ("les Américains", "des Irakiens")."""


def words(text: str, start: int, end: int) -> list[str]:
    """The folded words of text[start:end]."""
    return [fold(w) for w in WORD.findall(text, start, end)]


def all_common(text: str, start: int, end: int, not_names: frozenset[str]) -> bool:
    """Whether every word of the span is a common word (or a particle): not a name."""
    ws = words(text, start, end)
    return all(w in not_names or w in PARTICLES or w.isdigit() for w in ws)


def looks_like_organisation(name: str) -> bool:
    """An organisation's name by its words ("Comité militaire suprême") or shape ("INA")."""
    ws = [fold(w) for w in WORD.findall(name)]
    if any(w in ORG_WORDS for w in ws):
        return True
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and len(ws) == 1


def entity_type_by_rules(name: str, kind: str) -> str:
    """person/organisation/place from the name alone (the gazetteer was asked first)."""
    if kind == "place":
        return PLACE
    return ORGANISATION if looks_like_organisation(name) else PERSON


# ------------------------------------------------------------------- head nouns

_HEAD_FR: Final = re.compile(
    r"(?<![\w’'])(?:base|province|gouvernorat|région|ville|village|localité|camp|aéroport|"
    r"port|district|département|préfecture|quartier|faubourg|île|vallée|désert|plaine|"
    r"mont|massif|oasis|garnison|enclave|commune|municipalité|canton|comté|"
    r"Base|Province|Gouvernorat|Région|Ville|Village|Camp|Aéroport|District)"
    r"(?:[^\S\n]+(?!(?:de|du|des|la|le|les|et|en|à)\b)[a-zàâäçéèêëîïôöûùüÿœ-]{3,}){0,2}"
    r"[^\S\n]+(?:d['’]|de[^\S\n]+(?:la[^\S\n]+|l['’])?|du[^\S\n]+|des[^\S\n]+)\Z"
)
_HEAD_EN: Final = re.compile(
    r"[^\S\n]+(?:province|governorate|district|region|air[^\S\n]+base|airbase|base|"
    r"Province|Governorate|District|Region|Air[^\S\n]+Base|Airbase|Base)\b"
)


def head_noun_start(text: str, start: int, floor: int) -> int:
    """Where a place name's span starts once its French head noun is kept.

    "base aérienne d’Aïn al-Assad", "province occidentale d'Anbar": returns the start of
    "base"/"province" when such a head noun, up to two adjectives and d’/de/du/des stand
    just before start on the same line; start otherwise. Never goes below floor.
    """
    lo = max(floor, start - 60)
    window = text[lo:start]
    m = _HEAD_FR.search(window)
    if m is None or "\n" in window[m.start() :]:
        return start
    return lo + m.start()


def head_noun_end(text: str, end: int, ceiling: int) -> int:
    """Where a place name's span ends once an English head noun after it is kept."""
    m = _HEAD_EN.match(text, end, ceiling)
    return m.end() if m else end


# --------------------------------------------------------------------- acronyms

_ACRONYM_AFTER: Final = re.compile(r"[^\S\n]*\((?P<acr>[^\W\d_a-zà-ÿ][^\W_a-zà-ÿ&.-]{1,9})\)")


def acronym_after(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """(start, end, acronym) of "(EI)" right after text[start:end] when it abbreviates it.

    The acronym's first letter must be the initial of one of the name's words or of the
    word just before it ("opération Inherent Resolve (OIR)"), and its other letters must
    appear in the name in order: "Paris (AFP)" is a source, not an abbreviation.
    """
    m = _ACRONYM_AFTER.match(text, end)
    if m is None:
        return None
    acr = m["acr"]
    letters = [fold(c) for c in acr if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in acr if c.isalpha()):
        return None
    before = WORD.findall(text, max(0, start - 30), start)
    ws = [fold(w) for w in WORD.findall(text, start, end)]
    initials = [w[0] for w in ws] + ([fold(before[-1])[0]] if before else [])
    if letters[0] not in initials:
        return None
    name = fold(text[max(0, start - 30) : end])
    at = 0
    for c in letters:
        at = name.find(c, at)
        if at < 0:
            return None
        at += 1
    return m.start("acr"), m.end("acr"), acr


# ----------------------------------------------------------- capitalised runs


def capitalised_runs(text: str, *, connectors: bool = True) -> Iterator[tuple[int, int]]:
    """Spans of consecutive capitalised words on one line, particles allowed inside.

    "Mohammed Shia al-Sudani", "Ministry of Defence", "John W. Brennan": words joined by
    a space, a hyphen or an apostrophe, lower-case particles (al, de…) and, with
    connectors, "of", "the" and "for" ("Ministry of Defence") only between capitalised words.
    """
    inner = PARTICLES | {"of", "the", "for"} if connectors else PARTICLES
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    i, n = 0, len(spans)
    while i < n:
        s, e = spans[i]
        if not text[s].isupper():
            i += 1
            continue
        j = i
        last = i
        while j + 1 < n and _joined(text, spans[j], spans[j + 1][0]):
            ns, ne = spans[j + 1]
            word = text[ns:ne]
            if word[0].isupper():
                last = j = j + 1
            elif fold(word) in inner:
                j += 1
            else:
                break
        yield s, spans[last][1]
        i = last + 1


_JOIN: Final = re.compile(r"[^\S\n]|[^\S\n]?[-‐‑'’][^\S\n]?")
_AFTER_INITIAL: Final = re.compile(r"\.[^\S\n]")


def _joined(text: str, word: tuple[int, int], next_start: int) -> bool:
    """Whether the word and the next one are joined as in one name (same line)."""
    start, end = word
    if _JOIN.fullmatch(text, end, next_start):
        return True
    # "John W. Brennan": a dot only after an initial
    return (
        end - start == 1
        and text[start].isupper()
        and _AFTER_INITIAL.fullmatch(text, end, next_start) is not None
    )


def classify_run(text: str, start: int, end: int, not_names: frozenset[str]) -> str | None:
    """The entity type of an English capitalised run, or None when it is not a name."""
    ws = words(text, start, end)
    if not ws:
        return None
    if any(w in ORG_WORDS for w in ws):
        return ORGANISATION
    if ws[-1] in PLACE_HEADS_EN:
        return PLACE
    caps = [w for w in ws if w not in PARTICLES and w not in {"of", "the", "for"}]
    if not 2 <= len(caps) <= 4 or any(w in not_names for w in caps):
        return None
    if any(c.isdigit() for c in text[start:end]) or text[start:end].isupper():
        return None
    return PERSON


def trim_run(text: str, start: int, end: int, not_names: frozenset[str]) -> tuple[int, int]:
    """The run without leading common words ("The", "On Monday", "In") and titles."""
    while True:
        m = WORD.match(text, start)
        if m is None or m.end() >= end:
            return start, end
        w = fold(m.group())
        t = _TITLE_AT_START.match(text, start, end)
        if t is not None and t.end() < end:
            start = t.end()
            continue
        if w not in not_names:
            return start, end
        nxt = WORD.search(text, m.end(), end)
        if nxt is None:
            return start, end
        start = nxt.start()

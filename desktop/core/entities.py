"""People, organisations and places: how their names are compared, and which to propose as one.

Pure functions on strings (no database: ``entity_store`` reads and writes the tables).

**Linking** an accepted place or actor annotation to an entity uses ``name_key``: the name
folded (accents, case, typographic apostrophes), cut into words at spaces, hyphens,
apostrophes and punctuation, without articles and particles (al-/el-/ad-…, le, la, les,
l’, de, d’, du, des, the, of) and without a leading descriptor (groupe, organisation…).
"L’Irak" and "Irak", "Hachd al-Chaabi" and "Hachd Chaabi" have the same key.

**Proposing** two entities as one (``compare_names``, ``propose``) — the user confirms:

1. *Transliteration* ("same name written differently"): the two names have as many words
   and each pair of words, in order, is
   - spelled alike after the transliteration key (``word_key``): q→k, ou/oo/w→u, ee→i,
     dh→z, gh→g, ph→f, th→t, zh/dj→j, tch/ch→sh, kh kept apart from k and h, sch kept
     apart from sh (German: Bush is not Busch), y before a vowel→j and elsewhere→i,
     ben/ibn→bin, doubled letters single ("Ayn al-Asad" = "Aïn al-Assad", "al-Soudani" =
     "al-Sudani", "Kadhimi" = "Kazimi", "Hachd al-Chaabi" = "Hashd al-Shaabi");
   - or, for words of 5 letters or more, alike once e is read as i and o as u (the
     three vowels of Arabic: "Qasem" = "Qasim", "Mossoul" = "Mosul");
   - or close: both words at least ``MIN_FUZZY_LETTERS`` (6) letters as written, the same
     first letter, one not a prefix of the other ("Soudan"/"Soudani", "Niger"/"Nigeria"
     are different names), and an edit distance (Damerau) of at most 1 in 5 letters
     (similarity ≥ ``FUZZY_SIMILARITY``): "Mohammed"/"Muhammad", "Hezbollah"/"Hizballah";
   - or, in a name of two words or more where another pair of words is spelled alike,
     one edit apart (same first letter, 4 letters or more): "Qasem al Arayi" / "Qasim
     al-Alaji" (the edit is a misspelling of the surname, the first name anchors it).
   Short names are never proposed by a spelling difference alone: "Irak" is not "Iran",
   "Syrie" not "Serbie", "Bush" not "Busch".
2. *Acronym*: an acronym written in capitals (or with dots) is the initials of a name of
   two words or more, little words left out ("EI" / "État islamique", "ONU" /
   "Organisation des Nations unies"). Organisations and places only.
3. *Known alias*: both names are in the same group of ``CURATED_ALIASES`` ("Daech" /
   "État islamique", "Irak" / "Iraq", "PMF" / "Hachd al-Chaabi") or name the same entry
   of the place and actor suggester's gazetteer (``desktop.core.extract.gazetteer``).
4. *Short form* (people only): one name is the end of the other ("al-Soudani" /
   "Mohammed Chia al-Soudani"), the last word of 4 letters or more.

Edit distance is computed here (a few lines) rather than with rapidfuzz: names are short,
proposals compare only entities that share a blocking key, and difflib's ratio is too
generous with insertions ("Austria"/"Australia" scores 0.875).
"""

from __future__ import annotations

import enum
import importlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, NewType

EntityId = NewType("EntityId", int)


class EntityType(enum.StrEnum):
    """What an entity is."""

    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


class MatchReason(enum.StrEnum):
    """Why two names may be one entity (stored as an alias's reason when merged)."""

    SAME_NAME = "same_name"
    """The same name once accents, case, apostrophes and articles are set aside."""
    TRANSLITERATION = "transliteration"
    """The same name written differently."""
    ACRONYM = "acronym"
    """One name is the acronym of the other."""
    CURATED = "curated"
    """Both names are in a curated list of known aliases."""
    SHORT_FORM = "short_form"
    """One name is the end of the other (a surname)."""


MIN_FUZZY_LETTERS: Final = 6
"""Letters both words need (as written) before a spelling difference may match."""
FUZZY_SIMILARITY: Final = 0.8
"""1 - edit distance / longer length, at least, for two long words to match."""

_APOSTROPHES: Final = "'\u2019\u02bc\u2018`\u00b4\u02bb\u02be\u02bf"
_ELISION_RE: Final = re.compile(rf"\b(l|d|qu|jusqu)[{_APOSTROPHES}]")
_SUN_ARTICLE_RE: Final = re.compile(r"\b(?:a[dnrstz]|ash|ath|adh|al|el|ul|il)-(?=\w)")
_PUNCT_RE: Final = re.compile(r"[^\w]+|_")
_SPECIAL: Final = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l"})

_PARTICLES: Final = frozenset("al el ul il le la les l d de du des the of".split())
"""Articles and particles left out of a name when comparing."""
_DESCRIPTORS: Final = frozenset(
    """groupe group organisation organization mouvement movement milice milices militia
    terroriste terrorist djihadiste jihadiste jihadist islamiste""".split()
)
"""Words that may precede an organisation's name ("le groupe État islamique")."""
_LITTLE_WORDS: Final = _PARTICLES | frozenset(
    "en et au aux a and for in on to pour sur contre".split()
)
"""Words an acronym leaves out."""
_VOWELS: Final = frozenset("aeiou")

# Known other names, French and English, of entities these sources speak of: one group is
# one entity (names separated by "|"); a name belongs to one group at most.
_O: Final = EntityType.ORGANISATION
_P: Final = EntityType.PLACE
CURATED_ALIASES: Final[tuple[tuple[EntityType, str], ...]] = (
    (
        _O,
        "État islamique | Daech | Daesh | Daich | EI | IS | ISIS | ISIL | EIIL | "
        "Islamic State | État islamique en Irak et au Levant | "
        "Islamic State of Iraq and the Levant | Islamic State of Iraq and Syria",
    ),
    (
        _O,
        "Hachd al-Chaabi | Hashd al-Shaabi | Forces de mobilisation populaire | "
        "Unités de mobilisation populaire | Mobilisation populaire | FMP | "
        "Popular Mobilization Forces | Popular Mobilisation Forces | "
        "Popular Mobilization Units | PMF | PMU",
    ),
    (
        _O,
        "Gardiens de la révolution | Corps des gardiens de la révolution islamique | "
        "CGRI | Pasdaran | Islamic Revolutionary Guard Corps | Revolutionary Guards | "
        "IRGC",
    ),
    (_O, "Force Qods | Force al-Qods | Quds Force | al-Quds Force"),
    (
        _O,
        "Kataeb Hezbollah | Kataib Hezbollah | Brigades du Hezbollah | Hezbollah Brigades",
    ),
    (
        _O,
        "coalition internationale | coalition internationale contre l’État islamique | "
        "coalition anti-EI | coalition anti-Daech | Global Coalition | "
        "Global Coalition against Daesh | Global Coalition to Defeat ISIS | "
        "Operation Inherent Resolve | Opération Inherent Resolve",
    ),
    (_O, "Nations unies | Organisation des Nations unies | ONU | United Nations | UN"),
    (
        _O,
        "OTAN | NATO | Organisation du traité de l’Atlantique nord | "
        "North Atlantic Treaty Organization",
    ),
    (_O, "Union européenne | UE | European Union | EU"),
    (_O, "Pentagone | Pentagon | département de la Défense | Department of Defense"),
    (_O, "Maison-Blanche | White House"),
    (_O, "département d’État | State Department | Department of State"),
    (
        _P,
        "États-Unis | États-Unis d’Amérique | United States | United States of America | "
        "USA | US | U.S.",
    ),
    (_P, "Royaume-Uni | Grande-Bretagne | United Kingdom | Great Britain | Britain | UK"),
    (_P, "Irak | Iraq"),
    (_P, "Syrie | Syria"),
    (_P, "Liban | Lebanon"),
    (_P, "Jordanie | Jordan"),
    (_P, "Arabie saoudite | Saudi Arabia"),
    (_P, "Turquie | Turkey | Türkiye"),
    (_P, "Koweït | Kuwait"),
    (_P, "Égypte | Egypt"),
    (_P, "Allemagne | Germany"),
    (_P, "Russie | Russia"),
    (_P, "Chine | China"),
    (_P, "Émirats arabes unis | United Arab Emirates | EAU | UAE"),
    (_P, "Kurdistan irakien | Iraqi Kurdistan | région du Kurdistan | Kurdistan Region"),
    (_P, "Erbil | Arbil | Irbil | Hewlêr"),
    (_P, "Aïn al-Assad | Ayn al-Asad | Ain al-Asad | Al-Asad Airbase | Al Asad Air Base"),
)


# ------------------------------------------------------------------ normalising


def fold_name(text: str) -> str:
    """Lower case, no accents, apostrophes as "'" (offsets do not matter here)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join("'" if c in _APOSTROPHES else c for c in folded)


def _raw_words(name: str) -> list[str]:
    """Folded words of a name, articles and particles included."""
    text = _ELISION_RE.sub(" ", fold_name(name))  # l’Irak: the article goes
    text = _SUN_ARTICLE_RE.sub(" ", text)  # ash-Shaabi, an-Nasr, al-Sudani
    text = text.replace("'", "").replace(".", "")  # Ba’ath, E.I.
    return [w for w in _PUNCT_RE.split(text) if w]


@lru_cache(maxsize=65536)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name that count: folded, without articles, particles, descriptors."""
    words = _raw_words(name)
    kept = [w for w in words if w not in _PARTICLES]
    while len(kept) > 1 and kept[0] in _DESCRIPTORS:
        kept.pop(0)
    return tuple(kept or words)


def name_key(name: str) -> str:
    """What two names share when they are "the same name" for linking (see module doc)."""
    return " ".join(name_words(name))


def display_name(text: str) -> str:
    """A name as an entity is called: one line, no leading elided article ("L’Irak": "Irak")."""
    name = " ".join(text.split())
    stripped = re.sub(rf"^(?:[lLdD]|[qQ]u|[jJ]usqu)[{_APOSTROPHES}]\s*", "", name)
    return stripped or name


_KEY_RULES: Final = (
    ("sch", "S"),  # German sch: kept apart from sh
    ("tch", "sh"),
    ("ch", "sh"),
    ("kh", "X"),  # kept apart from k and h
    ("dj", "j"),
    ("zh", "j"),
    ("dh", "z"),
    ("gh", "g"),
    ("ph", "f"),
    ("th", "t"),
    ("ck", "k"),
    ("q", "k"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("w", "u"),
)


_SAME_WORDS: Final = {"ben": "bin", "ibn": "bin", "abou": "abu"}
"""Little name words written differently ("ben Laden" / "bin Laden")."""


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """A folded word's transliteration key (module doc, rule 1)."""
    w = _SAME_WORDS.get(word, word)
    for old, new in _KEY_RULES:
        w = w.replace(old, new)
    w = _single(w)
    out = []
    for i, c in enumerate(w):
        if c == "y":
            nxt = w[i + 1] if i + 1 < len(w) else ""
            out.append("j" if nxt in _VOWELS else "i")
        else:
            out.append(c)
    return _single("".join(out))


@lru_cache(maxsize=65536)
def vowel_key(word: str) -> str:
    """word_key with e read as i and o as u (the three vowels of Arabic)."""
    return _single(word_key(word).replace("e", "i").replace("o", "u"))


def _single(w: str) -> str:
    """Doubled letters written once."""
    return re.sub(r"(.)\1+", r"\1", w)


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): swaps count one."""
    if a == b:
        return 0
    if not a or not b:
        return len(a) or len(b)
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


# ------------------------------------------------------------------ comparing


def _alike(a: str, b: str) -> bool:
    """Two folded words spelled alike under the transliteration key (rule 1, a and b)."""
    if a == b or word_key(a) == word_key(b):
        return True
    return min(len(a), len(b)) >= 5 and vowel_key(a) == vowel_key(b)


def _prefix(a: str, b: str) -> bool:
    return a != b and (a.startswith(b) or b.startswith(a))


def _close(a: str, b: str, *, anchored: bool) -> bool:
    """Two folded words one or two edits apart, long enough (or anchored) to mean it."""
    ka, kb = vowel_key(a), vowel_key(b)
    if not ka or not kb or ka[0] != kb[0] or _prefix(ka, kb):
        return False
    letters = min(len(a), len(b))
    if letters >= MIN_FUZZY_LETTERS:
        allowed = int((1 - FUZZY_SIMILARITY) * max(len(ka), len(kb)) + 1e-9)
    elif anchored and letters >= 4:
        allowed = 1
    else:
        return False
    # the length difference alone is that many edits: skip the distance when it is too many
    return abs(len(ka) - len(kb)) <= allowed and edit_distance(ka, kb) <= allowed


def _spelled_alike(a: Sequence[str], b: Sequence[str]) -> bool:
    """Rule 1 on two names' words."""
    if len(a) != len(b) or not a:
        return False
    alike = [_alike(x, y) for x, y in zip(a, b, strict=True)]
    if all(alike):
        return True
    anchored = len(a) >= 2 and any(ok and len(x) >= 3 for ok, x in zip(alike, a, strict=True))
    return all(ok or _close(x, y, anchored=anchored) for ok, x, y in zip(alike, a, b, strict=True))


def is_acronym(name: str) -> bool:
    """A name written as an acronym: 2 to 6 letters in capitals, or with dots ("E.I.")."""
    compact = name.strip().replace(".", "")
    if not (2 <= len(compact) <= 6) or not compact.isalpha():
        return False
    return compact.isupper() or name.count(".") >= len(compact) - 1 >= 1


def initials(name: str) -> str:
    """First letters of a name's words, little words left out ("" for one-word names)."""
    words = [w for w in _raw_words(name) if w not in _LITTLE_WORDS]
    return "".join(w[0] for w in words) if len(words) >= 2 else ""


def _acronym_of(a: str, b: str) -> bool:
    return is_acronym(a) and fold_name(a.replace(".", "").strip()) == initials(b)


@lru_cache(maxsize=1)
def _curated_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for group, (_type, names) in enumerate(CURATED_ALIASES):
        for name in names.split("|"):
            index.setdefault(name_key(name.strip()), group)
    return index


def curated_group(name: str) -> int | None:
    """The curated alias group a name belongs to, if any."""
    return _curated_index().get(name_key(name))


def curated_type(name: str) -> EntityType | None:
    """The type of the curated group a name belongs to, if any."""
    group = curated_group(name)
    return None if group is None else CURATED_ALIASES[group][0]


@lru_cache(maxsize=8192)
def known_as(name: str) -> frozenset[str]:
    """Keys of the known entities a name stands for: its group in ``CURATED_ALIASES`` and
    its entry in the suggester's gazetteer (when that module is there). Two names sharing
    a key are known aliases."""
    keys: set[str] = set()
    group = curated_group(name)
    if group is not None:
        keys.add(f"c{group}")
    entry = _gazetteer_entry(name)
    if entry is not None:
        keys.add("g" + str(getattr(entry, "name", "")))
    return frozenset(keys)


def compare_names(a: str, b: str, *, entity_type: EntityType | None = None) -> MatchReason | None:
    """Why names a and b may be one entity, or None (module doc; type None: any kind)."""
    wa, wb = name_words(a), name_words(b)
    if wa == wb:
        return MatchReason.SAME_NAME
    if _spelled_alike(wa, wb):
        return MatchReason.TRANSLITERATION
    if entity_type is not EntityType.PERSON and (_acronym_of(a, b) or _acronym_of(b, a)):
        return MatchReason.ACRONYM
    if known_as(a) & known_as(b):
        return MatchReason.CURATED
    if entity_type is EntityType.PERSON and _short_form(wa, wb):
        return MatchReason.SHORT_FORM
    return None


def _short_form(a: Sequence[str], b: Sequence[str]) -> bool:
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if not short or len(short) == len(long) or len(short[-1]) < 4:
        return False
    tail = long[len(long) - len(short) :]
    return all(_alike(x, y) for x, y in zip(short, tail, strict=True))


# ------------------------------------------------------------------ proposing


@dataclass(frozen=True)
class EntityNames:
    """What proposing needs of an entity: its id, type, and every name it goes by."""

    id: EntityId
    type: EntityType
    names: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    """Two entities that may be one, with the names that matched and why."""

    a: EntityId
    b: EntityId
    a_name: str
    b_name: str
    reason: MatchReason

    @property
    def pair(self) -> frozenset[EntityId]:
        return frozenset((self.a, self.b))


_REASON_ORDER: Final = {r: i for i, r in enumerate(MatchReason)}


def _blocks(name: str, entity_type: EntityType) -> Iterator[str]:
    """Keys two names must share to be compared at all (cheap candidates for rules 1–4)."""
    words = name_words(name)
    # rule 1 compares as many words, each with the same first letter once keyed
    yield f"n{len(words)}:" + "".join(vowel_key(w)[:1] for w in words)
    if is_acronym(name):
        yield "a" + fold_name(name.replace(".", "").strip())
    if letters := initials(name):
        yield "a" + letters
    yield from known_as(name)
    if entity_type is EntityType.PERSON and words:
        yield "s" + vowel_key(words[-1])


def propose(
    entities: Iterable[EntityNames],
    *,
    dismissed: Collection[frozenset[EntityId]] = (),
    only: Collection[EntityId] | None = None,
) -> list[Proposal]:
    """Pairs of entities of the same type that may be one, best reason first.

    Pairs in ``dismissed`` ("not the same") are left out. With ``only``, just the pairs
    with at least one entity in it (after a change to those entities).
    """
    items = list(entities)
    by_block: dict[tuple[EntityType, str], list[int]] = defaultdict(list)
    for i, e in enumerate(items):
        for key in {k for name in e.names for k in _blocks(name, e.type)}:
            by_block[(e.type, key)].append(i)
    wanted = set(only) if only is not None else None
    seen: set[tuple[int, int]] = set()
    found: list[Proposal] = []
    for members in by_block.values():
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = members[x], members[y]
                if (i, j) in seen:
                    continue
                seen.add((i, j))
                ea, eb = items[i], items[j]
                if wanted is not None and ea.id not in wanted and eb.id not in wanted:
                    continue
                if frozenset((ea.id, eb.id)) in dismissed:
                    continue
                proposal = _best_match(ea, eb)
                if proposal is not None:
                    found.append(proposal)
    found.sort(key=lambda p: (_REASON_ORDER[p.reason], fold_name(p.a_name), p.a, p.b))
    return found


def _best_match(a: EntityNames, b: EntityNames) -> Proposal | None:
    best: Proposal | None = None
    for na in a.names:
        for nb in b.names:
            reason = compare_names(na, nb, entity_type=a.type)
            if reason is None:
                continue
            if best is None or _REASON_ORDER[reason] < _REASON_ORDER[best.reason]:
                first, second = (a, b) if a.id < b.id else (b, a)
                names = (na, nb) if first is a else (nb, na)
                best = Proposal(first.id, second.id, names[0], names[1], reason)
    return best


# ------------------------------------------------------------------ new entities


_ORGANISATION_WORDS: Final = frozenset(
    """ministere ministry gouvernement government armee army forces force police parti party
    groupe group organisation organization coalition commission conseil council agence
    agency brigade brigades milice militia mouvement movement front union nations
    cellule commandement command etat-major comite committee bureau office departement
    department tribunal cour court parlement parliament assemblee assembly senat senate
    banque bank societe company entreprise universite university hopital hospital
    pentagone pentagon maison-blanche kremlin elysee""".split()
)


def fallback_type(name: str, kind: str) -> EntityType:
    """A simple guess when the suggester's ``entity_type_of`` is not available.

    Places are places; an actor is an organisation when it is an acronym, has a word like
    "ministère" or "forces", or is a curated organisation or place (a country acting),
    else a person.
    """
    if kind == "place":
        return EntityType.PLACE
    if is_acronym(name) or set(_raw_words(name)) & _ORGANISATION_WORDS:
        return EntityType.ORGANISATION
    if curated_type(name) is not None:
        return EntityType.ORGANISATION
    return EntityType.PERSON


_SUGGESTER: Final = "desktop.core.extract.entities"
_GAZETTEER: Final = "desktop.core.extract.gazetteer"


def _optional(module_name: str, name: str) -> Callable[..., Any] | None:
    """A function of the place and actor suggester, None while it is not there."""
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None


def _gazetteer_entry(name: str) -> Any:
    """The suggester's gazetteer entry for a name (canonical or alias), or None."""
    gazetteer = _optional(_GAZETTEER, "gazetteer")
    if gazetteer is None:
        return None
    try:
        return gazetteer().lookup(name)
    except Exception:  # noqa: BLE001 - without the gazetteer there is just no known alias
        return None


def entity_type_for(name: str, kind: str) -> EntityType:
    """The type of a new entity for an annotation of kind "place" or "actor".

    Asks the suggester (``desktop.core.extract.entities.entity_type_of(name, kind)``) when
    it is there, else ``fallback_type``. An actor is never a place: a place named as an
    actor ("Bagdad a annoncé") stands for its government, an organisation.
    """
    if kind == "place":
        return EntityType.PLACE
    guess: EntityType | None = None
    type_of = _optional(_SUGGESTER, "entity_type_of")
    if type_of is not None:
        try:
            guess = EntityType(str(type_of(name, kind)))
        except ValueError:
            guess = None
    if guess is None:
        guess = fallback_type(name, kind)
    return EntityType.ORGANISATION if guess is EntityType.PLACE else guess


def coordinates_for(name: str) -> tuple[float, float] | None:
    """(lat, lon) of a place from the suggester's gazetteer; None when unknown or absent.

    Uses ``desktop.core.extract.entities.coordinates_of(name)`` if the suggester has one,
    else the coordinates of the name's entry in ``desktop.core.extract.gazetteer``.
    """
    lookup = _optional(_SUGGESTER, "coordinates_of")
    try:
        if lookup is not None:
            found = lookup(name)
        else:
            entry = _gazetteer_entry(name)
            found = (entry.lat, entry.lon)
        lat, lon = float(found[0]), float(found[1])
    except Exception:  # noqa: BLE001 - no coordinates: fine, and must not stop the tagging
        return None
    if -90 <= lat <= 90 and -180 <= lon <= 180:
        return lat, lon
    return None

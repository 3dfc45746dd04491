"""Synthetic French press text and the projects and files the benchmarks run on.

Everything is generated from a seed, so two runs measure the same data. The text has
what Recoupe's code paths care about: accented letters and ligatures, typographic
apostrophes (’) in elisions, « guillemets », an emoji now and then (two UTF-16 units each),
paragraphs, and words at every frequency from "le" to a word found in three sources.
Qt-free: the runner builds the data in its own process before any measurement starts.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core import anchoring
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    ImportedSource,
    SourceId,
    TagId,
)
from desktop.core.store import Store

SEED: Final = 20240611

ACTORS: Final = (
    "Emmanuel Macron", "la ministre", "le préfet", "Hélène Dupré", "François Lefèvre",
    "Agnès Pétré", "Zoé Château", "Noël Bécaud", "le porte-parole", "l’Élysée",
    "le procureur", "Jérôme Kéraudren", "la députée", "l’AFP", "Maïté Ourliac",
    "le général Moreau", "Anaïs Crémieux", "l’ONU", "le maire", "Bénédicte Léger",
)  # fmt: skip
PLACES: Final = (
    "Paris", "Lyon", "Marseille", "Bagdad", "Mossoul", "Aïn Témouchent", "Alep", "Genève",
    "Bruxelles", "Montréal", "Besançon", "Orléans", "Nîmes", "Saint-Étienne", "Fès",
    "Kaboul", "Kyiv", "Québec", "Évry", "Créteil", "Kirkouk", "Erbil", "Tripoli", "Niamey",
)  # fmt: skip
NOUNS: Final = (
    "gouvernement", "ministère", "député", "préfecture", "élection", "enquête",
    "témoignage", "réfugiés", "frontière", "sécurité", "économie", "société", "évènement",
    "journaliste", "procès", "médecin", "hôpital", "école", "forêt", "château", "côte",
    "île", "façade", "cœur", "œuvre", "sœur", "maïs", "réforme", "grève", "salariés",
    "retraite", "budget", "tribunal", "armée", "opposition", "manifestation", "accord",
    "cessez-le-feu", "convoi", "témoin", "rapport", "communiqué", "déclaration", "état",
    "région", "commune", "quartier", "prisonniers", "négociations", "bombardement",
)  # fmt: skip
VERBS: Final = (
    "a déclaré", "affirme", "aurait", "a précisé", "a annoncé", "a démenti", "a réfuté",
    "a confirmé", "a révélé", "a été", "a évoqué", "s’est rendu à", "ont manifesté à",
    "dénonce", "reconnaît", "s’inquiète de", "n’a pas exclu", "a reçu", "prévoit",
)  # fmt: skip
ADJECTIVES: Final = (
    "élevé", "fragile", "important", "récent", "étrangère", "sévère", "pénale",
    "européenne", "française", "général", "intérieur", "régional", "sécuritaire",
    "économique", "inédit", "précaire", "contesté", "décisif", "humanitaire",
)  # fmt: skip
ELIDED: Final = (
    "l’armée", "l’État", "l’enquête", "l’Irak", "aujourd’hui", "d’après", "qu’il",
    "l’opposition", "d’ailleurs", "l’hôpital", "s’il", "jusqu’à", "l’accord", "n’est",
    "lorsqu’elle", "l’Union européenne", "d’euros", "l’école", "c’est", "quelqu’un",
)  # fmt: skip
CONNECTORS: Final = (
    "selon", "d’après", "malgré", "après", "avant", "pendant", "depuis", "sans",
    "contre", "pour", "avec", "dans", "sur", "vers", "chez", "entre",
)  # fmt: skip
MONTHS: Final = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
    "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
EMOJI: Final = ("🙂", "📷", "🔥", "🇫🇷", "👍🏽", "📰", "⚠️", "🕊️")
_SYLLABLES: Final = (
    "ré", "pu", "bli", "que", "é", "tat", "ma", "ni", "fes", "ta", "tion", "pré", "fec",
    "ture", "châ", "teau", "gou", "ver", "ne", "ment", "dé", "cla", "ra", "vo", "lon",
    "tè", "rô", "bien", "sû", "ga", "ber", "lo", "quin", "mê", "tra", "pon", "çon", "gui",
    "zé", "ro", "plu", "ker", "bra", "ouest", "an", "gè", "lu", "mi", "sa", "fo",
)  # fmt: skip


def lexicon(size: int = 3000, seed: int = SEED) -> list[str]:
    """Made-up French-looking words, most frequent first (the text draws them by Zipf)."""
    rng = random.Random(seed + 1)
    words: list[str] = []
    seen: set[str] = set()
    while len(words) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if len(word) >= 5 and word not in seen:
            seen.add(word)
            words.append(word)
    return words


class FrenchText:
    """Sentences and paragraphs of press-like French, drawn from a seeded generator."""

    def __init__(self, seed: int = SEED, *, pool: int = 12000) -> None:
        self.rng = random.Random(seed)
        self.lexicon = lexicon()
        weights = [1.0 / (rank + 1) for rank in range(len(self.lexicon))]
        total = 0.0
        self._cumulative: list[float] = []
        for w in weights:
            total += w
            self._cumulative.append(total)
        self._pool = [self._sentence(emoji=True) for _ in range(pool)]
        self._pool_plain = [s for s in self._pool if s.isascii() or _cp1252_safe(s)]

    def _rare(self) -> str:
        return self.rng.choices(self.lexicon, cum_weights=self._cumulative, k=1)[0]

    def _date(self) -> str:
        rng = self.rng
        day = rng.randint(1, 28)
        return rng.choice(
            (
                f"le {day} {rng.choice(MONTHS)} {rng.randint(2015, 2024)}",
                f"en {rng.choice(MONTHS)} {rng.randint(2015, 2024)}",
                f"lundi {day} {rng.choice(MONTHS)}",
                f"le 1er {rng.choice(MONTHS)}",
            )
        )

    def _sentence(self, *, emoji: bool) -> str:
        rng = self.rng
        c = rng.choice
        parts = [c(ACTORS), c(VERBS)]
        if rng.random() < 0.4:
            parts.append("que " + c(("le", "la", "les", "ce", "son")) + " " + c(NOUNS))
            parts.append(c(ADJECTIVES))
        else:
            parts += [c(("le", "la", "les", "un", "une", "des", "cette")), c(NOUNS), c(ADJECTIVES)]
        parts += [c(CONNECTORS), c(ELIDED) if rng.random() < 0.5 else c(PLACES)]
        if rng.random() < 0.5:
            parts.append(self._date())
        if rng.random() < 0.2:
            parts.append(f"pour {rng.randint(2, 999)},{rng.randint(0, 9)} millions d’euros")
        if rng.random() < 0.35:
            parts.append(c(("à propos de", "autour de", "face à")) + " " + self._rare())
        sentence = " ".join(parts)
        sentence = sentence[0].upper() + sentence[1:]
        if rng.random() < 0.12:
            sentence += f" : « {c(NOUNS)} {c(ADJECTIVES)}, {c(ELIDED)} »"
        end = c(".....!?")
        if emoji and rng.random() < 0.01:
            end += " " + c(EMOJI)
        return sentence + end

    def paragraph(self, *, plain: bool = False) -> str:
        pool = self._pool_plain if plain else self._pool
        return " ".join(self.rng.choices(pool, k=self.rng.randint(2, 7)))

    def document(self, chars: int, *, title: str, plain: bool = False) -> str:
        """About chars characters: a title line, a date line, then paragraphs."""
        rng = self.rng
        lines = [title, f"Publié le {rng.randint(1, 28)} {rng.choice(MONTHS)} 2023", ""]
        size = sum(len(x) + 1 for x in lines)
        while size < chars:
            p = self.paragraph(plain=plain)
            if rng.random() < 0.3:  # a word that makes this document findable on its own
                p += f" {self._rare()} {self._rare()}."
            lines.append(p)
            lines.append("")
            size += len(p) + 2
        return "\n".join(lines)

    def title(self) -> str:
        c = self.rng.choice
        return f"{c(NOUNS).capitalize()} {c(ADJECTIVES)} : {c(ACTORS)} à {c(PLACES)}"


def _cp1252_safe(text: str) -> bool:
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def search_queries(gen: FrenchText) -> list[str]:
    """About fifty queries of the kinds people type: words, words without their accents,
    two words, quoted phrases, rare words and a word found nowhere."""
    lex = gen.lexicon
    return [
        # single words, common to rare
        "gouvernement", "enquête", "Bagdad", "préfet", "témoignage", "manifestation",
        "Kirkouk", "budget", "convoi", "humanitaire",
        # accented words typed without their accents
        "enquete", "prefecture", "securite", "refugies", "temoin", "francaise",
        "Besancon", "Orleans", "Nimes", "ain temouchent", "Helene Dupre", "etat",
        "greve", "hopital",
        # two words
        "ministre enquête", "préfet Lyon", "réfugiés frontière", "armée Mossoul",
        "budget retraite", "accord cessez-le-feu",
        # prefixes (words match at the start of words)
        "manifest", "négoci", "bombard",
        # phrases in quotes, with ’ typed as '
        '"a déclaré"', "\"l'armée française\"", "\"aujourd'hui\"", '"millions d’euros"',
        '"Saint-Étienne"', '"n\'a pas exclu"', '"la ministre a démenti"',
        # made-up words from frequent to very rare
        lex[0], lex[3], lex[20], lex[80], lex[300], lex[900], lex[2000], lex[2900],
        f"{lex[5]} {lex[40]}", f'"autour de {lex[10]}"',
        # nothing
        "zzyzxq",
    ]  # fmt: skip


# --------------------------------------------------------------------------- projects

EXTRA_TAGS: Final = (
    ("Chiffre", "#9c6ade", "F"),
    ("Source", "#3fb0ac", "S"),
    ("Doute", "#f28c38", "U"),
    ("Suivi", "#8d6e63", "V"),
)


@dataclass(frozen=True)
class OpenProject:
    path: Path
    source_id: SourceId
    chars: int
    utf8_bytes: int
    annotations: int
    nested_or_overlapping: int
    long_annotations: int
    paragraphs: int


def build_open_project(path: Path, *, megabytes: float, annotations: int) -> OpenProject:
    """One big source with many annotations of every tag, some nested or overlapping."""
    gen = FrenchText(SEED + 10)
    target = int(megabytes * 1_000_000)
    text = gen.document(int(target * 0.93), title="Grand dossier : chronologie des faits")
    while len(text.encode("utf-8")) < target:
        text += "\n\n" + gen.paragraph()
    store = Store.create(path, name="bench-open")
    try:
        for name, colour, key in EXTRA_TAGS:
            store.add_tag(name=name, colour=colour, shortcut=key)
        tags = [t.id for t in store.tags()]
        change = store.add_source(
            ImportedSource(
                filename="grand-dossier.txt",
                format="txt",
                original=text.encode("utf-8"),
                text=text,
                encoding="utf-8",
                title="Grand dossier : chronologie des faits",
                lang="fr",
            )
        )
        source_id = change.source_ids[0]
        items, nested, long = _annotations(text, source_id, tags, annotations, gen.rng)
        store.restore_annotations(items)
    finally:
        store.close()
    return OpenProject(
        path=path,
        source_id=source_id,
        chars=len(text),
        utf8_bytes=len(text.encode("utf-8")),
        annotations=len(items),
        nested_or_overlapping=nested,
        long_annotations=long,
        paragraphs=text.count("\n\n") + 1,
    )


def _annotations(
    text: str, source_id: SourceId, tags: list[TagId], n: int, rng: random.Random
) -> tuple[list[Annotation], int, int]:
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    starts = sorted(rng.sample(range(len(words) - 400), n))
    stamp = "2024-06-01T10:00:00+00:00"
    tag_weights = [5, 4, 4, 2, 1, 1, 1, 1][: len(tags)]
    out: list[Annotation] = []
    nested = long = 0
    prev: tuple[int, int] | None = None  # word indexes of the previous annotation
    for k, w in enumerate(starts):
        r = rng.random()
        if prev is not None and r < 0.12 and prev[1] - prev[0] >= 2:
            a = rng.randint(prev[0], prev[1] - 1)  # nested inside the previous one
            wi, wj = a, rng.randint(a, prev[1])
            nested += 1
        elif prev is not None and r < 0.22:
            wi = rng.randint(prev[0], prev[1])  # starts inside, ends beyond
            wj = prev[1] + rng.randint(1, 6)
            nested += 1
        elif r < 0.222:
            wi, wj = w, w + rng.randint(700, 1500)  # a claim running over paragraphs
            long += 1
        else:
            wi, wj = w, w + rng.choice((0, 0, 0, 1, 1, 2, 3, 5))
        start, end = words[wi][0], words[min(wj, len(words) - 1)][1]
        sel = anchoring.selector_for(text, start, end)
        tag = rng.choices(tags, weights=tag_weights, k=1)[0]
        status = AnnotationStatus.SUGGESTED if rng.random() < 0.07 else AnnotationStatus.ACCEPTED
        out.append(
            Annotation(
                id=AnnotationId(k + 1),
                source_id=source_id,
                tag_id=tag,
                start=start,
                end=end,
                quote=sel.quote,
                prefix=sel.prefix,
                suffix=sel.suffix,
                value="2023-03-12" if tag == tags[0] and rng.random() < 0.5 else None,
                note="à vérifier auprès de la préfecture" if rng.random() < 0.05 else None,
                status=status,
                created=stamp,
                modified=stamp,
            )
        )
        prev = (wi, wj)
    return out, nested, long


@dataclass(frozen=True)
class SearchProject:
    path: Path
    sources: int
    chars: int
    queries: list[str]


def build_search_project(path: Path, *, sources: int, kilobytes: int = 50) -> SearchProject:
    """Many mid-sized sources, written in one transaction (the FTS index fills as it goes)."""
    gen = FrenchText(SEED + 20)
    store = Store.create(path, name="bench-search")
    chars = 0
    try:
        with store.db.atomic():
            for i in range(sources):
                title = f"{gen.title()} ({i + 1})"
                size = int(kilobytes * 1000 * gen.rng.uniform(0.8, 1.2))
                text = gen.document(size, title=title)
                chars += len(text)
                store.add_source(
                    ImportedSource(
                        filename=f"article-{i + 1:04d}.txt",
                        format="txt",
                        original=text.encode("utf-8"),
                        text=text,
                        encoding="utf-8",
                        title=title,
                        lang="fr",
                    )
                )
    finally:
        store.close()
    return SearchProject(path=path, sources=sources, chars=chars, queries=search_queries(gen))


@dataclass(frozen=True)
class ImportFiles:
    folder: Path
    files: int
    total_bytes: int
    kinds: dict[str, int]


def write_import_files(folder: Path, *, files: int) -> ImportFiles:
    """Files of 5–50 KB: mostly UTF-8 text, some cp1252, a few UTF-8 with BOM and HTML."""
    gen = FrenchText(SEED + 30)
    rng = gen.rng
    folder.mkdir(parents=True, exist_ok=True)
    kinds: dict[str, int] = {}
    total = 0
    for i in range(files):
        r = rng.random()
        kind = "utf8" if r < 0.78 else "cp1252" if r < 0.93 else "utf8-bom" if r < 0.95 else "html"
        size = rng.randint(5_000, 50_000)
        title = f"{gen.title()} — n° {i + 1}"
        if kind == "html":
            data = _html_page(gen, title, size).encode("utf-8")
            name = f"page-{i + 1:04d}.html"
        else:
            text = gen.document(size, title=title, plain=kind == "cp1252")
            if rng.random() < 0.3:
                text = text.replace("\n", "\r\n")  # files saved on Windows
            if kind == "cp1252":
                data = text.encode("cp1252", errors="replace")
            elif kind == "utf8-bom":
                data = b"\xef\xbb\xbf" + text.encode("utf-8")
            else:
                data = text.encode("utf-8")
            name = f"article-{i + 1:04d}.txt"
        (folder / name).write_bytes(data)
        kinds[kind] = kinds.get(kind, 0) + 1
        total += len(data)
    return ImportFiles(folder=folder, files=files, total_bytes=total, kinds=kinds)


def _html_page(gen: FrenchText, title: str, size: int) -> str:
    rng = gen.rng
    paragraphs = []
    n = 0
    while n < size * 0.8:
        p = gen.paragraph()
        paragraphs.append(f"<p>{p}</p>")
        n += len(p) + 7
    nav = "".join(f'<li><a href="/rubrique/{i}">Rubrique {i}</a></li>' for i in range(12))
    day = f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"<title>{title} | Le Quotidien</title>"
        f'<meta property="og:title" content="{title}">'
        f'<meta property="article:published_time" content="{day}T08:30:00+01:00">'
        f'<link rel="canonical" href="https://journal.example/{rng.randint(1, 10**6)}">'
        "<script>window.dataLayer = [];</script></head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header>"
        f"<main><article><h1>{title}</h1>"
        f'<p class="byline">Par {rng.choice(ACTORS)}, publié le <time datetime="{day}">{day}'
        f"</time></p>{''.join(paragraphs)}</article>"
        '<aside><h2>À lire aussi</h2><ul><li><a href="/a">Autre article</a></li></ul></aside>'
        "</main><footer><p>© Le Quotidien — Mentions légales</p></footer></body></html>"
    )

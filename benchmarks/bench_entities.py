#!/usr/bin/env python
"""Place and actor suggestions: speed and memory on ~1 MB of French news, accuracy on the seeds.

    python benchmarks/bench_entities.py [--quick] [--json] [--model fr_core_news_sm]

Speed: ``find_entities`` reads ~1 MB of French text (~100 KB with --quick) built like
``bench_dates.build_text`` (seed paragraphs and generated sentences); the figure is
characters per second after the model is loaded. ``entities_model_load_s`` is the first
``load_model()`` in this process (spaCy's import included); ``gazetteer_build_s`` the first
``gazetteer()``. ``entities_peak_mb`` is the process's peak resident memory at the end.

Accuracy: the five seeds against ``GOLD``, a hand-made list of the people, organisations and
places they name (with ``IGNORE``: mentions that are neither right nor wrong to suggest,
such as "coalition internationale" or a demonym). Every occurrence of a gold surface form
is a gold mention (longest first). A suggestion is right when it overlaps a gold mention of
the same type (person, organisation, place); ``exact`` counts those whose name span (the
head noun "base aérienne d’" aside) is exactly the gold one. ``raw_model`` scores the model
alone (PER/ORG/LOC mapped to the three types, spans as given) for comparison.

``run(quick)`` returns the figures as a dict; ``entities(data, quick)`` is benchmarks/run.py's
entry. Nothing asserts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for p in (str(REPO), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from bench_util import maxrss_mb  # noqa: E402

PER, ORG, LOC = "person", "organisation", "place"
FULL_CHARS = 1_000_000
QUICK_CHARS = 100_000

GOLD: dict[str, list[tuple[str, str]]] = {
    "000": [
        ("Irak", LOC), ("Daech", ORG), ("Cellule de presse de sécurité", ORG),
        ("Bagdad", LOC), ("Washington", LOC), ("Aïn al-Assad", LOC),
        ("Commandement des opérations conjointes", ORG), ("Comité militaire suprême", ORG),
    ],
    "001": [
        ("Irak", LOC), ("États-Unis", LOC), ("AFP", ORG), ("VNA", ORG), ("CVN", ORG),
        ("Xinhua", ORG), ("Haute Commission militaire", ORG), ("Ayn al-Asad", LOC),
        ("Commandement des opérations conjointes", ORG), ("État islamique", ORG),
        ("EI", ORG), ("Syrie", LOC), ("ministère irakien de la Défense", ORG), ("Anbar", LOC),
    ],
    "002": [
        ("WASHINGTON", LOC), ("TASS", ORG), ("États-Unis", LOC), ("État islamique", ORG),
        ("État islamique en Irak et au Levant", ORG), ("Irak", LOC), ("Sean Parnell", PER),
        ("Pentagone", ORG), ("Bagdad", LOC), ("Mohammed al-Soudani", PER),
        ("Washington", LOC), ("Syrie", LOC), ("Inherent Resolve", ORG), ("OIR", ORG),
        ("Cour suprême russe", ORG), ("Daech", ORG), ("Russie", LOC),
    ],
    "003": [
        ("Irak", LOC), ("État islamique", ORG), ("Qasem al Arayi", PER), ("Al Arayi", PER),
        ("Saad Maan", PER), ("INA", ORG), ("Inherent Resolve", ORG), ("John Brennan Jr", PER),
        ("Abdulamir al Shamari", PER), ("Al Shamari", PER),
        ("Commandement des opérations conjointes", ORG), ("Loukachenko", PER),
        ("Belarus", LOC), ("Ukraine", LOC), ("Brennan", PER), ("Qasem Soleimani", PER),
        ("Quds", ORG), ("Bagdad", LOC), ("États-Unis", LOC), ("Italie", LOC),
        ("Allemagne", LOC), ("France", LOC), ("Anne Hidalgo", PER),
    ],
    "004": [
        ("Irak", LOC), ("Etats-Unis", LOC), ("États-Unis", LOC), ("Washington", LOC),
        ("Qasim al-Alaji", PER), ("Nations Unies", ORG), ("État islamique", ORG),
        ("Etat islamique", ORG), ("EI", ORG), ("Joe Biden", PER), ("Mustafa Al-Kajimi", PER),
        ("France", LOC), ("Royaume-Uni", LOC), ("Syrie", LOC), ("Hahad al-Chaabi", ORG),
        ("Téhéran", LOC), ("Iran", LOC), ("Nicholas Hellas", PER), ("Biden", PER),
        ("Hellas", PER), ("Saad Maan", PER), ("ministère irakien de l’Intérieur", ORG),
        ("John W. Brennan", PER), ("Donald Trump", PER), ("ONU", ORG),
        ("Christoph Donner", PER), ("Alan Madran", PER), ("Alain Madelin", PER),
    ],
}  # fmt: skip
IGNORE: dict[str, list[str]] = {
    "000": ["Premier ministre", "coalition internationale"],
    "001": ["coalition internationale", "Photo"],
    "002": ["coalition internationale", "Américains", "/TASS/", "président"],
    "003": [
        "Twitter", "coalition internationale", "gardiens de la révolution iranienne",
        "commandement des opérations conjointes", "Accueil Dernières minutes L'International",
        "Lire aussi", "Vidéo de l'actualité", "Article précédent", "Article suivant",
        "La gauche française",
    ],
    "004": [
        "Twitter", "IS", "L’Express", "Application L’Express", "Journal libéral", "Chronique",
        "Premier ministre irakien", "Mission de combat",
    ],
}  # fmt: skip

Mention = tuple[int, int, str]


def seeds() -> dict[str, str]:
    return {
        path.name[:3]: path.read_text(encoding="utf-8")
        for path in sorted((REPO / "seeds").glob("*.txt"))
    }


def locate(text: str, surfaces: Sequence[tuple[str, str]]) -> list[Mention]:
    """Every occurrence of the surfaces as whole words, longer ones first, never overlapping."""
    taken: list[Mention] = []
    for surface, kind in sorted(surfaces, key=lambda s: -len(s[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            if not any(m.start() < e and s < m.end() for s, e, _ in taken):
                taken.append((m.start(), m.end(), kind))
    return sorted(taken)


def score(predicted: dict[str, list[tuple[int, int, int, int, str]]]) -> dict[str, Any]:
    """Precision/recall of (start, end, name start, name end, type) against GOLD."""
    right = wrong = exact = expected = 0
    misses: list[str] = []
    errors: list[str] = []
    for key, text in seeds().items():
        gold = locate(text, GOLD[key])
        ignored = locate(text, [(s, "") for s in IGNORE.get(key, [])])
        expected += len(gold)
        used: set[int] = set()
        for s, e, ns, ne, kind in predicted.get(key, []):
            hit = next(
                (
                    i
                    for i, (gs, ge, gk) in enumerate(gold)
                    if i not in used and gs < e and s < ge and gk == kind
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                right += 1
                exact += (ns, ne) == gold[hit][:2]
            elif any(gs < e and s < ge for gs, ge, _ in ignored) and not any(
                gs < e and s < ge for gs, ge, _ in gold
            ):
                continue
            else:
                wrong += 1
                errors.append(f"{key} {text[s:e]!r} {kind}")
        misses += [
            f"{key} {text[g[0] : g[1]]!r} {g[2]}" for i, g in enumerate(gold) if i not in used
        ]
    return {
        "expected": expected,
        "found": right + wrong,
        "right": right,
        "exact": exact,
        "precision": round(right / (right + wrong), 3) if right + wrong else 0.0,
        "recall": round(right / expected, 3) if expected else 0.0,
        "wrong": errors,
        "missed": misses,
    }


def accuracy() -> dict[str, Any]:
    from desktop.core.extract.entities import find_entities
    from desktop.core.extract.entities_model import LABELS, load_model

    ours: dict[str, list[tuple[int, int, int, int, str]]] = {}
    raw: dict[str, list[tuple[int, int, int, int, str]]] = {}
    nlp = load_model()
    for key, text in seeds().items():
        found = []
        for s in find_entities(text, lang="fr"):
            name_start = s.start
            if s.entity_type == LOC:  # "base aérienne d’Aïn al-Assad": score the name
                m = re.search(r"(?:d['’]|de |du |des )(?=[^\s])", s.text)
                name_start = s.start + m.end() if m and s.text[: m.start()].islower() else s.start
            found.append((s.start, s.end, name_start, s.end, s.entity_type or ""))
        ours[key] = found
        raw[key] = [
            (e.start_char, e.end_char, e.start_char, e.end_char, LABELS[e.label_])
            for e in nlp(text).ents
            if e.label_ in LABELS
        ]
    return {"recoupe": score(ours), "raw_model": score(raw)}


def build_text(chars: int) -> str:
    from bench_dates import build_text as dates_text

    return dates_text(chars)


def speed(quick: bool) -> dict[str, Any]:
    t0 = time.perf_counter()
    from desktop.core.extract.entities_model import MODEL_NAME, load_model

    load_model()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    from desktop.core.extract.gazetteer import gazetteer

    gazetteer()
    gazetteer_s = time.perf_counter() - t0
    from desktop.core.extract.entities import find_entities

    text = build_text(QUICK_CHARS if quick else FULL_CHARS)
    find_entities("L’Irak et la Syrie.", lang="fr")  # warm up
    t0 = time.perf_counter()
    found = find_entities(text, lang="fr")
    elapsed = time.perf_counter() - t0
    en_text = text.replace("\n\n", "\n")  # the English path on the same characters: rules only
    t0 = time.perf_counter()
    find_entities(en_text, lang="en")
    en_elapsed = time.perf_counter() - t0
    return {
        "model": MODEL_NAME,
        "chars": len(text),
        "seconds": round(elapsed, 3),
        "chars_per_s": round(len(text) / elapsed),
        "rules_only_chars_per_s": round(len(en_text) / en_elapsed),
        "suggestions": len(found),
        "model_load_s": round(load_s, 2),
        "gazetteer_build_s": round(gazetteer_s, 2),
        "peak_mb": round(maxrss_mb(), 1),
    }


def run(quick: bool) -> dict[str, Any]:
    """All figures: speed, load time and memory, and accuracy on the seeds."""
    figures = speed(quick)
    out: dict[str, Any] = {"quick": quick, "speed": figures, "accuracy": accuracy()}
    figures["peak_mb"] = round(maxrss_mb(), 1)
    return out


def entities(data: dict[str, Any], quick: bool) -> Any:
    """benchmarks/run.py's entry: place/actor suggestions, speed, memory and accuracy."""
    from bench_util import Results

    res = Results()
    names = ["entities_chars_per_s", "entities_peak_mb", "entities_model_load_s"]

    def step() -> None:
        out = run(quick)
        speed = out["speed"]
        res.figures["entities_chars_per_s"] = speed["chars_per_s"]
        res.figures["entities_peak_mb"] = speed["peak_mb"]
        res.figures["entities_model_load_s"] = speed["model_load_s"]
        res.details["entities"] = out

    res.attempt(names, step)
    return res


def _print_table(result: dict[str, Any]) -> None:
    s = result["speed"]
    print(
        f"{s['model']}: {s['chars']:,} characters in {s['seconds']} s = "
        f"{s['chars_per_s']:,} chars/s ({s['suggestions']:,} suggestions); rules only "
        f"(lang=en) {s['rules_only_chars_per_s']:,} chars/s"
    )
    print(
        f"model load {s['model_load_s']} s, gazetteer {s['gazetteer_build_s']} s, "
        f"peak {s['peak_mb']} MB"
    )
    for name in ("recoupe", "raw_model"):
        a = result["accuracy"][name]
        print(
            f"{name:<10} on the seeds: found {a['found']}, right {a['right']} "
            f"(exact span {a['exact']}) of {a['expected']}: precision {a['precision']:.3f}, "
            f"recall {a['recall']:.3f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="~100 KB instead of ~1 MB")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    parser.add_argument("--model", help="another installed spaCy model, to compare")
    parser.add_argument("--errors", action="store_true", help="list wrong and missed mentions")
    args = parser.parse_args(argv)
    if args.model:
        from desktop.core.extract import entities_model

        entities_model.MODEL_NAME = args.model  # type: ignore[misc]
    result = run(args.quick)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        _print_table(result)
        if args.errors:
            for name in ("recoupe",):
                for line in result["accuracy"][name]["wrong"]:
                    print("  wrong ", line)
                for line in result["accuracy"][name]["missed"]:
                    print("  missed", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python
"""Date suggestions against dateparser: speed on ~1 MB of French news text, and accuracy.

    python benchmarks/bench_dates.py [--quick] [--json]

Speed: ``find_dates`` reads the whole text once (and, for a like-for-like figure, paragraph
by paragraph); ``dateparser.search.search_dates(paragraph, languages=["fr"])`` reads the
paragraphs of the first ~1 MB (~100 KB with --quick: it is slow). Figures are characters
per second and the ratio.

Accuracy: both tools read the labelled sentences of ``tests/core/test_extract_dates.py``
(``CASES``: French and English, traps included, each with its publication date, which
dateparser gets as ``RELATIVE_BASE``). A found date counts as right when its span overlaps
an expected one and its date agrees with the expected value: the same day, month or year
for a day, month or year, inside the extent for a season or an interval (dateparser gives a
datetime; Recoupe's value counts by its first day). ``strict`` counts Recoupe's suggestions
right only when text and EDTF value are exactly the expected ones. Precision = right /
found, recall = right / expected.

``run(quick)`` returns the figures as a dict, for ``benchmarks/run.py``. Nothing asserts.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from desktop.core import edtf  # noqa: E402
from desktop.core.extract.dates import find_dates  # noqa: E402

PUBLISHED = date(2021, 12, 9)
FULL_CHARS = 1_000_000
DATEPARSER_CHARS = {"quick": 100_000, "full": 1_000_000}

_MONTHS = (
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
).split()
_TEMPLATES = (
    "Le {d} {m} {y}, le ministre a annoncé la fin des opérations.",
    "Les autorités ont confirmé jeudi que {n} soldats quitteraient le pays.",
    "En {m} {y}, Bagdad avait indiqué que le nombre de soldats ne dépassait pas {n}.",
    "Depuis {y}, la coalition compte plus de {c} pays membres.",
    "Le {d} {m}, le premier ministre avait déclaré que la mission était terminée.",
    "Selon un rapport publié début {y}, les cellules dormantes restent actives.",
    "La transition sera achevée d’ici la fin de l’année, a précisé le porte-parole.",
    "Hier, des roquettes ont visé la base ; il y a trois ans, l’armée s’était retirée.",
    "Ces derniers mois, {n} camions de matériel ont quitté la base, pour {c} € chacun.",
    "Le sommet se tiendra du {d} au {d2} {m} {y} à Bagdad, l’été {y} ayant été reporté.",
    "Appelez le 01 23 45 67 89 : la réunion aura lieu mardi prochain à 10h30.",
)


def build_text(chars: int, *, seed: int = 7) -> str:
    """Seed paragraphs, shuffled and repeated, mixed with generated sentences with dates."""
    rng = random.Random(seed)
    paragraphs = [
        p.strip()
        for path in sorted((REPO / "seeds").glob("*.txt"))
        for p in path.read_text(encoding="utf-8").split("\n\n")
        if p.strip()
    ]
    out: list[str] = []
    size = 0
    while size < chars:
        if rng.random() < 0.5:
            block = rng.choice(paragraphs)
        else:
            block = " ".join(
                rng.choice(_TEMPLATES).format(
                    d=rng.randint(1, 20),
                    d2=rng.randint(21, 28),
                    m=rng.choice(_MONTHS),
                    y=rng.randint(1990, 2030),
                    n=f"{rng.randint(1, 9)} {rng.randint(0, 999):03d}",
                    c=rng.randint(2, 99),
                )
                for _ in range(rng.randint(2, 5))
            )
        out.append(block)
        size += len(block) + 2
    return "\n\n".join(out)[:chars]


def _best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return min(times)


# ---------------------------------------------------------------------- accuracy


def _load_cases() -> list[tuple[str, str | None, str, list[tuple[str, str, Any]]]]:
    path = REPO / "tests" / "core" / "test_extract_dates.py"
    spec = importlib.util.spec_from_file_location("_recoupe_date_cases", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.CASES)


def _agrees(found: date, expected_value: str) -> bool:
    value = edtf.parse(expected_value)
    if value.precision is edtf.Precision.DAY:
        return found == value.lower
    if value.precision is edtf.Precision.MONTH:
        return (found.year, found.month) == (value.lower.year, value.lower.month)
    if value.precision is edtf.Precision.YEAR:
        return found.year == value.lower.year
    return value.lower <= found <= value.upper


def _score(
    predicted: Sequence[tuple[int, int, date, str | None]],
    expected: Sequence[tuple[int, int, str]],
) -> tuple[int, int]:
    """(lenient right, strict right) for one sentence; each expected item matched once."""
    free = list(expected)
    right = strict = 0
    for start, end, day, exact in predicted:
        for item in free:
            e_start, e_end, value = item
            if start < e_end and e_start < end and _agrees(day, value):
                right += 1
                strict += exact == f"{e_start}:{e_end}:{value}"
                free.remove(item)
                break
    return right, strict


def accuracy() -> dict[str, Any]:
    """Precision and recall of Recoupe and dateparser on the labelled sentences."""
    from dateparser.search import search_dates

    cases = _load_cases()
    totals = {"recoupe": [0, 0, 0], "dateparser": [0, 0, 0]}  # found, right, strict right
    expected_total = 0
    for lang, published, sentence, expected in cases:
        pub = date.fromisoformat(published) if published else None
        spans = []
        at = 0
        for text, value, _basis in expected:
            start = sentence.index(text, at)
            spans.append((start, start + len(text), value))
            at = start + len(text)
        expected_total += len(spans)

        ours = [
            (s.start, s.end, edtf.parse(s.value or "").lower, f"{s.start}:{s.end}:{s.value}")
            for s in find_dates(sentence, published=pub, lang=lang)
        ]
        settings: dict[str, Any] = {}
        if pub is not None:
            settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
        theirs: list[tuple[int, int, date, str | None]] = []
        at = 0
        for text, when in search_dates(sentence, languages=[lang], settings=settings) or []:
            start = sentence.find(text, at)
            start = start if start >= 0 else sentence.find(text)
            theirs.append((start, start + len(text), when.date(), None))
            at = start + len(text)
        for name, predicted in (("recoupe", ours), ("dateparser", theirs)):
            right, strict = _score(predicted, spans)
            totals[name][0] += len(predicted)
            totals[name][1] += right
            totals[name][2] += strict

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    out: dict[str, Any] = {"sentences": len(cases), "expected": expected_total}
    for name, (found, right, strict) in totals.items():
        out[name] = {
            "found": found,
            "right": right,
            "precision": ratio(right, found),
            "recall": ratio(right, expected_total),
        }
        if name == "recoupe":
            out[name]["strict_precision"] = ratio(strict, found)
            out[name]["strict_recall"] = ratio(strict, expected_total)
    return out


# ------------------------------------------------------------------------- speed


def speed(quick: bool) -> dict[str, Any]:
    from dateparser.search import search_dates

    text = build_text(FULL_CHARS)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    runs = 1 if quick else 3
    whole = _best_of(runs, lambda: find_dates(text, published=PUBLISHED, lang="fr"))
    found = len(find_dates(text, published=PUBLISHED, lang="fr"))
    per_paragraph = _best_of(
        runs, lambda: [find_dates(p, published=PUBLISHED, lang="fr") for p in paragraphs]
    )

    budget = DATEPARSER_CHARS["quick" if quick else "full"]
    sample: list[str] = []
    size = 0
    for p in paragraphs:
        if size >= budget:
            break
        sample.append(p)
        size += len(p)
    base = {"RELATIVE_BASE": datetime(PUBLISHED.year, PUBLISHED.month, PUBLISHED.day)}
    search_dates("Le 18 septembre 2021.", languages=["fr"], settings=base)  # warm up
    t0 = time.perf_counter()
    theirs = sum(len(search_dates(p, languages=["fr"], settings=base) or []) for p in sample)
    dateparser_s = time.perf_counter() - t0
    ours_on_sample = _best_of(
        runs, lambda: [find_dates(p, published=PUBLISHED, lang="fr") for p in sample]
    )

    recoupe_cps = len(text) / whole
    dateparser_cps = size / dateparser_s
    return {
        "chars": len(text),
        "paragraphs": len(paragraphs),
        "recoupe_s": round(whole, 4),
        "recoupe_chars_per_s": round(recoupe_cps),
        "recoupe_paragraphs_chars_per_s": round(len(text) / per_paragraph),
        "recoupe_suggestions": found,
        "dateparser_chars": size,
        "dateparser_s": round(dateparser_s, 3),
        "dateparser_chars_per_s": round(dateparser_cps),
        "dateparser_found": theirs,
        "recoupe_on_dateparser_sample_chars_per_s": round(size / ours_on_sample),
        "speed_ratio": round(recoupe_cps / dateparser_cps, 1),
        "speed_ratio_same_paragraphs": round((size / ours_on_sample) / dateparser_cps, 1),
    }


def run(quick: bool) -> dict[str, Any]:
    """All figures: speed (chars/s of both tools and their ratio) and accuracy."""
    return {"quick": quick, "speed": speed(quick), "accuracy": accuracy()}


def _print_table(result: dict[str, Any]) -> None:
    s, a = result["speed"], result["accuracy"]
    print(f"text: {s['chars']:,} characters, {s['paragraphs']:,} paragraphs")
    print(
        f"recoupe     {s['recoupe_chars_per_s']:>12,} chars/s whole text "
        f"({s['recoupe_paragraphs_chars_per_s']:,} by paragraph), "
        f"{s['recoupe_suggestions']:,} suggestions"
    )
    print(
        f"dateparser  {s['dateparser_chars_per_s']:>12,} chars/s on {s['dateparser_chars']:,} "
        f"characters by paragraph, {s['dateparser_found']:,} dates"
    )
    print(
        f"ratio       {s['speed_ratio']:>12}x (same paragraphs: "
        f"{s['speed_ratio_same_paragraphs']}x)"
    )
    print(f"\naccuracy on {a['sentences']} labelled sentences, {a['expected']} expected dates")
    for name in ("recoupe", "dateparser"):
        r = a[name]
        extra = ""
        if "strict_precision" in r:
            extra = (
                f"  strict: precision {r['strict_precision']:.3f}, recall {r['strict_recall']:.3f}"
            )
        print(f"{name:<11} found {r['found']:>4}  right {r['right']:>4}  "
              f"precision {r['precision']:.3f}  recall {r['recall']:.3f}{extra}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="~100 KB for dateparser, one run")
    parser.add_argument("--json", action="store_true", help="one JSON object on stdout")
    args = parser.parse_args(argv)
    result = run(args.quick)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _print_table(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())


def dates(data: dict[str, Any], quick: bool) -> Any:
    """benchmarks/run.py's entry: date suggester against dateparser, speed and accuracy."""
    from bench_util import Results

    res = Results()

    def step() -> None:
        out = run(quick)
        speed, accuracy = out["speed"], out["accuracy"]
        res.figures["date_suggest_chars_per_s"] = speed["recoupe_chars_per_s"]
        res.figures["dateparser_chars_per_s"] = speed["dateparser_chars_per_s"]
        res.figures["date_speed_ratio"] = speed["speed_ratio_same_paragraphs"]
        res.details["dates"] = {"speed": speed, "accuracy": accuracy}

    res.attempt(["date_suggest_chars_per_s", "dateparser_chars_per_s", "date_speed_ratio"], step)
    return res

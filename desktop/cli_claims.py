"""The ``recoupe`` commands about fact-checking: claims, verdict, review files, comparison.

Kept apart from desktop/cli.py like cli_entities; never imports Qt. Exit codes: 0 ok,
1 user error (missing project, unreadable file…), 2 an unknown claim, source or status
(nothing is written).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.claim_json import claims_json, verdict_record
from desktop.core.claim_store import ClaimStore
from desktop.core.claims import default_reviewer
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import Store

Command = Callable[..., argparse.ArgumentParser]

CLAIMS_JSON = """\
--json prints a list, one object per claim (accepted claim annotations, by source and
position):
  id                 the claim's annotation id (what `recoupe verdict --claim` takes)
  source_id, source_title
  start, end         the passage, in characters (code points) of the source's text
  quote              the passage's text
  summary            what is claimed, in short (or null)
  claimant           who makes it: the entity's name, else claimant_text (or null)
  claimant_entity_id, claimant_text
  said_on            when it was said, EDTF (2021-05-03, 2021-05, 2021-05~…) or null
  status             {id, key, name, colour, rating}: key is the built-in status's
                     English key (unverified, corroborated, disputed, false, misleading,
                     unverifiable), null for a status the project added
  evidence           [{id, source_id, start, end, quote, relation (supports |
                     contradicts | context), note, created, created_by}]
  verdicts           {reviewer: latest standing verdict}: {id, claim_id, reviewer,
                     status, rationale, created, final, decided_by, imported_from,
                     withdrawn_at, withdrawn_by, session_id}
  final              the verdict that settled a disagreement (same fields), or null
"""


def register(command: Command) -> None:
    """Add the claim commands to the parser through cli.build_parser's ``command`` helper."""
    p = command(
        "claims",
        cmd_claims,
        "claims of PROJECT with their status, sources, evidence and each reviewer's latest verdict",
    )
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = CLAIMS_JSON
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--source", type=int, metavar="ID", action="append", help="only this source (repeatable)"
    )
    p.add_argument(
        "--status",
        metavar="STATUS",
        action="append",
        help="only claims with this status, by key or name: false, Faux… (repeatable)",
    )

    p = command(
        "verdict",
        cmd_verdict,
        "record a verdict on a claim; it becomes the claim's status and is written in the "
        "audit log like any other",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--claim", type=int, metavar="ID", required=True, help="the claim's id")
    p.add_argument(
        "--status",
        metavar="STATUS",
        required=True,
        help="a status key or name: unverified, corroborated, disputed, false, misleading, "
        "unverifiable, or one the project added",
    )
    p.add_argument("--rationale", metavar="TEXT", help="why")
    p.add_argument("--reviewer", metavar="NAME", help="who judges (default: the system user name)")
    p.add_argument(
        "--final",
        action="store_true",
        help="record it as the final verdict settling a disagreement between reviewers",
    )

    p = command(
        "review-file",
        cmd_review_file,
        "write a reviewer's latest verdicts to OUT.json, for a colleague's second review",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.json")
    p.add_argument("--reviewer", metavar="NAME", help="whose verdicts (default: the system user)")

    p = command(
        "import-review",
        cmd_import_review,
        "import another reviewer's verdicts from a review file (claims found by the "
        "source's SHA-256 and the quote) and compare them with yours",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("file", metavar="FILE.json")
    p.add_argument(
        "--reviewer",
        metavar="NAME",
        help="your name: the audit log records you imported them, and the comparison is "
        "with your verdicts (default: the system user name)",
    )

    p = command(
        "compare-reviews",
        cmd_compare_reviews,
        "two reviewers' verdicts side by side: agreement, Cohen's kappa, disagreements",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("a", metavar="REVIEWER_A")
    p.add_argument("b", metavar="REVIEWER_B")


def _fail(message: str) -> int:
    print(f"recoupe: {message}", file=sys.stderr)
    return 2


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _line(text: str | None, limit: int = 70) -> str:
    text = re.sub(r"\s+", " ", text or "").strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def cmd_claims(args: argparse.Namespace) -> int:
    store = Store.open(Path(args.project))
    try:
        claims = ClaimStore(store)
        try:
            sources = [store.source(SourceId(s)).id for s in args.source] if args.source else None
            statuses = [claims.status_by_key_or_name(s).id for s in args.status or []] or None
        except NotFound as e:
            return _fail(str(e))
        records = claims_json(store, source_ids=sources, status_ids=statuses)
    finally:
        store.close()
    if args.json:
        _dump(records)
        return 0
    if not records:
        print("no claims")
    for r in records:
        said = f"  said {r['said_on']}" if r["said_on"] else ""
        who = f"  by {r['claimant']}" if r["claimant"] else ""
        print(f"{r['id']:>5}  [{r['status']['name']}]  {r['source_title']}{who}{said}")
        print(f"       “{_line(r['quote'])}”")
        if r["summary"]:
            print(f"       summary: {_line(r['summary'])}")
        for reviewer, v in r["verdicts"].items():
            final = " (final)" if v["final"] else ""
            why = f" — {_line(v['rationale'], 50)}" if v["rationale"] else ""
            print(f"       {reviewer}: {v['status']['name']}{final}{why}")
        if r["evidence"]:
            kinds = [e["relation"] for e in r["evidence"]]
            counts = ", ".join(f"{kinds.count(k)} {k}" for k in dict.fromkeys(kinds))
            print(f"       evidence: {counts}")
    return 0


def cmd_verdict(args: argparse.Namespace) -> int:
    reviewer = args.reviewer if args.reviewer is not None else default_reviewer()
    store = Store.open(Path(args.project), lock=True)
    try:
        claims = ClaimStore(store)
        try:
            claim = claims.claim(AnnotationId(args.claim))
            status = claims.status_by_key_or_name(args.status)
        except NotFound as e:
            return _fail(str(e))
        verdict, _ = claims.set_verdict(
            claim.annotation_id,
            who=reviewer,
            status_id=status.id,
            rationale=args.rationale,
            final=args.final,
        )
        record = verdict_record(verdict, {s.id: s for s in claims.statuses()})
    finally:
        store.close()
    if args.json:
        _dump(record)
    else:
        final = " (final)" if verdict.final else ""
        print(f"claim {claim.annotation_id}: {status.name}{final} — {verdict.reviewer}")
    return 0


def cmd_review_file(args: argparse.Namespace) -> int:
    from desktop.core.review.review_file import write_review_file

    reviewer = args.reviewer if args.reviewer is not None else default_reviewer()
    store = Store.open(Path(args.project))
    try:
        count = write_review_file(store, Path(args.out), reviewer=reviewer)
    finally:
        store.close()
    if args.json:
        _dump({"file": str(args.out), "reviewer": reviewer, "verdicts": count})
    else:
        print(f"{count} verdict(s) by {reviewer} written to {args.out}")
    return 0


def _comparison(store: Store, a: str, b: str) -> dict[str, Any]:
    from desktop.core.review.second_review import compare

    c = compare(store, a, b)
    claims = ClaimStore(store)
    names = {s.id: s.label for s in claims.statuses()}
    return {
        "a": a,
        "b": b,
        "claims": len(c.rows),
        "agreement": c.agreement,
        "kappa": c.kappa,
        "rows": [
            {
                "claim_id": int(r.claim_id),
                "a": names[r.a.status_id],
                "b": names[r.b.status_id],
                "agree": r.agree,
                "final": None if r.final is None else names[r.final.status_id],
                "decided_by": None if r.final is None else r.final.decided_by,
            }
            for r in c.rows
        ],
        "disagreements": [int(r.claim_id) for r in c.disagreements],
        "unresolved": [int(r.claim_id) for r in c.unresolved],
        "only_a": [int(i) for i in c.only_a],
        "only_b": [int(i) for i in c.only_b],
    }


def _print_comparison(data: dict[str, Any]) -> None:
    a, b = data["a"], data["b"]
    if not data["claims"]:
        print(f"{a} and {b} reviewed no claim in common")
    else:
        kappa = "—" if data["kappa"] is None else f"{data['kappa']:.3f}"
        print(
            f"{a} and {b} both reviewed {data['claims']} claim(s): "
            f"{data['agreement']:.0%} agree, Cohen's kappa {kappa}"
        )
    for r in data["rows"]:
        if not r["agree"]:
            settled = f"  → {r['final']} ({r['decided_by']})" if r["final"] else "  unresolved"
            print(f"  claim {r['claim_id']:>5}: {a} {r['a']}, {b} {r['b']}{settled}")
    for key, who in (("only_a", a), ("only_b", b)):
        if data[key]:
            print(f"  only {who}: {len(data[key])} claim(s)")


def cmd_import_review(args: argparse.Namespace) -> int:
    from desktop.core.review.review_file import read_review_file
    from desktop.core.review.second_review import import_verdicts

    review = read_review_file(Path(args.file))
    who = args.reviewer if args.reviewer is not None else default_reviewer()
    store = Store.open(Path(args.project), lock=True)
    try:
        report = import_verdicts(store, review, who=who)
        comparison = _comparison(store, who, review.reviewer)
    finally:
        store.close()
    unmatched = [
        {"index": u.index, "reason": u.reason.value, "quote": u.quote, "status": u.status}
        for u in report.unmatched
    ]
    if args.json:
        _dump(
            {
                "file": report.file,
                "reviewer": report.reviewer,
                "imported": len(report.imported),
                "moved": report.moved,
                "already": report.already,
                "unmatched": unmatched,
                "comparison": comparison,
            }
        )
        return 0
    print(
        f"{len(report.imported)} verdict(s) by {report.reviewer} imported from {report.file}"
        + (f" ({report.moved} found at a new position)" if report.moved else "")
        + (f"; {report.already} already imported" if report.already else "")
    )
    for u in unmatched:
        print(f"  not imported ({u['reason']}): “{_line(u['quote'])}” {u['status']}")
    _print_comparison(comparison)
    return 0


def cmd_compare_reviews(args: argparse.Namespace) -> int:
    store = Store.open(Path(args.project))
    try:
        data = _comparison(store, args.a, args.b)
    finally:
        store.close()
    if args.json:
        _dump(data)
    else:
        _print_comparison(data)
    return 0

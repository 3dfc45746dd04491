"""The ``recoupe`` commands about dates: suggest (on a project) and timeline.

Kept apart from desktop/cli.py so each stays short; like every data command, they never
import Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.models import SourceId
from desktop.core.store import Store

Command = Callable[..., argparse.ArgumentParser]


def register(command: Command) -> None:
    """Add the date commands to the parser through cli.build_parser's ``command`` helper."""
    p = command(
        "suggest",
        cmd_suggest,
        "suggest dates in PROJECT's sources (pending until accepted; rejected ones stay rejected)",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--source", type=int, metavar="ID", help="only this source")
    p.add_argument("--accept", action="store_true", help="accept the new suggestions at once")
    p.add_argument(
        "--kind",
        action="append",
        choices=("date", "place", "actor"),
        help="what to suggest, repeatable (default: date)",
    )
    p = command("timeline", cmd_timeline, "events of PROJECT in date order")
    p.add_argument("project", metavar="PROJECT")


def cmd_suggest(args: argparse.Namespace) -> int:
    from desktop.core.suggesting import apply_plans, plan_sources

    store = Store.open(Path(args.project), lock=True)  # a writer: not while Recoupe has it open
    try:
        if args.source is not None:
            ids = [store.source(SourceId(args.source)).id]
        else:
            ids = [s.id for s in store.sources()]
        plans, _ = plan_sources(store, ids, kinds=tuple(args.kind or ("date",)))
        report = apply_plans(store, plans, accept=args.accept)
        added = [i for v in report.added.values() for i in v]
        if args.accept and added:  # accepted places and actors get their entities
            from desktop.core.entity_store import EntityStore

            EntityStore(store).link_annotations(added)
        found = store.annotations(ids=added, status=None) if added else []
        titles = {s.id: s.title for s in store.sources()}
        kinds_by_tag = {t.id: t.kind.value for t in store.tags()}
    finally:
        store.close()
    records = [
        {
            "id": a.id,
            "source_id": a.source_id,
            "start": a.start,
            "end": a.end,
            "quote": a.quote,
            "kind": kinds_by_tag.get(a.tag_id, "date"),
            "value": a.value,
            "basis": a.basis.value if a.basis else None,
            "status": a.status.value,
        }
        for a in found
    ]
    if args.json:
        json.dump(
            {"added": records, "skipped": report.skipped}, sys.stdout, ensure_ascii=False, indent=2
        )
        sys.stdout.write("\n")
        return 0
    state = "accepted" if args.accept else "suggested"
    print(f"{len(records)} passage(s) {state}; {report.skipped} already annotated or rejected")
    for r in records:
        title = titles.get(r["source_id"], "")
        print(f"  {r['id']:>5}  {r['value'] or '—':<24} {r['quote']!r}  ({title})")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from desktop.core.timeline import timeline_json

    store = Store.open(Path(args.project))
    try:
        events: list[dict[str, Any]] = timeline_json(store)
    finally:
        store.close()
    if args.json:
        json.dump(events, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return 0
    if not events:
        print("no dated events")
    for e in events:
        values = " ≠ ".join(v["value"] for v in e.get("values", [])) or e["value"]
        what = e.get("title") or (e.get("quotes") or [""])[0]
        what = " ".join(str(what).split())
        what = what if len(what) <= 60 else what[:59] + "…"
        n = len(e.get("sources", []))
        flag = "  (sources disagree)" if e.get("conflict") else ""
        print(f"{values:<26} {n:>2} source{'s' if n != 1 else ' '}  {what}{flag}")
    return 0

"""The ``recoupe entities`` command: people, organisations and places of a project.

Kept apart from desktop/cli.py like cli_dates; never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.entity_store import EntityStore, entities_json
from desktop.core.store import Store

Command = Callable[..., argparse.ArgumentParser]


def register(command: Command) -> None:
    """Add the entity command to the parser through cli.build_parser's ``command`` helper."""
    p = command(
        "entities",
        cmd_entities,
        "people, organisations and places of PROJECT, with their other names and mentions",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument(
        "--link",
        action="store_true",
        help="first link accepted place and actor annotations that have no entity yet "
        "(annotated by an older version or by `recoupe tag`)",
    )
    p.add_argument(
        "--proposals", action="store_true", help="also list entities that may be the same"
    )


def cmd_entities(args: argparse.Namespace) -> int:
    # --link writes: take the lock then, so it never runs while Recoupe has the project open
    store = Store.open(Path(args.project), lock=bool(args.link))
    try:
        if args.link:
            EntityStore(store).link_unlinked()
        entities = entities_json(store)
        proposals = EntityStore(store).proposals() if args.proposals else []
    finally:
        store.close()
    names = {e["id"]: e["name"] for e in entities}
    found = [
        {"a": int(p.a), "b": int(p.b), "a_name": p.a_name, "b_name": p.b_name, "reason": p.reason}
        for p in proposals
    ]
    if args.json:
        data: object = {"entities": entities, "proposals": found} if args.proposals else entities
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    if not entities:
        print("no entities")
    for e in entities:
        sources = len({m["source_id"] for m in e["mentions"]})
        where = ""
        if e["coordinates"]:
            where = f"  ({e['coordinates']['lat']:.4f}, {e['coordinates']['lon']:.4f})"
        print(
            f"{e['id']:>5}  {e['type']:<12} {e['name']}{where}  "
            f"— {len(e['mentions'])} mention(s) in {sources} source(s)"
        )
        if e["aliases"]:
            print("       also: " + ", ".join(a["alias"] for a in e["aliases"]))
    for p in found:
        a, b = names.get(p["a"], p["a_name"]), names.get(p["b"], p["b_name"])
        print(f"possibly the same: {a} ({p['a']}) ↔ {b} ({p['b']}): {p['reason']}")
    return 0

"""The bundle commands: ``export-bundle``, ``import-bundle`` and ``conflicts``.

Kept apart from desktop/cli.py like cli_entities; never imports Qt. The bundle modules are
imported by the commands that use them, so other commands start no slower.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.store import Store

Command = Callable[..., argparse.ArgumentParser]


def register(command: Command) -> None:
    """Add the bundle commands through cli.build_parser's ``command`` helper."""
    p = command(
        "export-bundle",
        cmd_export_bundle,
        "write PROJECT as one bundle (.zip) a colleague opens or merges in Recoupe: sources, "
        "annotations (W3C), entities, events, claims, review log and an offline report.html",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT.zip")
    p.add_argument("--by", metavar="NAME", help="who exports it (default: the user name)")
    p.add_argument("--language", choices=("en", "fr"), default="en", help="language of report.html")
    p = command(
        "import-bundle",
        cmd_import_bundle,
        "open a bundle as the new project PROJECT, or merge it into PROJECT if it exists "
        "(sources matched by SHA-256, annotations never duplicated, conflicts flagged; "
        "a copy of PROJECT is kept in its backups folder first)",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("bundle", metavar="FILE")
    p.add_argument(
        "--by", metavar="NAME", help="who merges, in the claims' audit log (default: user name)"
    )
    p = command(
        "conflicts",
        cmd_conflicts,
        "list the annotations a merge left in two versions, or keep one version",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--resolve", type=int, metavar="ID", help="the conflict to resolve")
    p.add_argument("--keep", choices=("ours", "theirs"), help="the version to keep")


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from desktop.core.claims import default_reviewer
    from desktop.core.export.bundle import write_bundle

    store = Store.open(Path(args.project))
    try:
        summary = write_bundle(
            store, Path(args.out), exported_by=args.by or default_reviewer(), language=args.language
        )
    finally:
        store.close()
    counts = {
        "sources": summary.sources,
        "annotations": summary.annotations,
        "entities": summary.entities,
        "events": summary.events,
        "claims": summary.claims,
    }
    if args.json:
        _dump({"bundle": str(summary.path), **counts})
    else:
        listed = ", ".join(f"{n} {k}" for k, n in counts.items())
        print(f"wrote {summary.path}: {listed}")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from desktop.core.claims import default_reviewer
    from desktop.core.importing.bundle import import_bundle_new
    from desktop.core.importing.bundle_backup import merge_with_copy

    project, bundle = Path(args.project), Path(args.bundle)
    if not project.exists():
        report = import_bundle_new(bundle, project)
        data: dict[str, Any] = {
            "project": str(report.project),
            "created": True,
            "sources": report.sources,
            "annotations": report.annotations,
            "entities": report.entities,
            "events": report.events,
            "claims": report.claims,
            "orphans": [
                {"uuid": o.uuid, "source": o.source_title, "quote": o.quote} for o in report.orphans
            ],
        }
        if args.json:
            _dump(data)
        else:
            print(
                f"created {report.project}: {report.sources} sources, "
                f"{report.annotations} annotations"
            )
            _print_orphans(data["orphans"])
        return 0
    store = Store.open(project)
    try:
        merged, copy = merge_with_copy(store, bundle, who=args.by or default_reviewer())
    finally:
        store.close()
    data = {"project": str(project), "created": False, "copy_before": str(copy)}
    data |= merged.as_json()
    if args.json:
        _dump(data)
        return 0
    print(
        f"merged {bundle.name} into {project}: {len(merged.sources_added)} new sources, "
        f"{len(merged.annotations_added)} new annotations, "
        f"{len(merged.annotations_updated)} updated, {merged.annotations_unchanged} unchanged"
    )
    for c in data["conflicts"]:
        print(f"conflict: annotations {c['ours']} (ours) and {c['theirs']} (theirs): {c['quote']}")
    if merged.conflicts:
        print("keep one version of each with: recoupe conflicts PROJECT --resolve ID --keep ...")
    _print_orphans(data["orphans"])
    print(f"the project as it was before: {copy}")
    return 0


def _print_orphans(orphans: list[dict[str, str]]) -> None:
    for o in orphans:
        print(f"not placed (quote not in the text here): {o['source']}: {o['quote']}")


def cmd_conflicts(args: argparse.Namespace) -> int:
    from desktop.core.conflicts import Keep, conflicts, resolve_conflict

    store = Store.open(Path(args.project))
    try:
        if args.resolve is not None:
            if args.keep is None:
                print("recoupe: --resolve needs --keep ours or --keep theirs", file=sys.stderr)
                return 2
            resolution, _ = resolve_conflict(store, args.resolve, Keep(args.keep))
            if args.json:
                _dump({"resolved": args.resolve, "kept": resolution.keep.value})
            else:
                print(f"conflict {args.resolve}: kept {resolution.keep.value}")
            return 0
        tags = {t.id: t.name for t in store.tags()}
        found: list[dict[str, Any]] = [
            {
                "id": c.id,
                "source_id": int(c.ours.source_id),
                "quote": c.ours.quote,
                "bundle": c.row.bundle,
                "other_by": c.row.other_by,
                **{
                    side: {
                        "annotation_id": int(a.id),
                        "tag": tags[a.tag_id],
                        "value": a.value,
                        "note": a.note,
                        "status": a.status.value,
                    }
                    for side, a in (("ours", c.ours), ("theirs", c.theirs))
                },
            }
            for c in conflicts(store)
        ]
    finally:
        store.close()
    if args.json:
        _dump(found)
        return 0
    if not found:
        print("no conflicts")
    for c in found:
        print(f"{c['id']:>4}  “{c['quote']}”  (from {c['bundle']}, {c['other_by'] or '?'})")
        for side in ("ours", "theirs"):
            a = c[side]
            extra = "; ".join(x for x in (a["value"], a["note"]) if x)
            print(f"      {side:<6} {a['tag']} [{a['status']}] {extra}")
    return 0

"""``recoupe export`` and the .qdpx branch of ``recoupe import``.

Kept apart from desktop/cli.py like cli_dates and cli_entities; never imports Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.core.export.formats import FORMATS, export
from desktop.core.store import Store

Command = Callable[..., argparse.ArgumentParser]


def register(command: Command) -> None:
    """Add the export command through cli.build_parser's ``command`` helper."""
    listed = "; ".join(f"{f.name}: {f.description}" for f in FORMATS.values())
    p = command(
        "export",
        cmd_export,
        "write PROJECT in an interchange format to OUT (a file, or a folder for csv and "
        "brat, or a .zip); nothing is written if anything fails. Formats — " + listed,
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("out", metavar="OUT")
    p.add_argument(
        "--format",
        "-f",
        required=True,
        choices=list(FORMATS),
        metavar="FMT",
        help="one of " + ", ".join(FORMATS),
    )


def cmd_export(args: argparse.Namespace) -> int:
    store = Store.open(Path(args.project))
    out = Path(args.out)
    try:
        fmt = export(store, args.format, out)
    finally:
        store.close()
    if args.json:
        print(json.dumps({"format": fmt.name, "out": str(out)}, ensure_ascii=False))
    else:
        print(f"{fmt.name}: {out}")
    return 0


def is_qdpx(path: str) -> bool:
    return Path(path).suffix.lower() == ".qdpx"


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    """``recoupe import PROJECT FILE.qdpx``: one REFI-QDA project, all or nothing."""
    from desktop.core.importing.qdpx_store import import_qdpx

    if len(args.files) != 1:
        print("recoupe: import a .qdpx file on its own", file=sys.stderr)
        return 2
    if args.published or args.title or args.url:
        print(
            "recoupe: --published, --title and --url do not apply to a .qdpx file",
            file=sys.stderr,
        )
        return 2
    path = Path(args.files[0])
    store = Store.open_or_create(Path(args.project), lock=True)
    try:
        report = import_qdpx(store, path)
        added = [store.source(s) for s in report.sources_added]
        reused = [store.source(s) for s in report.sources_reused]
        tags = [store.tag(t).name for t in report.tags_added]
    finally:
        store.close()
    notices = [str(n) for n in report.notices]
    if args.json:
        print(
            json.dumps(
                {
                    "file": str(path),
                    "sources_added": [{"id": s.id, "title": s.title} for s in added],
                    "sources_reused": [{"id": s.id, "title": s.title} for s in reused],
                    "tags_added": tags,
                    "annotations_added": report.annotations_total,
                    "notices": notices,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        print(
            f"{path.name}: {len(added)} sources added, {len(reused)} already there, "
            f"{len(tags)} tags added, {report.annotations_total} annotations added"
        )
        for notice in notices:
            print(f"recoupe: {path.name}: {notice}", file=sys.stderr)
    return 0

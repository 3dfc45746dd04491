"""The ``recoupe`` command: the GUI with no arguments, data commands without Qt.

Data commands (import, sources, annotations, tag, search, extract, suggest, timeline) never
import PySide6; only the GUI branches import ``desktop.app``. Every data command takes ``--json``.
Exit codes: 0 ok, 1 user error (missing project, bad id, rejected file…), 2 usage error.
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import io
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from desktop import __version__
from desktop.core.errors import InvalidValue, NotFound, RecoupeError
from desktop.core.models import Annotation, SearchHit, Source, SourceId, Tag, TagId
from desktop.core.store import Store, check_date

_QUOTE_WIDTH = 60


# ------------------------------------------------------------------------ output


def _utf8_streams() -> None:
    """Make stdout/stderr write UTF-8 whatever the locale (pipes, Windows consoles)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None or not isinstance(stream, io.TextIOWrapper):
            continue
        try:
            utf8 = codecs.lookup(stream.encoding).name == "utf-8"
        except LookupError:
            utf8 = False
        if not utf8 or not stream.isatty():
            reconfigure(encoding="utf-8", errors="replace")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _warn(message: str) -> None:
    print(f"recoupe: {message}", file=sys.stderr)


def _width(text: str) -> int:
    """Columns text takes in a terminal: wide (CJK, emoji) characters count two."""
    return sum(
        0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        for ch in text
    )


def _one_line(text: str | None, limit: int | None = None) -> str:
    """Text with every run of whitespace (newlines included) made one space."""
    text = re.sub(r"\s+", " ", text or "")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]], out: TextIO) -> None:
    """Print rows under headers in aligned columns; numbers right-aligned, last column free."""
    cells = [[str(c).strip() for c in row] for row in rows]
    numeric = [all(isinstance(row[i], int) for row in rows) for i in range(len(headers))]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = []
        for i, v in enumerate(values):
            pad = " " * (widths[i] - _width(v))
            last = i == len(values) - 1
            parts.append(pad + v if numeric[i] else v if last else v + pad)
        return "  ".join(parts).rstrip()

    print(line(headers), file=out)
    for row in cells:
        print(line(row), file=out)


def _drop_empty_columns(
    headers: list[str], rows: list[list[object]], optional: set[str]
) -> tuple[list[str], list[list[object]]]:
    keep = [i for i, h in enumerate(headers) if h not in optional or any(r[i] for r in rows)]
    return [headers[i] for i in keep], [[r[i] for i in keep] for r in rows]


# ---------------------------------------------------------------------- records


def _source_record(s: Source, annotations: int) -> dict[str, Any]:
    return {**dataclasses.asdict(s), "annotations": annotations}


def _annotation_record(a: Annotation, tags: dict[TagId, Tag]) -> dict[str, Any]:
    record = {k: getattr(a, k) for k in ("id", "source_id", "start", "end", "quote")}
    return record | {
        "tag": tags[a.tag_id].name,
        "value": a.value,
        "note": a.note,
        "status": a.status.value,
        "basis": a.basis.value if a.basis else None,
    }


def _published(record: dict[str, Any]) -> str:
    """The date, with "?" when it was guessed and nobody confirmed it."""
    if not record["published"]:
        return "—"
    return str(record["published"]) + ("" if record["published_confirmed"] else " ?")


def _hit_record(h: SearchHit) -> dict[str, Any]:
    keys = ("source_id", "title", "start", "end", "match", "before", "after")
    return {k: getattr(h, k) for k in keys}


def _print_annotations(records: list[dict[str, Any]]) -> None:
    headers = ["ID", "SOURCE", "START", "END", "TAG", "STATUS", "VALUE", "NOTE", "QUOTE"]
    rows: list[list[object]] = [
        [
            r["id"],
            r["source_id"],
            r["start"],
            r["end"],
            r["tag"],
            r["status"],
            _one_line(r["value"], 30),
            _one_line(r["note"], 30),
            _one_line(r["quote"], _QUOTE_WIDTH),
        ]
        for r in records
    ]
    headers, rows = _drop_empty_columns(headers, rows, {"VALUE", "NOTE"})
    _table(headers, rows, sys.stdout)


# --------------------------------------------------------------------- commands


def _open(project: str) -> Store:
    """Open an existing project; read commands never create one."""
    return Store.open(Path(project))


def _cmd_import(args: argparse.Namespace) -> int:
    from desktop import cli_export

    if any(cli_export.is_qdpx(f) for f in args.files):  # a REFI-QDA project: all or nothing
        return cli_export.cmd_import_qdpx(args)
    try:
        published = check_date(args.published)
    except InvalidValue as e:
        raise InvalidValue(f"--published: {e}") from None
    from desktop.core.importing import import_files

    store = Store.open_or_create(Path(args.project), lock=True)
    try:
        report = import_files(
            store,
            [Path(f) for f in args.files],
            published=published,
            title=args.title,
            url=args.url,
        )
        added = [store.source(SourceId(i)) for i in report.added]
    finally:
        store.close()
    if args.json:
        _print_json(
            {
                "added": [{"id": s.id, "title": s.title, "file": s.filename} for s in added],
                "duplicates": [
                    {"file": d.filename, "existing_id": d.existing_id} for d in report.duplicates
                ],
                "rejected": [{"file": r.filename, "reason": r.reason} for r in report.rejected],
            }
        )
    else:
        if added:
            _table(
                ["ID", "FILE", "TITLE"], [[s.id, s.filename, s.title] for s in added], sys.stdout
            )
        for d in report.duplicates:
            _warn(str(d))
        for r in report.rejected:
            _warn(str(r))
    return 1 if report.rejected else 0


def _cmd_sources(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        counts = store.annotation_counts()
        records = [_source_record(s, counts.get(s.id, 0)) for s in store.sources()]
    finally:
        store.close()
    if args.json:
        _print_json(records)
    elif not records:
        print("no sources")
    else:
        rows: list[list[object]] = [
            [
                r["id"],
                _published(r),
                r["format"],
                r["lang"],
                r["annotations"],
                r["filename"],
                _one_line(r["title"]),
            ]
            for r in records
        ]
        _table(["ID", "PUBLISHED", "FORMAT", "LANG", "TAGGED", "FILE", "TITLE"], rows, sys.stdout)
    return 0


def _cmd_annotations(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        if args.source is not None:
            store.source(SourceId(args.source))
        tags = {t.id: t for t in store.tags()}
        source_id = None if args.source is None else SourceId(args.source)
        found = store.annotations(source_id=source_id, status=None)
        records = [_annotation_record(a, tags) for a in found]
    finally:
        store.close()
    if args.json:
        _print_json(records)
    elif not records:
        print("no annotations")
    else:
        _print_annotations(records)
    return 0


def _cmd_tag(args: argparse.Namespace) -> int:
    store = Store.open(Path(args.project), lock=True)  # a writer: not while Recoupe has it open
    try:
        source_id = SourceId(args.source)
        length = len(store.source_text(source_id))
        if not 0 <= args.start < args.end <= length:
            raise RecoupeError(
                f"source {source_id}: range {args.start}–{args.end} is not a passage of the "
                f"text: need 0 ≤ start < end ≤ {length} (offsets count characters)"
            )
        try:
            tag = store.tag_named(args.tag)
        except NotFound:
            names = ", ".join(t.name for t in store.tags())
            raise NotFound(f"no tag named “{args.tag}” (tags: {names})") from None
        change = store.add_annotation(
            source_id=source_id,
            start=args.start,
            end=args.end,
            tag_id=tag.id,
            value=args.value,
            note=args.note,
        )
        annotation = store.annotation(change.annotation_ids[0])
        if tag.builtin and tag.kind.value in ("place", "actor"):
            from desktop.core.entity_store import EntityStore

            EntityStore(store).link_annotations([annotation.id])
        record = _annotation_record(annotation, {tag.id: tag})
    finally:
        store.close()
    if args.json:
        _print_json(record)
    else:
        _print_annotations([record])
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    store = _open(args.project)
    try:
        hits = store.search(args.query)
    finally:
        store.close()
    if args.json:
        _print_json([_hit_record(h) for h in hits])
        return 0
    if not hits:
        print("no matches")
        return 0
    ranges = [f"{h.start}–{h.end}" for h in hits]
    width = max(len(r) for r in ranges)
    current: SourceId | None = None
    for h, at in zip(hits, ranges, strict=True):
        if h.source_id != current:
            current = h.source_id
            print(f"{h.source_id}  {_one_line(h.title).strip()}")
        context = f"{_one_line(h.before)}[{_one_line(h.match)}]{_one_line(h.after)}"
        print(f"  {at:<{width}}  {context.strip()}")
    return 0


def _read_text_file(path: Path) -> str:
    """The text of a file as Recoupe imports it: no BOM, line endings made "\\n".

    For a UTF-8 file that is exactly ``open(path, encoding="utf-8").read()`` minus a BOM,
    so suggestion offsets point into it; other encodings are read as the importer reads them.
    """
    try:
        data = path.read_bytes()
    except OSError as e:
        raise RecoupeError(f"{path}: cannot be read ({e.strerror or e})") from None
    from desktop.core.importing import decoding

    decoding.reject_binary(data, str(path))
    decoded = decoding.decode(data, str(path))
    for warning in decoded.warnings:
        _warn(f"{path}: {warning}")
    return decoded.text


def _cmd_extract(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.core.extract import KINDS, suggest

    try:
        published = check_date(args.published)
    except InvalidValue as e:
        raise InvalidValue(f"--published: {e}") from None
    kinds = list(dict.fromkeys(args.kind or ["date"]))
    for kind in kinds:
        if kind not in KINDS:
            raise RecoupeError(
                f"--kind {kind}: suggestions of {kind}s are not available yet "
                f"(available: {', '.join(KINDS)})"
            )
    text = _read_text_file(Path(args.file))
    lang = args.lang
    if lang is None:
        from desktop.core.importing.language import guess_language

        lang = guess_language(text)
    if published is None and "date" in kinds:
        _warn("no --published date: relative dates (hier, jeudi, last week…) are not suggested")
    from desktop.core.extract.entities_model import ModelUnavailable

    try:
        found = suggest(
            text,
            published=date.fromisoformat(published) if published else None,
            lang=lang,
            kinds=kinds,
        )
    except ModelUnavailable as e:
        raise RecoupeError(f"--kind place/actor: {e}") from None
    records = []
    for s in found:
        record: dict[str, Any] = {
            "start": s.start,
            "end": s.end,
            "text": s.text,
            "kind": s.kind,
            "value": s.value,
            "basis": None if s.basis is None else s.basis.value,
        }
        if s.kind in ("place", "actor"):  # value: the canonical name
            record |= {"entity_type": s.entity_type, "aliases": list(s.aliases)}
        records.append(record)
    if args.json:
        _print_json(records)
    elif not records:
        print("no suggestions")
    else:
        keys = ("start", "end", "kind", "value", "basis", "entity_type")
        rows: list[list[object]] = [
            [r.get(k) or "" if k in ("value", "basis", "entity_type") else r[k] for k in keys]
            + [_one_line(r["text"])]
            for r in records
        ]
        headers, rows = _drop_empty_columns(
            ["START", "END", "KIND", "VALUE", "BASIS", "TYPE", "TEXT"], rows, {"BASIS", "TYPE"}
        )
        _table(headers, rows, sys.stdout)
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    project = Path(args.project) if getattr(args, "project", None) else None
    return int(run_gui(project, selftest=args.command == "selftest"))


# ----------------------------------------------------------------------- parser


def _offset(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a whole number") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recoupe",
        description="Read and annotate sources. With no command, opens the window "
        "on the last project (or the demo).",
    )
    parser.add_argument("--version", action="version", version=f"recoupe {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", help="machine-readable output")

    def command(
        name: str, handler: Callable[[argparse.Namespace], int], text: str, data: bool = True
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text, parents=[json_flag] if data else [])
        p.set_defaults(handler=handler)
        return p

    p = command("open", _cmd_gui, "open PROJECT in the window", data=False)
    p.add_argument("project", metavar="PROJECT")
    p = command(
        "selftest", _cmd_gui, "open the demo or PROJECT offscreen and exit (CI)", data=False
    )
    p.add_argument("project", metavar="PROJECT", nargs="?")

    p = command("import", _cmd_import, "import files into PROJECT (created if missing)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date of the files")
    p.add_argument("--title", help="title of the source (one FILE only)")
    p.add_argument("--url", help="address the source was read at (one FILE only)")

    p = command("sources", _cmd_sources, "list the sources of PROJECT")
    p.add_argument("project", metavar="PROJECT")

    p = command("annotations", _cmd_annotations, "list annotations of every status")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--source", type=int, metavar="ID", help="only this source")

    p = command("tag", _cmd_tag, "tag a passage; offsets count characters (code points)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--source", type=int, metavar="ID", required=True)
    p.add_argument("--start", type=_offset, metavar="N", required=True)
    p.add_argument("--end", type=_offset, metavar="N", required=True)
    p.add_argument("--tag", required=True, help="tag name or kind (date, place, actor, claim)")
    p.add_argument("--value", help="normalised value, e.g. 2024-05-03 for a date")
    p.add_argument("--note")

    p = command("search", _cmd_search, "find passages (accent- and case-insensitive)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("query", metavar="QUERY")

    p = command(
        "extract",
        _cmd_extract,
        "suggest dates, places and actors in a text file (no project); offsets count "
        "characters (code points) of the text as imported: BOM dropped, line endings read "
        "as \\n; a place or actor's value is its canonical name",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--published", metavar="YYYY-MM-DD", help="publication date: completes relative dates"
    )
    p.add_argument("--lang", choices=("fr", "en"), help="language (default: guessed from the text)")
    p.add_argument(
        "--kind",
        action="append",
        choices=("date", "place", "actor"),
        help="what to suggest, repeatable (default: date)",
    )
    from desktop import cli_dates, cli_entities

    cli_dates.register(command)
    cli_entities.register(command)
    from desktop import cli_export

    cli_export.register(command)
    from desktop import cli_claims

    cli_claims.register(command)
    from desktop import cli_check

    cli_check.register(command)
    from desktop import cli_bundle

    cli_bundle.register(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command in argv (default sys.argv[1:]) and return its exit code."""
    _utf8_streams()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "import" and len(args.files) > 1 and (args.title or args.url):
            parser.error("--title and --url apply to one FILE only")
    except SystemExit as e:  # --help, --version and usage errors
        return e.code if isinstance(e.code, int) else 0 if e.code is None else 2
    if args.command is None:
        from desktop.app import run_gui

        return int(run_gui(None))
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except RecoupeError as e:
        _warn(str(e))
        return 1
    except KeyboardInterrupt:
        _warn("interrupted")
        return 130
    except BrokenPipeError:  # `recoupe sources P | head`
        # Python flushes stdout again at exit: point it at devnull so that is quiet too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    sys.exit(main())

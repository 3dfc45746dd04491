"""``recoupe check``: is a project file sound? Reported in plain sentences.

The file is only read (``mode=ro``): checking a project open in Recoupe is safe, and
checking a damaged file changes nothing in it. What is looked at, in order:

1. the file: there, an SQLite database, a Recoupe project (else nothing more is checked);
2. SQLite's ``integrity_check`` (every page, index and constraint);
3. the schema: the version of Recoupe it needs, upgrade steps still to run;
4. ``foreign_key_check``: rows pointing to rows that are gone;
5. Recoupe's own rules: each annotation's range lies inside its source's text and reads
   its quote there; the search index counts every source; links left behind by deleted
   annotations (kept on purpose, so that undo can restore them) are counted.

Each finding is a ``Finding``: a severity and an English sentence template marked for
translation with its values, like ``RecoupeError`` (the interface translates it).
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from desktop import __version__
from desktop.core import project_file
from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError, fill

_SHOWN_IDS: Final = 10
_SHOWN_PROBLEMS: Final = 20


class Severity(enum.Enum):
    INFO = "info"
    """All is well, or worth knowing."""
    WARNING = "warning"
    """The file is readable but some rows are inconsistent."""
    ERROR = "error"
    """The file is damaged, foreign or cannot be read by this Recoupe."""


@dataclass(frozen=True)
class Finding:
    severity: Severity
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """The English sentence."""
        return fill(self.template, self.params)

    def as_error(self) -> RecoupeError:
        """The finding as a RecoupeError, for ``desktop.ui.messages.localized``."""
        return RecoupeError(self.template, **self.params)


@dataclass
class CheckReport:
    path: Path
    findings: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """No error and no warning."""
        return all(f.severity is Severity.INFO for f in self.findings)

    @property
    def damaged(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def add(self, severity: Severity, template: str, /, **params: object) -> None:
        self.findings.append(Finding(severity, template, params))


def check_project(path: str | Path) -> CheckReport:
    """Check the project file at path; reads it only."""
    report = CheckReport(Path(path))
    try:
        project_file.check_header(report.path)
    except RecoupeError as e:
        report.add(Severity.ERROR, e.template, **e.params)
        return report
    try:
        with project_file.reading(report.path) as conn:
            _check_open(conn, report)
    except sqlite3.DatabaseError as e:
        report.add(
            Severity.ERROR,
            QT_TRANSLATE_NOOP("Messages", "SQLite cannot read the file: it is damaged ({error})"),
            error=str(e),
        )
    return report


def _check_open(conn: sqlite3.Connection, report: CheckReport) -> None:
    problems = project_file.problems(conn, quick=False, limit=_SHOWN_PROBLEMS)
    tables = _tables(conn)
    if problems:
        report.add(
            Severity.ERROR,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The file is damaged: SQLite's integrity check failed. First problems "
                "found: {problems}",
            ),
            problems="; ".join(problems[:5]),
        )
    else:
        report.add(
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "Messages", "SQLite's integrity check passed: every page and index is sound."
            ),
        )
    if project_file.MIGRATIONS_TABLE not in tables:
        report.add(
            Severity.ERROR,
            QT_TRANSLATE_NOOP("Messages", "This is an SQLite database, but not a Recoupe project."),
        )
        return
    if not _check_schema(conn, report) or problems:
        return
    _check_foreign_keys(conn, report)
    _check_rules(conn, report, tables)


def _check_schema(conn: sqlite3.Connection, report: CheckReport) -> bool:
    """Report the schema's version; False when it is too new to check further."""
    from sqlite_utils import Database

    db = Database(conn)
    state = project_file.schema_state(db)
    if state.unknown:
        try:
            project_file.refuse_newer(db, report.path, state)
        except project_file.NewerProject as e:
            report.add(Severity.ERROR, e.template, **e.params)
        return False
    if state.pending:
        report.add(
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Made by an older version of Recoupe: upgrade steps to run when it is next "
                "opened: {count} (a backup is taken first).",
            ),
            count=len(state.pending),
        )
    else:
        report.add(
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The schema is up to date (schema steps: {steps}; Recoupe {version} or later).",
            ),
            steps=len(state.applied),
            version=project_file.version_needed(state.applied),
        )
    return True


def _check_foreign_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    broken: dict[tuple[str, str], list[int]] = {}
    for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
        broken.setdefault((str(table), str(parent)), []).append(int(rowid or 0))
    if not broken:
        report.add(
            Severity.INFO,
            QT_TRANSLATE_NOOP("Messages", "Every link between rows points to a row that exists."),
        )
    for (table, parent), rowids in sorted(broken.items()):
        _broken_links(report, table, parent, len(rowids), _ids(rowids))


def _broken_links(report: CheckReport, table: str, parent: str, count: int, ids: str) -> None:
    """One sentence per kind of row pointing to a missing row of another table."""
    w = Severity.WARNING
    pair = (table, parent)
    if pair == ("annotations", "sources"):
        report.add(
            w,
            QT_TRANSLATE_NOOP(
                "Messages", "Annotations whose source is gone: {count:,} (ids {ids})."
            ),
            count=count,
            ids=ids,
        )
    elif pair == ("annotations", "tags"):
        report.add(
            w,
            QT_TRANSLATE_NOOP("Messages", "Annotations whose tag is gone: {count:,} (ids {ids})."),
            count=count,
            ids=ids,
        )
    elif pair == ("source_originals", "sources"):
        report.add(
            w,
            QT_TRANSLATE_NOOP(
                "Messages", "Original files kept for sources that are gone: {count:,} (ids {ids})."
            ),
            count=count,
            ids=ids,
        )
    elif pair == ("furniture", "sources"):
        report.add(
            w,
            QT_TRANSLATE_NOOP(
                "Messages", "Page-furniture ranges of sources that are gone: {count:,} (ids {ids})."
            ),
            count=count,
            ids=ids,
        )
    elif pair == ("event_members", "events"):
        report.add(
            w,
            QT_TRANSLATE_NOOP(
                "Messages", "Timeline memberships of events that are gone: {count:,} (rows {ids})."
            ),
            count=count,
            ids=ids,
        )
    elif pair in (("entity_aliases", "entities"), ("annotation_entities", "entities")):
        report.add(
            w,
            QT_TRANSLATE_NOOP(
                "Messages", "Names and links of entities that are gone: {count:,} (rows {ids})."
            ),
            count=count,
            ids=ids,
        )
    else:
        report.add(
            w,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Rows of table {table} pointing to missing rows of table {parent}: {count:,} "
                "(rows {ids}).",
            ),
            table=table,
            parent=parent,
            count=count,
            ids=ids,
        )


def _check_rules(conn: sqlite3.Connection, report: CheckReport, tables: set[str]) -> None:
    outside = _column(
        conn,
        "SELECT a.id FROM annotations a JOIN sources s ON s.id = a.source_id "
        'WHERE a.start < 0 OR a."end" > length(s.text) OR a."end" <= a.start ORDER BY a.id',
    )
    if outside:
        report.add(
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Annotations whose range lies outside their source's text: {count:,} (ids {ids}).",
            ),
            count=len(outside),
            ids=_ids(outside),
        )
    moved = _column(
        conn,
        "SELECT a.id FROM annotations a JOIN sources s ON s.id = a.source_id "
        'WHERE a.start >= 0 AND a."end" <= length(s.text) '
        'AND substr(s.text, a.start + 1, a."end" - a.start) IS NOT a.quote ORDER BY a.id',
    )
    if moved:
        report.add(
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Annotations whose quote is not the text at their range: {count:,} (ids {ids}).",
            ),
            count=len(moved),
            ids=_ids(moved),
        )
    if not outside and not moved:
        report.add(
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "Messages", "Every annotation reads its quote at its place in its source."
            ),
        )
    _check_search_index(conn, report, tables)
    leftovers = sum(
        _count(
            conn,
            f"SELECT count(*) FROM {table} WHERE annotation_id NOT IN (SELECT id FROM annotations)",
        )
        for table in ("event_members", "annotation_entities")
        if table in tables
    )
    if leftovers:
        report.add(
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "Messages",
                "Links kept for deleted annotations, so that undo can restore them: {count:,} "
                "(harmless).",
            ),
            count=leftovers,
        )
    report.add(
        Severity.INFO,
        QT_TRANSLATE_NOOP("Messages", "Sources: {sources:,}; annotations: {annotations:,}."),
        sources=_count(conn, "SELECT count(*) FROM sources"),
        annotations=_count(conn, "SELECT count(*) FROM annotations"),
    )


def _check_search_index(conn: sqlite3.Connection, report: CheckReport, tables: set[str]) -> None:
    if "sources_fts_docsize" not in tables:
        return
    indexed = _count(conn, "SELECT count(*) FROM sources_fts_docsize")
    sources = _count(conn, "SELECT count(*) FROM sources")
    missing = _count(
        conn, "SELECT count(*) FROM sources WHERE id NOT IN (SELECT id FROM sources_fts_docsize)"
    )
    if indexed != sources or missing:
        report.add(
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "Messages",
                "The search index does not match the sources (indexed: {indexed:,}; "
                "sources: {sources:,}): search may miss sources.",
            ),
            indexed=indexed,
            sources=sources,
        )


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _column(conn: sqlite3.Connection, sql: str) -> list[int]:
    return [int(r[0]) for r in conn.execute(sql).fetchall()]


def _count(conn: sqlite3.Connection, sql: str) -> int:
    row = conn.execute(sql).fetchone()
    return int(row[0]) if row else 0


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN_IDS])
    return shown + (", …" if len(ids) > _SHOWN_IDS else "")


def summary(report: CheckReport, line: Callable[[Finding], str] | None = None) -> str:
    """The report as lines of text: a verdict, then one line per finding."""
    if report.damaged:
        verdict = f"{report.path}: PROBLEMS FOUND (the file is damaged or cannot be used)"
    elif not report.ok:
        verdict = f"{report.path}: readable, with inconsistencies"
    else:
        verdict = f"{report.path}: sound (Recoupe {__version__})"
    render = line or (lambda f: f"  {f.severity.value:<7}  {f.message}")
    return "\n".join([verdict, *(render(f) for f in report.findings)])

"""`recoupe check`: integrity, broken links, schema version and annotation rules, in words."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop import __version__
from desktop.cli import main
from desktop.core import project_file
from desktop.core.backups import list_backups
from desktop.core.checking import CheckReport, Severity, check_project, summary
from desktop.core.migrations import known_migration_names, migrations
from desktop.core.models import ImportedSource, TagId
from desktop.core.project_file import (
    VERSION_KEY,
    NewerProject,
    NotAProject,
    ProjectDamaged,
    version_needed,
)
from desktop.core.store import Store

TEXT = "Le 3 mai, le convoi a quitté Bagdad. L’ONU confirme. 🙂 Café noir. " * 40


def _project(path: Path, sources: int = 3) -> Path:
    store = Store.create(path)
    for i in range(sources):
        text = f"Source {i}. " + TEXT
        sid = store.add_source(
            ImportedSource(
                filename=f"{i}.txt",
                format="txt",
                original=text.encode("utf-8"),
                text=text,
                encoding="utf-8",
                title=f"Source {i}",
                lang="fr",
            )
        ).source_ids[0]
        for start in range(10, 200, 20):
            store.add_annotation(source_id=sid, start=start, end=start + 5, tag_id=TagId(1))
    store.close()
    return path


def _messages(report: CheckReport, severity: Severity) -> list[str]:
    return [f.message for f in report.findings if f.severity is severity]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _raw(path: Path) -> sqlite3.Connection:
    """A connection that does what the app never does: foreign keys off."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def test_a_sound_project_is_reported_sound(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe")
    before = _digest(path)
    report = check_project(path)
    assert report.ok and not report.damaged, summary(report)
    infos = _messages(report, Severity.INFO)
    assert "SQLite's integrity check passed: every page and index is sound." in infos
    assert "Every link between rows points to a row that exists." in infos
    assert "Every annotation reads its quote at its place in its source." in infos
    assert "Sources: 3; annotations: 30." in infos
    assert any(m.startswith("The schema is up to date") for m in infos)
    assert _digest(path) == before  # checking only reads


def test_overwritten_pages_are_found_and_the_file_is_left_alone(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe", sources=12)
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages > 8
    for n in range(pages // 2, pages // 2 + 3):  # three pages in the middle: garbage
        data[n * page : (n + 1) * page] = bytes((n * 7 + i) % 251 for i in range(page))
    path.write_bytes(bytes(data))
    report = check_project(path)
    assert report.damaged and not report.ok
    (error,) = _messages(report, Severity.ERROR)
    assert error.startswith("The file is damaged") or error.startswith("SQLite cannot read")
    assert (
        summary(report)
        .splitlines()[0]
        .endswith("PROBLEMS FOUND (the file is damaged or cannot be used)")
    )
    with pytest.raises(ProjectDamaged) as info:
        Store.open(path, keep_backups=5)
    assert str(path) in str(info.value) and "left exactly as it was" in str(info.value)
    assert path.read_bytes() == bytes(data)
    assert list_backups(path) == []  # a damaged file is not copied over the good backups


def test_foreign_files_are_named_as_such(tmp_path: Path) -> None:
    text = tmp_path / "notes.recoupe"
    text.write_text("Pas un projet.", encoding="utf-8")
    report = check_project(text)
    assert _messages(report, Severity.ERROR) == ["not a Recoupe project (not an SQLite database)"]
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x(y)")
    conn.commit()
    conn.close()
    report = check_project(other)
    assert "This is an SQLite database, but not a Recoupe project." in _messages(
        report, Severity.ERROR
    )
    with pytest.raises(NotAProject):
        Store.open(other)
    assert _messages(check_project(tmp_path / "missing.recoupe"), Severity.ERROR) == [
        "no such file"
    ]


def test_broken_links_are_counted_in_words(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe")
    conn = _raw(path)
    conn.execute("DELETE FROM sources WHERE id = 2")  # its annotations now point nowhere
    conn.execute(
        'INSERT INTO annotations(source_id, tag_id, start, "end", quote, prefix, suffix, '
        "created, modified) VALUES (1, 99, 0, 2, 'So', '', '', 'x', 'x')"
    )
    conn.commit()
    conn.close()
    report = check_project(path)
    assert not report.ok and not report.damaged
    warnings = _messages(report, Severity.WARNING)
    assert (
        "Annotations whose source is gone: 10 (ids 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)."
        in warnings
    )
    assert "Annotations whose tag is gone: 1 (ids 31)." in warnings
    assert any(m.startswith("Original files kept for sources that are gone: 1") for m in warnings)


def test_annotations_that_no_longer_read_their_quote(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe")
    conn = _raw(path)
    conn.execute("UPDATE annotations SET quote = 'autre' WHERE id = 3")
    conn.execute('UPDATE annotations SET "end" = 100000 WHERE id = 5')
    conn.commit()
    conn.close()
    warnings = _messages(check_project(path), Severity.WARNING)
    assert "Annotations whose quote is not the text at their range: 1 (ids 3)." in warnings
    assert "Annotations whose range lies outside their source's text: 1 (ids 5)." in warnings


def test_code_points_not_bytes(tmp_path: Path) -> None:
    """SQLite's substr and length count characters: an emoji before the quote is one."""
    path = _project(tmp_path / "p.recoupe", sources=1)
    store = Store.open(path)
    text = store.source_text(store.sources()[0].id)
    start = text.index("Café")
    store.add_annotation(
        source_id=store.sources()[0].id, start=start, end=start + 4, tag_id=TagId(2)
    )
    store.close()
    assert check_project(path).ok


def test_a_search_index_out_of_step(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe")
    conn = _raw(path)
    conn.execute("DELETE FROM sources_fts_docsize WHERE id = 1")
    conn.commit()
    conn.close()
    warnings = _messages(check_project(path), Severity.WARNING)
    assert any(m.startswith("The search index does not match the sources") for m in warnings)


def test_schema_versions(tmp_path: Path) -> None:
    names = known_migration_names()
    old = tmp_path / "old.recoupe"
    conn = sqlite3.connect(old)
    migrations.apply(Database(conn), stop_before=names[-2])
    conn.close()
    (info,) = [m for m in _messages(check_project(old), Severity.INFO) if "older" in m]
    assert info == (
        "Made by an older version of Recoupe: upgrade steps to run when it is next opened: 2 "
        "(a backup is taken first)."
    )
    future = _project(tmp_path / "future.recoupe", sources=1)
    conn = sqlite3.connect(future)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('recoupe', '9999_from_the_future', 'x')"
    )
    conn.execute("UPDATE meta SET value = '9.2.0' WHERE key = ?", [VERSION_KEY])
    conn.commit()
    conn.close()
    (error,) = _messages(check_project(future), Severity.ERROR)
    assert error == (
        "made by a newer version of Recoupe: it needs Recoupe 9.2.0 or later "
        f"(this is Recoupe {__version__})"
    )
    with pytest.raises(NewerProject) as opened:
        Store.open(future)
    assert opened.value.needed == "9.2.0"
    assert "needs Recoupe 9.2.0 or later" in str(opened.value)


def test_each_file_records_the_recoupe_it_needs(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe", sources=1)
    with project_file.reading(path) as conn:
        (recorded,) = conn.execute("SELECT value FROM meta WHERE key = ?", [VERSION_KEY]).fetchone()
    assert recorded == version_needed(known_migration_names())
    assert version_needed(["0001_initial"]) == "0.1.0"
    assert version_needed(["0001_initial", "9999_unreleased"]) == __version__
    for step, release in project_file.SCHEMA_RELEASES.items():
        assert step in known_migration_names(), step
        assert version_needed([step]) == release


def test_a_newer_file_without_a_recorded_version_still_says_what_to_do(tmp_path: Path) -> None:
    path = _project(tmp_path / "p.recoupe", sources=1)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('recoupe', '9999_from_the_future', 'x')"
    )
    conn.execute("DELETE FROM meta WHERE key = ?", [VERSION_KEY])
    conn.commit()
    conn.close()
    with pytest.raises(NewerProject, match="schema step 9999_from_the_future"):
        Store.open(path)


def test_read_only_refuses_a_file_that_needs_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.recoupe"
    conn = sqlite3.connect(path)
    migrations.apply(Database(conn), stop_before=known_migration_names()[-1])
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(Exception, match="open it once for writing"):
        Store.open(path, read_only=True)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_cli_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path / "p.recoupe", sources=1)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"{path}: sound (Recoupe {__version__})"
    conn = _raw(path)
    conn.execute("DELETE FROM sources")
    conn.commit()
    conn.close()
    assert main(["check", str(path), "--json"]) == 1
    record = json.loads(capsys.readouterr().out)
    assert record["ok"] is False and record["damaged"] is False
    assert {
        "severity": "warning",
        "message": "Annotations whose source is gone: 10 (ids 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).",
    } in record["findings"]

"""Numbered schema steps. Each runs once, in its own transaction, recorded by sqlite-utils."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SCHEMA_SET = "recoupe"
migrations = Migrations(SCHEMA_SET)

BUILTIN_TAGS = (
    # name, kind, colour, shortcut
    ("Date", "date", "#f5c542", "D"),
    ("Place", "place", "#5fb85f", "P"),
    ("Actor", "actor", "#5b9bd5", "A"),
    ("Claim", "claim", "#e0707a", "C"),
)


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT NOT NULL,
            url TEXT,
            published TEXT,
            published_how TEXT,
            published_confirmed INTEGER NOT NULL DEFAULT 0,
            imported_at TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            filename TEXT NOT NULL,
            format TEXT NOT NULL,
            encoding TEXT NOT NULL,
            lang TEXT NOT NULL,
            size INTEGER NOT NULL,
            text TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE source_originals (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            original BLOB NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            kind TEXT NOT NULL,
            colour TEXT NOT NULL,
            shortcut TEXT UNIQUE,
            builtin INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            value TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'accepted',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        )
        """
    )
    db.execute("CREATE INDEX idx_annotations_source ON annotations(source_id, start)")
    db.execute("CREATE INDEX idx_annotations_tag ON annotations(tag_id)")
    db.execute("CREATE INDEX idx_annotations_status ON annotations(status)")
    db.execute("CREATE INDEX idx_sources_published ON sources(published)")
    # Full-text index over titles and texts. remove_diacritics 2 makes "Aïn" find "Ain";
    # apostrophes (' and ’) are separators, so "L’Irak" indexes "l" and "irak".
    db.execute(
        """
        CREATE VIRTUAL TABLE sources_fts USING fts5(
            title, text,
            content='sources', content_rowid='id',
            tokenize="unicode61 remove_diacritics 2"
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER sources_fts_insert AFTER INSERT ON sources BEGIN
            INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER sources_fts_delete AFTER DELETE ON sources BEGIN
            INSERT INTO sources_fts(sources_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER sources_fts_update AFTER UPDATE OF title, text ON sources BEGIN
            INSERT INTO sources_fts(sources_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO sources_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
        END
        """
    )
    for position, (name, kind, colour, shortcut) in enumerate(BUILTIN_TAGS):
        db.execute(
            "INSERT INTO tags(name, kind, colour, shortcut, builtin, position) "
            "VALUES (?, ?, ?, ?, 1, ?)",
            [name, kind, colour, shortcut, position],
        )


@migrations(name="0002_annotation_counts_index")
def m0002_annotation_counts_index(db: Database) -> None:
    # counting a source's accepted annotations (sources pane) reads the index, not the table
    db.execute("CREATE INDEX idx_annotations_source_status ON annotations(source_id, status)")


@migrations(name="0003_annotation_basis")
def m0003_annotation_basis(db: Database) -> None:
    # how a date value was resolved: absolute, from the publication date, from another date
    db.execute("ALTER TABLE annotations ADD COLUMN basis TEXT")


@migrations(name="0004_events")
def m0004_events(db: Database) -> None:
    # events the user made on the timeline (merged, split out or titled); dates that are
    # in no user event are grouped automatically (desktop.core.timeline).
    # annotation_id is deliberately not a foreign key: deleting an annotation keeps its
    # membership row, so undoing the delete (same id, never reused: AUTOINCREMENT) puts it
    # back in its event. Readers join on annotations, so a row of a deleted one is inert.
    db.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            title TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE event_members (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            annotation_id INTEGER NOT NULL UNIQUE
        )
        """
    )
    db.execute("CREATE INDEX idx_event_members_event ON event_members(event_id)")


@migrations(name="0005_entities")
def m0005_entities(db: Database) -> None:
    # people, organisations and places the annotations speak of, with their other names
    db.execute(
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            name TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place')),
            note TEXT,
            lat REAL,
            lon REAL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE entity_aliases (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            reason TEXT,
            UNIQUE (entity_id, alias)
        )
        """
    )
    # like event_members: no foreign key to annotations, so undoing an annotation's
    # deletion (same id, never reused) finds its entity link again
    db.execute(
        """
        CREATE TABLE annotation_entities (
            annotation_id INTEGER PRIMARY KEY,
            entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
        )
        """
    )
    db.execute("CREATE INDEX idx_annotation_entities_entity ON annotation_entities(entity_id)")
    db.execute("CREATE INDEX idx_entity_aliases_alias ON entity_aliases(alias)")
    # what the user did to entities (merge, split, rename, confirm), for the record
    db.execute(
        """
        CREATE TABLE entity_history (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            entity_ids TEXT NOT NULL,
            detail TEXT
        )
        """
    )


@migrations(name="0006_furniture")
def m0006_furniture(db: Database) -> None:
    # page furniture ("Lire aussi", share prompts, ads, credits): ranges of a source's text
    # drawn dimmed and left out of suggestions and the timeline. origin: 'auto' (found at
    # import) or 'user'; is_furniture 0 records that the user unmarked an automatic range.
    db.execute(
        """
        CREATE TABLE furniture (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            is_furniture INTEGER NOT NULL DEFAULT 1,
            origin TEXT NOT NULL DEFAULT 'auto',
            reason TEXT,
            UNIQUE (source_id, start, "end"),
            CHECK (start >= 0 AND "end" > start)
        )
        """
    )
    db.execute("CREATE INDEX idx_furniture_source ON furniture(source_id, start)")


def schema_version(db: Database) -> int:
    """The number of the newest migration this code knows."""
    return len(migrations._migrations)


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]

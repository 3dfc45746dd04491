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


BUILTIN_CLAIM_STATUSES = (
    # key, name, colour, ClaimReview rating (1 false … 5 true)
    ("unverified", "Unverified", "#9e9e9e", None),
    ("corroborated", "Corroborated", "#2e7d32", 5),
    ("disputed", "Disputed", "#ef6c00", 3),
    ("false", "False", "#c62828", 1),
    ("misleading", "Misleading", "#ad1457", 2),
    ("unverifiable", "Unverifiable", "#6d4c41", None),
)


@migrations(name="0007_claims")
def m0007_claims(db: Database) -> None:
    # Fact-checking (desktop.core.claim_store). A claim is an annotation of a 'claim' tag;
    # its editable fields live in `claims`. Like annotation_entities, the rows that point
    # at annotations (claims, evidence, verdicts) have no foreign key to them, nor to
    # sources or entities: undoing a deletion (same id, never reused) finds them again,
    # and readers join, so rows of a deleted annotation are inert.
    db.execute(
        """
        CREATE TABLE claim_statuses (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            key TEXT UNIQUE,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            colour TEXT NOT NULL,
            position INTEGER NOT NULL DEFAULT 0,
            rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
        )
        """
    )
    for position, (key, name, colour, rating) in enumerate(BUILTIN_CLAIM_STATUSES):
        db.execute(
            "INSERT INTO claim_statuses(key, name, colour, position, rating)"
            " VALUES (?, ?, ?, ?, ?)",
            [key, name, colour, position, rating],
        )
    db.execute(
        """
        CREATE TABLE claims (
            annotation_id INTEGER PRIMARY KEY,
            summary TEXT,
            claimant_entity_id INTEGER,
            claimant_text TEXT,
            said_on TEXT,
            status_id INTEGER REFERENCES claim_statuses(id),
            modified TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE evidence (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL,
            source_id INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            relation TEXT NOT NULL CHECK (relation IN ('supports', 'contradicts', 'context')),
            note TEXT,
            created TEXT NOT NULL,
            created_by TEXT NOT NULL,
            CHECK (start >= 0 AND "end" > start)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE review_sessions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            reviewer TEXT NOT NULL,
            queue TEXT NOT NULL,
            source_ids TEXT NOT NULL DEFAULT '[]',
            claim_ids TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL DEFAULT 0,
            started TEXT NOT NULL,
            finished TEXT
        )
        """
    )
    # previous_status_id: the claim's status just before this verdict, put back when the
    # verdict is withdrawn. A verdict row is never deleted, and only its withdrawal, its
    # status (when a status is deleted) and previous_status_id may change.
    db.execute(
        """
        CREATE TABLE verdicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            claim_id INTEGER NOT NULL,
            reviewer TEXT NOT NULL,
            status_id INTEGER NOT NULL REFERENCES claim_statuses(id),
            previous_status_id INTEGER REFERENCES claim_statuses(id),
            rationale TEXT,
            created TEXT NOT NULL,
            final INTEGER NOT NULL DEFAULT 0,
            decided_by TEXT,
            imported_from TEXT,
            withdrawn_at TEXT,
            withdrawn_by TEXT,
            session_id INTEGER REFERENCES review_sessions(id)
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER verdicts_no_delete BEFORE DELETE ON verdicts BEGIN
            SELECT RAISE(ABORT, 'verdicts are kept: withdraw a verdict instead');
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER verdicts_fixed BEFORE UPDATE OF id, claim_id, reviewer, rationale,
            created, final, decided_by, imported_from, session_id ON verdicts BEGIN
            SELECT RAISE(ABORT, 'a verdict cannot be rewritten');
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER verdicts_withdrawn_once BEFORE UPDATE OF withdrawn_at, withdrawn_by
            ON verdicts WHEN old.withdrawn_at IS NOT NULL BEGIN
            SELECT RAISE(ABORT, 'a withdrawn verdict stays withdrawn');
        END
        """
    )
    # Append-only: who did what, when, old -> new. Triggers refuse any change; an INSERT
    # (also INSERT OR REPLACE) that reuses an id is refused too.
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            who TEXT NOT NULL,
            action TEXT NOT NULL,
            object_kind TEXT NOT NULL,
            object_id INTEGER,
            claim_id INTEGER,
            field TEXT,
            old TEXT,
            new TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER audit_log_no_reuse BEFORE INSERT ON audit_log
            WHEN new.id IS NOT NULL AND EXISTS (SELECT 1 FROM audit_log WHERE id = new.id)
        BEGIN
            SELECT RAISE(ABORT, 'the audit log is append-only');
        END
        """
    )
    db.execute(
        """
        CREATE TABLE dismissed_contradictions (
            key TEXT PRIMARY KEY,
            who TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_claim_statuses_position ON claim_statuses(position)")
    db.execute("CREATE INDEX idx_claims_status ON claims(status_id)")
    db.execute("CREATE INDEX idx_claims_entity ON claims(claimant_entity_id)")
    db.execute("CREATE INDEX idx_evidence_claim ON evidence(claim_id)")
    db.execute("CREATE INDEX idx_evidence_source ON evidence(source_id, start)")
    db.execute("CREATE INDEX idx_verdicts_claim ON verdicts(claim_id, created)")
    db.execute("CREATE INDEX idx_verdicts_reviewer ON verdicts(reviewer)")
    db.execute("CREATE INDEX idx_verdicts_status ON verdicts(status_id)")
    db.execute("CREATE INDEX idx_verdicts_previous ON verdicts(previous_status_id)")
    db.execute("CREATE INDEX idx_review_sessions_reviewer ON review_sessions(reviewer)")
    db.execute("CREATE INDEX idx_audit_claim ON audit_log(claim_id)")
    db.execute("CREATE INDEX idx_audit_who ON audit_log(who)")
    db.execute("CREATE INDEX idx_audit_at ON audit_log(at)")
    db.execute("CREATE INDEX idx_audit_action ON audit_log(action)")
    db.execute("CREATE INDEX idx_audit_object ON audit_log(object_kind, object_id)")


@migrations(name="0008_bundle_merge")
def m0008_bundle_merge(db: Database) -> None:
    # Bundles (desktop.core.export.bundle, desktop.core.importing.bundle) carry annotations
    # from one project to another, and merging must know an annotation again and tell who
    # changed it (desktop.core.origins). An annotation's identity is a UUID: derived from
    # the project's uuid and the annotation id when it was made here (no row needed), or
    # the one it came with, kept in annotation_origins. annotation_versions holds the
    # versions it went through: received ones (version: a hash) and, written by the
    # trigger, the fields it had before each edit here (fields: JSON). Like
    # annotation_entities, no foreign key to annotations: undoing a deletion (same id,
    # never reused) finds the rows again.
    import uuid

    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('uuid', ?)", [str(uuid.uuid4())])
    db.execute(
        """
        CREATE TABLE annotation_origins (
            annotation_id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE
        )
        """
    )
    db.execute(
        """
        CREATE TABLE annotation_versions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            annotation_id INTEGER NOT NULL,
            version TEXT,
            fields TEXT,
            CHECK ((version IS NULL) != (fields IS NULL))
        )
        """
    )
    db.execute("CREATE INDEX idx_annotation_versions ON annotation_versions(annotation_id)")
    db.execute(
        """
        CREATE TRIGGER annotations_keep_version AFTER UPDATE OF tag_id, value, note, status,
            basis ON annotations
        WHEN old.tag_id IS NOT new.tag_id OR old.value IS NOT new.value
            OR old.note IS NOT new.note OR old.status IS NOT new.status
            OR old.basis IS NOT new.basis
        BEGIN
            INSERT INTO annotation_versions(annotation_id, fields)
            SELECT old.id, json_array(t.name, t.kind, t.builtin, old.value, old.note,
                                      old.status, old.basis)
            FROM tags t WHERE t.id = old.tag_id;
        END
        """
    )
    # Both sides changed the same annotation: theirs is kept as a second annotation
    # (other_id) beside ours (annotation_id) until the user keeps one of them.
    db.execute(
        """
        CREATE TABLE annotation_conflicts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            annotation_id INTEGER NOT NULL,
            other_id INTEGER NOT NULL UNIQUE,
            bundle TEXT NOT NULL,
            other_by TEXT,
            created TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX idx_annotation_conflicts_ours ON annotation_conflicts(annotation_id)")
    # Audit entries that came with a bundle (a project made from one keeps the sender's
    # audit log): which bundle, and when. The entries themselves stay as they were.
    db.execute(
        """
        CREATE TABLE audit_imported (
            audit_id INTEGER PRIMARY KEY,
            bundle TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )
        """
    )


def schema_version(db: Database) -> int:
    """The number of the newest migration this code knows."""
    return len(migrations._migrations)


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]

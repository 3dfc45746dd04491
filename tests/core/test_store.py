"""The project file: schema, stable ids, undo support, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.errors import DuplicateSource, InvalidValue, NotFound, ProjectError
from desktop.core.migrations import known_migration_names
from desktop.core.models import AnnotationStatus, ChangeKind, TagId, TagKind
from desktop.core.store import Store
from tests.conftest import MakeSource

PLACE = TagId(2)


def test_migrations_on_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "new.recoupe"
    store = Store.create(path)
    assert store.applied_migrations() == known_migration_names()
    assert [t.name for t in store.tags()] == ["Date", "Place", "Actor", "Claim"]
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    reopened = Store.open(path)
    assert reopened.applied_migrations() == known_migration_names()
    assert reopened.name == "new"
    reopened.close()


def test_a_damaged_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "damaged.recoupe"
    damaged = b"SQLite format 3\x00" + bytes(100)
    path.write_bytes(damaged)
    with pytest.raises(ProjectError, match="damaged.recoupe"):
        Store.open(path)
    assert path.read_bytes() == damaged


def test_refuses_files_that_are_not_projects(tmp_path: Path) -> None:
    text = tmp_path / "notes.recoupe"
    text.write_text("hello")
    with pytest.raises(ProjectError, match="not a Recoupe project"):
        Store.open(text)
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x(y)")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="not a Recoupe project"):
        Store.open(other)
    assert other.read_bytes().startswith(b"SQLite format 3")
    with pytest.raises(ProjectError, match="no such file"):
        Store.open(tmp_path / "missing.recoupe")


def test_refuses_a_project_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "future.recoupe"
    Store.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) "
        "VALUES ('recoupe', '9999_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="newer version"):
        Store.open(path)


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "p.recoupe"
    path.write_bytes(b"precious")
    with pytest.raises(ProjectError, match="already exists"):
        Store.create(path)
    assert path.read_bytes() == b"precious"


def test_annotation_keeps_quote_and_context(store: Store, make_source: MakeSource) -> None:
    text = "x" * 40 + " à Bagdad 😀 et " + "y" * 40
    sid = make_source(text)
    start = text.index("Bagdad")
    change = store.add_annotation(source_id=sid, start=start, end=start + 6, tag_id=PLACE)
    assert change.kind is ChangeKind.ANNOTATIONS_ADDED
    a = store.annotation(change.annotation_ids[0])
    assert (a.quote, a.prefix, a.suffix) == (
        "Bagdad",
        text[start - 32 : start],
        text[start + 6 : start + 38],
    )
    assert a.status is AnnotationStatus.ACCEPTED
    with pytest.raises(InvalidValue):
        store.add_annotation(source_id=sid, start=5, end=5, tag_id=PLACE)
    with pytest.raises(InvalidValue):
        store.add_annotation(source_id=sid, start=0, end=len(text) + 1, tag_id=PLACE)


def test_restoring_a_deleted_annotation_keeps_its_id(store: Store, make_source: MakeSource) -> None:
    sid = make_source("Le 18 janvier à Bagdad.")
    first = store.add_annotation(
        source_id=sid, start=3, end=13, tag_id=TagId(1), value="2026-01-18"
    )
    second = store.add_annotation(source_id=sid, start=16, end=22, tag_id=PLACE)
    a = store.annotation(first.annotation_ids[0])
    store.delete_annotations([a.id])
    assert [x.id for x in store.annotations()] == [second.annotation_ids[0]]
    store.restore_annotations([a])
    assert store.annotation(a.id) == a
    # ids are never reused, even after a deletion of the newest row
    store.delete_annotations([second.annotation_ids[0]])
    third = store.add_annotation(source_id=sid, start=16, end=22, tag_id=PLACE)
    assert third.annotation_ids[0] > second.annotation_ids[0]


def test_update_and_restore_fields(store: Store, make_source: MakeSource) -> None:
    sid = make_source("jeudi")
    aid = store.add_annotation(source_id=sid, start=0, end=5, tag_id=TagId(1)).annotation_ids[0]
    before = store.annotation(aid)
    store.update_annotation(aid, value="2021-12-09", note="  ")
    after = store.annotation(aid)
    assert after.value == "2021-12-09" and after.note is None
    store.restore_annotation_fields(before)
    assert store.annotation(aid).value is None


def test_duplicate_bytes_are_refused(store: Store, make_source: MakeSource) -> None:
    make_source("Même texte", "Premier")
    with pytest.raises(DuplicateSource, match="Premier"):
        make_source("Même texte", "Second")
    assert len(store.sources()) == 1


def test_source_delete_and_restore_with_annotations(store: Store, make_source: MakeSource) -> None:
    sid = make_source("Aïn al-Assad est une base.")
    aid = store.add_annotation(source_id=sid, start=0, end=12, tag_id=PLACE).annotation_ids[0]
    snapshot = store.source_snapshot(sid)
    store.delete_source(sid)
    assert store.sources() == [] and store.annotations() == []
    assert store.search("assad") == []
    store.restore_source(snapshot)
    assert store.source(sid).title == "Source"
    assert store.annotation(aid).quote == "Aïn al-Assad"
    assert store.source_original(sid) == "Aïn al-Assad est une base.".encode()
    assert store.search("ain")[0].source_id == sid


def test_source_properties(store: Store, make_source: MakeSource) -> None:
    sid = make_source("texte")
    before = store.source(sid)
    store.update_source(sid, title="Titre", published="2026-01-19", url="https://example.org/a")
    s = store.source(sid)
    assert (s.title, s.published, s.published_how, s.published_confirmed) == (
        "Titre",
        "2026-01-19",
        "user",
        True,
    )
    with pytest.raises(InvalidValue, match="not a date"):
        store.update_source(sid, published="2026-02-30")
    with pytest.raises(InvalidValue):
        store.update_source(sid, title=" ")
    store.restore_source_fields(before)
    assert store.source(sid) == before


def test_tags_validate_and_restore(store: Store, make_source: MakeSource) -> None:
    tag_id = store.add_tag(name="Chiffre", colour="#123456", shortcut="1").tag_ids[0]
    with pytest.raises(InvalidValue, match="already"):
        store.add_tag(name="chiffre", colour="#123456")
    with pytest.raises(InvalidValue, match="key 1"):
        store.add_tag(name="Autre", colour="#123456", shortcut="1")
    with pytest.raises(InvalidValue, match="colour"):
        store.add_tag(name="Autre", colour="red")
    with pytest.raises(InvalidValue, match="built in"):
        store.delete_tag(TagId(1))
    sid = make_source("2 500 soldats")
    aid = store.add_annotation(source_id=sid, start=0, end=5, tag_id=tag_id).annotation_ids[0]
    snapshot = store.tag_snapshot(tag_id)
    store.delete_tag(tag_id)
    assert store.annotations() == []
    with pytest.raises(NotFound):
        store.tag(tag_id)
    store.restore_tag(snapshot)
    assert store.tag(tag_id).kind is TagKind.USER
    assert store.annotation(aid).tag_id == tag_id
    assert store.tag_named("place").id == PLACE


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Aïn", "Ain"),
        ("ain", "Ain"),
        ("AIN", "Ain"),
        ("etat islamique", "État islamique"),
        ("l'irak", "L’Irak"),
        ("irak", "Irak"),
        ('"al Asad"', "al-Asad"),
        ("retrait", "retraits"),
    ],
)
def test_search_is_accent_and_case_insensitive(
    store: Store, make_source: MakeSource, query: str, expected: str
) -> None:
    text = "😀 L’Irak : l'État islamique, Ain al-Asad et les retraits."
    sid = make_source(text)
    hits = store.search(query)
    assert hits, query
    assert hits[0].source_id == sid
    assert text[hits[0].start : hits[0].end] == expected
    assert hits[0].match == expected


def test_search_lists_every_hit_in_context(store: Store, make_source: MakeSource) -> None:
    a = make_source(
        "La base d’Aïn al-Assad. " + "Texte de remplissage. " * 5 + "Retour à Aïn al-Assad.", "A"
    )
    b = make_source("Rien ici sur la base.", "B")
    hits = store.search("assad")
    assert [h.source_id for h in hits] == [a, a]
    assert hits[1].before.endswith("Retour à Aïn al-")
    assert store.search("base")[0].source_id in (a, b)
    assert len({h.source_id for h in store.search("base")}) == 2
    assert store.search("") == [] and store.search('"') == [] and store.search("zzz") == []


def test_text_around_counts_code_points(store: Store, make_source: MakeSource) -> None:
    text = "😀é\u0301" * 100 + "Bagdad" + "👍🏽" * 100
    sid = make_source(text)
    start = text.index("Bagdad")
    window, offset, length = store.text_around(sid, start, start + 6, margin=5)
    assert length == len(text)
    assert window == text[start - 5 : start + 11] and offset == start - 5
    a = store.annotation(
        store.add_annotation(
            source_id=sid, start=start, end=start + 6, tag_id=PLACE
        ).annotation_ids[0]
    )
    assert (a.quote, a.prefix, a.suffix) == (
        "Bagdad",
        text[start - 32 : start],
        text[start + 6 : start + 38],
    )


def test_words_found_close_together_make_one_hit(store: Store, make_source: MakeSource) -> None:
    text = (
        "Ils ont quitté la base d'Ayn al-Asad hier.\n"
        "Asad, plus loin, puis une longue phrase sur Ayn."
    )
    sid = make_source(text)
    hits = store.search("ayn asad")
    assert [text[h.start : h.end] for h in hits] == ["Ayn al-Asad", "Asad", "Ayn"]
    assert all(h.source_id == sid for h in hits)


def test_a_project_of_the_previous_version_opens_and_is_upgraded(tmp_path: Path) -> None:
    from sqlite_utils import Database

    from desktop.core.migrations import migrations

    path = tmp_path / "old.recoupe"
    conn = sqlite3.connect(path)
    names = known_migration_names()
    migrations.apply(Database(conn), stop_before=names[-1])
    conn.execute(
        "INSERT INTO sources(title, imported_at, sha256, filename, format, encoding, lang, "
        "size, text) VALUES ('Ancien', 'x', 'abc', 'a.txt', 'txt', 'utf-8', 'fr', 5, 'Texte')"
    )
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.applied_migrations() == names
    assert [s.title for s in store.sources()] == ["Ancien"]
    indexes = {r[1] for r in store.db.execute("PRAGMA index_list(annotations)")}
    assert "idx_annotations_source_status" in indexes
    store.close()


def test_a_date_keeps_how_it_was_resolved(store: Store, make_source: MakeSource) -> None:
    from desktop.core.models import DateBasis

    sid = make_source("jeudi", published="2021-12-10")
    aid = store.add_annotation(
        source_id=sid,
        start=0,
        end=5,
        tag_id=TagId(1),
        value="2021-12-09",
        basis=DateBasis.PUBLICATION,
    ).annotation_ids[0]
    a = store.annotation(aid)
    assert a.basis is DateBasis.PUBLICATION
    store.update_annotation(aid, value="2021-12-02", basis=DateBasis.ABSOLUTE)
    assert store.annotation(aid).basis is DateBasis.ABSOLUTE
    store.restore_annotation_fields(a)
    assert store.annotation(aid) == a
    store.delete_annotations([aid])
    store.restore_annotations([a])
    assert store.annotation(aid) == a

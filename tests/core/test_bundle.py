"""Project bundles: export → import → export gives the same content; hostile bundles are
refused with a clear message and nothing written."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path

import pytest

from desktop.core.claim_reads import ClaimReader
from desktop.core.entity_reads import EntityReader
from desktop.core.errors import RecoupeError
from desktop.core.export.bundle import (
    ANNOTATIONS,
    MANIFEST,
    PROJECT,
    ExportCancelled,
    write_bundle,
)
from desktop.core.importing import bundle as bundle_reading
from desktop.core.importing.bundle import (
    ImportCancelled,
    import_bundle_new,
    merge_bundle,
    read_bundle,
)
from desktop.core.importing.bundle_claims_import import imported_audit_entries
from desktop.core.origins import Origins
from desktop.core.safe_archive import Limits
from desktop.core.store import Store
from desktop.core.timeline import timeline_json
from tests.core.bundle_project import dump, entries, full_project, parts, write_entries
from tests.core.hostile_zips import HOSTILE
from tests.core.w3c_schemas import must_failures


@pytest.fixture
def bundle(store: Store, tmp_path: Path) -> Path:
    full_project(store)
    out = tmp_path / "bundle.zip"
    write_bundle(store, out, exported_by="Alice")
    return out


# ---------------------------------------------------------------- round trip


def test_export_import_export_gives_the_same_content(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    report = import_bundle_new(bundle, tmp_path / "copy.recoupe")
    assert (report.sources, report.annotations, report.entities, report.events) == (2, 9, 2, 1)
    assert report.claims == 1 and report.orphans == ()
    copy = Store.open(tmp_path / "copy.recoupe")
    again = tmp_path / "again.zip"
    write_bundle(copy, again, exported_by="Alice")
    assert parts(again) == parts(bundle)
    # the files themselves are the same bytes (the manifest differs by its timestamp only)
    first, second = entries(bundle), entries(again)
    assert [n for n in first if first[n] != second[n]] in ([], [MANIFEST])
    # and the copy holds what the original holds
    assert [s.sha256 for s in copy.sources()] == [s.sha256 for s in store.sources()]
    assert [copy.source_original(s.id) for s in copy.sources()] == [
        store.source_original(s.id) for s in store.sources()
    ]
    assert copy.annotations(status=None) == store.annotations(status=None)
    assert timeline_json(copy) == timeline_json(store)
    assert EntityReader(copy).history() == EntityReader(store).history()
    claims, theirs = ClaimReader(copy), ClaimReader(store)
    assert claims.claims() == theirs.claims()
    assert claims.audit_log() == theirs.audit_log()
    assert claims.verdicts_for(claims.claims()[0].annotation_id, include_withdrawn=True) == (
        theirs.verdicts_for(theirs.claims()[0].annotation_id, include_withdrawn=True)
    )
    # the copy's audit entries are the sender's, marked as imported
    assert set(imported_audit_entries(copy)) == {a.id for a in theirs.audit_log()}
    assert set(imported_audit_entries(copy).values()) == {"bundle.zip"}
    # identities are kept, but the copy is a project of its own
    ids = [a.id for a in store.annotations(status=None)]
    assert Origins(copy).identities(ids) == Origins(store).identities(ids)
    assert Origins(copy).project != Origins(store).project
    copy.close()


def test_exporting_twice_gives_the_same_files(store: Store, bundle: Path, tmp_path: Path) -> None:
    second = write_bundle(store, tmp_path / "second.zip", exported_by="Alice").path
    assert parts(second) == parts(bundle)
    with zipfile.ZipFile(second) as z:
        assert {i.date_time for i in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_the_bundle_holds_what_the_issue_lists(bundle: Path) -> None:
    files = entries(bundle)
    manifest = json.loads(files[MANIFEST])
    assert manifest["format"] == "recoupe-bundle" and manifest["format_version"] == 1
    assert manifest["project"] == "test" and manifest["exported_by"] == "Alice"
    assert set(manifest["files"]) == set(files) - {MANIFEST}
    assert {"report.html", "entities.json", "events.json", "claims.json"} <= set(files)
    assert sum(1 for n in files if n.endswith("/text.txt")) == 2
    collection = json.loads(files[ANNOTATIONS])
    assert collection["type"] == "AnnotationCollection"
    items = collection["first"]["items"]
    assert len(items) == collection["total"] == 9
    for item in items:
        assert must_failures(item) == [], item["id"]
        kinds = {s["type"] for s in item["target"]["selector"]}
        assert kinds == {"TextQuoteSelector", "TextPositionSelector"}
        assert item["id"].startswith("urn:uuid:")
    purposes = {b["purpose"] for item in items for b in item["body"]}
    assert {"tagging", "describing", "commenting"} <= purposes
    # offsets are code points of the stored text, which the bundle carries
    for item in items:
        sha = item["target"]["source"].removeprefix("urn:sha256:")
        text = files[f"sources/{sha}/text.txt"].decode("utf-8")
        quote, position = item["target"]["selector"]
        assert text[position["start"] : position["end"]] == quote["exact"]


def test_cancelling_an_export_leaves_no_file(store: Store, tmp_path: Path) -> None:
    full_project(store)
    out = tmp_path / "out.zip"
    with pytest.raises(ExportCancelled):
        write_bundle(store, out, exported_by=None, cancelled=lambda: True)
    assert not out.exists() and list(tmp_path.glob("*.part")) == []


# ------------------------------------------------------------ hostile bundles


def _refused_everywhere(store: Store, hostile: Path, tmp_path: Path, words: str) -> None:
    """Importing as a new project leaves no file; merging leaves the project as it was."""
    target = tmp_path / "new" / "project.recoupe"
    target.parent.mkdir(exist_ok=True)
    with pytest.raises(RecoupeError, match=words) as info:
        import_bundle_new(hostile, target)
    assert str(hostile) in str(info.value)
    assert list(target.parent.iterdir()) == []
    before = dump(store)
    files = [store.path, Path(f"{store.path}-wal")]
    raw = [p.read_bytes() for p in files if p.exists()]
    with pytest.raises(RecoupeError, match=words):
        merge_bundle(store, hostile)
    assert [p.read_bytes() for p in files if p.exists()] == raw
    assert dump(store) == before


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_archives_are_refused_and_nothing_is_written(
    kind: str, store: Store, bundle: Path, tmp_path: Path
) -> None:
    builder, words = HOSTILE[kind]
    hostile = tmp_path / f"{kind.replace(' ', '_')}.zip"
    builder(hostile, entries(bundle))
    if kind == "lying sizes":  # refused before it is read: its name is no bundle's
        words = "“Sources/liar.txt” is not a file a Recoupe bundle holds"
    _refused_everywhere(store, hostile, tmp_path, words)


def test_an_entry_that_inflates_past_what_it_declares_is_refused(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    """A listed entry, with the right hash, whose headers lie about its size."""
    files = entries(bundle)
    files["report.html"] = bytes(5 * 1024 * 1024)
    hostile = write_entries(tmp_path / "liar.zip", files)
    data = bytearray(hostile.read_bytes())
    name = b"report.html"
    for signature, size_at, name_at in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        i = -1
        while (i := data.find(signature, i + 1)) >= 0:
            if data[i + name_at : i + name_at + len(name)] == name:
                struct.pack_into("<I", data, i + size_at, 10)
    hostile.write_bytes(bytes(data))
    _refused_everywhere(store, hostile, tmp_path, "report.html")


def test_a_zip_bomb_in_a_listed_entry_is_refused(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    files = entries(bundle)
    files["report.html"] = bytes(20 * 1024 * 1024)  # compresses about 1,000 times
    hostile = write_entries(tmp_path / "bomb.zip", files)
    _refused_everywhere(store, hostile, tmp_path, "“report.html” is compressed .* zip bomb")


def test_an_entry_past_the_size_limit_is_refused(
    store: Store, bundle: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_reading, "LIMITS", Limits(max_entry_bytes=1000))
    _refused_everywhere(store, bundle, tmp_path, "more than the 1,000 allowed for one entry")


def _changed(bundle: Path, tmp_path: Path, name: str, **changes: object) -> Path:
    files = entries(bundle)
    data = json.loads(files[name])
    data.update(changes)
    files[name] = json.dumps(data).encode()
    return write_entries(tmp_path / "changed.zip", files)


def test_a_future_format_names_the_recoupe_it_needs(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    files = entries(bundle)
    manifest = json.loads(files[MANIFEST])
    manifest.update(format_version=3, app_version="2.4.0", requires="2.1.0")
    files[MANIFEST] = json.dumps(manifest).encode()
    hostile = write_entries(tmp_path / "future.zip", files, rehash=False)
    _refused_everywhere(store, hostile, tmp_path, r"update Recoupe to 2\.1\.0 or later")


def test_a_missing_manifest_is_refused(store: Store, bundle: Path, tmp_path: Path) -> None:
    files = entries(bundle)
    del files[MANIFEST]
    hostile = write_entries(tmp_path / "no_manifest.zip", files)
    _refused_everywhere(store, hostile, tmp_path, "no manifest.json")


def test_a_hash_mismatch_names_the_file(store: Store, bundle: Path, tmp_path: Path) -> None:
    files = entries(bundle)
    text = next(n for n in files if n.endswith("text.txt"))
    files[text] = files[text].replace(b"Bagdad", b"Bagdat")
    hostile = write_entries(tmp_path / "tampered.zip", files, rehash=False)
    _refused_everywhere(store, hostile, tmp_path, f"“{text}” does not match the SHA-256")


def test_an_original_that_is_not_what_its_record_says_is_refused(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    files = entries(bundle)
    original = next(n for n in files if "/original." in n)
    files[original] = b"something else"
    hostile = write_entries(tmp_path / "swapped.zip", files)  # manifest made to match
    _refused_everywhere(store, hostile, tmp_path, "does not have the SHA-256 of its record")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("evil.xml", b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', "not a file a Recoupe bundle"),
        ("sources/../x.txt", b"x", "“..”"),
        ("project.json", b"{not json", r"not valid JSON \(line 1, column 2\)"),
    ],
)
def test_unexpected_or_broken_entries_are_refused(
    store: Store, bundle: Path, tmp_path: Path, name: str, data: bytes, words: str
) -> None:
    files = entries(bundle)
    files[name] = data
    hostile = write_entries(tmp_path / "odd.zip", files)
    _refused_everywhere(store, hostile, tmp_path, words)


def test_an_entry_not_in_the_manifest_is_refused(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    files = entries(bundle)
    files["report.html"] = b"<p>changed</p>"
    manifest = json.loads(files[MANIFEST])
    del manifest["files"]["report.html"]
    files[MANIFEST] = json.dumps(manifest).encode()
    hostile = write_entries(tmp_path / "unlisted.zip", files, rehash=False)
    _refused_everywhere(store, hostile, tmp_path, "“report.html” is not a file a Recoupe bundle")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"tags": "none"}, "invalid value at “tags”"),
        ({"sources": [{"sha256": "00"}]}, "invalid value at “title”|“id”"),
        ({"annotations": {}}, "lacks an id"),
        ({"conflicts": [{"ours": "x", "theirs": "y"}]}, "invalid value"),
    ],
)
def test_malformed_project_parts_are_refused(
    store: Store, bundle: Path, tmp_path: Path, change: dict[str, object], words: str
) -> None:
    hostile = _changed(bundle, tmp_path, PROJECT, **change)
    _refused_everywhere(store, hostile, tmp_path, words)


def test_references_to_unknown_annotations_are_refused(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    stranger = "urn-not-in-bundle"
    hostile = _changed(
        bundle,
        tmp_path,
        "events.json",
        events=[{"id": 1, "title": None, "created": "x", "modified": "x", "members": [stranger]}],
    )
    _refused_everywhere(store, hostile, tmp_path, "invalid value at “members”")


def test_a_failed_import_leaves_no_project_behind(bundle: Path, tmp_path: Path) -> None:
    target = tmp_path / "new.recoupe"
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 12  # after the bundle was read, while writing

    with pytest.raises(ImportCancelled):
        import_bundle_new(bundle, target, cancelled=cancel)
    assert calls > 12
    assert not target.exists() and not list(tmp_path.glob(".new.recoupe*"))


def test_a_cancelled_merge_rolls_back_completely(
    store: Store, bundle: Path, tmp_path: Path
) -> None:
    import_bundle_new(bundle, tmp_path / "other.recoupe")
    other = Store.open(tmp_path / "other.recoupe")
    other.add_tag(name="Nouveau", colour="#abcdef")
    other.update_annotation(other.annotations()[0].id, note="changé ailleurs")
    write_bundle(other, tmp_path / "other.zip", exported_by="Bob")
    other.close()
    before = dump(store)
    calls = 0

    def cancel() -> bool:
        nonlocal calls
        calls += 1
        return calls > 13

    with pytest.raises(ImportCancelled):
        merge_bundle(store, tmp_path / "other.zip", cancelled=cancel)
    assert dump(store) == before


def test_read_bundle_writes_nothing(bundle: Path, tmp_path: Path) -> None:
    listing = sorted(tmp_path.iterdir())
    read = read_bundle(bundle)
    assert read.project_name == "test" and read.exported_by == "Alice"
    assert len(read.annotations) == 9 and len(read.sources) == 2
    assert sorted(tmp_path.iterdir()) == listing


@pytest.mark.parametrize(
    ("field", "value"),
    [("published", "hier"), ("lang", "de"), ("title", "  ")],
)
def test_source_records_are_checked(
    store: Store, bundle: Path, tmp_path: Path, field: str, value: str
) -> None:
    project = json.loads(entries(bundle)[PROJECT])
    project["sources"][0][field] = value
    hostile = _changed(bundle, tmp_path, PROJECT, sources=project["sources"])
    _refused_everywhere(store, hostile, tmp_path, f"invalid value at “(sources\\[0\\]\\.)?{field}”")

"""REFI-QDA export: valid against Project.xsd, and written the way real tools read it."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import xmlschema

from desktop.core.export.common import ExportCancelled
from desktop.core.export.qdpx import ORIGIN, write_qdpx
from desktop.core.importing.qdpx import read_qdpx
from desktop.core.store import Store
from tests.core.export_project import TEXT_FR, build
from tests.core.qdpx_fixtures import atlas, qualcoder

XSD = Path(__file__).resolve().parents[1] / "standards" / "refi-qda" / "Project.xsd"
NS = "{urn:QDA-XML:project:1.0}"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def test_the_project_is_valid_against_project_xsd(
    store: Store, tmp_path: Path, schema: xmlschema.XMLSchema
) -> None:
    build(store)
    path = tmp_path / "p.qdpx"
    write_qdpx(store, path)
    with zipfile.ZipFile(path) as z:
        qde = z.read("project.qde")
    schema.validate(qde.decode("utf-8"))
    assert qde.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    assert b"\r" not in qde


def test_the_schema_check_is_live(schema: xmlschema.XMLSchema) -> None:
    bad = '<Project xmlns="urn:QDA-XML:project:1.0"><Users/></Project>'  # no name, no User
    assert not schema.is_valid(bad)


def test_hand_written_fixtures_are_valid_too(tmp_path: Path, schema: xmlschema.XMLSchema) -> None:
    for build_fixture, entry in ((qualcoder, "project.qde"), (atlas, "Trial.qde")):
        path = build_fixture(tmp_path / f"{entry}.qdpx")
        with zipfile.ZipFile(path) as z:
            text = z.read(entry).decode("utf-8")
        assert [str(e)[:200] for e in schema.iter_errors(text)] == []


def test_sources_are_utf8_without_bom_and_positions_are_code_points(
    store: Store, tmp_path: Path
) -> None:
    sample = build(store)
    path = tmp_path / "p.qdpx"
    write_qdpx(store, path)
    project = read_qdpx(path)
    assert project.origin == ORIGIN and project.from_recoupe
    with zipfile.ZipFile(path) as z:
        texts = [z.read(n) for n in z.namelist() if n.startswith("Sources/")]
    assert all(not t.startswith(b"\xef\xbb\xbf") and b"\r" not in t for t in texts)
    assert TEXT_FR.encode("utf-8") in texts
    fr = next(s for s in project.sources if s.text == TEXT_FR)
    for selection in fr.selections:
        assert TEXT_FR[selection.start : selection.end] == selection.name
    actor = store.annotation(sample.actor_fr)
    assert any((s.start, s.end) == (actor.start, actor.end) for s in fr.selections)


def test_codes_entities_notes_and_variables(store: Store, tmp_path: Path) -> None:
    build(store)
    path = tmp_path / "p.qdpx"
    write_qdpx(store, path)
    project = read_qdpx(path)
    top = {c.name: c for c in project.codes.values() if c.parent is None}
    assert set(top) == {"Date", "Place", "Actor", "Claim", "Vérifié ✓"}
    assert top["Vérifié ✓"].colour == "#123abc" and top["Place"].colour == "#5fb85f"
    children = {c.name: project.codes[c.parent].name for c in project.codes.values() if c.parent}
    assert children == {"Bagdad": "Place", "Me\u0301lanie Dupont": "Actor"}
    place = next(
        s for src in project.sources for s in src.selections if s.name == "Baghdad"
    )  # coded with the tag and the entity it is linked to
    assert {project.codes[c].name for c in place.codes} == {"Place", "Bagdad"}
    assert place.description == "Bagdad"
    notes = [project.notes[n] for src in project.sources for s in src.selections for n in s.notes]
    assert sorted(notes) == ["capitale 🇮🇶", 'dit "jeudi"\nà vérifier', "porte-parole"]
    fr = next(s for s in project.sources if s.text == TEXT_FR)
    assert (fr.url, fr.published) == ("https://example.org/retrait?id=1&x=2", "2026-01-19")


def test_guids_are_stable_and_distinct(store: Store, tmp_path: Path) -> None:
    build(store)
    first, second = tmp_path / "a.qdpx", tmp_path / "b.qdpx"
    write_qdpx(store, first)
    write_qdpx(store, second)
    with zipfile.ZipFile(first) as a, zipfile.ZipFile(second) as b:
        qde = a.read("project.qde")
        assert qde == b.read("project.qde")
    guids = [g.split(b'"')[0] for g in qde.split(b' guid="')[1:]]
    assert len(guids) == len(set(guids)) > 10


def test_suggestions_and_rejections_are_not_exported(store: Store, tmp_path: Path) -> None:
    build(store)
    path = tmp_path / "p.qdpx"
    write_qdpx(store, path)
    names = [s.name for src in read_qdpx(path).sources for s in src.selections]
    assert "jeudi" not in names and "Washington" not in names and len(names) == 7


def test_a_cancelled_or_failed_export_leaves_nothing(store: Store, tmp_path: Path) -> None:
    build(store)

    def cancel(done: int, total: int, what: str) -> None:
        if done == 1:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        write_qdpx(store, tmp_path / "c.qdpx", cancel)
    assert not (tmp_path / "c.qdpx").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

"""Importing REFI-QDA projects: other tools' quirks, round trips, and hostile files
refused with nothing written."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.entity_reads import entities_json
from desktop.core.errors import ImportRejected, RecoupeError
from desktop.core.export.qdpx import write_qdpx
from desktop.core.importing.qdpx import read_qdpx
from desktop.core.importing.qdpx_positions import Reading, choose_reading
from desktop.core.importing.qdpx_store import ImportCancelled, import_qdpx
from desktop.core.safe_archive import UnsafeArchive
from desktop.core.store import Store
from tests.core import qdpx_fixtures as fx
from tests.core.export_project import build
from tests.core.hostile_zips import HOSTILE
from tests.core.test_safe_archive import BILLION_LAUGHS, EXTERNAL_DTD, EXTERNAL_ENTITY


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table: to prove an import wrote nothing."""
    tables = [
        r[0]
        for r in store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sources_fts%'"
        )
    ]
    return {
        t: sorted(store.db.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables
    }


def annotations(store: Store) -> list[tuple[str, str, str | None, str | None]]:
    tags = {t.id: t.name for t in store.tags()}
    return [(a.quote, tags[a.tag_id], a.value, a.note) for a in store.annotations()]


# ------------------------------------------------------------------- tools


def test_qualcoder_style_bom_and_emoji(store: Store, tmp_path: Path) -> None:
    report = import_qdpx(store, fx.qualcoder(tmp_path / "qualcoder.qdpx"))
    (source,) = store.sources()
    assert store.source_text(source.id) == fx.QUALCODER_TEXT  # BOM dropped
    assert source.title == "entretien.txt" and source.format == "qdpx"
    assert annotations(store) == [
        ("Éloïse Me\u0301nard", "People / Minister", None, "à recouper 🙂"),
        ("Lyon", "Place", None, None),
    ]
    assert report.annotations_total == 2 and not report.notices
    minister = next(t for t in store.tags() if t.name == "People / Minister")
    people = next(t for t in store.tags() if t.name == "People")
    assert (minister.colour, people.colour) == ("#00ff00", "#aa33cc")
    assert {t.name for t in store.tags() if t.id in report.tags_added} == {
        "People",
        "People / Minister",
    }
    # the built-in Place tag was reused, and its annotation linked to an entity
    assert [e["name"] for e in entities_json(store)] == ["Lyon"]


def test_atlas_style_named_qde_crlf_and_quotation_names(store: Store, tmp_path: Path) -> None:
    path = fx.atlas(tmp_path / "Trial.qdpx")
    project = read_qdpx(path)
    assert project.name == "Trial" and project.origin.startswith("ATLAS.ti")
    assert choose_reading(project.sources[0], project.origin) is Reading.AS_WRITTEN
    report = import_qdpx(store, path)
    text = store.source_text(store.sources()[0].id)
    assert "\r" not in text
    assert annotations(store) == [
        ("Paris", "Place", None, None),
        ("minister", "People / Minister", None, None),
        ("Le Monde", "People", None, "the newspaper"),  # a description is a note here
    ]
    assert [str(n) for n in report.notices] == [
        "“scan.pdf” is not a text source (PDF, picture, audio or video) and was left out"
    ]


def test_positions_in_utf16_units_are_recognised(store: Store, tmp_path: Path) -> None:
    text = "Le 😀 ministre 🚀 est à Rome 🇮🇹 puis à Milan."
    utf16 = text.encode("utf-16-le")

    def sel(guid: str, quote: str) -> str:
        start = len(text[: text.index(quote)].encode("utf-16-le")) // 2
        end = start + len(quote.encode("utf-16-le")) // 2
        return (
            f'<PlainTextSelection guid="{guid}" name="{quote}" startPosition="{start}" '
            f'endPosition="{end}"><Coding guid="{guid}"><CodeRef targetGUID="{fx.CODE_PLACE}"/>'
            "</Coding></PlainTextSelection>"
        )

    assert len(utf16) // 2 > len(text)
    path = fx.inline(tmp_path / "u.qdpx", text, sel("1", "Rome") + sel("2", "Milan"))
    import_qdpx(store, path)
    assert [a[0] for a in annotations(store)] == ["Rome", "Milan"]


def test_a_misplaced_coding_moves_to_its_text_and_a_lost_one_is_left_out(
    store: Store, tmp_path: Path
) -> None:
    text = "Alpha beta gamma delta."
    sels = (
        '<PlainTextSelection guid="1" name="gamma" startPosition="0" endPosition="5">'
        f'<Coding guid="c1"><CodeRef targetGUID="{fx.CODE_PLACE}"/></Coding>'
        "</PlainTextSelection>"
        '<PlainTextSelection guid="2" name="omega" startPosition="90" endPosition="95">'
        f'<Coding guid="c2"><CodeRef targetGUID="{fx.CODE_PLACE}"/></Coding>'
        "</PlainTextSelection>"
        '<PlainTextSelection guid="3" startPosition="6" endPosition="10"/>'
    )
    report = import_qdpx(store, fx.inline(tmp_path / "m.qdpx", text, sels))
    assert [a[0] for a in annotations(store)] == ["gamma"]
    assert sorted(str(n) for n in report.notices) == [
        "“inline”: 1 codings did not match their text and were moved to where it appears",
        "“inline”: 1 codings fall outside the text and were left out",
        "“inline”: 1 selections have no code and were left out",
    ]


def test_importing_the_same_file_twice_adds_nothing_new(store: Store, tmp_path: Path) -> None:
    path = fx.qualcoder(tmp_path / "q.qdpx")
    import_qdpx(store, path)
    before = dump(store)
    again = import_qdpx(store, path)
    assert again.sources_reused and not again.sources_added and again.annotations_total == 0
    assert dump(store)["annotations"] == before["annotations"]


# -------------------------------------------------------------- round trip


def test_round_trip_through_qdpx(store: Store, tmp_path: Path) -> None:
    build(store)
    path = tmp_path / "out.qdpx"
    write_qdpx(store, path)
    other = Store.create(tmp_path / "other.recoupe")
    try:
        report = import_qdpx(other, path)
        assert not report.notices
        assert [other.source_text(s.id) for s in other.sources()] == [
            store.source_text(s.id) for s in store.sources()
        ]
        assert [(s.title, s.url, s.published) for s in other.sources()] == [
            (s.title, s.url, s.published) for s in store.sources()
        ]

        def rows(s: Store) -> list[tuple[object, ...]]:
            tags = {t.id: t for t in s.tags()}
            return [
                (a.start, a.end, a.quote, tags[a.tag_id].name, tags[a.tag_id].kind, a.value, a.note)
                for a in s.annotations()
            ]

        assert rows(other) == rows(store)
        assert {t.name: t.colour for t in other.tags()} == {t.name: t.colour for t in store.tags()}

        def mentions(s: Store) -> dict[str, list[str]]:
            return {e["name"]: sorted(m["text"] for m in e["mentions"]) for e in entities_json(s)}

        assert (
            mentions(other)
            == mentions(store)
            == {
                "Bagdad": ["Bagdad", "Baghdad"],
                "Me\u0301lanie Dupont": ["Me\u0301lanie Dupont"],
            }
        )
    finally:
        other.close()


# ----------------------------------------------------------------- refusals


def _valid_entries(*, liar: bool = False) -> dict[str, bytes]:
    """A valid project; with liar, it also reads Sources/liar.txt (see hostile_zips)."""
    text = "Un texte à Paris."
    sel = fx.selection("61000000-0000-0000-0000-000000000001", text, "Paris", fx.CODE_PLACE)
    source = (
        f'<TextSource guid="{fx.SOURCE_1}" name="t"><PlainTextContent>{text}'
        f"</PlainTextContent>{sel}</TextSource>"
    )
    if liar:
        source += f'<TextSource guid="{fx.SOURCE_2}" name="l" plainTextPath="internal://liar.txt"/>'
    return {"project.qde": fx.project("Test", source)}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_archives_write_nothing(store: Store, tmp_path: Path, kind: str) -> None:
    build(store)
    before = dump(store)
    path = tmp_path / f"{kind.replace(' ', '_')}.qdpx"
    HOSTILE[kind][0](path, _valid_entries(liar=kind == "lying sizes"))
    with pytest.raises(UnsafeArchive) as info:
        import_qdpx(store, path)
    assert str(info.value).startswith(str(path)) and HOSTILE[kind][1] in str(info.value)
    assert dump(store) == before


@pytest.mark.parametrize(
    ("xml", "reason"),
    [
        (BILLION_LAUGHS, "declares a DTD"),
        (EXTERNAL_ENTITY, "declares a DTD"),
        (EXTERNAL_DTD, "declares a DTD"),
        (b"<Project name='x'><Sources>", "not well-formed XML"),
    ],
)
def test_hostile_xml_writes_nothing(store: Store, tmp_path: Path, xml: bytes, reason: str) -> None:
    build(store)
    before = dump(store)
    path = fx.write_zip(tmp_path / "Trial.qdpx", {"Trial.qde": xml})
    with pytest.raises(UnsafeArchive, match=reason) as info:
        import_qdpx(store, path)
    assert "“Trial.qde”" in str(info.value)
    assert dump(store) == before


def test_a_failure_late_in_the_import_rolls_everything_back(store: Store, tmp_path: Path) -> None:
    """The first source and the tags are written before the second source's text is found
    missing: all of it goes."""
    build(store)
    before = dump(store)
    text = "Un texte à Paris."
    sel = fx.selection("61000000-0000-0000-0000-000000000001", text, "Paris", fx.CODE_MINISTER)
    sources = (
        f'<TextSource guid="{fx.SOURCE_1}" name="first"><PlainTextContent>{text}'
        f"</PlainTextContent>{sel}</TextSource>"
        f'<TextSource guid="{fx.SOURCE_2}" name="second" plainTextPath="internal://gone.txt"/>'
    )
    path = fx.write_zip(tmp_path / "late.qdpx", {"project.qde": fx.project("T", sources)})
    with pytest.raises(ImportRejected, match="the text of source “second” is not in the archive"):
        import_qdpx(store, path)
    assert dump(store) == before


def test_a_cancelled_import_writes_nothing(store: Store, tmp_path: Path) -> None:
    before = dump(store)
    with pytest.raises(ImportCancelled):
        import_qdpx(store, fx.qualcoder(tmp_path / "q.qdpx"), cancelled=lambda: True)
    assert dump(store) == before


@pytest.mark.parametrize(
    ("entries", "reason"),
    [
        ({"readme.txt": b"hi"}, "no .qde project file"),
        ({"a.qde": b"<Project/>", "b.qde": b"<Project/>"}, "several .qde project files"),
        ({"p.qde": b"<Codebook/>"}, "its root is <Codebook>"),
        (
            {
                "p.qde": fx.project(
                    "X",
                    '<TextSource guid="1"><PlainTextSelection guid="2" '
                    'startPosition="a" endPosition="3"/><PlainTextContent>x'
                    "</PlainTextContent></TextSource>",
                )
            },
            "positions that are not whole numbers",
        ),
    ],
)
def test_files_that_are_not_projects_are_refused(
    store: Store, tmp_path: Path, entries: dict[str, bytes], reason: str
) -> None:
    path = fx.write_zip(tmp_path / "bad.qdpx", entries)
    before = dump(store)
    with pytest.raises(RecoupeError, match=reason) as info:
        import_qdpx(store, path)
    assert "bad.qdpx" in str(info.value)
    assert dump(store) == before


# ---------------------------------------------------------------------- CLI


def test_cli_imports_a_qdpx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.recoupe"
    path = fx.atlas(tmp_path / "Trial.qdpx")
    assert main(["import", str(project), str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["annotations_added"] == 3 and out["sources_added"][0]["title"] == "Interview"
    assert out["notices"] and "scan.pdf" in out["notices"][0]
    hostile = tmp_path / "slip.qdpx"
    HOSTILE["zip slip"][0](hostile, _valid_entries())
    size = project.stat().st_size
    assert main(["import", str(project), str(hostile)]) == 1
    assert "“..”" in capsys.readouterr().err
    conn = sqlite3.connect(project)
    assert conn.execute("SELECT COUNT(*) FROM sources").fetchone()[0] == 1
    conn.close()
    assert project.stat().st_size == size

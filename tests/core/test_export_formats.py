"""TimelineJS, CSV, GeoJSON and brat exports, the format registry and ``recoupe export``."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core import edtf
from desktop.core.event_store import EventStore
from desktop.core.export.brat import brat_type, fragments, write_brat
from desktop.core.export.common import ExportCancelled, ExportFailed
from desktop.core.export.csv_export import write_csv
from desktop.core.export.formats import FORMATS, UnknownFormat, export
from desktop.core.export.geojson import feature_collection, write_geojson
from desktop.core.export.timelinejs import dates_for, timeline_document
from desktop.core.store import Store
from tests.core.export_project import TEXT_EN, TEXT_FR, build

STANDARDS = Path(__file__).resolve().parents[1] / "standards"


# --------------------------------------------------------------- TimelineJS


def _shape(value: Any) -> Any:
    """The keys and value types of a TimelineJS document, values left out."""
    if isinstance(value, dict):
        return {k: _shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


def test_timelinejs_has_the_shape_of_knight_labs_example(store: Store) -> None:
    build(store)
    example = json.loads((STANDARDS / "timelinejs3" / "example-timeline3.json").read_text())
    doc = timeline_document(store)
    assert set(doc) <= set(example) | {"eras", "scale"}
    assert _shape(doc["title"]["text"]) == _shape(example["title"]["text"])
    example_event = _shape(example["events"][0])
    for event in doc["events"]:
        assert set(event["start_date"]) <= set(example_event["start_date"])
        for key in ("start_date", "end_date"):
            for part in event.get(key, {}).values():
                assert isinstance(part, str) and part.lstrip("-").isdigit()
        assert _shape(event["text"]) == _shape(example["events"][0]["text"])
        assert isinstance(event["display_date"], str) and isinstance(event["unique_id"], str)
    assert [e["display_date"] for e in doc["events"]] == ["2024-05-03", "2026-01-18"]
    assert doc["events"][1]["start_date"] == {"year": "2026", "month": "1", "day": "18"}


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2021", {"year": "2021"}, None),
        ("2021-12", {"year": "2021", "month": "12"}, None),
        ("2021-12-09~", {"year": "2021", "month": "12", "day": "9"}, None),
        ("2021-24", {"year": "2021", "month": "12"}, {"year": "2022", "month": "2"}),
        ("201X", {"year": "2010"}, {"year": "2019"}),
        ("2021-XX", {"year": "2021"}, None),
        (
            "2021-01/2021-03-15",
            {"year": "2021", "month": "1"},
            {"year": "2021", "month": "3", "day": "15"},
        ),
        ("2014/..", {"year": "2014"}, None),
        ("/2021", {"year": "2021"}, None),
    ],
)
def test_edtf_values_become_timelinejs_dates(
    value: str, start: dict[str, str], end: dict[str, str] | None
) -> None:
    assert dates_for(edtf.parse(value)) == (start, end)


def test_timelinejs_conflicts_span_and_text_is_escaped(store: Store) -> None:
    sample = build(store)
    store.update_annotation(sample.date_en, value="2026-01-19")
    EventStore(store).merge_events([sample.date_fr], [sample.date_en])
    EventStore(store).title_event([sample.date_fr, sample.date_en], "<b>Retrait</b> & départ")
    (event,) = timeline_document(store)["events"]
    assert event["start_date"] == {"year": "2026", "month": "1", "day": "18"}
    assert event["end_date"] == {"year": "2026", "month": "1", "day": "19"}
    assert event["display_date"] == "2026-01-18 / 2026-01-19"
    assert event["text"]["headline"] == "&lt;b&gt;Retrait&lt;/b&gt; &amp; départ"
    assert "<li>2026-01-19: Troops to leave</li>" in event["text"]["text"]


# ---------------------------------------------------------------------- CSV


def _read_csv(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_in_a_folder_and_in_a_zip(store: Store, tmp_path: Path) -> None:
    sample = build(store)
    store.update_annotation(sample.user_fr, note='=HYPERLINK("http://evil")')
    write_csv(store, tmp_path / "tables")
    write_csv(store, tmp_path / "tables.zip")
    folder = {p.name: p.read_bytes() for p in (tmp_path / "tables").iterdir()}
    with zipfile.ZipFile(tmp_path / "tables.zip") as z:
        assert {n: z.read(n) for n in z.namelist()} == folder
    rows = _read_csv(folder["annotations.csv"])
    assert len(rows) == 7
    actor = next(r for r in rows if r["tag"] == "Actor")
    assert TEXT_FR[int(actor["start"]) : int(actor["end"])] == actor["quote"]
    assert actor["entity"] == "Me\u0301lanie Dupont" and actor["note"] == "porte-parole"
    place_en = next(r for r in rows if r["quote"] == "Baghdad")
    assert (place_en["value"], place_en["entity"], place_en["tag_kind"]) == (
        "Bagdad",
        "Bagdad",
        "place",
    )
    claim = next(r for r in rows if r["tag"] == "Claim")
    assert claim["note"] == 'dit "jeudi"\nà vérifier'  # quoted, line break kept
    user = next(r for r in rows if r["tag"] == "Vérifié ✓")
    assert user["note"] == '\'=HYPERLINK("http://evil")'  # no formula in a spreadsheet
    assert b"\r\n" in folder["annotations.csv"]
    timeline = _read_csv(folder["timeline.csv"])
    assert [(r["value"], r["source"], r["conflict"]) for r in timeline] == [
        ("2024-05-03", "Troops to leave", "0"),
        ("2026-01-18", "Retrait de Bagdad 🚀", "0"),
    ]
    assert timeline[0]["quote"] == "3 May 2024" == TEXT_EN[3:13]


def test_csv_refuses_a_folder_that_is_not_empty(store: Store, tmp_path: Path) -> None:
    build(store)
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    with pytest.raises(ExportFailed, match="not empty"):
        write_csv(store, tmp_path / "full")
    assert [p.name for p in (tmp_path / "full").iterdir()] == ["keep.txt"]


# ------------------------------------------------------------------ GeoJSON


def test_geojson_is_an_rfc7946_feature_collection(store: Store, tmp_path: Path) -> None:
    build(store)
    path = tmp_path / "places.geojson"
    write_geojson(store, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    (feature,) = data["features"]  # Mossoul and Washington have no accepted mention
    assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
    lon, lat = feature["geometry"]["coordinates"]
    assert (lon, lat) == (44.3661, 33.3152)  # longitude first
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    props = feature["properties"]
    assert props["name"] == "Bagdad" and props["mention_count"] == 2
    assert [m["quote"] for m in props["mentions"]] == ["Bagdad", "Baghdad"]
    assert {s["title"] for s in props["sources"]} == {"Retrait de Bagdad 🚀", "Troops to leave"}
    m = props["mentions"][0]
    assert TEXT_FR[m["start"] : m["end"]] == "Bagdad"


def test_geojson_of_a_project_without_places(store: Store) -> None:
    assert feature_collection(store) == {"type": "FeatureCollection", "features": []}


# --------------------------------------------------------------------- brat

_T_LINE = re.compile(r"^T(\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$")
_NOTE_LINE = re.compile(r"^#(\d+)\t(\S+) (T\d+)\t(.+)$")


def _check_ann(text: str, ann: str) -> list[tuple[str, str]]:
    """Parse .ann lines as brat does; every T line's text must match the .txt."""
    found: list[tuple[str, str]] = []
    for line in ann.splitlines():
        t = _T_LINE.match(line)
        if t:
            spans = [tuple(map(int, s.split())) for s in t.group(3).split(";")]
            assert " ".join(text[s:e] for s, e in spans) == t.group(4), line
            found.append((t.group(2), t.group(4)))
            continue
        n = _NOTE_LINE.match(line)
        assert n, line
        found.append((n.group(2), n.group(4)))
    return found


def test_brat_examples_parse_with_the_same_checks() -> None:
    folder = STANDARDS / "brat-standoff"
    text = (folder / "110-note_annotation.txt").read_text(encoding="utf-8")
    lines = (folder / "110-note_annotation.ann").read_text(encoding="utf-8").splitlines()
    ann = "\n".join(
        line
        for line in lines
        if line.startswith("T") or (line.startswith("#") and "\tAnnotatorNotes T" in line)
    )
    found = _check_ann(text, ann)  # the official example passes the checks ours must pass
    assert ("GPE", "Discworld") in found
    assert ("AnnotatorNotes", "Should fictional places be annotated?") in found


def test_brat_pairs_and_conf(store: Store, tmp_path: Path) -> None:
    build(store)
    out = tmp_path / "brat"
    write_brat(store, out)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "0001-Retrait_de_Bagdad.ann",
        "0001-Retrait_de_Bagdad.txt",
        "0002-Troops_to_leave.ann",
        "0002-Troops_to_leave.txt",
        "annotation.conf",
        "visual.conf",
    ]
    text = (out / "0001-Retrait_de_Bagdad.txt").read_bytes()
    assert not text.startswith(b"\xef\xbb\xbf") and text.decode("utf-8") == TEXT_FR
    found = _check_ann(TEXT_FR, (out / "0001-Retrait_de_Bagdad.ann").read_text("utf-8"))
    assert ("Actor", "Me\u0301lanie Dupont") in found and ("Vérifié", "la coalition") in found
    assert ("AnnotatorNotes", 'dit "jeudi" à vérifier') in found
    assert ("Value", "2026-01-18") in found and ("Entity", "Bagdad") in found
    conf = (out / "annotation.conf").read_text("utf-8")
    entities = conf.split("[entities]")[1].split("[relations]")[0].split()
    assert entities == ["Date", "Place", "Actor", "Claim", "Vérifié"]
    assert "[events]" in conf and "[attributes]" in conf
    assert "Vérifié | Vérifié ✓" in (out / "visual.conf").read_text("utf-8")


def test_brat_splits_passages_at_line_breaks() -> None:
    text = "ab\ncd\n\nef"
    assert fragments(text, 0, len(text)) == [(0, 2), (3, 5), (7, 9)]
    assert brat_type("Vérifié ✓") == "Vérifié" and brat_type("2 sources") == "Tag_2_sources"
    assert brat_type("✓") == "Tag"


# ----------------------------------------------------------- registry, CLI


def test_every_format_is_listed_and_writes(store: Store, tmp_path: Path) -> None:
    build(store)
    assert {"w3c", "qdpx", "timelinejs", "csv", "geojson", "brat"} <= set(FORMATS)
    for name, fmt in FORMATS.items():
        out = tmp_path / f"{name}{fmt.suffix}"
        export(store, name, out)
        assert out.is_dir() if fmt.folder else out.is_file(), name
    with pytest.raises(UnknownFormat, match="“pdf” is not an export format"):
        export(store, "pdf", tmp_path / "x.pdf")


def test_a_cancelled_export_of_any_format_leaves_nothing(store: Store, tmp_path: Path) -> None:
    build(store)

    def cancel(done: int, total: int, what: str) -> None:
        raise ExportCancelled()

    for name, fmt in FORMATS.items():
        out = tmp_path / f"{name}{fmt.suffix}"
        with pytest.raises(ExportCancelled):
            export(store, name, out, cancel)
        assert not out.exists(), name
    assert sorted(p.name for p in tmp_path.iterdir() if ".part" in p.name) == []


def test_cli_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.recoupe"
    store = Store.create(project)
    build(store)
    store.close()
    out = tmp_path / "a.jsonld"
    assert main(["export", str(project), "--format", "w3c", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"format": "w3c", "out": str(out)}
    assert json.loads(out.read_text("utf-8"))["total"] == 7
    assert main(["export", str(project), "-f", "csv", str(tmp_path / "t.zip")]) == 0
    assert zipfile.is_zipfile(tmp_path / "t.zip")
    assert main(["export", str(project), "--format", "nope", str(out)]) == 2
    assert main(["export", str(project), "-f", "w3c", str(tmp_path / "missing" / "x")]) == 1
    assert "its folder does not exist" in capsys.readouterr().err
    assert main(["export", "--help"]) == 0
    assert "qdpx: REFI-QDA" in capsys.readouterr().out

"""recoupe suggest: pending dates on a project, accepted with --accept, never twice."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.models import AnnotationStatus
from desktop.core.store import Store
from tests.conftest import MakeSource


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_suggest_then_again_adds_nothing(
    capsys: pytest.CaptureFixture[str], store: Store, make_source: MakeSource
) -> None:
    sid = make_source(
        "Le ministère a annoncé jeudi un retrait avant le 31 décembre 2021.", published="2021-12-10"
    )
    path = str(store.path)
    code, out, _ = run(capsys, "suggest", path, "--json")
    assert code == 0
    report = json.loads(out)
    values = {r["quote"]: (r["value"], r["basis"], r["status"]) for r in report["added"]}
    assert values["jeudi"] == ("2021-12-09", "publication", "suggested")
    assert any(v[0] == "2021-12-31" for v in values.values())
    assert all(r["source_id"] == sid for r in report["added"])
    code, out, _ = run(capsys, "suggest", path, "--json")
    assert json.loads(out)["added"] == [] and json.loads(out)["skipped"] == len(values)


def test_suggest_accept_and_one_source(
    capsys: pytest.CaptureFixture[str], store: Store, make_source: MakeSource
) -> None:
    a = make_source("Hier, Bagdad a confirmé.", "A", published="2026-01-19")
    make_source("Demain, Washington répondra.", "B", published="2026-01-19")
    code, out, _ = run(capsys, "suggest", str(store.path), "--source", str(a), "--accept")
    assert code == 0 and "1 passage(s) accepted" in out
    accepted = store.annotations(status=AnnotationStatus.ACCEPTED)
    assert [(x.source_id, x.quote, x.value) for x in accepted] == [(a, "Hier", "2026-01-18")]
    code, _, err = run(capsys, "suggest", str(store.path), "--source", "99")
    assert code == 1 and "99" in err


def test_suggest_on_a_missing_project(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "suggest", str(tmp_path / "nope.recoupe"))
    assert code == 1 and "nope.recoupe" in err
    assert not (tmp_path / "nope.recoupe").exists()


def test_timeline_lists_events_across_sources(
    capsys: pytest.CaptureFixture[str], store: Store, make_source: MakeSource
) -> None:
    make_source(
        "Dimanche 18 janvier 2026, la coalition a quitté la base.", "A", published="2026-01-19"
    )
    make_source(
        "Le 18 janvier 2026, la coalition a quitté Aïn al-Assad.", "B", published="2026-01-20"
    )
    make_source("En 2014, Daech a lancé son offensive.", "C", published="2026-01-20")
    run(capsys, "suggest", str(store.path), "--accept")
    code, out, _ = run(capsys, "timeline", str(store.path), "--json")
    assert code == 0
    events = json.loads(out)
    assert [e["value"] for e in events] == ["2014", "2026-01-18"]
    assert sorted(s["title"] for s in events[1]["sources"]) == ["A", "B"]
    assert not events[1]["conflict"]
    code, out, _ = run(capsys, "timeline", str(store.path))
    assert "2 sources" in out.splitlines()[1]


def test_suggest_places_and_actors_then_entities(
    capsys: pytest.CaptureFixture[str], store: Store, make_source: MakeSource
) -> None:
    make_source(
        "Les conseillers ont quitté la base d’Aïn al-Assad, dans la province d’Anbar.",
        "A",
        published="2026-01-19",
    )
    make_source("Les troupes ont quitté Ayn al-Asad samedi.", "B", published="2026-01-19")
    code, out, _ = run(capsys, "suggest", str(store.path), "--kind", "place", "--accept", "--json")
    assert code == 0
    added = json.loads(out)["added"]
    assert {(r["kind"], r["value"]) for r in added} >= {("place", "Anbar")}
    code, out, _ = run(capsys, "entities", str(store.path), "--json")
    entities = json.loads(out)
    by_name = {e["name"]: e for e in entities}
    assert "Anbar" in by_name and by_name["Anbar"]["type"] == "place"
    base = [e for e in entities if {m["source_id"] for m in e["mentions"]} >= {1, 2}]
    assert base, entities  # both spellings of the base are one entity


def test_suggest_refuses_a_project_open_in_recoupe(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, make_source: MakeSource, store: Store
) -> None:
    make_source("Le ministère a annoncé jeudi un retrait.", published="2021-12-10")
    path = store.path
    store.close()
    holder = Store.open(path, lock=True)  # the window has it open
    try:
        code, _, err = run(capsys, "suggest", str(path), "--json")
        assert code != 0 and "open in another Recoupe" in err
        assert holder.annotations(status=None) == []
    finally:
        holder.close()
    code, _, _ = run(capsys, "suggest", str(path), "--json")
    assert code == 0

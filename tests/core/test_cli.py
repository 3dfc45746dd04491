"""The `recoupe` command: in-process through main(), plus a few real subprocess runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.cli import main
from desktop.core.models import ImportedSource, SourceId
from desktop.core.store import Store

REPO = Path(desktop.__file__).resolve().parent.parent
EMOJI_TEXT = "🎉🎉 Le 3 mai, Aïn Issa a été reprise par les forces kurdes."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def add_source(project: Path, text: str, *, title: str, filename: str | None = None) -> SourceId:
    """Put a source straight into the store, without the importer."""
    store = Store.open_or_create(project)
    try:
        change = store.add_source(
            ImportedSource(
                filename=filename or f"{title}.txt",
                format="txt",
                original=text.encode(),
                text=text,
                encoding="utf-8",
                title=title,
                lang="fr",
            )
        )
        return change.source_ids[0]
    finally:
        store.close()


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env["PYTHONIOENCODING"] = "ascii"  # the CLI must still write UTF-8
    return env


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return tmp_path / "enquete.recoupe"


# ----------------------------------------------------------------------- basics


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0
    assert out.strip() == f"recoupe {desktop.__version__}" == "recoupe 0.1.0"


def test_gui_commands_call_run_gui(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, project: Path
) -> None:
    calls: list[tuple[Path | None, bool]] = []

    def run_gui(project: Path | None, *, selftest: bool = False) -> int:
        calls.append((project, selftest))
        return 0

    fake_app = types.ModuleType("desktop.app")
    fake_app.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.app", fake_app)
    assert main([]) == 0
    assert main(["open", str(project)]) == 0
    assert main(["selftest"]) == 0
    assert main(["selftest", str(project)]) == 0
    assert calls == [(None, False), (project, False), (None, True), (project, True)]


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    code, _, err = run(capsys, "tag", str(project), "--source", "1")
    assert code == 2
    assert "--start" in err


def test_missing_project_is_not_created(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    for argv in (
        ["sources", str(project)],
        ["annotations", str(project)],
        ["search", str(project), "Aïn"],
        ["tag", str(project), "--source", "1", "--start", "0", "--end", "2", "--tag", "place"],
    ):
        code, out, err = run(capsys, *argv)
        assert code == 1, argv
        assert out == ""
        assert err == f"recoupe: {project}: no such file\n"
    assert not project.exists()


# ---------------------------------------------------------------------- import


def test_import_then_sources(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    a = tmp_path / "depeche.txt"
    a.write_text("Le 3 mai, Aïn Issa a été reprise.\n", encoding="utf-8")
    b = tmp_path / "communique.txt"
    b.write_text("Communiqué du ministère, publié le 4 mai.\n", encoding="utf-8")

    report = run_json(capsys, "import", str(project), str(a), str(b), "--published", "2024-05-03")
    assert project.exists()
    assert isinstance(report, dict)
    assert report["duplicates"] == [] and report["rejected"] == []
    added = report["added"]
    assert [x["file"] for x in added] == ["depeche.txt", "communique.txt"]
    assert all(isinstance(x["id"], int) and x["title"] for x in added)

    sources = run_json(capsys, "sources", str(project))
    assert isinstance(sources, list)
    assert [s["id"] for s in sources] == [x["id"] for x in added]
    assert set(sources[0]) == {
        "id", "title", "url", "published", "published_how", "published_confirmed",
        "imported_at", "sha256", "filename", "format", "encoding", "lang", "size", "annotations",
    }  # fmt: skip
    assert {(s["published"], s["published_confirmed"]) for s in sources} == {("2024-05-03", True)}
    assert sources[0]["filename"] == "depeche.txt"
    assert sources[0]["format"] == "txt"
    assert sources[0]["size"] == len(a.read_bytes())
    assert sources[0]["annotations"] == 0

    code, out, _ = run(capsys, "sources", str(project))
    assert code == 0
    assert out.splitlines()[0].split() == [
        "ID", "PUBLISHED", "FORMAT", "LANG", "TAGGED", "FILE", "TITLE",
    ]  # fmt: skip
    assert "depeche.txt" in out and "2024-05-03" in out


def test_import_human_output_and_duplicate(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    a = tmp_path / "depeche.txt"
    a.write_text("Le 3 mai, Aïn Issa a été reprise.\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(project), str(a), "--title", "Dépêche AFP")
    assert code == 0, err
    assert "Dépêche AFP" in out and "depeche.txt" in out

    copy = tmp_path / "copie.txt"
    copy.write_bytes(a.read_bytes())
    code, out, err = run(capsys, "import", str(project), str(copy))
    assert code == 0  # all duplicates is not an error
    assert out == ""
    assert "copie.txt" in err and "already in the project as source 1" in err

    report = run_json(capsys, "import", str(project), str(copy))
    assert report == {"added": [], "duplicates": [{"file": "copie.txt", "existing_id": 1}],
                      "rejected": []}  # fmt: skip


def test_rejected_file_exit_1_others_imported(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    good = tmp_path / "bon.txt"
    good.write_text("Un texte lisible.\n", encoding="utf-8")
    bad = tmp_path / "image.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    code, out, err = run(capsys, "import", str(project), str(bad), str(good))
    assert code == 1
    assert "image.png" in err and err.startswith("recoupe: ")
    assert "bon.txt" in out
    assert [s["filename"] for s in run_json(capsys, "sources", str(project))] == ["bon.txt"]


def test_import_bad_published(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    a = tmp_path / "a.txt"
    a.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "import", str(project), str(a), "--published", "2024-02-30")
    assert code == 1
    assert "--published" in err and "2024-02-30" in err
    assert not project.exists()


def test_title_with_several_files_is_usage_error(
    capsys: pytest.CaptureFixture[str], project: Path, tmp_path: Path
) -> None:
    code, _, err = run(capsys, "import", str(project), "a.txt", "b.txt", "--title", "T")
    assert code == 2 and "--title" in err


# ---------------------------------------------------------------- annotations


def test_tag_then_annotations_code_points(
    capsys: pytest.CaptureFixture[str], project: Path
) -> None:
    sid = add_source(project, EMOJI_TEXT, title="Dépêche")
    other = add_source(project, "Damas, le 2 mai.", title="Autre")
    start = EMOJI_TEXT.index("Aïn")
    end = start + len("Aïn Issa")
    assert len(EMOJI_TEXT[:start].encode("utf-16-le")) // 2 != start  # emoji: UTF-16 differs

    made = run_json(
        capsys, "tag", str(project), "--source", str(sid), "--start", str(start),
        "--end", str(end), "--tag", "PLACE", "--value", "Ayn Issa", "--note", "ville",
    )  # fmt: skip
    assert isinstance(made, dict)
    assert made == {
        "id": made["id"], "source_id": sid, "start": start, "end": end, "quote": "Aïn Issa",
        "tag": "Place", "value": "Ayn Issa", "note": "ville", "status": "accepted",
        "basis": None,
    }  # fmt: skip
    run_json(capsys, "tag", str(project), "--source", str(other), "--start", "0",
             "--end", "5", "--tag", "place")  # fmt: skip
    run_json(capsys, "tag", str(project), "--source", str(sid), "--start", "6",
             "--end", "11", "--tag", "date")  # fmt: skip

    listed = run_json(capsys, "annotations", str(project))
    assert isinstance(listed, list)
    assert [(a["source_id"], a["start"]) for a in listed] == [(sid, 6), (sid, start), (other, 0)]
    assert listed[0]["quote"] == "3 mai" and listed[0]["tag"] == "Date"
    only = run_json(capsys, "annotations", str(project), "--source", str(other))
    assert [a["quote"] for a in only] == ["Damas"]

    counts = {s["id"]: s["annotations"] for s in run_json(capsys, "sources", str(project))}
    assert counts == {sid: 2, other: 1}

    code, out, _ = run(capsys, "annotations", str(project))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:6] == ["ID", "SOURCE", "START", "END", "TAG", "STATUS"]
    assert any("Aïn Issa" in line and "Place" in line for line in lines)


def test_annotations_lists_every_status(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    from desktop.core.models import AnnotationStatus

    sid = add_source(project, EMOJI_TEXT, title="Dépêche")
    store = Store.open(project)
    place = store.tag_named("place")
    store.add_annotation(source_id=sid, start=6, end=11, tag_id=place.id,
                         status=AnnotationStatus.SUGGESTED)  # fmt: skip
    store.add_annotation(source_id=sid, start=3, end=5, tag_id=place.id,
                         status=AnnotationStatus.REJECTED)  # fmt: skip
    store.close()
    listed = run_json(capsys, "annotations", str(project))
    assert [a["status"] for a in listed] == ["rejected", "suggested"]


@pytest.mark.parametrize(("start", "end"), [("5", "5"), ("9", "4"), ("-1", "3"), ("0", "999")])
def test_tag_bad_range(
    capsys: pytest.CaptureFixture[str], project: Path, start: str, end: str
) -> None:
    sid = add_source(project, EMOJI_TEXT, title="Dépêche")
    code, out, err = run(
        capsys, "tag", str(project), "--source", str(sid), "--start", start, "--end", end,
        "--tag", "place",
    )  # fmt: skip
    assert code == 1 and out == ""
    assert err.startswith(f"recoupe: source {sid}: range {start}–{end}")
    assert f"end ≤ {len(EMOJI_TEXT)}" in err
    assert run_json(capsys, "annotations", str(project)) == []


def test_tag_bad_source_and_tag(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    sid = add_source(project, EMOJI_TEXT, title="Dépêche")
    code, _, err = run(capsys, "tag", str(project), "--source", "99", "--start", "0",
                       "--end", "2", "--tag", "place")  # fmt: skip
    assert (code, err) == (1, "recoupe: no source 99\n")
    code, _, err = run(capsys, "tag", str(project), "--source", str(sid), "--start", "0",
                       "--end", "2", "--tag", "lieu-dit")  # fmt: skip
    assert code == 1 and "lieu-dit" in err and "Place" in err
    code, _, err = run(capsys, "annotations", str(project), "--source", "7")
    assert (code, err) == (1, "recoupe: no source 7\n")


# ---------------------------------------------------------------------- search


def test_search_accent_insensitive(capsys: pytest.CaptureFixture[str], project: Path) -> None:
    ain = add_source(project, "La rivière Ain a débordé près de Bourg.", title="Crue")
    ain_issa = add_source(project, EMOJI_TEXT, title="Dépêche")

    hits = run_json(capsys, "search", str(project), "Aïn")
    assert isinstance(hits, list)
    found = {(h["source_id"], h["match"]) for h in hits}
    assert (ain, "Ain") in found and (ain_issa, "Aïn") in found
    hit = next(h for h in hits if h["source_id"] == ain_issa)
    assert set(hit) == {"source_id", "title", "start", "end", "match", "before", "after"}
    assert EMOJI_TEXT[hit["start"] : hit["end"]] == "Aïn"
    assert hit["title"] == "Dépêche"

    hits = run_json(capsys, "search", str(project), "ain")
    assert (ain_issa, "Aïn") in {(h["source_id"], h["match"]) for h in hits}

    code, out, _ = run(capsys, "search", str(project), "ain")
    assert code == 0 and "[Aïn]" in out and "[Ain]" in out
    code, out, _ = run(capsys, "search", str(project), "zzz")
    assert (code, out) == (0, "no matches\n")
    assert run_json(capsys, "search", str(project), "zzz") == []


# ------------------------------------------------------------------ subprocess


def test_subprocess_data_command_imports_no_qt(project: Path) -> None:
    add_source(project, EMOJI_TEXT, title="Dépêche 🎉")
    script = (
        "import sys\n"
        "from desktop.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('QT:', qt, file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    for argv in (["sources", str(project), "--json"], ["search", str(project), "Aïn"]):
        proc = subprocess.run(
            [sys.executable, "-c", script, *argv],
            check=False,
            capture_output=True,
            env=subprocess_env(),
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        assert b"QT: []" in proc.stderr
        assert "Dépêche 🎉".encode() in proc.stdout  # UTF-8 even with an ASCII locale


def test_subprocess_python_m_desktop(project: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "sources", str(project)],
        check=False,
        capture_output=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert proc.stderr.decode() == f"recoupe: {project}: no such file\n"

    proc = subprocess.run(
        [sys.executable, str(REPO / "desktop" / "__main__.py"), "--version"],
        check=False,
        capture_output=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        cwd=project.parent,
        timeout=60,
    )
    assert (proc.returncode, proc.stdout.strip()) == (0, b"recoupe 0.1.0")

    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "frobnicate"],
        check=False,
        capture_output=True,
        env=subprocess_env(),
        timeout=60,
    )
    assert proc.returncode == 2 and b"invalid choice" in proc.stderr

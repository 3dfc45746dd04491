"""`recoupe extract FILE`: date suggestions from a text file, without a project."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import desktop
from desktop.cli import main

REPO = Path(desktop.__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, "extract", *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_json_offsets_match_the_text_python_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(
        "\ufeff🎉🎉 Le 3 mai 2021, Aïn Issa a été reprise.\r\nHier encore,\r\n"
        "le 4 mai 2021 à 10h30.\r\n".encode()
    )
    records = run_json(capsys, str(path), "--published", "2021-05-10")
    text = path.read_text(encoding="utf-8").removeprefix("\ufeff")
    assert "\r" not in text  # universal newlines, as open() reads them
    assert [(r["text"], r["value"], r["basis"]) for r in records] == [
        ("Le 3 mai 2021", "2021-05-03", "absolute"),
        ("Hier", "2021-05-09", "publication"),
        ("le 4 mai 2021", "2021-05-04", "absolute"),
    ]
    for r in records:
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["kind"] == "date"
    assert set(records[0]) == {"start", "end", "text", "kind", "value", "basis"}


def test_table_and_no_publication_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Le 18 septembre, hier, puis le 5 janvier 2020.", encoding="utf-8")
    code, out, err = run(capsys, "extract", str(path))
    assert code == 0
    assert "no --published date" in err
    lines = out.splitlines()
    assert lines[0].split() == ["START", "END", "KIND", "VALUE", "BASIS", "TEXT"]
    assert len(lines) == 2 and "2020-01-05" in lines[1] and "le 5 janvier 2020" in lines[1]


def test_nothing_found(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rien de daté ici : 2 500 soldats, 80 pays.", encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(path), "--published", "2021-12-09")
    assert (code, out) == (0, "no suggestions\n")
    assert run_json(capsys, str(path)) == []


def test_language_is_guessed_or_given(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "en.txt"
    path.write_text(
        "The coalition said on Thursday that it was ending the mission, and that the "
        "troops would have left by the end of the year.",
        encoding="utf-8",
    )
    guessed = run_json(capsys, str(path), "--published", "2021-12-10")
    assert [(r["text"], r["value"]) for r in guessed] == [
        ("on Thursday", "2021-12-09"),
        ("by the end of the year", "2021-12-10/2021-12-31"),
    ]
    assert run_json(capsys, str(path), "--published", "2021-12-10", "--lang", "fr") == []


def test_kind_date_repeated_is_one_kind(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Le 5 janvier 2020.", encoding="utf-8")
    records = run_json(capsys, str(path), "--kind", "date", "--kind", "date")
    assert [r["value"] for r in records] == ["2020-01-05"]


def test_unknown_kind_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(path), "--kind", "weather")
    assert code == 2 and "invalid choice" in err


def test_bad_publication_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x", encoding="utf-8")
    code, _, err = run(capsys, "extract", str(path), "--published", "18/01/2026")
    assert code == 1 and "--published" in err and "YYYY-MM-DD" in err


def test_missing_and_binary_files_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.txt"
    code, _, err = run(capsys, "extract", str(missing))
    assert code == 1 and "nowhere.txt" in err
    binary = tmp_path / "scan.pdf"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01binary")
    code, _, err = run(capsys, "extract", str(binary))
    assert code == 1 and "scan.pdf" in err and "PDF" in err


def test_legacy_encoding_is_read_like_the_importer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes("Le 18 février 2021, l’armée a quitté la base.".encode("cp1252"))
    code, out, err = run(capsys, "extract", str(path), "--json")
    assert code == 0
    assert [r["text"] for r in json.loads(out)] == ["Le 18 février 2021"]
    assert "old.txt" in err and "Windows-1252" in err


def test_only_dates_imports_nothing_heavy(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Le 18 septembre, le ministre avait parlé. 🎉", encoding="utf-8")
    probe = (
        "import sys, json, io, contextlib\n"
        "from desktop.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    code = main(['extract', {str(path)!r}, '--kind', 'date', '--json', "
        "'--published', '2025-10-01'])\n"
        "heavy = sorted(m for m in ('spacy', 'PySide6', 'shiboken6', 'torch', 'dateparser') "
        "if m in sys.modules)\n"
        "print(json.dumps({'code': code, 'heavy': heavy, 'out': json.loads(buf.getvalue())}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert report["code"] == 0
    assert report["heavy"] == []
    assert [r["value"] for r in report["out"]] == ["2025-09-18"]


def test_the_installed_command_runs(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Le 18 janvier 2026.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "extract", str(path), "--json"],
        cwd=REPO,
        capture_output=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["text"] == "Le 18 janvier 2026"

"""recoupe export-bundle / import-bundle / conflicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.store import Store
from tests.core.bundle_project import entries, full_project, write_entries


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_then_import_as_a_new_project_then_merge(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = full_project(store)
    store.close()
    project, bundle = str(tmp_path / "test.recoupe"), str(tmp_path / "b.zip")
    code, out, _ = run(capsys, "export-bundle", project, bundle, "--by", "Alice", "--json")
    assert code == 0 and json.loads(out)["annotations"] == 9
    copy = tmp_path / "copy.recoupe"
    code, out, _ = run(capsys, "import-bundle", str(copy), bundle, "--json")
    data = json.loads(out)
    assert code == 0 and data["created"] and data["sources"] == 2 and copy.exists()
    # both sides change the same note: merging flags a conflict, listed and resolvable
    for path, note in ((project, "Alice"), (str(copy), "Bob")):
        s = Store.open(Path(path))
        s.update_annotation(sample.place_fr, note=f"version de {note}")
        s.close()
    run(capsys, "export-bundle", str(copy), str(tmp_path / "bob.zip"), "--by", "Bob")
    code, out, _ = run(capsys, "import-bundle", project, str(tmp_path / "bob.zip"))
    assert code == 0 and "conflict: annotations" in out
    assert "before-merge" in out and "recoupe conflicts" in out
    code, out, _ = run(capsys, "conflicts", project, "--json")
    (found,) = json.loads(out)
    assert found["ours"]["note"] == "version de Alice"
    assert found["theirs"]["note"] == "version de Bob" and found["other_by"] == "Bob"
    code, out, _ = run(
        capsys, "conflicts", project, "--resolve", str(found["id"]), "--keep", "theirs"
    )
    assert code == 0 and "kept theirs" in out
    assert run(capsys, "conflicts", project)[1].strip() == "no conflicts"
    s = Store.open(Path(project))
    assert s.annotation(sample.place_fr).note == "version de Bob"
    s.close()


def test_a_tampered_bundle_is_refused_and_nothing_is_made(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_project(store)
    bundle = tmp_path / "b.zip"
    run(capsys, "export-bundle", str(store.path), str(bundle))
    files = entries(bundle)
    files["events.json"] = b'{"events": []}'
    write_entries(bundle, files, rehash=False)
    target = tmp_path / "new.recoupe"
    code, _, err = run(capsys, "import-bundle", str(target), str(bundle))
    assert code == 1 and "“events.json” does not match the SHA-256" in err
    assert not target.exists()
    code, _, err = run(capsys, "import-bundle", str(store.path), str(bundle))
    assert code == 1 and "events.json" in err
    assert not (tmp_path / "test.recoupe-backups").exists() or not list(
        (tmp_path / "test.recoupe-backups").glob("*before-merge*")
    )

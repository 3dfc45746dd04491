"""`recoupe claims`, `verdict`, `review-file`, `import-review`, `compare-reviews`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.core.claim_store import ClaimStore
from desktop.core.models import AnnotationId, ImportedSource, SourceId
from desktop.core.store import Store
from tests.core.test_cli import REPO, subprocess_env

TEXT = "🎉 Le maire affirme que « la piscine a coûté 3 millions d’euros ». L’opposition parle de 5."
COUR = "La Cour des comptes établit le coût à 4,8 millions d’euros."


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out, err = run(capsys, *argv, "--json")
    assert code == 0, err
    return json.loads(out)


def make_project(path: Path) -> tuple[list[AnnotationId], SourceId, SourceId]:
    store = Store.create(path)
    try:
        ids = []
        for text, title in ((TEXT, "Mairie"), (COUR, "Cour")):
            change = store.add_source(
                ImportedSource(
                    filename=f"{title}.txt",
                    format="txt",
                    original=text.encode(),
                    text=text,
                    encoding="utf-8",
                    title=title,
                    lang="fr",
                )
            )
            ids.append(change.source_ids[0])
        mairie, cour = ids
        claims = []
        for passage in ("la piscine a coûté 3 millions d’euros", "L’opposition parle de 5"):
            start = TEXT.index(passage)
            claims.append(
                store.add_annotation(
                    source_id=mairie,
                    start=start,
                    end=start + len(passage),
                    tag_id=store.tag_named("claim").id,
                ).annotation_ids[0]
            )
        cs = ClaimStore(store)
        cs.update_claim(claims[0], who="alice", summary="Coût: 3 M€", said_on="2021-05")
        start = COUR.index("4,8 millions")
        cs.add_evidence(
            claims[0],
            who="alice",
            source_id=cour,
            start=start,
            end=start + 12,
            relation="contradicts",
        )
        return claims, mairie, cour
    finally:
        store.close()


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, list[AnnotationId]]:
    path = tmp_path / "p.recoupe"
    claims, _, _ = make_project(path)
    return path, claims


def audit_count(path: Path) -> int:
    store = Store.open(path)
    try:
        return ClaimStore(store).audit_count()
    finally:
        store.close()


def test_claims_json_lists_status_sources_evidence_and_verdicts(
    capsys: pytest.CaptureFixture[str], project: tuple[Path, list[AnnotationId]]
) -> None:
    path, (first, second) = project
    assert run(capsys, "verdict", str(path), "--claim", str(first), "--status", "Faux",
               "--reviewer", "bob", "--rationale", "La Cour dit 4,8")[0] == 0  # fmt: skip
    data = run_json(capsys, "claims", str(path))
    assert [c["id"] for c in data] == [first, second]
    c = data[0]
    assert TEXT[c["start"] : c["end"]] == c["quote"] == "la piscine a coûté 3 millions d’euros"
    assert (c["source_title"], c["summary"], c["said_on"]) == ("Mairie", "Coût: 3 M€", "2021-05")
    assert (c["status"]["key"], c["status"]["name"]) == ("false", "False")
    (e,) = c["evidence"]
    assert (e["relation"], e["quote"], e["created_by"]) == ("contradicts", "4,8 millions", "alice")
    assert list(c["verdicts"]) == ["bob"]
    v = c["verdicts"]["bob"]
    assert (v["status"]["key"], v["rationale"], v["final"]) == ("false", "La Cour dit 4,8", False)
    assert data[1]["status"]["key"] == "unverified" and data[1]["verdicts"] == {}
    # filters: by status key or (French) name, by source
    assert [c["id"] for c in run_json(capsys, "claims", str(path), "--status", "false")] == [first]
    assert [c["id"] for c in run_json(capsys, "claims", str(path), "--status", "NON VÉRIFIÉ")] == [
        second
    ]
    assert run_json(capsys, "claims", str(path), "--source", "2") == []
    code, out, _ = run(capsys, "claims", str(path))
    assert code == 0 and "[False]" in out and "bob: False — La Cour dit 4,8" in out
    assert "evidence: 1 contradicts" in out


def test_unknown_status_or_source_in_claims_exits_2(
    capsys: pytest.CaptureFixture[str], project: tuple[Path, list[AnnotationId]]
) -> None:
    path, _ = project
    code, out, err = run(capsys, "claims", str(path), "--status", "peut-être")
    assert (code, out) == (2, "")
    assert "no claim status “peut-être” (statuses: unverified, corroborated" in err
    code, _, err = run(capsys, "claims", str(path), "--source", "42")
    assert code == 2 and "no source 42" in err


def test_verdict_is_logged_with_the_reviewer_or_the_system_user(
    capsys: pytest.CaptureFixture[str],
    project: tuple[Path, list[AnnotationId]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, (first, _) = project
    monkeypatch.setattr("getpass.getuser", lambda: "jdupont")
    v = run_json(capsys, "verdict", str(path), "--claim", str(first), "--status", "misleading")
    assert (v["reviewer"], v["status"]["key"], v["final"]) == ("jdupont", "misleading", False)
    v = run_json(
        capsys, "verdict", str(path), "--claim", str(first), "--status", "corroborated",
        "--reviewer", "Émilie", "--final", "--rationale", "Après vérification",
    )  # fmt: skip
    assert (v["reviewer"], v["final"], v["decided_by"]) == ("Émilie", True, "Émilie")
    store = Store.open(path)
    try:
        cs = ClaimStore(store)
        log = cs.audit_log(claim_id=first)
        assert {e.who for e in log if e.action in ("verdict", "resolve")} == {"jdupont", "Émilie"}
        assert cs.status(cs.claim(first).status_id).key == "corroborated"
        assert [x.reviewer for x in cs.verdicts_for(first)] == ["jdupont", "Émilie"]
    finally:
        store.close()
    code, out, _ = run(capsys, "verdict", str(path), "--claim", str(first), "--status", "faux")
    assert code == 0 and out.startswith(f"claim {first}: False — jdupont")


@pytest.mark.parametrize(
    ("claim", "status", "message"),
    [
        ("999", "false", "no claim 999"),
        ("FIRST", "sans doute", "no claim status “sans doute”"),
    ],
)
def test_unknown_claim_or_status_exits_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    project: tuple[Path, list[AnnotationId]],
    claim: str,
    status: str,
    message: str,
) -> None:
    path, (first, _) = project
    before = audit_count(path)
    claim = str(first) if claim == "FIRST" else claim
    code, out, err = run(capsys, "verdict", str(path), "--claim", claim, "--status", status)
    assert (code, out) == (2, "") and message in err and err.startswith("recoupe: ")
    assert audit_count(path) == before


def test_an_annotation_that_is_not_a_claim_is_refused(
    capsys: pytest.CaptureFixture[str], project: tuple[Path, list[AnnotationId]]
) -> None:
    path, _ = project
    store = Store.open(path)
    place = store.add_annotation(
        source_id=SourceId(1), start=2, end=4, tag_id=store.tag_named("place").id
    ).annotation_ids[0]
    store.close()
    code, _, err = run(capsys, "verdict", str(path), "--claim", str(place), "--status", "false")
    assert code == 2 and f"no claim {place}" in err


def test_review_file_import_and_compare(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    alice, bob = tmp_path / "alice.recoupe", tmp_path / "bob.recoupe"
    a_ids, _, _ = make_project(alice)
    b_ids, _, _ = make_project(bob)
    for path, ids, who, keys in (
        (alice, a_ids, "alice", ("false", "disputed")),
        (bob, b_ids, "bob", ("false", "corroborated")),
    ):
        for claim_id, key in zip(ids, keys, strict=True):
            assert main(["verdict", str(path), "--claim", str(claim_id), "--status", key,
                         "--reviewer", who]) == 0  # fmt: skip
    capsys.readouterr()
    out = tmp_path / "bob-review.json"
    written = run_json(capsys, "review-file", str(bob), str(out), "--reviewer", "bob")
    assert written == {"file": str(out), "reviewer": "bob", "verdicts": 2}
    report = run_json(capsys, "import-review", str(alice), str(out), "--reviewer", "alice")
    assert (report["imported"], report["already"], report["unmatched"]) == (2, 0, [])
    cmp = report["comparison"]
    assert (cmp["a"], cmp["b"], cmp["claims"], cmp["agreement"]) == ("alice", "bob", 2, 0.5)
    # alice: false, disputed; bob: false, corroborated -> p_o 1/2, p_e 1/4 -> kappa 1/3
    assert cmp["kappa"] == pytest.approx(1 / 3)
    assert cmp["disagreements"] == cmp["unresolved"] == [a_ids[1]]
    code, text, _ = run(capsys, "import-review", str(alice), str(out), "--reviewer", "alice")
    assert code == 0 and "0 verdict(s) by bob imported" in text and "2 already imported" in text
    assert "Cohen's kappa 0.333" in text and "unresolved" in text
    assert main(["verdict", str(alice), "--claim", str(a_ids[1]), "--status", "corroborated",
                 "--reviewer", "carol", "--final"]) == 0  # fmt: skip
    capsys.readouterr()
    cmp = run_json(capsys, "compare-reviews", str(alice), "alice", "bob")
    assert cmp["unresolved"] == [] and cmp["rows"][1]["final"] == "corroborated"
    assert cmp["rows"][1]["decided_by"] == "carol"


def test_bad_review_files_are_refused_with_their_name(
    capsys: pytest.CaptureFixture[str], project: tuple[Path, list[AnnotationId]], tmp_path: Path
) -> None:
    path, _ = project
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "recoupe-review", "version": 9}', encoding="utf-8")
    before = audit_count(path)
    code, out, err = run(capsys, "import-review", str(path), str(bad))
    assert code == 1 and out == ""
    assert f"{bad}: was written by a newer version of Recoupe" in err
    assert audit_count(path) == before
    code, _, err = run(
        capsys, "review-file", str(path), str(tmp_path / "x.json"), "--reviewer", "nobody"
    )
    assert code == 1 and "“nobody” has given no verdict" in err


def test_claims_json_is_utf8_through_a_pipe(project: tuple[Path, list[AnnotationId]]) -> None:
    path, _ = project
    result = subprocess.run(
        [sys.executable, "-m", "desktop.cli", "claims", str(path), "--json"],
        capture_output=True,
        env=subprocess_env(),
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data[0]["quote"] == "la piscine a coûté 3 millions d’euros"

"""Review files: written from a project, read back, and hostile files refused clearly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.errors import InvalidValue
from desktop.core.review.review_file import (
    FORMAT,
    ReviewFileError,
    read_review_file,
    write_review_file,
)
from desktop.core.store import Store, sha256
from tests.conftest import MakeSource

TEXT = "🎉 Le maire dit que « la piscine a coûté 3 millions d’euros ». Faux, selon la Cour."


def make_claim(store: Store, make_source: MakeSource) -> ClaimStore:
    sid = make_source(TEXT, "Mairie")
    passage = "la piscine a coûté 3 millions d’euros"
    start = TEXT.index(passage)
    store.add_annotation(
        source_id=sid, start=start, end=start + len(passage), tag_id=store.tag_named("claim").id
    )
    return ClaimStore(store)


def good() -> dict[str, Any]:
    quote = "la piscine a coûté 3 millions d’euros"
    return {
        "format": FORMAT,
        "version": 1,
        "reviewer": "bob",
        "exported": "2026-02-01T10:00:00+00:00",
        "verdicts": [
            {
                "sha256": "a" * 64,
                "start": 22,
                "end": 22 + len(quote),
                "quote": quote,
                "prefix": "Le maire dit que « ",
                "suffix": " ». Faux",
                "status": "false",
                "rationale": None,
                "created": "2026-01-31T18:02:11+00:00",
            }
        ],
    }


def write(tmp_path: Path, data: object, name: str = "review.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_write_then_read_keeps_every_field(
    tmp_path: Path, store: Store, make_source: MakeSource
) -> None:
    claims = make_claim(store, make_source)
    (claim,) = claims.claims()
    claims.update_claim(claim.annotation_id, who="alice", summary="Coût de la piscine")
    false = claims.status_by_key_or_name("false").id
    claims.set_verdict(claim.annotation_id, who="alice", status_id=claims.statuses()[2].id)
    v, _ = claims.set_verdict(claim.annotation_id, who="alice", status_id=false, rationale="Cour")
    claims.set_verdict(claim.annotation_id, who="bob", status_id=claims.statuses()[1].id)
    out = tmp_path / "alice.json"
    assert write_review_file(store, out, reviewer="alice") == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    assert (data["format"], data["version"], data["reviewer"]) == ("recoupe-review", 1, "alice")
    review = read_review_file(out)
    assert (review.reviewer, review.name, review.project) == ("alice", "alice.json", "test")
    (rv,) = review.verdicts  # only alice's latest verdict
    assert (rv.sha256, rv.start, rv.end) == (
        sha256(TEXT.encode("utf-8")),
        claim.start,
        claim.end,
    )
    assert (rv.quote, rv.prefix, rv.suffix) == (claim.quote, claim.prefix, claim.suffix)
    assert TEXT[rv.start : rv.end] == rv.quote  # code points, past the emoji
    assert (rv.status, rv.rationale, rv.created, rv.summary) == (
        "false",
        "Cour",
        v.created,
        "Coût de la piscine",
    )


def test_a_user_status_travels_by_name(
    tmp_path: Path, store: Store, make_source: MakeSource
) -> None:
    claims = make_claim(store, make_source)
    satire, _ = claims.add_status(who="a", name="Satire", colour="#123456")
    claims.set_verdict(claims.claims()[0].annotation_id, who="alice", status_id=satire.id)
    write_review_file(store, tmp_path / "r.json", reviewer="alice")
    assert read_review_file(tmp_path / "r.json").verdicts[0].status == "Satire"


def test_nothing_to_write_is_refused_and_no_file_is_made(
    tmp_path: Path, store: Store, make_source: MakeSource
) -> None:
    make_claim(store, make_source)
    with pytest.raises(InvalidValue, match="“carol” has given no verdict"):
        write_review_file(store, tmp_path / "c.json", reviewer="carol")
    assert not (tmp_path / "c.json").exists()
    claims = ClaimStore(store)
    first = claims.statuses()[0].id
    claims.set_verdict(claims.claims()[0].annotation_id, who="carol", status_id=first)
    with pytest.raises(ReviewFileError, match="cannot write the file") as info:
        write_review_file(store, tmp_path / "missing" / "c.json", reviewer="carol")
    assert info.value.subject == str(tmp_path / "missing" / "c.json")
    # an existing file is replaced whole
    out = tmp_path / "c.json"
    out.write_text("old", encoding="utf-8")
    assert write_review_file(store, out, reviewer="carol") == 1
    assert read_review_file(out).reviewer == "carol"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".review-")] == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("", "is not valid JSON"),
        ("{", "is not valid JSON"),
        ("[1, 2]", "is not a Recoupe review file"),
        ('{"format": "recoupe-bundle"}', "is not a Recoupe review file"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply|is not valid JSON"),
        ('{"format": "recoupe-review", "version": NaN}', "is not valid JSON"),
        ('{"format": "recoupe-review", "version": "1"}', "no valid “version”"),
        ('{"format": "recoupe-review", "version": true}', "no valid “version”"),
        ('{"format": "recoupe-review", "version": 2}', "newer version of Recoupe"),
        ('{"format": "recoupe-review", "version": 1, "reviewer": " "}', "names no reviewer"),
        (
            '{"format": "recoupe-review", "version": 1, "reviewer": "b", "verdicts": {}}',
            "no list of “verdicts”",
        ),
    ],
)
def test_invalid_files_name_the_file_and_the_reason(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = write(tmp_path, content, "bad.json")
    with pytest.raises(ReviewFileError, match=reason) as info:
        read_review_file(path)
    assert info.value.subject == str(path) and str(info.value).startswith(f"{path}: ")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"sha256": "xyz"}, "verdict 1: “sha256” is not a SHA-256 digest"),
        ({"sha256": None}, "verdict 1: “sha256” must be text"),
        ({"start": "22"}, "verdict 1: “start” must be a whole number"),
        ({"end": 1.5}, "verdict 1: “end” must be a whole number"),
        ({"start": True}, "verdict 1: “start” must be a whole number"),
        ({"start": -1}, "does not fit its quote"),
        ({"end": 23}, "the range 22–23 does not fit its quote of 37 characters"),
        ({"quote": ""}, "verdict 1: “quote” must be text"),
        ({"quote": "\ud83c"}, "verdict 1: “quote” must be text"),
        ({"status": 3}, "verdict 1: “status” must be text"),
        ({"rationale": ["x"]}, "verdict 1: “rationale” must be text"),
        ({"created": "hier"}, "verdict 1: “created” is not a date and time"),
        ({"prefix": 7}, "verdict 1: “prefix” must be text"),
    ],
)
def test_invalid_verdicts_are_named_by_number(
    tmp_path: Path, change: dict[str, Any], reason: str
) -> None:
    data = good()
    data["verdicts"][0].update(change)
    with pytest.raises(ReviewFileError, match=reason):
        read_review_file(write(tmp_path, data))
    data = good()
    data["verdicts"].append("not an object")
    with pytest.raises(ReviewFileError, match="verdict 2 is not an object"):
        read_review_file(write(tmp_path, data))


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(ReviewFileError, match="cannot read the file"):
        read_review_file(tmp_path / "absent.json")
    with pytest.raises(ReviewFileError, match="cannot read the file"):
        read_review_file(tmp_path)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"reviewer": "\xe9"}')
    with pytest.raises(ReviewFileError, match=r"is not UTF-8 text \(byte 14\)"):
        read_review_file(latin)


def test_a_file_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop.core.review.review_file as review_file

    monkeypatch.setattr(review_file, "MAX_BYTES", 100)
    path = write(tmp_path, good())
    with pytest.raises(ReviewFileError, match="larger than the 100 bytes"):
        read_review_file(path)


def test_a_bom_and_extra_fields_are_accepted(tmp_path: Path) -> None:
    data = good()
    data["extra"] = {"anything": [1, 2]}
    data["verdicts"][0]["future_field"] = True
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(data).encode("utf-8"))
    review = read_review_file(path)
    assert review.reviewer == "bob" and len(review.verdicts) == 1
    assert review.verdicts[0].prefix == "Le maire dit que « "

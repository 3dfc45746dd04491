"""W3C Web Annotation export: every annotation passes the test suite's MUST schemas and
reads back to what the project holds."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from desktop.core.export.common import ExportCancelled
from desktop.core.export.w3c import (
    ANNO_CONTEXT,
    MalformedAnnotation,
    annotation_collection,
    annotation_to_w3c,
    parse_w3c_annotation,
    parse_w3c_document,
    write_w3c,
)
from desktop.core.models import AnnotationStatus, TagKind
from desktop.core.store import Store
from tests.core.export_project import TEXT_FR, build
from tests.core.w3c_schemas import SCHEMAS, must_failures


def test_every_exported_annotation_passes_the_must_schemas(store: Store) -> None:
    build(store)
    collection = annotation_collection(store, status=None)
    items = collection["first"]["items"]
    assert len(items) == 9 and collection["total"] == 9
    for item in items:
        assert must_failures(item) == [], item["id"]


def test_the_schemas_do_catch_broken_annotations(store: Store) -> None:
    """The validators are live: each mutation breaks at least one MUST assertion."""
    build(store)
    good = annotation_collection(store)["first"]["items"][0]
    mutations = [
        lambda a: a.pop("@context"),
        lambda a: a.update({"id": "not an iri"}),
        lambda a: a.update({"created": "18 January 2026"}),
        lambda a: a.pop("target"),
        lambda a: a.update({"bodyValue": "x"}),
        lambda a: a["target"]["selector"][0].pop("exact"),
    ]
    for mutate in mutations:
        broken = copy.deepcopy(good)
        mutate(broken)
        assert must_failures(broken), broken


def test_the_correct_samples_of_the_test_suite_read(store: Store) -> None:
    sample = json.loads(
        (SCHEMAS.parent / "test-samples" / "correct" / "anno21.json").read_text("utf-8")
    )
    sample_with_quote = {
        **sample,
        "target": {
            "source": "http://example.org/page1",
            "selector": {
                "type": "TextQuoteSelector",
                "exact": "anotation",
                "prefix": "this is an ",
            },
        },
    }
    parsed = parse_w3c_annotation(sample_with_quote)
    assert (parsed.exact, parsed.prefix, parsed.start, parsed.source_sha256) == (
        "anotation",
        "this is an ",
        None,
        None,
    )


def test_selectors_count_code_points_on_the_stored_text(store: Store) -> None:
    sample = build(store)
    a = store.annotation(sample.actor_fr)
    w3c = annotation_to_w3c(a, store.source(a.source_id), store.tag(a.tag_id))
    quote, position = w3c["target"]["selector"]
    text = store.source_text(sample.fr)
    assert text == TEXT_FR
    assert text[position["start"] : position["end"]] == quote["exact"] == "Me\u0301lanie Dupont"
    # after one astral emoji: UTF-16 would say one more
    assert position["start"] == TEXT_FR.index("Me\u0301lanie")
    assert quote["prefix"] == text[position["start"] - 32 : position["start"]]
    assert w3c["target"]["source"] == f"urn:sha256:{store.source(sample.fr).sha256}"
    assert w3c["target"]["scope"] == "https://example.org/retrait?id=1&x=2"
    assert w3c["@context"] == ANNO_CONTEXT and w3c["created"].endswith("Z")


def test_round_trip_keeps_what_the_project_holds(store: Store) -> None:
    build(store)
    collection = annotation_collection(store, status=None)
    parsed = {
        (p.source_sha256, p.start): p
        for p in parse_w3c_document(json.loads(json.dumps(collection)))
    }
    tags = {t.id: t for t in store.tags()}
    sources = {s.id: s for s in store.sources()}
    assert len(parsed) == len(store.annotations(status=None)) == 9
    for a in store.annotations(status=None):
        p = parsed[(sources[a.source_id].sha256, a.start)]
        assert (p.start, p.end, p.exact, p.prefix, p.suffix) == (
            a.start,
            a.end,
            a.quote,
            a.prefix,
            a.suffix,
        )
        assert p.tag_name == tags[a.tag_id].name
        assert p.tag_kind == (None if tags[a.tag_id].kind is TagKind.USER else tags[a.tag_id].kind)
        assert (p.value, p.note, p.status) == (a.value, a.note, a.status)
        assert p.source_sha256 == sources[a.source_id].sha256
    place = next(p for p in parsed.values() if p.exact == "Bagdad")
    assert place.entity == "Bagdad"


def test_ids_are_stable_and_distinct(store: Store, tmp_path: Path) -> None:
    build(store)
    first = annotation_collection(store)
    second = annotation_collection(store)
    assert first == second
    ids = [item["id"] for item in first["first"]["items"]]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    store.db.execute("UPDATE meta SET value = '2020-01-01T00:00:00+00:00' WHERE key = 'created'")
    assert annotation_collection(store)["id"] != first["id"]  # another project


def test_default_collection_has_only_accepted_annotations(store: Store) -> None:
    sample = build(store)
    items = annotation_collection(store)["first"]["items"]
    assert len(items) == 7
    assert all(b["purpose"] != "moderating" for i in items for b in i["body"])
    only_en = annotation_collection(store, source_ids=[sample.en])["first"]["items"]
    assert [i["target"]["selector"][0]["exact"] for i in only_en] == ["3 May 2024", "Baghdad"]


def test_write_w3c_writes_a_json_file_or_nothing(store: Store, tmp_path: Path) -> None:
    build(store)
    out = tmp_path / "annotations.jsonld"
    write_w3c(store, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 7

    def cancel(done: int, total: int, what: str) -> None:
        raise ExportCancelled()

    other = tmp_path / "cancelled.jsonld"
    with pytest.raises(ExportCancelled):
        write_w3c(store, other, cancel)
    assert not other.exists()
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_ni_uris_name_the_same_source() -> None:
    obj = {
        "type": "Annotation",
        "id": "urn:x",
        "body": {"type": "TextualBody", "value": "Lieu", "purpose": "tagging"},
        "target": {
            "source": "ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk",
            "selector": {"type": "TextPositionSelector", "start": 0, "end": 4},
        },
    }
    parsed = parse_w3c_annotation(obj)
    assert parsed.source_sha256 == (
        "7f83b1657ff1fc53b92dc18148a1d65dfc2d4b1fa3d677284addd200126d9069"
    )
    assert (parsed.tag_name, parsed.start, parsed.end, parsed.exact) == ("Lieu", 0, 4, None)


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        ([], "must be a JSON object"),
        ({"type": "Note", "id": "urn:a"}, "“urn:a” is not of type Annotation"),
        ({"type": "Annotation", "target": "http://x.org/"}, "no target with a text selector"),
        (
            {
                "type": "Annotation",
                "target": {"selector": {"type": "TextPositionSelector", "start": 5, "end": 5}},
            },
            "0 ≤ start < end",
        ),
        (
            {
                "type": "Annotation",
                "target": {"selector": {"type": "TextPositionSelector", "start": "0", "end": 3}},
            },
            "whole numbers",
        ),
        (
            {"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector"}}},
            "without its exact text",
        ),
        (
            {
                "type": "Annotation",
                "body": {"value": 3},
                "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}},
            },
            "body that is not an object with text",
        ),
    ],
)
def test_malformed_annotations_are_refused_with_a_reason(obj: object, message: str) -> None:
    with pytest.raises(MalformedAnnotation, match=message):
        parse_w3c_annotation(obj)


def test_comments_and_plain_bodies() -> None:
    obj = {
        "type": ["Annotation"],
        "motivation": "commenting",
        "bodyValue": "à revoir",
        "body": [{"type": "TextualBody", "value": "second"}, "http://example.org/tag"],
        "target": [
            "http://example.org/no-selector",
            {
                "source": "urn:sha256:" + "A" * 64,
                "selector": [{"type": "TextQuoteSelector", "exact": "é"}],
            },
        ],
    }
    parsed = parse_w3c_annotation(obj)
    assert parsed.note == "à revoir\n\nsecond" and parsed.tag_name is None
    assert parsed.source_sha256 == "a" * 64 and parsed.status is AnnotationStatus.ACCEPTED

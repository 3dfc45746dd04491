"""ClaimReview JSON-LD: content, verdict choice, and conformance to the schema.org vocabulary.

The checker below reads schema.org release 30.0 (``tests/standards/schemaorg-claimreview``):
every type must be a schema.org class, every property a schema.org property whose
``domainIncludes`` holds the object's type or one of its superclasses, and every value
must fit the property's ``rangeIncludes``: an object of a listed class (or a subclass), or
a string or number of a listed data type (Text, URL, Date, DateTime, Number, Integer).
Following schema.org's data model ("Conformance": a Text value is accepted where a thing is
expected, https://schema.org/docs/datamodel.html), a string is also accepted for a class;
the checker is run on schema.org's own ClaimReview examples to show it accepts them.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimStatusId
from desktop.core.entities import EntityId
from desktop.core.export.claimreview import claim_reviews, write_claimreview
from desktop.core.export.common import ExportFailed
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import Store
from tests.conftest import MakeSource

STANDARD = Path(__file__).resolve().parents[1] / "standards" / "schemaorg-claimreview"
VOCABULARY = STANDARD / "schemaorg-current-https.jsonld"
EXAMPLES = STANDARD / "sdo-ClaimReview-issue-1061-examples.txt"

DATA_TYPES = {"Text", "URL", "Date", "DateTime", "Time", "Number", "Integer", "Float", "Boolean"}


# ------------------------------------------------------------------ the checker


def _ids(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value] if value else []
    return [i["@id"].removeprefix("schema:") for i in items if isinstance(i, dict)]


@cache
def vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    """(class -> its superclasses, itself included; property -> (domains, ranges))."""
    graph = json.loads(VOCABULARY.read_text(encoding="utf-8"))["@graph"]
    parents: dict[str, list[str]] = {}
    properties: dict[str, tuple[set[str], set[str]]] = {}
    for node in graph:
        name = node["@id"].removeprefix("schema:")
        types = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in types:
            parents[name] = _ids(node.get("rdfs:subClassOf"))
        if "rdf:Property" in types:
            properties[name] = (
                set(_ids(node.get("schema:domainIncludes"))),
                set(_ids(node.get("schema:rangeIncludes"))),
            )
    ancestors: dict[str, set[str]] = {}

    def up(c: str) -> set[str]:
        if c not in ancestors:
            ancestors[c] = {c}
            for p in parents.get(c, []):
                ancestors[c] |= up(p)
        return ancestors[c]

    for c in parents:
        up(c)
    return ancestors, properties


def _is_date(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is not None


def _fits_literal(value: Any, ranges: set[str], ancestors: dict[str, set[str]]) -> bool:
    if isinstance(value, bool):
        return "Boolean" in ranges
    if isinstance(value, float):
        return bool(ranges & {"Number", "Float"})
    if isinstance(value, int):
        return bool(ranges & {"Number", "Integer"})
    if not isinstance(value, str):
        return False
    if ranges & {"Text"}:
        return True
    if "URL" in ranges and re.match(r"https?://\S+$", value):
        return True
    if ranges & {"Date", "DateTime"} and (_is_date(value) or "T" in value and value[:4].isdigit()):
        return True
    if ranges & {"Number", "Integer"} and re.fullmatch(r"-?\d+(\.\d+)?", value):
        return True
    # schema.org's data model: text is accepted where a thing (a class) is expected
    return any(r not in DATA_TYPES and r in ancestors for r in ranges)


def schema_problems(node: Any, path: str = "$") -> list[str]:
    """What in a JSON-LD object does not fit the schema.org vocabulary (empty: all fits)."""
    ancestors, properties = vocabulary()
    if not isinstance(node, dict):
        return [f"{path}: not an object"]
    problems: list[str] = []
    kind = node.get("@type")
    if not isinstance(kind, str) or kind not in ancestors:
        return [f"{path}: @type {kind!r} is not a schema.org class"]
    if "@context" in node and node["@context"] not in ("https://schema.org", "http://schema.org"):
        problems.append(f"{path}: @context {node['@context']!r}")
    for key, value in node.items():
        if key.startswith("@"):
            continue
        where = f"{path}.{key}"
        if key not in properties:
            problems.append(f"{where}: not a schema.org property")
            continue
        domains, ranges = properties[key]
        if not domains & ancestors[kind]:
            problems.append(f"{where}: not allowed on {kind} (domains: {sorted(domains)})")
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            at = f"{where}[{i}]" if isinstance(value, list) else where
            if isinstance(item, dict):
                inner = item.get("@type")
                if not isinstance(inner, str) or inner not in ancestors:
                    problems.append(f"{at}: @type {inner!r} is not a schema.org class")
                elif not ancestors[inner] & ranges:
                    problems.append(f"{at}: a {inner} is not in the range {sorted(ranges)}")
                problems.extend(schema_problems(item, at))
            elif not _fits_literal(item, ranges, ancestors):
                problems.append(f"{at}: {item!r} does not fit the range {sorted(ranges)}")
    return problems


def schemaorg_examples() -> list[dict[str, Any]]:
    text = EXAMPLES.read_text(encoding="utf-8")
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
    return [json.loads(b) for b in blocks]


def key_paths(node: Any, prefix: str = "") -> dict[str, type]:
    """Every key path of a JSON object with the kind of value there."""
    out: dict[str, type] = {}
    if isinstance(node, dict):
        for k, v in node.items():
            out[prefix + k] = dict if isinstance(v, dict) else type(v)
            out.update(key_paths(v, prefix + k + "."))
    return out


def test_the_checker_accepts_schemaorgs_own_examples_and_catches_mistakes() -> None:
    examples = schemaorg_examples()
    assert len(examples) == 2
    for example in examples:
        assert schema_problems(example) == []
    bad = json.loads(json.dumps(examples[0]))
    bad["reviewRating"]["claimReviewed"] = "x"  # a ClaimReview property on a Rating
    bad["itemReviewed"]["author"]["@type"] = "Place"  # not an author's range
    bad["colour"] = "red"  # no such property
    bad["datePublished"] = 2014  # a number for a date
    problems = schema_problems(bad)
    assert len(problems) == 5, problems
    assert any("not allowed on Rating" in p for p in problems)
    assert any("a Place is not in the range" in p for p in problems)
    assert any("jobTitle: not allowed on Place" in p for p in problems)
    assert any("colour: not a schema.org property" in p for p in problems)
    assert any("datePublished: 2014" in p for p in problems)


# ----------------------------------------------------------------- the export

TEXT = "🎉 Selon le ministre, « l’armée a quitté Bagdad » le 3 mai. L’ONU dément."


def tag_claim(store: Store, sid: SourceId, passage: str) -> AnnotationId:
    start = store.source_text(sid).index(passage)
    change = store.add_annotation(
        source_id=sid, start=start, end=start + len(passage), tag_id=store.tag_named("Claim").id
    )
    return change.annotation_ids[0]


def entity(store: Store, name: str, kind: str) -> EntityId:
    store.db.execute(
        "INSERT INTO entities(name, type, created, modified) VALUES (?, ?, 'x', 'x')", [name, kind]
    )
    return EntityId(int(store.db.execute("SELECT MAX(id) FROM entities").fetchone()[0]))


def status(claims: ClaimStore, key: str) -> ClaimStatusId:
    return claims.status_by_key_or_name(key).id


@pytest.fixture
def project(store: Store, make_source: MakeSource) -> dict[str, AnnotationId]:
    sid = make_source(TEXT, "Le Monde", published="2021-05-04")
    store.update_source(sid, url="https://www.lemonde.fr/article/123")
    other = make_source("Aucun soldat n’a bougé, affirme l’ONU.", "RFI")
    claims = ClaimStore(store)
    army = tag_claim(store, sid, "l’armée a quitté Bagdad")
    un = tag_claim(store, sid, "L’ONU dément")
    free = tag_claim(store, other, "Aucun soldat n’a bougé")
    untouched = tag_claim(store, other, "affirme l’ONU")
    minister = entity(store, "Jean Dupont", "person")
    onu = entity(store, "ONU", "organisation")
    claims.update_claim(
        army,
        who="alice",
        summary="The army left   Baghdad\non 3 May",
        claimant_entity_id=minister,
        said_on="2021-05-03",
    )
    claims.update_claim(un, who="alice", claimant_entity_id=onu, said_on="2021-05")
    claims.update_claim(free, who="alice", claimant_text="un porte-parole")
    claims.set_verdict(army, who="alice", status_id=status(claims, "false"), rationale="Photos.")
    claims.set_verdict(army, who="bob", status_id=status(claims, "disputed"))
    claims.set_verdict(
        army, who="carol", status_id=status(claims, "misleading"), final=True, rationale="Both."
    )
    claims.set_verdict(army, who="dave", status_id=status(claims, "corroborated"))  # after
    claims.set_verdict(un, who="alice", status_id=status(claims, "unverified"))
    v, _ = claims.set_verdict(free, who="bob", status_id=status(claims, "false"))
    claims.withdraw_verdict(v.id, who="bob")  # withdrawn: no review
    return {"army": army, "un": un, "free": free, "untouched": untouched}


def test_one_review_per_claim_with_a_standing_verdict(
    store: Store, project: dict[str, AnnotationId]
) -> None:
    reviews = claim_reviews(store)
    assert [r["claimReviewed"] for r in reviews] == [
        "The army left Baghdad on 3 May",
        "L’ONU dément",
    ]
    army, un = reviews
    assert army["@context"] == "https://schema.org" and army["@type"] == "ClaimReview"
    # the final verdict wins over dave's later one
    assert army["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 2,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Misleading",
    }
    assert army["author"] == {"@type": "Person", "name": "carol"}
    assert army["reviewBody"] == "Both."
    verdict = ClaimStore(store).final_verdict(project["army"])
    assert verdict is not None and army["datePublished"] == verdict.created[:10]
    assert army["itemReviewed"] == {
        "@type": "Claim",
        "appearance": {
            "@type": "CreativeWork",
            "name": "Le Monde",
            "url": "https://www.lemonde.fr/article/123",
            "datePublished": "2021-05-04",
            "inLanguage": "fr",
        },
        "author": {"@type": "Person", "name": "Jean Dupont"},
        "datePublished": "2021-05-03",
    }
    assert "url" not in army and "publisher" not in army  # no address is made up
    # a status without a rating gives no number; a month is no datePublished
    assert un["reviewRating"] == {"@type": "Rating", "alternateName": "Unverified"}
    assert un["itemReviewed"]["author"] == {"@type": "Organization", "name": "ONU"}
    assert "datePublished" not in un["itemReviewed"]
    assert "reviewBody" not in un


def test_latest_verdict_free_text_claimant_publisher_and_report_url(
    store: Store, project: dict[str, AnnotationId]
) -> None:
    claims = ClaimStore(store)
    claims.set_verdict(project["free"], who="bob", status_id=status(claims, "disputed"))
    claims.set_verdict(project["free"], who="alice", status_id=status(claims, "corroborated"))
    reviews = claim_reviews(
        store, publisher="  Les   Décodeurs ", report_url="https://example.org/review.html#top"
    )
    free = next(r for r in reviews if r["claimReviewed"] == "Aucun soldat n’a bougé")
    assert free["reviewRating"]["alternateName"] == "Corroborated"
    assert free["author"]["name"] == "alice"
    assert free["itemReviewed"]["author"] == "un porte-parole"
    assert "url" not in free["itemReviewed"]["appearance"]  # the source has no address
    assert free["publisher"] == {"@type": "Organization", "name": "Les Décodeurs"}
    assert free["url"] == f"https://example.org/review.html#claim-{project['free']}"
    assert claim_reviews(store, report_url="javascript:alert(1)")[0].get("url") is None


def test_every_property_and_type_is_schemaorg(
    store: Store, project: dict[str, AnnotationId]
) -> None:
    claims = ClaimStore(store)
    claims.set_verdict(project["free"], who="bob", status_id=status(claims, "disputed"))
    reviews = claim_reviews(store, publisher="Desk", report_url="https://example.org/r.html")
    assert len(reviews) == 3
    for review in reviews:
        assert schema_problems(review) == []


def test_the_shape_follows_schemaorgs_example(
    store: Store, project: dict[str, AnnotationId]
) -> None:
    example = schemaorg_examples()[0]
    (ours, *_) = claim_reviews(store, report_url="https://example.org/r.html")
    theirs = key_paths(example)
    mine = key_paths(ours)
    for path in (
        "@context",
        "@type",
        "datePublished",
        "url",
        "author",
        "author.@type",
        "claimReviewed",
        "reviewRating",
        "reviewRating.@type",
        "reviewRating.ratingValue",
        "reviewRating.bestRating",
        "reviewRating.alternateName",
        "itemReviewed",
        "itemReviewed.author",
        "itemReviewed.author.@type",
        "itemReviewed.author.name",
        "itemReviewed.datePublished",
    ):
        assert mine[path] is theirs[path], path
    assert ours["@context"] == example["@context"]


def test_write_claimreview(store: Store, project: dict[str, AnnotationId], tmp_path: Path) -> None:
    out = tmp_path / "reviews.jsonld"
    assert write_claimreview(store, out, publisher="Desk") == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == claim_reviews(store, publisher="Desk")
    assert "l’armée" not in out.read_text(encoding="utf-8")  # the summary, not the quote
    assert "L’ONU dément" in out.read_text(encoding="utf-8")  # written as is, not escaped
    missing = tmp_path / "nowhere" / "reviews.jsonld"
    with pytest.raises(ExportFailed, match="nowhere"):
        write_claimreview(store, missing)
    assert not missing.parent.exists()


def test_no_verdicts_no_reviews(store: Store, make_source: MakeSource, tmp_path: Path) -> None:
    sid = make_source(TEXT, "Le Monde")
    tag_claim(store, sid, "l’armée a quitté Bagdad")
    assert claim_reviews(store) == []
    out = tmp_path / "empty.json"
    assert write_claimreview(store, out) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == []

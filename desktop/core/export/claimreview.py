"""ClaimReview JSON-LD (schema.org): one review per claim that has a standing verdict.

The file is a JSON array of ClaimReview objects, each with ``"@context":
"https://schema.org"``, the shape of schema.org's own examples (``tests/standards/
schemaorg-claimreview``):

- ``claimReviewed``: the claim's summary, else its quote;
- ``reviewRating``: a ``Rating`` whose ``alternateName`` is the status name; when the
  status has a rating (1 false … 5 true) also ``ratingValue``, ``bestRating`` 5 and
  ``worstRating`` 1 (a status without a rating, "unverified", gives no number);
- ``itemReviewed``: the ``Claim``, with its ``appearance`` in the source (a
  ``CreativeWork``: title, web address when the source has one, publication date,
  language), its ``author`` (a ``Person`` or an ``Organization`` from the claimant
  entity's type — a place speaks for its government, so an ``Organization`` — or the
  free text as it was typed, a plain name where schema.org accepts text for a thing) and
  its ``datePublished`` when "said on" is one full day;
- ``author``: the reviewer (a ``Person``); ``datePublished``: the day of the verdict (UTC);
  ``reviewBody``: the verdict's rationale; ``publisher``: an ``Organization`` when given;
- ``url``: only when the caller says where the review report is published (``report_url``:
  each review points at its claim's anchor, ``#claim-<id>``, in ``review_report``).
  Recoupe never makes up an address.

The verdict exported is the final one when reviewers' disagreement was resolved, else the
latest standing one; withdrawn verdicts never count. The words Recoupe adds are English;
claims, names, rationales and status names are the user's own text.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from desktop.core import edtf
from desktop.core.claim_reads import ClaimReader
from desktop.core.claims import Claim, ClaimStatus, Verdict
from desktop.core.entities import EntityId, EntityType
from desktop.core.entity_reads import EntityReader
from desktop.core.export.common import Progress, atomic_file, no_progress
from desktop.core.models import Source
from desktop.core.store import Store

CONTEXT: Final = "https://schema.org"
BEST_RATING: Final = 5
WORST_RATING: Final = 1
_AUTHOR_TYPES: Final = {
    EntityType.PERSON: "Person",
    EntityType.ORGANISATION: "Organization",
    EntityType.PLACE: "Organization",
}


def chosen_verdict(verdicts: list[Verdict]) -> Verdict | None:
    """The verdict a claim stands by: the latest final one, else the latest (standing only)."""
    standing = [v for v in verdicts if not v.withdrawn]
    finals = [v for v in standing if v.final]
    if finals:
        return finals[-1]
    return standing[-1] if standing else None


def claim_reviews(
    store: Store, *, publisher: str | None = None, report_url: str | None = None
) -> list[dict[str, Any]]:
    """One ClaimReview object per claim with a standing verdict, by source then position."""
    reader = ClaimReader(store)
    statuses = {s.id: s for s in reader.statuses()}
    sources = {s.id: s for s in store.sources()}
    standing = reader.standing_verdicts()
    claims = [c for c in reader.claims() if standing.get(c.annotation_id)]
    entity_ids = {c.claimant_entity_id for c in claims if c.claimant_entity_id is not None}
    entities = {e.id: e for e in EntityReader(store).entities(entity_ids)} if entity_ids else {}
    base = _web_address(report_url)
    out: list[dict[str, Any]] = []
    for claim in claims:
        verdict = chosen_verdict(standing[claim.annotation_id])
        if verdict is None or verdict.status_id not in statuses:
            continue
        review: dict[str, Any] = {
            "@context": CONTEXT,
            "@type": "ClaimReview",
            "claimReviewed": _one_line(claim.summary) or _one_line(claim.quote),
            "reviewRating": _rating(statuses[verdict.status_id]),
            "itemReviewed": _claim(claim, sources.get(claim.source_id), entities),
            "author": {"@type": "Person", "name": verdict.reviewer},
        }
        day = _day(verdict.created)
        if day:
            review["datePublished"] = day
        if verdict.rationale and verdict.rationale.strip():
            review["reviewBody"] = verdict.rationale.strip()
        if publisher and publisher.strip():
            review["publisher"] = {"@type": "Organization", "name": " ".join(publisher.split())}
        if base:
            review["url"] = f"{base.split('#')[0]}#claim-{int(claim.annotation_id)}"
        out.append(review)
    return out


def write_claimreview(
    store: Store,
    out: Path,
    progress: Progress = no_progress,
    *,
    publisher: str | None = None,
    report_url: str | None = None,
) -> int:
    """Write ``claim_reviews`` to ``out`` as a JSON array (all or nothing); returns how many."""
    progress(0, 1, "ClaimReview")
    reviews = claim_reviews(store, publisher=publisher, report_url=report_url)
    with atomic_file(Path(out)) as tmp:
        tmp.write_text(json.dumps(reviews, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    progress(1, 1, "ClaimReview")
    return len(reviews)


# ---------------------------------------------------------------------- parts


def _rating(status: ClaimStatus) -> dict[str, Any]:
    rating: dict[str, Any] = {"@type": "Rating"}
    if status.rating is not None:
        rating["ratingValue"] = status.rating
        rating["bestRating"] = BEST_RATING
        rating["worstRating"] = WORST_RATING
    rating["alternateName"] = status.name
    return rating


def _claim(claim: Claim, source: Source | None, entities: dict[EntityId, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    if source is not None:
        appearance: dict[str, Any] = {"@type": "CreativeWork", "name": source.title}
        url = _web_address(source.url)
        if url:
            appearance["url"] = url
        if source.published and _full_day(source.published):
            appearance["datePublished"] = source.published
        if source.lang:
            appearance["inLanguage"] = source.lang
        item["appearance"] = appearance
    author = _author(claim, entities)
    if author is not None:
        item["author"] = author
    if claim.said_on and _full_day(claim.said_on):
        item["datePublished"] = claim.said_on.strip()
    return item


def _author(claim: Claim, entities: dict[EntityId, Any]) -> dict[str, Any] | str | None:
    entity = entities.get(claim.claimant_entity_id) if claim.claimant_entity_id else None
    if entity is not None:
        return {"@type": _AUTHOR_TYPES.get(entity.type, "Organization"), "name": entity.name}
    text = _one_line(claim.claimant_text)
    return text or None


def _full_day(value: str) -> bool:
    """Whether value is one certain calendar day (YYYY-MM-DD, no qualifier)."""
    try:
        parsed = edtf.parse(value)
    except edtf.EdtfError:
        return False
    return (
        parsed.precision is edtf.Precision.DAY and not parsed.approximate and not parsed.uncertain
    )


def _day(stamp: str) -> str | None:
    """The UTC day of an ISO timestamp."""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).date().isoformat()


def _web_address(url: str | None) -> str | None:
    """url if it is an absolute http(s) address, else None."""
    if not url or any(ch.isspace() for ch in url) or any(ch in url for ch in '<>"{}|\\^`'):
        return None
    parts = urlsplit(url)
    return url if parts.scheme in ("http", "https") and parts.netloc else None


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())

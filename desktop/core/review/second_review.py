"""Second review: import another reviewer's verdicts, compare, resolve disagreements.

Matching (``plan_import``): a verdict in a review file names its claim by the source's
SHA-256 and the claim's passage. The claim is the one of that source at the same
position with the same quote; failing that (the position moved), the claim of that
source with the same quote whose context matches best, then the nearest. Quotes compare
as the same text when they differ only in Unicode composition, apostrophes (’ is ') and
runs of whitespace; case, accents and words must be identical. A verdict whose source or
claim this project lacks, or whose status it does not have, is listed as unmatched. A
verdict already imported (same claim, reviewer, status and time) is not imported twice.

Imported verdicts keep their reviewer and time, record the file's name in
``imported_from``, are audited under who imported them, and leave the claim's status
alone. ``compare`` sets two reviewers' latest verdicts side by side (final verdicts
aside), with Cohen's kappa over the claims both reviewed; ``resolve`` records the final
verdict and who decided.
"""

from __future__ import annotations

import enum
import unicodedata
from dataclasses import dataclass
from typing import Final

from desktop.core.anchoring import APOSTROPHES
from desktop.core.claim_reads import ClaimReader
from desktop.core.claim_store import ClaimStore
from desktop.core.claims import (
    Claim,
    ClaimChange,
    ClaimStatusId,
    Verdict,
)
from desktop.core.errors import NotFound
from desktop.core.models import AnnotationId
from desktop.core.review.kappa import cohen_kappa, observed_agreement
from desktop.core.review.review_file import ReviewedVerdict, ReviewFile
from desktop.core.store import Store


class Unmatched(enum.StrEnum):
    """Why a verdict of a review file found no claim here."""

    NO_SOURCE = "no_source"
    """No source of the project has the file's SHA-256."""
    NO_CLAIM = "no_claim"
    """The source is here, but no claim with that quote."""
    UNKNOWN_STATUS = "unknown_status"
    """The project has no status of that key or name."""


@dataclass(frozen=True)
class MatchedVerdict:
    """A verdict of the file (``index`` from 0) and the claim it is about here."""

    index: int
    claim_id: AnnotationId
    status_id: ClaimStatusId
    rationale: str | None
    created: str
    moved: bool
    """The claim was found by its quote at another position."""


@dataclass(frozen=True)
class UnmatchedVerdict:
    index: int
    reason: Unmatched
    quote: str
    status: str
    source_title: str | None


@dataclass(frozen=True)
class ImportPlan:
    """What importing a review file would do (the interface makes one command per item)."""

    review: ReviewFile
    matched: tuple[MatchedVerdict, ...]
    unmatched: tuple[UnmatchedVerdict, ...]
    already: int
    """Verdicts imported before, left out."""


@dataclass(frozen=True)
class ImportReport:
    file: str
    reviewer: str
    imported: tuple[Verdict, ...]
    moved: int
    unmatched: tuple[UnmatchedVerdict, ...]
    already: int
    change: ClaimChange


@dataclass(frozen=True)
class ComparedClaim:
    """Two reviewers' latest verdicts on one claim."""

    claim_id: AnnotationId
    a: Verdict
    b: Verdict
    final: Verdict | None
    """The latest final verdict on the claim, if a disagreement was settled."""

    @property
    def agree(self) -> bool:
        return self.a.status_id == self.b.status_id

    @property
    def resolved(self) -> bool:
        return self.final is not None


@dataclass(frozen=True)
class Comparison:
    a: str
    b: str
    rows: tuple[ComparedClaim, ...]
    """Claims both reviewed, in reading order."""
    kappa: float | None
    agreement: float | None
    """The share of those claims with the same status."""
    only_a: tuple[AnnotationId, ...]
    only_b: tuple[AnnotationId, ...]

    @property
    def disagreements(self) -> tuple[ComparedClaim, ...]:
        return tuple(r for r in self.rows if not r.agree)

    @property
    def unresolved(self) -> tuple[ComparedClaim, ...]:
        return tuple(r for r in self.rows if not r.agree and not r.resolved)


# ---------------------------------------------------------------------- import

_ONE_APOSTROPHE: Final = str.maketrans({ch: "'" for ch in APOSTROPHES})


def same_text(text: str) -> str:
    """text as quotes are compared: composed, one apostrophe, single spaces."""
    return " ".join(unicodedata.normalize("NFC", text).translate(_ONE_APOSTROPHE).split())


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _find_claim(claims: list[Claim], rv: ReviewedVerdict) -> tuple[Claim, bool] | None:
    """The claim this verdict is about, and whether it was found at another position."""
    wanted = same_text(rv.quote)
    for c in claims:
        if (c.start, c.end) == (rv.start, rv.end) and same_text(c.quote) == wanted:
            return c, False
    same = [c for c in claims if same_text(c.quote) == wanted]
    if not same:
        return None
    best = max(
        same,
        key=lambda c: (
            _common_suffix(c.prefix, rv.prefix) + _common_prefix(c.suffix, rv.suffix),
            -abs(c.start - rv.start),
            -c.annotation_id,
        ),
    )
    return best, True


def plan_import(store: Store, review: ReviewFile) -> ImportPlan:
    """Match each verdict of the review file to a claim of this project (module doc)."""
    reader = ClaimReader(store)
    by_source: dict[str, list[Claim]] = {}
    matched: list[MatchedVerdict] = []
    unmatched: list[UnmatchedVerdict] = []
    already = 0
    existing = {
        (v.claim_id, v.status_id, v.created)
        for vs in reader.standing_verdicts(reviewer=review.reviewer).values()
        for v in vs
        if v.imported_from is not None
    }
    has_source: dict[str, bool] = {}
    for index, rv in enumerate(review.verdicts):
        if rv.sha256 not in has_source:
            source = store.source_with_sha(rv.sha256)
            has_source[rv.sha256] = source is not None
            by_source[rv.sha256] = [] if source is None else reader.claims(source_ids=[source.id])
        found = _find_claim(by_source[rv.sha256], rv)
        if found is None:
            reason = Unmatched.NO_CLAIM if has_source[rv.sha256] else Unmatched.NO_SOURCE
            unmatched.append(UnmatchedVerdict(index, reason, rv.quote, rv.status, rv.source_title))
            continue
        try:
            status = reader.status_by_key_or_name(rv.status)
        except NotFound:
            unmatched.append(
                UnmatchedVerdict(
                    index, Unmatched.UNKNOWN_STATUS, rv.quote, rv.status, rv.source_title
                )
            )
            continue
        claim, moved = found
        if (claim.annotation_id, status.id, rv.created) in existing:
            already += 1
            continue
        existing.add((claim.annotation_id, status.id, rv.created))
        matched.append(
            MatchedVerdict(index, claim.annotation_id, status.id, rv.rationale, rv.created, moved)
        )
    return ImportPlan(review, tuple(matched), tuple(unmatched), already)


def import_verdicts(store: Store, review: ReviewFile, *, who: str) -> ImportReport:
    """Import the review file's verdicts that match claims here, in one transaction."""
    plan = plan_import(store, review)
    claims = ClaimStore(store)
    imported: list[Verdict] = []
    changes: list[ClaimChange] = []
    with store.db.atomic():
        for m in plan.matched:
            verdict, change = claims.set_verdict(
                m.claim_id,
                who=who,
                reviewer=review.reviewer,
                status_id=m.status_id,
                rationale=m.rationale,
                imported_from=review.name,
                created=m.created,
            )
            imported.append(verdict)
            changes.append(change)
    return ImportReport(
        file=review.name,
        reviewer=review.reviewer,
        imported=tuple(imported),
        moved=sum(1 for m in plan.matched if m.moved),
        unmatched=plan.unmatched,
        already=plan.already,
        change=ClaimChange(
            claim_ids=tuple(sorted({c for ch in changes for c in ch.claim_ids})),
            verdict_ids=tuple(v for ch in changes for v in ch.verdict_ids),
            audit_ids=tuple(a for ch in changes for a in ch.audit_ids),
        ),
    )


# --------------------------------------------------------------------- compare


def compare(store: Store, a: str, b: str) -> Comparison:
    """Reviewers a and b side by side on the claims they reviewed (module doc)."""
    reader = ClaimReader(store)
    claims = reader.claims()
    standing = reader.standing_verdicts([c.annotation_id for c in claims])
    rows: list[ComparedClaim] = []
    only_a: list[AnnotationId] = []
    only_b: list[AnnotationId] = []
    for c in claims:
        verdicts = standing.get(c.annotation_id, [])
        own = [v for v in verdicts if not v.final]
        va = [v for v in own if v.reviewer == a]
        vb = [v for v in own if v.reviewer == b]
        finals = [v for v in verdicts if v.final]
        if va and vb:
            rows.append(
                ComparedClaim(c.annotation_id, va[-1], vb[-1], finals[-1] if finals else None)
            )
        elif va:
            only_a.append(c.annotation_id)
        elif vb:
            only_b.append(c.annotation_id)
    pairs = [(int(r.a.status_id), int(r.b.status_id)) for r in rows]
    return Comparison(
        a=a,
        b=b,
        rows=tuple(rows),
        kappa=cohen_kappa(pairs),
        agreement=observed_agreement(pairs),
        only_a=tuple(only_a),
        only_b=tuple(only_b),
    )


def resolve(
    store: Store,
    claim_id: AnnotationId,
    *,
    who: str,
    status_id: ClaimStatusId,
    rationale: str | None = None,
) -> tuple[Verdict, ClaimChange]:
    """Settle a disagreement: a final verdict by ``who``, which becomes the claim's status."""
    return ClaimStore(store).set_verdict(
        claim_id, who=who, status_id=status_id, rationale=rationale, final=True
    )

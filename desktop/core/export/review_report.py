"""The review report: one standalone HTML page of claims, verdicts and evidence.

At the top, counts: claims, reviewed or not, each status, disagreements left open and
those settled by a final decision, evidence by relation. Then, source by source, each
claim (anchor ``#claim-<id>``, which ClaimReview ``url``s point at): its quote, summary,
claimant, when it was said and its status in the status's colour; each reviewer's
standing verdicts with rationale and date; the final decision and who took it; the
evidence passages with their source titles and relation.

The page loads nothing: CSS is inline (with print rules), there is no script, image or
font, and no address in any attribute — a source's web address is printed as text — so
opening it sends nothing anywhere. Every piece of the user's text is HTML-escaped. Labels
are English; quotes, summaries, names, rationales and status names are the user's own.
With ``reviewer``, only that reviewer's verdicts are shown (final decisions by anyone
stay), and only the claims they judged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from html import escape
from pathlib import Path
from typing import Final

from desktop import __version__
from desktop.core.claim_reads import ClaimReader, disagreement
from desktop.core.claims import Claim, ClaimStatus, Evidence, EvidenceRelation, Verdict
from desktop.core.export.claimreview import chosen_verdict
from desktop.core.export.common import atomic_file
from desktop.core.models import Source, SourceId
from desktop.core.store import Store

_COLOUR: Final = re.compile(r"^#[0-9a-fA-F]{6}$")
_LANG: Final = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
_RELATIONS: Final = {
    EvidenceRelation.SUPPORTS: "Supports",
    EvidenceRelation.CONTRADICTS: "Contradicts",
    EvidenceRelation.CONTEXT: "Context",
}

_CSS: Final = """
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; margin: 0 auto;
       max-width: 52em; padding: 1em 1.5em 4em; }
h1, h2, h3, table, dl, .meta, .badge, .decision, footer {
       font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7em; margin-bottom: .2em; }
h2 { border-bottom: 2px solid #ccc; margin-top: 2em; }
h3 { font-size: 1.05em; margin: 0 0 .4em; }
.meta { color: #555; font-size: .85em; margin: 0 0 .8em; }
.counts { display: flex; flex-wrap: wrap; gap: .4em 1.6em; margin: 0; padding: 0;
          list-style: none; font-family: "Helvetica Neue", Arial, sans-serif; }
.counts b { font-size: 1.3em; }
section.claim { border: 1px solid #ddd; border-left: 6px solid var(--status); border-radius: 4px;
                padding: .8em 1em; margin: 1.2em 0; }
blockquote { margin: .3em 0 .6em; padding-left: .8em; border-left: 3px solid #eee;
             white-space: pre-wrap; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; font-size: .9em;
     margin: .4em 0; }
dt { color: #555; } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: .85em; margin: .4em 0; }
th, td { border-bottom: 1px solid #ddd; padding: .3em .4em; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; }
.badge { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .8em;
         white-space: nowrap; border: 1px solid rgba(0, 0, 0, .25); }
.decision { font-size: .9em; margin: .4em 0; }
.open { color: #b00020; font-weight: bold; }
.rationale, .note { white-space: pre-wrap; }
ul.evidence { padding-left: 1.2em; font-size: .92em; }
ul.evidence li { margin-bottom: .4em; }
.none { color: #777; font-style: italic; }
.url { word-break: break-all; }
footer { margin-top: 3em; color: #777; font-size: .8em; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.claim, tr, li { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _colour(value: str) -> str:
    return value if _COLOUR.match(value) else "#999999"


def _ink(background: str) -> str:
    """Black or white, whichever reads better on background (#rrggbb)."""
    r, g, b = (int(background[i : i + 2], 16) / 255 for i in (1, 3, 5))
    lum = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    luminance = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2]
    return "#000000" if luminance > 0.179 else "#ffffff"


def _when(stamp: str | None) -> str:
    """An ISO timestamp as "YYYY-MM-DD HH:MM UTC" (the text itself when unreadable)."""
    if not stamp:
        return ""
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _lang(source: Source | None) -> str:
    if source is not None and _LANG.match(source.lang or ""):
        return f' lang="{_e(source.lang)}"'
    return ""


class _Report:
    """Builds the page from one read of the claim tables."""

    def __init__(self, store: Store, reviewer: str | None) -> None:
        self.store = store
        self.reviewer = reviewer
        reader = ClaimReader(store)
        self.reader = reader
        self.statuses = {s.id: s for s in reader.statuses()}
        self.sources = {s.id: s for s in store.sources()}
        claims = reader.claims()
        self.verdicts = reader.standing_verdicts([c.annotation_id for c in claims])
        if reviewer is not None:
            claims = [
                c
                for c in claims
                if any(v.reviewer == reviewer for v in self.verdicts.get(c.annotation_id, []))
            ]
        self.claims = claims
        self.evidence = {c.annotation_id: reader.evidence_for(c.annotation_id) for c in claims}
        self.out: list[str] = []

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    def title(self, source_id: SourceId) -> str:
        source = self.sources.get(source_id)
        return source.title if source is not None else f"Source {int(source_id)}"

    def badge(self, status: ClaimStatus | None) -> str:
        if status is None:
            return '<span class="badge">?</span>'
        colour = _colour(status.colour)
        return (
            f'<span class="badge" style="background: {colour}; color: {_ink(colour)}">'
            f"{_e(status.name)}</span>"
        )

    # ------------------------------------------------------------------ parts

    def head(self) -> None:
        name = self.store.name
        self.w(
            "<!DOCTYPE html>\n",
            '<html lang="en">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>Review report – {_e(name)}</title>\n",
            f"<style>{_CSS}</style>\n</head>\n<body>\n",
            f"<h1>Review report – {_e(name)}</h1>\n",
            f'<p class="meta">Written {_e(_when(datetime.now(UTC).isoformat()))}',
        )
        if self.reviewer is not None:
            self.w(f" · verdicts by {_e(self.reviewer)} and final decisions only")
        self.w("</p>\n")

    def counts(self) -> None:
        standing = [self.shown(c) for c in self.claims]
        reviewed = sum(1 for vs in standing if vs)
        open_ = sum(1 for c in self.claims if disagreement(self.verdicts.get(c.annotation_id, [])))
        settled = sum(
            1 for c in self.claims if any(v.final for v in self.verdicts.get(c.annotation_id, []))
        )
        by_status = Counter(c.status_id for c in self.claims)
        relations = Counter(e.relation for es in self.evidence.values() for e in es)
        items = [
            ("claims", len(self.claims)),
            ("with a verdict", reviewed),
            ("not reviewed", len(self.claims) - reviewed),
            ("reviewers disagree, no final decision", open_),
            ("settled by a final decision", settled),
        ]
        self.w('<h2>Summary</h2>\n<ul class="counts">\n')
        for label, n in items:
            self.w(f"<li><b>{n}</b> {_e(label)}</li>\n")
        self.w('</ul>\n<h3>Status</h3>\n<ul class="counts">\n')
        for status in self.statuses.values():
            if by_status.get(status.id):
                self.w(f"<li><b>{by_status[status.id]}</b> {self.badge(status)}</li>\n")
        self.w("</ul>\n")
        if relations:
            self.w('<h3>Evidence</h3>\n<ul class="counts">\n')
            for relation, label in _RELATIONS.items():
                if relations.get(relation):
                    self.w(f"<li><b>{relations[relation]}</b> {_e(label.lower())}</li>\n")
            self.w("</ul>\n")

    def shown(self, claim: Claim) -> list[Verdict]:
        """The standing verdicts the report shows for a claim."""
        verdicts = self.verdicts.get(claim.annotation_id, [])
        if self.reviewer is None:
            return verdicts
        return [v for v in verdicts if v.reviewer == self.reviewer or v.final]

    def body(self) -> None:
        if not self.claims:
            self.w('<p class="none">No claims.</p>\n')
            return
        current: SourceId | None = None
        for claim in self.claims:
            if claim.source_id != current:
                current = claim.source_id
                self.source_heading(current)
            self.claim(claim)

    def source_heading(self, source_id: SourceId) -> None:
        source = self.sources.get(source_id)
        self.w(f'<h2 id="source-{int(source_id)}">{_e(self.title(source_id))}</h2>\n')
        details = []
        if source is not None and source.published:
            details.append(f"published {_e(source.published)}")
        if source is not None and source.url:
            details.append(f'<span class="url">{_e(source.url)}</span>')
        if details:
            self.w(f'<p class="meta">{" · ".join(details)}</p>\n')

    def claim(self, claim: Claim) -> None:
        status = self.statuses.get(claim.status_id)
        colour = _colour(status.colour) if status else "#999999"
        source = self.sources.get(claim.source_id)
        heading = claim.summary or claim.quote
        self.w(
            f'<section class="claim" id="claim-{int(claim.annotation_id)}" '
            f'style="--status: {colour}">\n',
            f"<h3>{self.badge(status)} <span{_lang(source) if not claim.summary else ''}>"
            f"{_e(' '.join(heading.split()))}</span></h3>\n",
            f"<blockquote{_lang(source)}>{_e(claim.quote)}</blockquote>\n<dl>\n",
            f"<dt>Source</dt><dd>{_e(self.title(claim.source_id))}</dd>\n",
        )
        rows = [
            ("Summary", claim.summary),
            ("Claimant", self.reader.claimant_name(claim)),
            ("Said on", claim.said_on),
        ]
        for label, value in rows:
            if value:
                self.w(f"<dt>{label}</dt><dd>{_e(value)}</dd>\n")
        self.w(f"<dt>Status</dt><dd>{self.badge(status)}</dd>\n</dl>\n")
        self.verdict_table(claim)
        self.decision(claim)
        self.evidence_list(self.evidence.get(claim.annotation_id, []))
        self.w("</section>\n")

    def verdict_table(self, claim: Claim) -> None:
        verdicts = sorted(self.shown(claim), key=lambda v: (v.reviewer.casefold(), v.created))
        if not verdicts:
            self.w('<p class="none">Not reviewed yet.</p>\n')
            return
        self.w(
            "<table>\n<thead><tr><th>Reviewer</th><th>Verdict</th><th>Rationale</th>"
            "<th>Date</th></tr></thead>\n<tbody>\n"
        )
        for v in verdicts:
            notes = []
            if v.final:
                notes.append("final decision")
            if v.imported_from:
                notes.append(f"imported from {v.imported_from}")
            extra = f'<br><span class="meta">{_e("; ".join(notes))}</span>' if notes else ""
            self.w(
                f"<tr><td>{_e(v.reviewer)}{extra}</td>",
                f"<td>{self.badge(self.statuses.get(v.status_id))}</td>",
                f'<td class="rationale">{_e(v.rationale or "")}</td>',
                f"<td>{_e(_when(v.created))}</td></tr>\n",
            )
        self.w("</tbody>\n</table>\n")

    def decision(self, claim: Claim) -> None:
        verdicts = self.verdicts.get(claim.annotation_id, [])
        final = next((v for v in reversed(verdicts) if v.final), None)
        if final is not None:
            who = final.decided_by or final.reviewer
            self.w(
                '<p class="decision">Final decision: ',
                self.badge(self.statuses.get(final.status_id)),
                f" by {_e(who)}, {_e(_when(final.created))}",
            )
            if final.rationale:
                self.w(f' — <span class="rationale">{_e(final.rationale)}</span>')
            self.w("</p>\n")
        elif disagreement(verdicts):
            latest = chosen_verdict(verdicts)
            names = ", ".join(sorted({v.reviewer for v in verdicts}, key=str.casefold))
            self.w(
                '<p class="decision"><span class="open">Reviewers disagree</span> '
                f"({_e(names)}); no final decision yet",
                f" (latest: {self.badge(self.statuses.get(latest.status_id))})" if latest else "",
                ".</p>\n",
            )

    def evidence_list(self, evidence: Iterable[Evidence]) -> None:
        items = list(evidence)
        if not items:
            return
        self.w('<ul class="evidence">\n')
        for e in items:
            source = self.sources.get(e.source_id)
            self.w(
                f"<li><b>{_e(_RELATIONS.get(e.relation, e.relation))}:</b> ",
                f"<q{_lang(source)}>{_e(' '.join(e.quote.split()))}</q>",
                f" — <i>{_e(self.title(e.source_id))}</i>",
            )
            if e.note:
                self.w(f'<br><span class="note">{_e(e.note)}</span>')
            self.w("</li>\n")
        self.w("</ul>\n")

    def build(self) -> str:
        self.head()
        self.counts()
        self.body()
        self.w(
            f"<footer>Made with Recoupe {_e(__version__)}</footer>\n",
            "</body>\n</html>\n",
        )
        return "".join(self.out)


def review_report_html(store: Store, *, reviewer: str | None = None) -> str:
    """The review report as one HTML document (see the module doc); reads the project only."""
    return _Report(store, reviewer).build()


def write_review_report(store: Store, out: Path, *, reviewer: str | None = None) -> None:
    """Write ``review_report_html`` to ``out`` (all or nothing)."""
    html = review_report_html(store, reviewer=reviewer)
    with atomic_file(Path(out)) as tmp:
        tmp.write_text(html, encoding="utf-8")

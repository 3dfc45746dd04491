"""What the review mode shows of a claim, its evidence and a candidate contradiction, as HTML.

Pure functions over the stores: they read, never write. Colours are explicit on both sides
(text and background) wherever a background is set, so a light or dark palette keeps them
readable.
"""

from __future__ import annotations

from html import escape
from typing import Final

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core import edtf
from desktop.core.claim_store import ClaimStore
from desktop.core.claims import Claim, ClaimStatus, Evidence, EvidenceRelation, Verdict
from desktop.core.errors import NotFound
from desktop.core.models import SourceId
from desktop.core.review.contradictions import Contradiction
from desktop.core.store import Store
from desktop.ui.claim_labels import chip_colours, relation_label, status_label
from desktop.ui.models.timeline_scale import format_date

CONTEXT: Final = 260
"""Characters of text shown on each side of a passage (cut at a word)."""
MARK_BG: Final = "#ffe98a"
MARK_FG: Final = "#1a1a1a"
RELATION_COLOURS: Final = {
    EvidenceRelation.SUPPORTS: "#2e7d32",
    EvidenceRelation.CONTRADICTS: "#c62828",
    EvidenceRelation.CONTEXT: "#546e7a",
}


def tr(text: str) -> str:
    return QCoreApplication.translate("Review", text)


def chip(text: str, colour: str) -> str:
    """A coloured label with readable text."""
    background, ink = chip_colours(colour)
    return (
        f"<span style='background-color:{background.name()}; color:{ink.name()}; "
        f"font-weight:600'>&nbsp;{escape(text)}&nbsp;</span>"
    )


def context_of(store: Store, source_id: SourceId, start: int, end: int) -> tuple[str, str, str]:
    """(before, passage, after) of [start, end) in its source, cut at words, with "…"."""
    text = store.source_text(source_id)
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    before, after = text[lo:start], text[end:hi]
    if lo > 0:
        cut = before.find(" ")
        before = "…" + (before[cut + 1 :] if 0 <= cut < 40 else before)
    if hi < len(text):
        cut = after.rfind(" ")
        after = (after[:cut] if cut > len(after) - 40 else after) + "…"
    return before, text[start:end], after


def passage_html(before: str, passage: str, after: str) -> str:
    """Text around a marked passage; line breaks kept."""

    def lines(s: str) -> str:
        return escape(s).replace("\n", "<br>")

    return (
        f"{lines(before)}<span style='background-color:{MARK_BG}; color:{MARK_FG}'>"
        f"{lines(passage)}</span>{lines(after)}"
    )


def date_text(value: str | None) -> str:
    """An EDTF value as a reader says it; the raw text when it does not parse."""
    if not value:
        return ""
    try:
        return format_date(edtf.parse(value), QLocale(), weekday=False)
    except edtf.EdtfError:
        return value


def source_line(store: Store, source_id: SourceId) -> str:
    """The source's title and publication date."""
    try:
        source = store.source(source_id)
    except NotFound:
        return escape(tr("(source removed)"))
    line = f"<b>{escape(source.title)}</b>"
    if source.published:
        line += " · " + escape(tr("published %1").replace("%1", date_text(source.published)))
    return line


def _field(name: str, value: str) -> str:
    return (
        f"<tr><td style='padding-right:10px; white-space:nowrap'><i>{escape(name)}</i></td>"
        f"<td>{escape(value)}</td></tr>"
    )


def claim_html(store: Store, claims: ClaimStore, claim: Claim, reviewer: str) -> str:
    """The claim pane: source, claimant, summary, date, the passage in context, verdicts."""
    statuses = {s.id: s for s in claims.statuses()}
    parts = [f"<p>{source_line(store, claim.source_id)}</p>"]
    rows = [
        _field(tr("Claimant"), claims.claimant_name(claim) or tr("not set")),
        _field(tr("Summary"), claim.summary or tr("not set")),
        _field(tr("Said on"), date_text(claim.said_on) or tr("not set")),
    ]
    parts.append("<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>")
    status = statuses.get(claim.status_id)
    if status is not None:
        parts.append(f"<p>{escape(tr('Status:'))} {chip(status_label(status), status.colour)}</p>")
    verdicts = claims.latest_verdicts(claim.annotation_id)
    if verdicts:
        items = [
            verdict_line(v, statuses.get(v.status_id), mine=name == reviewer)
            for name, v in sorted(verdicts.items())
        ]
        parts.append(
            f"<p style='margin-bottom:0'><b>{escape(tr('Verdicts'))}</b></p>"
            "<ul style='margin-top:0'>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
        )
    else:
        parts.append(f"<p><i>{escape(tr('No verdict yet.'))}</i></p>")
    before, passage, after = context_of(store, claim.source_id, claim.start, claim.end)
    parts.append(
        f"<p style='font-size:13pt; line-height:130%'>{passage_html(before, passage, after)}</p>"
    )
    return "".join(parts)


def verdict_line(verdict: Verdict, status: ClaimStatus | None, *, mine: bool) -> str:
    who = escape(verdict.reviewer) + (escape(tr(" (you)")) if mine else "")
    label = chip(status_label(status), status.colour) if status is not None else "?"
    line = f"{who}: {label}"
    if verdict.final:
        line += " " + escape(tr("final, decided by %1").replace("%1", verdict.decided_by or "?"))
    if verdict.rationale:
        line += f" — “{escape(verdict.rationale)}”"
    line += f" <small>({escape(verdict.created[:10])})</small>"
    return line


def _trim(before: str, after: str, reach: int) -> tuple[str, str]:
    """At most reach characters of context on each side, "…" where cut."""
    if len(before) > reach:
        before = before[-reach:]
        cut = before.find(" ")
        before = "…" + (before[cut + 1 :] if 0 <= cut < 30 else before)
    if len(after) > reach:
        after = after[:reach]
        cut = after.rfind(" ")
        after = (after[:cut] if cut > reach - 30 else after) + "…"
    return before, after


def evidence_html(store: Store, evidence: list[Evidence]) -> str:
    """The evidence pane: each linked passage with its relation, context and source."""
    if not evidence:
        empty = tr("No evidence is linked to this claim yet.")
        how = tr(
            "Select a passage that supports or contradicts it in a source and use "
            "Review ▸ Link Selection as Evidence (Ctrl+E): it shows here, next to the claim."
        )
        return f"<p><i>{escape(empty)}</i></p><p>{escape(how)}</p>"
    title = tr("Evidence (%1)").replace("%1", str(len(evidence)))
    parts = [f"<p><b>{escape(title)}</b></p>"]
    for e in evidence:
        colour = RELATION_COLOURS[e.relation]
        try:
            before, passage, after = context_of(store, e.source_id, e.start, e.end)
        except NotFound:
            before, passage, after = e.prefix, e.quote, e.suffix
        before, after = _trim(before, after, 120)
        parts.append(
            "<table width='100%' cellspacing='0' cellpadding='6' "
            f"style='margin-bottom:8px; border-left:4px solid {colour}'><tr><td>"
            f"{chip(relation_label(e.relation), colour)} {source_line(store, e.source_id)}<br>"
            f"{passage_html(before, passage, after)}"
            + (f"<br><i>{escape(e.note)}</i>" if e.note else "")
            + "</td></tr></table>"
        )
    return "".join(parts)


def contradiction_html(store: Store, contradiction: Contradiction, state: str) -> str:
    """The differing passages side by side: value, source and passage in context."""
    cells = []
    for item in contradiction.items:
        try:
            before, passage, after = context_of(store, item.source_id, item.start, item.end)
        except NotFound:
            before, passage, after = "", item.quote, ""
        before, after = _trim(before, after, 160)
        cells.append(
            "<td valign='top' style='padding:8px; border:1px solid #9e9e9e'>"
            f"<p style='font-size:15pt; font-weight:600'>{escape(item.value)}</p>"
            f"<p>{source_line(store, item.source_id)}</p>"
            f"<p style='line-height:130%'>{passage_html(before, passage, after)}</p></td>"
        )
    title = contradiction.event_title or tr("Untitled event")
    head = (
        f"<p style='font-size:13pt'><b>{escape(title)}</b></p>"
        f"<p>{escape(contradiction.summary)}</p>"
    )
    if state:
        head += f"<p><b>{escape(state)}</b></p>"
    return (
        head
        + "<table width='100%' cellspacing='6' cellpadding='0'><tr>"
        + "".join(cells)
        + "</tr></table>"
    )


def finished_html(reviewed: int, claims: int, contradictions: tuple[int, int, int] | None) -> str:
    """The end of a session: how many claims have the reviewer's verdict, and what became
    of the candidate contradictions (recorded, dismissed, left open)."""
    text = f"<p style='font-size:16pt'><b>{escape(tr('Session finished'))}</b></p>"
    mine = tr("%1 of %2 claims have your verdict.")
    text += "<p>" + escape(mine.replace("%1", str(reviewed)).replace("%2", str(claims))) + "</p>"
    if contradictions is not None:
        recorded, dismissed, left = contradictions
        line = (
            tr("Contradictions: %1 recorded, %2 dismissed, %3 left open.")
            .replace("%1", str(recorded))
            .replace("%2", str(dismissed))
            .replace("%3", str(left))
        )
        text += f"<p>{escape(line)}</p>"
    return text

"""``report.html``: one standalone page showing a project, to read offline or print.

Each source with its highlights (tag colours, a legend, numbered notes), the timeline as
a table in date order, the entity index and the claims with their statuses. The page
loads nothing: CSS is inline, there is no script, no image, no font, and no address in
any attribute (a source's web address is printed as text, not linked) — opening it sends
nothing anywhere, which matters for sensitive sources. Links only jump inside the page.

Only accepted annotations are shown. The labels are English or French (``language``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from html import escape
from pathlib import Path
from typing import Any, Final

from desktop import __version__
from desktop.core.claim_reads import ClaimReader
from desktop.core.claims import BUILTIN_STATUS_FRENCH
from desktop.core.entity_reads import entities_json
from desktop.core.export.common import atomic_file
from desktop.core.models import Annotation, Source, Tag
from desktop.core.store import Store
from desktop.core.timeline import timeline_json

_COLOUR: Final = re.compile(r"^#[0-9a-fA-F]{6}$")

LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "report": "Report",
        "contents": "Contents",
        "sources": "Sources",
        "legend": "Tags",
        "timeline": "Timeline",
        "entities": "Entity index",
        "claims": "Claims",
        "published": "Published",
        "file": "File",
        "address": "Address",
        "notes": "Annotations",
        "no_annotations": "No annotations.",
        "when": "When",
        "event": "Event",
        "in_sources": "Sources",
        "conflict": "Sources disagree",
        "no_dates": "No dated events.",
        "no_entities": "No entities.",
        "person": "People",
        "organisation": "Organisations",
        "place": "Places",
        "also": "also",
        "status": "Status",
        "claim": "Claim",
        "source": "Source",
        "claimant": "Said by",
        "said_on": "Said on",
        "summary": "Summary",
        "verdicts": "Verdicts",
        "made_with": "Made with Recoupe",
        "back": "back to the text",
        "counts": "{sources} sources, {annotations} annotations",
    },
    "fr": {
        "report": "Rapport",
        "contents": "Sommaire",
        "sources": "Sources",
        "legend": "Étiquettes",
        "timeline": "Chronologie",
        "entities": "Index des entités",
        "claims": "Affirmations",
        "published": "Publié le",
        "file": "Fichier",
        "address": "Adresse",
        "notes": "Annotations",
        "no_annotations": "Aucune annotation.",
        "when": "Quand",
        "event": "Événement",
        "in_sources": "Sources",
        "conflict": "Les sources divergent",
        "no_dates": "Aucun événement daté.",
        "no_entities": "Aucune entité.",
        "person": "Personnes",
        "organisation": "Organisations",
        "place": "Lieux",
        "also": "aussi",
        "status": "Statut",
        "claim": "Affirmation",
        "source": "Source",
        "claimant": "Dit par",
        "said_on": "Dit le",
        "summary": "Résumé",
        "verdicts": "Verdicts",
        "made_with": "Fait avec Recoupe",
        "back": "retour au texte",
        "counts": "{sources} sources, {annotations} annotations",
    },
}
_BUILTIN_TAGS_FR: Final = {
    "Date": "Date",
    "Place": "Lieu",
    "Actor": "Acteur",
    "Claim": "Affirmation",
}

_CSS: Final = """
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1a1a1a; margin: 0 auto;
       max-width: 52em; padding: 1em 1.5em 4em; }
h1, h2, h3, nav, table, .meta, .legend, .notes, footer, .badge {
       font-family: "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.7em; margin-bottom: .2em; } h2 { border-bottom: 2px solid #ccc; margin-top: 2em; }
h3 { margin-bottom: .2em; }
nav ol { columns: 2; font-size: .9em; }
a { color: #1a4f8a; text-decoration: none; }
.meta { color: #555; font-size: .85em; margin: 0 0 .8em; }
.url { word-break: break-all; }
.text { white-space: pre-wrap; border-left: 3px solid #eee; padding-left: 1em; }
mark { color: inherit; padding: 0 .05em; border-radius: 2px; }
mark.many { box-shadow: inset 0 -2px 0 #444; }
sup.n { font: bold .65em sans-serif; color: #333; }
.legend span { display: inline-block; margin: 0 .8em .3em 0; font-size: .9em; }
.swatch { display: inline-block; width: .9em; height: .9em; vertical-align: -.1em;
          border: 1px solid #888; margin-right: .3em; }
.notes { font-size: .85em; } .notes li { margin-bottom: .2em; }
table { border-collapse: collapse; width: 100%; font-size: .85em; }
th, td { border-bottom: 1px solid #ddd; padding: .3em .4em; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; }
.badge { display: inline-block; padding: 0 .4em; border-radius: 3px; color: #fff;
         font-size: .8em; white-space: nowrap; }
.conflict { color: #b00020; font-weight: bold; }
footer { margin-top: 3em; color: #777; font-size: .8em; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav { display: none; }
  section.source { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .text { border-left: none; padding-left: 0; }
  a { color: inherit; }
}
"""


def _colour(value: str) -> str:
    return value if _COLOUR.match(value) else "#999999"


class _Page:
    """Builds the page; ``t`` reads a label in the report's language."""

    def __init__(self, store: Store, language: str) -> None:
        self.store = store
        self.language = language if language in LABELS else "en"
        self.labels = LABELS[self.language]
        self.tags = {t.id: t for t in store.tags()}
        self.sources = store.sources()
        self.titles: dict[int, str] = {int(s.id): s.title for s in self.sources}
        self.annotations = store.annotations()
        self.numbers: dict[int, int] = {int(a.id): i for i, a in enumerate(self.annotations, 1)}
        self.out: list[str] = []

    def t(self, key: str) -> str:
        return self.labels[key]

    def tag_name(self, tag: Tag) -> str:
        if self.language == "fr" and tag.builtin:
            return _BUILTIN_TAGS_FR.get(tag.name, tag.name)
        return tag.name

    def w(self, *parts: str) -> None:
        self.out.extend(parts)

    # ---------------------------------------------------------------- parts

    def head(self) -> None:
        name = escape(self.store.name)
        css = "".join(
            f".t{int(t.id)} {{ background: {_colour(t.colour)}5c; }}\n" for t in self.tags.values()
        )
        self.w(
            "<!DOCTYPE html>\n",
            f'<html lang="{self.language}">\n<head>\n<meta charset="utf-8">\n',
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
            f"<title>{name} — {escape(self.t('report'))}</title>\n",
            f"<style>{_CSS}{css}</style>\n</head>\n<body>\n",
            f"<h1>{name}</h1>\n",
            '<p class="meta">',
            escape(
                self.t("counts").format(
                    sources=len(self.sources), annotations=len(self.annotations)
                )
            ),
            "</p>\n",
        )

    def nav(self, has_claims: bool) -> None:
        self.w(f"<nav><h2>{escape(self.t('contents'))}</h2><ol>\n")
        for s in self.sources:
            self.w(f'<li><a href="#s{int(s.id)}">{escape(s.title)}</a></li>\n')
        parts = ["timeline", "entities"] + (["claims"] if has_claims else [])
        for key in parts:
            self.w(f'<li><a href="#{key}">{escape(self.t(key))}</a></li>\n')
        self.w("</ol></nav>\n")

    def legend(self) -> None:
        used = {a.tag_id for a in self.annotations}
        self.w(f'<div class="legend" aria-label="{escape(self.t("legend"))}">')
        for tag in self.tags.values():
            if tag.id in used:
                self.w(
                    f'<span><span class="swatch t{int(tag.id)}"></span>'
                    f"{escape(self.tag_name(tag))}</span>"
                )
        self.w("</div>\n")

    def source(self, source: Source, annotations: Sequence[Annotation]) -> None:
        sid = int(source.id)
        self.w(
            f'<section class="source" id="s{sid}">\n<h2>{escape(source.title)}</h2>\n',
            '<p class="meta">',
        )
        facts = []
        if source.published:
            facts.append(f"{escape(self.t('published'))} {escape(source.published)}")
        facts.append(f"{escape(self.t('file'))} {escape(source.filename)}")
        if source.url:
            facts.append(
                f'{escape(self.t("address"))} <span class="url">{escape(source.url)}</span>'
            )
        self.w(" · ".join(facts), "</p>\n")
        self.w(
            '<div class="text">', self.highlighted(self.store.source_text(source.id), annotations)
        )
        self.w("</div>\n")
        self.notes(annotations)
        self.w("</section>\n")

    def highlighted(self, text: str, annotations: Sequence[Annotation]) -> str:
        """The text with a mark per stretch covered by annotations and a number after each."""
        starts: dict[int, list[Annotation]] = defaultdict(list)
        ends: dict[int, list[Annotation]] = defaultdict(list)
        for a in annotations:
            starts[a.start].append(a)
            ends[a.end].append(a)
        bounds = sorted({0, len(text), *starts, *ends})
        active: dict[int, Annotation] = {}
        out: list[str] = []
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            for a in ends.get(lo, ()):
                active.pop(int(a.id), None)
                n = self.numbers[int(a.id)]
                out.append(f'<sup class="n"><a href="#n{int(a.id)}">{n}</a></sup>')
            for a in starts.get(lo, ()):
                active[int(a.id)] = a
                out.append(f'<a id="a{int(a.id)}"></a>')
            piece = escape(text[lo:hi])
            if not active:
                out.append(piece)
                continue
            inner = min(active.values(), key=lambda a: (a.end - a.start, a.id))
            many = " many" if len(active) > 1 else ""
            tags = ", ".join(sorted({self.tag_name(self.tags[a.tag_id]) for a in active.values()}))
            out.append(
                f'<mark class="t{int(inner.tag_id)}{many}" title="{escape(tags)}">{piece}</mark>'
            )
        for a in ends.get(len(text), ()):
            out.append(
                f'<sup class="n"><a href="#n{int(a.id)}">{self.numbers[int(a.id)]}</a></sup>'
            )
        return "".join(out)

    def notes(self, annotations: Sequence[Annotation]) -> None:
        self.w(f'<div class="notes"><h3>{escape(self.t("notes"))}</h3>\n')
        if not annotations:
            self.w(f"<p>{escape(self.t('no_annotations'))}</p></div>\n")
            return
        self.w("<ol>\n")
        for a in annotations:
            tag = self.tags[a.tag_id]
            parts = [
                f'<span class="swatch t{int(tag.id)}"></span><b>{escape(self.tag_name(tag))}</b>',
                f"« {escape(_one_line(a.quote))} »"
                if self.language == "fr"
                else f"“{escape(_one_line(a.quote))}”",
            ]
            if a.value:
                parts.append(f"→ {escape(a.value)}")
            if a.note:
                parts.append(f"<i>{escape(a.note)}</i>")
            self.w(
                f'<li value="{self.numbers[int(a.id)]}" id="n{int(a.id)}">',
                " ".join(parts),
                f' <a href="#a{int(a.id)}" title="{escape(self.t("back"))}">↑</a></li>\n',
            )
        self.w("</ol></div>\n")

    def timeline(self) -> None:
        events = timeline_json(self.store)
        self.w(f'<section id="timeline"><h2>{escape(self.t("timeline"))}</h2>\n')
        if not events:
            self.w(f"<p>{escape(self.t('no_dates'))}</p></section>\n")
            return
        self.w(
            f"<table><thead><tr><th>{escape(self.t('when'))}</th>"
            f"<th>{escape(self.t('event'))}</th><th>{escape(self.t('in_sources'))}</th>"
            "</tr></thead><tbody>\n"
        )
        for e in events:
            when = escape(", ".join(v["value"] for v in e["values"]))
            if e["conflict"]:
                when += f'<br><span class="conflict">{escape(self.t("conflict"))}</span>'
            quotes = " · ".join(
                f'<a href="#a{int(a)}">{escape(_one_line(q, 90))}</a>'
                for a, q in zip(e["annotation_ids"], e["quotes"], strict=True)
            )
            title = f"<b>{escape(e['title'])}</b><br>" if e["title"] else ""
            sources = ", ".join(
                f'<a href="#s{int(s["id"])}">{escape(s["title"])}</a>' for s in e["sources"]
            )
            self.w(f"<tr><td>{when}</td><td>{title}{quotes}</td><td>{sources}</td></tr>\n")
        self.w("</tbody></table></section>\n")

    def entities(self) -> None:
        found = entities_json(self.store)
        self.w(f'<section id="entities"><h2>{escape(self.t("entities"))}</h2>\n')
        if not found:
            self.w(f"<p>{escape(self.t('no_entities'))}</p></section>\n")
            return
        for kind in ("person", "organisation", "place"):
            chosen = sorted(
                (e for e in found if e["type"] == kind),
                key=lambda e: (e["name"].casefold(), e["id"]),
            )
            if not chosen:
                continue
            self.w(f"<h3>{escape(self.t(kind))}</h3>\n<ul>\n")
            for e in chosen:
                self.w(f"<li><b>{escape(e['name'])}</b>")
                if e["aliases"]:
                    names = ", ".join(escape(a["alias"]) for a in e["aliases"])
                    self.w(f" <i>({escape(self.t('also'))} {names})</i>")
                self.w(" — ", self.mentions(e["mentions"]), "</li>\n")
            self.w("</ul>\n")
        self.w("</section>\n")

    def mentions(self, mentions: Iterable[dict[str, Any]]) -> str:
        by_source: dict[int, list[int]] = defaultdict(list)
        for m in mentions:
            by_source[int(m["source_id"])].append(int(m["annotation_id"]))
        parts = []
        for sid in sorted(by_source):
            links = " ".join(
                f'<a href="#a{a}">[{self.numbers.get(a, "·")}]</a>' for a in by_source[sid]
            )
            parts.append(f"{escape(self.titles.get(sid, str(sid)))} {links}")
        return "; ".join(parts)

    def claims(self) -> bool:
        reader = ClaimReader(self.store)
        claims = reader.claims()
        if not claims:
            return False
        statuses = {s.id: s for s in reader.statuses()}
        self.w(
            f'<section id="claims"><h2>{escape(self.t("claims"))}</h2>\n<table><thead><tr>',
            f"<th>{escape(self.t('status'))}</th><th>{escape(self.t('claim'))}</th>",
            f"<th>{escape(self.t('source'))}</th><th>{escape(self.t('verdicts'))}</th>",
            "</tr></thead><tbody>\n",
        )
        for c in claims:
            status = statuses.get(c.status_id)
            badge = self.status_badge(status) if status is not None else ""
            details = [f'<a href="#a{int(c.annotation_id)}">{escape(_one_line(c.quote, 200))}</a>']
            for key, value in (
                ("summary", c.summary),
                ("claimant", c.claimant),
                ("said_on", c.said_on),
            ):
                if value:
                    details.append(f"{escape(self.t(key))}: {escape(value)}")
            verdicts = "<br>".join(
                f"{escape(who)}: {self.status_badge(statuses[v.status_id])}"
                + (f" {escape(_one_line(v.rationale, 200))}" if v.rationale else "")
                for who, v in sorted(reader.latest_verdicts(c.annotation_id).items())
                if v.status_id in statuses
            )
            self.w(
                f"<tr><td>{badge}</td><td>{'<br>'.join(details)}</td>",
                f'<td><a href="#s{int(c.source_id)}">'
                f"{escape(self.titles.get(int(c.source_id), ''))}</a></td>",
                f"<td>{verdicts}</td></tr>\n",
            )
        self.w("</tbody></table></section>\n")
        return True

    def status_badge(self, status: Any) -> str:
        name = status.name
        if self.language == "fr" and status.key:
            name = BUILTIN_STATUS_FRENCH.get(status.key, name)
        return (
            f'<span class="badge" style="background: {_colour(status.colour)}">'
            f"{escape(name)}</span>"
        )

    def build(self) -> str:
        self.head()
        has_claims = bool(ClaimReader(self.store).claims())
        self.nav(has_claims)
        self.legend()
        by_source: dict[Any, list[Annotation]] = defaultdict(list)
        for a in self.annotations:
            by_source[a.source_id].append(a)
        for s in self.sources:
            self.source(s, by_source.get(s.id, []))
        self.timeline()
        self.entities()
        if has_claims:
            self.claims()
        self.w(
            f"<footer>{escape(self.t('made_with'))} {escape(__version__)}</footer>\n",
            "</body>\n</html>\n",
        )
        return "".join(self.out)


def _one_line(text: str | None, limit: int | None = None) -> str:
    line = " ".join((text or "").split())
    if limit is not None and len(line) > limit:
        line = line[: limit - 1] + "…"
    return line


def report_html(store: Store, *, language: str = "en") -> str:
    """The report as one HTML document (see the module doc); reads the project only."""
    return _Page(store, language).build()


def write_report(store: Store, out: Path, *, language: str = "en") -> None:
    """Write ``report_html`` to ``out`` (all or nothing)."""
    with atomic_file(Path(out)) as tmp:
        tmp.write_text(report_html(store, language=language), encoding="utf-8")

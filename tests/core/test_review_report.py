"""The review report: standalone HTML with counts, claims, verdicts, decisions and evidence."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimStatusId, EvidenceRelation
from desktop.core.entities import EntityId
from desktop.core.export.common import ExportFailed
from desktop.core.export.review_report import review_report_html, write_review_report
from desktop.core.models import AnnotationId, SourceId
from desktop.core.store import Store
from tests.conftest import MakeSource

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'
TEXT = "🎉 Selon le ministre, « l’armée a quitté Bagdad » le 3 mai. L’ONU dément."
OTHER = "Un témoin affirme que les troupes sont restées à Bagdad jusqu’au 5 mai."


class Page(HTMLParser):
    """Every tag and attribute of a page, and its text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.styles: list[str] = []
        self._in_style = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)

    @property
    def plain(self) -> str:
        return " ".join(" ".join(self.text).split())


def tag_claim(store: Store, sid: SourceId, passage: str) -> AnnotationId:
    start = store.source_text(sid).index(passage)
    change = store.add_annotation(
        source_id=sid, start=start, end=start + len(passage), tag_id=store.tag_named("Claim").id
    )
    return change.annotation_ids[0]


def status(claims: ClaimStore, key: str) -> ClaimStatusId:
    return claims.status_by_key_or_name(key).id


@pytest.fixture
def project(store: Store, make_source: MakeSource) -> dict[str, AnnotationId]:
    a = make_source(TEXT, "Le Monde", published="2021-05-04")
    store.update_source(a, url="https://www.lemonde.fr/a")
    b = make_source(OTHER, "Témoin direct")
    claims = ClaimStore(store)
    army = tag_claim(store, a, "l’armée a quitté Bagdad")
    un = tag_claim(store, a, "L’ONU dément")
    open_ = tag_claim(store, b, "les troupes sont restées à Bagdad")
    store.db.execute(
        "INSERT INTO entities(name, type, created, modified) VALUES ('Jean Dupont', 'person', "
        "'x', 'x')"
    )
    minister = EntityId(int(store.db.execute("SELECT MAX(id) FROM entities").fetchone()[0]))
    claims.update_claim(
        army, who="alice", summary="L’armée a quitté Bagdad", claimant_entity_id=minister,
        said_on="2021-05-03",
    )  # fmt: skip
    claims.set_verdict(army, who="alice", status_id=status(claims, "false"), rationale="Photos.")
    claims.set_verdict(army, who="bob", status_id=status(claims, "disputed"), rationale="Doubt.")
    claims.set_verdict(
        army, who="carol", status_id=status(claims, "misleading"), final=True, rationale="Both."
    )
    claims.set_verdict(open_, who="alice", status_id=status(claims, "corroborated"))
    claims.set_verdict(open_, who="bob", status_id=status(claims, "false"))
    text = store.source_text(b)
    start = text.index("restées à Bagdad")
    claims.add_evidence(
        army, who="alice", source_id=b, start=start, end=start + 16,
        relation=EvidenceRelation.CONTRADICTS, note="Témoin sur place",
    )  # fmt: skip
    start = TEXT.index("L’ONU dément")
    claims.add_evidence(
        army, who="alice", source_id=a, start=start, end=start + 12,
        relation=EvidenceRelation.SUPPORTS,
    )  # fmt: skip
    return {"army": army, "un": un, "open": open_}


def test_counts_claims_verdicts_decisions_and_evidence(
    store: Store, project: dict[str, AnnotationId]
) -> None:
    html = review_report_html(store)
    page = Page(html)
    text = page.plain
    # summary counts at the top
    summary = text[: text.index("Le Monde")]
    for count in (
        "3 claims",
        "2 with a verdict",
        "1 not reviewed",
        "1 reviewers disagree, no final decision",
        "1 settled by a final decision",
        "1 Misleading",
        "1 False",
        "1 Unverified",
        "1 supports",
        "1 contradicts",
    ):
        assert count in summary, count
    # the claim with everything
    army = text[text.index("L’armée a quitté Bagdad") : text.index("L’ONU dément Source")]
    for piece in (
        "l’armée a quitté Bagdad",  # the quote
        "Source Le Monde",
        "Claimant Jean Dupont",
        "Said on 2021-05-03",
        "alice False Photos.",
        "bob Disputed Doubt.",
        "carol final decision Misleading Both.",
        "Final decision: Misleading by carol",
        "Contradicts: restées à Bagdad — Témoin direct Témoin sur place",
        "Supports: L’ONU dément — Le Monde",
    ):
        assert piece in army, piece
    assert f'id="claim-{project["army"]}"' in html
    assert "Not reviewed yet." in text
    assert "Reviewers disagree (alice, bob); no final decision yet" in text
    # status colours: the badge of "False" carries its colour
    assert re.search(r'background: #c62828; color: #ffffff">False<', html)
    assert "https://www.lemonde.fr/a" in text  # printed, never linked


def test_standalone_no_script_no_external_address(
    store: Store, project: dict[str, AnnotationId]
) -> None:
    html = review_report_html(store)
    page = Page(html)
    assert set(page.tags) <= {
        "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li",
        "b", "i", "q", "span", "section", "blockquote", "dl", "dt", "dd", "table", "thead",
        "tbody", "tr", "th", "td", "br", "footer",
    }  # fmt: skip
    assert not any(k in ("src", "href", "action") or k.startswith("on") for k, _ in page.attrs)
    css = " ".join(page.styles)
    assert "@media print" in css
    assert "url(" not in css and "@import" not in css and "http" not in css


def test_hostile_text_is_escaped(store: Store, make_source: MakeSource) -> None:
    sid = make_source(f"Il a dit {HOSTILE} hier.", HOSTILE)
    store.update_source(sid, url=f'javascript:alert(1)" onclick="{HOSTILE}')
    claims = ClaimStore(store)
    cid = tag_claim(store, sid, HOSTILE)
    claims.update_claim(cid, who="alice", summary=HOSTILE, claimant_text=HOSTILE)
    bad_status, _ = claims.add_status(who="alice", name=HOSTILE, colour="#ffee00", rating=None)
    claims.set_verdict(cid, who=HOSTILE, status_id=bad_status.id, rationale=f"</style>{HOSTILE}")
    claims.add_evidence(
        cid, who="alice", source_id=sid, start=0, end=len(f"Il a dit {HOSTILE}"),
        relation=EvidenceRelation.CONTEXT, note=HOSTILE,
    )  # fmt: skip
    html = review_report_html(store, reviewer=HOSTILE)
    page = Page(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert not any(k.startswith("on") or k in ("src", "href") for k, _ in page.attrs)
    assert "<script>" not in html and "<img" not in html
    assert html.count("&lt;script&gt;") >= 8
    assert HOSTILE in page.plain  # shown as text, intact
    # a light status colour gets dark text
    assert 'background: #ffee00; color: #000000"' in html


def test_one_reviewer_only(store: Store, project: dict[str, AnnotationId]) -> None:
    text = Page(review_report_html(store, reviewer="alice")).plain
    assert "verdicts by alice and final decisions only" in text
    assert "2 claims" in text  # the ONU claim alice did not judge is left out
    assert "alice False Photos." in text
    assert "bob Disputed" not in text
    assert "carol final decision Misleading Both." in text  # a final decision stays


def test_empty_project_and_writing(store: Store, tmp_path: Path) -> None:
    assert "No claims." in Page(review_report_html(store)).plain
    out = tmp_path / "review.html"
    write_review_report(store, out)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(ExportFailed, match="nowhere"):
        write_review_report(store, tmp_path / "nowhere" / "review.html")

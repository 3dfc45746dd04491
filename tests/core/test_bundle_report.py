"""report.html: one offline page — sources with highlights, timeline, entities, claims —
that loads nothing from anywhere and prints well."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from desktop.core.export.report import report_html, write_report
from desktop.core.models import AnnotationStatus
from desktop.core.store import Store
from tests.core.bundle_project import full_project
from tests.core.export_project import TEXT_FR

_LOADING_TAGS = {
    "script", "link", "img", "iframe", "object", "embed", "video", "audio", "source",
    "base", "form", "frame", "frameset", "svg", "image", "track", "picture", "meta",
}  # fmt: skip
_LOADING_ATTRIBUTES = {
    "src", "srcset", "action", "formaction", "data", "poster", "background", "ping",
    "xlink:href", "manifest", "codebase", "archive", "longdesc", "lowsrc", "dynsrc",
}  # fmt: skip


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self.text: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        (self.styles if self._in_style else self.text).append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.fixture
def html(store: Store) -> str:
    sample = full_project(store)
    # an overlapping annotation, and a note that tries to inject markup
    start = TEXT_FR.index("retrait de Bagdad")
    store.add_annotation(
        source_id=sample.fr,
        start=start,
        end=start + len("retrait de Bagdad"),
        tag_id=store.tag_named("Vérifié ✓").id,
        note='<script src="https://evil.example/x.js"></script>',
    )
    store.set_status([sample.suggested], AnnotationStatus.ACCEPTED)  # "jeudi": 2026-01-15
    return report_html(store)


def test_the_page_loads_nothing_from_anywhere(html: str) -> None:
    page = parse(html)
    for tag, attrs in page.tags:
        if tag == "meta":  # charset and viewport only
            assert set(attrs) <= {"charset", "name", "content"}
            assert attrs.get("name") in (None, "viewport")
            continue
        assert tag not in _LOADING_TAGS, tag
        assert not set(attrs) & _LOADING_ATTRIBUTES, (tag, attrs)
        href = attrs.get("href")
        assert href is None or re.fullmatch(r"#[a-z]+\d*", href), href
        for value in attrs.values():
            assert "://" not in (value or "") and "url(" not in (value or "").lower()
    css = "".join(page.styles)
    assert "url(" not in css.lower() and "@import" not in css and "@font-face" not in css
    # the only address on the page is the source's, as plain text
    assert re.findall(r"https?://\S+", "".join(page.text)) == [
        "https://example.org/retrait?id=1&x=2",
        'https://evil.example/x.js"></script>',
    ]
    assert "<script" not in html and "&lt;script" in html


def test_every_internal_link_has_its_target(html: str) -> None:
    page = parse(html)
    ids = {a["id"] for _, a in page.tags if a.get("id")}
    links = {a["href"][1:] for _, a in page.tags if (a.get("href") or "").startswith("#")}
    assert links and links <= ids


def test_sources_show_their_highlights_in_tag_colours(store: Store, html: str) -> None:
    page = parse(html)
    text = "".join(page.text)
    for source in store.sources():
        assert source.title in text
    marks = [a for t, a in page.tags if t == "mark"]
    accepted = store.annotations()
    assert len(marks) >= len(accepted)
    classes = {c for a in marks for c in (a.get("class") or "").split()}
    assert {f"t{int(a.tag_id)}" for a in accepted} <= classes
    assert "many" in classes  # "retrait de Bagdad" overlaps the place "Bagdad"
    for tag in store.tags():
        assert f".t{int(tag.id)} {{ background: {tag.colour}5c; }}" in html
    # quotes keep their emoji and combining accents; notes are numbered
    assert "Me\u0301lanie Dupont" in text and "🇮🇶" in text
    assert text.count("↑") == len(accepted)
    # suggestions and rejected ones are not shown
    assert "Washington declined" in text
    assert not any("suggested" in (a.get("class") or "") for a in marks)


def test_timeline_entities_and_claims_are_there(html: str) -> None:
    page = parse(html)
    text = " ".join("".join(page.text).split())
    timeline = re.search(r'<section id="timeline">(.*?)</section>', html, re.S)
    assert timeline is not None
    rows = [" ".join(re.sub(r"<[^>]+>", " ", r).split()) for r in timeline[1].split("<tr>")[2:]]
    assert len(rows) == 2  # in date order: the merged event starts in 2024
    assert rows[0].startswith("2024-05-03, 2026-01-18 Sources disagree Annonce du retrait")
    assert rows[1].startswith("2026-01-15 jeudi Retrait de Bagdad")
    assert "Entity index" in text and "Bagdad" in text and "Places" in text
    assert "Claims" in text and "Disputed" in text and "Départ avant l’été" in text
    assert "Alice: Disputed à recouper" in text


def test_it_prints_well(html: str) -> None:
    assert "@media print" in html and "break-before: page" in html
    assert "print-color-adjust: exact" in html


def test_french_labels(store: Store) -> None:
    full_project(store)
    text = " ".join("".join(parse(report_html(store, language="fr")).text).split())
    assert "Chronologie" in text and "Index des entités" in text and "Contesté" in text
    assert "Lieux" in text and "Affirmations" in text


def test_an_empty_project_gives_a_page_too(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    write_report(store, out)
    text = out.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "No dated events." in text
    assert "Claims" not in "".join(parse(text).text)

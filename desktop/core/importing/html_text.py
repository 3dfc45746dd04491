"""Readable text from an element tree: one paragraph per block, blank lines between.

Two vocabularies are walked the same way: HTML as parsed by lxml (the fallback extractor,
which drops page furniture itself) and the TEI-like tree trafilatura returns for the main
text (``p``, ``head``, ``list``/``item``, ``table``/``row``/``cell``, ``lb``).
Whitespace is collapsed inside paragraphs except in preformatted blocks; a line break
element keeps its line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

from lxml import etree

_BREAK: Final = "\x00"  # stands for a <br> until paragraphs are assembled
_SPACE: Final = re.compile(r"[ \t\n\r\f\v]+")  # not U+00A0: French typography needs it


@dataclass(frozen=True)
class Vocabulary:
    """Which tags of a tree are blocks, breaks, lists, table parts or to be dropped."""

    blocks: frozenset[str]
    dropped: frozenset[str]
    breaks: frozenset[str]
    preformatted: frozenset[str]
    lists: frozenset[str]
    ordered: frozenset[str]
    items: frozenset[str]
    cells: frozenset[str]
    keep_inside: frozenset[str] = frozenset()
    drop_classes: bool = False


HTML: Final = Vocabulary(
    blocks=frozenset(
        {
            "address",
            "article",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "legend",
            "li",
            "main",
            "menu",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "tfoot",
            "thead",
            "tr",
            "ul",
        }
    ),
    dropped=frozenset(
        {
            "script",
            "style",
            "noscript",
            "nav",
            "header",
            "footer",
            "aside",
            "form",
            "iframe",
            "frame",
            "frameset",
            "template",
            "svg",
            "math",
            "button",
            "select",
            "textarea",
            "input",
            "object",
            "embed",
            "canvas",
            "audio",
            "video",
            "map",
            "img",
            "picture",
            "source",
            "track",
            "head",
            "link",
            "meta",
            "base",
            "dialog",
        }
    ),
    breaks=frozenset({"br"}),
    preformatted=frozenset({"pre"}),
    lists=frozenset({"ul", "ol", "menu"}),
    ordered=frozenset({"ol"}),
    items=frozenset({"li"}),
    cells=frozenset({"td", "th"}),
    # an article's own <header> holds its headline; the page's <header> is furniture
    keep_inside=frozenset({"header"}),
    drop_classes=True,
)
TEI: Final = Vocabulary(
    blocks=frozenset(
        {"body", "doc", "div", "p", "head", "quote", "list", "item", "table", "row", "code", "note"}
    ),
    dropped=frozenset({"graphic", "fw"}),
    breaks=frozenset({"lb"}),
    preformatted=frozenset({"code"}),
    lists=frozenset({"list"}),
    ordered=frozenset(),
    items=frozenset({"item"}),
    cells=frozenset({"cell"}),
)

# class/id words of comment sections, share bars, cookie banners, ads and the like
_FURNITURE_WORDS: Final = frozenset(
    {
        "comment", "comments", "commentaires", "disqus", "cookie", "cookies", "consent",
        "newsletter", "share", "sharing", "social", "breadcrumb", "breadcrumbs", "related",
        "sidebar", "advert", "advertisement", "ads", "ad", "promo", "subscribe", "paywall", "popup",
        "modal",
    }
)  # fmt: skip
_NEVER_DROPPED_BY_CLASS: Final = frozenset({"html", "body", "main", "article"})
_FURNITURE_ROLES: Final = frozenset({"navigation", "banner", "contentinfo", "complementary"})


@dataclass
class _Collector:
    paragraphs: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    def add(self, text: str | None) -> None:
        if text:
            self.parts.append(text)

    def flush(self) -> None:
        raw = "".join(self.parts)
        self.parts.clear()
        lines = (_SPACE.sub(" ", line).strip() for line in raw.split(_BREAK))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            self.paragraphs.append(paragraph)

    def add_preformatted(self, text: str) -> None:
        self.flush()
        block = text.replace(_BREAK, "\n").strip("\n")
        if block.strip():
            self.paragraphs.append(block.rstrip())


def paragraphs(root: etree._Element, vocabulary: Vocabulary) -> list[str]:
    """The paragraphs of root's text, in document order."""
    out = _Collector()
    walker = etree.iterwalk(root, events=("start", "end"))
    skipped: set[etree._Element] = set()
    counters: list[int | None] = []  # item numbers of the open lists (None: bullets)
    row_cells: list[int] = []
    for event, el in walker:
        tag = _tag(el)
        if event == "start":
            if tag is None or _is_dropped(el, tag, vocabulary):
                skipped.add(el)
                walker.skip_subtree()
                continue
            if tag in vocabulary.preformatted:
                out.add_preformatted("".join(_texts(el)))
                skipped.add(el)
                walker.skip_subtree()
                continue
            _open(el, tag, vocabulary, out, counters, row_cells)
            out.add(el.text)
        else:
            if el in skipped:
                skipped.discard(el)
            else:
                _close(tag, vocabulary, out, counters, row_cells)
            out.add(el.tail)
    out.flush()
    return out.paragraphs


def text_of(root: etree._Element, vocabulary: Vocabulary) -> str:
    return "\n\n".join(paragraphs(root, vocabulary))


def _open(
    el: etree._Element,
    tag: str,
    vocabulary: Vocabulary,
    out: _Collector,
    counters: list[int | None],
    row_cells: list[int],
) -> None:
    if tag in vocabulary.breaks:
        out.add(_BREAK)
        return
    if tag in vocabulary.cells:
        if row_cells:
            if row_cells[-1]:
                out.add(" | ")
            row_cells[-1] += 1
        return
    if tag in vocabulary.blocks:
        out.flush()
    if tag in vocabulary.lists:
        ordered = tag in vocabulary.ordered or el.get("rend") == "ol"
        counters.append(_start_number(el) if ordered else None)
    elif tag in vocabulary.items and counters:
        number = counters[-1]
        if number is None:
            out.add("• ")
        else:
            out.add(f"{number}. ")
            counters[-1] = number + 1
    elif tag in ("tr", "row"):
        row_cells.append(0)


def _close(
    tag: str | None,
    vocabulary: Vocabulary,
    out: _Collector,
    counters: list[int | None],
    row_cells: list[int],
) -> None:
    if tag is None or tag in vocabulary.breaks or tag in vocabulary.cells:
        return
    if tag in vocabulary.lists and counters:
        counters.pop()
    elif tag in ("tr", "row") and row_cells:
        row_cells.pop()
    if tag in vocabulary.blocks:
        out.flush()


def _start_number(el: etree._Element) -> int:
    try:
        return int(el.get("start") or 1)
    except ValueError:
        return 1


def _tag(el: etree._Element) -> str | None:
    """Lower-case tag name; None for comments and processing instructions."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower()


def _is_dropped(el: etree._Element, tag: str, vocabulary: Vocabulary) -> bool:
    if tag in vocabulary.dropped:
        return not (tag in vocabulary.keep_inside and _inside(el, ("article", "main")))
    if not vocabulary.drop_classes:
        return False
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    if (el.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    if re.search(r"display\s*:\s*none", el.get("style") or "", re.IGNORECASE):
        return True
    if tag in _NEVER_DROPPED_BY_CLASS:
        return False
    # "comments", "share-bar", "related_articles" name furniture; "has-sidebar" does not
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower().split()
    return any(re.split(r"[_\-]", name, maxsplit=1)[0] in _FURNITURE_WORDS for name in names)


def _inside(el: etree._Element, tags: tuple[str, ...]) -> bool:
    return any(_tag(parent) in tags for parent in el.iterancestors())


def _texts(el: etree._Element) -> list[str]:
    """All text under el, with line-break elements as newlines, tails included inside."""
    out: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start":
            if _tag(node) in ("br", "lb"):
                out.append("\n")
            out.append(node.text or "")
        elif node is not el:
            out.append(node.tail or "")
    return out

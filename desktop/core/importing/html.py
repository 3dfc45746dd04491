"""Saved web pages: main text, title, canonical URL and publication date.

The page is parsed once with lxml, offline (no DTD, no entity loading, no network), and
nothing it points to is ever fetched: images, iframes and scripts are dropped. The main
text comes from trafilatura; when it finds too little (short pages), Recoupe's own walk
of the page is used instead (``html_text``), which drops scripts, navigation, headers,
footers, asides, forms and comment sections.
"""

from __future__ import annotations

import copy
import json
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

import lxml.html
from lxml import etree

from desktop.core.errors import QT_TRANSLATE_NOOP, ImportRejected
from desktop.core.importing import dates, decoding, html_text
from desktop.core.importing.language import guess_language
from desktop.core.importing.pubdate import guess_published
from desktop.core.importing.title import guess_title
from desktop.core.models import ImportedSource

log = logging.getLogger(__name__)

# Below this many characters trafilatura's text gives way to the fallback walk: it is tuned
# for full articles, and on short pages it drops the text or keeps the navigation.
TOO_LITTLE_CHARS: Final = 250

_CHARSET: Final = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.IGNORECASE
)
_XML_DECLARATION: Final = re.compile(r"^\s*<\?xml[^>]*\?>")
_XML_ENCODING: Final = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""")
# Characters libxml2 refuses in a document (controls other than tab and newlines).
_UNPARSABLE: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SPACE: Final = re.compile(r"\s+")
_TITLE_SEPARATORS: Final = re.compile(r"\s+(?:\||-|–|—|::|·|»)\s+")

_TITLE_KEYS: Final = ("og:title", "twitter:title", "dc.title")
_URL_KEYS: Final = ("og:url", "twitter:url")
_DATE_KEYS: Final = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "article.published", "datepublished", "published_time", "publishdate", "publish-date",
    "publish_date", "pubdate", "publication_date", "citation_publication_date",
    "citation_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "date", "release_date",
)  # fmt: skip


def read_html(data: bytes, filename: str) -> ImportedSource:
    """An HTML file as a source; raises ImportRejected when it has no readable text."""
    decoded = decoding.decode(data, filename, declared=declared_charset(data))
    tree = parse(decoded.text)
    if tree is None:
        raise ImportRejected(
            filename, QT_TRANSLATE_NOOP("Messages", "no readable text was found in this page")
        )
    meta = _meta_values(tree)
    fallback = html_text.text_of(tree, html_text.HTML)
    extracted = _trafilatura(tree)
    main = extracted.text if extracted else ""
    if len(main.strip()) < TOO_LITTLE_CHARS:
        main = fallback
    headline = _first_h1(tree)
    if headline and not _starts_with(main, headline):
        main = f"{headline}\n\n{main}" if main.strip() else headline
    if not main.strip():
        raise ImportRejected(
            filename, QT_TRANSLATE_NOOP("Messages", "no readable text was found in this page")
        )

    # not trafilatura's title: it falls back on any <h1>, a site name in the header included
    title = _first(
        *(meta.get(k) for k in _TITLE_KEYS),
        headline,
        _clean_page_title(tree.findtext(".//title")),
    ) or guess_title(main, filename)
    url = _first(
        _canonical(tree),
        *(meta.get(k) for k in _URL_KEYS),
        extracted.url if extracted else None,
        web=True,
    )
    published, how, confirmed = _published(tree, meta, extracted, main)
    return ImportedSource(
        filename=filename,
        format="html",
        original=data,
        text=main,
        encoding=decoded.encoding,
        title=title,
        lang=guess_language(main, hint=tree.get("lang") or meta.get("og:locale")),
        url=url,
        published=published,
        published_how=how,
        published_confirmed=confirmed,
        warnings=decoded.warnings,
    )


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB (<meta charset>, http-equiv, <?xml?>)."""
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    return m.group(1).decode("ascii") if m else None


def parse(text: str) -> lxml.html.HtmlElement | None:
    """The document tree, parsed offline; None if there is nothing to parse."""
    text = _UNPARSABLE.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        huge_tree=False,
    )
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None


@dataclass(frozen=True)
class _Extracted:
    """What trafilatura found: main text (paragraphs split by blank lines), url and date."""

    text: str
    url: str | None
    date: str | None


def _trafilatura(tree: lxml.html.HtmlElement) -> _Extracted | None:
    """trafilatura's main text and metadata, or None if it is missing or fails."""
    try:
        import trafilatura
    except ImportError as e:  # pragma: no cover - depends on the installation
        log.warning("trafilatura unavailable, using the simple extractor: %s", e)
        return None
    try:
        # Balanced settings (neither favor_precision nor favor_recall): for a journalist a
        # missing paragraph of a source is worse than a stray "read also" line, and
        # precision mode drops short paragraphs of news copy. Comment sections go.
        doc = trafilatura.bare_extraction(
            copy.deepcopy(tree),  # trafilatura prunes the tree it is given
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=False,
            favor_recall=False,
            deduplicate=False,
            # markup only: a date found in running text is an event, not a publication
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura is third-party: never let it sink an import
        log.exception("trafilatura failed; using the simple extractor")
        return None
    if doc is None or isinstance(doc, dict):
        return None
    body = getattr(doc, "body", None)
    text = html_text.text_of(body, html_text.TEI) if body is not None else (doc.text or "")
    return _Extracted(text, doc.url, doc.date)


def _meta_values(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """First non-blank content of each <meta> by property, name or itemprop (lower-cased)."""
    values: dict[str, str] = {}
    for el in tree.iter("meta"):
        content = (el.get("content") or el.get("datetime") or "").strip()
        if not content:
            continue
        for attr in ("property", "name", "itemprop"):
            key = (el.get(attr) or "").strip().lower()
            if key:
                values.setdefault(key, content)
    return values


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    for el in tree.iter("link"):
        href = el.get("href")
        if href and "canonical" in (el.get("rel") or "").lower().split():
            return str(href)
    return None


def _first_h1(tree: lxml.html.HtmlElement) -> str | None:
    """The page's headline: its first <h1> outside navigation, asides and the site header.

    Some sites put their name in an <h1> in the page header; that one is not a headline.
    """
    for el in tree.iter("h1"):
        around = {str(a.tag).lower() for a in el.iterancestors()}
        if around & {"nav", "footer", "aside"}:
            continue
        if "header" in around and not around & {"article", "main"}:
            continue
        text = _squash(el.text_content())
        if text:
            return text
    return None


def _published(
    tree: lxml.html.HtmlElement,
    meta: dict[str, str],
    extracted: _Extracted | None,
    main: str,
) -> tuple[str | None, str | None, bool]:
    candidates = [meta.get(k) for k in _DATE_KEYS]
    candidates += list(_json_ld_dates(tree))
    times = [t for t in tree.iter("time") if t.get("datetime")]
    marked = [
        t for t in times if t.get("pubdate") is not None or t.get("itemprop") == "datePublished"
    ]
    candidates += [t.get("datetime") for t in marked + times]
    candidates.append(extracted.date if extracted else None)
    today = date.today()
    for value in candidates:
        found = dates.plausible(dates.parse_date(value), today=today) if value else None
        if found:
            return found, "html-meta", False
    return guess_published(main, today=today)


def _json_ld_dates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        yield from _find_key(data, "datePublished")


def _find_key(data: Any, key: str) -> Iterator[str]:
    if isinstance(data, dict):
        value = data.get(key)
        if isinstance(value, str):
            yield value
        for child in data.values():
            yield from _find_key(child, key)
    elif isinstance(data, list):
        for child in data:
            yield from _find_key(child, key)


def _clean_page_title(title: str | None) -> str | None:
    """<title> without the site name: the longest part between " | ", " - " separators."""
    title = _squash(title)
    if not title:
        return None
    return max(_TITLE_SEPARATORS.split(title), key=len).strip() or title


def _squash(value: str | None) -> str | None:
    return _SPACE.sub(" ", value).strip() if value else None


def _starts_with(text: str, headline: str) -> bool:
    head = "\n\n".join(text.split("\n\n")[:2])
    return (_squash(headline) or "") in (_squash(head) or "")


def _first(*values: str | None, web: bool = False) -> str | None:
    for value in values:
        value = _squash(value)
        if not value:
            continue
        if web and not re.match(r"^https?://\S+$", value, re.IGNORECASE):
            continue
        return value
    return None

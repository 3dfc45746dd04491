"""Markdown files as readable plain text.

Parsed with markdown-it-py (CommonMark plus tables and strikethrough): headings,
paragraphs, list items, quotes, table rows and code blocks each become a paragraph, with
blank lines between; emphasis and links are reduced to their text (link targets and
images are dropped); code is kept as written. Front matter (``---`` YAML-style or ``+++``
TOML-style) is read for title, date and url and removed from the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.errors import QT_TRANSLATE_NOOP, ImportRejected
from desktop.core.importing import dates, decoding, html_text
from desktop.core.importing.html import parse
from desktop.core.importing.language import guess_language
from desktop.core.importing.pubdate import guess_published
from desktop.core.importing.title import guess_title
from desktop.core.models import ImportedSource

_FRONT_MATTER: Final = re.compile(
    r"\A(?P<fence>---|\+\+\+)[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.|\+\+\+)[ \t]*(?:\n|\Z)",
    re.DOTALL,
)
_FIELD: Final = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*?)\s*$")
# Keys, most specific first: "created"/"clipped" are when a page was saved, not published.
_DATE_KEYS: Final = (
    "published",
    "pubdate",
    "publishdate",
    "date_published",
    "datepublished",
    "date",
)
_URL_KEYS: Final = ("url", "source", "link", "canonical", "canonical_url", "original_url")
_TITLE_KEYS: Final = ("title", "headline")
_SPACE: Final = re.compile(r"[ \t\r\f\v]+")
_Reader = Callable[[str], str | None]


def read_markdown(data: bytes, filename: str) -> ImportedSource:
    """A Markdown file as a source; raises ImportRejected when it has no text."""
    decoded = decoding.decode(data, filename)
    fields, body = split_front_matter(decoded.text)
    text, first_heading = render(body)
    if not text.strip():
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP("Messages", "the file has no text (only spaces and blank lines)"),
        )
    published: str | None = dates.plausible(_first_field(fields, _DATE_KEYS, dates.parse_date))
    how: str | None = "header"  # front matter is the file's header
    confirmed = True
    if published is None:
        published, how, confirmed = guess_published(text)
    url = _first_field(fields, _URL_KEYS, lambda v: v if re.match(r"^https?://\S+$", v) else None)
    title = (
        _first_field(fields, _TITLE_KEYS, lambda v: v or None)
        or first_heading
        or guess_title(text, filename)
    )
    return ImportedSource(
        filename=filename,
        format="markdown",
        original=data,
        text=text,
        encoding=decoded.encoding,
        title=title,
        lang=guess_language(text, hint=fields.get("lang") or fields.get("language")),
        url=url,
        published=published,
        published_how=how,
        published_confirmed=confirmed,
        warnings=decoded.warnings,
    )


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """(fields of the front matter, text after it); no front matter gives ({}, text).

    Only flat ``key: value`` (or TOML ``key = "value"``) lines are read; quotes around a
    value are removed. That is all clipping tools write for title, date and url.
    """
    m = _FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    fields: dict[str, str] = {}
    for line in m["body"].split("\n"):
        field = _FIELD.match(line)
        if field:
            value = field["value"]
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields.setdefault(field["key"].lower(), value.strip())
    return fields, text[m.end() :]


def render(source: str) -> tuple[str, str | None]:
    """(plain text, text of the first heading) of Markdown source."""
    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = md.parse(source)
    paragraphs: list[str] = []
    first_heading: str | None = None
    list_numbers: list[int | None] = []
    row: list[str] | None = None
    pending_marker = ""
    for i, token in enumerate(tokens):
        kind = token.type
        if kind == "bullet_list_open":
            list_numbers.append(None)
        elif kind == "ordered_list_open":
            list_numbers.append(int(token.attrGet("start") or 1))
        elif kind in ("bullet_list_close", "ordered_list_close") and list_numbers:
            list_numbers.pop()
        elif kind == "list_item_open" and list_numbers:
            number = list_numbers[-1]
            if number is None:
                pending_marker = "• "
            else:
                pending_marker = f"{number}. "
                list_numbers[-1] = number + 1
        elif kind == "tr_open":
            row = []
        elif kind == "tr_close" and row is not None:
            paragraphs.append(" | ".join(row))
            row = None
        elif kind == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text.strip())
                continue
            if not text.strip():
                continue
            if i > 0 and tokens[i - 1].type == "heading_open" and first_heading is None:
                first_heading = _SPACE.sub(" ", text).strip()
            paragraphs.append(pending_marker + text)
            pending_marker = ""
        elif kind in ("fence", "code_block"):
            paragraphs.append(token.content.rstrip("\n"))
        elif kind == "html_block":
            paragraphs.extend(_html_paragraphs(token.content))
    cleaned = [p.strip("\n") for p in paragraphs if p.strip()]
    return "\n\n".join(cleaned), first_heading


def _inline_text(token: Token) -> str:
    parts: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "html_inline":
            continue  # a tag such as <b> or <br>: its text, if any, is a sibling token
        # images, link and emphasis markers carry no text of their own here
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_paragraphs(fragment: str) -> list[str]:
    tree = parse(f"<html><body>{fragment}</body></html>")
    if tree is None:
        return []
    try:
        return html_text.paragraphs(tree, html_text.HTML)
    except etree.LxmlError:
        return []


def _first_field(fields: dict[str, str], keys: tuple[str, ...], read: _Reader) -> str | None:
    for key in keys:
        value = fields.get(key)
        if value:
            result = read(value)
            if result:
                return result
    return None

"""Markdown sources: readable text, front matter read and removed."""

from __future__ import annotations

import pytest

from desktop.core.errors import ImportRejected
from desktop.core.importing import read_bytes
from desktop.core.importing.markdown import render, split_front_matter

NOTE = """---
title: "La coalition quitte Aïn al-Assad"
date: 2026-01-18
url: https://example.org/article
created: 2026-02-01
tags: [irak, coalition]
---
# Titre dans le texte

Un paragraphe avec de l'*emphase*, du **gras** et un [lien](https://example.org/x "titre")
qui continue sur la ligne suivante.

- premier point
- second point avec `code`

1. un
2. deux

> Une citation.

```python
print("bonjour")
```

![photo](https://example.org/photo.jpg)
"""


def test_markdown_text_and_front_matter() -> None:
    source = read_bytes(NOTE.encode(), "note.md")
    assert source.format == "markdown"
    assert source.text.split("\n\n") == [
        "Titre dans le texte",
        "Un paragraphe avec de l'emphase, du gras et un lien qui continue sur la ligne suivante.",
        "• premier point",
        "• second point avec code",
        "1. un",
        "2. deux",
        "Une citation.",
        'print("bonjour")',
    ]
    assert "https://" not in source.text and "---" not in source.text
    assert source.title == "La coalition quitte Aïn al-Assad"
    assert source.url == "https://example.org/article"
    assert (source.published, source.published_how, source.published_confirmed) == (
        "2026-01-18",
        "header",
        True,
    )
    assert source.lang == "fr"


def test_title_from_first_heading_and_date_from_text() -> None:
    text = (
        "Published: January 18, 2026\n\n## Baghdad takes over the base\n\nThe last advisers left."
    )
    source = read_bytes(text.encode(), "n.markdown")
    assert source.title == "Baghdad takes over the base"
    assert (source.published, source.published_how) == ("2026-01-18", "header")
    assert source.lang == "en"
    assert source.url is None


def test_created_is_not_a_publication_date() -> None:
    fields, body = split_front_matter("---\ncreated: 2026-02-01\n---\nTexte.\n")
    assert fields == {"created": "2026-02-01"}
    assert body == "Texte.\n"
    assert read_bytes(b"---\ncreated: 2026-02-01\n---\nTexte.\n", "n.md").published is None


def test_no_front_matter_when_not_at_the_start() -> None:
    assert split_front_matter("Texte\n---\ntitle: x\n---\n") == ({}, "Texte\n---\ntitle: x\n---\n")


def test_tables_hard_breaks_and_inline_html() -> None:
    text, heading = render(
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n"
        "ligne  \ncassée <b>gras</b>\n\n<div>bloc <i>html</i></div>\n"
    )
    assert text.split("\n\n") == ["a | b", "1 | 2", "ligne\ncassée gras", "bloc html"]
    assert heading is None


def test_front_matter_only_is_rejected() -> None:
    with pytest.raises(ImportRejected, match="no text"):
        read_bytes(b"---\ntitle: Vide\n---\n\n", "vide.md")

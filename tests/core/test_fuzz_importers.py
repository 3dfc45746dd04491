"""Fuzzing the importers: any bytes give an ImportedSource or a RecoupeError, quickly.

Random bytes, text in many encodings (with and without a BOM), and HTML put together
from real tags, broken nesting, entities and remote resources. Never another exception,
never a hang (each example has a deadline), never a network access (the guard in
tests/conftest.py fails the test on any).
"""

from __future__ import annotations

import codecs
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import RecoupeError
from desktop.core.importing import SUPPORTED_SUFFIXES, read_bytes
from desktop.core.models import ImportedSource

FUZZ = settings(
    max_examples=60,
    deadline=timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow],
    database=None,
)
ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "cp1252",
    "latin-1",
    "iso-8859-15",
    "mac-roman",
    "cp1251",
    "koi8-r",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "iso-8859-6",
    "cp1256",
)
TAGS = (
    "p", "div", "span", "article", "h1", "h2", "a", "b", "i", "em", "table", "tr", "td",
    "ul", "li", "br", "img", "iframe", "script", "style", "noscript", "svg", "math",
    "template", "object", "video", "source", "picture", "head", "body", "html", "title",
    "meta", "link", "base", "form", "input", "textarea", "pre", "code", "blockquote",
)  # fmt: skip
ATTRIBUTES = (
    'src="https://x.example.org/a.jpg"',
    'href="http://x.example.org/s.css" rel="stylesheet"',
    'srcset="https://x.example.org/1.jpg 1x, //x.example.org/2.jpg 2x"',
    'style="background:url(http://x.example.org/b.png)"',
    'charset="shift_jis"',
    'http-equiv="Content-Type" content="text/html; charset=koi8-r"',
    'property="article:published_time" content="2024-13-45T99:99"',
    "onload=\"fetch('https://x.example.org/')\"",
    'lang="fr"',
    'dir="rtl"',
    "data-x='\"><script>'",
)
PIECES = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "&amp;",
            "&nbsp;",
            "&#0;",
            "&#x110000;",
            "&#xD800;",
            "&unknown;",
            "&#65;",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<!DOCTYPE html>",
            "<?xml version='1.0'?>",
            "\x00",
            "\ufeff",
            "\u202e",
            "’",
            "e\u0301",
            "🙂",
            "\r\n",
            "\r",
            "Le 3 mai 2024",
        ]
    ),  # fmt: skip
)


@st.composite
def html_documents(draw: st.DrawFn) -> str:
    """HTML made of real tags and attributes, nested or not, closed or not."""
    parts: list[str] = []
    open_tags: list[str] = []
    for _ in range(draw(st.integers(0, 40))):
        choice = draw(st.integers(0, 3))
        if choice == 0:
            tag = draw(st.sampled_from(TAGS))
            attrs = draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3))
            parts.append(f"<{tag} {' '.join(attrs)}>")
            open_tags.append(tag)
        elif choice == 1 and open_tags:
            parts.append(f"</{open_tags.pop(draw(st.integers(0, len(open_tags) - 1)))}>")
        else:
            parts.append(draw(PIECES))
    return "".join(parts)


def _imports_or_refuses(data: bytes, filename: str) -> None:
    try:
        source = read_bytes(data, filename)
    except RecoupeError as e:
        assert filename in str(e)  # the refusal names the file
        return
    assert isinstance(source, ImportedSource)
    assert isinstance(source.text, str) and source.text.strip()
    assert source.original == data
    assert "\x00" not in source.text


@FUZZ
@given(data=st.binary(max_size=4000), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_random_bytes(data: bytes, suffix: str) -> None:
    _imports_or_refuses(data, "fuzz" + suffix)


@FUZZ
@given(
    text=st.text(max_size=2000),
    encoding=st.sampled_from(ENCODINGS),
    suffix=st.sampled_from(SUPPORTED_SUFFIXES),
)
def test_text_in_any_encoding(text: str, encoding: str, suffix: str) -> None:
    data = text.encode(encoding, errors="replace")
    _imports_or_refuses(data, "fuzz" + suffix)


@FUZZ
@given(
    document=html_documents(),
    encoding=st.sampled_from(("utf-8", "cp1252", "utf-16", "shift_jis", "koi8-r")),
    bom=st.booleans(),
)
def test_html_made_of_real_tags(document: str, encoding: str, bom: bool) -> None:
    data = document.encode(encoding, errors="replace")
    if bom and encoding == "utf-8":
        data = codecs.BOM_UTF8 + data
    _imports_or_refuses(data, "fuzz.html")


@FUZZ
@given(
    data=st.binary(min_size=1, max_size=3000),
    cut=st.integers(0, 3000),
)
def test_truncated_and_mixed_pages(data: bytes, cut: int) -> None:
    page = (
        "<html><head><meta charset='utf-8'><title>Frappe à Mossoul</title></head><body>"
        "<p>Le convoi a quitté Bagdad jeudi 3 mai, selon l’ONU.</p>"
    ).encode()
    mixed = page[: cut % (len(page) + 1)] + data
    _imports_or_refuses(mixed, "mixed.htm")
    _imports_or_refuses(mixed, "mixed.md")


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_known_hard_inputs(suffix: str) -> None:
    for data in (
        b"",
        b"\x00" * 100,
        codecs.BOM_UTF16_LE + b"\x00",
        codecs.BOM_UTF8 + b"\xff\xfe",
        b"<" * 50_000,
        b"<a " * 20_000,
        b"&#" + b"9" * 5000 + b";",
        ("é" * 100_000).encode("utf-8"),
        b"\r" * 10_000,
        b"<html>" + b"<div>" * 5_000 + b"Texte" + b"</div>" * 5_000,
    ):
        _imports_or_refuses(data, "hard" + suffix)

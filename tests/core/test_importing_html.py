"""Saved web pages: main text without furniture, metadata, no network ever."""

from __future__ import annotations

import socket

import pytest

from desktop.core.errors import ImportRejected
from desktop.core.importing import read_bytes

PARAGRAPHS = [
    (
        "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat de la "
        "coalition internationale contre le groupe État islamique, a rapporté l’agence INA."
    ),
    (
        "« Aujourd’hui, nous avons achevé le dernier cycle de dialogue avec la coalition », "
        "a déclaré le conseiller pour la sécurité nationale, selon un communiqué officiel."
    ),
    (
        "La coalition a confirmé qu’elle avait achevé sa transition vers une mission non "
        "combattante avant la fin de l’année, comme convenu avec le gouvernement de Bagdad."
    ),
]

ARTICLE = f"""<!DOCTYPE html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <title>L’Irak annonce la fin des missions de combat | Le Quotidien</title>
  <meta property="og:title" content="L’Irak annonce la fin des missions de combat">
  <meta property="og:url" content="https://example.org/og-url">
  <meta property="article:published_time" content="2021-12-09T23:30:00-05:00">
  <link rel="canonical" href="https://example.org/irak/fin-des-missions">
  <link rel="stylesheet" href="http://tracker.invalid/style.css">
  <style>body {{ color: red; }} .STYLE-TEXT {{}}</style>
  <script>var SCRIPT_TEXT = "ne doit pas apparaître";</script>
  <script src="http://tracker.invalid/analytics.js"></script>
</head>
<body>
  <header><a href="/">Le Quotidien</a> HEADER-TEXT</header>
  <nav><ul><li><a href="/">Accueil</a></li><li><a href="/monde">NAV-TEXT Monde</a></li></ul></nav>
  <main>
    <article>
      <h1>L’Irak annonce la fin des missions de combat</h1>
      <p>{PARAGRAPHS[0]}</p>
      <img src="http://images.invalid/photo.jpg" alt="IMAGE-ALT">
      <p>{PARAGRAPHS[1]}</p>
      <iframe src="http://video.invalid/embed/1">IFRAME-TEXT</iframe>
      <p>{PARAGRAPHS[2]}</p>
    </article>
    <aside>ASIDE-TEXT : lire aussi nos autres articles sur la région.</aside>
    <section class="comments">
      <p>COMMENT-TEXT : Premier commentaire d’un lecteur qui n’est pas d’accord du tout.</p>
    </section>
  </main>
  <form><input value="FORM-TEXT"><button>S’abonner</button></form>
  <footer>FOOTER-TEXT Mentions légales</footer>
</body>
</html>
"""

FURNITURE = (
    "SCRIPT_TEXT",
    "STYLE-TEXT",
    "HEADER-TEXT",
    "NAV-TEXT",
    "IMAGE-ALT",
    "IFRAME-TEXT",
    "ASIDE-TEXT",
    "COMMENT-TEXT",
    "FORM-TEXT",
    "FOOTER-TEXT",
)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_article_main_text_title_url_and_date(no_network: None) -> None:
    source = read_bytes(ARTICLE.encode("utf-8"), "page.html")
    assert source.format == "html"
    assert source.text == "\n\n".join(["L’Irak annonce la fin des missions de combat", *PARAGRAPHS])
    for marker in FURNITURE:
        assert marker not in source.text
    assert source.title == "L’Irak annonce la fin des missions de combat"
    assert source.url == "https://example.org/irak/fin-des-missions"
    # the calendar day the page gives, not shifted to another time zone
    assert source.published == "2021-12-09"
    assert source.published_how == "html-meta"
    assert source.published_confirmed is False
    assert source.lang == "fr"
    assert source.original == ARTICLE.encode("utf-8")


def test_remote_resources_are_never_fetched(no_network: None) -> None:
    page = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://dtd.invalid/xhtml1-strict.dtd" [<!ENTITY ext SYSTEM "http://entity.invalid/x">]>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Page distante</title>
<link rel="preload" href="http://x.invalid/font.woff2">
<script src="https://x.invalid/a.js"></script></head>
<body><p>Texte local &ext; seulement.</p>
<img src="http://x.invalid/i.png"><iframe src="http://x.invalid/f"></iframe>
<object data="http://x.invalid/o.swf"></object><video src="http://x.invalid/v.mp4"></video>
</body></html>"""
    source = read_bytes(page.encode("utf-8"), "distant.htm")
    assert "Texte local" in source.text
    assert "seulement." in source.text
    assert source.title == "Page distante"


def test_short_page_uses_the_fallback_without_furniture() -> None:
    page = (
        "<html><head><title>Brève</title></head><body><nav>Menu Accueil</nav>"
        "<header>Le site</header><div><h2>Brève</h2><p>Une seule phrase   courte\n"
        "sur deux lignes.</p><p>Une autre.</p></div>"
        "<footer>Pied de page</footer><script>alert(1)</script></body></html>"
    )
    source = read_bytes(page.encode(), "breve.html")
    assert source.text == "Brève\n\nUne seule phrase courte sur deux lignes.\n\nUne autre."
    assert source.title == "Brève"


def test_fragment_without_html_element() -> None:
    source = read_bytes(b"<p>Un fragment seul.</p><p>Et un second.</p>", "f.html")
    assert source.text == "Un fragment seul.\n\nEt un second."


def test_lists_tables_line_breaks_and_preformatted_text() -> None:
    page = """<html><body><div>
<p>Adresse :<br>1 rue de la Paix<br>Paris</p>
<ul><li>premier point</li><li>second <b>point</b></li></ul>
<ol start="3"><li>trois</li><li>quatre</li></ol>
<table><tr><th>Pays</th><th>Soldats</th></tr><tr><td>France</td><td>600</td></tr></table>
<pre>ligne 1
    ligne 2 indentée</pre>
</div></body></html>"""
    source = read_bytes(page.encode(), "l.html")
    assert source.text.split("\n\n") == [
        "Adresse :\n1 rue de la Paix\nParis",
        "• premier point",
        "• second point",
        "3. trois",
        "4. quatre",
        "Pays | Soldats",
        "France | 600",
        "ligne 1\n    ligne 2 indentée",
    ]


def test_title_from_title_element_without_site_name() -> None:
    page = (
        "<html><head><title>Baghdad hands over the last base | The Daily</title></head>"
        "<body><p>The last coalition advisers left the base on Sunday.</p></body></html>"
    )
    source = read_bytes(page.encode(), "p.html")
    assert source.title == "Baghdad hands over the last base"
    assert source.lang == "en"


def test_date_from_json_ld_and_time_element() -> None:
    json_ld = (
        '<html><head><script type="application/ld+json">'
        '{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
        '"headline": "X", "datePublished": "2025-10-01T08:00:00Z"}]}'
        "</script></head><body><p>Texte de l’article.</p></body></html>"
    )
    source = read_bytes(json_ld.encode(), "j.html")
    assert (source.published, source.published_how) == ("2025-10-01", "html-meta")
    timed = (
        "<html><body><article><p>Publié <time datetime='2024-03-05T10:00'>mardi</time>."
        "</p><p>Texte de l’article.</p></article></body></html>"
    )
    assert read_bytes(timed.encode(), "t.html").published == "2024-03-05"


def test_date_falls_back_to_the_text() -> None:
    page = "<html><body><p>Publié le 18 janvier 2026</p><p>Le texte.</p></body></html>"
    source = read_bytes(page.encode(), "d.html")
    assert (source.published, source.published_how, source.published_confirmed) == (
        "2026-01-18",
        "header",
        True,
    )


def test_legacy_charsets() -> None:
    body = "<p>L’été à Noël, « œuvre » : 5 €.</p>"
    declared_1252 = f'<html><head><meta charset="windows-1252"></head><body>{body}</body></html>'
    source = read_bytes(declared_1252.encode("cp1252"), "a.html")
    assert source.text == "L’été à Noël, « œuvre » : 5 €."
    assert source.encoding == "cp1252"

    # iso-8859-15 puts € at 0xA4, where latin-1 has ¤: the declaration decides
    body15 = "<p>Prix : 5 € (été)</p>"
    declared_15 = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'
        f"</head><body>{body15}</body></html>"
    )
    source = read_bytes(declared_15.encode("iso-8859-15"), "b.html")
    assert source.text == "Prix : 5 € (été)"
    assert source.encoding == "iso8859-15"


def test_stale_declaration_does_not_garble_utf8() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Déjà vu</p></body></html>'
    source = read_bytes(page.encode("utf-8"), "a.html")
    assert source.text == "Déjà vu"
    assert source.encoding == "utf-8"


@pytest.mark.parametrize(
    "page",
    [
        "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>",
        "<html></html>",
        "   \n  ",
    ],
)
def test_page_without_text_is_rejected(page: str) -> None:
    with pytest.raises(ImportRejected) as info:
        read_bytes(page.encode(), "vide.html")
    assert info.value.reason in (
        "no readable text was found in this page",
        "the file has no text (only spaces and blank lines)",
    )


def test_class_names_only_drop_furniture() -> None:
    page = (
        '<html><body class="single-post has-sidebar"><div id="content" class="with-related">'
        "<p>Le texte reste.</p></div><div class='related-articles'>Autres articles</div>"
        "<div class='share-bar'>Partager</div><div hidden>Caché</div></body></html>"
    )
    assert read_bytes(page.encode(), "c.html").text == "Le texte reste."


def test_language_hint_breaks_a_tie() -> None:
    page = '<html lang="en-GB"><body><p>Bagdad, Erbil, Mossoul.</p></body></html>'
    assert read_bytes(page.encode(), "c.html").lang == "en"
    assert read_bytes(page.replace("en-GB", "de").encode(), "c.html").lang == "fr"


def test_site_name_in_a_header_h1_is_not_the_headline() -> None:
    page = (
        "<html><body><header><h1>Le Quotidien</h1></header><main><h2>Sous-titre</h2>"
        "<p>Le texte de la brève.</p></main></body></html>"
    )
    source = read_bytes(page.encode(), "h.html")
    assert source.text == "Sous-titre\n\nLe texte de la brève."
    assert "Le Quotidien" not in source.title

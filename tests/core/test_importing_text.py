"""Plain-text guesses: titles and language."""

from __future__ import annotations

import pytest

from desktop.core.importing.language import guess_language, scores
from desktop.core.importing.title import first_sentence, guess_title, shorten


def test_title_is_the_first_line() -> None:
    assert guess_title("Un titre\n\nLe texte suit.", "a.txt") == "Un titre"


def test_title_skips_a_date_header_prefix() -> None:
    text = " date 2026-01-19 L'Irak annonce le retrait\n\nTexte."
    assert guess_title(text, "a.txt") == "L'Irak annonce le retrait"
    assert guess_title("Publié le 18 janvier 2026\nLe titre\n\nTexte.", "a.txt") == "Le titre"


def test_title_skips_a_truncated_breadcrumb_when_the_headline_follows() -> None:
    text = (
        "Accueil Monde Moyen-Orient Bagdad reprend le contrôle de la base...\n\n"
        "Bagdad reprend le contrôle de la base d'Aïn al-Assad après le départ des Américains\n\n"
        "Texte."
    )
    assert guess_title(text, "a.txt").startswith("Bagdad reprend le contrôle de la base d'Aïn")
    # with no better line after it, a cut line is still better than the file name
    assert guess_title("Un titre coupé…\n\n0", "a.txt") == "Un titre coupé…"


def test_title_skips_furniture() -> None:
    text = "Menu\n0\nPhoto : AFP\nLe vrai titre de l'article\n\nTexte."
    assert guess_title(text, "a.txt") == "Le vrai titre de l'article"


def test_a_long_first_line_gives_its_first_sentence_after_the_dateline() -> None:
    text = (
        "PARIS, 3 mars (AFP) - Le gouvernement a annoncé mardi un plan de soutien aux "
        "agriculteurs. " + "Le ministre a détaillé les mesures devant la presse. " * 4
    )
    assert guess_title(text, "a.txt") == (
        "Le gouvernement a annoncé mardi un plan de soutien aux agriculteurs."
    )
    long_sentence = "WASHINGTON, Oct. 1 (Reuters) - " + "word " * 60 + "end."
    title = guess_title(long_sentence, "a.txt")
    assert title.endswith("…") and len(title) <= 120 and title.startswith("word word")


def test_title_falls_back_to_the_file_name() -> None:
    assert guess_title("0\n\n---\n", "notes du 5 mars.txt") == "notes du 5 mars"


def test_first_sentence_and_shorten() -> None:
    assert first_sentence("M. Dupont est arrivé à Bagdad. Il a parlé.") == (
        "M. Dupont est arrivé à Bagdad."
    )
    assert shorten("court") == "court"
    cut = shorten("mot " * 50)
    assert cut.endswith("mot…") and len(cut) <= 120


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Le ministre a annoncé que les troupes quitteraient le pays.", "fr"),
        ("L’Irak a annoncé la fin des missions de combat de la coalition.", "fr"),
        ("The minister said the troops would leave the country.", "en"),
        ("Iraq's government has announced the end of the coalition's combat mission.", "en"),
        ("Bagdad, Erbil, Mossoul.", "fr"),  # undecided: French
        ("", "fr"),
    ],
)
def test_language(text: str, lang: str) -> None:
    assert guess_language(text) == lang


def test_language_hint_only_breaks_ties() -> None:
    assert guess_language("Bagdad, Erbil.", hint="en") == "en"
    assert guess_language("Le texte est en français.", hint="en") == "fr"
    assert scores("the and of le la") == (2, 3)

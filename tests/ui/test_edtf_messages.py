"""EDTF explanations in the interface language: translated templates filled with the date."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.app import install_translations
from desktop.core import edtf
from desktop.core.edtf import EdtfError
from desktop.ui.messages import localized

NBSP = "\u00a0"  # French puts a no-break space before ":" and ";" and inside « »


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:
    locale = QLocale()
    installed = install_translations(qapp, "fr")
    assert installed, "resources/translations/recoupe_fr.qm did not load"
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(locale)


def explained(text: str) -> EdtfError:
    problem = edtf.explain(text)
    assert problem is not None, text
    return problem


def test_a_day_past_the_end_of_the_month_reads_in_french(french: list[QTranslator]) -> None:
    problem = explained("2026-02-30")
    message = localized(problem)
    assert message == f"2026-02-30{NBSP}: le mois 2 de 2026 compte 28{NBSP}jours"
    assert str(problem) == "2026-02-30: month 2 of 2026 has 28 days"  # the CLI stays English


@pytest.mark.parametrize(
    ("text", "french_message"),
    [
        ("", f"la date est vide{NBSP}; écrivez-la AAAA, AAAA-MM ou AAAA-MM-JJ"),
        ("18/01/2026", f"18/01/2026{NBSP}: écrivez les dates AAAA, AAAA-MM ou AAAA-MM-JJ, "
                       "l’année en premier (2026-01-18 pour jour/mois/année)"),
        ("2021-24-03", f"2021-24-03{NBSP}: une saison (24 désigne l’hiver) n’a pas de jours"),
        ("2021/2020", f"2021/2020{NBSP}: un intervalle doit commencer avant sa fin "
                      "(2021 vient après 2020)"),
        ("..", f"«{NBSP}..{NBSP}» (une extrémité ouverte) ne peut être que l’un des bouts "
               f"d’un intervalle{NBSP}: 2014/.."),
    ],
)  # fmt: skip
def test_explanations_read_in_french(
    french: list[QTranslator], text: str, french_message: str
) -> None:
    assert localized(explained(text)) == french_message


@pytest.mark.parametrize(
    "text",
    ["", "2026-13", "2021-21-03", "2021-22-03", "2021-23-03", "2021-12-00", "0000", "2021?~",
     "2021?-12", "20X1", "2XXX", "201X-05", "2021-XX-05", "2021-1X", "2021-12-1X", "../..",
     "2020/2021/2022", "..", "-0100", "2021-12-09T10:00", "2026/01/19", "2026-1-5", "12021",
     "21", "hier"],
)  # fmt: skip
def test_every_explanation_is_translated(french: list[QTranslator], text: str) -> None:
    problem = explained(text)
    message = localized(problem)
    assert message != str(problem), "no French translation for " + repr(problem.template)
    assert text.strip() in message and "{" not in message


def test_in_english_the_interface_shows_the_english_explanation(qapp: QApplication) -> None:
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        for text in ("2026-02-30", "2021-21-03", "18/01/2026", ""):
            problem = explained(text)
            assert localized(problem) == str(problem) == edtf.validate(text)
    finally:
        QLocale.setDefault(locale)

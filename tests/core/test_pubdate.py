"""Publication dates guessed from plain text: headers, id timestamps, datelines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.importing import dates
from desktop.core.importing.pubdate import (
    NOT_FOUND,
    PublicationDate,
    guess_published,
    infer_year,
    strip_dateline,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TODAY = date(2026, 2, 1)


def guess(text: str) -> PublicationDate:
    return guess_published(text, today=TODAY)


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", NOT_FOUND),  # "ce dimanche 18 janvier 2026" is an event in the body
        ("001", PublicationDate("2026-01-19", "header", True)),
        ("002", PublicationDate("2025-10-01", "dateline", False)),
        ("003", PublicationDate("2021-12-09", "id-timestamp", True)),
        ("004", NOT_FOUND),
    ],
)
def test_seeds(prefix: str, expected: PublicationDate) -> None:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    assert guess(path.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("date 2026-01-19 Un titre", "2026-01-19"),
        ("Date: 2026-01-19", "2026-01-19"),
        ("Date : 19/01/2026", "2026-01-19"),
        ("Publié le 18 janvier 2026 à 10h32, mis à jour le 19 janvier 2026", "2026-01-18"),
        ("Publié le 1er février 2026", "2026-02-01"),
        ("Published: January 18, 2026", "2026-01-18"),
        ("Published on 18 Jan. 2026", "2026-01-18"),
        ("Posted on Sunday, January 18, 2026", "2026-01-18"),
        ("Mis en ligne le 18/01/2026", "2026-01-18"),
        ("18 janvier 2026 à 14h05", "2026-01-18"),  # a line that is only a date
        ("Le dimanche 18 janvier 2026", "2026-01-18"),
    ],
)
def test_headers(header: str, expected: str) -> None:
    text = f"Un titre\n\n{header}\n\nLe texte de l’article."
    assert guess(text) == PublicationDate(expected, "header", True)


@pytest.mark.parametrize(
    "text",
    [
        "Un titre\n\nMis à jour le 19 janvier 2026\n\nTexte.",
        "Updated: January 19, 2026\n\nText.",
        "Le 18 janvier 2026, le parlement a voté la loi.",  # a sentence, not a header
        "Titre\n" + "\n".join(f"ligne {n}" for n in range(10)) + "\nPublié le 18 janvier 2026",
        "Date 2026-02-30 invalide",
    ],
)
def test_not_headers(text: str) -> None:
    assert guess(text) == NOT_FOUND


def test_id_timestamp() -> None:
    text = "Titre\n\nTexte.\n\n622703.1.260.149.20211209111613\n\nSuite."
    assert guess(text) == PublicationDate("2021-12-09", "id-timestamp", True)
    # at the end of a longer digit run, too
    assert guess("ref 99920211209111613 fin").date == "2021-12-09"


@pytest.mark.parametrize(
    "text",
    [
        "Appelez le +33 1 45 67 89 01 ou le 0033145678901.",
        "Commande n° 12345678901234 expédiée.",
        "IBAN FR7630006000011234567890189",
        "id 20211309111613 (month 13)",
        "id 20211209251613 (hour 25)",
        "id 19851209111613 (before 1990)",
        "id 20991209111613 (far future)",
        "Un nombre très long 123456789012345678901234567890.",
    ],
)
def test_numbers_that_are_not_timestamps(text: str) -> None:
    assert guess(text) == NOT_FOUND


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            (
                "WASHINGTON, Oct. 1 (Reuters) - The Pentagon said on Tuesday that troops would "
                "leave. In March 2021, Baghdad said 2,500 U.S. soldiers remained."
            ),
            "2021-10-01",
        ),
        (
            "LONDON, January 5 - The government said in 2023 that it had finished the work.",
            "2023-01-05",
        ),
        ("PARIS, 3 mars (AFP) - Le gouvernement avait promis en 2024 une réforme.", "2024-03-03"),
        ("NEW YORK, 12 March 2024 (AP) - Stocks fell.", "2024-03-12"),
        ("BAGDAD, le 9 déc. - Depuis 2014, la coalition est présente.", "2014-12-09"),
    ],
)
def test_datelines(text: str, expected: str) -> None:
    assert guess(text) == PublicationDate(expected, "dateline", False)


def test_dateline_year_rolls_over_after_a_later_day_of_that_year() -> None:
    text = (
        "WASHINGTON, 1er octobre. /TASS/. Le Pentagone a annoncé mardi une réduction. "
        "Le 22 décembre 2025, l’état-major avait annoncé le retrait des unités."
    )
    assert guess(text) == PublicationDate("2026-10-01", "dateline", False)
    assert infer_year(text, 10, 1, today=TODAY) == 2026
    # a month-only mention later in the year rolls over too; the same month does not
    assert infer_year("X. En novembre 2025, Y.", 10, 1, today=TODAY) == 2026
    assert infer_year("X. En octobre 2025, Y.", 10, 1, today=TODAY) == 2025


def test_future_years_are_ignored() -> None:
    fr = (
        "En juillet 2025, le premier ministre avait annoncé que la coalition achèverait "
        "ses missions en septembre 2026."
    )
    assert infer_year(fr, 10, 1, today=TODAY) == 2025
    assert infer_year("Les troupes partiront d'ici la fin de 2027. Depuis 2014, X.", 5, 1) == 2014
    assert infer_year("Le retrait, annoncé en 2021, est achevé.", 5, 1) == 2021  # not a verb
    en = "The troops will leave in 2027. The base was built by the army in 2019."
    assert infer_year(en, 5, 1, today=TODAY) == 2019
    assert (
        infer_year("Troops are due to leave by September 2026; talks began in 2024.", 5, 1) == 2024
    )
    # "by" governs a year only when it is the date's own preposition
    assert infer_year("The coalition led by Washington in 2014 grew.", 5, 1) == 2014


def test_dateline_without_any_year_gives_nothing() -> None:
    assert guess("WASHINGTON, 1er octobre. /TASS/. Les troupes partent.") == NOT_FOUND
    assert guess("LONDON, Jan 5 (Reuters) - Prices rose 2,500 points.") == NOT_FOUND


def test_not_datelines() -> None:
    assert (
        guess("Paris, 3 mars. Une ville en minuscules n'est pas un dateline en 2020.") == NOT_FOUND
    )
    assert (
        guess("Titre\n\nLe texte.\n\nTexte\n\nAutre\n\nPARIS, 3 mars (AFP) - en 2020") == NOT_FOUND
    )


def test_strip_dateline() -> None:
    assert strip_dateline("WASHINGTON, 1er octobre. /TASS/. Les États-Unis") == "Les États-Unis"
    assert strip_dateline("PARIS, 3 mars (AFP) - Le gouvernement") == "Le gouvernement"
    assert strip_dateline("LONDON, Oct. 1 (Reuters) - Prices") == "Prices"
    assert strip_dateline("Pas de dateline ici") == "Pas de dateline ici"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05T23:30:00-05:00", "2024-03-05"),
        ("2024-03-05", "2024-03-05"),
        ("20240305", "2024-03-05"),
        ("Tue, 05 Mar 2024 10:00:00 GMT", "2024-03-05"),
        ("5 mars 2024", "2024-03-05"),
        ("March 5, 2024", "2024-03-05"),
        ("05/03/2024", "2024-03-05"),
        ("03/25/2024", "2024-03-25"),  # day-first is impossible, so month-first
        ("2024-02-30", None),
        ("hier", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert dates.parse_date(value) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_real_date_or_none(text: str) -> None:
    found = guess(text)
    if found.date is None:
        assert found == NOT_FOUND
    else:
        assert date.fromisoformat(found.date).year <= TODAY.year + 1
        assert found.how in ("header", "id-timestamp", "dateline")
        assert found.confirmed == (found.how != "dateline")

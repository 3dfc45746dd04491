"""Page furniture: detection rules, the seeds, the store, suggestions and the timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.demo import create_demo
from desktop.core.errors import InvalidValue, NotFound
from desktop.core.furniture import Reason, classify, detect, line_range, lines
from desktop.core.furniture_store import (
    Origin,
    detect_and_store,
    furniture_by_source,
    furniture_ranges,
    furniture_rows,
    in_furniture,
    redo_line_furniture,
    set_line_furniture,
    undo_line_furniture,
)
from desktop.core.importing import import_files
from desktop.core.models import ChangeKind, SourceId, TagId
from desktop.core.store import Store
from desktop.core.suggesting import apply_plans, plan_source
from desktop.core.timeline import Timeline
from tests.conftest import SEEDS, MakeSource

DATE = TagId(1)

# ----------------------------------------------------------------- crafted lines

FURNITURE = [
    # related articles
    ("Lire aussi: L'Italie prolonge jusqu'au 10 février la fermeture des discothèques", "related"),
    ("Lire aussi :   M. Loukachenko assure le Belarus", "related"),
    ("À lire aussi – Irak : le retrait américain en questions", "related"),
    ("A lire aussi", "related"),
    ("Voir aussi « Les dernières heures de la coalition »", "related"),
    ("LIRE AUSSI > Bagdad se prépare", "related"),
    ("Lire également: Les Kurdes inquiets", "related"),
    ("Sur le même sujet", "related"),
    ("Read more: Iraq says coalition combat mission is over", "related"),
    ("Read also", "related"),
    ("Related: US troops leave Ain al-Asad", "related"),
    ("RELATED ARTICLES", "related"),
    ("See also: Timeline of the war", "related"),
    ("Most read", "related"),
    ("Les plus lus", "related"),
    # navigation
    ("Article précédentL’Allemagne réitère son opposition au projet", "navigation"),
    ("Article suivant La gauche française rejette une proposition", "navigation"),
    ("Previous article", "navigation"),
    ("Next post: The coalition's next phase", "navigation"),
    ("Retour en haut", "navigation"),
    ("Back to top", "navigation"),
    ("Skip to main content", "navigation"),
    ("Accueil > International > Moyen-Orient", "navigation"),
    ("Home / World / Middle East", "navigation"),
    ("Accueil Dernières minutes L'International L’Irak annonce la fin des...", "navigation"),
    ("Vous êtes ici : Accueil", "navigation"),
    ("Monde › Moyen-Orient › Irak", "navigation"),
    # share and follow
    ("Partager :", "share"),
    ("Partager", "share"),
    ("Partager cet article", "share"),
    ("Partager sur Facebook", "share"),
    ("Share this:", "share"),
    ("Share this article", "share"),
    ("Facebook Twitter LinkedIn E-mail", "share"),
    ("Imprimer", "share"),
    ("Copier le lien", "share"),
    ("Suivez-nous sur Twitter", "share"),
    ("Follow us on Instagram", "share"),
    # comments
    ("Laisser un commentaire", "comments"),
    ("Leave a Reply Cancel reply", "comments"),
    ("Leave a comment", "comments"),
    (
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "comments",
    ),
    ("Your email address will not be published. Required fields are marked *", "comments"),
    ("Commentaires (12)", "comments"),
    ("12 commentaires", "number"),
    ("Réagir", "comments"),
    ("View 34 comments", "comments"),
    # subscription
    ("Service limité. 2 mois pour 1 € sans engagement", "subscription"),
    ("Abonnez-vous à partir de 1 €", "subscription"),
    ("Je m'abonne", "subscription"),
    ("Déjà abonné ? Se connecter", "subscription"),
    ("Cet article est réservé aux abonnés.", "subscription"),
    ("Subscribe now for $1 a week", "subscription"),
    ("Sign up for our daily newsletter", "subscription"),
    ("Offre spéciale : 1 € le premier mois", "subscription"),
    ("Only $1 for your first month. Cancel anytime.", "subscription"),
    # app promotion
    ("Application L’Express", "app"),
    ("Téléchargez l’application", "app"),
    ("Télécharger l'appli", "app"),
    ("Download the app", "app"),
    ("Get our app", "app"),
    ("Disponible sur l'App Store et Google Play", "app"),
    ("Analyse de suivi et décryptage où que vous soyez", "app"),
    ("The news wherever you are", "app"),
    # credits
    ("Photo : AFP/VNA/CVN", "credit"),
    ("Photo: John Smith/Reuters", "credit"),
    ("Crédit photo : Ahmad Al-Rubaye / AFP", "credit"),
    ("© AFP", "credit"),
    ("©Reuters", "credit"),
    ("Copyright 2021 The Associated Press. All rights reserved.", "credit"),
    ("Des soldats irakiens à Bagdad, le 9 décembre 2021. (Photo : AFP)", "credit"),
    ("Des soldats irakiens à Bagdad, le 9 décembre 2021. © Ahmad Al-Rubaye, AFP", "credit"),
    # agencies
    ("Xinhua/VNA/CVN", "agency"),
    ("AFP", "agency"),
    ("(AFP)", "agency"),
    ("— Reuters", "agency"),
    ("Avec AFP", "agency"),
    ("Le Monde avec AFP et Reuters", "agency"),
    ("By The Associated Press", "byline"),
    ("Associated Press", "agency"),
    ("AFP/Getty Images", "agency"),
    ("VNA/CVN", "agency"),
    # bylines and column teasers
    ("Par Jean-Pierre Dupont", "byline"),
    ("Par Hélène Sallon, envoyée spéciale à Bagdad", "byline"),
    ("By John W. Smith", "byline"),
    ("Christoph Donner.Christoph Donner", "byline"),
    ('"La croissance n\'est pas offensante."Alain Madelin', "byline"),
    # metadata
    ("Publié le 9 décembre 2021 à 11h16", "metadata"),
    ("Publié le 09/12/2021 à 11h16, mis à jour le 10/12/2021 à 08h00", "metadata"),
    ("Mis à jour le jeudi 9 décembre 2021", "metadata"),
    ("Updated: Dec. 9, 2021 at 11:16 a.m.", "metadata"),
    ("Published December 9, 2021", "metadata"),
    ("Temps de lecture : 3 min", "metadata"),
    ("4 min read", "metadata"),
    ("Mots-clés : Irak, coalition, Etat islamique", "metadata"),
    # labels
    ("avis", "label"),
    ("Chronique", "label"),
    ("Publicité", "label"),
    ("ADVERTISEMENT", "label"),
    ("Contenu sponsorisé", "label"),
    ("Vidéo de l'actualité", "label"),
    ("En images", "label"),
    ("Newsletter", "label"),
    # numbers, ids, separators
    ("0", "number"),
    ("42", "number"),
    ("622703.1.260.149.20211209111613", "identifier"),
    ("978-2-07-036822-8", "identifier"),
    ("===========", "separator"),
    ("* * *", "separator"),
    ("———", "separator"),
]

TEXT_LINES = [
    # real sentences that merely contain a prompt's words
    "Il faut lire aussi le rapport de l'ONU publié le 10 février, qui détaille les pertes.",
    "Lire aussi les mémoires du général permet de comprendre la décision de 2014.",
    "Les lecteurs peuvent lire la déclaration complète sur le site du ministère.",
    "Partager les responsabilités entre Bagdad et Erbil est devenu la priorité.",
    "Il a refusé de partager : « ce n'est pas le moment », a-t-il dit.",
    "Voir aussi loin que possible, voilà ce que demandait le général.",
    "Le commentaire du ministre a été laissé sans réponse par Washington.",
    "L’application de l’accord commence le 31 décembre 2021.",
    "Application de la loi : le parlement vote jeudi.",
    "Related to this, the ministry said troops would stay until 2022.",
    "Read more carefully, the statement says nothing about the advisers.",
    "Les abonnés au gaz paieront 2 € de plus par mois dès janvier, selon le ministre.",
    "« Nous vous trouverons où que vous soyez », a menacé le groupe.",
    "Photo of the day: troops leave the base.",
    "Publié en 2019, le livre de l'ancien ministre a fait scandale.",
    "Publié le 9 décembre, le rapport de l'ONU indique que 2 500 soldats resteront.",
    "Par ailleurs, les forces kurdes restent en alerte.",
    "Par la suite, Washington a réduit ses effectifs.",
    "By then, the coalition had handed over most bases.",
    "Accueil chaleureux pour le président à Bagdad",
    "Home Office officials declined to comment on Thursday.",
    "OTAN",
    "2014",
    "Le 5 janvier 2020, le parlement irakien avait adopté une résolution.",
    "Chronique d'un retrait annoncé : la coalition quitte l'Irak après sept ans.",
    "Vidéo : les derniers soldats américains quittent la base d'Aïn al-Assad à l'aube.",
    "WASHINGTON, 1er octobre. /TASS/. Les États-Unis et leurs alliés vont réduire leur présence.",
    "AFP et Reuters ont rapporté jeudi que les troupes avaient quitté la base.",
    "Le président s'entretient avec Bloomberg",
    "Sa chronique « Journal libéral » paraît chaque semaine.",
    "Selon le ministère, 2 mois pour 1 milliard de dollars de matériel, c'est trop.",
    "Il a écrit jeudi sur Twitter : « La mission de combat est terminée. »",
    "-“”Discret“-",
    "Article 5 du traité de l'OTAN",
    "Next, the coalition will move to an advisory role.",
    "Previous articles of the agreement were signed in 2008.",
    "S'inscrire sur les listes électorales est obligatoire depuis 2019.",
    "Suivez le ministre sur Twitter, a conseillé le porte-parole.",
    "Installer l'application de traçage reste facultatif.",
    "(c) Les États parties s'engagent à retirer leurs troupes.",
    "Copyright law changed in France in 2019.",
    "Text Messages Reveal The Plan",
    # a paragraph that trafilatura glued to the next heading stays text
    "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat de la coalition "
    "internationale contre le groupe État islamique, selon le communiqué.Les Etats-Unis",
    "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat de la coalition "
    "internationale contre le groupe État islamique, selon le communiqué.Nouvelle Donne",
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE)
def test_furniture_lines_are_found(line: str, reason: str | None) -> None:
    found = classify(line)
    assert (found.value if found else None) == reason


@pytest.mark.parametrize("line", TEXT_LINES)
def test_text_lines_are_not_furniture(line: str) -> None:
    assert classify(line) is None


def test_a_long_line_is_never_furniture() -> None:
    long_line = "Lire aussi: " + "la coalition se retire d'Irak, " * 12
    assert len(long_line) > 300
    assert classify(long_line) is None


def test_a_short_label_between_two_furniture_lines_is_furniture() -> None:
    text = "Chronique\n\nJournal libéral\n\nPublicité\n\nJournal libéral\n\nLe texte reprend ici."
    found = [(text[f.start : f.end], f.reason) for f in detect(text)]
    assert found == [
        ("Chronique", Reason.LABEL),
        ("Journal libéral", Reason.NEIGHBOUR),
        ("Publicité", Reason.LABEL),
    ]


def test_a_heading_between_a_credit_and_a_related_link_stays_text() -> None:
    text = "Photo : AFP\nUn retrait progressif\nLire aussi : Bagdad se prépare\nLe texte."
    found = [text[f.start : f.end] for f in detect(text)]
    assert found == ["Photo : AFP", "Lire aussi : Bagdad se prépare"]


def test_lines_and_line_range_leave_out_white_space_and_carriage_returns() -> None:
    text = "  Partager :\r\n\n\tLe texte.  \nFin"
    assert [text[a:b] for a, b in lines(text)] == ["Partager :", "Le texte.", "Fin"]
    assert line_range(text, 0) == (2, 12)
    assert line_range(text, 12) == (2, 12)
    assert line_range(text, 14) is None  # the blank line
    assert line_range(text, len(text)) == (len(text) - 3, len(text))
    assert [(f.start, f.end, f.reason) for f in detect(text)] == [(2, 12, Reason.SHARE)]


def test_offsets_are_code_points_with_emoji_and_combining_accents() -> None:
    text = "😀 Le re\u0301cit commence.\nLire aussi : l'e\u0301te\u0301 à Bagdad\nFin 😀."
    (found,) = detect(text)
    assert text[found.start : found.end] == "Lire aussi : l'e\u0301te\u0301 à Bagdad"


# --------------------------------------------------------------------- the seeds

SEED_FURNITURE = {
    "000_2635a5934fdb6d62.txt": [
        "Partager :",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée.",
    ],
    "001_b06f99086cb2a60c.txt": ["Photo : AFP/VNA/CVN", "Xinhua/VNA/CVN"],
    "002_731cb15688b1176c.txt": ["==========="],
    "003_30912352ed22bfa3.txt": [
        "Accueil Dernières minutes L'International",
        "0",
        "Lire aussi:   M. Loukachenko",
        "622703.1.260.149.20211209111613",
        "Vidéo de l'actualité",
        "Lire aussi:   L'Italie prolonge jusqu'au 10 février",
        "Article précédentL’Allemagne",
        "Article suivantLa gauche",
    ],
    "004_ef2802a788041299.txt": [
        "Service limité. 2 mois pour 1 € sans engagement",
        "Application L’Express",
        "Analyse de suivi et décryptage où que vous soyez",
        "Téléchargez l'application",
        "Téléchargez l’application",
        "avis",
        "Chronique",
        "Christoph Donner.Christoph Donner",
        "Journal libéral",
        "\"La croissance n'est pas offensante",
        "Chronique",
        "Un regard sur l'actualité de l'écrivain Christoph Donner.Christoph Donner",
        "Journal libéral",
        '"Un nuage de colère sociale',
    ],
}


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SEED_FURNITURE))
def test_seed_furniture_is_found_and_no_paragraph_is(name: str) -> None:
    text = _seed(name)
    found = detect(text)
    flagged = [text[f.start : f.end].replace("\xa0", " ") for f in found]
    expected = SEED_FURNITURE[name]
    assert len(flagged) == len(expected), flagged
    for line, start in zip(flagged, expected, strict=True):
        assert line.startswith(start.replace("\xa0", " ")), (line, start)
    # every other line of the page is text: not one of its characters is flagged
    ranges = [(f.start, f.end) for f in found]
    prose = [(a, b) for a, b in lines(text) if (a, b) not in ranges]
    long_prose = [(a, b) for a, b in prose if b - a >= 80]
    assert long_prose, "the seed has paragraphs"
    overlap = sum(max(0, min(b, fb) - max(a, fa)) for a, b in long_prose for fa, fb in ranges)
    assert overlap == 0


def test_no_character_of_a_prose_sentence_in_the_seeds_is_flagged() -> None:
    # prose, told apart without the rules: a long line of words ending a sentence (not
    # a title cut short with "...")
    prose_chars = flagged = 0
    for name in SEED_FURNITURE:
        text = _seed(name)
        found = detect(text)
        for a, b in lines(text):
            line = text[a:b].rstrip('»”"“ \xa0')
            ends_sentence = line[-1] in ".!?" and not line.endswith(("...", "…"))
            if len(line) >= 80 and len(line.split()) >= 12 and ends_sentence:
                prose_chars += b - a
                flagged += sum(max(0, min(b, f.end) - max(a, f.start)) for f in found)
    assert prose_chars > 15_000
    assert flagged == 0


# ------------------------------------------------------------------------- store

PAGE = (
    "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat.\n"
    "\n"
    "Lire aussi: L'Italie prolonge jusqu'au 10 février la fermeture des discothèques\n"
    "\n"
    "Le retrait doit être achevé le 31 décembre 2021, selon Bagdad.\n"
    "Partager :\n"
)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_detect_and_store_records_auto_rows_once(store: Store, make_source: MakeSource) -> None:
    sid = make_source(PAGE)
    change = detect_and_store(store, sid)
    assert change.kind is ChangeKind.FURNITURE_CHANGED and change.source_ids == (sid,)
    rows = furniture_rows(store, sid)
    assert [(PAGE[r.start : r.end][:10], r.origin, r.reason) for r in rows] == [
        ("Lire aussi", Origin.AUTO, "related"),
        ("Partager :", Origin.AUTO, "share"),
    ]
    detect_and_store(store, sid)
    assert furniture_rows(store, sid) == rows
    assert furniture_ranges(store, sid) == [(r.start, r.end) for r in rows]
    assert furniture_by_source(store, [sid, SourceId(999)]) == {sid: furniture_ranges(store, sid)}


def test_import_files_stores_the_furniture_of_a_seed(store: Store) -> None:
    report = import_files(store, [SEEDS / "003_30912352ed22bfa3.txt"])
    (sid,) = report.added
    text = store.source_text(sid)
    quotes = [text[a:b] for a, b in furniture_ranges(store, sid)]
    assert len(quotes) == 8
    assert quotes[1] == "0" and quotes[-1].startswith("Article suivant")


def test_a_duplicate_import_adds_no_furniture_rows(store: Store) -> None:
    seed = SEEDS / "000_2635a5934fdb6d62.txt"
    (sid,) = import_files(store, [seed]).added
    rows = furniture_rows(store, sid)
    again = import_files(store, [seed])
    assert again.duplicates and not again.added
    count = store.db.execute("SELECT COUNT(*) FROM furniture").fetchone()[0]
    assert count == len(rows) == 3


def test_the_demo_has_furniture(tmp_path: Path) -> None:
    demo = create_demo(tmp_path / "demo.recoupe", SEEDS)
    try:
        total = sum(len(furniture_ranges(demo, s.id)) for s in demo.sources())
        assert total == sum(len(v) for v in SEED_FURNITURE.values())
    finally:
        demo.close()


def test_in_furniture() -> None:
    ranges = [(10, 20), (30, 40)]
    assert in_furniture(ranges, 12, 14)
    assert in_furniture(ranges, 5, 11)
    assert in_furniture(ranges, 19, 31)
    assert not in_furniture(ranges, 20, 30)
    assert not in_furniture(ranges, 0, 10)
    assert not in_furniture(ranges, 40, 50)
    assert in_furniture(ranges, 10, 10) and not in_furniture(ranges, 20, 20)
    assert not in_furniture([], 0, 5)


def test_unmarking_an_auto_line_keeps_its_row_and_undo_redo_are_exact(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source(PAGE)
    detect_and_store(store, sid)
    before = furniture_rows(store, sid)
    start, end = _span(PAGE, "Partager :")
    change, undo = set_line_furniture(store, sid, start, end, False)
    assert change.kind is ChangeKind.FURNITURE_CHANGED and undo.changed
    assert (start, end) not in furniture_ranges(store, sid)
    unmarked = [r for r in furniture_rows(store, sid) if r.start == start]
    assert unmarked[0].origin is Origin.AUTO and not unmarked[0].is_furniture
    # detecting again does not bring it back
    detect_and_store(store, sid)
    assert (start, end) not in furniture_ranges(store, sid)
    after = furniture_rows(store, sid)
    undo_line_furniture(store, undo)
    assert furniture_rows(store, sid) == before
    redo_line_furniture(store, undo)
    assert furniture_rows(store, sid) == after


def test_marking_a_line_adds_a_user_row_and_undo_removes_it(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source(PAGE)
    detect_and_store(store, sid)
    before = furniture_rows(store, sid)
    start, end = _span(PAGE, "Le retrait doit être achevé le 31 décembre 2021, selon Bagdad.")
    _, undo = set_line_furniture(store, sid, start, end, True)
    (row,) = [r for r in furniture_rows(store, sid) if r.start == start]
    assert row.origin is Origin.USER and row.is_furniture and row.end == end
    undo_line_furniture(store, undo)
    assert furniture_rows(store, sid) == before
    redo_line_furniture(store, undo)
    assert [r for r in furniture_rows(store, sid) if r.start == start] == [row]  # same id
    # unmarking a user line deletes its row; marking again makes a new one
    _, undo2 = set_line_furniture(store, sid, start, end, False)
    assert furniture_rows(store, sid) == before
    undo_line_furniture(store, undo2)
    assert [r for r in furniture_rows(store, sid) if r.start == start] == [row]


def test_marking_again_an_unmarked_auto_line_reuses_its_row(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source(PAGE)
    detect_and_store(store, sid)
    start, end = _span(PAGE, "Partager :")
    set_line_furniture(store, sid, start, end, False)
    _, undo = set_line_furniture(store, sid, start, end, True)
    (row,) = [r for r in furniture_rows(store, sid) if r.start == start]
    assert row.origin is Origin.AUTO and row.is_furniture and row.reason == "share"
    assert len(undo.before) == len(undo.after) == 1
    # marking what already is furniture changes nothing
    _, same = set_line_furniture(store, sid, start, end, True)
    assert not same.changed


def test_set_line_furniture_checks_source_and_range(store: Store, make_source: MakeSource) -> None:
    sid = make_source(PAGE)
    with pytest.raises(InvalidValue):
        set_line_furniture(store, sid, 5, len(PAGE) + 3, True)
    with pytest.raises(NotFound):
        set_line_furniture(store, SourceId(999), 0, 3, True)
    assert furniture_rows(store, sid) == []


def test_deleting_a_source_deletes_its_furniture(store: Store, make_source: MakeSource) -> None:
    sid = make_source(PAGE)
    detect_and_store(store, sid)
    store.delete_source(sid)
    assert store.db.execute("SELECT COUNT(*) FROM furniture").fetchone()[0] == 0


# ------------------------------------------------------------ suggestions, timeline


def test_suggestions_skip_dates_on_furniture(store: Store, make_source: MakeSource) -> None:
    sid = make_source(PAGE, published="2021-12-10")
    quotes = [PAGE[i.start : i.end] for i in plan_source(store, sid).items]
    assert any("10 février" in q for q in quotes)  # without furniture: suggested
    detect_and_store(store, sid)
    quotes = [PAGE[i.start : i.end] for i in plan_source(store, sid).items]
    assert not any("février" in q for q in quotes)
    assert any("31 décembre 2021" in q for q in quotes) and "jeudi" in quotes


def test_suggestions_on_the_seed_skip_the_lire_aussi_date(store: Store) -> None:
    (sid,) = import_files(store, [SEEDS / "003_30912352ed22bfa3.txt"], published="2021-12-09").added
    report = apply_plans(store, [plan_source(store, sid)])
    quotes = [a.quote for a in store.annotations(ids=report.added[sid], status=None)]
    assert quotes and not any("février" in q for q in quotes)


def test_timeline_leaves_out_dates_on_furniture(store: Store, make_source: MakeSource) -> None:
    sid = make_source(PAGE, published="2021-12-10")
    a, b = _span(PAGE, "10 février")
    on_furniture = store.add_annotation(
        source_id=sid, start=a, end=b, tag_id=DATE, value="2022-02-10"
    ).annotation_ids[0]
    a, b = _span(PAGE, "31 décembre 2021")
    in_text = store.add_annotation(
        source_id=sid, start=a, end=b, tag_id=DATE, value="2021-12-31"
    ).annotation_ids[0]
    assert set(Timeline.load(store).marks) == {on_furniture, in_text}
    detect_and_store(store, sid)
    timeline = Timeline.load(store)
    assert set(timeline.marks) == {in_text}
    assert on_furniture not in timeline.undated
    # the user unmarks the line: a refresh of the source brings the date back
    start, end = _span(
        PAGE, "Lire aussi: L'Italie prolonge jusqu'au 10 février la fermeture des discothèques"
    )
    _, undo = set_line_furniture(store, sid, start, end, False)
    timeline.refresh_sources([sid])
    assert set(timeline.marks) == {on_furniture, in_text}
    undo_line_furniture(store, undo)
    timeline.refresh_sources([sid])
    assert set(timeline.marks) == {in_text}
    # a date annotation added later on the furniture line is not a mark either
    timeline.refresh_annotations([on_furniture])
    assert on_furniture not in timeline.marks

# ruff: noqa: E501 (the table reads best one case to a row)
"""Date suggestions: a labelled table of French and English sentences, traps, and the seeds.

``CASES`` is also read by ``benchmarks/bench_dates.py`` to compare accuracy with dateparser:
each row is (lang, publication date or None, sentence, expected suggestions), and the
expected list is exact — a suggestion the row does not list is a failure.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import edtf
from desktop.core.extract import UnavailableKind, suggest
from desktop.core.extract.dates import find_dates
from desktop.core.models import DateBasis

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
A, P, T = DateBasis.ABSOLUTE, DateBasis.PUBLICATION, DateBasis.TEXT

Expected = list[tuple[str, str, DateBasis]]
Case = tuple[str, str | None, str, Expected]

# Publication dates used below: 2021-12-09 is a Thursday, 2021-12-10 a Friday,
# 2025-10-01 a Wednesday, 2026-01-18 a Sunday, 2026-01-19 a Monday.
CASES: list[Case] = [
    # ---------------------------------------------------------------- French, absolute
    ("fr", "2026-01-18", "L’Irak a annoncé, ce dimanche 18 janvier 2026, l’achèvement total.",
     [("ce dimanche 18 janvier 2026", "2026-01-18", A)]),
    ("fr", None, "Le 1er octobre 2025, le Pentagone a publié un communiqué.",
     [("Le 1er octobre 2025", "2025-10-01", A)]),
    ("fr", None, "la déclaration conjointe irako-américaine du 6 novembre 2025, portant sur",
     [("6 novembre 2025", "2025-11-06", A)]),
    ("fr", None, "Un accord mettant fin aux combats le 31 décembre 2021.",
     [("le 31 décembre 2021", "2021-12-31", A)]),
    ("fr", None, "Le 1ᵉʳ mai 2021, la manifestation a réuni des milliers de personnes.",
     [("Le 1ᵉʳ mai 2021", "2021-05-01", A)]),
    ("fr", None, "date 2026-01-19 L'Irak annonce le retrait",
     [("2026-01-19", "2026-01-19", A)]),
    ("fr", None, "Publié le 18/01/2026 à 10h30.", [("18/01/2026", "2026-01-18", A)]),
    ("fr", None, "Mis à jour le 18.01.2026.", [("18.01.2026", "2026-01-18", A)]),
    ("fr", None, "Le formulaire daté du 03/04/2026 est arrivé.", [("03/04/2026", "2026-04-03", A)]),
    ("fr", None, "Un document daté du 01/18/2026 circule.", [("01/18/2026", "2026-01-18?", A)]),
    ("fr", None, "Lundi 18 janvier 2026, le ministre a parlé.",
     [("Lundi 18 janvier 2026", "2026-01-18?", A)]),
    ("fr", None, "Le scrutin du jeudi 29 février 2024 a été annulé.",
     [("jeudi 29 février 2024", "2024-02-29", A)]),
    # a day the month does not have: only the month is suggested
    ("fr", None, "Le 29 février 2023 n'existe pas.", [("février 2023", "2023-02", A)]),
    ("fr", None, "Le 5 janv. 2021, le texte a été voté.", [("Le 5 janv. 2021", "2021-01-05", A)]),
    ("fr", None, "En juillet 2025, Mohammed al-Soudani avait annoncé le calendrier.",
     [("En juillet 2025", "2025-07", A)]),
    ("fr", None, "La coalition achèverait ses missions en septembre 2026.",
     [("en septembre 2026", "2026-09", A)]),
    ("fr", None, "Les autorités ont annoncé en décembre 2017 la défaite militaire.",
     [("en décembre 2017", "2017-12", A)]),
    ("fr", None, "Au mois de mars 2021, Bagdad a répondu.", [("Au mois de mars 2021", "2021-03", A)]),
    ("fr", None, "après l’offensive fulgurante de Daech en 2014.", [("en 2014", "2014", A)]),
    ("fr", None, "Depuis 2014, Washington avait constitué une coalition.", [("2014", "2014", A)]),
    ("fr", None, "l’État islamique (jusqu’à 2014, État islamique en Irak)", [("2014", "2014", A)]),
    ("fr", None, "l’accord international de 2015 sur le développement nucléaire",
     [("2015", "2015", A)]),
    ("fr", None, "Le programme a démarré vers 2010.", [("vers 2010", "2010~", A)]),
    ("fr", None, "Ce fut l'année 1989 qui changea tout.", [("l'année 1989", "1989", A)]),
    ("fr", None, "Ils servent de formateurs depuis l’été 2020.", [("l’été 2020", "2020-22", A)]),
    ("fr", None, "Ils servent de formateurs depuis l'été 2020.", [("l'été 2020", "2020-22", A)]),
    ("fr", None, "Ils servent de formateurs depuis lʼété 2020.", [("lʼété 2020", "2020-22", A)]),
    ("fr", None, "Pendant l’hiver 2020, les combats ont repris.", [("l’hiver 2020", "2020-24", A)]),
    ("fr", None, "au printemps 2019", [("au printemps 2019", "2019-21", A)]),
    ("fr", None, "selon un rapport de l’ONU publié début 2021.",
     [("début 2021", "2021-01/2021-03", A)]),
    ("fr", None, "Le retrait sera achevé fin 2021.", [("fin 2021", "2021-10/2021-12", A)]),
    ("fr", None, "À la mi-2021, les troupes étaient encore là.",
     [("À la mi-2021", "2021-05/2021-08", A)]),
    ("fr", None, "Les élections auront lieu mi-janvier 2022.",
     [("mi-janvier 2022", "2022-01-11/2022-01-20", A)]),
    ("fr", None, "Le rapport est attendu fin février 2024.",
     [("fin février 2024", "2024-02-21/2024-02-29", A)]),
    ("fr", None, "Le sommet se tiendra du 5 au 7 janvier 2026 à Bagdad.",
     [("du 5 au 7 janvier 2026", "2026-01-05/2026-01-07", A)]),
    ("fr", None, "Les combats du 28 décembre 2025 au 3 janvier 2026 ont fait des victimes.",
     [("du 28 décembre 2025 au 3 janvier 2026", "2025-12-28/2026-01-03", A)]),
    ("fr", None, "La mission a duré de 2014 à 2016.", [("de 2014 à 2016", "2014/2016", A)]),
    ("fr", None, "Le mandat 2014-2016 a été prolongé.", [("2014-2016", "2014/2016", A)]),
    ("fr", None, "Les frappes ont eu lieu de janvier à mars 2021.",
     [("de janvier à mars 2021", "2021-01/2021-03", A)]),
    ("fr", None, "Le 14 juillet 1789, la Bastille est tombée.", [("Le 14 juillet 1789", "1789-07-14", A)]),
    ("fr", None, "Dans les années 80, puis les années 1990.",
     [("Dans les années 80", "198X", A), ("les années 1990", "199X", A)]),
    # ------------------------------------------- French, completed from the publication
    ("fr", "2025-10-01", "Le 18 septembre, le premier ministre avait déclaré que le pays était prêt.",
     [("Le 18 septembre", "2025-09-18", P)]),
    ("fr", "2025-10-01", "WASHINGTON, 1er octobre. /TASS/. Les États-Unis vont réduire leur présence.",
     [("1er octobre", "2025-10-01", P)]),
    ("fr", "2026-01-19", "Samedi 17 janvier, le ministère de la Défense a annoncé le contrôle total.",
     [("Samedi 17 janvier", "2026-01-17", P)]),
    ("fr", "2026-01-19", "L'Irak a annoncé dimanche 18 janvier le retrait complet.",
     [("dimanche 18 janvier", "2026-01-18", P)]),
    ("fr", "2026-01-19", "Les troupes ont quitté la base samedi 18 janvier.",
     [("samedi 18 janvier", "2026-01-18?", P)]),
    ("fr", "2026-01-05", "Le 28 décembre, les forces avaient repris la ville.",
     [("Le 28 décembre", "2025-12-28", P)]),
    ("fr", "2025-10-01", "Le sommet aura lieu le 18 septembre.", [("le 18 septembre", "2026-09-18", P)]),
    ("fr", "2021-12-09", "L'Italie prolonge jusqu'au 10 février la fermeture des discothèques.",
     [("10 février", "2022-02-10", P)]),
    ("fr", "2021-12-09", "un retrait complet des Etats-Unis au 31 décembre – cela n’a jamais été évoqué.",
     [("31 décembre", "2021-12-31", P)]),
    ("fr", "2026-03-10", "Le texte avait été signé le 29 février.", [("le 29 février", "2024-02-29", P)]),
    ("fr", "2021-12-09", "Il a été évoqué pour la première fois en juillet par Joe Biden.",
     [("en juillet", "2021-07", P)]),
    ("fr", "2021-12-09", "En novembre, elle avait souligné le retrait d’Irak.",
     [("En novembre", "2021-11", P)]),
    ("fr", "2021-12-09", "Les élections auront lieu en juillet.", [("en juillet", "2022-07", P)]),
    ("fr", "2021-12-09", "Le vote avait eu lieu en décembre.", [("en décembre", "2021-12", P)]),
    ("fr", "2021-12-09", "Le texte a été adopté en novembre dernier.",
     [("en novembre dernier", "2021-11", P)]),
    ("fr", "2021-12-09", "La conférence se tiendra en mars prochain.",
     [("en mars prochain", "2022-03", P)]),
    ("fr", "2021-12-09", "L'offensive avait commencé au printemps.", [("au printemps", "2021-21", P)]),
    ("fr", "2021-12-09", "Les travaux reprendront au printemps.", [("au printemps", "2022-21", P)]),
    ("fr", "2021-12-09", "Les combats de l’été dernier ont marqué les esprits.",
     [("l’été dernier", "2021-22", P)]),
    ("fr", "2026-01-18", "Les routes sont coupées cet hiver.", [("cet hiver", "2025-24", P)]),
    ("fr", "2026-03-10", "Les troupes avaient quitté la base fin janvier.",
     [("fin janvier", "2026-01-21/2026-01-31", P)]),
    ("fr", "2021-12-09", "Au début de l’année dernière, la coalition avait réduit ses effectifs.",
     [("Au début de l’année dernière", "2020-01/2020-03", P)]),
    ("fr", "2021-12-09", "Le 1er janvier prochain, la loi entrera en vigueur.",
     [("Le 1er janvier prochain", "2022-01-01", P)]),
    ("fr", "2021-12-09", "Les 5 et 6 janvier, des manifestations ont eu lieu.",
     [("Les 5 et 6 janvier", "2021-01-05/2021-01-06", P)]),
    # ------------------------------------------------- French, weekdays and deictics
    ("fr", "2021-12-09", "Les autorités irakiennes ont annoncé jeudi la fin des missions.",
     [("jeudi", "2021-12-09", P)]),
    ("fr", "2021-12-10", "Le ministre a déclaré jeudi que les troupes partiraient.",
     [("jeudi", "2021-12-09", P)]),
    ("fr", "2021-12-10", "Le ministre se rendra jeudi à Bagdad.", [("jeudi", "2021-12-16", P)]),
    ("fr", "2021-12-09", "Le conseil se réunira mardi.", [("mardi", "2021-12-14", P)]),
    ("fr", "2025-10-01", "indique un communiqué publié mardi par Sean Parnell.",
     [("mardi", "2025-09-30", P)]),
    ("fr", "2021-12-09", "La réunion est prévue jeudi prochain.", [("jeudi prochain", "2021-12-16", P)]),
    ("fr", "2021-12-09", "Il l'avait dit jeudi dernier.", [("jeudi dernier", "2021-12-02", P)]),
    ("fr", "2026-01-18", "Le ministre a parlé ce dimanche devant la presse.",
     [("ce dimanche", "2026-01-18", P)]),
    ("fr", "2021-12-09", "Hier soir, des roquettes ont visé la base.", [("Hier soir", "2021-12-08", P)]),
    ("fr", "2021-12-09", "Le texte a été voté hier.", [("hier", "2021-12-08", P)]),
    ("fr", "2021-12-09", "« Demain, nous nous joindrons au peuple irakien »",
     [("Demain", "2021-12-10", P)]),
    ("fr", "2021-12-09", "« Aujourd’hui, nous avons achevé le dernier cycle »",
     [("Aujourd’hui", "2021-12-09", P)]),
    ("fr", "2021-12-09", "Aujourd'hui, le dialogue est terminé.", [("Aujourd'hui", "2021-12-09", P)]),
    ("fr", "2021-12-09", "Aujourdʼhui, le dialogue est terminé.", [("Aujourdʼhui", "2021-12-09", P)]),
    ("fr", "2021-12-09", "Il est arrivé avant-hier et repartira après-demain.",
     [("avant-hier", "2021-12-07", P), ("après-demain", "2021-12-11", P)]),
    ("fr", "2021-12-09", "le dernier cycle de dialogue, qui a débuté l’année dernière,",
     [("l’année dernière", "2020", P)]),
    ("fr", "2021-12-09", "La loi entrera en vigueur l'an prochain.", [("l'an prochain", "2022", P)]),
    ("fr", "2021-12-09", "Cette année, les attaques ont diminué.", [("Cette année", "2021", P)]),
    ("fr", "2021-12-09", "Le rapport sera publié le mois prochain.", [("le mois prochain", "2022-01", P)]),
    ("fr", "2021-12-09", "Les chiffres du mois dernier sont parus.", [("mois dernier", "2021-11", P)]),
    ("fr", "2021-12-09", "La semaine dernière, trois attaques ont eu lieu.",
     [("La semaine dernière", "2021-11-29/2021-12-05", P)]),
    ("fr", "2021-12-09", "Le ministre viendra cette semaine.",
     [("cette semaine", "2021-12-06/2021-12-12", P)]),
    ("fr", "2021-12-09", "L'armée s'est retirée il y a trois ans.", [("il y a trois ans", "2018~", P)]),
    ("fr", "2021-12-09", "L'armée s'est retirée il y a 3 ans.", [("il y a 3 ans", "2018~", P)]),
    ("fr", "2021-12-09", "Le camp a été attaqué il y a deux semaines.",
     [("il y a deux semaines", "2021-11-25~", P)]),
    ("fr", "2021-12-09", "Le camp a été attaqué il y a trois jours.",
     [("il y a trois jours", "2021-12-06", P)]),
    ("fr", "2021-12-09", "Le projet est né il y a une dizaine d’années.",
     [("il y a une dizaine d’années", "2011~", P)]),
    ("fr", "2021-12-09", "Le chantier sera fini dans deux ans.", [("dans deux ans", "2023~", P)]),
    ("fr", "2021-12-09", "Depuis 3 ans, la base est fermée.", [("Depuis 3 ans", "2018~", P)]),
    ("fr", "2021-12-09", "La coalition achèvera la transition d’ici la fin de l’année.",
     [("d’ici la fin de l’année", "2021-12-09/2021-12-31", P)]),
    ("fr", "2021-12-09", "La coalition achèvera la transition d'ici la fin de l'année.",
     [("d'ici la fin de l'année", "2021-12-09/2021-12-31", P)]),
    ("fr", "2021-12-09", "Des dizaines d’attaques ces derniers mois ont visé les intérêts américains.",
     [("ces derniers mois", "2021-09~/2021-12", P)]),
    ("fr", "2021-12-09", "tuant plusieurs combattants ces dernières semaines.",
     [("ces dernières semaines", "2021-11-18~/2021-12-09", P)]),
    ("fr", "2021-12-09", "Le parlement a voté le 5 janvier 2020. La veille, des manifestants avaient défilé.",
     [("le 5 janvier 2020", "2020-01-05", A), ("La veille", "2020-01-04", T)]),
    ("fr", "2021-12-09", "Le lendemain, il est parti.", [("Le lendemain", "2021-12-10", P)]),
    # ----------------------------------------------------------------- French traps
    ("fr", "2021-12-09", "Si Bagdad affirme sa capacité à garantir sa sécurité.", []),
    ("fr", "2021-12-09", "Je pense que Mar est partie avec Sa Majesté.", []),
    ("fr", "2021-12-09", "La sonde a atterri sur Mars. Le groupe Mars a publié ses résultats.", []),
    ("fr", "2021-12-09", "Mai Nguyen a parlé à la presse.", []),
    ("fr", "2021-12-09", "Il avait 35 ans, son père âgé de 70 ans.", []),
    ("fr", "2021-12-09", "une hausse de 12 % en un an", []),
    ("fr", "2021-12-09", "environ 2 500 soldats américains et 1 000 soldats alliés", []),
    ("fr", "2021-12-09", "ne dépassait pas 2.500 soldats", []),
    ("fr", "2021-12-09", "une coalition comprenant plus de 80 pays", []),
    ("fr", "2021-12-09", "Plus de 2 100 camions de matériel militaire.", []),
    ("fr", "2021-12-09", "Avec les 10 000 combattants actifs", []),
    ("fr", "2021-12-09", "622703.1.260.149.20211209111613", []),
    ("fr", "2021-12-09", "Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89.", []),
    ("fr", "2021-12-09", "Service limité. 2 mois pour 1 € sans engagement", []),
    ("fr", "2021-12-09", "© 2024 Le Journal. Tous droits réservés.", []),
    ("fr", "2021-12-09", "Rendez-vous à 10h30 devant la mairie.", []),
    ("fr", "2021-12-09", "Le PSG a gagné 3-1 contre Lyon.", []),
    ("fr", "2021-12-09", "Les 2014 participants ont voté.", []),
    ("fr", "2021-12-09", "un budget de 2000 euros", []),
    ("fr", "2021-12-09", "La Chine a vendu 2014 tonnes de riz.", []),
    ("fr", "2021-12-09", "la référence 120145 et le lot 201455", []),
    ("fr", "2021-12-09", "Robinson et Vendredi vivent sur l'île.", []),
    ("fr", "2021-12-09", "Le lundi, le marché est fermé, du lundi au vendredi.", []),
    ("fr", "2021-12-09", "Il a été nommé ministre.", []),
    ("fr", "2021-12-09", "En hiver, il fait froid ; l’été est sec.", []),
    ("fr", "2021-12-09", "Après sept jours de combats.", []),
    ("fr", "2021-12-09", "La veille de Noël, le lendemain de l'élection.", []),
    ("fr", "2021-12-09", "les défis de demain et le monde d’aujourd’hui", []),
    ("fr", "2021-12-09", "Cette année-là, tout a changé.", []),
    ("fr", None, "Le 18 septembre, il avait déclaré que hier était jeudi.", []),
    # --------------------------------------------------------------- English, absolute
    ("en", None, "The withdrawal was agreed on January 18, 2026.",
     [("on January 18, 2026", "2026-01-18", A)]),
    ("en", None, "It ended on Sunday, January 18, 2026.", [("on Sunday, January 18, 2026", "2026-01-18", A)]),
    ("en", None, "It ended Monday, January 18, 2026.", [("Monday, January 18, 2026", "2026-01-18?", A)]),
    ("en", None, "Signed 18 January 2026 in Baghdad.", [("18 January 2026", "2026-01-18", A)]),
    ("en", None, "Signed on the 18th of January 2026.", [("on the 18th of January 2026", "2026-01-18", A)]),
    ("en", None, "Posted Jan. 5, 2021 by staff.", [("Jan. 5, 2021", "2021-01-05", A)]),
    ("en", None, "In March 2021, Baghdad said troops numbered 2,500.", [("In March 2021", "2021-03", A)]),
    ("en", None, "The coalition was formed in 2014 to fight.", [("in 2014", "2014", A)]),
    ("en", None, "Troops have been there since 2014.", [("2014", "2014", A)]),
    ("en", None, "Founded around 2010.", [("around 2010", "2010~", A)]),
    ("en", None, "A UN report published early 2021.", [("early 2021", "2021-01/2021-03", A)]),
    ("en", None, "It will end late 2021.", [("late 2021", "2021-10/2021-12", A)]),
    ("en", None, "By mid-2021 the troops left.", [("mid-2021", "2021-05/2021-08", A)]),
    ("en", None, "At the end of 2021 the mission changed.", [("At the end of 2021", "2021-10/2021-12", A)]),
    ("en", None, "They have trained forces since summer 2020.", [("summer 2020", "2020-22", A)]),
    ("en", None, "During the summer of 2020 the attacks grew.", [("summer of 2020", "2020-22", A)]),
    ("en", None, "The talks ran from 2014 to 2016.", [("from 2014 to 2016", "2014/2016", A)]),
    ("en", None, "The summit runs January 5-7, 2026.", [("January 5-7, 2026", "2026-01-05/2026-01-07", A)]),
    ("en", None, "The summit runs 5–7 January 2026.", [("5–7 January 2026", "2026-01-05/2026-01-07", A)]),
    ("en", None, "Strikes went on between January and March 2021.",
     [("between January and March 2021", "2021-01/2021-03", A)]),
    ("en", None, "In the 1990s and the ’80s.", [("In the 1990s", "199X", A), ("the ’80s", "198X", A)]),
    ("en", None, "Form dated 03/04/2026.", [("03/04/2026", "2026-04-03?", A)]),
    ("en", None, "Form dated 01/18/2026.", [("01/18/2026", "2026-01-18", A)]),
    ("en", None, "Form dated 25/12/2025.", [("25/12/2025", "2025-12-25", A)]),
    # ------------------------------------------------------------ English, relative
    ("en", "2021-12-10", "On Thursday, the coalition said it had ended its mission.",
     [("On Thursday", "2021-12-09", P)]),
    ("en", "2021-12-09", "He said so last Thursday.", [("last Thursday", "2021-12-02", P)]),
    ("en", "2021-12-10", "The talks will resume on Monday.", [("on Monday", "2021-12-13", P)]),
    ("en", "2021-12-10", "The talks resume next Monday.", [("next Monday", "2021-12-13", P)]),
    ("en", "2025-10-01", "On September 18, the prime minister had said the country was ready.",
     [("On September 18", "2025-09-18", P)]),
    ("en", "2026-01-05", "On December 28, forces retook the city.", [("On December 28", "2025-12-28", P)]),
    ("en", "2021-12-09", "Elections will be held in July.", [("in July", "2022-07", P)]),
    ("en", "2021-12-09", "The meeting is on Tuesday, December 14.",
     [("on Tuesday, December 14", "2021-12-14", P)]),
    ("en", "2021-12-09", "In May, the May 5 deadline passed.",
     [("In May", "2021-05", P), ("May 5", "2021-05-05", P)]),
    ("en", "2021-12-09", "It was first mentioned in July by Joe Biden.", [("in July", "2021-07", P)]),
    ("en", "2021-12-09", "Yesterday the minister spoke.", [("Yesterday", "2021-12-08", P)]),
    ("en", "2021-12-09", "The vote is today, the count tomorrow.",
     [("today", "2021-12-09", P), ("tomorrow", "2021-12-10", P)]),
    ("en", "2021-12-09", "Prices rose last year and will fall next year.",
     [("last year", "2020", P), ("next year", "2022", P)]),
    ("en", "2021-12-09", "The report is due next month.", [("next month", "2022-01", P)]),
    ("en", "2021-12-09", "Three attacks took place last week.", [("last week", "2021-11-29/2021-12-05", P)]),
    ("en", "2021-12-09", "The army withdrew three years ago.", [("three years ago", "2018~", P)]),
    ("en", "2021-12-09", "The army withdrew 3 years ago.", [("3 years ago", "2018~", P)]),
    ("en", "2021-12-09", "The camp was attacked a week ago.", [("a week ago", "2021-12-02~", P)]),
    ("en", "2021-12-09", "The coalition will complete the transition by the end of the year.",
     [("by the end of the year", "2021-12-09/2021-12-31", P)]),
    ("en", "2021-12-09", "In recent months, attacks rose.", [("In recent months", "2021-09~/2021-12", P)]),
    ("en", "2021-12-09", "Parliament voted on 5 January 2020. The day before, crowds had marched.",
     [("on 5 January 2020", "2020-01-05", A), ("The day before", "2020-01-04", T)]),
    ("en", "2021-12-09", "The next day, he left.", [("The next day", "2021-12-10", P)]),
    ("en", "2021-12-09", "The offensive began last summer.", [("last summer", "2021-22", P)]),
    # ----------------------------------------------------------------- English traps
    ("en", "2021-12-09", "You may go; they will march on.", []),
    ("en", "2021-12-09", "USA Today reported the Sunday Times story on Black Friday sales.", []),
    ("en", "2021-12-09", "He is 35 years old and has 2,500 troops.", []),
    ("en", "2021-12-09", "The project spans 2000 cities in 80 countries.", []),
    ("en", "2021-12-09", "After the fall of Kabul, prices fall 5%.", []),
    ("en", "2021-12-09", "The score was 3-1 at 10:30.", []),
    ("en", "2021-12-09", "The day before the election, polls closed.", []),
    ("en", None, "Yesterday, on Thursday, he spoke in July.", []),
]  # fmt: skip


def _run(lang: str, published: str | None, sentence: str) -> Expected:
    pub = date.fromisoformat(published) if published else None
    return [
        (s.text, s.value or "", s.basis or A)
        for s in find_dates(sentence, published=pub, lang=lang)
    ]


@pytest.mark.parametrize(
    ("lang", "published", "sentence", "expected"),
    [pytest.param(*case, id=f"{case[0]}-{case[2][:50]}") for case in CASES],
)
def test_table(lang: str, published: str | None, sentence: str, expected: Expected) -> None:
    assert _run(lang, published, sentence) == expected


def test_every_expected_value_is_valid_edtf() -> None:
    for *_, expected in CASES:
        for _text, value, _basis in expected:
            assert edtf.validate(value) is None, value


def test_offsets_are_code_points_and_text_matches() -> None:
    text = "🎉🎉 Le 3 mai 2021, Aïn Issa a été reprise ; hier encore."
    found = find_dates(text, published=date(2021, 5, 10), lang="fr")
    assert [(s.text, s.value) for s in found] == [
        ("Le 3 mai 2021", "2021-05-03"),
        ("hier", "2021-05-09"),
    ]
    for s in found:
        assert text[s.start : s.end] == s.text
        assert s.kind == "date"


def test_sorted_and_never_overlapping() -> None:
    text = " ".join(case[2] for case in CASES if case[0] == "fr")
    found = find_dates(text, published=date(2021, 12, 9), lang="fr")
    assert found
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


def test_longest_match_wins() -> None:
    found = find_dates("le dimanche 18 janvier 2026", published=date(2026, 1, 19), lang="fr")
    assert [(s.text, s.value) for s in found] == [("le dimanche 18 janvier 2026", "2026-01-18")]


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="lang"):
        find_dates("18 janvier 2026", published=None, lang="de")


def test_suggest_dispatches_and_refuses_unknown_kinds() -> None:
    found = suggest("Le 18 janvier 2026.", published=None, lang="fr")
    assert [s.value for s in found] == ["2026-01-18"]
    assert suggest("Le 18 janvier 2026.", kinds=()) == []
    with pytest.raises(UnavailableKind, match="not a kind"):
        suggest("texte", kinds=("weather",))


def test_a_megabyte_of_text_is_read_in_one_pass() -> None:
    """Not a timing test: a large input completes, and the result is what smaller ones give."""
    paragraph = "Le 18 septembre, le ministre avait déclaré que l'armée partirait en 2014. " * 50
    found = find_dates(paragraph * 20, published=date(2025, 10, 1), lang="fr")
    assert len(found) == 2 * 50 * 20


# ----------------------------------------------------------------------------- seeds


def _seed(name_prefix: str) -> tuple[str, date]:
    manifest = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest if e["file"].startswith(name_prefix))
    return (SEEDS / entry["file"]).read_text(encoding="utf-8"), date.fromisoformat(
        entry["published"]
    )


def _found(name_prefix: str) -> list[tuple[str, str]]:
    text, published = _seed(name_prefix)
    return [(s.text, s.value or "") for s in find_dates(text, published=published, lang="fr")]


@pytest.mark.parametrize(
    ("seed", "expected"),
    [
        ("000", [("ce dimanche 18 janvier 2026", "2026-01-18"), ("6 novembre 2025", "2025-11-06"),
                 ("en 2014", "2014")]),
        ("001", [("2026-01-19", "2026-01-19"), ("dimanche 18 janvier", "2026-01-18"),
                 ("Samedi 17 janvier", "2026-01-17")]),
        ("002", [("1er octobre", "2025-10-01"), ("mardi", "2025-09-30"),
                 ("Le 18 septembre", "2025-09-18"), ("2014", "2014"),
                 ("En juillet 2025", "2025-07"), ("en septembre 2026", "2026-09"),
                 ("Le 5 janvier 2020", "2020-01-05"), ("En mars 2021", "2021-03"),
                 ("Le 22 décembre 2021", "2021-12-22"), ("Le 29 décembre 2014", "2014-12-29")]),
        ("003", [("jeudi", "2021-12-09"), ("Aujourd’hui", "2021-12-09"),
                 ("l’année dernière", "2020"), ("d’ici la fin de l’année", "2021-12-09/2021-12-31"),
                 ("Demain", "2021-12-10"), ("le 31 décembre 2021", "2021-12-31"),
                 ("en décembre 2017", "2017-12"), ("en janvier 2020", "2020-01"),
                 ("10 février", "2022-02-10")]),
        ("004", [("jeudi", "2021-12-09"), ("en juillet", "2021-07"),
                 ("le 31 décembre 2021", "2021-12-31"), ("l’été 2020", "2020-22"),
                 ("en 2014", "2014"), ("en décembre 2017", "2017-12"),
                 ("ces dernières semaines", "2021-11-18~/2021-12-09"), ("2015", "2015"),
                 ("ces derniers mois", "2021-09~/2021-12"), ("début 2021", "2021-01/2021-03"),
                 ("En novembre", "2021-11")]),
    ],
)  # fmt: skip
def test_seed_dates_are_found(seed: str, expected: list[tuple[str, str]]) -> None:
    found = _found(seed)
    for item in expected:
        assert item in found


def test_seed_002_the_year_of_september_2026_is_kept() -> None:
    assert ("en septembre 2026", "2026-09") in _found("002")


@pytest.mark.parametrize(
    "passage",
    ["2 500 soldats", "1 000 soldats", "80 pays", "2 100 camions", "10 000 combattants",
     "2 mois pour 1 €"],
)  # fmt: skip
def test_seed_004_counts_are_not_dates(passage: str) -> None:
    text, published = _seed("004")
    where = re.search(r"\s".join(map(re.escape, passage.split(" "))), text)  # no-break spaces
    assert where is not None
    for s in find_dates(text, published=published, lang="fr"):
        assert s.end <= where.start() or s.start >= where.end(), s


def test_seed_003_nothing_inside_the_id_line() -> None:
    text, published = _seed("003")
    line = "622703.1.260.149.20211209111613"
    at = text.index(line)
    for s in find_dates(text, published=published, lang="fr"):
        assert s.end <= at or s.start >= at + len(line), s


def test_seeds_give_only_valid_values_and_exact_quotes() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for s in find_dates(text, published=date(2021, 12, 9), lang="fr"):
            assert text[s.start : s.end] == s.text
            assert s.value is not None and edtf.validate(s.value) is None
            assert not re.fullmatch(r"\s.*|.*\s", s.text)


def test_no_relative_dates_without_publication() -> None:
    text, _ = _seed("003")
    found = find_dates(text, published=None, lang="fr")
    assert found and all(s.basis is A for s in found)


def test_finds_dates_in_time() -> None:
    """Guards against a pathological regex (catastrophic backtracking), not a benchmark."""
    text = ("1 " * 5000) + ("le " * 5000) + ("en " * 5000) + ("2014-" * 3000)
    t0 = time.perf_counter()
    find_dates(text, published=date(2021, 12, 9), lang="fr")
    find_dates(text, published=date(2021, 12, 9), lang="en")
    assert time.perf_counter() - t0 < 10


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_first_character_lookahead_never_changes_what_a_family_finds(lang: str) -> None:
    """Each family is compiled behind a look-ahead of its possible first characters."""
    from desktop.core.extract.dates import _families

    text = "\n".join(case[2] for case in CASES) + "\n"
    text += "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    text += text.upper() + text.lower()
    for pattern, _handler in _families(lang):
        assert pattern.pattern.startswith("(?=[")
        plain = re.compile(pattern.pattern[pattern.pattern.index("])(?:") + 2 :], pattern.flags)
        assert [m.span() for m in plain.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ], pattern.pattern[:40]


_TOKENS = (
    "le", "Le", "18", "1er", "31", "29", "janvier", "février", "mars", "2021", "2024", "2 500",
    "en", "depuis", "hier", "jeudi", "Samedi", "l’", "l'", "été", "hiver", "-", "–", "/", ".",
    "12", "2014", "du", "au", "et", "fin", "début", "mi-", "il y a", "trois", "ans", "ces",
    "derniers", "mois", "la veille", ",", "\n", "\n\n", " ", "🎉", "é", "Monday", "January",
    "May", "ago", "the", "day", "before", "03/04/2026", "2021-02-29", "années", "80", "1990s",
    "d’ici", "la", "de", "l’année", "prochain", "dernier", "next", "last", "week", "©",
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    tokens=st.lists(st.sampled_from(_TOKENS), max_size=40),
    glue=st.sampled_from([" ", "", "\u00a0"]),
    lang=st.sampled_from(["fr", "en"]),
    published=st.one_of(
        st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
    ),
)
def test_any_text_gives_valid_sorted_suggestions(
    tokens: list[str], glue: str, lang: str, published: date | None
) -> None:
    text = glue.join(tokens)
    found = find_dates(text, published=published, lang=lang)
    previous_end = 0
    for s in found:
        assert previous_end <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.value is not None and edtf.validate(s.value) is None, s
        if published is None:  # relative dates need an anchor: another date in the text
            assert s.basis is not DateBasis.PUBLICATION, s
        previous_end = s.end


def test_importing_the_package_is_cheap() -> None:
    """desktop.core.extract loads its suggesters only when asked for suggestions."""
    import subprocess
    import sys

    probe = (
        "import sys, desktop.core.extract\n"
        "print(sorted(m for m in sys.modules if m.startswith('desktop.core.extract.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=SEEDS.parent,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "['desktop.core.extract.suggestion']"

"""The French interface: every string translated, the compiled file current, and used."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import translations

from desktop.app import install_translations, ui_language
from desktop.core.models import TagId
from desktop.ui.main_window import MainWindow
from tests.conftest import MakeSource

needs_tools = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed"
)


@needs_tools
def test_every_interface_string_has_a_french_translation(tmp_path: Path) -> None:
    ts = tmp_path / "fr.ts"
    shutil.copy(translations.TS, ts)
    translations.lupdate(ts)  # adds any string new in the code as unfinished
    text = ts.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "run scripts/translations.py and translate"
    assert text.count("<message") > 150


@needs_tools
def test_the_compiled_translations_are_current(tmp_path: Path) -> None:
    qm = tmp_path / "fr.qm"
    translations.lrelease(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run scripts/translations.py"


def test_language_comes_from_the_preference_first(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "fr")
    assert ui_language(settings) == "fr"
    settings.setValue("ui/language", "en")
    assert ui_language(settings) == "en"


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:
    locale = QLocale()
    installed = install_translations(qapp, "fr")
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(locale)


def test_the_window_speaks_french(
    qtbot: QtBot, tmp_path: Path, french: list[QTranslator], store: object, make_source: MakeSource
) -> None:
    assert french, "resources/translations/recoupe_fr.qm did not load"
    sid = make_source("Le convoi a quitté Bagdad jeudi.", "Convoi")
    path = store.path  # type: ignore[attr-defined]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(w)
    assert w.open_project(path)
    titles = [a.text() for a in w.menuBar().actions()]
    assert titles[:2] == ["&Fichier", "É&dition"]
    assert "Lieu" in [a.text() for a in w.toolbar.actions()]
    assert w.session is not None
    w.session.tag_passage(sid, 20, 26, TagId(2))
    assert w.undo_action.text() == "&Annuler : Étiqueter « Bagdad » comme lieu"
    assert QCoreApplication.translate("Shortcuts", "Undo") == "Annuler"
    w.close()

"""Core errors shown in French: translated templates, French numbers, the file named first."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.app import install_translations
from desktop.core.errors import (
    QT_TRANSLATE_NOOP,
    DuplicateSource,
    ImportRejected,
    InvalidValue,
    ProjectError,
    RecoupeError,
)
from desktop.core.importing import MAX_FILE_BYTES, read_bytes, read_file
from desktop.core.store import Store, check_date
from desktop.ui.main_window import MainWindow
from desktop.ui.messages import localized
from desktop.ui.session import Session

NBSP = "\u00a0"  # French puts a no-break space before ":" and ";" and inside « »
NNBSP = "\u202f"  # and groups digits with a narrow one


@pytest.fixture
def french(qapp: QApplication) -> Iterator[list[QTranslator]]:
    locale = QLocale()
    installed = install_translations(qapp, "fr")
    assert installed, "resources/translations/recoupe_fr.qm did not load"
    yield installed
    for t in installed:
        qapp.removeTranslator(t)
    QLocale.setDefault(locale)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(locale)


def rejected(data: bytes, filename: str) -> ImportRejected:
    with pytest.raises(ImportRejected) as info:
        read_bytes(data, filename)
    return info.value


def oversize(tmp_path: Path, size: int) -> ImportRejected:
    path = tmp_path / "gros.txt"
    with path.open("wb") as f:
        f.truncate(size)  # sparse: takes no disk space
    with pytest.raises(ImportRejected) as info:
        read_file(path)
    return info.value


def test_import_refusals_read_in_french(french: list[QTranslator]) -> None:
    assert localized(rejected(b"", "vide.txt")) == f"vide.txt{NBSP}: le fichier est vide"
    pdf = rejected(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "rapport.txt")
    assert localized(pdf) == f"rapport.txt{NBSP}: c’est un PDF, pas un fichier texte"
    assert str(pdf) == "rapport.txt: this is a PDF, not a text file"  # the CLI stays English
    assert localized(rejected(b"x", "notes.pdf")) == (
        f"notes.pdf{NBSP}: Recoupe n’importe pas les fichiers «{NBSP}.pdf{NBSP}» "
        f"(formats acceptés{NBSP}: .txt, .html, .htm, .md, .markdown)"
    )


def test_sizes_are_written_the_french_way(french: list[QTranslator], tmp_path: Path) -> None:
    message = localized(oversize(tmp_path, int(61.5 * 1024 * 1024)))
    assert message.startswith(
        f"gros.txt{NBSP}: le fichier fait 61,5{NBSP}Mo, au-delà des 50{NBSP}Mo que Recoupe importe"
    )
    message = localized(oversize(tmp_path, MAX_FILE_BYTES + 1))
    assert f"52{NNBSP}428{NNBSP}801{NBSP}octets" in message
    assert f"52{NNBSP}428{NNBSP}800{NBSP}octets" in message


def test_a_bad_date_reads_in_french(french: list[QTranslator]) -> None:
    with pytest.raises(InvalidValue) as info:
        check_date("2026-02-30")
    assert localized(info.value) == (
        f"«{NBSP}2026-02-30{NBSP}» n’est pas une date{NBSP}: écrivez-la AAAA-MM-JJ"
    )


def test_a_file_that_is_not_a_project_is_named_in_french(
    french: list[QTranslator], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.recoupe"
    notes.write_text("pas un projet", encoding="utf-8")
    with pytest.raises(ProjectError) as info:
        Store.open(notes)
    assert localized(info.value) == (
        f"{notes}{NBSP}: ce n’est pas un projet Recoupe (pas une base de données SQLite)"
    )


def test_built_in_tags_are_named_as_the_interface_names_them(
    french: list[QTranslator], store: Store
) -> None:
    place = store.tag_named("Place")
    with pytest.raises(InvalidValue) as info:
        store.delete_tag(place.id)
    assert localized(info.value) == (
        f"«{NBSP}Lieu{NBSP}» est une étiquette intégrée{NBSP}: elle ne peut pas être supprimée"
    )


def test_session_errors_are_reported_in_french(
    qtbot: QtBot, french: list[QTranslator], session: Session
) -> None:
    with qtbot.waitSignal(session.error_reported) as blocker:
        assert session.add_tag(name="  ", colour="#123456") is None
    assert blocker.args == ["une étiquette doit avoir un nom"]
    with qtbot.waitSignal(session.error_reported) as blocker:
        session.delete_tag(session.store.tag_named("Date").id)
    assert blocker.args == [
        f"«{NBSP}Date{NBSP}» est une étiquette intégrée{NBSP}: elle ne peut pas être supprimée"
    ]


def test_the_import_report_speaks_french(
    qtbot: QtBot, french: list[QTranslator], tmp_path: Path, store: Store
) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(window)
    assert window.open_project(store.path)
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")
    image = tmp_path / "image.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    window.import_files([empty, image])
    listed = window.last_import_message.informativeText().splitlines()[2:]
    assert listed == [
        f"vide.txt{NBSP}: le fichier est vide",
        f"image.txt{NBSP}: c’est une image PNG, pas un fichier texte",
    ]
    assert not window.open_project(tmp_path / "absent.recoupe")
    assert window.last_warning.text() == f"{tmp_path / 'absent.recoupe'}{NBSP}: fichier introuvable"
    window.close()


def test_in_english_the_interface_shows_the_english_message(
    english: None, tmp_path: Path, store: Store
) -> None:
    errors: list[RecoupeError] = [
        rejected(b"", "vide.txt"),
        rejected(b"%PDF-1.7\n1 0 obj", "rapport.txt"),
        oversize(tmp_path, MAX_FILE_BYTES + 1),
        oversize(tmp_path, int(61.5 * 1024 * 1024)),
        DuplicateSource("b.txt", 3, "Le convoi"),
        ProjectError("/tmp/x.recoupe", QT_TRANSLATE_NOOP("Messages", "no such file")),
        RecoupeError("a message the CLI wrote, {braces} and all"),
    ]
    with pytest.raises(InvalidValue) as info:
        check_date("hier")
    errors.append(info.value)
    with pytest.raises(InvalidValue) as info:
        store.delete_tag(store.tag_named("Place").id)
    errors.append(info.value)
    for e in errors:
        assert localized(e) == str(e)


class _BrokenTranslator(QTranslator):
    """Translates every message into a template that names a value nobody gives."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return "{nobody} {" if context == "Messages" else ""


def test_a_translation_that_does_not_fit_falls_back_to_english(
    qapp: QApplication, english: None
) -> None:
    broken = _BrokenTranslator()
    qapp.installTranslator(broken)
    try:
        e = ImportRejected(
            "gros.txt", QT_TRANSLATE_NOOP("Messages", "cannot be read ({error})"), error="EIO"
        )
        assert localized(e) == "gros.txt: cannot be read (EIO)"
    finally:
        qapp.removeTranslator(broken)

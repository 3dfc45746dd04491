"""Showing a source reads its annotations once for the reader and the annotation table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.core.models import AnnotationStatus
from desktop.core.store import Store
from desktop.ui.main_window import MainWindow
from desktop.ui.models.annotation_table_model import ID_ROLE
from tests.conftest import MakeSource


def test_both_panes_show_one_read_of_the_annotations(
    qtbot: QtBot, tmp_path: Path, store: Store, make_source: MakeSource
) -> None:
    text = "😀 Le 18 janvier 2026, une frappe a visé Aïn al-Assad ; l’Irak a protesté."
    first = make_source(text, "Frappe")
    second = make_source("Autre texte sur Erbil et Bagdad.", "Autre")
    tags = {t.name: t.id for t in store.tags()}
    for quote, tag in (("18 janvier 2026", "Date"), ("Aïn al-Assad", "Place"), ("l’Irak", "Actor")):
        start = text.index(quote)
        store.add_annotation(source_id=first, start=start, end=start + len(quote), tag_id=tags[tag])
    rejected = store.add_annotation(
        source_id=first, start=3, end=5, tag_id=tags["Claim"], status=AnnotationStatus.SUGGESTED
    ).annotation_ids[0]
    store.set_status([rejected], AnnotationStatus.REJECTED)
    path = store.path
    store.close()

    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.open_project(path)
    assert window.session is not None and window.reader is not None
    assert window.annotation_panel is not None
    opened = window.session.store
    reads: list[dict[str, Any]] = []
    real = opened.annotations

    def counting(**kwargs: Any) -> Any:
        reads.append(kwargs)
        return real(**kwargs)

    opened.annotations = counting  # type: ignore[method-assign]
    window.show_source(second)
    window.show_source(first)

    assert [r for r in reads if r.get("source_id") == first] == [
        {"source_id": first, "status": None}
    ]
    expected = {a.id for a in real(source_id=first)}  # accepted; the rejected one is hidden
    assert len(expected) == 3
    assert set(window.reader.view.annotation_index.ids()) == expected
    proxy = window.annotation_panel.proxy
    assert {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())} == expected
    window.close_project()

"""The Claims pane: rows follow the session row by row, filters, the editor and evidence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimChange, ClaimStatus, ClaimStatusId, EvidenceRelation
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.ui.claim_labels import chip_colours, status_label
from desktop.ui.models.claim_table_model import COLOUR_ROLE, ClaimColumn
from desktop.ui.models.evidence_model import EvidenceColumn
from desktop.ui.session import Session
from desktop.ui.widgets.claim_panel import ClaimPanel
from tests.conftest import MakeSource

TEXT_A = "😀 Le ministre a déclaré que l’armée s’était retirée de la base d’Aïn al-Assad."
TEXT_B = "Selon l’ONU, des soldats étaient encore présents à Aïn al-Assad le 19 janvier."


class Counter:
    def __init__(self, panel: ClaimPanel) -> None:
        self.resets = 0
        self.changed: list[tuple[int, int]] = []
        model = panel.model
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda a, b: self.changed.append((a.row(), b.row())))

    def _reset(self) -> None:
        self.resets += 1


def tag_claim(session: Session, source_id: SourceId, text: str, phrase: str) -> AnnotationId:
    claim_tag = next(t for t in session.store.tags() if t.kind is TagKind.CLAIM)
    start = text.index(phrase)
    aid = session.tag_passage(source_id, start, start + len(phrase), claim_tag.id, snap=False)
    assert aid is not None
    return aid


@pytest.fixture
def sources(make_source: MakeSource) -> tuple[SourceId, SourceId]:
    return make_source(TEXT_A, "Ministère"), make_source(TEXT_B, "ONU")


@pytest.fixture
def panel(
    qtbot: QtBot, session: Session, sources: tuple[SourceId, SourceId]
) -> Iterator[ClaimPanel]:
    session.reviewer = "alice"
    p = ClaimPanel(session)
    qtbot.addWidget(p)
    p.resize(900, 700)
    yield p


def status(session: Session, key: str) -> ClaimStatus:
    return ClaimStore(session.store).status_by_key_or_name(key)


def cell(panel: ClaimPanel, claim_id: int, column: ClaimColumn, role: int = 0) -> object:
    row = panel.model.row_of(claim_id)
    assert row is not None
    return panel.model.index(row, column).data(role or Qt.ItemDataRole.DisplayRole)


def test_tagging_and_deleting_claims_changes_single_rows(
    session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId]
) -> None:
    counter = Counter(panel)
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    b = tag_claim(session, sources[1], TEXT_B, "des soldats étaient encore présents")
    assert panel.model.rowCount() == 2 and counter.resets == 0
    assert cell(panel, a, ClaimColumn.SOURCE) == "Ministère"
    assert cell(panel, b, ClaimColumn.QUOTE) == "des soldats étaient encore présents"
    assert cell(panel, a, ClaimColumn.STATUS) == status_label(
        ClaimStore(session.store).statuses()[0]
    )

    # a place in the same source is not a claim
    place = next(t for t in session.store.tags() if t.kind is TagKind.PLACE)
    start = TEXT_A.index("Aïn al-Assad")
    assert session.tag_passage(sources[0], start, start + 12, place.id) is not None
    assert panel.model.rowCount() == 2

    assert session.update_claim(a, summary="Retrait annoncé")
    assert session.delete_annotations([a])
    assert panel.model.rowCount() == 1 and panel.model.row_of(a) is None
    session.undo_stack.undo()
    assert cell(panel, a, ClaimColumn.SUMMARY) == "Retrait annoncé"  # fields came back
    assert counter.resets == 0
    assert panel.count_label.text() == "2 claim(s)"


def test_editor_edits_go_through_the_session(
    qtbot: QtBot, session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId]
) -> None:
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    b = tag_claim(session, sources[1], TEXT_B, "des soldats étaient encore présents")
    assert panel.select_claim(a)
    editor = panel.editor
    assert editor.claim_id() == a and editor.summary_edit.isEnabled()
    counter = Counter(panel)

    editor.summary_edit.setText("L’armée a quitté la base")
    editor.summary_edit.editingFinished.emit()
    assert ClaimStore(session.store).claim(a).summary == "L’armée a quitté la base"
    row = panel.model.row_of(a)
    assert counter.changed == [(row, row)] and counter.resets == 0
    assert panel.model.row_of(b) is not None

    editor.said_edit.setText("30/01/2026")
    assert editor.said_error.isVisibleTo(editor)
    assert "2026-01-30" in editor.said_error.text()  # the explanation names the EDTF form
    editor.said_edit.editingFinished.emit()
    assert ClaimStore(session.store).claim(a).said_on is None
    editor.said_edit.setText("2026-01-18")
    assert not editor.said_error.isVisibleTo(editor)
    editor.said_edit.editingFinished.emit()
    assert ClaimStore(session.store).claim(a).said_on == "2026-01-18"

    session.undo_stack.undo()
    assert editor.said_edit.text() == ""  # the editor shows what the store holds


def test_claimant_is_an_actor_entity_or_free_text(
    session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId], make_source: MakeSource
) -> None:
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    actor = next(t for t in session.store.tags() if t.kind is TagKind.ACTOR)
    elysee = make_source("Emmanuel Macron et l’État-major ont parlé.", "Élysée")
    assert session.tag_passage(elysee, 0, 15, actor.id) is not None
    editor = panel.editor
    editor._fresh_actors()  # what focusing the field does
    assert "Emmanuel Macron" in editor._names.stringList()  # the completer offers actors
    panel.select_claim(a)
    editor.claimant_edit.setText("emmanuel  macron")
    editor.claimant_edit.editingFinished.emit()
    claim = ClaimStore(session.store).claim(a)
    assert claim.claimant_entity_id is not None and claim.claimant_text is None
    assert cell(panel, a, ClaimColumn.CLAIMANT) == "Emmanuel Macron"
    assert editor.claimant_kind.text() == "entity"

    editor.claimant_edit.setText("un porte-parole")
    editor.claimant_edit.editingFinished.emit()
    claim = ClaimStore(session.store).claim(a)
    assert (claim.claimant_entity_id, claim.claimant_text) == (None, "un porte-parole")
    assert editor.claimant_kind.text() == "free text"


def test_verdicts_show_as_status_chip_and_per_reviewer(
    session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId]
) -> None:
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    panel.select_claim(a)
    editor = panel.editor
    false = status(session, "false")
    editor.status_combo.setCurrentIndex(editor.status_combo.findData(int(false.id)))
    editor.rationale_edit.setText("L’ONU dit le contraire")
    assert editor.record_verdict()
    assert editor.rationale_edit.text() == ""
    assert cell(panel, a, ClaimColumn.STATUS) == "False"
    assert cell(panel, a, ClaimColumn.STATUS, COLOUR_ROLE) == false.colour
    session.reviewer = "bob"
    assert session.set_verdict(a, status(session, "disputed").id)
    assert cell(panel, a, ClaimColumn.VERDICTS) == "alice: False · bob: Disputed"
    tooltip = str(cell(panel, a, ClaimColumn.VERDICTS, Qt.ItemDataRole.ToolTipRole))
    assert "L’ONU dit le contraire" in tooltip
    session.undo_stack.undo()  # bob's verdict withdrawn
    assert cell(panel, a, ClaimColumn.VERDICTS) == "alice: False"
    assert "False" in editor.status_chip.text()


def test_filters_by_source_status_and_folded_text(
    session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId]
) -> None:
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    b = tag_claim(session, sources[1], TEXT_B, "des soldats étaient encore présents")
    assert session.set_verdict(b, status(session, "corroborated").id)
    panel.source_combo.setCurrentIndex(panel.source_combo.findData(int(sources[1])))
    assert panel.proxy.rowCount() == 1
    assert panel.count_label.text() == "1 of 2"
    panel.source_combo.setCurrentIndex(0)
    panel.status_combo.setCurrentIndex(
        panel.status_combo.findData(int(status(session, "corroborated").id))
    )
    assert panel.proxy.rowCount() == 1
    panel.status_combo.setCurrentIndex(0)
    panel.filter_edit.setText("L'ARMEE s'etait")  # case, accents, apostrophe folded
    assert panel.proxy.rowCount() == 1
    shown = panel.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    assert shown == a
    assert panel.select_claim(b)  # selecting a hidden claim clears the filter hiding it
    assert panel.filter_edit.text() == ""


def test_evidence_list_follows_links_and_edits(
    qtbot: QtBot, session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId]
) -> None:
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    panel.select_claim(a)
    evidence = panel.editor.evidence_model
    start = TEXT_B.index("des soldats")
    assert session.add_evidence(a, sources[1], start, start + 11, EvidenceRelation.CONTRADICTS)
    assert evidence.rowCount() == 1
    assert evidence.index(0, EvidenceColumn.QUOTE).data() == "des soldats"
    assert evidence.index(0, EvidenceColumn.SOURCE).data() == "ONU"
    assert evidence.index(0, EvidenceColumn.RELATION).data() == "contradicts"

    assert evidence.setData(evidence.index(0, EvidenceColumn.NOTE), "  Rapport de l’ONU ")
    assert evidence.setData(evidence.index(0, EvidenceColumn.RELATION), "context")
    [e] = ClaimStore(session.store).evidence_for(a)
    assert (e.note, e.relation) == ("Rapport de l’ONU", EvidenceRelation.CONTEXT)
    assert evidence.index(0, EvidenceColumn.NOTE).data() == "Rapport de l’ONU"

    with qtbot.waitSignal(panel.editor.passage_activated) as shown:
        panel.editor.evidence_view.doubleClicked.emit(evidence.index(0, EvidenceColumn.QUOTE))
    assert shown.args == [int(sources[1]), start, start + 11]

    panel.editor.evidence_view.selectRow(0)
    assert panel.editor.remove_button.isEnabled()
    panel.editor.remove_button.click()
    assert evidence.rowCount() == 0
    session.undo_stack.undo()
    assert evidence.rowCount() == 1 and evidence.evidence_at(0).id == e.id


def test_status_rename_and_deletion_show_in_rows(
    session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId]
) -> None:
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    misleading = status(session, "misleading")
    assert session.set_verdict(a, misleading.id)
    assert session.update_status(misleading.id, name="Sorti du contexte", colour="#ffe119")
    assert cell(panel, a, ClaimColumn.STATUS) == "Sorti du contexte"
    assert panel.status_combo.findText("Sorti du contexte") > 0
    assert session.delete_status(misleading.id, status(session, "disputed").id)
    assert cell(panel, a, ClaimColumn.STATUS) == "Disputed"
    assert panel.status_combo.findText("Sorti du contexte") < 0


def test_status_labels_and_chip_colours() -> None:
    builtin = ClaimStatus(ClaimStatusId(1), "false", "False", "#c62828", 3, 1)
    renamed = ClaimStatus(ClaimStatusId(1), "false", "Bidon", "#c62828", 3, 1)
    mine = ClaimStatus(ClaimStatusId(7), None, "satire", "#ffe119", 6, None)
    assert status_label(builtin) == "False"
    assert status_label(renamed) == "Bidon"
    assert status_label(mine) == "satire"
    assert chip_colours("#ffe119")[1] == QColor("#000000")  # dark text on yellow
    assert chip_colours("#c62828")[1] == QColor("#ffffff")  # light text on red
    assert chip_colours("#9e9e9e")[1] == QColor("#000000")
    assert chip_colours("not a colour")[0].isValid()


def test_main_window_has_the_review_menu_and_claims_pane(
    qtbot: QtBot, tmp_path: Path, make_source: MakeSource, store: object
) -> None:
    from desktop.core.store import Store
    from desktop.ui.main_window import MainWindow

    assert isinstance(store, Store)
    sid = make_source(TEXT_A, "Ministère")
    path = store.path
    store.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("review/reviewer", "Camille")
    window = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(window)
    actions = window.claim_actions
    assert not actions.link_action.isEnabled()
    assert window.open_project(Path(path))
    assert actions.review_menu.title() == "&Review"
    assert actions.link_action in actions.review_menu.actions()
    assert actions.link_action.isEnabled()
    session = window.session
    assert session is not None and session.reviewer == "Camille"
    assert actions.panel is not None
    a = tag_claim(session, sid, TEXT_A, "l’armée s’était retirée")
    assert actions.panel.model.rowCount() == 1
    window.reader.view.annotation_activated.emit(int(a))  # a click on the highlight
    assert actions.panel.current_claim() == a
    settings.setValue("review/reviewer", "Dominique")  # preferences apply at once
    assert session.update_claim(a, summary="Retrait")
    assert ClaimStore(session.store).audit_log()[0].who == "Dominique"
    window.close_project()
    assert actions.panel is None and not actions.link_action.isEnabled()
    window.close()


def test_no_selection_means_no_claim_in_the_editor(panel: ClaimPanel) -> None:
    assert panel.editor.claim_id() is None
    assert not panel.editor.summary_edit.isEnabled()
    assert "Select a claim" in panel.editor.quote_label.text()
    assert panel.view.model().rowCount(QModelIndex()) == 0


def test_reviewer_name_in_preferences(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.core.claims import default_reviewer
    from desktop.ui.preferences_dialog import REVIEWER_KEY, PreferencesDialog, reviewer_name

    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    assert reviewer_name(settings) == default_reviewer()  # the OS user name by default
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.reviewer.text() == default_reviewer()
    dialog.reviewer.setText("  Camille   Martin ")
    dialog.accept()
    assert settings.value(REVIEWER_KEY) == "Camille Martin"
    assert reviewer_name(settings) == "Camille Martin"
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    assert again.reviewer.text() == "Camille Martin"
    again.reviewer.setText("   ")
    again.accept()  # blank: back to the OS user name
    assert settings.value(REVIEWER_KEY) is None
    assert reviewer_name(settings) == default_reviewer()


def test_a_hidden_claims_pane_is_built_when_first_shown(
    qtbot: QtBot, tmp_path: Path, make_source: MakeSource, store: object
) -> None:
    from desktop.core.store import Store
    from desktop.ui.main_window import MainWindow

    assert isinstance(store, Store)
    sid = make_source(TEXT_A, "Ministère")
    path = store.path
    store.close()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, threaded_import=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    actions = window.claim_actions
    assert window.open_project(Path(path))
    assert actions.link_action.isEnabled()
    # behind the Annotations tab: opening the project read no claims
    assert not isinstance(actions.dock.widget(), ClaimPanel)
    session = window.session
    assert session is not None and window.reader is not None
    a = tag_claim(session, sid, TEXT_A, "l’armée s’était retirée")
    place = next(t for t in session.store.tags() if t.kind is TagKind.PLACE)
    start = TEXT_A.index("Aïn al-Assad")
    p = session.tag_passage(sid, start, start + 12, place.id)
    assert p is not None
    window.reader.view.annotation_activated.emit(int(a))  # clicks before the pane exists
    window.reader.view.annotation_activated.emit(int(p))  # not a claim: a remembers
    assert not isinstance(actions.dock.widget(), ClaimPanel)

    actions.dock.raise_()  # the user picks the Claims tab
    qtbot.waitUntil(lambda: isinstance(actions.dock.widget(), ClaimPanel))
    panel = actions.dock.widget()
    assert isinstance(panel, ClaimPanel) and actions.panel is panel
    assert panel.model.rowCount() == 1
    assert panel.current_claim() == a  # the claim clicked before is selected
    window.close_project()
    assert actions.panel is None and not isinstance(actions.dock.widget(), ClaimPanel)
    assert window.open_project(Path(path))  # the Claims tab is on top: built at once
    assert isinstance(actions.dock.widget(), ClaimPanel)
    assert actions.dock.widget().model.rowCount() == 1  # type: ignore[attr-defined]
    window.close()


def test_a_merged_claimant_follows_in_the_pane_and_comes_back_on_undo(
    session: Session, panel: ClaimPanel, sources: tuple[SourceId, SourceId], make_source: MakeSource
) -> None:
    from desktop.core.entity_store import EntityStore

    actor = next(t for t in session.store.tags() if t.kind is TagKind.ACTOR)
    text = "Jean Dupont et Marie Curie ont parlé à la presse."
    sid = make_source(text, "Conférence")
    for name in ("Jean Dupont", "Marie Curie"):
        start = text.index(name)
        assert session.tag_passage(sid, start, start + len(name), actor.id) is not None
    ids = {e.name: e.id for e in EntityStore(session.store).entities()}
    a = tag_claim(session, sources[0], TEXT_A, "l’armée s’était retirée")
    assert session.update_claim(a, claimant_entity_id=ids["Marie Curie"])
    assert panel.select_claim(a)
    assert panel.editor.claimant_edit.text() == "Marie Curie"
    announced: list[ClaimChange] = []
    session.claims_changed.connect(announced.append)

    assert session.merge_entities(ids["Jean Dupont"], [ids["Marie Curie"]])
    assert cell(panel, a, ClaimColumn.CLAIMANT) == "Jean Dupont"
    assert panel.editor.claimant_edit.text() == "Jean Dupont"
    [change] = announced
    assert change.claim_ids == (a,) and len(change.audit_ids) == 1
    entry = ClaimStore(session.store).audit_log(claim_id=a, limit=1)[0]
    assert entry.field == "claimant_entity" and entry.new == f"Jean Dupont [{ids['Jean Dupont']}]"

    session.undo_stack.undo()
    assert cell(panel, a, ClaimColumn.CLAIMANT) == "Marie Curie"
    assert panel.editor.claimant_edit.text() == "Marie Curie"
    assert announced[-1].claim_ids == (a,)
    assert ClaimStore(session.store).audit_log(claim_id=a, limit=1)[0].action == "undo"
    session.undo_stack.redo()
    assert cell(panel, a, ClaimColumn.CLAIMANT) == "Jean Dupont"

"""The annotation table sorts in its model (the proxy only filters): every column, both
orders, and the order kept through adds, undo, edits, batches, renames and filters."""

from __future__ import annotations

import random
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.models import Annotation, AnnotationId, AnnotationStatus, SourceId
from desktop.core.store import Store
from desktop.ui.labels import tag_label
from desktop.ui.models.annotation_order import BATCH
from desktop.ui.models.annotation_table_model import ID_ROLE, Column, fold
from desktop.ui.session import Session
from desktop.ui.widgets.annotation_panel import AnnotationPanel
from tests.conftest import MakeSource

WORDS = (
    "Élysée", "armée", "Bagdad", "été", "l’Irak", "zone", "Aïn", "accord", "Émile", "budget",
    "Ötzi", "œuvre", "😀", "ministre", "aujourd’hui", "Zurich", "école", "Abbas",
)  # fmt: skip
VALUES = (None, "2024-03-01", "Irak", "élevé", None, "Bagdad", None, "2023")
NOTES = (None, "à vérifier", None, "Zut", "AFP", None)
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def expected_order(
    annotations: list[Annotation], column: Column, order: Qt.SortOrder, store: Store
) -> list[AnnotationId]:
    """The order the table should show, worked out independently of the model."""
    tags = {t.id: t for t in store.tags()}
    titles = {s.id: s.title for s in store.sources()}

    def position(a: Annotation) -> tuple[int, int, int, int]:
        return (a.source_id, a.start, -a.end, a.id)

    def primary(a: Annotation) -> Any:
        if column == Column.SOURCE:
            return fold(titles[a.source_id])
        if column == Column.TAG:
            return fold(tag_label(tags[a.tag_id]))
        if column == Column.QUOTE:
            return fold(a.quote)
        if column == Column.VALUE:
            return fold(a.value or "")
        if column == Column.NOTE:
            return fold(a.note or "")
        if column == Column.STATUS:
            return a.status is not AnnotationStatus.ACCEPTED
        return ()

    def blank(a: Annotation) -> bool:
        return (column == Column.VALUE and a.value is None) or (
            column == Column.NOTE and a.note is None
        )

    filled = sorted(
        (a for a in annotations if not blank(a)),
        key=lambda a: (primary(a), position(a)),
        reverse=order == DESC,
    )
    blanks = sorted((a for a in annotations if blank(a)), key=position, reverse=order == DESC)
    return [a.id for a in filled + blanks]


def shown_ids(panel: AnnotationPanel) -> list[int]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def in_scope(store: Store, sources: list[SourceId]) -> list[Annotation]:
    return [
        a
        for sid in sources
        for a in store.annotations(source_id=sid, status=None)
        if a.status is not AnnotationStatus.REJECTED
    ]


def assert_model_consistent(panel: AnnotationPanel) -> None:
    model = panel.model
    for row in range(model.rowCount()):
        assert model.row_of(model.annotation_at(row).id) == row


@pytest.fixture
def corpus(store: Store, session: Session, make_source: MakeSource) -> list[SourceId]:
    """Two sources with 52 annotations of every tag, value, note and status."""
    rng = random.Random(3)
    sources = []
    for title in ("Zeta : le rapport", "Alpha : l’enquête"):
        text = " ".join(rng.choice(WORDS) for _ in range(400))
        sid = make_source(text, title)
        sources.append(sid)
        tags = [t.id for t in store.tags()]
        starts = sorted(rng.sample(range(0, len(text) - 40), 25))
        for k, start in enumerate(starts):
            end = start + rng.randint(1, 30)
            status = AnnotationStatus.SUGGESTED if k % 4 == 1 else AnnotationStatus.ACCEPTED
            store.add_annotation(
                source_id=sid,
                start=start,
                end=end,
                tag_id=tags[k % len(tags)],
                value=VALUES[k % len(VALUES)],
                note=NOTES[k % len(NOTES)],
                status=status,
            )
        # two annotations on the very same range: only the id tells them apart
        store.add_annotation(source_id=sid, start=starts[0], end=starts[0] + 5, tag_id=tags[0])
    return sources


@pytest.fixture
def panel(qtbot: QtBot, session: Session) -> AnnotationPanel:
    p = AnnotationPanel(session)
    qtbot.addWidget(p)
    p.resize(900, 500)
    return p


@pytest.mark.parametrize("order", [ASC, DESC])
@pytest.mark.parametrize("column", list(Column))
def test_every_column_sorts_both_ways_in_one_source_and_all(
    panel: AnnotationPanel, store: Store, corpus: list[SourceId], column: Column, order: Any
) -> None:
    panel.set_source(corpus[0])
    panel.view.sortByColumn(column, order)
    assert shown_ids(panel) == expected_order(in_scope(store, corpus[:1]), column, order, store)
    panel.set_scope_all(True)
    assert shown_ids(panel) == expected_order(in_scope(store, corpus), column, order, store)
    assert panel.proxy.sort_column() == column and panel.proxy.sort_order() == order
    assert_model_consistent(panel)


@pytest.mark.parametrize(("column", "order"), [(Column.QUOTE, ASC), (Column.VALUE, DESC)])
def test_add_undo_redo_keep_the_order_without_a_reset(
    panel: AnnotationPanel,
    session: Session,
    store: Store,
    corpus: list[SourceId],
    column: Column,
    order: Any,
) -> None:
    sid = corpus[0]
    panel.set_source(sid)
    panel.view.sortByColumn(column, order)
    resets: list[int] = []
    panel.proxy.modelReset.connect(lambda: resets.append(1))
    text = store.source_text(sid)
    tag = store.tag_named("Place").id
    for start, value in ((text.index("Bagdad"), "Bagdad"), (len(text) - 8, None), (3, "Aa")):
        aid = session.tag_passage(sid, start, start + 4, tag, value=value)
        assert aid is not None
        assert shown_ids(panel) == expected_order(in_scope(store, [sid]), column, order, store)
        assert aid in shown_ids(panel)
        session.undo_stack.undo()
        assert aid not in shown_ids(panel)
        assert_model_consistent(panel)
        assert shown_ids(panel) == expected_order(in_scope(store, [sid]), column, order, store)
        session.undo_stack.redo()
        assert shown_ids(panel) == expected_order(in_scope(store, [sid]), column, order, store)
    assert resets == []
    assert_model_consistent(panel)


def test_an_edited_value_moves_its_row_and_keeps_it_selected(
    panel: AnnotationPanel, session: Session, store: Store, corpus: list[SourceId]
) -> None:
    sid = corpus[0]
    panel.set_source(sid)
    panel.view.sortByColumn(Column.VALUE, ASC)
    first = AnnotationId(shown_ids(panel)[0])
    assert panel.select_annotation(first)
    moves: list[int] = []
    panel.model.rowsMoved.connect(lambda *_: moves.append(1))

    session.edit_annotation(first, value="zzz dernier")
    assert shown_ids(panel) == expected_order(in_scope(store, [sid]), Column.VALUE, ASC, store)
    assert panel.selected_ids() == [first]
    filled = [i for i in shown_ids(panel) if store.annotation(AnnotationId(i)).value]
    assert filled[-1] == first and moves == [1]

    session.edit_annotation(first, note="une note de plus")  # same value: no move
    assert moves == [1] and panel.selected_ids() == [first]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert shown_ids(panel)[0] == first
    assert panel.selected_ids() == [first]
    assert_model_consistent(panel)


def test_many_rows_back_at_once_are_sorted_once(
    panel: AnnotationPanel, session: Session, store: Store, corpus: list[SourceId]
) -> None:
    panel.set_scope_all(True)
    panel.view.sortByColumn(Column.TAG, DESC)
    before = shown_ids(panel)
    own = [a.id for a in in_scope(store, corpus) if a.status is AnnotationStatus.ACCEPTED]
    assert len(own) > BATCH
    layouts: list[int] = []
    panel.model.layoutChanged.connect(lambda *_: layouts.append(1))
    session.delete_annotations(own)
    assert set(shown_ids(panel)).isdisjoint(own)
    session.undo_stack.undo()  # every deleted row comes back in one change
    assert shown_ids(panel) == before
    assert layouts == [1]
    assert_model_consistent(panel)


def test_renaming_a_tag_resorts_the_tag_column(
    panel: AnnotationPanel, session: Session, store: Store, corpus: list[SourceId]
) -> None:
    panel.set_source(corpus[1])
    panel.view.sortByColumn(Column.TAG, ASC)
    date = store.tag_named("Date")
    assert session.edit_tag(date.id, name="Zèbre")
    assert shown_ids(panel) == expected_order(in_scope(store, corpus[1:]), Column.TAG, ASC, store)
    session.undo_stack.undo()
    assert shown_ids(panel) == expected_order(in_scope(store, corpus[1:]), Column.TAG, ASC, store)


def test_filters_keep_the_model_order(
    panel: AnnotationPanel, session: Session, store: Store, corpus: list[SourceId]
) -> None:
    panel.set_scope_all(True)
    panel.view.sortByColumn(Column.QUOTE, DESC)
    panel.filter_edit.setText("ARMEE")  # folded: finds armée in any case
    expected = [
        i
        for i in expected_order(in_scope(store, corpus), Column.QUOTE, DESC, store)
        if "armee" in fold(store.annotation(AnnotationId(i)).quote)
    ]
    assert expected and shown_ids(panel) == expected
    place = store.tag_named("Place").id
    panel.tag_combo.setCurrentIndex(panel.tag_combo.findData(int(place)))
    assert shown_ids(panel) == [
        i for i in expected if store.annotation(AnnotationId(i)).tag_id == place
    ]
    panel.filter_edit.clear()
    panel.tag_combo.setCurrentIndex(0)
    assert shown_ids(panel) == expected_order(in_scope(store, corpus), Column.QUOTE, DESC, store)

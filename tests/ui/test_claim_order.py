"""The claim table sorts in its model (the proxy only filters): every column, both orders,
and the order kept through adds, undo, edits, verdicts, status moves, renames and filters."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import Claim
from desktop.core.models import AnnotationId, SourceId, TagKind
from desktop.core.store import Store
from desktop.ui.models.annotation_table_model import fold
from desktop.ui.models.claim_table_model import ID_ROLE, ClaimColumn
from desktop.ui.session import Session
from desktop.ui.widgets.claim_panel import ClaimPanel
from tests.conftest import MakeSource

WORDS = (
    "Élysée", "armée", "Bagdad", "été", "l’Irak", "zone", "Aïn", "accord", "Émile", "budget",
    "Ötzi", "œuvre", "😀", "ministre", "aujourd’hui", "Zurich", "école", "Abbas",
)  # fmt: skip
SUMMARIES = (None, "Retrait annoncé", "élections", None, "Zéro victime", "accord signé")
CLAIMANTS = (None, "le ministère", "Émile Zola", "AFP", None, "état-major", "Ötzi")
ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


def position(c: Claim) -> tuple[int, int, int, int]:
    return (c.source_id, c.start, -c.end, c.annotation_id)


def expected_order(panel: ClaimPanel, column: ClaimColumn, order: Qt.SortOrder) -> list[int]:
    """The order the table should show, worked out from the store and the shown cells."""
    store = panel.model._session.store
    claims = ClaimStore(store).claims()
    titles = {s.id: s.title for s in store.sources()}
    positions = {s.id: s.position for s in ClaimStore(store).statuses()}

    def shown(c: Claim, col: ClaimColumn) -> str:
        row = panel.model.row_of(c.annotation_id)
        assert row is not None
        return str(panel.model.index(row, col).data() or "")

    primary: Callable[[Claim], Any] = {
        ClaimColumn.SOURCE: lambda c: fold(titles[c.source_id]),
        ClaimColumn.QUOTE: lambda c: fold(c.quote),
        ClaimColumn.CLAIMANT: lambda c: fold(c.claimant or ""),
        ClaimColumn.SUMMARY: lambda c: fold(c.summary or ""),
        ClaimColumn.STATUS: lambda c: positions[c.status_id],
        ClaimColumn.VERDICTS: lambda c: fold(shown(c, ClaimColumn.VERDICTS)),
    }[column]

    def blank(c: Claim) -> bool:
        if column == ClaimColumn.CLAIMANT:
            return not c.claimant
        if column == ClaimColumn.SUMMARY:
            return not c.summary
        return column == ClaimColumn.VERDICTS and not shown(c, column)

    filled = sorted(
        (c for c in claims if not blank(c)),
        key=lambda c: (primary(c), position(c)),
        reverse=order == DESC,
    )
    blanks = sorted((c for c in claims if blank(c)), key=position, reverse=order == DESC)
    return [int(c.annotation_id) for c in filled + blanks]


def shown_ids(panel: ClaimPanel) -> list[int]:
    proxy = panel.proxy
    return [proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())]


def assert_model_consistent(panel: ClaimPanel) -> None:
    model = panel.model
    for row in range(model.rowCount()):
        assert model.row_of(model.claim_at(row).annotation_id) == row


def claim_tag(store: Store) -> Any:
    return next(t for t in store.tags() if t.kind is TagKind.CLAIM)


@pytest.fixture
def corpus(store: Store, make_source: MakeSource) -> list[SourceId]:
    """Two sources with 26 claims of every summary, claimant, status and verdict."""
    rng = random.Random(5)
    claims = ClaimStore(store)
    statuses = claims.statuses()
    tag = claim_tag(store).id
    sources = []
    for title in ("Zeta : le rapport", "Alpha : l’enquête"):
        text = " ".join(rng.choice(WORDS) for _ in range(300))
        sid = make_source(text, title)
        sources.append(sid)
        starts = sorted(rng.sample(range(0, len(text) - 40), 12))
        for k, start in enumerate(starts):
            change = store.add_annotation(
                source_id=sid, start=start, end=start + rng.randint(3, 30), tag_id=tag
            )
            a = change.annotation_ids[0]
            claims.update_claim(
                a,
                who="alice",
                summary=SUMMARIES[k % len(SUMMARIES)],
                claimant_text=CLAIMANTS[k % len(CLAIMANTS)],
                status_id=statuses[k % len(statuses)].id,
            )
            if k % 3 == 1:
                claims.set_verdict(a, who="bob", status_id=statuses[(k + 2) % len(statuses)].id)
            if k % 4 == 2:
                claims.set_verdict(a, who="alice", status_id=statuses[k % len(statuses)].id)
        # two claims on the very same passage: only the id tells them apart
        for _ in range(2):
            store.add_annotation(source_id=sid, start=starts[0], end=starts[0] + 5, tag_id=tag)
    return sources


@pytest.fixture
def panel(qtbot: QtBot, session: Session, corpus: list[SourceId]) -> ClaimPanel:
    session.reviewer = "alice"
    p = ClaimPanel(session)
    qtbot.addWidget(p)
    p.resize(900, 600)
    return p


def test_the_first_order_is_by_source_and_costs_one_sort(panel: ClaimPanel) -> None:
    assert panel.proxy.sort_column() == ClaimColumn.SOURCE
    assert panel.proxy.sort_order() == ASC
    assert panel.view.horizontalHeader().sortIndicatorSection() == ClaimColumn.SOURCE
    assert panel.proxy.sortColumn() == -1  # the proxy keeps the model's order
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.SOURCE, ASC)


@pytest.mark.parametrize("order", [ASC, DESC])
@pytest.mark.parametrize("column", list(ClaimColumn))
def test_every_column_sorts_both_ways(panel: ClaimPanel, column: ClaimColumn, order: Any) -> None:
    panel.view.sortByColumn(column, order)
    assert shown_ids(panel) == expected_order(panel, column, order)
    assert panel.proxy.sort_column() == column and panel.proxy.sort_order() == order
    assert_model_consistent(panel)


@pytest.mark.parametrize(
    ("column", "order"), [(ClaimColumn.QUOTE, ASC), (ClaimColumn.SUMMARY, DESC)]
)
def test_add_undo_redo_keep_the_order_without_a_reset(
    panel: ClaimPanel,
    session: Session,
    store: Store,
    corpus: list[SourceId],
    column: ClaimColumn,
    order: Any,
) -> None:
    sid = corpus[0]
    panel.view.sortByColumn(column, order)
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    text = store.source_text(sid)
    tag = claim_tag(store).id
    for start in (text.index("Bagdad"), len(text) - 8, 0):
        aid = session.tag_passage(sid, start, start + 5, tag, snap=False)
        assert aid is not None
        assert aid in shown_ids(panel)
        assert shown_ids(panel) == expected_order(panel, column, order)
        assert session.update_claim(aid, summary="Aaa d’abord")
        assert shown_ids(panel) == expected_order(panel, column, order)
        session.undo_stack.undo()  # the summary
        session.undo_stack.undo()  # the claim
        assert aid not in shown_ids(panel)
        assert_model_consistent(panel)
        assert shown_ids(panel) == expected_order(panel, column, order)
        session.undo_stack.redo()
        session.undo_stack.redo()
        assert shown_ids(panel) == expected_order(panel, column, order)
        assert panel.model.claim(aid) is not None
        assert panel.model.claim(aid).summary == "Aaa d’abord"  # type: ignore[union-attr]
    deleted = shown_ids(panel)[:3]
    assert session.delete_annotations([AnnotationId(i) for i in deleted])
    assert set(shown_ids(panel)).isdisjoint(deleted)
    session.undo_stack.undo()
    assert shown_ids(panel) == expected_order(panel, column, order)
    assert resets == []
    assert_model_consistent(panel)


def test_an_edited_summary_moves_its_row_and_keeps_it_selected(
    panel: ClaimPanel, session: Session
) -> None:
    panel.view.sortByColumn(ClaimColumn.SUMMARY, ASC)
    first = AnnotationId(shown_ids(panel)[0])
    assert panel.select_claim(first)
    moves: list[int] = []
    changed: list[tuple[int, int]] = []
    panel.model.rowsMoved.connect(lambda *_: moves.append(1))
    panel.model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))

    assert session.update_claim(first, summary="zzz en dernier")
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.SUMMARY, ASC)
    assert panel.current_claim() == first
    assert panel.view.selectionModel().selectedRows()[0].data(ID_ROLE) == first
    filled = [i for i in shown_ids(panel) if panel.model.claim(i).summary]  # type: ignore[union-attr]
    assert filled[-1] == first and moves == [1]
    row = panel.model.row_of(first)
    assert changed == [(row, row)]  # only the row the change named

    assert session.update_claim(first, claimant_text="quelqu’un")  # same summary: no move
    assert moves == [1]
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert shown_ids(panel)[0] == first
    assert panel.view.selectionModel().selectedRows()[0].data(ID_ROLE) == first
    assert_model_consistent(panel)


def test_verdicts_and_moved_statuses_resort_the_status_column(
    panel: ClaimPanel, session: Session, store: Store
) -> None:
    panel.view.sortByColumn(ClaimColumn.STATUS, DESC)
    statuses = ClaimStore(store).statuses()
    last = AnnotationId(shown_ids(panel)[-1])
    assert session.set_verdict(last, statuses[-1].id, "vu")
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.STATUS, DESC)
    assert shown_ids(panel)[-1] != last

    panel.view.sortByColumn(ClaimColumn.VERDICTS, ASC)
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.VERDICTS, ASC)
    session.undo_stack.undo()
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.VERDICTS, ASC)

    panel.view.sortByColumn(ClaimColumn.STATUS, ASC)
    before = shown_ids(panel)
    assert session.update_status(statuses[0].id, position=len(statuses) - 1)
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.STATUS, ASC)
    assert shown_ids(panel) != before
    session.undo_stack.undo()
    assert shown_ids(panel) == before
    assert_model_consistent(panel)


def test_renaming_a_source_resorts_the_source_column(
    panel: ClaimPanel, session: Session, corpus: list[SourceId]
) -> None:
    before = shown_ids(panel)
    assert session.edit_source(corpus[0], title="Actualité : avant tout")  # before Alpha now
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.SOURCE, ASC)
    assert shown_ids(panel) != before
    session.undo_stack.undo()
    assert shown_ids(panel) == before


def test_filters_keep_the_model_order(panel: ClaimPanel, store: Store) -> None:
    panel.view.sortByColumn(ClaimColumn.QUOTE, DESC)
    panel.filter_edit.setText("ARMEE")  # folded: finds armée in any case
    claims = ClaimStore(store)
    expected = [
        i
        for i in expected_order(panel, ClaimColumn.QUOTE, DESC)
        if "armee" in fold(claims.claim(AnnotationId(i)).quote)
    ]
    assert expected and shown_ids(panel) == expected
    status = claims.claim(AnnotationId(expected[0])).status_id
    panel.status_combo.setCurrentIndex(panel.status_combo.findData(int(status)))
    assert shown_ids(panel) == [
        i for i in expected if claims.claim(AnnotationId(i)).status_id == status
    ]
    panel.view.sortByColumn(ClaimColumn.QUOTE, ASC)  # a header click under filters
    assert shown_ids(panel) == [
        i
        for i in expected_order(panel, ClaimColumn.QUOTE, ASC)
        if "armee" in fold(claims.claim(AnnotationId(i)).quote)
        and claims.claim(AnnotationId(i)).status_id == status
    ]
    panel.filter_edit.clear()
    panel.status_combo.setCurrentIndex(0)
    assert shown_ids(panel) == expected_order(panel, ClaimColumn.QUOTE, ASC)

"""The search list shows a first page of hits at once and reads on as it scrolls."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from desktop.core.models import SourceId
from desktop.core.search import FIRST_PAGE
from desktop.core.store import Store
from desktop.ui.session import Session
from desktop.ui.widgets.sources_panel import HIT_ROLE, SourcesPanel

MakeSource = Callable[..., SourceId]


def shown(panel: SourcesPanel) -> list[tuple[int, int, int]]:
    model = panel.hit_model
    hits = [model.index(r).data(HIT_ROLE) for r in range(model.rowCount())]
    return [(h.source_id, h.start, h.end) for h in hits]


def test_first_page_then_more_as_the_list_scrolls(
    qtbot: QtBot, session: Session, store: Store, make_source: MakeSource
) -> None:
    for n in range(6):
        make_source(f"Dépêche {n} : " + "le convoi a quitté Kirkouk. " * 30, f"Dépêche {n}")
    everything = [(h.source_id, h.start, h.end) for h in store.search("kirkouk", limit=10_000)]
    assert len(everything) > 2 * FIRST_PAGE
    panel = SourcesPanel(session)
    qtbot.addWidget(panel)
    panel.search_edit.setText("Kirkouk")
    panel.run_search()

    assert shown(panel) == everything[:FIRST_PAGE]
    assert panel.hit_model.canFetchMore()
    assert panel.status_label.text().startswith(f"First {FIRST_PAGE} hits in ")

    panel.resize(400, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.hits_view.scrollToBottom()  # the view asks the model for more at the end
    qtbot.waitUntil(lambda: panel.hit_model.rowCount() > FIRST_PAGE, timeout=3000)
    while panel.hit_model.canFetchMore():
        panel.hit_model.fetchMore()
    assert shown(panel) == everything
    assert panel.status_label.text() == f"{len(everything)} hits in 6 sources"


def test_a_source_deleted_between_pages_is_skipped(
    session: Session, store: Store, make_source: MakeSource, qtbot: QtBot
) -> None:
    ids = [make_source(f"Note {n}. " + "Erbil est calme. " * 40, f"Note {n}") for n in range(4)]
    pager = store.search_pages("erbil", per_source=40)
    first = pager.next_page(10)
    later = [i for i in ids if i != first[0].source_id]
    store.delete_source(later[-1])
    rest = pager.next_page(10_000)
    assert pager.exhausted
    assert {h.source_id for h in first + rest} == set(ids) - {later[-1]}

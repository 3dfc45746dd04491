"""Suggestions become pending annotations without touching the user's own."""

from __future__ import annotations

from desktop.core.models import AnnotationStatus, DateBasis, TagId
from desktop.core.store import Store
from desktop.core.suggesting import apply_plans, plan_source, plan_sources
from tests.conftest import MakeSource

DATE = TagId(1)
TEXT = (
    "Les autorités irakiennes ont annoncé jeudi la fin des missions de combat. "
    "L’accord prévoit un retrait le 31 décembre 2021, selon Bagdad. "
    "Environ 2 500 soldats resteront, dans 80 pays alliés."
)


def test_plan_finds_dates_against_the_publication_date(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source(TEXT, published="2021-12-10")
    plan = plan_source(store, sid)
    found = {TEXT[i.start : i.end]: (i.value, i.basis) for i in plan.items}
    assert found["jeudi"] == ("2021-12-09", DateBasis.PUBLICATION)
    assert any(v == ("2021-12-31", DateBasis.ABSOLUTE) for k, v in found.items() if "31" in k)
    assert not any("2 500" in k or "80" in k for k in found)
    assert store.annotations(status=None) == []  # planning writes nothing


def test_suggestions_skip_the_users_annotations_and_rejected_ones(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source(TEXT, published="2021-12-10")
    start = TEXT.index("jeudi")
    store.add_annotation(source_id=sid, start=start, end=start + 5, tag_id=DATE, value="x")
    report = apply_plans(store, [plan_source(store, sid)])
    pending = store.annotations(source_id=sid, status=AnnotationStatus.SUGGESTED)
    assert pending and all(a.quote != "jeudi" for a in pending)
    assert report.skipped == 1
    assert store.annotation(report.added[sid][0]).basis is not None
    # reject them all, run again: nothing new is proposed
    store.set_status([a.id for a in pending], AnnotationStatus.REJECTED)
    again = plan_source(store, sid)
    assert again.items == () and again.skipped == len(pending) + 1
    # the user's annotation is untouched
    own = store.annotations(source_id=sid)
    assert [(a.quote, a.value) for a in own] == [("jeudi", "x")]


def test_a_claim_around_a_date_does_not_block_the_date(
    store: Store, make_source: MakeSource
) -> None:
    sid = make_source(TEXT, published="2021-12-10")
    store.add_annotation(source_id=sid, start=0, end=len(TEXT.split(".")[0]), tag_id=TagId(4))
    quotes = [TEXT[i.start : i.end] for i in plan_source(store, sid).items]
    assert "jeudi" in quotes


def test_accept_at_once_and_cancel(store: Store, make_source: MakeSource) -> None:
    a = make_source(TEXT, "A", published="2021-12-10")
    b = make_source("Rien de daté ici.", "B", published="2021-12-10")
    seen: list[str] = []
    plans, cancelled = plan_sources(store, [a, b], progress=lambda i, n, t: seen.append(t))
    assert not cancelled and seen == ["A", "B"]
    report = apply_plans(store, plans, accept=True)
    assert report.total == len(store.annotations(source_id=a))
    assert store.annotations(status=AnnotationStatus.SUGGESTED) == []
    plans, cancelled = plan_sources(store, [a, b], cancelled=lambda: True)
    assert cancelled and plans == []


def test_relative_dates_need_a_publication_date(store: Store, make_source: MakeSource) -> None:
    sid = make_source(TEXT)
    quotes = [TEXT[i.start : i.end] for i in plan_source(store, sid).items]
    assert "jeudi" not in quotes
    assert any("31 décembre 2021" in q for q in quotes)

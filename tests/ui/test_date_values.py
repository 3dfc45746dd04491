"""Editing a date's value: a valid EDTF value is kept, a bad one is explained and refused."""

from __future__ import annotations

from desktop.core.models import TagId
from desktop.ui.session import Session
from tests.conftest import MakeSource


def test_a_bad_date_value_is_explained_and_refused(
    session: Session, make_source: MakeSource
) -> None:
    sid = make_source("Le 30 février, rien.", published="2026-03-01")
    aid = session.tag_passage(sid, 3, 13, TagId(1))
    assert aid is not None
    errors: list[str] = []
    session.error_reported.connect(errors.append)
    assert not session.edit_annotation(aid, value="2026-02-30")
    assert session.store.annotation(aid).value is None
    assert errors and "2026-02-30" in errors[0] and "28" in errors[0]
    assert session.edit_annotation(aid, value=" 2026-02~ ")
    assert session.store.annotation(aid).value == "2026-02~"
    assert session.edit_annotation(aid, value="2020-22/2021-21")
    assert session.store.annotation(aid).value == "2020-22/2021-21"


def test_other_tags_take_any_value(session: Session, make_source: MakeSource) -> None:
    sid = make_source("Bagdad")
    aid = session.tag_passage(sid, 0, 6, TagId(2))
    assert aid is not None
    assert session.edit_annotation(aid, value="Baghdad (Iraq)")
    assert session.store.annotation(aid).value == "Baghdad (Iraq)"

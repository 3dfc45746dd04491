"""Shared fixtures. Qt runs offscreen: set before anything imports Qt."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from desktop.core.models import ImportedSource, SourceId
from desktop.core.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

MakeSource = Callable[..., SourceId]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty project in a temporary folder."""
    s = Store.create(tmp_path / "test.recoupe")
    yield s
    s.close()


@pytest.fixture
def make_source(store: Store) -> MakeSource:
    """Add a plain-text source to ``store`` without going through the importers."""

    def make(text: str, title: str = "Source", *, published: str | None = None) -> SourceId:
        imported = ImportedSource(
            filename=f"{title}.txt",
            format="txt",
            original=text.encode("utf-8"),
            text=text,
            encoding="utf-8",
            title=title,
            lang="fr",
            published=published,
            published_how="user" if published else None,
            published_confirmed=bool(published),
        )
        return store.add_source(imported).source_ids[0]

    return make

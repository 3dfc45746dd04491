"""The demo project: the sample articles in seeds/, with their publication dates."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from desktop.core.furniture_store import detect_and_store
from desktop.core.importing import read_file
from desktop.core.store import Store

MANIFEST = "manifest.json"


def create_demo(path: Path, seeds: Path) -> Store:
    """Create the demo project at path from the seed files listed in seeds/manifest.json."""
    entries = json.loads((seeds / MANIFEST).read_text(encoding="utf-8"))
    store = Store.create(path, name="Demo")
    try:
        for entry in entries:
            imported = read_file(seeds / entry["file"])
            if entry.get("published"):
                imported = replace(
                    imported,
                    published=entry["published"],
                    published_how="user",
                    published_confirmed=True,
                )
            if entry.get("title"):
                imported = replace(imported, title=entry["title"])
            if entry.get("url"):
                imported = replace(imported, url=entry["url"])
            with store.db.atomic():
                change = store.add_source(imported)
                detect_and_store(store, change.source_ids[0])
    except BaseException:
        store.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    return store

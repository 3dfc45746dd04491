"""A project with everything a bundle carries, and helpers to take bundles apart."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path
from typing import Any

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import EvidenceRelation
from desktop.core.event_store import EventStore
from desktop.core.export.bundle import MANIFEST
from desktop.core.furniture_store import set_line_furniture
from desktop.core.store import Store
from tests.core.export_project import TEXT_EN, Sample, build


def full_project(store: Store) -> Sample:
    """export_project.build plus an event, furniture, a claim with evidence and verdicts."""
    sample = build(store)
    EventStore(store).title_event([sample.date_fr, sample.date_en], "Annonce du retrait")
    line = TEXT_EN.index("Officials")
    set_line_furniture(store, sample.en, line, TEXT_EN.index("\n", line), True)
    claims = ClaimStore(store)
    disputed = claims.status_by_key_or_name("disputed").id
    claims.update_claim(sample.claim_fr, who="Alice", summary="Départ avant l’été")
    start = TEXT_EN.index("troops would leave Baghdad")
    claims.add_evidence(
        sample.claim_fr,
        who="Alice",
        source_id=sample.en,
        start=start,
        end=start + len("troops would leave Baghdad"),
        relation=EvidenceRelation.SUPPORTS,
        note="même annonce",
    )
    verdict, _ = claims.set_verdict(
        sample.claim_fr, who="Alice", status_id=disputed, rationale="une seule source"
    )
    claims.withdraw_verdict(verdict.id, who="Alice")
    claims.set_verdict(sample.claim_fr, who="Alice", status_id=disputed, rationale="à recouper")
    return sample


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def write_entries(path: Path, files: dict[str, bytes], *, rehash: bool = True) -> Path:
    """Write files as a bundle; with rehash, the manifest's hashes are made to match."""
    files = dict(files)
    if rehash and MANIFEST in files:
        manifest = json.loads(files[MANIFEST])
        manifest["files"] = {
            n: hashlib.sha256(d).hexdigest() for n, d in files.items() if n != MANIFEST
        }
        files[MANIFEST] = json.dumps(manifest).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


def parts(path: Path) -> dict[str, Any]:
    """Every file of a bundle, JSON ones parsed, the manifest without its timestamp."""
    out: dict[str, Any] = {}
    for name, data in entries(path).items():
        value: Any = json.loads(data) if name.endswith((".json", ".jsonld")) else data
        if name == MANIFEST:
            value.pop("created")
        out[name] = value
    return out


def dump(store: Store) -> list[str]:
    """The project's whole content as SQL (to check that nothing changed)."""
    return list(store.db.conn.iterdump())

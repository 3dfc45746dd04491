"""Fuzzing zip and bundle reading: any file gives its contents or a RecoupeError, quickly.

Random bytes, a real bundle with bytes flipped or cut off, and a real bundle whose JSON
parts have values swapped for random JSON (with the manifest's hashes made to match, so
the checks behind the hashes are reached). ``open_zip``/``SafeZip.read`` and
``read_bundle`` must answer with the contents or a RecoupeError naming the file, never
another exception, never a hang. Nothing is written (reading never writes).
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import tempfile
import zipfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import RecoupeError
from desktop.core.export.bundle import MANIFEST, write_bundle
from desktop.core.importing.bundle import read_bundle
from desktop.core.models import ImportedSource, TagId
from desktop.core.safe_archive import open_zip
from desktop.core.store import Store

FUZZ = settings(
    max_examples=40,
    deadline=timedelta(seconds=3),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
TEXT = "Le convoi a quitté Bagdad jeudi 3 mai 2024. L’ONU confirme. 🙂 Café."
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@functools.cache
def _bundle_files() -> dict[str, bytes]:
    """The entries of a real bundle of a small project (made once)."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = Store.create(folder / "p.recoupe")
        try:
            sid = store.add_source(
                ImportedSource(
                    filename="a.txt",
                    format="txt",
                    original=TEXT.encode("utf-8"),
                    text=TEXT,
                    encoding="utf-8",
                    title="Convoi",
                    lang="fr",
                )
            ).source_ids[0]
            store.add_annotation(source_id=sid, start=19, end=25, tag_id=TagId(2), note="ville")
            store.add_annotation(
                source_id=sid, start=26, end=42, tag_id=TagId(1), value="2024-05-02"
            )
            out = folder / "bundle.zip"
            write_bundle(store, out, exported_by="Alice")
        finally:
            store.close()
        with zipfile.ZipFile(out) as z:
            return {name: z.read(name) for name in z.namelist()}


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buffer.getvalue()


def _rehashed(files: dict[str, bytes]) -> dict[str, bytes]:
    files = dict(files)
    manifest = json.loads(files[MANIFEST])
    manifest["files"] = {
        n: hashlib.sha256(d).hexdigest() for n, d in files.items() if n != MANIFEST
    }
    files[MANIFEST] = json.dumps(manifest).encode()
    return files


def _reads_or_refuses(path: Path) -> None:
    before = sorted(p.name for p in path.parent.iterdir())
    try:
        with open_zip(path) as archive:
            for name in archive.names():
                assert len(archive.read(name)) == archive.size(name)
    except RecoupeError as e:
        assert path.name in str(e)
    try:
        read_bundle(path)
    except RecoupeError as e:
        assert path.name in str(e)
    assert sorted(p.name for p in path.parent.iterdir()) == before  # nothing written


@FUZZ
@given(data=st.binary(max_size=3000))
def test_random_bytes(scratch: Path, data: bytes) -> None:
    path = scratch / "random.zip"
    path.write_bytes(data)
    _reads_or_refuses(path)


@FUZZ
@given(data=st.data())
def test_a_real_bundle_with_bytes_flipped_or_cut(scratch: Path, data: st.DataObject) -> None:
    raw = bytearray(_zip(_bundle_files()))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] = data.draw(st.integers(0, 255))
    cut = data.draw(st.one_of(st.none(), st.integers(0, len(raw))))
    path = scratch / "flipped.zip"
    path.write_bytes(bytes(raw[:cut]))
    _reads_or_refuses(path)


def _mutate(value: Any, path: list[int], replacement: Any) -> Any:
    """value with the element reached by walking path (indices modulo sizes) replaced."""
    if not path or not isinstance(value, (dict, list)) or not value:
        return replacement
    if isinstance(value, dict):
        keys = sorted(value)
        key = keys[path[0] % len(keys)]
        return {**value, key: _mutate(value[key], path[1:], replacement)}
    index = path[0] % len(value)
    return [*value[:index], _mutate(value[index], path[1:], replacement), *value[index + 1 :]]


@FUZZ
@given(data=st.data())
def test_a_real_bundle_with_random_json_values(scratch: Path, data: st.DataObject) -> None:
    bundle_files = _bundle_files()
    parts = sorted(n for n in bundle_files if n.endswith((".json", ".jsonld")) and n != MANIFEST)
    name = data.draw(st.sampled_from(parts))
    document = json.loads(bundle_files[name])
    walk = data.draw(st.lists(st.integers(0, 50), min_size=1, max_size=6))
    changed = _mutate(document, walk, data.draw(JSON))
    files = _rehashed({**bundle_files, name: json.dumps(changed).encode()})
    path = scratch / "mutated.zip"
    path.write_bytes(_zip(files))
    _reads_or_refuses(path)


@FUZZ
@given(data=st.data())
def test_a_real_bundle_with_entries_renamed_dropped_or_added(
    scratch: Path, data: st.DataObject
) -> None:
    files = dict(_bundle_files())
    names = sorted(files)
    for _ in range(data.draw(st.integers(1, 3))):
        action = data.draw(st.sampled_from(["drop", "rename", "add", "empty"]))
        victim = data.draw(st.sampled_from(names))
        if victim not in files:
            continue
        if action == "drop":
            del files[victim]
        elif action == "rename":
            files[data.draw(st.text(min_size=1, max_size=30))] = files.pop(victim)
        elif action == "add":
            files[data.draw(st.text(min_size=1, max_size=30))] = data.draw(st.binary(max_size=200))
        else:
            files[victim] = b""
    if MANIFEST in files and data.draw(st.booleans()):
        try:
            files = _rehashed(files)
        except (ValueError, KeyError, TypeError):
            pass
    path = scratch / "reshaped.zip"
    try:
        path.write_bytes(_zip(files))
    except (ValueError, UnicodeEncodeError):
        return  # a name zipfile itself cannot write (surrogates): nothing to read
    _reads_or_refuses(path)


def test_the_unchanged_bundle_reads(scratch: Path) -> None:
    """The fuzzed bundles start from one that is read in full (else the tests prove little)."""
    path = scratch / "intact.zip"
    path.write_bytes(_zip(_bundle_files()))
    bundle = read_bundle(path)
    assert len(bundle.sources) == 1 and len(bundle.annotations) == 2

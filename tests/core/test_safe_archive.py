"""Archives and XML from other people: hostile ones are refused before anything is read."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.safe_archive import Limits, UnsafeArchive, open_zip, parse_xml
from tests.core.hostile_zips import HOSTILE

GOOD = {"project.qde": b"<Project/>", "Sources/a.txt": "été 😀\n".encode()}

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<Project>&lol3;</Project>"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE Project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<Project name="&xxe;"/>"""
EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE Project SYSTEM "http://example.org/evil.dtd">
<Project/>"""


def _write(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def test_a_good_archive_reads(tmp_path: Path) -> None:
    path = _write(tmp_path / "good.qdpx", {**GOOD, "Sources/": b""})
    with open_zip(path) as archive:
        assert archive.names() == ["project.qde", "Sources/a.txt"]
        assert archive.read("Sources/a.txt").decode() == "été 😀\n"
        assert archive.size("project.qde") == len(b"<Project/>")
        root = parse_xml(archive.read("project.qde"), name="project.qde", archive=path)
        assert root.tag == "Project"
        target = tmp_path / "out.txt"
        archive.extract_to("Sources/a.txt", target)
        assert target.read_bytes() == GOOD["Sources/a.txt"]
        with pytest.raises(UnsafeArchive, match="no file “missing.txt”"):
            archive.read("missing.txt")


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_archives_are_refused_naming_archive_and_reason(tmp_path: Path, kind: str) -> None:
    build, reason = HOSTILE[kind]
    path = tmp_path / "hostile.qdpx"
    build(path, dict(GOOD))
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(UnsafeArchive) as info:
        with open_zip(path) as archive:
            for name in archive.names():
                archive.read(name)
    message = str(info.value)
    assert message.startswith(str(path)) and reason in message, message
    assert info.value.archive == path
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_refusals_name_the_entry(tmp_path: Path) -> None:
    build, _ = HOSTILE["symlink"]
    build(tmp_path / "x.zip", {})
    with pytest.raises(UnsafeArchive) as info:
        open_zip(tmp_path / "x.zip")
    assert info.value.entry == "Sources/link.txt"
    assert "“Sources/link.txt” is a symbolic link" in str(info.value)


def test_limits_are_the_callers(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.zip", {"a.txt": b"x" * 5000, "b.txt": b"y" * 5000})
    with pytest.raises(UnsafeArchive, match="more than the 1 Recoupe accepts"):
        open_zip(path, limits=Limits(max_entries=1))
    with pytest.raises(UnsafeArchive, match="5,000 bytes, more than the 4,000 allowed"):
        open_zip(path, limits=Limits(max_entry_bytes=4000))
    with pytest.raises(UnsafeArchive, match="more than the 9,000 bytes allowed in all"):
        open_zip(path, limits=Limits(max_total_bytes=9000))
    with pytest.raises(UnsafeArchive, match="zip bomb"):
        open_zip(path, limits=Limits(max_ratio=10, ratio_floor_bytes=1000))
    with open_zip(path, limits=Limits(max_ratio=10)) as archive:  # small entries pass
        assert archive.read("a.txt") == b"x" * 5000


def test_small_blank_files_are_not_bombs(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.zip", {"blank.txt": b"\n" * 500_000})
    with open_zip(path) as archive:
        assert len(archive.read("blank.txt")) == 500_000


def test_missing_and_damaged_files(tmp_path: Path) -> None:
    with pytest.raises(UnsafeArchive, match="no such file"):
        open_zip(tmp_path / "nothing.zip")
    with pytest.raises(UnsafeArchive, match="is a folder"):
        open_zip(tmp_path)
    (tmp_path / "text.zip").write_text("hello")
    with pytest.raises(UnsafeArchive, match="not a zip archive"):
        open_zip(tmp_path / "text.zip")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (BILLION_LAUGHS, "declares a DTD"),
        (EXTERNAL_ENTITY, "declares a DTD"),
        (EXTERNAL_DTD, "declares a DTD"),
        (b"<Project><Codes></Project>", "not well-formed XML (line 1, column"),
        (b"", "not well-formed XML"),
    ],
)
def test_hostile_xml_is_refused(tmp_path: Path, data: bytes, reason: str) -> None:
    path = tmp_path / "Trial.qdpx"
    with pytest.raises(UnsafeArchive) as info:
        parse_xml(data, name="Trial.qde", archive=path)
    assert str(info.value).startswith(f"{path}: entry “Trial.qde”") and reason in str(info.value)


def test_entry_names_in_messages_are_escaped_and_cut(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.zip", {"a/" + "é" * 300 + "/../x": b""})
    with pytest.raises(UnsafeArchive) as info:
        open_zip(path)
    assert "…" in str(info.value) and len(str(info.value)) < 300


def test_a_directory_declaring_huge_counts_is_refused_before_it_is_read(tmp_path: Path) -> None:
    import struct

    path = _write(tmp_path / "a.zip", GOOD)
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    struct.pack_into("<HH", data, eocd + 8, 0xFFFE, 0xFFFE)  # 65,534 entries declared
    path.write_bytes(bytes(data))
    with pytest.raises(UnsafeArchive, match="65,534 entries, more than the 20,000"):
        open_zip(path)
    data = bytearray(_write(tmp_path / "b.zip", GOOD).read_bytes())
    struct.pack_into("<I", data, data.rfind(b"PK\x05\x06") + 12, 0xFFFFFFF0)
    (tmp_path / "b.zip").write_bytes(bytes(data))
    with pytest.raises(UnsafeArchive, match="its directory declares 4,294,967,280 bytes"):
        open_zip(tmp_path / "b.zip")


def test_damaged_compressed_data_is_reported_as_damaged(tmp_path: Path) -> None:
    text = ("Le convoi a quitté Bagdad jeudi. " * 200).encode()
    path = _write(tmp_path / "a.zip", {"a.txt": text})
    data = bytearray(path.read_bytes())
    start = 30 + len("a.txt")
    for i in range(start + 5, start + 40):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))
    with open_zip(path) as archive, pytest.raises(UnsafeArchive, match="“a.txt” is damaged"):
        archive.read("a.txt")

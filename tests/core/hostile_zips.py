"""Hostile archives built on the spot: each kind a bundle or .qdpx from someone else
might be. ``HOSTILE`` maps a name to (builder, words the refusal must contain)."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

Builder = Callable[[Path, dict[str, bytes]], None]
"""Writes a hostile zip at the path; the dict holds entries of a valid archive to add."""


def _plain(
    path: Path, entries: dict[str, bytes], extra: list[tuple[str | zipfile.ZipInfo, bytes]]
) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
        for info, data in extra:
            z.writestr(info, data)


def zip_slip(path: Path, entries: dict[str, bytes]) -> None:
    _plain(path, entries, [("Sources/../../evil.txt", b"pwned")])


def absolute(path: Path, entries: dict[str, bytes]) -> None:
    _plain(path, entries, [("/tmp/evil.txt", b"pwned")])


def drive_letter(path: Path, entries: dict[str, bytes]) -> None:
    _plain(path, entries, [("C:/Windows/evil.txt", b"pwned")])


def backslash(path: Path, entries: dict[str, bytes]) -> None:
    _plain(path, entries, [("..\\..\\evil.txt", b"pwned")])


def symlink(path: Path, entries: dict[str, bytes]) -> None:
    info = zipfile.ZipInfo("Sources/link.txt")
    info.create_system = 3
    info.external_attr = 0o120777 << 16
    _plain(path, entries, [(info, b"/etc/passwd")])


def too_many(path: Path, entries: dict[str, bytes]) -> None:
    _plain(path, entries, [(f"Sources/{i}.txt", b"") for i in range(20_001)])


def duplicate(path: Path, entries: dict[str, bytes]) -> None:
    first = next(iter(entries))
    with zipfile.ZipFile(path, "w") as z:
        for name, data in entries.items():
            z.writestr(name, data)
        z.writestr(first.upper() if first.upper() != first else first + "/", b"x")


def bomb_ratio(path: Path, entries: dict[str, bytes]) -> None:
    """2 MiB of zeros: declared honestly, but compressed about 1,000 times."""
    _plain(path, entries, [("Sources/zeros.txt", bytes(2 * 1024 * 1024))])


def lying_sizes(path: Path, entries: dict[str, bytes]) -> None:
    """An entry that declares 10 bytes but inflates to 5 MiB (headers patched)."""
    payload = bytes(5 * 1024 * 1024)
    _plain(path, entries, [("Sources/liar.txt", payload)])
    data = bytearray(path.read_bytes())
    name = b"Sources/liar.txt"
    for signature, size_at in ((b"PK\x01\x02", 24), (b"PK\x03\x04", 22)):
        start = 0
        while (i := data.find(signature, start)) >= 0:
            start = i + 4
            name_at = i + (46 if signature == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                struct.pack_into("<I", data, i + size_at, 10)
    path.write_bytes(bytes(data))


def overlapping(path: Path, entries: dict[str, bytes]) -> None:
    """Two central-directory records pointing at the same local entry (David Fifield's
    non-recursive zip bomb reuses data this way)."""
    _plain(path, entries, [("Sources/over1.txt", b"hello " * 100)])
    data = bytearray(path.read_bytes())
    eocd = data.rfind(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack_from("<HII", data, eocd + 10)
    central = bytes(data[cd_offset : cd_offset + cd_size])
    last = central.rfind(b"PK\x01\x02")
    record = bytearray(central[last:])
    name_len = struct.unpack_from("<H", record, 28)[0]
    record[46 : 46 + name_len] = b"Sources/over2.txt"
    new_central = central + bytes(record)
    tail = struct.pack(
        "<4s4H2LH", b"PK\x05\x06", 0, 0, count + 1, count + 1, len(new_central), cd_offset, 0
    )
    path.write_bytes(bytes(data[:cd_offset]) + new_central + tail)


def encrypted(path: Path, entries: dict[str, bytes]) -> None:
    _plain(path, entries, [("Sources/secret.txt", b"x")])
    data = bytearray(path.read_bytes())
    i = data.rfind(b"PK\x01\x02")
    flags = struct.unpack_from("<H", data, i + 8)[0]
    struct.pack_into("<H", data, i + 8, flags | 1)
    path.write_bytes(bytes(data))


def not_a_zip(path: Path, entries: dict[str, bytes]) -> None:
    path.write_bytes(b"PK\x03\x04 this is not really a zip" + zlib.compress(b"x" * 100))


HOSTILE: dict[str, tuple[Builder, str]] = {
    "zip slip": (zip_slip, "“..”"),
    "absolute path": (absolute, "absolute path"),
    "drive letter": (drive_letter, "drive letter"),
    "backslash": (backslash, "backslash"),
    "symlink": (symlink, "symbolic link"),
    "too many entries": (too_many, "entries, more than the 20,000"),
    "duplicate names": (duplicate, "have the same name"),
    "bomb ratio": (bomb_ratio, "zip bomb"),
    "lying sizes": (lying_sizes, "is damaged"),
    "overlapping entries": (overlapping, "overlaps"),
    "encrypted": (encrypted, "encrypted"),
    "not a zip": (not_a_zip, "not a zip archive"),
}

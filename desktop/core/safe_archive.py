"""Reading zip archives and XML that other people made, refusing what could do harm.

Bundles and ``.qdpx`` projects come from other people. ``open_zip`` checks the whole
central directory before a single entry is read and refuses, naming the archive and the
entry and saying why:

- names that could land outside a folder if written out: absolute (``/x``, ``\\x``), with a
  drive letter (``C:x``), with backslashes, with a ``..`` part, empty, or with control
  characters; two entries whose names differ only in case or Unicode form (they would be
  one file on Windows and macOS);
- symbolic links and other entries that are not plain files or folders;
- encrypted entries;
- more entries than ``Limits.max_entries``; declared sizes past ``max_entry_bytes`` for one
  entry or ``max_total_bytes`` in all; a compression ratio past ``max_ratio`` (zip bombs);
  entries whose compressed data overlap (the "non-recursive" zip bomb reuses one deflate
  stream for many entries).

``SafeZip.read`` then enforces the real sizes while decompressing, never trusting the
headers: an entry producing more bytes than it declares, or more than the limits, stops
with an error. ``parse_xml`` parses with defusedxml: DTDs, entity declarations and
external references are refused (billion laughs, external entities).

Nothing here writes to disk except ``SafeZip.extract_to``, which writes to the path the
caller gives (never one derived from an entry name).
"""

from __future__ import annotations

import lzma
import stat
import struct
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Final

# defusedxml ships no type hints (types-defusedxml is not a dependency): typed at the call
import defusedxml.ElementTree as DET  # type: ignore[import-untyped]
from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden

from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError

__all__ = ["Limits", "SafeZip", "UnsafeArchive", "open_zip", "parse_xml"]

_CHUNK: Final = 64 * 1024
_NAME_SHOWN: Final = 120
_WINDOWS_REPARSE_POINT: Final = 0x400
_LOCAL_HEADER_BYTES: Final = 30
_DAMAGED: Final = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    struct.error,
    NotImplementedError,  # a compression method zipfile does not have
    OSError,
    EOFError,
    RuntimeError,
    ValueError,
)
"""What zipfile and the decompressors raise on damaged or hand-crafted data."""
_EOCD_REACH: Final = 22 + 65535 + 20
"""The end-of-directory record, its longest comment and the zip64 locator before it."""
_DIRECTORY_BYTES: Final = 4096
"""Directory bytes allowed per entry: a 46-byte record and a name, extra field, comment."""


@dataclass(frozen=True)
class Limits:
    """How much an archive may hold before Recoupe refuses it.

    The defaults fit a project bundle or a QDA project of several thousand sources, each
    under the 50 MB a source may be, and stop zip bombs long before they fill a disk.
    """

    max_entries: int = 20_000
    """Entries (files and folders) in the central directory."""
    max_total_bytes: int = 4 * 1024**3
    """Uncompressed bytes of every entry together (4 GiB)."""
    max_entry_bytes: int = 1024**3
    """Uncompressed bytes of one entry (1 GiB: a project database with its originals)."""
    max_ratio: int = 200
    """Uncompressed size over compressed size. Text compresses 3–10 times, XML up to ~30,
    an SQLite file with many empty pages ~100; zip bombs go past 1,000."""
    ratio_floor_bytes: int = 1024**2
    """Entries smaller than this (1 MiB) are not held to ``max_ratio``: a few kilobytes of
    blank lines can compress 500 times and harm nobody."""


class UnsafeArchive(RecoupeError):
    """An archive (or XML inside one) that Recoupe refuses to read; nothing was written.

    ``subject`` is the archive; ``entry`` the entry concerned, if any.
    """

    def __init__(
        self, archive: Path | str, template: str, /, *, entry: str | None = None, **params: object
    ) -> None:
        self.archive = Path(archive)
        self.subject = str(archive)
        self.entry = entry
        if entry is not None:
            params["entry"] = _shown(entry)
        super().__init__(template, **params)


def _shown(name: str) -> str:
    """An entry name fit for a message: control characters escaped, long names cut."""
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else f"\\x{ord(ch):02x}" for ch in name)
    return text if len(text) <= _NAME_SHOWN else text[: _NAME_SHOWN - 1] + "…"


# ------------------------------------------------------------------ checking


def _check_name(archive: Path, info: zipfile.ZipInfo) -> None:
    raw = info.orig_filename
    name = info.filename
    if not name or not raw:
        raise UnsafeArchive(archive, QT_TRANSLATE_NOOP("Messages", "an entry has an empty name"))
    if "\x00" in raw or any(unicodedata.category(ch) == "Cc" for ch in raw):
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” has control characters in its name"),
            entry=raw,
        )
    if "\\" in raw:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” has a backslash in its path"),
            entry=raw,
        )
    if raw.startswith("/"):
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” has an absolute path"),
            entry=raw,
        )
    if len(raw) >= 2 and raw[1] == ":" and raw[0].isascii() and raw[0].isalpha():
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” starts with a drive letter"),
            entry=raw,
        )
    parts = raw.rstrip("/").split("/")
    if any(p in ("..", ".") for p in parts) or any(not p for p in parts):
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages", "entry “{entry}” has “..”, “.” or an empty part in its path"
            ),
            entry=raw,
        )


def _check_kind(archive: Path, info: zipfile.ZipInfo) -> None:
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if info.create_system == 3 and kind == stat.S_IFLNK:  # made on Unix
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” is a symbolic link"),
            entry=info.filename,
        )
    if (
        info.create_system == 0 and info.external_attr & _WINDOWS_REPARSE_POINT
    ):  # made on DOS/Windows
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” is a symbolic link"),
            entry=info.filename,
        )
    if info.create_system == 3 and kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages", "entry “{entry}” is a device or pipe, not a file or folder"
            ),
            entry=info.filename,
        )
    if info.flag_bits & 0x1:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP("Messages", "entry “{entry}” is encrypted"),
            entry=info.filename,
        )


def _check_size(archive: Path, info: zipfile.ZipInfo, limits: Limits) -> None:
    if info.file_size > limits.max_entry_bytes:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages",
                "entry “{entry}” would unpack to {size:,} bytes, more than the {limit:,} "
                "allowed for one entry",
            ),
            entry=info.filename,
            size=info.file_size,
            limit=limits.max_entry_bytes,
        )
    if info.file_size >= limits.ratio_floor_bytes:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > limits.max_ratio:
            raise _bomb(archive, info.filename, ratio, limits)


def _bomb(archive: Path, entry: str, ratio: float, limits: Limits) -> UnsafeArchive:
    return UnsafeArchive(
        archive,
        QT_TRANSLATE_NOOP(
            "Messages",
            "entry “{entry}” is compressed {ratio:,} times, more than the {limit:,} "
            "allowed (this looks like a zip bomb)",
        ),
        entry=entry,
        ratio=int(ratio),
        limit=limits.max_ratio,
    )


def _check_overlaps(archive: Path, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse entries whose data begin inside another entry's data."""
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for before, after in zip(ordered, ordered[1:], strict=False):
        name_bytes = len(before.orig_filename.encode("utf-8", "surrogateescape"))
        end = before.header_offset + _LOCAL_HEADER_BYTES + name_bytes + before.compress_size
        if after.header_offset < end:
            raise UnsafeArchive(
                archive,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "entry “{entry}” overlaps entry “{other}” (this looks like a zip bomb)",
                ),
                entry=after.filename,
                other=_shown(before.filename),
            )


def _same_name_key(name: str) -> str:
    return unicodedata.normalize("NFC", name.rstrip("/")).casefold()


def _check_all(archive: Path, zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages", "it has {count:,} entries, more than the {limit:,} Recoupe accepts"
            ),
            count=len(infos),
            limit=limits.max_entries,
        )
    by_name: dict[str, zipfile.ZipInfo] = {}
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        _check_name(archive, info)
        _check_kind(archive, info)
        key = _same_name_key(info.filename)
        if key in seen:
            raise UnsafeArchive(
                archive,
                QT_TRANSLATE_NOOP("Messages", "entries “{entry}” and “{other}” have the same name"),
                entry=info.filename,
                other=_shown(seen[key]),
            )
        seen[key] = info.filename
        _check_size(archive, info, limits)
        total += info.file_size
        if total > limits.max_total_bytes:
            raise UnsafeArchive(
                archive,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "its entries would unpack to more than the {limit:,} bytes allowed in all",
                ),
                limit=limits.max_total_bytes,
            )
        by_name[info.filename] = info
    _check_overlaps(archive, infos)
    return by_name


# ------------------------------------------------------------------- reading


class SafeZip:
    """A zip archive whose directory passed every check; read entries by name."""

    def __init__(
        self, path: Path, zf: zipfile.ZipFile, infos: dict[str, zipfile.ZipInfo], limits: Limits
    ) -> None:
        self.path = path
        self.limits = limits
        self._zf = zf
        self._infos = infos
        self._read_total = 0

    def __enter__(self) -> SafeZip:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zf.close()

    def names(self) -> list[str]:
        """Names of the file entries (folders left out), in archive order."""
        return [n for n, i in self._infos.items() if not i.is_dir()]

    def size(self, name: str) -> int:
        """The size an entry declares (``read`` refuses it if it holds more)."""
        return self._info(name).file_size

    def read(self, name: str) -> bytes:
        """An entry's bytes; the sizes and ratio are enforced while decompressing."""
        return b"".join(self.chunks(name))

    def extract_to(self, name: str, target: Path) -> None:
        """Write an entry to ``target`` (a path the caller chose); removed again on error."""
        try:
            with target.open("xb") as out:
                for chunk in self.chunks(name):
                    out.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def chunks(self, name: str) -> Iterator[bytes]:
        """An entry's bytes piece by piece, stopping with UnsafeArchive past any limit."""
        info = self._info(name)
        cap = min(info.file_size, self.limits.max_entry_bytes)
        produced = 0
        try:
            with self._zf.open(info) as stream:
                while True:
                    chunk = _read_some(stream)
                    if not chunk:
                        break
                    produced += len(chunk)
                    self._read_total += len(chunk)
                    self._check_reading(info, produced, cap)
                    yield chunk
        except _DAMAGED as e:
            raise UnsafeArchive(
                self.path,
                QT_TRANSLATE_NOOP("Messages", "entry “{entry}” is damaged ({error})"),
                entry=name,
                error=str(e),
            ) from None
        if produced != info.file_size:
            raise UnsafeArchive(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "entry “{entry}” holds {size:,} bytes but declares {declared:,}",
                ),
                entry=name,
                size=produced,
                declared=info.file_size,
            )

    def _check_reading(self, info: zipfile.ZipInfo, produced: int, cap: int) -> None:
        if produced > cap:
            raise UnsafeArchive(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Messages", "entry “{entry}” holds more bytes than it declares ({size:,})"
                ),
                entry=info.filename,
                size=info.file_size,
            )
        if produced >= self.limits.ratio_floor_bytes:
            ratio = produced / max(info.compress_size, 1)
            if ratio > self.limits.max_ratio:
                raise _bomb(self.path, info.filename, ratio, self.limits)
        if self._read_total > self.limits.max_total_bytes:
            raise UnsafeArchive(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "its entries would unpack to more than the {limit:,} bytes allowed in all",
                ),
                limit=self.limits.max_total_bytes,
            )

    def _info(self, name: str) -> zipfile.ZipInfo:
        info = self._infos.get(name)
        if info is None or info.is_dir():
            raise UnsafeArchive(
                self.path,
                QT_TRANSLATE_NOOP("Messages", "there is no file “{entry}” in the archive"),
                entry=name,
            )
        return info


def _read_some(stream: IO[bytes]) -> bytes:
    return stream.read(_CHUNK)


def _check_directory_size(path: Path, limits: Limits) -> None:
    """Refuse a directory declaring too many entries before zipfile reads it all into memory."""
    with path.open("rb") as f:
        size = f.seek(0, 2)
        f.seek(max(0, size - _EOCD_REACH))
        tail = f.read()
        i = tail.rfind(b"PK\x05\x06")
        if i < 0 or len(tail) - i < 22:
            return  # zipfile says what is wrong
        count, directory = struct.unpack_from("<HI", tail, i + 10)
        locator = tail[i - 20 : i] if i >= 20 else b""
        if count == 0xFFFF and locator[:4] == b"PK\x06\x07":  # zip64: the real count
            f.seek(struct.unpack_from("<Q", locator, 8)[0])
            record = f.read(56)
            if record[:4] == b"PK\x06\x06":
                count, directory = struct.unpack_from("<QQ", record, 32)
    if count > limits.max_entries:
        raise UnsafeArchive(
            path,
            QT_TRANSLATE_NOOP(
                "Messages", "it has {count:,} entries, more than the {limit:,} Recoupe accepts"
            ),
            count=count,
            limit=limits.max_entries,
        )
    if directory > limits.max_entries * _DIRECTORY_BYTES:
        raise UnsafeArchive(
            path,
            QT_TRANSLATE_NOOP(
                "Messages", "its directory declares {size:,} bytes, more than the {limit:,} allowed"
            ),
            size=directory,
            limit=limits.max_entries * _DIRECTORY_BYTES,
        )


def open_zip(path: Path, *, limits: Limits = Limits()) -> SafeZip:
    """Open a zip archive after checking every entry of its directory (see module doc)."""
    path = Path(path)
    try:
        _check_directory_size(path, limits)
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise UnsafeArchive(path, QT_TRANSLATE_NOOP("Messages", "no such file")) from None
    except IsADirectoryError:
        raise UnsafeArchive(
            path, QT_TRANSLATE_NOOP("Messages", "is a folder, not a file")
        ) from None
    except OSError as e:
        raise UnsafeArchive(
            path,
            QT_TRANSLATE_NOOP("Messages", "cannot read the file ({error})"),
            error=e.strerror or str(e),
        ) from None
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as e:
        raise UnsafeArchive(
            path,
            QT_TRANSLATE_NOOP("Messages", "not a zip archive, or a damaged one ({error})"),
            error=str(e),
        ) from None
    try:
        infos = _check_all(path, zf, limits)
    except BaseException:
        zf.close()
        raise
    return SafeZip(path, zf, infos, limits)


# ----------------------------------------------------------------------- XML


def parse_xml(data: bytes, *, name: str, archive: Path) -> ET.Element:
    """The root element of XML ``data`` (entry ``name`` of ``archive``).

    Refuses DTDs (so no entity expansion and no external references) with UnsafeArchive,
    and reports XML that is not well formed with its line and column.
    """
    try:
        root: ET.Element = DET.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DTDForbidden:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages",
                "entry “{entry}” declares a DTD, which Recoupe refuses (it can expand "
                "entities or fetch files)",
            ),
            entry=name,
        ) from None
    except EntitiesForbidden:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages", "entry “{entry}” declares XML entities, which Recoupe refuses"
            ),
            entry=name,
        ) from None
    except ExternalReferenceForbidden:
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages",
                "entry “{entry}” refers to an external resource, which Recoupe refuses",
            ),
            entry=name,
        ) from None
    except ET.ParseError as e:
        line, column = e.position
        raise UnsafeArchive(
            archive,
            QT_TRANSLATE_NOOP(
                "Messages",
                "entry “{entry}” is not well-formed XML (line {line}, column {column})",
            ),
            entry=name,
            line=line,
            column=column,
        ) from None
    return root

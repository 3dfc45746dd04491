"""File bytes to text: binary sniffing, encoding choice and line-ending normalisation.

Order: a byte-order mark wins; then strict UTF-8 (bytes in a legacy encoding almost never
pass it, while pages re-saved as UTF-8 often keep a stale ``<meta charset>``); then UTF-8
with a few stray cp1252 bytes pasted in; then an encoding the file declares (HTML); then
Western legacy (cp1252, with latin-1 for the five bytes cp1252 leaves undefined). When
the legacy reading does not look like Western text, charset-normalizer gets a say; if it
has none, the file is rejected rather than shown as gibberish.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Final

from charset_normalizer import from_bytes

from desktop.core.errors import QT_TRANSLATE_NOOP, ImportRejected

# (magic prefix, what to tell the user it is)
_MAGIC: Final[tuple[tuple[bytes, str], ...]] = (
    (b"%PDF-", QT_TRANSLATE_NOOP("Messages", "this is a PDF, not a text file")),
    (
        b"SQLite format 3\x00",
        QT_TRANSLATE_NOOP(
            "Messages", "this is an SQLite database (perhaps a project file), not a text file"
        ),
    ),
    (b"\x89PNG\r\n\x1a\n", QT_TRANSLATE_NOOP("Messages", "this is a PNG image, not a text file")),
    (b"\xff\xd8\xff", QT_TRANSLATE_NOOP("Messages", "this is a JPEG image, not a text file")),
    (b"GIF87a", QT_TRANSLATE_NOOP("Messages", "this is a GIF image, not a text file")),
    (b"GIF89a", QT_TRANSLATE_NOOP("Messages", "this is a GIF image, not a text file")),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        QT_TRANSLATE_NOOP(
            "Messages", "this is an old Office document (.doc, .xls), not a text file"
        ),
    ),
    (
        b"{\\rtf",
        QT_TRANSLATE_NOOP(
            "Messages", "this is an RTF document: save it as plain text (.txt) to import it"
        ),
    ),
    (b"\x1f\x8b", QT_TRANSLATE_NOOP("Messages", "this is a gzip archive, not a text file")),
    (
        b"7z\xbc\xaf\x27\x1c",
        QT_TRANSLATE_NOOP("Messages", "this is a 7-Zip archive, not a text file"),
    ),
    (b"Rar!\x1a\x07", QT_TRANSLATE_NOOP("Messages", "this is a RAR archive, not a text file")),
    (b"\x7fELF", QT_TRANSLATE_NOOP("Messages", "this is a program, not a text file")),
    (b"MZ", QT_TRANSLATE_NOOP("Messages", "this is a Windows program, not a text file")),
    (b"ID3", QT_TRANSLATE_NOOP("Messages", "this is an MP3 audio file, not a text file")),
    (
        b"OggS",
        QT_TRANSLATE_NOOP("Messages", "this is an Ogg audio or video file, not a text file"),
    ),
)

_BOMS: Final[tuple[tuple[bytes, str], ...]] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes cp1252 leaves undefined; latin-1 maps them to C1 control characters.
_CP1252_HOLES: Final = frozenset(b"\x81\x8d\x8f\x90\x9d")
# Labels that browsers read as windows-1252 (WHATWG Encoding Standard).
_WINDOWS_1252_LABELS: Final = frozenset(
    {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "cp1252",
     "windows-1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100"}
)  # fmt: skip
_UTF8_SEQUENCE: Final = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_STRAY_BYTE: Final = re.compile("[\udc80-\udcff]")  # how surrogateescape keeps a bad byte
_CONTROL_RE: Final = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# More control characters than this share of the text: not text.
MAX_CONTROL_SHARE: Final = 0.01
# Characters of a legacy reading counted to judge whether it looks Western.
LOOKS_WESTERN_SAMPLE: Final = 100_000


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes, with the codec name that reads the original bytes back."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def reject_binary(data: bytes, filename: str) -> None:
    """Raise ImportRejected if data is recognisably not text (magic number, NUL bytes)."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        raise ImportRejected(filename, _zip_kind(data))
    if data[4:8] == b"ftyp":
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP("Messages", "this is an MP4 or QuickTime video, not a text file"),
        )
    if data.startswith(b"RIFF") and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP("Messages", "this is an image, audio or video file, not a text file"),
        )
    for magic, reason in _MAGIC:
        if data.startswith(magic):
            # "MZ" and "ID3" are short: only trust them with binary bytes around
            if len(magic) < 4 and magic != b"\xff\xd8\xff" and b"\x00" not in data[:512]:
                continue
            raise ImportRejected(filename, reason)
    if b"\x00" in data and not any(
        data.startswith(bom) for bom, name in _BOMS if "utf-8" not in name
    ):
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP(
                "Messages",
                "contains NUL bytes, so it is not a text file "
                "(UTF-16 text needs a byte-order mark to be recognised)",
            ),
        )


def _zip_kind(data: bytes) -> str:
    head = data[:4096]
    if b"word/" in head:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "this is a Word document (.docx): save it as plain text (.txt) to import it",
        )
    if b"opendocument.text" in head:
        return QT_TRANSLATE_NOOP(
            "Messages",
            "this is an OpenDocument text (.odt): save it as plain text (.txt) to import it",
        )
    if b"application/epub+zip" in head:
        return QT_TRANSLATE_NOOP("Messages", "this is an EPUB book, not a text file")
    if b"xl/" in head or b"ppt/" in head:
        return QT_TRANSLATE_NOOP(
            "Messages", "this is an Office spreadsheet or presentation, not a text file"
        )
    return QT_TRANSLATE_NOOP("Messages", "this is a ZIP archive, not a text file")


def decode(data: bytes, filename: str, *, declared: str | None = None) -> Decoded:
    """Decode data to text with "\\n" line endings and no BOM; raises ImportRejected."""
    decoded = _decode_with_bom(data, filename)
    if decoded is None:
        try:
            decoded = Decoded(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            decoded = _decode_mostly_utf8(data)
    if decoded is None and declared:
        decoded = _decode_declared(data, declared)
    if decoded is None:
        decoded = _decode_legacy(data, filename)
    text = normalise_newlines(decoded.text.removeprefix("\ufeff"))
    _reject_control_characters(text, filename)
    return Decoded(text, decoded.encoding, decoded.warnings)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_with_bom(data: bytes, filename: str) -> Decoded | None:
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        if codec == "utf-32" and len(data) % 4:
            continue  # FF FE 00 00 with a stray length: a UTF-16 BOM followed by NUL
        try:
            return Decoded(data.decode(codec), codec)
        except UnicodeDecodeError as e:
            if codec == "utf-16" and len(data) % 2:
                raise ImportRejected(
                    filename,
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "starts with a UTF-16 byte-order mark but has an odd number of bytes, "
                        "so it is cut short or damaged",
                    ),
                ) from None
            raise ImportRejected(
                filename,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "starts with a {encoding} byte-order mark "
                    "but has bytes that are not valid {encoding} at byte {position}",
                ),
                encoding={"utf-32": "UTF-32", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}[codec],
                position=e.start,
            ) from None
    return None


def _decode_mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 text with a few stray legacy bytes (pasted from elsewhere), if that is what it is.

    Real cp1252 or latin-1 text almost never forms valid UTF-8 sequences, so when they
    outnumber the invalid bytes four to one the file is UTF-8 and the stray bytes are read
    as cp1252 (the usual source of a stray ’ or é).
    """
    valid = len(_UTF8_SEQUENCE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    stray = _STRAY_BYTE.findall(text)
    if valid < 4 * len(stray):
        return None
    repaired = _STRAY_BYTE.sub(
        lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", errors="recoupe-latin-1-holes"),
        text,
    )
    return Decoded(
        repaired, "utf-8", (f"{len(stray)} bytes that are not UTF-8 were read as Windows-1252",)
    )


def _decode_declared(data: bytes, declared: str) -> Decoded | None:
    label = declared.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return None  # the legacy path reads these, after trying UTF-8
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return None
    if codec.startswith(("utf-16", "utf-32")):
        return None  # without a BOM, browsers ignore these labels too
    try:
        return Decoded(data.decode(codec), codec, (f"not UTF-8: read as declared, {codec}",))
    except UnicodeDecodeError:
        return None


def _latin1_for_holes(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a byte cp1252 leaves undefined is read as latin-1 does."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return chr(error.object[error.start]), error.start + 1


codecs.register_error("recoupe-latin-1-holes", _latin1_for_holes)


def _decode_legacy(data: bytes, filename: str) -> Decoded:
    text = data.decode("cp1252", errors="recoupe-latin-1-holes")
    uses_cp1252 = any(0x80 <= b <= 0x9F for b in data)
    name = "cp1252" if uses_cp1252 else "latin-1"
    if looks_western(text):
        return Decoded(text, name, (f"not UTF-8: read as {_label(name)}",))
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        guessed = str(best)
        if not _CONTROL_RE.search(guessed):
            encoding = codecs.lookup(best.encoding).name
            return Decoded(guessed, encoding, (f"not UTF-8: encoding guessed as {encoding}",))
    raise ImportRejected(
        filename,
        QT_TRANSLATE_NOOP(
            "Messages",
            "the text is not UTF-8 and its encoding could not be recognised; "
            "save it as UTF-8 and import it again",
        ),
    )


def _label(name: str) -> str:
    return "Windows-1252 (Western European)" if name == "cp1252" else "Latin-1 (ISO-8859-1)"


def looks_western(text: str) -> bool:
    """Whether text read as cp1252/latin-1 plausibly is Western European text.

    Western languages write mostly ASCII letters; Cyrillic, Greek or Asian text read
    through cp1252 comes out as mostly accented letters, symbols and control characters.
    """
    if _CONTROL_RE.search(text):
        return False
    text = text[:LOOKS_WESTERN_SAMPLE]
    letters = sum(1 for ch in text if ch.isalpha())
    non_ascii_letters = sum(1 for ch in text if ch.isalpha() and ord(ch) > 0x7F)
    symbols = sum(1 for ch in text if ord(ch) > 0x7F and not ch.isalpha() and not ch.isspace())
    if letters >= 8 and non_ascii_letters > letters * 0.5:
        return False
    return symbols <= max(8, letters * 0.25)


def _reject_control_characters(text: str, filename: str) -> None:
    count = len(_CONTROL_RE.findall(text))
    if count and count > len(text) * MAX_CONTROL_SHARE:
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP(
                "Messages",
                "contains {count} control characters, so it looks like a binary file, not text",
            ),
            count=count,
        )

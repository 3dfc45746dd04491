"""File bytes to a Source: one module per format, one entry point for the app and CLI.

``read_bytes``/``read_file`` turn one file into an ``ImportedSource`` or raise
``ImportRejected`` with a reason a user can act on; ``import_files`` adds a batch to a
store, one transaction per file, and carries on past bad files and duplicates.
Nothing here touches the network: pages are read from their bytes only.
"""

from __future__ import annotations

import dataclasses
import logging
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Final

from desktop.core.errors import QT_TRANSLATE_NOOP, DuplicateSource, ImportRejected, InvalidValue
from desktop.core.furniture_store import detect_and_store
from desktop.core.importing import decoding
from desktop.core.importing.html import read_html
from desktop.core.importing.markdown import read_markdown
from desktop.core.importing.plain import read_text
from desktop.core.models import ImportedSource, SourceId
from desktop.core.store import Store, check_date

__all__ = [
    "MAX_FILE_BYTES",
    "SUPPORTED_SUFFIXES",
    "ImportReport",
    "import_files",
    "read_bytes",
    "read_file",
]

log = logging.getLogger(__name__)

MAX_FILE_BYTES: Final = 50 * 1024 * 1024
SUPPORTED_SUFFIXES: Final = (".txt", ".html", ".htm", ".md", ".markdown")

_READERS: Final[dict[str, Callable[[bytes, str], ImportedSource]]] = {
    ".txt": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".md": read_markdown,
    ".markdown": read_markdown,
}
_FORMATS_TEXT: Final = ", ".join(SUPPORTED_SUFFIXES)


@dataclass
class ImportReport:
    """What a batch import did: sources added, files already there, files refused."""

    added: list[SourceId] = field(default_factory=list)
    duplicates: list[DuplicateSource] = field(default_factory=list)
    rejected: list[ImportRejected] = field(default_factory=list)
    cancelled: bool = False


def read_bytes(data: bytes, filename: str) -> ImportedSource:
    """The source in a file's bytes, read by its suffix; raises ImportRejected."""
    suffix = PurePath(filename).suffix.lower()
    reader = _READERS.get(suffix)
    if reader is None and suffix:
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP("Messages", "“{suffix}” is not a format Recoupe imports ({formats})"),
            suffix=suffix,
            formats=_FORMATS_TEXT,
        )
    if reader is None:
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP(
                "Messages",
                "a file without an extension is not a format Recoupe imports ({formats})",
            ),
            formats=_FORMATS_TEXT,
        )
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(filename, len(data))
    if not data:
        raise ImportRejected(filename, QT_TRANSLATE_NOOP("Messages", "the file is empty"))
    decoding.reject_binary(data, filename)
    imported = reader(data, filename)
    if not imported.text.strip():
        raise ImportRejected(
            filename,
            QT_TRANSLATE_NOOP("Messages", "the file has no text (only spaces and blank lines)"),
        )
    return imported


def read_file(path: Path) -> ImportedSource:
    """The source in a file; its size is checked before anything is read."""
    name = path.name or str(path)
    try:
        info = path.stat()
    except OSError as e:
        raise _unreadable(name, e) from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportRejected(name, QT_TRANSLATE_NOOP("Messages", "is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise ImportRejected(name, QT_TRANSLATE_NOOP("Messages", "is not a regular file"))
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(name, info.st_size)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat()
    except OSError as e:
        raise _unreadable(name, e) from None
    return read_bytes(data, name)


def import_files(
    store: Store,
    paths: Sequence[Path],
    *,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Add each file to store, one transaction per file; a bad file never stops the rest.

    published, title and url, when given, replace what was read from every file; a
    published date given here is the user's, so it counts as confirmed. An invalid
    published date raises InvalidValue before anything is imported. progress(i, n, name)
    is called before file i (from 0) of n; cancelled() is asked before each file.
    """
    published = check_date(published)
    title = (title or "").strip() or None
    url = (url or "").strip() or None
    report = ImportReport()
    total = len(paths)
    for i, path in enumerate(paths):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        name = path.name or str(path)
        if progress is not None:
            progress(i, total, name)
        try:
            imported = read_file(path)
        except ImportRejected as e:
            report.rejected.append(e)
            continue
        except Exception as e:  # a reader bug must not lose the rest of the batch
            log.exception("unexpected error reading %s", path)
            report.rejected.append(
                ImportRejected(
                    name,
                    QT_TRANSLATE_NOOP(
                        "Messages", "could not be read because of an internal error ({error})"
                    ),
                    error=str(e),
                )
            )
            continue
        imported = _override(imported, published=published, title=title, url=url)
        try:
            with store.db.atomic():  # a source is never there without its furniture lines
                change = store.add_source(imported)
                detect_and_store(store, change.source_ids[0])
        except DuplicateSource as e:
            report.duplicates.append(e)
            continue
        except InvalidValue as e:
            report.rejected.append(ImportRejected(name, e.template, **e.params))
            continue
        report.added.extend(change.source_ids)
    return report


def _override(
    imported: ImportedSource, *, published: str | None, title: str | None, url: str | None
) -> ImportedSource:
    if published is not None:
        imported = dataclasses.replace(
            imported, published=published, published_how="user", published_confirmed=True
        )
    if title is not None:
        imported = dataclasses.replace(imported, title=title)
    if url is not None:
        imported = dataclasses.replace(imported, url=url)
    return imported


def _unreadable(name: str, error: OSError) -> ImportRejected:
    return ImportRejected(
        name,
        QT_TRANSLATE_NOOP("Messages", "cannot be read ({error})"),
        error=error.strerror or str(error),
    )


def _too_large(name: str, size: int) -> ImportRejected:
    big, limit = _megabytes(size), _megabytes(MAX_FILE_BYTES)
    if big == limit:  # just over: megabytes would read "50 MB, larger than 50 MB"
        return ImportRejected(
            name,
            QT_TRANSLATE_NOOP(
                "Messages",
                "is {size:,} bytes, larger than the {limit:,} bytes Recoupe imports; "
                "keep only the article text",
            ),
            size=size,
            limit=MAX_FILE_BYTES,
        )
    return ImportRejected(
        name,
        QT_TRANSLATE_NOOP(
            "Messages",
            "is {size:,} MB, larger than the {limit:,} MB Recoupe imports; "
            "keep only the article text",
        ),
        size=big,
        limit=limit,
    )


def _megabytes(size: int) -> int | float:
    """size in megabytes to one decimal: an int when that decimal is 0 ("60", not "60.0")."""
    value = round(size / (1024 * 1024), 1)
    return int(value) if value == int(value) else value

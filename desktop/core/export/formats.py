"""The export formats ``recoupe export`` and File ▸ Export offer, by name.

Each format has a writer ``(store, out, progress)`` that writes ``out`` completely or not
at all (``export.common``), and says whether ``out`` is one file or a folder (a folder
format writes a .zip instead when ``out`` ends in ``.zip``). Writers are imported when
used, so listing the formats costs nothing.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError
from desktop.core.export.common import Progress, no_progress
from desktop.core.store import Store

Writer = Callable[[Store, Path, Progress], object]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    description: str
    """One line of English for ``recoupe export --help`` (the interface has its own)."""
    module: str
    function: str
    suffix: str
    """The file suffix, or "" for a folder format."""

    @property
    def folder(self) -> bool:
        return not self.suffix

    def writer(self) -> Writer:
        module = importlib.import_module(self.module)
        writer: Writer = getattr(module, self.function)
        return writer


_ALL: Final = (
    ExportFormat(
        "w3c",
        "W3C Web Annotation JSON-LD (an AnnotationCollection of the accepted annotations)",
        "desktop.core.export.w3c",
        "write_w3c",
        ".jsonld",
    ),
    ExportFormat(
        "qdpx",
        "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA and QualCoder",
        "desktop.core.export.qdpx",
        "write_qdpx",
        ".qdpx",
    ),
    ExportFormat(
        "timelinejs",
        "TimelineJS3 JSON of the timeline",
        "desktop.core.export.timelinejs",
        "write_timelinejs",
        ".json",
    ),
    ExportFormat(
        "csv",
        "annotations.csv and timeline.csv in a folder (or OUT.zip)",
        "desktop.core.export.csv_export",
        "write_csv",
        "",
    ),
    ExportFormat(
        "geojson",
        "GeoJSON of the places with coordinates and their mentions",
        "desktop.core.export.geojson",
        "write_geojson",
        ".geojson",
    ),
    ExportFormat(
        "claimreview",
        "schema.org ClaimReview JSON-LD of the reviewed claims",
        "desktop.core.export.claimreview",
        "write_claimreview",
        ".json",
    ),
    ExportFormat(
        "brat",
        "brat standoff .txt/.ann pairs with annotation.conf, in a folder (or OUT.zip)",
        "desktop.core.export.brat",
        "write_brat",
        "",
    ),
)


def _available(fmt: ExportFormat) -> bool:
    try:
        return importlib.util.find_spec(fmt.module) is not None
    except ModuleNotFoundError:
        return False


FORMATS: Final[dict[str, ExportFormat]] = {f.name: f for f in _ALL if _available(f)}


class UnknownFormat(RecoupeError):
    """An export format Recoupe does not have."""


def export(store: Store, name: str, out: Path, progress: Progress = no_progress) -> ExportFormat:
    """Write ``store`` in format ``name`` to ``out``; raises RecoupeError (nothing written)."""
    fmt = FORMATS.get(name)
    if fmt is None:
        raise UnknownFormat(
            QT_TRANSLATE_NOOP("Messages", "“{name}” is not an export format ({formats})"),
            name=name,
            formats=", ".join(FORMATS),
        )
    fmt.writer()(store, Path(out), progress)
    return fmt

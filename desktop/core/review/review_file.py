"""The review file: one reviewer's verdicts, to hand to a colleague for a second review.

JSON, UTF-8::

    {"format": "recoupe-review", "version": 1, "reviewer": "alice",
     "exported": "2026-02-01T10:00:00+00:00", "project": "Piscine",
     "verdicts": [{"sha256": "<the source file's SHA-256>", "source_title": "…",
                   "start": 120, "end": 164, "quote": "…", "prefix": "…", "suffix": "…",
                   "summary": "…", "status": "false", "rationale": "…",
                   "created": "2026-01-31T18:02:11+00:00", "final": false}]}

Offsets count code points of the source's text, like everywhere in Recoupe. ``status``
is a built-in status's key ("false") or a user status's name. A claim is found again in
the receiving project by the source's SHA-256 and its quote (``second_review``). Project
bundles will carry verdicts too; this file is what travels until then.

Reading trusts nothing: any file that is not such a document (too large, not UTF-8, not
JSON, nested too deep, wrong types or ranges, a newer version) raises a
``ReviewFileError`` naming the file and the reason.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final, NoReturn

from desktop.core.claim_reads import ClaimReader
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue, RecoupeError
from desktop.core.store import Store, now

FORMAT: Final = "recoupe-review"
VERSION: Final = 1
MAX_BYTES: Final = 50 * 1024 * 1024
_SHA_RE: Final = re.compile(r"^[0-9a-f]{64}$")


class ReviewFileError(RecoupeError):
    """A review file that cannot be read or written; names the file."""

    def __init__(self, path: str | Path, template: str, /, **params: object) -> None:
        self.path = str(path)
        self.subject = self.path
        super().__init__(template, **params)


@dataclass(frozen=True)
class ReviewedVerdict:
    """One verdict as a review file carries it: the claim's passage and the judgement."""

    sha256: str
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    status: str
    rationale: str | None
    created: str
    source_title: str | None = None
    summary: str | None = None
    final: bool = False


@dataclass(frozen=True)
class ReviewFile:
    """A review file as read: whose verdicts, when exported, and the verdicts."""

    path: Path
    reviewer: str
    exported: str | None
    verdicts: tuple[ReviewedVerdict, ...]
    project: str | None = None
    version: int = VERSION

    @property
    def name(self) -> str:
        """The file's name, recorded as ``imported_from`` on imported verdicts."""
        return self.path.name


# --------------------------------------------------------------------- writing


def review_data(store: Store, *, reviewer: str) -> dict[str, Any]:
    """The review file's content: each claim's latest standing verdict by ``reviewer``."""
    reader = ClaimReader(store)
    reviewer = " ".join(reviewer.split())
    standing = reader.standing_verdicts(reviewer=reviewer)
    statuses = {s.id: s for s in reader.statuses()}
    sources = {s.id: s for s in store.sources()}
    items: list[dict[str, Any]] = []
    for claim in reader.claims(ids=list(standing)):
        v = standing[claim.annotation_id][-1]
        source = sources[claim.source_id]
        items.append(
            {
                "sha256": source.sha256,
                "source_title": source.title,
                "start": claim.start,
                "end": claim.end,
                "quote": claim.quote,
                "prefix": claim.prefix,
                "suffix": claim.suffix,
                "summary": claim.summary,
                "status": statuses[v.status_id].label,
                "rationale": v.rationale,
                "created": v.created,
                "final": v.final,
            }
        )
    if not items:
        raise InvalidValue(
            QT_TRANSLATE_NOOP("Messages", "“{reviewer}” has given no verdict in this project"),
            reviewer=reviewer,
        )
    return {
        "format": FORMAT,
        "version": VERSION,
        "reviewer": reviewer,
        "exported": now(),
        "project": store.name,
        "verdicts": items,
    }


def write_review_file(store: Store, path: str | Path, *, reviewer: str) -> int:
    """Write ``reviewer``'s verdicts to path (replaced whole, or left as it was on error).

    Returns how many verdicts were written.
    """
    path = Path(path)
    data = review_data(store, reviewer=reviewer)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        fd, tmp = tempfile.mkstemp(prefix=".review-", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP("Messages", "cannot write the file ({error})"),
            error=e.strerror or str(e),
        ) from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP("Messages", "cannot write the file ({error})"),
            error=e.strerror or str(e),
        ) from e
    return len(data["verdicts"])


# --------------------------------------------------------------------- reading


def _surrogates(text: str) -> bool:
    """Whether text has lone surrogates (JSON allows them; UTF-8 cannot write them)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def read_review_file(path: str | Path) -> ReviewFile:
    """Read and check a review file; ReviewFileError names the file and what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReviewFileError(
                path,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "is {size:,} bytes, larger than the {limit:,} bytes a review file may have",
                ),
                size=size,
                limit=MAX_BYTES,
            )
        raw = path.read_bytes()
    except OSError as e:
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP("Messages", "cannot read the file ({error})"),
            error=e.strerror or str(e),
        ) from e
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP("Messages", "is not UTF-8 text (byte {position})"),
            position=e.start,
        ) from None
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise ReviewFileError(
            path, QT_TRANSLATE_NOOP("Messages", "is nested too deeply to be a review file")
        ) from None
    except ValueError as e:
        raise ReviewFileError(
            path, QT_TRANSLATE_NOOP("Messages", "is not valid JSON ({error})"), error=str(e)
        ) from None
    return _review(path, data)


def _review(path: Path, data: Any) -> ReviewFile:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP(
                "Messages", "is not a Recoupe review file (no “format”: “recoupe-review”)"
            ),
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ReviewFileError(path, QT_TRANSLATE_NOOP("Messages", "has no valid “version” number"))
    if version > VERSION:
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "was written by a newer version of Recoupe (review file version {version}); "
                "update Recoupe to read it",
            ),
            version=version,
        )
    reviewer = data.get("reviewer")
    if (
        not isinstance(reviewer, str)
        or not reviewer.strip()
        or len(reviewer) > 200
        or _surrogates(reviewer)
    ):
        raise ReviewFileError(path, QT_TRANSLATE_NOOP("Messages", "names no reviewer"))
    verdicts = data.get("verdicts")
    if not isinstance(verdicts, list):
        raise ReviewFileError(path, QT_TRANSLATE_NOOP("Messages", "has no list of “verdicts”"))
    exported = data.get("exported")
    project = data.get("project")
    return ReviewFile(
        path=path,
        reviewer=" ".join(reviewer.split()),
        exported=exported if isinstance(exported, str) and not _surrogates(exported) else None,
        verdicts=tuple(_verdict(path, i + 1, item) for i, item in enumerate(verdicts)),
        project=project if isinstance(project, str) and not _surrogates(project) else None,
        version=version,
    )


def _verdict(path: Path, number: int, item: Any) -> ReviewedVerdict:
    if not isinstance(item, dict):
        raise ReviewFileError(
            path, QT_TRANSLATE_NOOP("Messages", "verdict {number} is not an object"), number=number
        )

    def whole(field: str) -> int:
        value = item.get(field)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ReviewFileError(
                path,
                QT_TRANSLATE_NOOP("Messages", "verdict {number}: “{field}” must be a whole number"),
                number=number,
                field=field,
            )
        return value

    def text(field: str, *, optional: bool = False, blank: bool = False) -> str | None:
        value = item.get(field)
        if value is None and optional:
            return None
        if not isinstance(value, str) or (not blank and not value.strip()) or _surrogates(value):
            raise ReviewFileError(
                path,
                QT_TRANSLATE_NOOP("Messages", "verdict {number}: “{field}” must be text"),
                number=number,
                field=field,
            )
        return value

    sha = text("sha256") or ""
    if not _SHA_RE.match(sha):
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP("Messages", "verdict {number}: “sha256” is not a SHA-256 digest"),
            number=number,
        )
    start, end = whole("start"), whole("end")
    quote = text("quote") or ""
    if not 0 <= start < end or end - start != len(quote):
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP(
                "Messages",
                "verdict {number}: the range {start}–{end} does not fit its quote "
                "of {length} characters",
            ),
            number=number,
            start=start,
            end=end,
            length=len(quote),
        )
    created = text("created") or ""
    try:
        datetime.fromisoformat(created)
    except ValueError:
        raise ReviewFileError(
            path,
            QT_TRANSLATE_NOOP(
                "Messages", "verdict {number}: “created” is not a date and time (ISO 8601)"
            ),
            number=number,
        ) from None
    final = item.get("final", False)
    return ReviewedVerdict(
        sha256=sha,
        start=start,
        end=end,
        quote=quote,
        prefix=text("prefix", optional=True, blank=True) or "",
        suffix=text("suffix", optional=True, blank=True) or "",
        status=(text("status") or "").strip(),
        rationale=text("rationale", optional=True, blank=True),
        created=created,
        source_title=text("source_title", optional=True, blank=True),
        summary=text("summary", optional=True, blank=True),
        final=final is True,
    )

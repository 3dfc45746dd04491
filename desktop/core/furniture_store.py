"""Page furniture in the project file: detected at import, marked and unmarked by the user.

A row of the ``furniture`` table is one line range of a source. ``origin`` says who made it
(``auto``: ``detect_and_store`` at import; ``user``: marked by hand) and ``is_furniture``
whether it counts: unmarking an automatic line keeps its row with ``is_furniture`` 0, so
detecting again never brings it back. Every write is one transaction, returns a ``Change``
of kind ``FURNITURE_CHANGED`` and keeps row ids stable through undo and redo.
"""

from __future__ import annotations

import enum
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

from desktop.core.furniture import detect
from desktop.core.models import Change, ChangeKind, SourceId
from desktop.core.store import Store, check_range

_COLUMNS: Final = 'id, source_id, start, "end", is_furniture, origin, reason'
_MAX_IN: Final = 500


class Origin(enum.StrEnum):
    """Who made a furniture row."""

    AUTO = "auto"
    USER = "user"


@dataclass(frozen=True)
class FurnitureRow:
    """One row of the furniture table; start/end are code points in the source's text."""

    id: int
    source_id: SourceId
    start: int
    end: int
    is_furniture: bool
    origin: Origin
    reason: str | None


@dataclass(frozen=True)
class FurnitureUndo:
    """What ``set_line_furniture`` changed: the rows it touched before and after."""

    source_id: SourceId
    before: tuple[FurnitureRow, ...]
    after: tuple[FurnitureRow, ...]

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _row(r: Sequence[Any]) -> FurnitureRow:
    return FurnitureRow(
        id=int(r[0]),
        source_id=SourceId(int(r[1])),
        start=int(r[2]),
        end=int(r[3]),
        is_furniture=bool(r[4]),
        origin=Origin(r[5]),
        reason=r[6],
    )


def _change(source_id: SourceId) -> Change:
    return Change(ChangeKind.FURNITURE_CHANGED, source_ids=(source_id,))


# ---------------------------------------------------------------------- reading


def furniture_rows(store: Store, source_id: SourceId) -> list[FurnitureRow]:
    """Every row of a source (counting or not), in text order."""
    rows = store.db.execute(
        f'SELECT {_COLUMNS} FROM furniture WHERE source_id = ? ORDER BY start, "end", id',
        [source_id],
    )
    return [_row(r) for r in rows]


def furniture_ranges(store: Store, source_id: SourceId) -> list[tuple[int, int]]:
    """The ranges that count as furniture, sorted and merged (so disjoint)."""
    rows = store.db.execute(
        'SELECT start, "end" FROM furniture WHERE source_id = ? AND is_furniture = 1 '
        'ORDER BY start, "end"',
        [source_id],
    )
    return _merge((int(a), int(b)) for a, b in rows)


def furniture_by_source(
    store: Store, source_ids: Iterable[SourceId]
) -> dict[SourceId, list[tuple[int, int]]]:
    """furniture_ranges for several sources in one query; sources without any are left out."""
    ids = sorted({int(s) for s in source_ids})
    if not ids:
        return {}
    sql = 'SELECT source_id, start, "end" FROM furniture WHERE is_furniture = 1'
    # past a few hundred sources, reading every row beats a long IN list (and its limit)
    if len(ids) <= _MAX_IN:
        rows = store.db.execute(f"{sql} AND source_id IN ({_marks(ids)})", ids)
    else:
        rows = store.db.execute(sql)
    wanted = set(ids)
    found: dict[SourceId, list[tuple[int, int]]] = {}
    for sid, a, b in rows:
        if sid in wanted:
            found.setdefault(SourceId(int(sid)), []).append((int(a), int(b)))
    return {sid: _merge(ranges) for sid, ranges in found.items()}


def in_furniture(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) meets one of ranges (sorted and disjoint, as furniture_ranges).

    An empty range (start == end) meets a range that contains it. O(log n).
    """
    if not ranges:
        return False
    i = bisect_left(ranges, end + 1 if start == end else end, key=lambda r: r[0])
    return i > 0 and ranges[i - 1][1] > start


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


# ---------------------------------------------------------------------- writing


def detect_and_store(store: Store, source_id: SourceId) -> Change:
    """Find a source's furniture lines and record them (one transaction).

    Lines already recorded (by an earlier detection or by the user) are left as they are,
    so running it again changes nothing and never undoes the user's unmarking.
    """
    found = detect(store.source_text(source_id))
    with store.db.atomic() as db:
        db.conn.executemany(
            'INSERT OR IGNORE INTO furniture(source_id, start, "end", is_furniture, origin, '
            "reason) VALUES (?, ?, ?, 1, 'auto', ?)",
            [(source_id, f.start, f.end, f.reason.value) for f in found],
        )
    return _change(source_id)


def set_line_furniture(
    store: Store, source_id: SourceId, start: int, end: int, furniture: bool
) -> tuple[Change, FurnitureUndo]:
    """Mark [start, end) as furniture, or make every furniture range meeting it count no more.

    Marking reuses the row of exactly that range if there is one, else adds a user row.
    Unmarking keeps automatic rows (with is_furniture 0) and deletes user rows. Returns the
    change and what ``undo_line_furniture`` / ``redo_line_furniture`` need; one transaction.
    """
    check_range(len(store.source_text(source_id)), start, end)
    with store.db.atomic() as db:
        before = _overlapping(store, source_id, start, end)
        if furniture:
            exact = next((r for r in before if (r.start, r.end) == (start, end)), None)
            if exact is None:
                db.execute(
                    'INSERT INTO furniture(source_id, start, "end", is_furniture, origin) '
                    "VALUES (?, ?, ?, 1, 'user')",
                    [source_id, start, end],
                )
            elif not exact.is_furniture:
                db.execute("UPDATE furniture SET is_furniture = 1 WHERE id = ?", [exact.id])
        else:
            counting = [r for r in before if r.is_furniture]
            auto = [r.id for r in counting if r.origin is Origin.AUTO]
            user = [r.id for r in counting if r.origin is Origin.USER]
            if auto:
                db.execute(
                    f"UPDATE furniture SET is_furniture = 0 WHERE id IN ({_marks(auto)})", auto
                )
            if user:
                db.execute(f"DELETE FROM furniture WHERE id IN ({_marks(user)})", user)
        after = _overlapping(store, source_id, start, end)
    return _change(source_id), FurnitureUndo(source_id, tuple(before), tuple(after))


def undo_line_furniture(store: Store, undo: FurnitureUndo) -> Change:
    """Put the rows set_line_furniture touched back as they were, with their ids."""
    return _replace(store, undo.source_id, undo.after, undo.before)


def redo_line_furniture(store: Store, undo: FurnitureUndo) -> Change:
    """Apply set_line_furniture again after its undo, with the same ids."""
    return _replace(store, undo.source_id, undo.before, undo.after)


def _replace(
    store: Store,
    source_id: SourceId,
    current: Sequence[FurnitureRow],
    wanted: Sequence[FurnitureRow],
) -> Change:
    gone = [r.id for r in current]
    with store.db.atomic() as db:
        if gone:
            db.execute(f"DELETE FROM furniture WHERE id IN ({_marks(gone)})", gone)
        db.conn.executemany(
            f"INSERT INTO furniture({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (r.id, r.source_id, r.start, r.end, int(r.is_furniture), r.origin.value, r.reason)
                for r in wanted
            ],
        )
    return _change(source_id)


def _overlapping(store: Store, source_id: SourceId, start: int, end: int) -> list[FurnitureRow]:
    rows = store.db.execute(
        f'SELECT {_COLUMNS} FROM furniture WHERE source_id = ? AND start < ? AND "end" > ? '
        'ORDER BY start, "end", id',
        [source_id, end, start],
    )
    return [_row(r) for r in rows]


def _marks(items: Sequence[object]) -> str:
    return ", ".join("?" for _ in items)

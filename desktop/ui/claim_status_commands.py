"""Undoable edits of the project's claim statuses: add, rename, recolour, rate, move, delete.

One command = one ``ClaimStore`` write, audited. Undoing an addition deletes the status
(nothing uses it yet: what did was undone first) and redo puts back the same id; undoing
a deletion puts the status back where it was used (``StatusSnapshot``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.core.claim_store import ClaimStore
from desktop.core.claims import ClaimChange, ClaimStatus, ClaimStatusId, StatusSnapshot
from desktop.core.errors import RecoupeError
from desktop.ui.claim_commands import ClaimCommand, fail, push
from desktop.ui.claim_labels import status_label
from desktop.ui.commands import short

if TYPE_CHECKING:
    from desktop.ui.session import Session

STATUS_FIELDS = ("name", "colour", "rating", "position")


class AddStatusCommand(ClaimCommand):
    """Add a status to the project's list; redo after undo puts back the same id."""

    def __init__(
        self, session: Session, *, name: str, colour: str, rating: int | None = None
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Add claim status '%1'").replace(
                "%1", short(name)
            ),
        )
        self.fields: dict[str, Any] = {"name": name, "colour": colour, "rating": rating}
        self.status: ClaimStatus | None = None

    def redo(self) -> None:
        def add(cs: ClaimStore) -> ClaimChange:
            again = self.status  # a redo puts back the same id at the same place
            status, change = cs.add_status(
                who=self.who,
                name=self.fields["name"],
                colour=self.fields["colour"],
                rating=self.fields["rating"],
                status_id=None if again is None else again.id,
                position=None if again is None else again.position,
            )
            self.status = status
            return change

        self._write(add)

    def undo(self) -> None:
        if self.status is None:
            return
        status = self.status

        def remove(cs: ClaimStore) -> ClaimChange:
            # nothing can use it yet: the commands that did are undone before this one
            replacement = next(s.id for s in cs.statuses() if s.id != status.id)
            return cs.delete_status(status.id, who=self.who, replacement=replacement)

        self._write(remove)


class UpdateStatusCommand(ClaimCommand):
    """Rename, recolour, re-rate or move a status; undo sets the old values again."""

    def __init__(self, session: Session, before: ClaimStatus, index: int, **fields: Any) -> None:
        label = (
            QCoreApplication.translate("Commands", "Move claim status '%1'")
            if set(fields) == {"position"}
            else QCoreApplication.translate("Commands", "Edit claim status '%1'")
        )
        super().__init__(session, label.replace("%1", short(status_label(before))))
        self.before = before
        self.index = index  # its place in the list before the edit
        self.fields = fields

    def redo(self) -> None:
        sid, fields = self.before.id, self.fields
        self._write(lambda cs: cs.update_status(sid, who=self.who, **fields))

    def undo(self) -> None:
        b = self.before
        old: dict[str, Any] = {k: getattr(b, k) for k in self.fields if k != "position"}
        if "position" in self.fields:
            old["position"] = self.index
        self._write(lambda cs: cs.update_status(b.id, who=self.who, **old))


class DeleteStatusCommand(ClaimCommand):
    """Delete a status, moving what used it to a replacement; undo moves it all back."""

    def __init__(
        self, session: Session, snapshot: StatusSnapshot, replacement: ClaimStatus
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Delete claim status '%1'").replace(
                "%1", short(status_label(snapshot.status))
            ),
        )
        self.snapshot = snapshot
        self.replacement = replacement.id

    def redo(self) -> None:
        def delete(cs: ClaimStore) -> ClaimChange:
            # what uses it now (a redo may find more than when the command was made)
            self.snapshot = cs.status_snapshot(self.snapshot.status.id)
            return cs.delete_status(
                self.snapshot.status.id, who=self.who, replacement=self.replacement
            )

        self._write(delete)

    def undo(self) -> None:
        self._write(lambda cs: cs.restore_status(self.snapshot, who=self.who))


# ------------------------------------------------------------------- intents


def add_status(
    session: Session, *, name: str, colour: str, rating: int | None = None
) -> ClaimStatusId | None:
    """Add a status at the end of the list; its id, or None if refused (reported)."""
    command = AddStatusCommand(session, name=name, colour=colour, rating=rating)
    ok = push(session, command)
    return command.status.id if ok and command.status is not None else None


def update_status(session: Session, status_id: ClaimStatusId, **fields: Any) -> bool:
    """Change a status's name, colour, rating or position (its index in the list)."""
    unknown = set(fields) - set(STATUS_FIELDS)
    if unknown:
        raise TypeError(f"update_status() got unexpected fields {sorted(unknown)}")
    try:
        store = ClaimStore(session.store)
        before = store.status(status_id)
        statuses = store.statuses()
    except RecoupeError as e:
        return fail(session, e)
    index = [s.id for s in statuses].index(before.id)
    current: dict[str, Any] = {
        "name": before.name,
        "colour": before.colour,
        "rating": before.rating,
        "position": index,
    }
    changed = {k: v for k, v in fields.items() if v != current[k]}
    if not changed:
        return True
    return push(session, UpdateStatusCommand(session, before, index, **changed))


def delete_status(session: Session, status_id: ClaimStatusId, replacement: ClaimStatusId) -> bool:
    """Delete a status; claims and verdicts using it take ``replacement`` (one undo step)."""
    try:
        store = ClaimStore(session.store)
        snapshot = store.status_snapshot(status_id)
        target = store.status(replacement)
    except RecoupeError as e:
        return fail(session, e)
    return push(session, DeleteStatusCommand(session, snapshot, target))

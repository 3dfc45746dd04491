"""Undoable entity operations: linking, merging, splitting, renaming, editing, "not the same".

One command = one ``EntityStore`` call = one transaction. The first ``redo()`` records the
rows before and after; undo and later redos put those exact rows back, ids included.

Linking is not a gesture of its own: ``push_with_links`` pushes the command that tags or
accepts a place or actor and then a ``LinkEntitiesCommand`` in the same macro, so one undo
removes the annotation (or its acceptance), its link and the entity made for it.
The functions at the bottom are the intents the session's entity methods call.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.entities import EntityId, EntityType, MatchReason
from desktop.core.entity_store import EntityChange, EntityEdit, EntityStore
from desktop.core.errors import RecoupeError
from desktop.core.models import AnnotationId, Change
from desktop.core.store import UNSET
from desktop.ui.commands import StoreCommand, short
from desktop.ui.messages import localized

if TYPE_CHECKING:
    from desktop.ui.session import Session


class EntityCommand(StoreCommand):
    """Runs one EntityStore operation; undo/redo restore the rows it recorded.

    An operation that returns None (nothing to do) makes the command obsolete: the stack
    drops it.
    """

    def __init__(
        self,
        session: Session,
        label: str,
        operation: Callable[[EntityStore], EntityEdit | None],
    ) -> None:
        super().__init__(session, label)
        self.operation = operation
        self.edit: EntityEdit | None = None
        self._done = False

    def redo(self) -> None:
        entities = EntityStore(self.session.store)
        if not self._done:

            def first() -> list[Change]:
                self.edit = self.operation(entities)
                self._done = True
                if self.edit is None:
                    self.setObsolete(True)
                    return []
                return [self.edit.change]

            self._run(first)
        elif self.edit is not None:
            edit = self.edit
            self._run(lambda: entities.restore(edit, edit.after))

    def undo(self) -> None:
        if self.edit is not None:
            edit = self.edit
            self._run(lambda: EntityStore(self.session.store).restore(edit, edit.before))

    @property
    def change(self) -> EntityChange | None:
        return self.edit.change if self.edit is not None else None


class LinkEntitiesCommand(EntityCommand):
    """Link accepted place and actor annotations to their entities (inside a macro)."""

    def __init__(
        self, session: Session, annotation_ids: Sequence[AnnotationId], *, renamed: bool = False
    ) -> None:
        ids = tuple(annotation_ids)
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Link entities"),
            lambda es: es.link_annotations(ids, renamed=renamed),
        )


class MergeEntitiesCommand(EntityCommand):
    def __init__(
        self,
        session: Session,
        target: EntityId,
        others: Sequence[EntityId],
        *,
        reason: MatchReason | None = None,
        names: Sequence[str] = (),
    ) -> None:
        rest = tuple(others)
        label = (
            QCoreApplication.translate("Commands", "Merge '%1' and '%2'")
            .replace("%1", short(names[0]))
            .replace("%2", short(names[1]))
            if len(names) == 2
            else QCoreApplication.translate("Commands", "Merge %n entities", "", len(rest) + 1)
        )
        super().__init__(session, label, lambda es: es.merge_entities(target, rest, reason=reason))


class SplitAliasCommand(EntityCommand):
    def __init__(self, session: Session, entity_id: EntityId, alias: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Make '%1' an entity of its own").replace(
                "%1", short(alias)
            ),
            lambda es: es.split_alias(entity_id, alias),
        )


class SplitMentionCommand(EntityCommand):
    def __init__(self, session: Session, annotation_id: AnnotationId, quote: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Make '%1' an entity of its own").replace(
                "%1", short(quote)
            ),
            lambda es: es.split_mention(annotation_id),
        )


class RenameEntityCommand(EntityCommand):
    def __init__(self, session: Session, entity_id: EntityId, old: str, name: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Rename '%1' to '%2'")
            .replace("%1", short(old))
            .replace("%2", short(name)),
            lambda es: es.rename_entity(entity_id, name),
        )


class EditEntityCommand(EntityCommand):
    def __init__(self, session: Session, entity_id: EntityId, name: str, **fields: Any) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit entity '%1'").replace("%1", short(name)),
            lambda es: es.edit_entity(entity_id, **fields),
        )


class DismissProposalCommand(EntityCommand):
    def __init__(self, session: Session, a: EntityId, b: EntityId, names: Sequence[str]) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Not the same: '%1' and '%2'")
            .replace("%1", short(names[0]))
            .replace("%2", short(names[1])),
            lambda es: es.dismiss_proposal(a, b),
        )


# ------------------------------------------------------------------- linking


def push_with_links(
    session: Session,
    command: StoreCommand,
    annotation_ids: Callable[[], Sequence[AnnotationId | None]],
    *,
    renamed: bool = False,
) -> bool:
    """Push command, then link the annotations it tagged or accepted, as one undo step.

    ``annotation_ids`` is called after the command ran (a new annotation's id is known
    then). ``renamed``: the command changed their values (see ``link_annotations``).
    The macro takes the command's label ("Tag place 'Bagdad'").
    """
    stack = session.undo_stack
    stack.beginMacro(command.text())
    stack.push(command)
    ok = not command.failed
    if ok:
        ids = [a for a in annotation_ids() if a is not None]
        if ids:
            stack.push(LinkEntitiesCommand(session, ids, renamed=renamed))
    stack.endMacro()
    if not ok:
        _drop_empty_macro(stack)
    return ok


def _drop_empty_macro(stack: QUndoStack) -> None:
    """Remove the macro just closed if its one command failed (the stack dropped it)."""
    index = stack.index()
    if index <= 0:
        return
    macro: QUndoCommand = stack.command(index - 1)
    if macro is not None and macro.childCount() == 0:
        macro.setObsolete(True)
        stack.undo()  # an obsolete command is removed instead of undone


# ------------------------------------------------------------------- intents


def _push(session: Session, command: EntityCommand) -> bool:
    session.undo_stack.push(command)
    return not command.failed


def _entity_name(session: Session, entity_id: EntityId) -> str | None:
    try:
        return EntityStore(session.store).entity(entity_id).name
    except RecoupeError as e:
        session.report_error(localized(e))
        return None


def merge_entities(
    session: Session,
    target: EntityId,
    others: Sequence[EntityId],
    *,
    reason: MatchReason | None = None,
) -> bool:
    """Make ``others`` part of ``target``: mentions and names (one undo step)."""
    rest = [o for o in dict.fromkeys(others) if o != target]
    names = [_entity_name(session, e) for e in (target, *rest)]
    if any(n is None for n in names) or not rest:
        return False
    shown = [n or "" for n in names] if len(rest) == 1 else []
    return _push(session, MergeEntitiesCommand(session, target, rest, reason=reason, names=shown))


def split_alias(session: Session, entity_id: EntityId, alias: str) -> bool:
    """Make one of an entity's other names an entity of its own (one undo step)."""
    return _push(session, SplitAliasCommand(session, entity_id, alias))


def split_mention(session: Session, annotation_id: AnnotationId) -> bool:
    """Take one mention out of its entity into an entity of its own (one undo step)."""
    try:
        annotation = session.store.annotation(annotation_id)
        quote = annotation.value or annotation.quote
    except RecoupeError:  # the command reports the missing annotation itself
        quote = ""
    return _push(session, SplitMentionCommand(session, annotation_id, quote))


def rename_entity(session: Session, entity_id: EntityId, name: str) -> bool:
    """Give an entity another name; the former one stays as another name (one undo step)."""
    old = _entity_name(session, entity_id)
    if old is None:
        return False
    if " ".join(name.split()) == old:
        return True
    return _push(session, RenameEntityCommand(session, entity_id, old, name))


def edit_entity(
    session: Session,
    entity_id: EntityId,
    *,
    note: Any = UNSET,
    coordinates: Any = UNSET,
    entity_type: EntityType | Any = UNSET,
) -> bool:
    """Change an entity's note, coordinates or type; unchanged fields are skipped."""
    try:
        entity = EntityStore(session.store).entity(entity_id)
    except RecoupeError as e:
        session.report_error(localized(e))
        return False
    fields: dict[str, Any] = {}
    if note is not UNSET and ((note or "").strip() or None) != entity.note:
        fields["note"] = note
    if coordinates is not UNSET and coordinates != entity.coordinates:
        fields["coordinates"] = coordinates
    if entity_type is not UNSET and entity_type != entity.type:
        fields["entity_type"] = entity_type
    if not fields:
        return True
    return _push(session, EditEntityCommand(session, entity_id, entity.name, **fields))


def dismiss_proposal(session: Session, a: EntityId, b: EntityId) -> bool:
    """Record that a and b are not the same entity (one undo step)."""
    names = [_entity_name(session, e) for e in (a, b)]
    if any(n is None for n in names):
        return False
    return _push(session, DismissProposalCommand(session, a, b, [n or "" for n in names]))

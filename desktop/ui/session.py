"""The open project as the UI sees it: the Store, its undo stack and change signals.

Widgets never write to the store. They call an intent method here; the session pushes a
command, the command calls one store method, and the session re-emits the resulting
``Change`` so every view updates just what it names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.core import anchoring, edtf, furniture_store
from desktop.core.claims import (
    AuditId,
    ClaimChange,
    ClaimStatusId,
    EvidenceId,
    EvidenceRelation,
    ReviewSessionId,
    default_reviewer,
)
from desktop.core.entities import EntityId, MatchReason
from desktop.core.entity_records import EntityChange
from desktop.core.errors import QT_TRANSLATE_NOOP, InvalidValue, NotFound, RecoupeError
from desktop.core.models import (
    AnnotationId,
    AnnotationStatus,
    Change,
    ChangeKind,
    SourceId,
    TagId,
    TagKind,
)
from desktop.core.project_file import ProjectReadOnly
from desktop.core.review.review_file import ReviewFile
from desktop.core.review.second_review import ImportReport
from desktop.core.store import Store, check_range
from desktop.ui import claim_commands, claim_status_commands, commands, entity_commands
from desktop.ui.furniture_commands import SetFurnitureCommand
from desktop.ui.messages import localized
from desktop.ui.suggest_commands import SetStatusCommand

_ANNOTATION_KINDS = {
    ChangeKind.ANNOTATIONS_ADDED,
    ChangeKind.ANNOTATIONS_UPDATED,
    ChangeKind.ANNOTATIONS_REMOVED,
}
_SOURCE_KINDS = {ChangeKind.SOURCE_ADDED, ChangeKind.SOURCE_UPDATED, ChangeKind.SOURCE_REMOVED}
_ENTITY_TAGS = {TagKind.PLACE, TagKind.ACTOR}
"""Accepted annotations of these kinds link to an entity, in the undo step that accepts them."""


class Session(QObject):
    """Owns the Store and the QUndoStack of one open project."""

    annotations_changed = Signal(object)
    """Annotations were added, edited or removed (a Change)."""
    sources_changed = Signal(object)
    """A source was added, edited or removed (a Change)."""
    tags_changed = Signal(object)
    """Tag definitions changed; annotations of a deleted tag went with it (a Change)."""
    events_changed = Signal(object)
    """Timeline events were merged, split or titled (a Change naming their members)."""
    entities_changed = Signal(object)
    """Entities, their names or their links changed (an EntityChange naming them)."""
    furniture_changed = Signal(object)
    """Lines of a source were marked or unmarked as page furniture (a Change)."""
    claims_changed = Signal(object)
    """Claims, verdicts, evidence, statuses or dismissed contradictions changed (a
    ClaimChange naming them)."""
    closed = Signal()
    """The project is closing: views must stop reading its store."""
    error_reported = Signal(str)
    """A change could not be made; the message names what and why."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.reviewer_source: Callable[[], str] = default_reviewer
        """Gives the reviewer's name for each claim write (the main window reads it from
        the preferences, so a new name applies at once)."""

    @property
    def reviewer(self) -> str:
        """Who makes claim edits and verdicts: the preferences' name, else the OS user's."""
        return self.reviewer_source().strip() or default_reviewer()

    @reviewer.setter
    def reviewer(self, name: str) -> None:
        self.reviewer_source = lambda: name

    # ------------------------------------------------------------ plumbing

    def emit_change(self, change: Change) -> None:
        if change.kind in _ANNOTATION_KINDS:
            self.annotations_changed.emit(change)
        elif change.kind in _SOURCE_KINDS:
            self.sources_changed.emit(change)
        elif change.kind is ChangeKind.EVENTS_CHANGED:
            self.events_changed.emit(change)
        elif change.kind is ChangeKind.ENTITIES_CHANGED:
            self.entities_changed.emit(change)
            if isinstance(change, EntityChange) and change.claim_ids:  # claimants followed
                audit = tuple(AuditId(a) for a in change.audit_ids)
                self.claims_changed.emit(ClaimChange(claim_ids=change.claim_ids, audit_ids=audit))
        elif change.kind is ChangeKind.FURNITURE_CHANGED:
            self.furniture_changed.emit(change)
        else:
            self.tags_changed.emit(change)

    def report_error(self, message: str) -> None:
        self.error_reported.emit(message)

    def _push(self, command: commands.StoreCommand) -> bool:
        if self.store.read_only:  # refused before the command exists on the stack
            self.report_error(localized(ProjectReadOnly()))
            return False
        self.undo_stack.push(command)
        return not command.failed

    def push_linked(
        self,
        command: commands.StoreCommand,
        annotation_ids: Callable[[], Sequence[Any]],
        *,
        renamed: bool = False,
    ) -> bool:
        """Push a command that tags or accepts places or actors, and link them to their
        entities in the same undo step (``annotation_ids`` is read after the command ran)."""
        return entity_commands.push_with_links(self, command, annotation_ids, renamed=renamed)

    def close(self) -> None:
        self.closed.emit()
        self.undo_stack.clear()
        self.store.close()

    # ------------------------------------------------------------- intents

    def tag_passage(
        self,
        source_id: SourceId,
        start: int,
        end: int,
        tag_id: TagId,
        *,
        snap: bool = True,
        value: str | None = None,
        note: str | None = None,
    ) -> AnnotationId | None:
        """Tag [start, end) (code points), widened to whole words unless snap is False."""
        try:
            # a window around the passage is enough to snap it: words are short
            window, offset, length = self.store.text_around(source_id, start, end)
            check_range(length, start, end)
            if snap:
                start, end = anchoring.snap_in_window(window, offset, start, end)
            tag = self.store.tag(tag_id)
        except RecoupeError as e:
            self.report_error(localized(e))
            return None
        command = commands.AddAnnotationCommand(
            self,
            source_id=source_id,
            start=start,
            end=end,
            tag=tag,
            value=value,
            note=note,
            quote=window[start - offset : end - offset],
        )
        if tag.kind in _ENTITY_TAGS:
            ok = self.push_linked(command, lambda: [command.annotation_id])
        else:
            ok = self._push(command)
        return command.annotation_id if ok else None

    def edit_annotation(self, annotation_id: AnnotationId, **fields: Any) -> bool:
        """Set value, note, tag_id or status; a field equal to the current one is skipped."""
        try:
            before = self.store.annotation(annotation_id)
        except NotFound as e:
            self.report_error(localized(e))
            return False
        changed = {k: v for k, v in fields.items() if getattr(before, k) != _norm(v)}
        if not changed:
            return True
        value = changed.get("value")
        if isinstance(value, str) and value.strip() and self._is_date(before.tag_id):
            problem = edtf.explain(value.strip())
            if problem is not None:
                self.report_error(localized(problem))
                return False
            changed["value"] = value.strip()
        command = commands.EditAnnotationCommand(self, before, **changed)
        tag_ids = (before.tag_id, changed.get("tag_id"))
        kinds = {t.kind for t in self.store.tags() if t.id in tag_ids}
        if kinds & _ENTITY_TAGS and changed.keys() & {"tag_id", "status", "value"}:
            return self.push_linked(command, lambda: [annotation_id], renamed="value" in changed)
        return self._push(command)

    def _is_date(self, tag_id: TagId) -> bool:
        return self.store.tag(tag_id).kind is TagKind.DATE

    def delete_annotations(self, annotation_ids: Sequence[AnnotationId]) -> bool:
        """Delete the user's annotations; suggestions among them are rejected instead.

        A rejected suggestion stays in the project, hidden, so that running suggestions
        again does not propose it anew.
        """
        found = self.store.annotations(ids=annotation_ids, status=None)
        suggested = [a for a in found if a.status is AnnotationStatus.SUGGESTED]
        own = [a for a in found if a.status is AnnotationStatus.ACCEPTED]
        if not suggested and not own:
            return False
        if suggested and own:
            self.undo_stack.beginMacro(
                QCoreApplication.translate("Commands", "Delete %n annotation(s)", "", len(found))
            )
        ok = True
        if suggested:
            ok = self._push(SetStatusCommand(self, suggested, AnnotationStatus.REJECTED))
        if own:
            ok = self._push(commands.DeleteAnnotationsCommand(self, own)) and ok
        if suggested and own:
            self.undo_stack.endMacro()
        return ok

    def set_suggestions(self, annotation_ids: Sequence[AnnotationId], *, accept: bool) -> bool:
        """Accept (or reject) the suggestions among annotation_ids, as one undo step."""
        found = [
            a
            for a in self.store.annotations(ids=annotation_ids, status=None)
            if a.status is AnnotationStatus.SUGGESTED
        ]
        if not found:
            return False
        status = AnnotationStatus.ACCEPTED if accept else AnnotationStatus.REJECTED
        command = SetStatusCommand(self, found, status)
        if accept:
            kinds = {t.id for t in self.store.tags() if t.kind in _ENTITY_TAGS}
            linked = [a.id for a in found if a.tag_id in kinds]
            if linked:
                return self.push_linked(command, lambda: linked)
        return self._push(command)

    def accept_all_suggestions(self, source_id: SourceId, tag_id: TagId | None = None) -> bool:
        """Accept every pending suggestion of a source (of one tag if given): one undo step."""
        pending = self.store.annotations(
            source_id=source_id, tag_id=tag_id, status=AnnotationStatus.SUGGESTED
        )
        return self.set_suggestions([a.id for a in pending], accept=True)

    def record_import(self, source_ids: Sequence[SourceId]) -> None:
        """Make sources an import already wrote undoable as one step, and announce them."""
        if not source_ids:
            return
        titles = [self.store.source(s).title for s in source_ids]
        self._push(commands.ImportSourcesCommand(self, source_ids, titles))

    def edit_source(self, source_id: SourceId, **fields: Any) -> bool:
        """Change title, url, published, published_confirmed or lang of a source."""
        try:
            before = self.store.source(source_id)
        except NotFound as e:
            self.report_error(localized(e))
            return False
        changed = {k: v for k, v in fields.items() if getattr(before, k) != v}
        if not changed:
            return True
        return self._push(commands.EditSourceCommand(self, before, **changed))

    def set_furniture(self, source_id: SourceId, start: int, end: int, furniture: bool) -> bool:
        """Mark (or unmark) the line [start, end) (code points) as page furniture."""
        try:
            length = len(self.store.source_text(source_id))
            check_range(length, start, end)
            ranges = furniture_store.furniture_ranges(self.store, source_id)
        except RecoupeError as e:
            self.report_error(localized(e))
            return False
        covered = any(a <= start and end <= b for a, b in ranges)
        if covered if furniture else not furniture_store.in_furniture(ranges, start, end):
            return True  # already so: nothing to undo
        return self._push(
            SetFurnitureCommand(
                self, source_id=source_id, start=start, end=end, furniture=furniture
            )
        )

    def add_tag(self, *, name: str, colour: str, shortcut: str | None = None) -> TagId | None:
        command = commands.AddTagCommand(self, name=name, colour=colour, shortcut=shortcut)
        return command.tag_id if self._push(command) else None

    def edit_tag(self, tag_id: TagId, **fields: Any) -> bool:
        before = self.store.tag(tag_id)
        changed = {k: v for k, v in fields.items() if getattr(before, k) != v}
        if not changed:
            return True
        return self._push(commands.EditTagCommand(self, before, **changed))

    def delete_tag(self, tag_id: TagId) -> bool:
        try:
            tag = self.store.tag(tag_id)
            if tag.builtin:
                raise InvalidValue(
                    QT_TRANSLATE_NOOP("Messages", "“{tag}” is built in and cannot be deleted"),
                    tag=tag.name,
                )
            snapshot = self.store.tag_snapshot(tag_id)
        except RecoupeError as e:
            self.report_error(localized(e))
            return False
        return self._push(commands.DeleteTagCommand(self, snapshot))

    # ------------------------------------------------------------ entities

    def merge_entities(
        self, target: EntityId, others: Sequence[EntityId], *, reason: MatchReason | None = None
    ) -> bool:
        """Make others part of target: their mentions and names (a confirmed proposal's
        reason is kept with the names)."""
        return entity_commands.merge_entities(self, target, others, reason=reason)

    def split_entity_alias(self, entity_id: EntityId, alias: str) -> bool:
        """Make one of an entity's other names an entity of its own, with its mentions."""
        return entity_commands.split_alias(self, entity_id, alias)

    def split_mention(self, annotation_id: AnnotationId) -> bool:
        """Take one mention out of its entity: it becomes an entity of its own."""
        return entity_commands.split_mention(self, annotation_id)

    def rename_entity(self, entity_id: EntityId, name: str) -> bool:
        return entity_commands.rename_entity(self, entity_id, name)

    def edit_entity(self, entity_id: EntityId, **fields: Any) -> bool:
        """Change an entity's note, coordinates ((lat, lon) or None) or entity_type."""
        return entity_commands.edit_entity(self, entity_id, **fields)

    def dismiss_entity_proposal(self, a: EntityId, b: EntityId) -> bool:
        """Record that two entities are not the same: they are not proposed again."""
        return entity_commands.dismiss_proposal(self, a, b)

    # -------------------------------------------------------------- claims

    def update_claim(self, annotation_id: AnnotationId, **fields: Any) -> bool:
        """Change a claim's summary, claimant_entity_id, claimant_text, said_on or status_id."""
        return claim_commands.update_claim(self, annotation_id, **fields)

    def set_verdict(
        self,
        claim_id: AnnotationId,
        status_id: ClaimStatusId,
        rationale: str | None = None,
        *,
        session_id: ReviewSessionId | None = None,
        final: bool = False,
    ) -> bool:
        """Record the reviewer's verdict; undo withdraws it (the log keeps both)."""
        return claim_commands.set_verdict(
            self, claim_id, status_id, rationale, session_id=session_id, final=final
        )

    def add_evidence(
        self,
        claim_id: AnnotationId,
        source_id: SourceId,
        start: int,
        end: int,
        relation: EvidenceRelation,
        note: str | None = None,
    ) -> bool:
        """Link the passage [start, end) (code points) to a claim."""
        added = claim_commands.add_evidence(self, claim_id, source_id, start, end, relation, note)
        return added is not None

    def update_evidence(self, evidence_id: EvidenceId, **fields: Any) -> bool:
        """Change an evidence link's relation or note."""
        return claim_commands.update_evidence(self, evidence_id, **fields)

    def delete_evidence(self, evidence_id: EvidenceId) -> bool:
        return claim_commands.delete_evidence(self, evidence_id)

    def add_status(self, *, name: str, colour: str, rating: int | None = None) -> bool:
        """Add a claim status at the end of the project's list."""
        added = claim_status_commands.add_status(self, name=name, colour=colour, rating=rating)
        return added is not None

    def update_status(self, status_id: ClaimStatusId, **fields: Any) -> bool:
        """Change a status's name, colour, rating or position (its index in the list)."""
        return claim_status_commands.update_status(self, status_id, **fields)

    def delete_status(self, status_id: ClaimStatusId, replacement: ClaimStatusId) -> bool:
        """Delete a status; what used it takes ``replacement``."""
        return claim_status_commands.delete_status(self, status_id, replacement)

    def dismiss_contradiction(self, key: str) -> bool:
        """Stop offering a candidate contradiction (its ``Contradiction.key``)."""
        return claim_commands.dismiss_contradiction(self, key)

    def import_verdicts(self, review: ReviewFile) -> ImportReport | None:
        """Store another reviewer's verdicts from a review file, as one undo step."""
        return claim_commands.import_review(self, review)


def _norm(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value

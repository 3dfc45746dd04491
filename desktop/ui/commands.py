"""QUndoCommands: one command = one store operation = one transaction.

``redo()`` does the first application too (QUndoStack.push calls it). A store error inside
``redo()`` has rolled its transaction back: the command marks itself obsolete so the stack
drops it, and the session reports the error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from desktop.core.errors import RecoupeError
from desktop.core.models import (
    Annotation,
    AnnotationId,
    AnnotationStatus,
    Change,
    ChangeKind,
    Source,
    SourceId,
    SourceSnapshot,
    Tag,
    TagId,
    TagKind,
    TagSnapshot,
)
from desktop.ui.labels import tag_label
from desktop.ui.messages import localized

if TYPE_CHECKING:
    from desktop.ui.session import Session


def short(text: str, limit: int = 32) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class StoreCommand(QUndoCommand):
    """Runs store calls, reports their changes and survives their errors."""

    def __init__(self, session: Session, label: str) -> None:
        super().__init__(label)
        self.session = session
        self.failed = False

    def _run(self, call: Callable[[], Change | Sequence[Change]]) -> bool:
        try:
            result = call()
        except RecoupeError as e:
            self.failed = True
            self.setObsolete(True)
            self.session.report_error(localized(e))
            return False
        for change in result if isinstance(result, (list, tuple)) else [result]:
            self.session.emit_change(change)
        return True


class AddAnnotationCommand(StoreCommand):
    """Tag a passage; redo after undo restores the same id."""

    def __init__(
        self,
        session: Session,
        *,
        source_id: SourceId,
        start: int,
        end: int,
        tag: Tag,
        value: str | None = None,
        note: str | None = None,
        status: AnnotationStatus = AnnotationStatus.ACCEPTED,
        quote: str = "",
    ) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Tag %1 '%2'")
            .replace("%1", tag_label(tag).lower())
            .replace("%2", short(quote)),
        )
        self.fields: dict[str, Any] = {
            "source_id": source_id,
            "start": start,
            "end": end,
            "tag_id": tag.id,
            "value": value,
            "note": note,
            "status": status,
        }
        self.annotation: Annotation | None = None

    def redo(self) -> None:
        store = self.session.store
        if self.annotation is None:

            def first() -> Change:
                change = store.add_annotation(**self.fields)
                self.annotation = store.annotation(change.annotation_ids[0])
                return change

            self._run(first)
        else:
            annotation = self.annotation
            self._run(lambda: store.restore_annotations([annotation]))

    def undo(self) -> None:
        if self.annotation is not None:
            annotation_id = self.annotation.id
            self._run(lambda: self.session.store.delete_annotations([annotation_id]))

    @property
    def annotation_id(self) -> AnnotationId | None:
        return self.annotation.id if self.annotation else None


class EditAnnotationCommand(StoreCommand):
    """Change an annotation's value, note, tag or status."""

    def __init__(self, session: Session, annotation: Annotation, **fields: Any) -> None:
        what = (
            QCoreApplication.translate("Commands", "Edit value of '%1'")
            if set(fields) == {"value"}
            else QCoreApplication.translate("Commands", "Edit note of '%1'")
            if set(fields) == {"note"}
            else QCoreApplication.translate("Commands", "Edit '%1'")
        )
        super().__init__(session, what.replace("%1", short(annotation.quote)))
        self.before = annotation
        self.fields = fields

    def redo(self) -> None:
        self._run(lambda: self.session.store.update_annotation(self.before.id, **self.fields))

    def undo(self) -> None:
        self._run(lambda: self.session.store.restore_annotation_fields(self.before))


class DeleteAnnotationsCommand(StoreCommand):
    """Delete annotations; undo puts them back with the same ids."""

    def __init__(self, session: Session, annotations: Sequence[Annotation]) -> None:
        label = (
            QCoreApplication.translate("Commands", "Delete '%1'").replace(
                "%1", short(annotations[0].quote)
            )
            if len(annotations) == 1
            else QCoreApplication.translate("Commands", "Delete %n annotations").replace(
                "%n", str(len(annotations))
            )
        )
        super().__init__(session, label)
        self.annotations = tuple(annotations)

    def redo(self) -> None:
        self._run(lambda: self.session.store.delete_annotations(a.id for a in self.annotations))

    def undo(self) -> None:
        self._run(lambda: self.session.store.restore_annotations(self.annotations))


class ImportSourcesCommand(StoreCommand):
    """Sources already written by an import; undo removes them, redo restores them."""

    def __init__(
        self, session: Session, source_ids: Sequence[SourceId], titles: Sequence[str]
    ) -> None:
        label = (
            QCoreApplication.translate("Commands", "Import '%1'").replace("%1", short(titles[0]))
            if len(source_ids) == 1
            else QCoreApplication.translate("Commands", "Import %n sources").replace(
                "%n", str(len(source_ids))
            )
        )
        super().__init__(session, label)
        self.source_ids = tuple(source_ids)
        self.snapshots: list[SourceSnapshot] = []
        self.done = True  # the import itself wrote them; the first redo only reports

    def redo(self) -> None:
        store = self.session.store
        if self.done:
            self.done = False
            for sid in self.source_ids:
                self.session.emit_change(Change(ChangeKind.SOURCE_ADDED, source_ids=(sid,)))
            return
        snapshots, self.snapshots = self.snapshots, []
        self._run(lambda: [store.restore_source(s) for s in snapshots])

    def undo(self) -> None:
        store = self.session.store

        def remove() -> list[Change]:
            self.snapshots = [store.source_snapshot(sid) for sid in self.source_ids]
            with store.db.atomic():
                return [store.delete_source(sid) for sid in reversed(self.source_ids)]

        self._run(remove)


class EditSourceCommand(StoreCommand):
    """Change a source's title, URL, publication date or language."""

    def __init__(self, session: Session, before: Source, **fields: Any) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit properties of '%1'").replace(
                "%1", short(before.title)
            ),
        )
        self.before = before
        self.fields = fields

    def redo(self) -> None:
        self._run(lambda: self.session.store.update_source(self.before.id, **self.fields))

    def undo(self) -> None:
        self._run(lambda: self.session.store.restore_source_fields(self.before))


class AddTagCommand(StoreCommand):
    def __init__(self, session: Session, *, name: str, colour: str, shortcut: str | None) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Add tag '%1'").replace("%1", short(name)),
        )
        self.fields: dict[str, Any] = {
            "name": name,
            "colour": colour,
            "shortcut": shortcut,
            "kind": TagKind.USER,
        }
        self.tag_id: TagId | None = None

    def redo(self) -> None:
        def add() -> Change:
            change = self.session.store.add_tag(**self.fields, tag_id=self.tag_id)
            self.tag_id = change.tag_ids[0]
            return change

        self._run(add)

    def undo(self) -> None:
        if self.tag_id is not None:
            tag_id = self.tag_id
            self._run(lambda: self.session.store.delete_tag(tag_id))


class EditTagCommand(StoreCommand):
    def __init__(self, session: Session, before: Tag, **fields: Any) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Edit tag '%1'").replace(
                "%1", short(before.name)
            ),
        )
        self.before = before
        self.fields = fields

    def redo(self) -> None:
        self._run(lambda: self.session.store.update_tag(self.before.id, **self.fields))

    def undo(self) -> None:
        b = self.before
        self._run(
            lambda: self.session.store.update_tag(
                b.id, name=b.name, colour=b.colour, shortcut=b.shortcut
            )
        )


class DeleteTagCommand(StoreCommand):
    def __init__(self, session: Session, snapshot: TagSnapshot) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Delete tag '%1'").replace(
                "%1", short(tag_label(snapshot.tag))
            ),
        )
        self.snapshot = snapshot

    def redo(self) -> None:
        self._run(lambda: self.session.store.delete_tag(self.snapshot.tag.id))

    def undo(self) -> None:
        self._run(lambda: self.session.store.restore_tag(self.snapshot))

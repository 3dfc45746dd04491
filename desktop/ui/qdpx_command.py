"""Undoing a REFI-QDA import as one step.

The import itself (``qdpx_store.import_qdpx``, in a worker on its own connection) wrote
sources, tags, annotations on sources the project already had, and entity links, in one
transaction. ``ImportQdpxCommand`` records that: its first redo only announces what was
added; undo removes all of it in one transaction (entity links and new entities first,
then the annotations on reused sources, the sources, the tags), keeping snapshots so redo
puts back the same rows with the same ids.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.entity_store import EntityStore
from desktop.core.importing.qdpx_store import QdpxReport
from desktop.core.models import Annotation, Change, ChangeKind, SourceSnapshot, TagSnapshot
from desktop.ui.commands import StoreCommand, short

if TYPE_CHECKING:
    from desktop.ui.session import Session


class ImportQdpxCommand(StoreCommand):
    """What an import of a .qdpx added; undo removes it, redo restores it."""

    def __init__(self, session: Session, report: QdpxReport, name: str) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Import '%1'").replace("%1", short(name)),
        )
        self.report = report
        self.sources: list[SourceSnapshot] = []
        self.tags: list[TagSnapshot] = []
        self.annotations: list[Annotation] = []
        self.done = True  # the import wrote everything; the first redo only reports

    def _changes(self) -> list[Change]:
        r = self.report
        changes = [Change(ChangeKind.SOURCE_ADDED, source_ids=(s,)) for s in r.sources_added]
        if r.tags_added:
            changes.append(Change(ChangeKind.TAGS_CHANGED, tag_ids=tuple(r.tags_added)))
        if r.annotations_added:
            changes.append(
                Change(
                    ChangeKind.ANNOTATIONS_ADDED,
                    source_ids=tuple(r.sources_reused),
                    annotation_ids=tuple(r.annotations_added),
                )
            )
        if r.entity_edit is not None:
            changes.append(r.entity_edit.change)
        return changes

    def redo(self) -> None:
        if self.done:
            self.done = False
            for change in self._changes():
                self.session.emit_change(change)
            return
        store = self.session.store

        def restore() -> list[Change]:
            with store.db.atomic():
                for tag in self.tags:
                    store.restore_tag(tag)
                for source in self.sources:
                    store.restore_source(source)
                store.restore_annotations(self.annotations)
                edit = self.report.entity_edit
                if edit is not None:
                    EntityStore(store).restore(edit, edit.after)
            return self._changes()

        self._run(restore)

    def undo(self) -> None:
        store = self.session.store
        r = self.report

        def remove() -> list[Change]:
            with store.db.atomic():
                edit = r.entity_edit
                if edit is not None:
                    EntityStore(store).restore(edit, edit.before)
                self.annotations = store.annotations(ids=r.annotations_added, status=None)
                if self.annotations:
                    store.delete_annotations(a.id for a in self.annotations)
                self.sources = [store.source_snapshot(s) for s in r.sources_added]
                for source_id in reversed(r.sources_added):
                    store.delete_source(source_id)
                self.tags = [store.tag_snapshot(t) for t in r.tags_added]
                for tag_id in reversed(r.tags_added):
                    store.delete_tag(tag_id)
            changes = [Change(ChangeKind.SOURCE_REMOVED, source_ids=(s,)) for s in r.sources_added]
            if self.annotations:
                changes.append(
                    Change(
                        ChangeKind.ANNOTATIONS_REMOVED,
                        source_ids=tuple(r.sources_reused),
                        annotation_ids=tuple(a.id for a in self.annotations),
                    )
                )
            if r.tags_added:
                changes.append(Change(ChangeKind.TAGS_CHANGED, tag_ids=tuple(r.tags_added)))
            if edit is not None:
                changes.append(edit.change)
            return changes

        self._run(remove)

"""Merging a colleague's bundle into an open project, in one transaction.

Everything is checked first (``read_bundle``); then, in one transaction (any error or a
cancel rolls all of it back):

- **tags** are matched by kind for built-in ones and by name for the others; missing ones
  are added (without a shortcut already taken here);
- **sources** are matched by the SHA-256 of their original bytes; new ones are added with
  the bundle's text;
- **annotations** are matched by identity (``core.origins``). A known one is compared by
  version history: theirs is one we already had → ours stays; ours is one they had →
  theirs is taken; otherwise both sides changed it → a **conflict**: theirs is added as a
  second annotation beside ours and flagged (``core.conflicts``), until the user keeps one.
  An unknown one is placed on our text by quote and position (``reanchor``): if we already
  have an annotation of the same tag on the same passage it is the same one (a pending
  suggestion of ours takes their decision; different values are a conflict), else it is
  added. One whose quote is not in our text is an **orphan**: listed, not added. Nothing
  is ever added twice: merging the same bundle again changes nothing;
- **entities** are matched by name or other name (same kind); their names are added to
  ours and their mentions linked where ours have no link;
- **events**: their members join our event when some already are in one, or make one;
- **claims** (``bundle_claims_merge``): their verdicts arrive as imported verdicts.

A merge never deletes: an annotation they removed stays here.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from desktop.core.anchoring import selector_for
from desktop.core.entities import EntityType, name_key
from desktop.core.entity_reads import EntityReader
from desktop.core.event_store import EventStore
from desktop.core.importing import bundle_claims_merge
from desktop.core.importing.bundle import (
    Bundle,
    BundleAnnotation,
    BundleSource,
    ImportCancelled,
    Progress,
    read_bundle,
)
from desktop.core.importing.bundle_common import (
    MergeConflict,
    MergeReport,
    Orphan,
    place,
    stamp_of,
    w3c_version,
)
from desktop.core.models import Annotation, AnnotationId, AnnotationStatus, SourceId, TagId
from desktop.core.origins import Origins, annotation_version
from desktop.core.reanchor import Anchorer
from desktop.core.store import Store, now


def conflict_identity(their_uuid: str, their_version: str) -> str:
    """The identity of the second annotation a conflict adds: one per version of theirs."""
    return str(uuid.uuid5(uuid.UUID(their_uuid), their_version))


def merge(
    store: Store,
    bundle_path: Path | Bundle,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    who: str | None = None,
) -> MergeReport:
    """Merge the bundle at ``bundle_path`` (or one already read) into ``store`` (module
    doc); all or nothing."""

    def step(done: int, total: int, what: str) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total, what)

    if isinstance(bundle_path, Bundle):
        bundle = bundle_path
    else:
        bundle = read_bundle(Path(bundle_path), progress=step)
    try:
        with store.db.atomic():
            return _Merger(store, bundle, step, who).run()
    except BaseException:
        # ids handed out inside the rolled-back transaction will be handed out again
        for cache in ("_texts", "_folded"):
            getattr(store, cache, {}).clear()
        raise


class _Merger:
    def __init__(
        self, store: Store, bundle: Bundle, step: Callable[[int, int, str], None], who: str | None
    ) -> None:
        self.store = store
        self.db = store.db
        self.bundle = bundle
        self.step = step
        self.who = who
        self.report = MergeReport(bundle.name)
        self.origins = Origins(store)
        self.tag_ids: dict[str, TagId] = {}
        self.source_ids: dict[str, SourceId] = {}
        self.texts: dict[str, str] = {}
        self.anchorers: dict[str, Anchorer] = {}
        self.uuid_map: dict[str, AnnotationId] = {}
        """Their annotation identity -> the annotation here that is (now) the same."""
        self.entity_map: dict[int, int] = {}
        """Their entity id -> ours, for entities with a mention here."""

    def run(self) -> MergeReport:
        total = len(self.bundle.sources) + 5
        self._tags()
        for i, s in enumerate(self.bundle.sources):
            self.step(i, total, s.record["title"])
            self._source(s)
        done = len(self.bundle.sources)
        self.step(done, total, "annotations")
        self._annotations()
        self.step(done + 1, total, "entities")
        self._entities()
        self.step(done + 2, total, "events")
        self._events()
        self.step(done + 3, total, "claims")
        self.report.claims = bundle_claims_merge.merge_claims(
            self.store,
            self.bundle,
            self.uuid_map,
            self.source_ids,
            new_annotations=set(self.report.annotations_added),
            entity_map=self.entity_map,
            who=self.who,
        )
        self.step(done + 4, total, "")
        return self.report

    # ----------------------------------------------------------------- tags

    def _tags(self) -> None:
        local = self.store.tags()
        taken = {t.shortcut for t in local if t.shortcut}
        position = max((t.position for t in local), default=-1)
        for t in self.bundle.tags:
            found = next((x for x in local if x.builtin and t.builtin and x.kind is t.kind), None)
            found = found or next(
                (x for x in local if x.name.casefold() == t.name.casefold()), None
            )
            if found is not None:
                self.tag_ids[t.name.casefold()] = found.id
                continue
            position += 1
            shortcut = t.shortcut if t.shortcut not in taken else None
            cur = self.db.execute(
                "INSERT INTO tags(name, kind, colour, shortcut, builtin, position) "
                "VALUES (?, ?, ?, ?, 0, ?)",
                [t.name, t.kind.value, t.colour, shortcut, position],
            )
            tag_id = TagId(int(cur.lastrowid or 0))
            if shortcut is not None:
                taken.add(shortcut)
            self.tag_ids[t.name.casefold()] = tag_id
            self.report.tags_added.append(tag_id)

    # -------------------------------------------------------------- sources

    def _source(self, s: BundleSource) -> None:
        existing = self.store.source_with_sha(s.sha256)
        if existing is not None:
            self.source_ids[s.sha256] = existing.id
            self.texts[s.sha256] = self.store.source_text(existing.id)
            self.report.sources_matched += 1
            return
        r = s.record
        cur = self.db.execute(
            "INSERT INTO sources(title, url, published, published_how, published_confirmed, "
            "imported_at, sha256, filename, format, encoding, lang, size, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                r["title"],
                r["url"],
                r["published"],
                r["published_how"],
                int(r["published_confirmed"]),
                now(),
                s.sha256,
                r["filename"],
                r["format"],
                r["encoding"],
                r["lang"],
                len(s.original),
                s.text,
            ],
        )
        sid = SourceId(int(cur.lastrowid or 0))
        self.db.execute(
            "INSERT INTO source_originals(source_id, original) VALUES (?, ?)", [sid, s.original]
        )
        self.db.conn.executemany(
            'INSERT INTO furniture(source_id, start, "end", is_furniture, origin, reason) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(sid, a, b, int(f), o, why) for a, b, f, o, why in s.furniture],
        )
        self.source_ids[s.sha256] = sid
        self.texts[s.sha256] = s.text
        self.report.sources_added.append(sid)

    # ---------------------------------------------------------- annotations

    def _annotations(self) -> None:
        local = {a.id: a for a in self.store.annotations(status=None)}
        tags = {t.id: t for t in self.store.tags()}
        identities = self.origins.all_identities()
        histories = self.origins.histories(list(local.values()), tags)
        at_range: dict[tuple[int, int, int, int], list[Annotation]] = defaultdict(list)
        for a in local.values():
            at_range[(a.source_id, a.start, a.end, a.tag_id)].append(a)
        titles = {s.sha256: s.record["title"] for s in self.bundle.sources}
        for b in self.bundle.annotations:
            theirs = w3c_version(b)
            their_history = {*b.history, theirs}
            ours_id = identities.get(b.uuid)
            if ours_id is not None:
                ours = local[ours_id]
                mine = annotation_version(ours, tags[ours.tag_id])
                self.uuid_map[b.uuid] = ours_id
                if mine == theirs or theirs in histories.get(ours_id, ()):
                    self.origins.add_versions(ours_id, their_history)
                    self.report.annotations_unchanged += 1
                elif mine in their_history:
                    self._take_theirs(ours, b, their_history)
                else:
                    self._conflict(ours, b, theirs, their_history, identities, titles)
                continue
            sid = self.source_ids[b.source_sha]
            anchorer = self.anchorers.setdefault(b.source_sha, Anchorer(self.texts[b.source_sha]))
            where = place(self.texts[b.source_sha], b, anchorer)
            if where is None:
                self.report.orphans.append(Orphan(b.uuid, titles[b.source_sha], b.exact))
                continue
            tag_id = self.tag_ids[b.tag.name.casefold()]
            same = at_range.get((sid, where[0], where[1], tag_id), [])
            match = next(
                (m for m in same if annotation_version(m, tags[m.tag_id]) == theirs), None
            ) or next(iter(same), None)
            if match is None:
                new_id = self._insert(
                    b, sid, self.texts[b.source_sha], where, b.uuid, their_history
                )
                self.uuid_map[b.uuid] = new_id
                self.report.annotations_added.append(new_id)
                continue
            self.uuid_map[b.uuid] = match.id
            mine = annotation_version(match, tags[match.tag_id])
            undecided = match.status is AnnotationStatus.SUGGESTED
            if mine == theirs or b.status is AnnotationStatus.SUGGESTED:
                self.origins.add_versions(match.id, their_history)
                self.report.annotations_unchanged += 1
            elif undecided or mine in their_history:
                self._take_theirs(match, b, their_history)
            else:
                self._conflict(match, b, theirs, their_history, identities, titles)
        self._their_conflicts()

    def _insert(
        self,
        b: BundleAnnotation,
        source_id: SourceId,
        text: str,
        where: tuple[int, int],
        identity: str,
        history: set[str],
    ) -> AnnotationId:
        start, end = where
        sel = selector_for(text, start, end)
        cur = self.db.execute(
            'INSERT INTO annotations(source_id, tag_id, start, "end", quote, prefix, suffix, '
            "value, note, status, created, modified, basis) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                source_id,
                self.tag_ids[b.tag.name.casefold()],
                start,
                end,
                sel.quote,
                sel.prefix,
                sel.suffix,
                b.value,
                b.note,
                b.status.value,
                stamp_of(b.created),
                stamp_of(b.modified or b.created),
                b.basis.value if b.basis else None,
            ],
        )
        new_id = AnnotationId(int(cur.lastrowid or 0))
        self.origins.set_identity(new_id, identity)
        self.origins.add_versions(new_id, history)
        return new_id

    def _take_theirs(self, ours: Annotation, b: BundleAnnotation, history: set[str]) -> None:
        self.db.execute(
            "UPDATE annotations SET tag_id = ?, value = ?, note = ?, status = ?, basis = ?, "
            "modified = ? WHERE id = ?",
            [
                self.tag_ids[b.tag.name.casefold()],
                b.value,
                b.note,
                b.status.value,
                b.basis.value if b.basis else None,
                stamp_of(b.modified),
                ours.id,
            ],
        )
        self.origins.add_versions(ours.id, history)
        self.report.annotations_updated.append(ours.id)

    def _conflict(
        self,
        ours: Annotation,
        b: BundleAnnotation,
        theirs: str,
        history: set[str],
        identities: dict[str, AnnotationId],
        titles: dict[str, str],
    ) -> None:
        identity = conflict_identity(b.uuid, theirs)
        if identity in identities:  # this version of theirs is already here, flagged
            self.report.annotations_unchanged += 1
            return
        if self.source_ids[b.source_sha] == ours.source_id:
            text = self.texts[b.source_sha]
            where = place(text, b) or (ours.start, ours.end)
        else:  # the same annotation in another source here: theirs goes beside ours
            text = self.store.source_text(ours.source_id)
            where = (ours.start, ours.end)
        copy = self._insert(b, ours.source_id, text, where, identity, history)
        identities[identity] = copy
        self.db.execute(
            "INSERT INTO annotation_conflicts(annotation_id, other_id, bundle, other_by, created) "
            "VALUES (?, ?, ?, ?, ?)",
            [ours.id, copy, self.bundle.name, self.bundle.exported_by, now()],
        )
        self.report.conflicts.append(MergeConflict(ours.id, copy, titles[b.source_sha], ours.quote))

    def _their_conflicts(self) -> None:
        """Conflicts still open in their project, between annotations both sides have."""
        for c in self.bundle.conflicts:
            ours, theirs = self.uuid_map.get(c["ours"]), self.uuid_map.get(c["theirs"])
            if ours is None or theirs is None or ours == theirs:
                continue
            row = self.db.execute(
                "SELECT 1 FROM annotation_conflicts WHERE other_id = ? OR other_id = ?",
                [theirs, ours],
            ).fetchone()
            if row is None:
                self.db.execute(
                    "INSERT INTO annotation_conflicts(annotation_id, other_id, bundle, other_by, "
                    "created) VALUES (?, ?, ?, ?, ?)",
                    [ours, theirs, c["bundle"], c["other_by"], c["created"]],
                )

    # ------------------------------------------------------------- entities

    def _entities(self) -> None:
        reader = EntityReader(self.store)
        index: dict[tuple[bool, str], int] = {}
        places: dict[int, bool] = {}
        for entity in reader.entities():
            places[int(entity.id)] = entity.type is EntityType.PLACE
            index.setdefault((places[int(entity.id)], name_key(entity.name)), int(entity.id))
        for a in reader.aliases():
            if int(a.entity_id) in places:
                key = (places[int(a.entity_id)], name_key(a.alias))
                index.setdefault(key, int(a.entity_id))
        linked = {
            int(r[0]) for r in self.db.execute("SELECT annotation_id FROM annotation_entities")
        }
        for e in self.bundle.entities["entities"]:
            mentions = [self.uuid_map[m] for m in e["mentions"] if m in self.uuid_map]
            if not mentions:
                continue
            is_place = e["type"] == EntityType.PLACE.value
            names = [e["name"], *(a["alias"] for a in e["aliases"])]
            target = next(
                (index[(is_place, name_key(n))] for n in names if (is_place, name_key(n)) in index),
                None,
            )
            if target is None:
                cur = self.db.execute(
                    "INSERT INTO entities(name, type, note, lat, lon, created, modified) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [e["name"], e["type"], e["note"], e["lat"], e["lon"], e["created"], now()],
                )
                target = int(cur.lastrowid or 0)
                self.report.entities_added += 1
                have = {name_key(e["name"])}
            else:
                self.report.entities_matched += 1
                have = {name_key(n) for n in self._names(target)}
                self.db.execute(
                    "UPDATE entities SET note = COALESCE(note, ?), lat = COALESCE(lat, ?), "
                    "lon = COALESCE(lon, ?) WHERE id = ?",
                    [e["note"], e["lat"], e["lon"], target],
                )
            for alias, reason in [(e["name"], "merged")] + [
                (a["alias"], a["reason"]) for a in e["aliases"]
            ]:
                if name_key(alias) not in have:
                    have.add(name_key(alias))
                    self.db.execute(
                        "INSERT OR IGNORE INTO entity_aliases(entity_id, alias, reason) "
                        "VALUES (?, ?, ?)",
                        [target, alias, reason],
                    )
            self.entity_map[int(e["id"])] = target
            for known in have:
                index.setdefault((is_place, known), target)
            for aid in mentions:
                if int(aid) not in linked:
                    self.db.execute(
                        "INSERT INTO annotation_entities(annotation_id, entity_id) VALUES (?, ?)",
                        [aid, target],
                    )
                    linked.add(int(aid))
                    self.report.links_added += 1

    def _names(self, entity_id: int) -> list[str]:
        row = self.db.execute("SELECT name FROM entities WHERE id = ?", [entity_id]).fetchone()
        aliases = self.db.execute(
            "SELECT alias FROM entity_aliases WHERE entity_id = ?", [entity_id]
        )
        return [str(row[0]), *(str(a[0]) for a in aliases)]

    # --------------------------------------------------------------- events

    def _events(self) -> None:
        events = EventStore(self.store)
        for e in self.bundle.events["events"]:
            members = sorted({self.uuid_map[m] for m in e["members"] if m in self.uuid_map})
            if not members:
                continue
            owners = events.memberships(members)
            loose = [m for m in members if m not in owners]
            if not owners:
                cur = self.db.execute(
                    "INSERT INTO events(title, created, modified) VALUES (?, ?, ?)",
                    [e["title"], e["created"], now()],
                )
                target = int(cur.lastrowid or 0)
                self.report.events_added += 1
            else:
                target = int(min(owners.values()))
                if e["title"]:
                    self.db.execute(
                        "UPDATE events SET title = COALESCE(title, ?) WHERE id = ?",
                        [e["title"], target],
                    )
                if loose:
                    self.report.events_joined += 1
            self.db.conn.executemany(
                "INSERT INTO event_members(event_id, annotation_id) VALUES (?, ?)",
                [(target, m) for m in loose],
            )

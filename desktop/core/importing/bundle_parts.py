"""Checking the JSON parts of a bundle field by field, with messages naming the entry.

``Checker`` reads one entry's JSON and checks values; ``check_entities``, ``check_events``
and ``check_claims`` check whole parts against the annotations and sources the bundle
holds, so that importing them can trust every reference.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, Final, NoReturn

from desktop.core.entities import EntityType
from desktop.core.entity_records import HistoryAction
from desktop.core.errors import QT_TRANSLATE_NOOP, RecoupeError

_MAX_ID: Final = 2**62
_COLOUR: Final = re.compile(r"^#[0-9a-fA-F]{6}$")


class InvalidBundle(RecoupeError):
    """A bundle Recoupe refuses; nothing was written. ``subject`` is the bundle."""

    def __init__(self, path: Path, template: str, /, **params: object) -> None:
        self.path = Path(path)
        self.subject = str(path)
        super().__init__(template, **params)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


class Checker:
    """Checks the values of one entry of a bundle."""

    def __init__(self, path: Path, entry: str) -> None:
        self.path = Path(path)
        self.entry = entry

    def json(self, data: bytes) -> Any:
        try:
            return json.loads(data.decode("utf-8"), parse_constant=_reject_constant)
        except UnicodeDecodeError:
            raise InvalidBundle(
                self.path,
                QT_TRANSLATE_NOOP("Messages", "“{entry}” is not UTF-8 text"),
                entry=self.entry,
            ) from None
        except json.JSONDecodeError as e:
            raise InvalidBundle(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Messages", "“{entry}” is not valid JSON (line {line}, column {column})"
                ),
                entry=self.entry,
                line=e.lineno,
                column=e.colno,
            ) from None
        except (ValueError, RecursionError):
            raise InvalidBundle(
                self.path,
                QT_TRANSLATE_NOOP("Messages", "“{entry}” is not valid JSON"),
                entry=self.entry,
            ) from None

    def fail_field(self, field: str) -> NoReturn:
        raise InvalidBundle(
            self.path,
            QT_TRANSLATE_NOOP("Messages", "“{entry}” has an invalid value at “{field}”"),
            entry=self.entry,
            field=field,
        )

    def obj(self, value: Any, field: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail_field(field)
        return value

    def array(self, obj: dict[str, Any], key: str) -> list[Any]:
        value = obj.get(key)
        if not isinstance(value, list):
            self.fail_field(key)
        return value

    def text(self, obj: dict[str, Any], key: str) -> str:
        value = obj.get(key)
        if not isinstance(value, str):
            self.fail_field(key)
        return value

    def opt_text(self, obj: dict[str, Any], key: str) -> str | None:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            self.fail_field(key)
        return value

    def integer(self, obj: dict[str, Any], key: str) -> int:
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, int) or abs(value) > _MAX_ID:
            self.fail_field(key)
        return value

    def opt_integer(self, obj: dict[str, Any], key: str) -> int | None:
        return None if obj.get(key) is None else self.integer(obj, key)

    def id(self, obj: dict[str, Any], key: str) -> int:
        value = self.integer(obj, key)
        if value < 1:
            self.fail_field(key)
        return value

    def opt_id(self, obj: dict[str, Any], key: str) -> int | None:
        return None if obj.get(key) is None else self.id(obj, key)

    def flag(self, obj: dict[str, Any], key: str) -> bool:
        value = obj.get(key)
        if not isinstance(value, bool):
            self.fail_field(key)
        return value

    def opt_float(self, obj: dict[str, Any], key: str) -> float | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.fail_field(key)
        return float(value)

    def choice(self, obj: dict[str, Any], key: str, choices: Collection[str]) -> str:
        value = obj.get(key)
        if value not in choices:
            self.fail_field(key)
        return str(value)

    def opt_choice(self, obj: dict[str, Any], key: str, choices: Collection[str]) -> str | None:
        return None if obj.get(key) is None else self.choice(obj, key, choices)

    def items(self, obj: dict[str, Any], key: str) -> list[dict[str, Any]]:
        """A list of objects."""
        return [self.obj(v, f"{key}[{i}]") for i, v in enumerate(self.array(obj, key))]

    def unique(self, values: Sequence[object], field: str) -> None:
        if len(set(values)) != len(values):
            self.fail_field(field)


# ------------------------------------------------------------------- parts


def check_entities(check: Checker, data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    """entities.json: entities with names, aliases and mentions of known annotations."""
    entities = check.items(data, "entities")
    types = [t.value for t in EntityType]
    for e in entities:
        check.id(e, "id")
        if not check.text(e, "name").strip():
            check.fail_field("name")
        check.choice(e, "type", types)
        check.opt_text(e, "note")
        lat, lon = check.opt_float(e, "lat"), check.opt_float(e, "lon")
        if (lat is not None and not -90 <= lat <= 90) or (
            lon is not None and not -180 <= lon <= 180
        ):
            check.fail_field("lat")
        check.text(e, "created")
        check.text(e, "modified")
        for a in check.items(e, "aliases"):
            if not check.text(a, "alias").strip():
                check.fail_field("alias")
            check.opt_text(a, "reason")
        mentions = check.array(e, "mentions")
        if not all(isinstance(m, str) and m in known for m in mentions):
            check.fail_field("mentions")
    check.unique([e["id"] for e in entities], "entities.id")
    mentioned = [m for e in entities for m in e["mentions"]]
    check.unique(mentioned, "mentions")
    history = check.items(data, "history")
    actions = [a.value for a in HistoryAction]
    for h in history:
        check.id(h, "id")
        check.text(h, "at")
        check.choice(h, "action", actions)
        ids = check.array(h, "entity_ids")
        if not all(isinstance(i, int) and not isinstance(i, bool) and i > 0 for i in ids):
            check.fail_field("entity_ids")
        check.obj(h.get("detail"), "detail")
    check.unique([h["id"] for h in history], "history.id")
    return {"entities": entities, "history": history}


def check_events(check: Checker, data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    """events.json: user events whose members are known annotations, each in one event."""
    events = check.items(data, "events")
    for e in events:
        check.id(e, "id")
        check.opt_text(e, "title")
        check.text(e, "created")
        check.text(e, "modified")
        members = check.array(e, "members")
        if not all(isinstance(m, str) and m in known for m in members):
            check.fail_field("members")
    check.unique([e["id"] for e in events], "events.id")
    check.unique([m for e in events for m in e["members"]], "members")
    return {"events": events}


def _opt_known(check: Checker, row: dict[str, Any], key: str, known: set[str]) -> None:
    value = row.get(key)
    if value is not None and (not isinstance(value, str) or value not in known):
        check.fail_field(key)


def check_claims(check: Checker, data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    """claims.json: every table's rows typed, and their references resolved."""
    statuses = check.items(data, "statuses")
    for s in statuses:
        check.id(s, "id")
        check.opt_text(s, "key")
        if not check.text(s, "name").strip() or not _COLOUR.match(check.text(s, "colour")):
            check.fail_field("statuses")
        check.integer(s, "position")
        rating = check.opt_integer(s, "rating")
        if rating is not None and not 1 <= rating <= 5:
            check.fail_field("rating")
    status_ids = {s["id"] for s in statuses}
    check.unique([s["id"] for s in statuses], "statuses.id")
    check.unique([s["name"].casefold() for s in statuses], "statuses.name")
    if not statuses:
        check.fail_field("statuses")

    def status(row: dict[str, Any], key: str, optional: bool = True) -> None:
        value = check.opt_id(row, key) if optional else check.id(row, key)
        if value is not None and value not in status_ids:
            check.fail_field(key)

    claims = check.items(data, "claims")
    for c in claims:
        check.id(c, "annotation_id")
        _opt_known(check, c, "claim", known)
        for key in ("summary", "claimant_text", "said_on"):
            check.opt_text(c, key)
        check.opt_id(c, "claimant_entity_id")
        status(c, "status_id")
        check.text(c, "modified")
    check.unique([c["annotation_id"] for c in claims], "claims.annotation_id")
    evidence = check.items(data, "evidence")
    for v in evidence:
        check.id(v, "id")
        check.id(v, "claim_id")
        check.id(v, "source_id")
        _opt_known(check, v, "claim", known)
        check.text(v, "source")
        if not 0 <= check.integer(v, "start") < check.integer(v, "end"):
            check.fail_field("start")
        for key in ("quote", "prefix", "suffix", "created", "created_by"):
            check.text(v, key)
        check.choice(v, "relation", ["supports", "contradicts", "context"])
        check.opt_text(v, "note")
    check.unique([v["id"] for v in evidence], "evidence.id")
    sessions = check.items(data, "sessions")
    for s in sessions:
        check.id(s, "id")
        check.text(s, "reviewer")
        check.text(s, "queue")
        for key in ("source_ids", "claim_ids"):
            if not all(isinstance(i, int) and not isinstance(i, bool) for i in check.array(s, key)):
                check.fail_field(key)
        check.integer(s, "position")
        check.text(s, "started")
        check.opt_text(s, "finished")
    session_ids = {s["id"] for s in sessions}
    check.unique([s["id"] for s in sessions], "sessions.id")
    verdicts = check.items(data, "verdicts")
    for v in verdicts:
        check.id(v, "id")
        check.id(v, "claim_id")
        _opt_known(check, v, "claim", known)
        check.text(v, "reviewer")
        status(v, "status_id", optional=False)
        status(v, "previous_status_id")
        check.text(v, "created")
        check.flag(v, "final")
        for key in ("rationale", "decided_by", "imported_from", "withdrawn_at", "withdrawn_by"):
            check.opt_text(v, key)
        session = check.opt_id(v, "session_id")
        if session is not None and session not in session_ids:
            check.fail_field("session_id")
    check.unique([v["id"] for v in verdicts], "verdicts.id")
    audit = check.items(data, "audit_log")
    for a in audit:
        check.id(a, "id")
        for key in ("at", "who", "action", "object_kind"):
            check.text(a, key)
        check.opt_integer(a, "object_id")
        check.opt_integer(a, "claim_id")
        for key in ("field", "old", "new", "claim"):
            check.opt_text(a, key)
    check.unique([a["id"] for a in audit], "audit_log.id")
    dismissed = check.items(data, "dismissed_contradictions")
    for d in dismissed:
        for key in ("key", "who", "at"):
            check.text(d, key)
    check.unique([d["key"] for d in dismissed], "dismissed_contradictions.key")
    return {
        "statuses": statuses,
        "claims": claims,
        "evidence": evidence,
        "sessions": sessions,
        "verdicts": verdicts,
        "audit_log": audit,
        "dismissed_contradictions": dismissed,
    }

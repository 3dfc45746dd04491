"""The W3C Web Annotation test suite's MUST assertions as jsonschema validators.

``annotationMusts.test`` lists the assertion schemas a conforming annotation must pass;
each is draft-04 and refers to the shared ``definitions/*.json`` by relative name. Formats
are checked here ("uri": an absolute IRI; "date-time": RFC 3339 with a zone) because
jsonschema checks them only when optional packages are installed.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SCHEMAS = Path(__file__).resolve().parents[1] / "standards" / "w3c-web-annotation" / "test-schemas"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")

formats = FormatChecker()


@formats.checks("uri")
def _is_uri(value: object) -> bool:
    return not isinstance(value, str) or bool(_SCHEME.match(value))


@formats.checks("date-time")
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", value):
        return False
    datetime.fromisoformat(value.replace("Z", "+00:00"))
    return True


@cache
def must_validators() -> dict[str, Draft4Validator]:
    registry: Registry[Any] = Registry()
    for path in sorted((SCHEMAS / "definitions").glob("*.json")):
        schema = json.loads(path.read_text(encoding="utf-8"))
        registry = registry.with_resource(schema["id"], Resource(schema, DRAFT4))
    listed = json.loads((SCHEMAS / "annotations" / "annotationMusts.test").read_text())
    validators = {}
    for name in listed["assertions"]:
        schema = json.loads((SCHEMAS / name).read_text(encoding="utf-8"))
        assert schema["assertionType"] == "must" and schema["expectedResult"] == "valid"
        validators[name] = Draft4Validator(schema, registry=registry, format_checker=formats)
    return validators


def must_failures(annotation: dict[str, Any]) -> list[str]:
    """Names of the MUST assertions the annotation fails, with the first error of each."""
    failed = []
    for name, validator in must_validators().items():
        errors = list(validator.iter_errors(annotation))
        if errors:
            failed.append(f"{name}: {errors[0].message}")
    return failed

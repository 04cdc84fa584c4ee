"""Minimal valid values for OpenAPI 3.0 schemas: what the sandbox answers, and what tests send.

"Minimal" means: required properties only (all properties with ``full=True``), empty arrays unless a
minimum is set, the first enum value, the smallest number allowed, a string that satisfies length,
format and the simple patterns the partner uses.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from typing import Any

from wawex_partner_api.partner_spec import resolve

_FORMATS: dict[str, Callable[[], str]] = {
    "uuid": lambda: str(uuid.uuid4()),
    "date": lambda: "2025-01-01",
    "date-time": lambda: "2025-01-01T00:00:00Z",
    "email": lambda: "person@example.com",
    "uri": lambda: "https://example.com",
    "decimal": lambda: "1",
}


def value_for(
    spec: dict[str, Any],
    schema: dict[str, Any] | None,
    *,
    full: bool = False,
    request: bool = False,
    depth: int = 0,
) -> Any:
    """A value valid against ``schema`` (within ``spec``, for references): for a request body
    (``readOnly`` properties left out) or a response (``writeOnly`` ones left out)."""
    if not schema:
        return {}
    schema = resolve(spec, schema)
    if depth > 12:
        return None if schema.get("nullable") else {}
    for combinator in ("allOf", "oneOf", "anyOf"):
        if combinator in schema:
            parts = [resolve(spec, part) for part in schema[combinator]]
            if combinator != "allOf":
                return value_for(spec, parts[0], full=full, request=request, depth=depth + 1)
            merged: dict[str, Any] = {}
            for part in parts:
                value = value_for(spec, part, full=full, request=request, depth=depth + 1)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
    if "enum" in schema:
        return schema["enum"][0]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type") or ("object" if "properties" in schema else None)
    if kind == "object" or kind is None:
        required, hidden = set(schema.get("required", [])), "readOnly" if request else "writeOnly"
        return {
            name: value_for(spec, prop, full=full, request=request, depth=depth + 1)
            for name, prop in (schema.get("properties") or {}).items()
            if (full or name in required) and not resolve(spec, prop).get(hidden, False)
        }
    if kind == "array":
        count = max(int(schema.get("minItems", 0)), 1 if full else 0)
        return [value_for(spec, schema.get("items"), full=full, request=request, depth=depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        low = schema.get("minimum", 1)
        low = low + 1 if schema.get("exclusiveMinimum") else low
        return int(low) if kind == "integer" else float(low)
    if kind == "boolean":
        return False
    return _string(schema)


def _string(schema: dict[str, Any]) -> str:
    make = _FORMATS.get(schema.get("format", ""))
    text = make() if make else "text"
    pattern = schema.get("pattern")
    if pattern and not re.search(pattern, text):
        text = _for_pattern(pattern)
    minimum, maximum = int(schema.get("minLength", 0)), schema.get("maxLength")
    if len(text) < minimum:
        text = text + "x" * (minimum - len(text))
    if maximum is not None:
        text = text[: int(maximum)]
    return text


def _for_pattern(pattern: str) -> str:
    """The partner's patterns are simple character classes with counts; try a few candidates."""
    candidates = ("AB", "AB12", "DE0001234567", "DE89370400440532013000", "A", "1", "12345", "ab", "ABCDEFGH")
    for candidate in candidates:
        if re.fullmatch(pattern.strip("^$"), candidate) or re.search(pattern, candidate):
            return candidate
    return "text"

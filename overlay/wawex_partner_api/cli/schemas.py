"""Values checked against the partner's schemas (OpenAPI 3.0, so JSON Schema draft 4 plus ``nullable``).

The bundled spec is registered once as a JSON Schema resource, its local references made absolute, so any
schema of it (a parameter's, a request body's) can be checked on its own. Formats checked: ``uuid`` (the
canonical 8-4-4-4-12 form), ``date-time`` (RFC 3339, with an offset) and ``date``.
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterator
from typing import Any

import jsonschema
from jsonschema import Draft4Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from wawex_partner_api.cli.specview import spec

BASE = "urn:wawex-partner-api:openapi.json"
UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
DATE_TIME = re.compile(r"\d{4}-\d\d-\d\d[Tt]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)")
DATE = re.compile(r"\d{4}-\d\d-\d\d")
FORMAT_HINTS = {
    "uuid": "a UUID (8-4-4-4-12 hexadecimal digits)",
    "date-time": "an RFC 3339 date-time with an offset, e.g. 2025-01-31T09:30:00Z",
    "date": "a date, e.g. 2025-01-31",
}

formats = FormatChecker(formats=())


@formats.checks("uuid")
def _is_uuid(value: object) -> bool:
    return not isinstance(value, str) or bool(UUID.fullmatch(value))


@formats.checks("date-time", raises=ValueError)
def _is_date_time(value: object) -> bool:
    if not isinstance(value, str):
        return True
    return bool(DATE_TIME.fullmatch(value)) and datetime.datetime.fromisoformat(value.upper()) is not None


@formats.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or (
        bool(DATE.fullmatch(value)) and datetime.date.fromisoformat(value) is not None
    )


def _nullable_type(validator: Any, types: Any, instance: Any, schema: dict[str, Any]) -> Iterator[Any]:
    """OpenAPI 3.0's ``nullable: true`` admits null besides the declared type."""
    if instance is None and schema.get("nullable"):
        return
    yield from Draft4Validator.VALIDATORS["type"](validator, types, instance, schema)


OpenAPI30Validator = jsonschema.validators.extend(Draft4Validator, {"type": _nullable_type})  # type: ignore[no-untyped-call]


def _absolute(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            key: f"{BASE}{value}"
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolute(value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute(value) for value in node]
    return node


@functools.cache
def _registry() -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(_absolute(spec()), default_specification=DRAFT4)
    registry: Registry[Any] = Registry().with_resource(BASE, resource)
    return registry


def problems(schema: dict[str, Any], value: Any, where: str) -> list[str]:
    """What is wrong with ``value`` against ``schema`` (a schema of the bundled spec), one message each,
    each starting with where: ``body.mainAddress.zip: 123 is not of type 'string'``."""
    validator = OpenAPI30Validator(_absolute(schema), registry=_registry(), format_checker=formats)
    found = sorted(validator.iter_errors(value), key=lambda error: (list(map(str, error.absolute_path)), error.message))
    return [_message(error, where) for error in found]


def _message(error: jsonschema.ValidationError, where: str) -> str:
    path = where + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path)
    if error.validator == "format" and error.validator_value in FORMAT_HINTS:
        return f"{path}: {error.instance!r} is not {FORMAT_HINTS[str(error.validator_value)]}"
    if error.validator == "enum" and isinstance(error.validator_value, list):
        allowed = ", ".join(str(value) for value in error.validator_value)
        return f"{path}: {error.instance!r} is not one of {allowed}"
    return f"{path}: {error.message}"

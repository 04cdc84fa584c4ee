"""Each operation as the bundled partner spec describes it: parameters, request body, success answer.

The spec is ``wawex_partner_api_client/openapi.json`` (``partner_spec.load_partner_spec``), read once per
process and only by the commands that need it (``describe``, ``call``). Operations are found through the
generated metadata (``OPERATIONS``: path and method), never listed here.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from wawex_partner_api.partner_spec import load_partner_spec, resolve
from wawex_partner_api_client.metadata import OperationMetadata

CLIENT_HEADERS = frozenset({"requestor-id", "content-type", "accept", "authorization"})
"""Header parameters the client sets itself (Requestor-ID from ``--requestor``); not ``-p`` parameters."""
MAX_DEPTH = 6


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    description: str


@dataclass(frozen=True)
class Body:
    media_type: str
    required: bool
    schema: dict[str, Any]
    """As the spec writes it (a ``$ref`` kept: its name is the body's type)."""


@dataclass(frozen=True)
class Answer:
    status: int | None
    """The first documented 2xx status; None when the partner's page shows no success answer."""
    media_type: str | None
    schema: dict[str, Any] | None


@dataclass(frozen=True)
class OperationView:
    facts: OperationMetadata
    summary: str
    parameters: tuple[Parameter, ...]
    body: Body | None
    answer: Answer
    paginated: bool
    """Cursor-paginated: ``cursor`` and ``limit`` parameters, and a ``{data, pagination}`` answer."""


@functools.cache
def spec() -> dict[str, Any]:
    return load_partner_spec()


def view(facts: OperationMetadata) -> OperationView:
    document = spec()
    item = document["paths"][facts.path]
    operation = item[facts.method.lower()]
    parameters = tuple(
        Parameter(
            name=found["name"],
            location=found["in"],
            required=bool(found.get("required")) or found["in"] == "path",
            schema=resolve(document, found.get("schema") or {}),
            description=" ".join(str(found.get("description") or "").split()),
        )
        for found in (resolve(document, raw) for raw in [*item.get("parameters", []), *operation.get("parameters", [])])
        if not (found["in"] == "header" and found["name"].lower() in CLIENT_HEADERS)
    )
    answer = _answer(document, operation)
    names = {parameter.name for parameter in parameters if parameter.location == "query"}
    shape = (resolve(document, answer.schema).get("properties") or {}) if answer.schema else {}
    return OperationView(
        facts=facts,
        summary=" ".join(str(operation.get("summary") or "").split()),
        parameters=parameters,
        body=_body(document, operation),
        answer=answer,
        paginated={"cursor", "limit"} <= names and {"data", "pagination"} <= shape.keys(),
    )


def _body(document: dict[str, Any], operation: dict[str, Any]) -> Body | None:
    if "requestBody" not in operation:
        return None
    body = resolve(document, operation["requestBody"])
    content = body.get("content") or {}
    media_type = "application/json" if "application/json" in content else next(iter(content), "application/json")
    schema = (content.get(media_type) or {}).get("schema") or {}
    return Body(media_type, bool(body.get("required")), schema)


def _answer(document: dict[str, Any], operation: dict[str, Any]) -> Answer:
    responses = operation.get("responses") or {}
    for status in sorted(code for code in responses if code.isdigit() and code.startswith("2")):
        content = resolve(document, responses[status]).get("content") or {}
        if not content:
            return Answer(int(status), None, None)
        media_type = "application/json" if "application/json" in content else next(iter(content))
        return Answer(int(status), media_type, (content[media_type] or {}).get("schema") or {})
    return Answer(None, None, None)


def type_name(schema: dict[str, Any] | None, depth: int = 0) -> str:
    """A schema's type in a few words: ``string (uuid)``, ``array of Customer``, ``CustomerData``, ``any``."""
    if not schema:
        return "any"
    named = schema["$ref"].rsplit("/", 1)[-1] if "$ref" in schema else None
    resolved = resolve(spec(), schema)
    kind = resolved.get("type") or ("object" if "properties" in resolved else None)
    if kind == "array" and depth < MAX_DEPTH:
        text = f"array of {type_name(resolved.get('items'), depth + 1)}"
    elif kind == "object" or (named and kind is None):
        text = named or "object"
    elif kind is None:
        text = "any"
    else:
        text = f"{kind} ({resolved['format']})" if resolved.get("format") else str(kind)
    return f"{text} or null" if resolved.get("nullable") else text


@dataclass(frozen=True)
class Field:
    path: str
    type: str
    required: bool
    values: tuple[str, ...]
    description: str


def fields(schema: dict[str, Any] | None, prefix: str = "", depth: int = 0) -> Iterator[Field]:
    """The properties of an object schema, nested ones as ``address.city`` and ``items[].name``."""
    resolved = resolve(spec(), schema or {})
    if depth > MAX_DEPTH:
        return
    if resolved.get("type") == "array" and resolved.get("items") is not None:
        yield from fields(resolved["items"], f"{prefix}[]." if prefix else "[].", depth + 1)
        return
    required = set(resolved.get("required") or ())
    for name, raw in (resolved.get("properties") or {}).items():
        prop = resolve(spec(), raw)
        if prop.get("readOnly"):
            continue  # never part of a request
        path = f"{prefix}{name}"
        yield Field(
            path=path,
            type=type_name(raw),
            required=name in required,
            values=tuple(str(value) for value in prop.get("enum") or ()),
            description=" ".join(str(prop.get("description") or "").split()),
        )
        if prop.get("type") == "array" and prop.get("items") is not None:
            yield from fields(prop["items"], f"{path}[].", depth + 1)
        elif prop.get("properties"):
            yield from fields(raw, f"{path}.", depth + 1)

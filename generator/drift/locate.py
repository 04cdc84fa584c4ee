"""Where a record is in the spec: its operation, its response, the response's JSON schema, and the node its path
leads to.

The operation is found by operationId; the response by status (the code, then its ``2XX`` range, then
``default``; an undocumented success status is read as the documented success, as the client reads it); then its
JSON media schema; then the record's path through local ``$ref``s, ``properties``, ``items``, typed maps
(``additionalProperties``) and every part of ``allOf`` / ``oneOf`` / ``anyOf``. ``$ref`` is followed before
anything else, so a change lands on the component schema that holds the node and one fix serves every operation
using it. Where ``oneOf`` / ``anyOf`` parts both declare a name, the first one is taken (a record does not say
which part an answer matched).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from generator.drift.records import SHORTHAND, WITHHELD, DriftRecord, Segment, render_path
from generator.spec_tree import iter_operations, resolve_local, unescape

FROM_DRIFT: Final = "x-drift"
UNION: Final = "anyOf"
"""The keyword of the union a wrapped body becomes: not ``oneOf``, since a documented body with no required field
and room for more keys also matches a wrapper, and either match is fine."""
"""The mark on every node a drift fix adds or rewrites (``observed``, ``wrapped``): later runs read it back."""

Where = tuple[str | int, ...]
"""A node of the spec as the keys leading to it from the root."""


def target(where: Where) -> str:
    """The RFC 9535 JSONPath of ``where``, as an overlay action's target (python-jsonpath evaluates it)."""
    return "$" + "".join(_selector(token) for token in where)


def _selector(token: str | int) -> str:
    if isinstance(token, int):
        return f"[{token}]"
    if SHORTHAND.fullmatch(token):
        return f".{token}"
    return f"[{string_literal(token)}]"


def string_literal(text: str) -> str:
    """``text`` as an RFC 9535 string literal."""
    escaped = "".join(
        "\\\\" if char == "\\" else "\\'" if char == "'" else f"\\u{ord(char):04x}" if ord(char) < 0x20 else char
        for char in text
    )
    return f"'{escaped}'"


class NotLocated(Exception):
    """Why a record has no place in the spec (reported, never proposed)."""


@dataclass(frozen=True)
class Site:
    """A node of the spec and where it is."""

    where: Where
    node: dict[str, Any]


@dataclass(frozen=True)
class Operation:
    path: str
    method: str
    node: dict[str, Any]

    @property
    def where(self) -> Where:
        return ("paths", self.path, self.method)


def operations_by_id(spec: dict[str, Any]) -> dict[str, Operation]:
    return {op["operationId"]: Operation(path, method, op) for path, method, op in iter_operations(spec)}


@dataclass(frozen=True)
class Context:
    """What locating and describing need besides the records: the spec as it stands, the sha256 of the current
    bundled spec, and per (operation, status) the path prefixes of wrappers seen (see ``in_body``)."""

    spec: dict[str, Any]
    spec_sha256: str
    operations: dict[str, Operation]
    wrappers: dict[tuple[str, int], list[tuple[Segment, ...]]] = field(default_factory=dict)

    def operation(self, record: DriftRecord) -> Operation:
        found = self.operations.get(record.key.operation)
        if found is None:
            raise NotLocated(f"the spec has no operation {record.key.operation}")
        return found


# --- responses --------------------------------------------------------------------------------------------------


def documented_status(operation: dict[str, Any], status: int) -> str | None:
    """The response key that documents ``status``: the code, its range, or ``default``."""
    responses = operation.get("responses") or {}
    for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
        if key in responses:
            return key
    return None


def success_status(operation: dict[str, Any]) -> str | None:
    return next((key for key in sorted(operation.get("responses") or {}) if key.startswith("2")), None)


def response(spec: dict[str, Any], operation: Operation, status: int) -> Site:
    key = documented_status(operation.node, status)
    if key is None and 200 <= status < 300:
        key = success_status(operation.node)
    if key is None:
        raise NotLocated(f"{operation.node['operationId']} documents no response for {status}")
    site = Site((*operation.where, "responses", key), operation.node["responses"][key])
    return resolved(spec, site)


def media_schema(spec: dict[str, Any], operation: Operation, status: int) -> Site:
    found = response(spec, operation, status)
    content = found.node.get("content") or {}
    media = "application/json" if "application/json" in content else next((m for m in content if "json" in m), None)
    if media is None or not isinstance(content[media].get("schema"), dict):
        raise NotLocated(f"{operation.node['operationId']} documents no JSON body for {found.where[-1]}")
    return Site((*found.where, "content", media, "schema"), content[media]["schema"])


def wrapped_union(schema: dict[str, Any]) -> list[Any] | None:
    """The parts of a body an earlier drift fix made a union of the documented body (first) and its wrappers."""
    parts = schema.get(UNION)
    return parts if schema.get(FROM_DRIFT) == "wrapped" and isinstance(parts, list) and parts else None


# --- schemas ----------------------------------------------------------------------------------------------------


def resolved(spec: dict[str, Any], site: Site) -> Site:
    """``site`` with its ``$ref`` chain followed (local references only)."""
    seen: set[str] = set()
    while isinstance(site.node.get("$ref"), str):
        ref = site.node["$ref"]
        if ref in seen:
            raise NotLocated(f"the reference {ref} leads back to itself")
        seen.add(ref)
        try:
            node = resolve_local(spec, ref)
        except KeyError:
            raise NotLocated(f"the reference {ref} does not resolve in the spec") from None
        if not isinstance(node, dict):
            raise NotLocated(f"the reference {ref} is not a schema")
        site = Site(tuple(unescape(token) for token in ref[2:].split("/")), node)
    return site


def parts(spec: dict[str, Any], site: Site) -> Iterator[Site]:
    """The schema at ``site`` (resolved) and, depth first, every part of its compositions."""
    seen: set[Where] = set()

    def visit(current: Site) -> Iterator[Site]:
        found = resolved(spec, current)
        if found.where in seen:
            return
        seen.add(found.where)
        yield found
        for keyword in ("allOf", "oneOf", "anyOf"):
            for index, part in enumerate(found.node.get(keyword) or []):
                if isinstance(part, dict):
                    yield from visit(Site((*found.where, keyword, index), part))

    return visit(site)


def member(spec: dict[str, Any], site: Site, name: str) -> Site | None:
    """The slot of property ``name`` of the object at ``site`` (a typed map's value slot where none declares it)."""
    composed = list(parts(spec, site))
    for part in composed:
        properties = part.node.get("properties")
        if isinstance(properties, dict) and isinstance(properties.get(name), dict):
            return Site((*part.where, "properties", name), properties[name])
    for part in composed:
        extra = part.node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            return Site((*part.where, "additionalProperties"), extra)
    return None


def items(spec: dict[str, Any], site: Site) -> Site | None:
    """The item slot of the list at ``site``."""
    for part in parts(spec, site):
        if isinstance(part.node.get("items"), dict):
            return Site((*part.where, "items"), part.node["items"])
    return None


def walk(spec: dict[str, Any], start: Site, segments: Sequence[Segment]) -> Site:
    """The schema slot ``segments`` lead to from ``start`` (its node as the parent holds it, ``$ref`` and all)."""
    site = start
    for depth, segment in enumerate(segments):
        if segment is WITHHELD:
            raise NotLocated(f"a member name the client withheld at {render_path(segments[:depth])} (not a field name)")
        found = member(spec, site, segment) if isinstance(segment, str) else items(spec, site)
        if found is None:
            where = render_path(segments[:depth])
            what = f"property {segment!r}" if isinstance(segment, str) else "list"
            raise NotLocated(f"the spec has no {what} at {where} ({label(spec, resolved(spec, site).where)})")
        site = found
    return site


def in_body(context: Context, record: DriftRecord, segments: Sequence[Segment]) -> Site:
    """Where ``segments`` lead in the documented body of the record's answer.

    The answers of one operation and status may come wrapped and unwrapped. Inside a wrapper the client's paths
    start with its prefix (``$.data…``, ``$[*]…``), so a path that leads nowhere is tried again without the
    prefix of a wrapper seen for that answer. Where an earlier drift fix made the body a union of the documented
    body and its wrappers, the path is walked from each part in turn, the documented one first: it leads into a
    wrapper only where it leads nowhere in the documented body (a wrapper's member may have the name of one of
    the documented body's, ``{"data": {"data": […]}}``), and a field new at the top lands in the documented body."""
    body = media_schema(context.spec, context.operation(record), record.key.status)
    union = wrapped_union(body.node)
    bodies = [
        Site((*body.where, UNION, index), part) for index, part in enumerate(union or []) if isinstance(part, dict)
    ]
    paths = [tuple(segments)]
    for prefix in context.wrappers.get((record.key.operation, record.key.status), []):
        if prefix and tuple(segments[: len(prefix)]) == prefix:
            paths.append(tuple(segments[len(prefix) :]))
    first: NotLocated | None = None
    for start in bodies or [body]:
        for path in paths:
            try:
                return walk(context.spec, start, path)
            except NotLocated as exc:
                first = first or exc
    assert first is not None
    raise first


def label(spec: dict[str, Any], where: Where) -> str:
    """A node as a person names it: ``Document.size``, ``get-documents 200 body.data[*]``."""
    if where[:2] == ("components", "schemas"):
        name, rest = str(where[2]), where[3:]
    elif where[:1] == ("paths",) and len(where) >= 8 and where[3] == "responses":
        name, rest = f"{spec['paths'][where[1]][where[2]]['operationId']} {where[4]} body", where[8:]
    else:
        return target(where)
    text, position = name, 0
    while position < len(rest):
        step = rest[position]
        if step == "properties" and position + 1 < len(rest):
            text += f".{rest[position + 1]}"
            position += 2
            continue
        if step in ("allOf", "oneOf", "anyOf"):
            position += 2
            continue
        text += {"items": "[*]", "additionalProperties": ".*"}.get(str(step), f".{step}")
        position += 1
    return text

"""Changes between two versions of one request or response schema (properties, required-ness,
types, enum values), classified for the direction the data travels (see ``generator.changes``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from generator.changes import Change, change
from generator.spec_tree import resolve_local

Direction = Literal["request", "response"]
_GENERALIZED = {("integer", "number")}  # request: a wider type still accepts what was sent before
_STRING_FORMATS = {"date": "date", "date-time": "datetime", "uuid": "UUID", "binary": "File"}
_PYTHON = {"integer": "int", "number": "float", "boolean": "bool", "array": "list", "object": "object"}


def resolve(spec: dict[str, Any], schema: Any) -> tuple[str | None, dict[str, Any]]:
    """Follow a chain of ``$ref``s; return the last component name on the way and the schema it ends at."""
    name: str | None = None
    seen: set[str] = set()
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        ref = schema["$ref"]
        if ref in seen:
            return name, {}  # a reference cycle; the pipeline refuses these, a stored spec may still hold one
        seen.add(ref)
        name = ref.rsplit("/", 1)[-1]
        schema = resolve_local(spec, ref)
    return name, schema if isinstance(schema, dict) else {}


def type_of(schema: dict[str, Any]) -> tuple[str, str] | None:
    kind = schema.get("type")
    return (str(kind), str(schema.get("format", ""))) if kind else None


def python_type(kind: tuple[str, str]) -> str:
    """The type openapi-python-client generates for (type, format): only some string formats change it."""
    return _STRING_FORMATS.get(kind[1], "str") if kind[0] == "string" else _PYTHON.get(kind[0], kind[0])


def closed_enum(schema: dict[str, Any]) -> list[Any] | None:
    """The enum's values, or None for an open value (no enum, or one whose values the pages do not show)."""
    values = schema.get("enum")
    return list(values) if isinstance(values, list) and not schema.get("x-partial") else None


def describe_type(schema: dict[str, Any]) -> str:
    kind = type_of(schema)
    return "untyped" if kind is None else kind[0] + (f" ({kind[1]})" if kind[1] else "")


@dataclass
class SchemaDiff:
    """Compares one operation's schemas in one direction; changes go to ``out``."""

    old_spec: dict[str, Any]
    new_spec: dict[str, Any]
    direction: Direction
    where: str
    out: list[Change]
    seen: set[tuple[str, str]] = field(default_factory=set)

    def compare(self, old: Any, new: Any, subject: str, path: str) -> None:
        old_name, old_schema = resolve(self.old_spec, old)
        new_name, new_schema = resolve(self.new_spec, new)
        if old_name and new_name:
            if old_name != new_name:
                self._add(
                    f"{self.direction}-schema-renamed",
                    old_name,
                    f"model `{old_name}` is now `{new_name}` (at {path})",
                )
            subject, path = new_name, new_name
        key = (f"{old_name or id(old_schema)}", f"{new_name or id(new_schema)}")
        if (old_name or new_name) and key in self.seen:
            return
        self.seen.add(key)
        if _alternative(old) or _alternative(new):
            self._alternatives(old, new, subject, path)
        self.scalar(old_schema, new_schema, subject, path, "property")
        self._properties(old_schema, new_schema, subject, path)
        if "items" in old_schema and "items" in new_schema:
            self.compare(old_schema["items"], new_schema["items"], subject, f"{path}[]")

    def _alternatives(self, old: Any, new: Any, subject: str, path: str) -> None:
        """A value that may be one of several things (``anyOf`` / ``oneOf``, ``nullable``; make spec-drift writes
        these): the generated type is a union, and it changed when the alternatives did."""
        before, after = alternatives(self.old_spec, old), alternatives(self.new_spec, new)
        if before == after:
            return
        if self.direction == "request":
            rule = "request-property-type-generalized" if before < after else "request-property-type-changed"
        else:
            rule = "response-property-type-changed"  # a reader now meets what it never had to handle
        self._add(rule, subject, f"`{path}`: {' or '.join(sorted(before))} -> {' or '.join(sorted(after))}")

    def _add(self, rule: str, subject: str, detail: str) -> None:
        self.out.append(change(rule, subject, detail, self.where))

    def scalar(self, old: dict[str, Any], new: dict[str, Any], subject: str, path: str, what: str) -> None:
        """Type and enum values of a property, or of a parameter (``what``)."""
        self._type(old, new, subject, path, what)
        self._enum(old, new, subject, path, what)

    def _type(self, old: dict[str, Any], new: dict[str, Any], subject: str, path: str, what: str) -> None:
        old_type, new_type = type_of(old), type_of(new)
        if old_type is None or new_type is None or old_type == new_type:
            return
        pair = (old_type[0], new_type[0])
        if python_type(old_type) == python_type(new_type):
            rule = f"{self.direction}-{what}-type-compatible"  # e.g. a number gains format decimal
        elif self.direction == "request":
            rule = f"request-{what}-type-generalized" if pair in _GENERALIZED else f"request-{what}-type-changed"
        else:
            specialized = (pair[1], pair[0]) in _GENERALIZED
            rule = "response-property-type-specialized" if specialized else "response-property-type-changed"
        self._add(rule, subject, f"`{path}`: {describe_type(old)} -> {describe_type(new)}")

    def _enum(self, old: dict[str, Any], new: dict[str, Any], subject: str, path: str, what: str) -> None:
        prefix = f"{self.direction}-{what}"
        old_values, new_values = closed_enum(old), closed_enum(new)
        if new_values is None:
            return
        if old_values is None:
            self._add(f"{prefix}-became-enum", subject, f"`{path}`: open value -> enum {new_values}")
            return
        for value in new_values:
            if value not in old_values:
                self._add(f"{prefix}-enum-value-added", subject, f"`{path}`: enum value {value!r} added")
        for value in old_values:
            if value not in new_values:
                self._add(f"{prefix}-enum-value-removed", subject, f"`{path}`: enum value {value!r} removed")

    def _properties(self, old: dict[str, Any], new: dict[str, Any], subject: str, path: str) -> None:
        old_props, new_props = _properties(self.old_spec, old), _properties(self.new_spec, new)
        if old_props is None or new_props is None:
            return
        old_required, new_required = _required(self.old_spec, old), _required(self.new_spec, new)
        request = self.direction == "request"
        for name in [*old_props, *(n for n in new_props if n not in old_props)]:
            where = f"`{path}.{name}`"
            if name not in new_props:
                required = name in old_required
                rule = (
                    "request-property-removed"
                    if request
                    else "response-required-property-removed"
                    if required
                    else "response-optional-property-removed"
                )
                self._add(rule, subject, f"{where} removed")
            elif name not in old_props:
                required = name in new_required
                rule = (
                    ("new-required-request-property" if required else "new-optional-request-property")
                    if request
                    else "response-property-added"
                )
                self._add(rule, subject, f"{where} added" + (" (required)" if required else ""))
            else:
                if (name in old_required) != (name in new_required):
                    became = "required" if name in new_required else "optional"
                    self._add(f"{self.direction}-property-became-{became}", subject, f"{where} became {became}")
                self.compare(old_props[name], new_props[name], subject, f"{path}.{name}")


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any] | None:
    """Properties of an object schema, allOf parts merged; None for a schema that is not an object."""
    if "properties" not in schema and "allOf" not in schema and schema.get("type") != "object":
        return None
    merged = dict(schema.get("properties") or {})
    for part in schema.get("allOf") or []:
        merged.update(_properties(spec, resolve(spec, part)[1]) or {})
    return merged


def _required(spec: dict[str, Any], schema: dict[str, Any]) -> set[str]:
    required = set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        required |= _required(spec, resolve(spec, part)[1])
    return required


def _alternative(schema: Any) -> bool:
    return isinstance(schema, dict) and bool(schema.get("anyOf") or schema.get("oneOf") or schema.get("nullable"))


def alternatives(spec: dict[str, Any], schema: Any) -> frozenset[str]:
    """What a value of ``schema`` may be, in words: a model by its name, a type, ``null``; a union's parts together."""
    if not isinstance(schema, dict):
        return frozenset({"any"})
    if isinstance(schema.get("$ref"), str):
        name, resolved = resolve(spec, schema)
        return frozenset({name or "any"}) | (frozenset({"null"}) if resolved.get("nullable") else frozenset())
    found: set[str] = set()
    for part in schema.get("anyOf") or schema.get("oneOf") or []:
        found |= alternatives(spec, part)
    if not (schema.get("anyOf") or schema.get("oneOf")):
        found.add(describe_type(schema) if type_of(schema) else "object" if "properties" in schema else "any")
    if schema.get("nullable"):
        found.add("null")
    return frozenset(found)

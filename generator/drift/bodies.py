"""Fixes to a response body as a whole, where the client (``wawex_partner_api.answers.answer``) found the answer
different from the documented response: the body came inside a wrapper, the status is not documented, or a body
came where none is documented.

A wrapped body becomes a union, ``anyOf: [<documented>, <wrapper>, …]``, not a replacement: a record only says
that some answers came wrapped, never that the documented shape stopped coming (as a type-mismatch adds the
observed type beside the documented one). The client's reader tries the parts in order, the documented one
first, so a client regenerated with it reads both shapes without drift. Every wrapping seen joins the union,
the most frequent first; a wrapping seen after an earlier drift fix made the union joins that union.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from generator.drift.actions import Action, Located, schema_of
from generator.drift.evidence import describe, page_note
from generator.drift.locate import (
    FROM_DRIFT,
    UNION,
    Context,
    NotLocated,
    Site,
    Where,
    documented_status,
    items,
    label,
    media_schema,
    resolved,
    response,
    success_status,
    target,
    wrapped_union,
)
from generator.drift.records import ITEMS, JSON_TYPES, DriftRecord, Segment, parse_path

# --- wrapped: the response's media schema ------------------------------------------------------------------------


@dataclass(frozen=True)
class Wrapping:
    """Where an answer held its documented body, as the client records it: ``member``, the one member of an object
    (``$.<name>``); ``list``, the one item of a list (``$[0]``); ``single``, the body was one item where the spec
    documents a list (``$``, observed object)."""

    form: Literal["member", "list", "single"]
    name: str = ""

    @classmethod
    def of(cls, record: DriftRecord) -> Wrapping:
        segments = parse_path(record.key.path)
        if len(segments) == 1 and isinstance(segments[0], str):
            return cls("member", segments[0])
        if len(segments) == 1:
            return cls("list")
        if not segments and record.key.observed == "object":
            return cls("single")
        raise NotLocated(
            f"a wrapping at {record.key.path} (observed {record.key.observed}) that the client never records"
        )

    @property
    def prefix(self) -> tuple[Segment, ...]:
        """How paths inside the wrapper begin."""
        return (self.name,) if self.form == "member" else (ITEMS,) if self.form == "list" else ()

    @property
    def words(self) -> str:
        if self.form == "member":
            return f"inside a one-key object {{{self.name!r}: …}}"
        if self.form == "list":
            return "inside a one-item list"
        return "as a single item where the spec documents a list"

    def schema(self, spec: dict[str, Any], documented: Site) -> dict[str, Any]:
        """The schema of a body that holds the ``documented`` one this way."""
        if self.form == "member":
            return {
                "type": "object",
                "properties": {self.name: copy.deepcopy(documented.node)},
                "required": [self.name],
            }
        if self.form == "list":
            return {"type": "array", "items": copy.deepcopy(documented.node)}
        item = items(spec, documented)
        if item is None:
            raise NotLocated(f"{label(spec, documented.where)} is not a list")
        return copy.deepcopy(item.node)

    def offered(self, union: list[Any], wrapper: dict[str, Any]) -> bool:
        """Whether the wrappers of ``union`` (its parts after the documented one) read a body wrapped this way.

        A member or list wrapper is recognised by its own shape, whatever became of the copy of the documented
        body inside it since (an inline body is copied, and later fixes may land in either copy)."""
        wrappers = [part for part in union[1:] if isinstance(part, dict)]
        if self.form == "member":
            return any(
                part.get("required") == [self.name] and self.name in (part.get("properties") or {}) for part in wrappers
            )
        if self.form == "list":
            return any(part.get("type") == "array" for part in wrappers)
        return wrapper in wrappers


def wrapper_prefixes(records: Iterable[DriftRecord]) -> dict[tuple[str, int], list[tuple[Segment, ...]]]:
    """Per (operation, status), how paths begin inside the wrappers its ``wrapped`` records name."""
    found: dict[tuple[str, int], list[tuple[Segment, ...]]] = {}
    for record in records:
        if record.key.kind == "wrapped":
            try:
                prefix = Wrapping.of(record).prefix
            except NotLocated:
                continue
            found.setdefault((record.key.operation, record.key.status), []).append(prefix)
    return found


def _documented_body(body: Site) -> Site:
    """The documented body of the media schema ``body``: itself, or the first part of a drift union."""
    union = wrapped_union(body.node)
    return Site((*body.where, UNION, 0), union[0]) if union else body


def wrapped_site(context: Context, record: DriftRecord) -> Site | None:
    body = media_schema(context.spec, context.operation(record), record.key.status)
    wrapping = Wrapping.of(record)
    wrapper = wrapping.schema(context.spec, _documented_body(body))
    union = wrapped_union(body.node)
    return None if union and wrapping.offered(union, wrapper) else body


def wrap(context: Context, where: Where, located: list[Located]) -> list[Action]:
    by_form: Counter[Wrapping] = Counter()
    for item in located:
        by_form[Wrapping.of(item.record)] += item.record.count
    forms = sorted(by_form, key=lambda w: (-by_form[w], w.form, w.name))
    records = [item.record for item in located]
    body = located[0].site
    documented = _documented_body(body)
    wrappers = [wrapping.schema(context.spec, documented) for wrapping in forms]
    name = label(context.spec, where)
    description = describe(
        f"{name} also comes {' or '.join(w.words for w in forms)}: every shape accepted (anyOf)",
        context,
        records,
        page_note(context, where, records, f"the body as {records[0].key.expected}"),
        "effect: the operation's generated return type becomes a union of the documented body and the "
        "wrapper(s); the documented shape stays first in it, since answers that fit it are never recorded and "
        "may still come",
    )
    if wrapped_union(body.node):
        return [Action("wrapped", target((*where, UNION)), description, update=wrappers)]
    union = {UNION: [copy.deepcopy(body.node), *wrappers], FROM_DRIFT: "wrapped"}
    return [
        Action("wrapped", target(where), description, remove=True),
        Action("wrapped", target(where[:-1]), description, update={"schema": union}),
    ]


# --- undocumented-status: the operation's responses --------------------------------------------------------------


def status_site(context: Context, record: DriftRecord) -> Site | None:
    operation = context.operation(record)
    if documented_status(operation.node, record.key.status) is not None:
        return None
    return Site((*operation.where, "responses", str(record.key.status)), operation.node)


def add_status(context: Context, where: Where, located: list[Located]) -> list[Action]:
    records = [item.record for item in located]
    operation, status = located[0].site.node, str(where[-1])
    answer: dict[str, Any] = {"description": "observed in answers, not documented", FROM_DRIFT: "observed"}
    effect = "effect: the generated operation handles the status (its body is not parsed)"
    success = success_status(operation)
    if status.startswith("2") and success is not None:
        documented = resolved(context.spec, Site((), operation["responses"][success])).node
        if documented.get("content"):
            answer["content"] = copy.deepcopy(documented["content"])
            effect = f"effect: read like {success} (same content); the generated return type gains the status"
    documented_statuses = ", ".join(sorted(operation.get("responses") or {}))
    description = describe(
        f"{operation['operationId']} answers {status}: documented",
        context,
        records,
        page_note(context, where[:-1], records, f"the statuses {documented_statuses}"),
        effect,
    )
    return [Action("undocumented-status", target(where[:-1]), description, update={status: answer})]


# --- undocumented-body: a response documented without one --------------------------------------------------------

BodyFields = dict[tuple[str, int], list[DriftRecord]]
"""Per (operation, status) of an undocumented body, the ``unknown-field`` records of its top-level fields."""


def body_site(context: Context, record: DriftRecord) -> Site | None:
    operation = context.operation(record)
    if record.key.observed not in JSON_TYPES:
        raise NotLocated(f"the body is {record.key.observed}, not JSON: nothing to type")
    found = response(context.spec, operation, record.key.status)
    return None if found.node.get("content") else found


def add_body(context: Context, where: Where, located: list[Located], fields: BodyFields) -> list[Action]:
    """The body's schema from the JSON types observed; an object's top-level ``fields`` (taken out of
    ``fields``, so no later step declares them again) become its properties."""
    body_records = [item.record for item in located]
    members = [
        r for key in sorted({(r.key.operation, r.key.status) for r in body_records}) for r in fields.pop(key, [])
    ]
    schema = schema_of(r.key.observed for r in body_records)
    if schema.get("type") == "object":
        observed_by_name: dict[str, list[str]] = {}
        for record in members:
            observed_by_name.setdefault(str(parse_path(record.key.path)[0]), []).append(record.key.observed)
        schema = {
            "type": "object",
            "properties": {name: schema_of(types) for name, types in sorted(observed_by_name.items())},
            FROM_DRIFT: "observed",
        }
    answers = ", ".join(sorted({f"{r.key.operation} {r.key.status}" for r in body_records}))
    description = describe(
        f"{answers} answers with a JSON body: documented",
        context,
        [*body_records, *members],
        page_note(context, where, body_records, f"no body for {where[-1]}"),
        "effect: the generated operation parses the body (types only: no field is required)",
    )
    update = {"content": {"application/json": {"schema": schema}}}
    return [Action("undocumented-body", target(where), description, update=update)]

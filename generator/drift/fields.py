"""Fixes inside a body, where the client's reader (``wawex_partner_api.answers.reading``) found a value or a field
that differed: a value's type or nullability, its format, an enum value, a field the spec does not declare, a
field the spec requires that did not come.

A type-mismatch adds the observed type beside the documented one (``anyOf``) rather than replacing it: a record
only says that some answers did not fit, never that the documented type stopped coming, and the same schema is
read for the other items of a list and for every operation that uses it.
"""

from __future__ import annotations

from typing import Any, Final

from generator.drift.actions import Action, Located, schema_of, types_in_words
from generator.drift.evidence import describe, page_note
from generator.drift.locate import (
    FROM_DRIFT,
    Context,
    NotLocated,
    Site,
    Where,
    in_body,
    label,
    member,
    parts,
    string_literal,
    target,
)
from generator.drift.records import ENUM_TOKEN, JSON_TYPES, DriftRecord, parse_path, render_path

DOCUMENTATION: Final = frozenset(
    {"description", "title", "readOnly", "writeOnly", "deprecated", "example", "externalDocs", "xml", "nullable"}
)
"""What stays on a schema whose documented type moves into ``anyOf`` beside the observed ones (with ``x-`` marks)."""

_REF_NOTE: Final = (
    "note: OpenAPI 3.0 ignores the siblings of a $ref, so the reference moves into allOf beside nullable (two actions)"
)


def _value_site(context: Context, record: DriftRecord) -> Site:
    return in_body(context, record, parse_path(record.key.path))


def _checked_types(record: DriftRecord) -> None:
    if record.key.observed not in JSON_TYPES:
        raise NotLocated(f"observed {record.key.observed!r} is not a JSON type")


def _named_field(context: Context, record: DriftRecord, what: str) -> tuple[str, Site]:
    """The name at the end of the record's path and the slot of the object that holds it."""
    segments = parse_path(record.key.path)
    if not segments or not isinstance(segments[-1], str):
        raise NotLocated(f"{what} at a path that does not end in a name")
    return segments[-1], in_body(context, record, segments[:-1])


# --- type-mismatch and null-value: the slot that holds the value -------------------------------------------------


def retype_site(context: Context, record: DriftRecord) -> Site | None:
    _checked_types(record)
    site = _value_site(context, record)
    composed = list(parts(context.spec, site))
    if record.key.kind == "null-value":
        return None if any(part.node.get("nullable") is True for part in composed) else site
    if not _documented(site.node) or any(_accepts(part.node.get("type"), record.key.observed) for part in composed):
        return None
    return site


def _documented(slot: dict[str, Any]) -> dict[str, Any]:
    """What of ``slot`` says which values it takes (empty: any value fits)."""
    return {key: value for key, value in slot.items() if key not in DOCUMENTATION and not key.startswith("x-")}


def _accepts(declared: Any, observed: str) -> bool:
    return declared == observed or (declared == "number" and observed == "integer")


def retype(context: Context, where: Where, located: list[Located]) -> list[Action]:
    slot = located[0].site.node
    records = [item.record for item in located]
    name = label(context.spec, where)
    mismatched = [r.key.observed for r in records if r.key.kind == "type-mismatch"]
    if not mismatched:
        page = page_note(context, where, records, f"`{name}` as {records[0].key.expected}, not nullable")
        headline = f"{name} is sometimes null: nullable"
        effect = "effect: the generated type becomes `… | None`"
        if "$ref" in slot:
            ref = slot["$ref"]
            description = describe(headline, context, records, page, effect, _REF_NOTE)
            return [
                Action("null-value", target((*where, "$ref")), description, remove=True),
                Action(
                    "null-value",
                    target(where),
                    description,
                    update={"allOf": [{"$ref": ref}], "nullable": True, FROM_DRIFT: "observed"},
                ),
            ]
        update = {"nullable": True, FROM_DRIFT: "observed"}
        return [Action("null-value", target(where), describe(headline, context, records, page, effect), update=update)]
    types = sorted(set(mismatched))
    nullable = len(mismatched) < len(records)
    added = [{key: value for key, value in schema_of([t]).items() if key != FROM_DRIFT} for t in types]
    expected = " or ".join(sorted({r.key.expected for r in records if r.key.kind == "type-mismatch"}))
    words = types_in_words([*types, *(["null"] if nullable else [])])
    page = page_note(context, where, records, f"`{name}` as {expected}")
    headline = f"{name} is {words} where the spec says {expected}: both accepted"
    effect = (
        f"effect: this changes the Python type of the generated field from {expected} to a union with {words}; "
        "the documented type stays in it, since answers that fit it are never recorded and may still come "
        "(from other items of the same list, or other operations using the same schema)"
    )
    description = describe(headline, context, records, page, effect)
    if slot.get(FROM_DRIFT) and isinstance(slot.get("anyOf"), list):  # the union of an earlier drift fix
        actions = [Action("type-mismatch", target((*where, "anyOf")), description, update=added)]
        if nullable and not slot.get("nullable"):
            actions.append(Action("null-value", target(where), description, update={"nullable": True}))
        return actions
    documented = _documented(slot)
    union: dict[str, Any] = {"anyOf": [documented, *added], FROM_DRIFT: "observed"}
    if nullable:
        union["nullable"] = True
    selector = ",".join(string_literal(key) for key in documented)
    return [
        Action("type-mismatch", f"{target(where)}[{selector}]", description, remove=True),
        Action("type-mismatch", target(where), description, update=union),
    ]


# --- format-mismatch: the node that holds the format -------------------------------------------------------------


def format_site(context: Context, record: DriftRecord) -> Site | None:
    site = _value_site(context, record)
    return next((part for part in parts(context.spec, site) if "format" in part.node), None)


def unformat(context: Context, where: Where, located: list[Located]) -> list[Action]:
    records = [item.record for item in located]
    node = located[0].site.node
    name = label(context.spec, where)
    shared = " (a component: every use of it)" if len(where) == 3 and where[:2] == ("components", "schemas") else ""
    description = describe(
        f"{name} is not always {node['format']}: format removed",
        context,
        records,
        page_note(context, where, records, f"`{name}` with format {node['format']}"),
        f"effect: the generated type of {name}{shared} becomes str",
    )
    return [Action("format-mismatch", target((*where, "format")), description, remove=True)]


# --- unknown-enum-value: the enum list ---------------------------------------------------------------------------


def enum_site(context: Context, record: DriftRecord) -> Site | None:
    value = record.key.value
    if value is None or not ENUM_TOKEN.fullmatch(value):
        raise NotLocated("the client withheld the value (not shaped like an enum value); add it by hand if documented")
    site = _value_site(context, record)
    holder = next((part for part in parts(context.spec, site) if isinstance(part.node.get("enum"), list)), None)
    if holder is None:
        raise NotLocated(f"the spec lists no enum at {label(context.spec, site.where)}")
    return None if value in holder.node["enum"] else holder


def extend_enum(context: Context, where: Where, located: list[Located]) -> list[Action]:
    records = [item.record for item in located]
    values = sorted({str(r.key.value) for r in records})
    listed = [str(v) for v in located[0].site.node["enum"]]
    shown = ", ".join(listed[:12]) + (f", … ({len(listed)} values)" if len(listed) > 12 else "")
    name = label(context.spec, where)
    description = describe(
        f"{name} lists {', '.join(values)}",
        context,
        records,
        page_note(context, where, records, f"{name} with the values {shown}"),
        "effect: the generated Literal gains the value(s); code matching every value may need a new branch",
    )
    return [Action("unknown-enum-value", target((*where, "enum")), description, update=values)]


# --- unknown-field: the object that receives the property --------------------------------------------------------


def new_field_site(context: Context, record: DriftRecord) -> Site | None:
    _checked_types(record)
    name, parent = _named_field(context, record, "an unknown field")
    if member(context.spec, parent, name) is not None:
        return None
    composed = list(parts(context.spec, parent))
    # The schema itself or its own inline parts before a referenced part: another schema composed from the same
    # base need not have the field.
    own = [part for part in composed if part.where[: len(composed[0].where)] == composed[0].where]
    for part in [*own, *(part for part in composed if part not in own)]:
        if isinstance(part.node.get("properties"), dict) or part.node.get("type") == "object":
            # The where of the property to be; the node is its owner.
            return Site((*part.where, "properties", name), part.node)
    raise NotLocated(f"the spec has no object at {render_path(parse_path(record.key.path)[:-1])}")


def add_field(context: Context, where: Where, located: list[Located]) -> list[Action]:
    records = [item.record for item in located]
    owner, name = where[:-2], str(where[-1])
    observed = [r.key.observed for r in records]
    owner_name = label(context.spec, owner)
    description = describe(
        f"{owner_name} has a field {name!r} ({types_in_words(observed)}): declared",
        context,
        records,
        page_note(context, owner, records, f"the fields of {owner_name} without {name!r}"),
        "effect: the generated model gains an optional field",
    )
    return [Action("unknown-field", target(owner), description, update={"properties": {name: schema_of(observed)}})]


# --- missing-field: the required list that names the field -------------------------------------------------------


def required_site(context: Context, record: DriftRecord) -> Site | None:
    name, parent = _named_field(context, record, "a missing field")
    for part in parts(context.spec, parent):
        if name in (part.node.get("required") or []):
            return Site((*part.where, "required", name), part.node)
    return None


def unrequire(context: Context, owner: Where, located: list[Located]) -> list[Action]:
    node = located[0].site.node
    names = sorted({str(item.site.where[-1]) for item in located})
    owner_name = label(context.spec, owner)
    actions = []
    everything = set(names) == set(node["required"])
    for name in [", ".join(names)] if everything else names:
        records = [item.record for item in located if everything or item.site.where[-1] == name]
        property_where = (*owner, "properties", name) if name in (node.get("properties") or {}) else owner
        description = describe(
            f"{owner_name}: {name} not always sent: no longer required",
            context,
            records,
            page_note(context, property_where, records, f"`{name}` as required in {owner_name}"),
            "effect: the generated field(s) become optional (`| Unset`)",
        )
        where = f"{target(owner)}.required" + ("" if everything else f"[?@ == {string_literal(name)}]")
        actions.append(Action("missing-field", where, description, remove=True))
    return actions

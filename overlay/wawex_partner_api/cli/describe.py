"""``wawex describe``: what an operation takes and answers, from the metadata and the bundled spec."""

from __future__ import annotations

import sys
from typing import Any

from wawex_partner_api.cli import output
from wawex_partner_api.cli.catalog import overlay_module
from wawex_partner_api.cli.specview import OperationView, fields, spec, type_name
from wawex_partner_api.partner_spec import resolve


def success(view: OperationView) -> str:
    answer = view.answer
    if answer.status is None:
        return "not shown by the partner's page (the answer's JSON, whatever it is)"
    if answer.media_type is None:
        return f"{answer.status}, no body"
    if answer.media_type != "application/json":
        return f"{answer.status} {answer.media_type} (its bytes go to stdout as they come)"
    text = f"{answer.status} {type_name(answer.schema)}"
    if view.paginated:
        data = (resolve_schema(answer.schema).get("properties") or {}).get("data")
        text += f", a page of {type_name(data).removeprefix('array of ')} items; --all-pages streams every item"
    return text


def resolve_schema(schema: dict[str, Any] | None) -> dict[str, Any]:
    return resolve(spec(), schema or {})


def description(view: OperationView) -> dict[str, Any]:
    facts = view.facts
    body = view.body
    return {
        "operation_id": facts.operation_id,
        "method": facts.method,
        "path": facts.path,
        "summary": view.summary,
        "tags": list(facts.tags),
        "module": overlay_module(facts),
        "deprecated": facts.deprecated,
        "requestor_policy": facts.requestor_policy,
        "requestor_policy_reason": facts.requestor_policy_reason,
        "source_url": facts.source_url,
        "parameters": [
            {
                "name": parameter.name,
                "in": parameter.location,
                "type": type_name(parameter.schema),
                "required": parameter.required,
                "values": [str(value) for value in parameter.schema.get("enum") or ()],
                "default": parameter.schema.get("default"),
            }
            for parameter in view.parameters
        ],
        "body": None
        if body is None
        else {
            "media_type": body.media_type,
            "type": type_name(body.schema),
            "required": body.required,
            "partial": resolve_schema(body.schema).get("x-partial-reason"),
            "fields": [
                {"name": field.path, "type": field.type, "required": field.required, "values": list(field.values)}
                for field in fields(body.schema)
            ],
        },
        "success": success(view),
        "paginated": view.paginated,
    }


def render(found: dict[str, Any]) -> None:
    write = sys.stdout.write
    deprecated = "  (deprecated)" if found["deprecated"] else ""
    write(f"{found['operation_id']}: {found['method']} {found['path']}{deprecated}\n")
    if found["summary"]:
        write(f"{found['summary']}\n")
    write(f"\nRequestor-ID  {found['requestor_policy']}: {found['requestor_policy_reason']}\n")
    write(f"Partner page  {found['source_url']}\n")
    write(f"Python        {found['module']}\n")
    write(f"Success       {found['success']}\n\n")
    parameters = found["parameters"]
    if parameters:
        rows = [
            (
                p["name"],
                p["in"],
                p["type"],
                "yes" if p["required"] else "",
                ", ".join(p["values"]) or ("" if p["default"] is None else f"default {p['default']}"),
            )
            for p in parameters
        ]
        output.table(("parameter", "in", "type", "required", "values"), rows, title="Parameters (-p NAME=VALUE)")
    else:
        write("Parameters: none\n")
    body = found["body"]
    if body is None:
        write("\nRequest body: none\n")
    else:
        required = "required" if body["required"] else "optional"
        write(f"\nRequest body ({body['media_type']}, {required}): {body['type']}\n")
        if body["partial"]:
            write(f"  shown only in part by the partner's page: {body['partial']}\n")
        body_rows = [
            (f["name"], f["type"], "yes" if f["required"] else "", ", ".join(f["values"])) for f in body["fields"]
        ]
        if body_rows:
            output.table(("field", "type", "required", "values"), body_rows)
    write(f"\nExample: {example(found)}\n")


def example(found: dict[str, Any]) -> str:
    if found["requestor_policy"] == "never":
        return "wawex token   (a token endpoint: the command line checks it, never prints a token)"
    parts = ["wawex call", found["operation_id"]]
    parts += [f"-p {p['name']}=…" for p in found["parameters"] if p["required"] and p["default"] is None]
    if found["body"] is not None:
        parts.append("--body @body.json")
    if found["requestor_policy"] == "required":
        parts.append("--requestor <person UUID>")
    return " ".join(parts)

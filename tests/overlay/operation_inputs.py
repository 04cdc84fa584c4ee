"""Valid inputs for any operation: the minimal values of the spec's own schemas, as the generated function takes
them (used by the tests that call every operation)."""

from __future__ import annotations

import datetime
import functools
import inspect
import types
import typing
import uuid
from typing import Any

from wawex_partner_api.partner_spec import resolve
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.sandbox.spec import SandboxSpec
from wawex_partner_api.sandbox.synth import value_for
from wawex_partner_api_client.metadata import OPERATIONS

SPEC = SandboxSpec()


def normalized(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def convert(value: Any, annotation: Any) -> Any:
    """The spec's JSON value as the generated function wants it (UUID, date, model, …)."""
    options = typing.get_args(annotation) if isinstance(annotation, types.UnionType) else (annotation,)
    for option in options:
        if option is uuid.UUID and isinstance(value, str):
            return uuid.UUID(value)
        if option is datetime.datetime and isinstance(value, str):
            return datetime.datetime.fromisoformat(value)
        if option is datetime.date and isinstance(value, str):
            return datetime.date.fromisoformat(value)
        if hasattr(option, "from_dict") and isinstance(value, dict):
            return option.from_dict(value)
    return value


def arguments_for(operation_id: str, function: Any, sandbox: SandboxServer) -> dict[str, Any]:
    facts = OPERATIONS[operation_id]
    spec_operation = SPEC.operation_object(facts)
    values: dict[str, Any] = {}
    for parameter in map(functools.partial(resolve, SPEC.spec), spec_operation.get("parameters", [])):
        if parameter["name"] == "Requestor-ID":
            continue  # the client's job
        if parameter["in"] == "path" or parameter.get("required"):
            values[normalized(parameter["name"])] = value_for(SPEC.spec, parameter.get("schema"), request=True)
    content = (spec_operation.get("requestBody") or {}).get("content") or {}
    if content:
        media = content.get("application/json") or next(iter(content.values()))
        values["body"] = value_for(SPEC.spec, media.get("schema"), request=True)
        if facts.tags == ("Authorization",):
            credentials = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
            values["body"].update(grant_type="client_credentials", **credentials)
    hints = typing.get_type_hints(function)
    arguments = {}
    for name in inspect.signature(function).parameters:
        if name != "client" and normalized(name) in values:
            arguments[name] = convert(values[normalized(name)], hints[name])
    return arguments

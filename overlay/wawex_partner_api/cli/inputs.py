"""A call's inputs (``-p NAME=VALUE``, ``--body``, ``--requestor``), checked against the spec before any I/O.

Every problem is a usage error (exit 2) naming the parameter or the body field: an unknown parameter, a
value of the wrong type or format, a required one missing, a body that is not JSON or does not fit its
schema, a Requestor-ID that is not a UUID. Nothing is sent unless all of them are right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from wawex_partner_api.cli.exits import CliError
from wawex_partner_api.cli.schemas import problems
from wawex_partner_api.cli.specview import OperationView, Parameter
from wawex_partner_api.errors import InvalidRequestorError
from wawex_partner_api.requestor import HEADER, normalize_requestor


@dataclass(frozen=True)
class Inputs:
    values: dict[str, Any]
    """JSON values by the spec's parameter name (``entityId``)."""
    body: Any
    has_body: bool
    requestor: str | None


def folded(name: str) -> str:
    """Parameter names match however they are spelled: ``entityId``, ``entity_id``, ``entity-id``."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def needed(parameter: Parameter) -> bool:
    """Required and without a default (a required one with a default is sent with it by the client)."""
    return parameter.required and "default" not in parameter.schema


def _pairs(pairs: Sequence[str]) -> list[tuple[str, str]]:
    found = []
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise CliError(f"-p expects NAME=VALUE, got {pair!r}")
        found.append((name.strip(), value))
    return found


def _kind(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    return str(kind) if kind else None


def _typed(parameter: Parameter, text: str) -> Any:
    """The command line's text as the JSON value the parameter's schema describes."""
    schema = parameter.schema
    kind = _kind(schema.get("items") or {}) if _kind(schema) == "array" else _kind(schema)
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return float(text)
    except ValueError:
        expected = "an integer" if kind == "integer" else "a number"
        raise CliError(f"parameter {parameter.name}: {text!r} is not {expected}") from None
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise CliError(f"parameter {parameter.name}: {text!r} is not true or false")
        return text.lower() == "true"
    return text


def read_body(source: str | None, stdin: TextIO) -> tuple[Any, bool]:
    """``--body @file.json``, ``--body -`` (standard input) or ``--body '{...}'``: (the JSON value, given)."""
    if source is None:
        return None, False
    if source == "-":
        label, text = "standard input", stdin.read()
    elif source.startswith("@"):
        label = source[1:]
        try:
            text = Path(label).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) else "not UTF-8 text"
            raise CliError(f"--body: cannot read {label}: {reason}") from None
    else:
        label, text = "the inline JSON", source
    if not text.strip():
        raise CliError(f"--body: {label} is empty; it must hold JSON")
    try:
        return json.loads(text), True
    except json.JSONDecodeError as error:
        raise CliError(
            f"--body: {label} is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
        ) from None


def _values(view: OperationView, pairs: Sequence[str]) -> dict[str, Any]:
    """The ``-p`` pairs by the spec's parameter names, typed; unknown, repeated and missing ones refused."""
    by_name = {folded(parameter.name): parameter for parameter in view.parameters}
    values: dict[str, Any] = {}
    for name, text in _pairs(pairs):
        if folded(name) == folded(HEADER):
            raise CliError(f"{HEADER} is not a -p parameter: pass --requestor UUID")
        parameter = by_name.get(folded(name))
        if parameter is None:
            known = ", ".join(parameter.name for parameter in view.parameters) or "none"
            raise CliError(f"unknown parameter {name!r} for {view.facts.operation_id} (its parameters: {known})")
        value = _typed(parameter, text)
        if _kind(parameter.schema) == "array":
            values.setdefault(parameter.name, []).append(value)
        elif parameter.name in values:
            raise CliError(f"parameter {parameter.name} given twice")
        else:
            values[parameter.name] = value
    missing = [f"{p.name} ({p.location})" for p in view.parameters if needed(p) and p.name not in values]
    if missing:
        raise CliError(f"{view.facts.operation_id} needs {', '.join(missing)}: pass -p NAME=VALUE")
    return values


def prepare(view: OperationView, pairs: Sequence[str], body: tuple[Any, bool], requestor: str | None) -> Inputs:
    """The call's inputs, every one checked; a CliError (exit 2) naming the first problems otherwise."""
    operation_id = view.facts.operation_id
    values = _values(view, pairs)
    found = [
        message
        for parameter in view.parameters
        if parameter.name in values
        for message in problems(parameter.schema, values[parameter.name], f"parameter {parameter.name}")
    ]
    data, given = body
    if given and view.body is None:
        raise CliError(f"{operation_id} takes no request body")
    if not given and view.body is not None and view.body.required:
        raise CliError(f"{operation_id} needs a request body: --body @file.json or --body - (see wawex describe)")
    if given and view.body is not None:
        found += problems(view.body.schema, data, "body")
    if found:
        more = f" (and {len(found) - 3} more)" if len(found) > 3 else ""
        raise CliError(f"invalid input for {operation_id}: {'; '.join(found[:3])}{more}", problems=found)
    try:
        bound = normalize_requestor(requestor) if requestor is not None else None
    except InvalidRequestorError:
        raise CliError(f"--requestor: {requestor!r} is not a UUID (8-4-4-4-12 hexadecimal digits)") from None
    return Inputs(values, data, given, bound)

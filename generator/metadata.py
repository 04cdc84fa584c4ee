"""Per-operation facts the overlay needs, taken from the bundled spec before any fix is applied.

The fixes take ``Requestor-ID`` out of what the code generator sees, so what the partner declared is
recorded here first: ``required`` / ``optional`` (declared, with that flag), ``absent`` (the page
shows the parameter list without it) or ``unknown`` (the page was cut before its parameters).

Per callback (the bundle's ``x-callbacks``: notifications the partner sends to the integrator), the
event type, the path and the generated payload model, for ``NOTIFICATIONS``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from openapi_python_client.strings import ClassName, PythonIdentifier

from generator.requestor_policy import Policy, PolicyRules
from generator.spec_tree import iter_operations, resolve_local

Declaration = Literal["required", "optional", "absent", "unknown"]
REQUESTOR_HEADER = "requestor-id"


@dataclass(frozen=True)
class OperationFacts:
    operation_id: str
    module: str
    method: str
    path: str
    tags: tuple[str, ...]
    group: str
    requestor_id: Declaration
    requestor_policy: Policy
    requestor_policy_reason: str
    deprecated: bool
    source_url: str


@dataclass(frozen=True)
class NotificationFacts:
    event_type: str
    path: str
    model: str
    module: str
    summary: str
    source_url: str
    partial: bool


def overlay_module(generated_module: str) -> str:
    """Where users import an operation from: ``wawex_partner_api.operations.<tag>.<name>``."""
    return "wawex_partner_api.operations." + generated_module.split(".api.", 1)[1]


def requestor_declaration(spec: dict[str, Any], path: str, operation: dict[str, Any]) -> Declaration:
    if operation.get("x-requestor-id-declaration") == "unknown":
        return "unknown"
    parameters = [*(spec["paths"][path].get("parameters") or []), *(operation.get("parameters") or [])]
    for parameter in parameters:
        resolved = resolve_local(spec, parameter["$ref"]) if "$ref" in parameter else parameter
        if resolved.get("in") == "header" and str(resolved.get("name", "")).lower() == REQUESTOR_HEADER:
            return "required" if resolved.get("required") else "optional"
    return "absent"


def collect(spec: dict[str, Any], package: str, field_prefix: str, rules: PolicyRules) -> list[OperationFacts]:
    facts = []
    for path, method, operation in iter_operations(spec):
        tags = tuple(operation.get("tags") or ["default"])
        tag_module = PythonIdentifier(value=tags[0], prefix="tag")
        name = PythonIdentifier(value=operation["operationId"], prefix=field_prefix)
        declared = requestor_declaration(spec, path, operation)
        rule = rules.decide(operation["operationId"], method.upper(), tags, declared)
        facts.append(
            OperationFacts(
                operation_id=operation["operationId"],
                module=f"{package}.api.{tag_module}.{name}",
                method=method.upper(),
                path=path,
                tags=tags,
                group=operation["x-api-group"],
                requestor_id=declared,
                requestor_policy=rule.policy,
                requestor_policy_reason=rule.reason,
                deprecated=bool(operation.get("deprecated", False)),
                source_url=operation["x-source-url"],
            )
        )
    return sorted(facts, key=lambda f: f.operation_id)


def payload_schema(operation: dict[str, Any]) -> str:
    """The ``$ref`` of a callback's application/json request body (checked by generator/bundle.py)."""
    return str(operation["requestBody"]["content"]["application/json"]["schema"]["$ref"])


def payload_model(spec: dict[str, Any], ref: str, package: str, field_prefix: str) -> tuple[str, str]:
    """(class name, module) openapi-python-client generates for the component ``ref``: the class is named
    after the schema's title, else after its component name."""
    model = ClassName(str(resolve_local(spec, ref).get("title") or ref.rsplit("/", 1)[-1]), field_prefix)
    return str(model), f"{package}.models.{PythonIdentifier(model, field_prefix)}"


def collect_notifications(spec: dict[str, Any], package: str, field_prefix: str) -> list[NotificationFacts]:
    """The callbacks (``x-callbacks``), by path. ``partial``: the callback or its payload schema is marked x-partial."""
    facts = []
    for path, _, operation in iter_operations({"paths": spec.get("x-callbacks") or {}}):
        ref = payload_schema(operation)
        model, module = payload_model(spec, ref, package, field_prefix)
        facts.append(
            NotificationFacts(
                event_type=operation["x-event-type"],
                path=path,
                model=model,
                module=module,
                summary=operation["summary"],
                source_url=operation["x-source-url"],
                partial=bool(operation.get("x-partial") or resolve_local(spec, ref).get("x-partial")),
            )
        )
    return sorted(facts, key=lambda f: f.path)


def render_module(
    facts: list[OperationFacts],
    *,
    api_release: str,
    version: str,
    spec_sha256: str,
    notifications: Sequence[NotificationFacts] = (),
) -> str:
    entries = "\n".join(f"    {f.operation_id!r}: OperationMetadata{_fields(f)}," for f in facts)
    notification_entries = "\n".join(f"    {n.path!r}: NotificationMetadata{_fields(n)}," for n in notifications)
    return f'''"""Facts about the partner API this package was generated from.

Written by generator/metadata.py on every regeneration; not to be edited by hand.
"""

from __future__ import annotations

from typing import Final, Literal, NamedTuple

RequestorIdDeclaration = Literal["required", "optional", "absent", "unknown"]
RequestorPolicy = Literal["required", "optional", "never"]


class OperationMetadata(NamedTuple):
    """One operation of the partner's documents: where it is, what the partner declares about
    Requestor-ID, and when the client sends it (generator/requestor-policy.yaml)."""

    operation_id: str
    module: str
    method: str
    path: str
    tags: tuple[str, ...]
    group: str
    requestor_id: RequestorIdDeclaration
    requestor_policy: RequestorPolicy
    requestor_policy_reason: str
    deprecated: bool
    source_url: str


class NotificationMetadata(NamedTuple):
    """One notification the partner sends to the integrator's server (a callback of its "Partner Webhooks"
    pages; no function of this package calls it): its event type (an ``EventTypeEnum`` value), the path
    it is POSTed to, and the generated model of its JSON body (``model`` in ``module``). ``partial``: the
    partner's pages do not show all of it (see the document's x-partial-reason)."""

    event_type: str
    path: str
    model: str
    module: str
    summary: str
    source_url: str
    partial: bool


__version__ = {version!r}
API_RELEASE: Final = {api_release!r}
SPEC_SHA256: Final = {spec_sha256!r}
"""sha256 of ``openapi.json`` beside this module: the bundled partner documents, before fixes."""

OPERATIONS: Final[dict[str, OperationMetadata]] = {{
{entries}
}}

NOTIFICATIONS: Final[dict[str, NotificationMetadata]] = {{
{notification_entries}
}}
"""The partner's notifications whose path its pages print, by path."""
'''


def _fields(f: OperationFacts | NotificationFacts) -> str:
    return "(" + ", ".join(f"{name}={value!r}" for name, value in vars(f).items()) + ")"

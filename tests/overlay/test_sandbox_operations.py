"""Every operation of the spec, once, through wawex_partner_api.operations against the sandbox.

Inputs are the minimal valid values of the spec's own schemas (wawex_partner_api.sandbox.synth); the
answer must be a 2xx that validates against the spec's response schema (openapi-core) and, where the
generated function is typed, parse into the generated model.
"""

from __future__ import annotations

import importlib
import json
import typing
from typing import Any

import pytest
from openapi_core.testing import MockRequest, MockResponse

from tests.overlay.conftest import MakeClient
from tests.overlay.operation_inputs import SPEC, arguments_for, convert, normalized
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.metadata import OPERATIONS
from wawex_partner_api_client.types import File, Unset

PERSON = "123e4567-e89b-12d3-a456-426614174000"
CREATED_FIRST = {
    # reads of what the sandbox keeps: the thing is created first, and its id used
    "get-natural-person": ("create-natural-person", "naturalPersonId"),
    "get-search": ("prepare-legal-entity-data", "searchId"),
    "get-specific-legal-entity": ("create-legal-entity", "legalEntityId"),
}
# the webhooks the sandbox keeps: an HTTPS URL (the spec's minimal "text" is refused), and reads of a subscription
WEBHOOK = {"eventType": "CUSTOMER_NOTIFICATION", "url": "https://partner.invalid/customer-notification"}
SUBSCRIBED_FIRST = ("get-webhook", "delete-webhook")


def _validate_against_spec(sandbox: SandboxServer, response: Any) -> None:
    sent = sandbox.requests("api")[-1]
    mock_request = MockRequest("http://sandbox", sent["method"].lower(), sent["path"])
    mock_response = MockResponse(
        response.content, status_code=response.status_code, content_type=response.headers.get("content-type")
    )
    result = SPEC.validator.unmarshal_response(mock_request, mock_response)
    assert not result.errors, [str(e) for e in result.errors]


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_answers_as_the_spec_says(
    sandbox: SandboxServer, make_client: MakeClient, operation_id: str
) -> None:
    facts = OPERATIONS[operation_id]
    tag, name = facts.module.rsplit(".", 2)[-2:]
    module = importlib.import_module(f"wawex_partner_api.operations.{tag}.{name}")
    client = make_client()
    if facts.requestor_policy != "never":
        client = client.with_requestor(PERSON)
    arguments = arguments_for(operation_id, module.sync_detailed, sandbox)
    if operation_id in CREATED_FIRST:
        creator_id, field = CREATED_FIRST[operation_id]
        creator = OPERATIONS[creator_id].module.rsplit(".", 2)[-2:]
        create = importlib.import_module(f"wawex_partner_api.operations.{creator[0]}.{creator[1]}")
        created = create.sync_detailed(client=client, **arguments_for(creator_id, create.sync_detailed, sandbox))
        (path_argument,) = [name for name in arguments if normalized(name) == normalized(field)]
        arguments[path_argument] = convert(json.loads(created.content)[field], type(arguments[path_argument]))
        sandbox.reset_counters()
    if operation_id == "create-or-update-webhook":
        arguments["body"] = convert(WEBHOOK, typing.get_type_hints(module.sync_detailed)["body"])
    if operation_id in SUBSCRIBED_FIRST:
        client.get_httpx_client().post("/webhooks", json=WEBHOOK).raise_for_status()
        (path_argument,) = [name for name in arguments if normalized(name) == "eventtype"]
        arguments[path_argument] = WEBHOOK["eventType"]
        sandbox.reset_counters()

    response = module.sync_detailed(client=client, **arguments)

    assert 200 <= response.status_code < 300, response.content[:500]
    if facts.tags != ("Authorization",):  # the token endpoints are the sandbox's own, not the spec's
        _validate_against_spec(sandbox, response)
        assert sandbox.counter(f"operation:{operation_id}") == 1
    if hasattr(importlib.import_module(facts.module), "sync") and response.content:  # a typed success body
        parsed = response.parsed
        assert parsed is not None
        assert not isinstance(parsed, Unset)
        for item in parsed if isinstance(parsed, list) else [parsed]:
            generated_model = type(item).__module__.startswith("wawex_partner_api_client.models.")
            assert generated_model or isinstance(item, File), type(item)  # File: a binary body (application/pdf)

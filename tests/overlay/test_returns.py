"""sync / asyncio return the 2xx answer only: the parsed model, the JSON of an undocumented body, or None."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from tests.overlay.conftest import MakeClient
from wawex_partner_api import NotFoundError
from wawex_partner_api.operations.customers import update_customer
from wawex_partner_api.operations.natural_persons import get_natural_person
from wawex_partner_api.operations.webhooks import get_all_webhooks
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.models.customer_update_data import CustomerUpdateData
from wawex_partner_api_client.models.webhook import Webhook

PERSON = "123e4567-e89b-12d3-a456-426614174000"


def test_a_documented_body_is_its_model(sandbox: SandboxServer, make_client: MakeClient) -> None:
    webhooks = get_all_webhooks.sync(client=make_client())
    assert isinstance(webhooks, list)
    assert all(isinstance(webhook, Webhook) for webhook in webhooks)


def test_no_documented_body_is_none(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client().with_requestor(PERSON)
    body = CustomerUpdateData(labels=["vip"])
    assert update_customer.sync(uuid.UUID(PERSON), client=client, body=body) is None
    assert asyncio.run(update_customer.asyncio(uuid.UUID(PERSON), client=client, body=body)) is None


def test_an_undocumented_body_is_its_json_or_its_bytes(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    sandbox.script_api_responses(
        {"json": {"naturalPersonId": PERSON, "firstName": "Ada"}},
        {"status": 200, "body": ""},
        {"status": 200, "body": "%PDF-1.7", "headers": {"content-type": "application/pdf"}},
    )
    assert get_natural_person.sync(PERSON, client=client) == {"naturalPersonId": PERSON, "firstName": "Ada"}
    assert get_natural_person.sync(PERSON, client=client) is None
    assert get_natural_person.sync(PERSON, client=client) == b"%PDF-1.7"


def test_an_error_status_raises_for_every_shape(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    sandbox.script_api_responses(*[{"status": 404, "json": {"message": "gone", "requestId": "r1"}}] * 2)
    with pytest.raises(NotFoundError, match="gone"):
        get_natural_person.sync(PERSON, client=client)
    with pytest.raises(NotFoundError):
        asyncio.run(get_natural_person.asyncio(PERSON, client=client))

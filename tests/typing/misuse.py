"""Type-checked (not run) by tests/overlay/test_typing.py: each marked line must be an error."""

from __future__ import annotations

from wawex_partner_api import PartnerClient
from wawex_partner_api.operations.customers import create_customer
from wawex_partner_api.operations.natural_persons import get_natural_person
from wawex_partner_api_client.models.webhook_data import WebhookData


def misuse(client: PartnerClient) -> None:
    create_customer.sync(client=client, body=123)  # error: arg-type
    create_customer.sync(client=client, bodyy=None)  # error: call-arg
    get_natural_person.sync_detailed(client=client)  # error: call-arg
    text: str = create_customer.sync(client=client)  # error: assignment
    print(text)
    print(create_customer.sync(client=client).message)  # error: attr-defined
    WebhookData(event_type="CUSTOMER_NOTIFICATON", url="https://partner.invalid/h", headers=[])  # error: arg-type

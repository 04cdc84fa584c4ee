"""Type-checked (not run) by tests/overlay/test_typing.py: operations as users import them."""

from __future__ import annotations

import uuid
from typing import reveal_type

import wawex_partner_api_client.api.customers.create_customer as generated_create_customer
import wawex_partner_api_client.api.natural_persons.get_natural_person as generated_get_natural_person
from wawex_partner_api import PartnerClient, UnknownValue
from wawex_partner_api.operations.customers import create_customer, get_customers, update_customer
from wawex_partner_api.operations.natural_persons import get_natural_person
from wawex_partner_api.operations.new_documents import get_documents
from wawex_partner_api.operations.orders import get_order_receipt
from wawex_partner_api.operations.wawex import get_order_wawex
from wawex_partner_api.operations.webhooks import get_all_webhooks
from wawex_partner_api_client.models.customer_data import CustomerData
from wawex_partner_api_client.models.customer_update_data import CustomerUpdateData
from wawex_partner_api_client.models.webhook_data import WebhookData


async def use(client: PartnerClient, person: uuid.UUID) -> None:
    acting = client.with_requestor(person)
    body = CustomerData(entity_id=person, entity_type="NATURAL_PERSON")
    result = create_customer.sync(client=acting, body=body)
    reveal_type(result)
    reveal_type(create_customer.asyncio_detailed)
    reveal_type(generated_create_customer.asyncio_detailed)
    reveal_type(get_natural_person.sync_detailed)
    reveal_type(generated_get_natural_person.sync_detailed)
    reveal_type(get_order_wawex.sync)
    webhooks = get_all_webhooks.sync(client=client)
    reveal_type(webhooks)
    update_customer.sync(person, client=acting, body=CustomerUpdateData(labels=["vip"]))
    reveal_type(update_customer.sync)
    person_json = get_natural_person.sync(str(person), client=client)
    reveal_type(person_json)
    receipt = await get_order_receipt.asyncio(person, client=acting)
    reveal_type(receipt)
    for customer in get_customers.iter_items(client=acting, limit=50):
        reveal_type(customer)
    async for page in get_customers.aiter_pages(client=acting):
        reveal_type(page)
    created = await create_customer.asyncio(client=acting, body=body)
    reveal_type(created.customer_id)
    # every enum is open: a known value or an UnknownValue, which narrows back to the known ones
    documents = get_documents.sync(client=client, resource_type="NATURAL_PERSON", resource_id=person)
    status = documents.data[0].status
    reveal_type(status)
    if not isinstance(status, UnknownValue):
        reveal_type(status)
    on_purpose = WebhookData(event_type=UnknownValue("TOMORROWS_EVENT"), url="https://partner.invalid/h", headers=[])
    reveal_type(on_purpose.event_type)

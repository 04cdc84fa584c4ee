"""Page and item iterators of cursor-paginated operations, sync and async, against the sandbox."""

from __future__ import annotations

import asyncio
import importlib
from typing import Any

import pytest

from tests.overlay.conftest import MakeClient
from wawex_partner_api import ServerError
from wawex_partner_api.operations.customers import create_customer, get_customers
from wawex_partner_api.partner_spec import resolve
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.sandbox.spec import SandboxSpec
from wawex_partner_api_client.metadata import OPERATIONS
from wawex_partner_api_client.models.customer import Customer
from wawex_partner_api_client.models.customer_data import CustomerData
from wawex_partner_api_client.models.customers import Customers

PERSON = "123e4567-e89b-12d3-a456-426614174000"


def _paginated_in_the_spec() -> set[str]:
    spec = SandboxSpec()
    found = set()
    for facts in OPERATIONS.values():
        operation = spec.operation_object(facts)
        query = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
        _, schema = spec.success_response(facts)
        properties = (resolve(spec.spec, schema).get("properties") or {}) if schema else {}
        if {"cursor", "limit"} <= query and {"data", "pagination"} <= properties.keys():
            found.add(facts.operation_id)
    return found


def test_iterators_exist_exactly_for_the_paginated_operations() -> None:
    with_iterators = set()
    for facts in OPERATIONS.values():
        tag, name = facts.module.rsplit(".", 2)[-2:]
        module = importlib.import_module(f"wawex_partner_api.operations.{tag}.{name}")
        if all(hasattr(module, n) for n in ("iter_pages", "iter_items", "aiter_pages", "aiter_items")):
            with_iterators.add(facts.operation_id)
    assert with_iterators == _paginated_in_the_spec()
    assert "get-customers" in with_iterators
    assert len(with_iterators) >= 5


@pytest.fixture
def five_customers(sandbox: SandboxServer, make_client: MakeClient) -> Any:
    client = make_client().with_requestor(PERSON)
    for _ in range(5):
        create_customer.sync(
            client=client, body=CustomerData.from_dict({"entityId": PERSON, "entityType": "NATURAL_PERSON"})
        )
    sandbox.reset_counters()
    return client


def test_items_over_three_pages(sandbox: SandboxServer, five_customers: Any) -> None:
    pages = list(get_customers.iter_pages(client=five_customers, limit=2))
    assert [len(page.data) for page in pages] == [2, 2, 1]
    assert all(isinstance(page, Customers) for page in pages)
    items = list(get_customers.iter_items(client=five_customers, limit=2))
    assert len(items) == 5
    assert all(isinstance(item, Customer) for item in items)
    assert len({item.customer_id for item in items}) == 5
    assert sandbox.counter("operation:get-customers") == 6


def test_async_items_over_three_pages(sandbox: SandboxServer, five_customers: Any) -> None:
    async def collect() -> tuple[int, int]:
        pages = [page async for page in get_customers.aiter_pages(client=five_customers, limit=2)]
        items = [item async for item in get_customers.aiter_items(client=five_customers, limit=2)]
        await five_customers.aclose()
        return len(pages), len(items)

    assert asyncio.run(collect()) == (3, 5)


def test_an_error_on_a_later_page_raises(sandbox: SandboxServer, five_customers: Any) -> None:
    iterator = get_customers.iter_items(client=five_customers.with_options(max_retries=0), limit=2)
    assert next(iterator) is not None
    assert next(iterator) is not None
    sandbox.script_api_responses({"status": 500, "json": {"message": "boom", "responseType": "E", "requestId": "r"}})
    with pytest.raises(ServerError, match="boom"):
        next(iterator)

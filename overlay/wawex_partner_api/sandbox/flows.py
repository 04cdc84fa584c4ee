"""The operations the sandbox keeps state for; every other operation answers a valid example.

- natural persons: create, read, list (cursor/limit);
- legal entities: prepare (vendor search), poll the search until COMPLETED, create, read, list;
- customers (roles): create, list.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Answer = tuple[int, Any]
SEARCH_STATUSES = (
    "PREPARING",
    "WAITING_FOR_DATA",
    "READY_DATA",
    "WAITING_FOR_DOCUMENTS",
    "READY_DOCUMENTS",
    "COMPLETED",
)


@dataclass
class Call:
    """What a flow gets: path parameters, query parameters, the JSON body, and the Requestor-ID."""

    path: dict[str, str]
    query: dict[str, str]
    body: Any
    requestor_id: str | None


@dataclass
class Store:
    natural_persons: dict[str, dict[str, Any]] = field(default_factory=dict)
    searches: dict[str, int] = field(default_factory=dict)  # search id -> polls so far
    legal_entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)

    def clear(self) -> None:
        for collection in (self.natural_persons, self.searches, self.legal_entities, self.customers):
            collection.clear()


def not_found(what: str) -> Answer:
    return 404, {"message": f"{what} not found", "responseType": "NOT_FOUND", "requestId": str(uuid.uuid4())}


def page(items: list[dict[str, Any]], call: Call) -> dict[str, Any]:
    """``{data, pagination}`` with an opaque cursor (the offset of the next page) while more remain."""
    limit = max(1, int(call.query.get("limit", "20")))
    start = int(call.query["cursor"]) if call.query.get("cursor", "").isdigit() else 0
    pagination: dict[str, Any] = {"limit": limit}
    if start + limit < len(items):
        pagination["cursor"] = str(start + limit)
    return {"data": items[start : start + limit], "pagination": pagination}


def create_natural_person(store: Store, call: Call) -> Answer:
    person_id = str(uuid.uuid4())
    store.natural_persons[person_id] = {"naturalPersonId": person_id, "status": "CREATED", **(call.body or {})}
    return 200, {"naturalPersonId": person_id}


def get_natural_person(store: Store, call: Call) -> Answer:
    person = store.natural_persons.get(call.path["naturalPersonId"])
    return (200, person) if person else not_found("natural person")


def get_natural_persons(store: Store, call: Call) -> Answer:
    return 200, page(list(store.natural_persons.values()), call)


def prepare_legal_entity(store: Store, call: Call) -> Answer:
    search_id = str(uuid.uuid4())
    store.searches[search_id] = 0
    return 200, {"searchId": search_id, "status": SEARCH_STATUSES[0]}


def get_search(store: Store, call: Call) -> Answer:
    search_id = call.path["searchId"]
    if search_id not in store.searches:
        return not_found("legal entity search")
    store.searches[search_id] += 1
    status = SEARCH_STATUSES[min(store.searches[search_id], len(SEARCH_STATUSES) - 1)]
    return 200, {"searchId": search_id, "status": status}


def create_legal_entity(store: Store, call: Call) -> Answer:
    entity_id = str(uuid.uuid4())
    store.legal_entities[entity_id] = {"legalEntityId": entity_id, **(call.body or {})}
    return 200, {"legalEntityId": entity_id}


def get_legal_entity(store: Store, call: Call) -> Answer:
    entity = store.legal_entities.get(call.path["legalEntityId"])
    return (200, entity) if entity else not_found("legal entity")


def list_legal_entities(store: Store, call: Call) -> Answer:
    return 200, page(list(store.legal_entities.values()), call)


def create_customer(store: Store, call: Call) -> Answer:
    customer_id = str(uuid.uuid4())
    store.customers[customer_id] = {"customerId": customer_id, "customerStatus": "CREATED"}
    return 200, {"customerId": customer_id}


def get_customers(store: Store, call: Call) -> Answer:
    return 200, page(list(store.customers.values()), call)


FLOWS: dict[str, Callable[[Store, Call], Answer]] = {
    "create-natural-person": create_natural_person,
    "get-natural-person": get_natural_person,
    "get-natural-persons": get_natural_persons,
    "prepare-legal-entity-data": prepare_legal_entity,
    "get-search": get_search,
    "create-legal-entity": create_legal_entity,
    "get-specific-legal-entity": get_legal_entity,
    "list-legal-entities": list_legal_entities,
    "create-customer": create_customer,
    "get-customers": get_customers,
}

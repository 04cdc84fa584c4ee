"""The operations the sandbox keeps state for; every other operation answers a valid example.

- natural persons: create, read, list (cursor/limit);
- legal entities: prepare (vendor search), poll the search until COMPLETED, create, read, list;
- customers (roles): create, list, add a label to customers.

Creating a natural person or a customer, and labelling customers, emit their notifications
(``NATURAL_PERSON_NOTIFICATION``, ``CUSTOMER_NOTIFICATION``, ``LABELS_UPDATE_NOTIFICATION``) when that
event type has a webhook: ``Store.notify`` puts it in the outbox with a
copy of the subscription, and ``deliveries.py`` sends it. The payloads carry only the fields the partner's
page examples show; ``validationError`` only where the sandbox has an error to report (labels for customers
it does not know: ``CUSTOMERS_NOT_FOUND_ERROR``, the page example's value).
"""

from __future__ import annotations

import datetime
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


def now() -> str:
    """The current time as the partner writes it: UTC, milliseconds, ``Z``."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Notification:
    """A notification to deliver, with the subscription as it was when the event happened."""

    event_type: str
    url: str
    headers: tuple[tuple[str, str], ...]
    payload: dict[str, Any]
    created_on: str


@dataclass
class Store:
    natural_persons: dict[str, dict[str, Any]] = field(default_factory=dict)
    searches: dict[str, int] = field(default_factory=dict)  # search id -> polls so far
    legal_entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    customers: dict[str, dict[str, Any]] = field(default_factory=dict)
    event_types: tuple[str, ...] = ()  # the spec's EventTypeEnum; kept by clear()
    webhooks: dict[str, dict[str, Any]] = field(default_factory=dict)  # event type -> Webhook
    outbox: list[Notification] = field(default_factory=list)  # emitted by a flow, not yet queued for delivery
    undelivered: list[dict[str, Any]] = field(default_factory=list)  # what GET /undelivered-webhooks serves

    def clear(self) -> None:
        collections: tuple[dict[str, Any] | list[Any], ...] = (
            self.natural_persons,
            self.searches,
            self.legal_entities,
            self.customers,
            self.webhooks,
            self.outbox,
            self.undelivered,
        )
        for collection in collections:
            collection.clear()

    def notify(self, event_type: str, payload: dict[str, Any]) -> None:
        """Emit a notification, if a webhook is subscribed to ``event_type``."""
        webhook = self.webhooks.get(event_type)
        if webhook is not None:
            headers = tuple((header["name"], header["value"]) for header in webhook.get("headers") or [])
            created_on = str(payload.get("modifiedOn") or now())
            self.outbox.append(Notification(event_type, webhook["url"], headers, payload, created_on))


def error_message(message: str, response_type: str, details: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    """The partner's ``ErrorMessage``: one ``errorDetails`` entry per (field, message)."""
    body: dict[str, Any] = {"message": message, "responseType": response_type, "requestId": str(uuid.uuid4())}
    if details:
        body["errorDetails"] = [
            {"field": field, "errors": [{"code": "INVALID", "message": problem}]} for field, problem in details
        ]
    return body


def not_found(what: str) -> Answer:
    return 404, error_message(f"{what} not found", "NOT_FOUND")


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
    created = {"naturalPersonId": person_id, "modifiedOn": now(), "status": "CREATED", "notificationType": "CREATED"}
    store.notify("NATURAL_PERSON_NOTIFICATION", created)
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
    created = {"customerId": customer_id, "modifiedOn": now(), "status": "CREATED", "notificationType": "CREATED"}
    store.notify("CUSTOMER_NOTIFICATION", created)
    return 200, {"customerId": customer_id}


def get_customers(store: Store, call: Call) -> Answer:
    return 200, page(list(store.customers.values()), call)


def add_label_to_customers(store: Store, call: Call) -> Answer:
    """Accepted now; the outcome is the labels-update notification, as with the partner."""
    wanted = [str(customer_id) for customer_id in call.body or []]
    unknown = [customer_id for customer_id in wanted if customer_id not in store.customers]
    updated = [customer_id for customer_id in wanted if customer_id in store.customers]
    for customer_id in updated:
        labels = store.customers[customer_id].setdefault("labels", [])
        labels.append(call.path["labelName"])
    notification: dict[str, Any] = {"updatedCustomers": updated, "notificationType": "UPDATED"}
    if unknown:
        notification["notificationType"] = "VALIDATION_ERROR"
        notification["validationError"] = {
            "errorType": "CUSTOMERS_NOT_FOUND_ERROR",
            "description": f"{len(unknown)} of the customers were not found",
        }
    store.notify("LABELS_UPDATE_NOTIFICATION", notification)
    return 202, None


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
    "add-label-to-all-provided-customers": add_label_to_customers,
}

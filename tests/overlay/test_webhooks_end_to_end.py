"""The partner's notifications end to end with real processes: the sandbox delivers to a receiver served by
uvicorn on loopback; with deliveries dropped and duplicated by the sandbox's knobs, ``recover`` then brings
every notification to the handlers exactly once."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from tests.overlay.conftest import PERSON_DATA, MakeClient
from tests.overlay.served_receiver import Served
from wawex_partner_api import PartnerClient
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.webhooks import Receiver, new_header_value, recover, subscribe
from wawex_partner_api_client.models.customer_data import CustomerData
from wawex_partner_api_client.models.customer_notification import CustomerNotification
from wawex_partner_api_client.models.labels_update_notification import LabelsUpdateNotification
from wawex_partner_api_client.models.natural_person_data import NaturalPersonData
from wawex_partner_api_client.models.natural_person_notification import NaturalPersonNotification

SECRET = new_header_value()
SUBSCRIPTIONS = {
    "NATURAL_PERSON_NOTIFICATION": "/hooks/natural-person-notification",
    "CUSTOMER_NOTIFICATION": "/hooks/customer-notification",
    "LABELS_UPDATE_NOTIFICATION": "/hooks/labels-update-notification",
}


@pytest.fixture
def handled() -> list[Any]:
    return []


@pytest.fixture
def receiver(handled: list[Any]) -> Receiver:
    receiver = Receiver({"api-key": SECRET})
    for model in (NaturalPersonNotification, CustomerNotification, LabelsUpdateNotification):
        receiver.on(model)(handled.append)
    return receiver


@pytest.fixture
def served(receiver: Receiver) -> Iterator[Served]:
    server = Served(receiver)
    yield server
    server.stop()


def subscribed(make_client: MakeClient, served: Served) -> PartnerClient:
    client = make_client()
    for event_type, path in SUBSCRIPTIONS.items():
        subscribe(client, event_type, served.url(path), {"api-key": SECRET})
    return client


def onboard(client: PartnerClient) -> tuple[str, str]:
    """Three flows: a natural person, their customer, a label for that customer."""
    from wawex_partner_api.operations.customer_labels import add_label_to_all_provided_customers
    from wawex_partner_api.operations.customers import create_customer
    from wawex_partner_api.operations.natural_persons import create_natural_person

    person = str(
        create_natural_person.sync(client=client, body=NaturalPersonData.from_dict(PERSON_DATA)).natural_person_id
    )
    acting = client.with_requestor(person)
    customer = create_customer.sync(
        client=acting, body=CustomerData.from_dict({"entityId": person, "entityType": "NATURAL_PERSON"})
    )
    customer_id = str(customer.customer_id)
    add_label_to_all_provided_customers.sync("vip", client=acting, body=[uuid.UUID(customer_id)])
    return person, customer_id


def identity(notification: Any) -> tuple[str, str]:
    if isinstance(notification, NaturalPersonNotification):
        return "person", str(notification.natural_person_id)
    if isinstance(notification, CustomerNotification):
        return "customer", str(notification.customer_id)
    return "labels", ",".join(str(c) for c in notification.updated_customers)


def test_three_flows_deliver_typed_notifications(
    sandbox: SandboxServer, make_client: MakeClient, served: Served, handled: list[Any]
) -> None:
    person, customer = onboard(subscribed(make_client, served))
    sandbox.wait_for_deliveries()
    assert sorted(identity(n) for n in handled) == [("customer", customer), ("labels", customer), ("person", person)]
    labels = next(n for n in handled if isinstance(n, LabelsUpdateNotification))
    assert labels.notification_type == "UPDATED"


def test_dropped_and_duplicated_deliveries_are_recovered_exactly_once(
    sandbox: SandboxServer, make_client: MakeClient, served: Served, receiver: Receiver, handled: list[Any]
) -> None:
    client = subscribed(make_client, served)
    sandbox.settings(webhook_drop=2, webhook_duplicate=4)  # the first two never arrive, the next four twice
    onboarded = [onboard(client) for _ in range(2)]
    sandbox.wait_for_deliveries()
    assert len(handled) == 4, "two dropped; the duplicates handled once"
    assert sandbox.counter("webhook_deliveries") == 8

    first = recover(client, receiver)
    assert (first.handled, first.already_handled, first.failed, first.unreadable) == (2, 0, 0, 0)
    again = recover(client, receiver)
    assert (again.handled, again.already_handled) == (0, 2), "running it again is safe"
    assert "NATURAL_PERSON_NOTIFICATION" not in again.unsubscribed
    assert "TRANSFER_NOTIFICATION" in again.unsubscribed

    expected = Counter()
    for person, customer in onboarded:
        expected.update([("person", person), ("customer", customer), ("labels", customer)])
    assert Counter(identity(n) for n in handled) == expected, "each notification handled exactly once"

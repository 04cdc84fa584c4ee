"""The sandbox delivers: webhook subscriptions with state, notifications POSTed by its flows to a real receiver on
loopback, undelivered ones served by GET /undelivered-webhooks, and the drop, duplicate, delay and timeout knobs."""

from __future__ import annotations

import asyncio
import datetime
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.overlay.conftest import PERSON_DATA, MakeClient
from tests.overlay.served_receiver import LoopbackApp
from wawex_partner_api import BadRequestError, NotFoundError, PartnerClient
from wawex_partner_api.operations.customers import create_customer
from wawex_partner_api.operations.natural_persons import create_natural_person
from wawex_partner_api.operations.webhooks import (
    create_or_update_webhook,
    delete_webhook,
    get_all_missing_webhooks,
    get_all_webhooks,
    get_undelivered_webhooks,
    get_webhook,
)
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.sandbox.spec import SandboxSpec
from wawex_partner_api_client.models.customer_data import CustomerData
from wawex_partner_api_client.models.natural_person_data import NaturalPersonData
from wawex_partner_api_client.models.webhook_data import WebhookData
from wawex_partner_api_client.types import UNSET

EVENT_TYPES = SandboxSpec().event_types()
NATURAL_PERSON = "NATURAL_PERSON_NOTIFICATION"
CUSTOMER = "CUSTOMER_NOTIFICATION"
SECRET = f"hook-key-{uuid.uuid4().hex}"  # a header value: must never reach a log record


class Receiver(LoopbackApp):
    """An integrator's server of the test's own: records every request; ``answers[path] = (status, seconds)``."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.answers: dict[str, tuple[int, float]] = {}
        super().__init__(Starlette(routes=[Route("/{path:path}", self._receive, methods=["GET", "POST"])]))

    async def _receive(self, request: Request) -> Response:
        body = await request.body()
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        path = request.url.path
        query = request.url.query
        self.received.append({"path": path, "query": query, "headers": headers, "body": body, "time": time.monotonic()})
        status, seconds = self.answers.get(path, (200, 0.0))
        await asyncio.sleep(seconds)
        return Response(status_code=status)


@pytest.fixture(scope="module")
def receiver_process() -> Iterator[Receiver]:
    receiver = Receiver()
    yield receiver
    receiver.stop()


@pytest.fixture
def receiver(receiver_process: Receiver) -> Receiver:
    receiver_process.received.clear()
    receiver_process.answers.clear()
    return receiver_process


def subscribe(client: PartnerClient, event_type: str, url: str, headers: list[dict[str, str]] | None = None) -> None:
    body: dict[str, Any] = {"eventType": event_type, "url": url}
    if headers is not None:
        body["headers"] = headers
    create_or_update_webhook.sync(client=client, body=WebhookData.from_dict(body))


def new_person(client: PartnerClient) -> str:
    created = create_natural_person.sync(client=client, body=NaturalPersonData.from_dict(PERSON_DATA))
    return str(created.natural_person_id)


def undelivered(client: PartnerClient, **query: Any) -> list[dict[str, Any]]:
    items, cursor = [], None
    while True:
        page = get_undelivered_webhooks.sync(client=client, cursor=cursor or UNSET, **query)
        assert len(page["data"]) <= query.get("limit", 20)
        items += page["data"]
        cursor = page["pagination"].get("cursor")
        if not cursor:
            return items


def test_subscriptions_are_kept_one_per_event_type(
    sandbox: SandboxServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client()
    assert get_all_webhooks.sync(client=client) == []
    assert [missing.event_type for missing in get_all_missing_webhooks.sync(client=client)] == list(EVENT_TYPES)
    assert len(EVENT_TYPES) == 26

    subscribe(client, NATURAL_PERSON, "https://partner.invalid/one", [{"name": "api-key", "value": SECRET}])
    first = get_webhook.sync(NATURAL_PERSON, client=client)
    assert (first.url, first.created_on) == ("https://partner.invalid/one", first.modified_on)
    assert [(header.name, header.value) for header in first.headers] == [("api-key", SECRET)]

    subscribe(client, NATURAL_PERSON, "https://partner.invalid/two")  # replaces: one webhook per event type
    subscribe(client, CUSTOMER, "http://localhost:1/customer-notification")
    webhooks = get_all_webhooks.sync(client=client)
    assert [(webhook.event_type, webhook.url) for webhook in webhooks] == [
        (NATURAL_PERSON, "https://partner.invalid/two"),
        (CUSTOMER, "http://localhost:1/customer-notification"),
    ]
    replaced = get_webhook.sync(NATURAL_PERSON, client=client)
    assert replaced.created_on == first.created_on
    assert replaced.modified_on >= first.modified_on
    assert not replaced.headers  # the replacement has none
    missing = [item.event_type for item in get_all_missing_webhooks.sync(client=client)]
    assert missing == [event_type for event_type in EVENT_TYPES if event_type not in (NATURAL_PERSON, CUSTOMER)]

    delete_webhook.sync(NATURAL_PERSON, client=client)
    with pytest.raises(NotFoundError):
        get_webhook.sync(NATURAL_PERSON, client=client)
    assert delete_webhook.sync_detailed(NATURAL_PERSON, client=client).status_code == 200  # nothing left: still 200
    assert NATURAL_PERSON in [item.event_type for item in get_all_missing_webhooks.sync(client=client)]
    assert get_webhook.sync_detailed("NO_SUCH_NOTIFICATION", client=client).status_code == 400
    assert SECRET not in caplog.text


@pytest.mark.parametrize(
    ("url", "headers", "says"),
    [
        ("http://partner.example/natural-person-notification", None, "must be HTTPS"),
        ("http://10.0.0.1/hook", None, "must be HTTPS"),
        ("ftp://127.0.0.1/hook", None, "must be HTTPS"),
        ("/natural-person-notification", None, "absolute HTTPS URL"),
        ("https://partner.invalid/hook", [{"name": f"h{i}", "value": "v"} for i in range(6)], "at most 5 headers"),
        ("https://partner.invalid/hook", [{"name": "api-key", "value": f"{SECRET}\r\nX-Injected: 1"}], "value"),
        ("https://partner.invalid/hook", [{"name": "api:key", "value": "v"}], "header name"),
    ],
)
def test_a_subscription_the_sandbox_cannot_deliver_to_is_refused(
    sandbox: SandboxServer, make_client: MakeClient, url: str, headers: list[dict[str, str]] | None, says: str
) -> None:
    client = make_client()
    with pytest.raises(BadRequestError) as refused:
        subscribe(client, NATURAL_PERSON, url, headers)
    assert says in refused.value.message
    assert SECRET not in f"{refused.value} {refused.value.error_details!r}"
    assert get_all_webhooks.sync(client=client) == []


def test_created_objects_are_notified_with_the_configured_headers(
    sandbox: SandboxServer, make_client: MakeClient, receiver: Receiver, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client()
    headers = [{"name": "api-key", "value": SECRET}, {"name": "X-Partner", "value": "wawex"}]
    subscribe(client, NATURAL_PERSON, receiver.url("/hooks/natural-person-notification?v=1"), headers)
    subscribe(client, CUSTOMER, receiver.url("/hooks/customer-notification"), headers)
    person = new_person(client)
    customer = create_customer.sync(
        client=client.with_requestor(person),
        body=CustomerData.from_dict({"entityId": person, "entityType": "NATURAL_PERSON"}),
    )
    sandbox.wait_for_deliveries()

    assert [request["path"] for request in receiver.received] == [
        "/hooks/natural-person-notification",
        "/hooks/customer-notification",
    ]
    assert receiver.received[0]["query"] == "v=1"  # the subscribed URL as given
    bodies = [json.loads(request["body"]) for request in receiver.received]
    for request, body in zip(receiver.received, bodies, strict=True):
        assert request["body"] == json.dumps(body, separators=(",", ":")).encode()  # compact, as the pages show
        sent = {name.lower(): value for name, value in request["headers"]}
        assert sent["content-type"] == "application/json"
        assert (sent["api-key"], sent["x-partner"]) == (SECRET, "wawex")
        assert [name for name, _ in request["headers"]].count("api-key") == 1
        modified = datetime.datetime.fromisoformat(body["modifiedOn"])
        assert body["modifiedOn"].endswith("Z")
        assert abs(modified - datetime.datetime.now(datetime.UTC)) < datetime.timedelta(minutes=1)
    assert {key: value for key, value in bodies[0].items() if key != "modifiedOn"} == {
        "naturalPersonId": person,
        "status": "CREATED",
        "notificationType": "CREATED",
    }
    assert {key: value for key, value in bodies[1].items() if key != "modifiedOn"} == {
        "customerId": str(customer.customer_id),
        "status": "CREATED",
        "notificationType": "CREATED",
    }
    counters = sandbox.stats()["counters"]
    assert (counters["webhook_deliveries"], counters["webhook_delivered"]) == (2, 2)
    assert "webhook_undelivered" not in counters
    assert undelivered(client) == []
    outcomes = [entry["outcome"] for entry in sandbox.requests("webhook")]
    assert outcomes == ["delivered", "delivered"]
    assert SECRET not in caplog.text
    assert SECRET not in json.dumps(sandbox.stats())


def test_only_subscribed_event_types_are_delivered(
    sandbox: SandboxServer, make_client: MakeClient, receiver: Receiver
) -> None:
    client = make_client()
    subscribe(client, CUSTOMER, receiver.url("/hooks/customer-notification"))
    new_person(client)
    sandbox.wait_for_deliveries()
    assert receiver.received == []
    assert sandbox.counter("webhook_deliveries") == 0


def test_dropped_notifications_are_served_as_undelivered_page_by_page(
    sandbox: SandboxServer, make_client: MakeClient, receiver: Receiver
) -> None:
    client = make_client()
    url = receiver.url("/hooks/natural-person-notification")
    subscribe(client, NATURAL_PERSON, url)
    sandbox.settings(webhook_drop=3)
    early = [new_person(client) for _ in range(2)]
    sandbox.wait_for_deliveries()
    time.sleep(0.002)  # distinct milliseconds on either side of the boundary (createdOn has milliseconds)
    boundary = datetime.datetime.now(datetime.UTC)
    time.sleep(0.002)
    late = [new_person(client) for _ in range(2)]  # the third is dropped, the fourth delivered
    sandbox.wait_for_deliveries()

    assert [json.loads(request["body"])["naturalPersonId"] for request in receiver.received] == late[1:]
    items = undelivered(client, limit=2)
    assert [item["payload"]["naturalPersonId"] for item in items] == [*early, late[0]]
    for item in items:
        assert set(item) == {"eventType", "url", "payload", "createdOn"}
        assert (item["eventType"], item["url"]) == (NATURAL_PERSON, url)
        assert set(item["payload"]) == {"naturalPersonId", "modifiedOn", "status", "notificationType"}
        assert item["createdOn"] == item["payload"]["modifiedOn"]
    first_page = get_undelivered_webhooks.sync(client=client, limit=2)
    assert len(first_page["data"]) == 2
    assert first_page["pagination"]["cursor"]
    assert [item["payload"]["naturalPersonId"] for item in undelivered(client, start_date=boundary)] == [late[0]]
    future = datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1)
    assert undelivered(client, start_date=future) == []
    counters = sandbox.stats()["counters"]
    assert (counters["webhook_deliveries"], counters["webhook_delivered"], counters["webhook_undelivered"]) == (1, 1, 3)


def test_duplicated_notifications_arrive_twice(
    sandbox: SandboxServer, make_client: MakeClient, receiver: Receiver
) -> None:
    client = make_client()
    subscribe(client, NATURAL_PERSON, receiver.url("/hooks/natural-person-notification"))
    sandbox.settings(webhook_duplicate=1)
    people = [new_person(client) for _ in range(2)]
    sandbox.wait_for_deliveries()
    received = [json.loads(request["body"]) for request in receiver.received]
    assert [body["naturalPersonId"] for body in received] == [people[0], people[0], people[1]]
    assert received[0] == received[1]  # the same notification, not a second event
    assert (sandbox.counter("webhook_deliveries"), sandbox.counter("webhook_delivered")) == (3, 3)
    assert undelivered(client) == []


def test_a_delayed_delivery_never_holds_up_the_api(
    sandbox: SandboxServer, make_client: MakeClient, receiver: Receiver
) -> None:
    client = make_client()
    subscribe(client, NATURAL_PERSON, receiver.url("/hooks/natural-person-notification"))
    sandbox.settings(webhook_delay=0.5)
    started = time.monotonic()
    new_person(client)
    answered = time.monotonic()
    assert answered - started < 0.4
    with pytest.raises(TimeoutError):
        sandbox.wait_for_deliveries(timeout=0.05)
    sandbox.wait_for_deliveries()
    (request,) = receiver.received
    assert request["time"] - started >= 0.5
    assert sandbox.counter("webhook_delivered") == 1


@pytest.mark.parametrize(
    ("answer", "outcome"),
    [((500, 0.0), "status 500"), ((404, 0.0), "status 404"), ((200, 2.0), "ReadTimeout"), (None, "ConnectError")],
    ids=["error status", "not found", "too slow", "receiver down"],
)
def test_a_failed_delivery_is_kept_as_undelivered(
    sandbox: SandboxServer,
    make_client: MakeClient,
    receiver: Receiver,
    closed_port: int,
    answer: tuple[int, float] | None,
    outcome: str,
) -> None:
    client = make_client()
    path = "/hooks/natural-person-notification"
    if answer is None:
        url = f"http://127.0.0.1:{closed_port}{path}"
    else:
        url = receiver.url(path)
        receiver.answers[path] = answer
    subscribe(client, NATURAL_PERSON, url)
    sandbox.settings(webhook_timeout=0.3)
    started = time.monotonic()
    person = new_person(client)
    assert time.monotonic() - started < 0.3  # the API answer does not wait for the receiver
    sandbox.wait_for_deliveries()
    (item,) = undelivered(client)
    assert (item["url"], item["payload"]["naturalPersonId"]) == (url, person)
    assert [entry["outcome"] for entry in sandbox.requests("webhook")] == [outcome]
    assert len(receiver.received) == (0 if answer is None else 1)
    counters = sandbox.stats()["counters"]
    assert (counters["webhook_deliveries"], counters["webhook_undelivered"]) == (1, 1)
    assert "webhook_delivered" not in counters


def test_reset_forgets_subscriptions_queue_undelivered_and_knobs(
    sandbox: SandboxServer, make_client: MakeClient, receiver: Receiver
) -> None:
    client = make_client()
    path = "/hooks/natural-person-notification"
    subscribe(client, NATURAL_PERSON, receiver.url(path))
    sandbox.settings(webhook_drop=1)
    new_person(client)  # dropped: undelivered
    sandbox.settings(webhook_delay=5.0, webhook_duplicate=5)
    new_person(client)  # waiting 5 s before its delivery
    with pytest.raises(TimeoutError):
        sandbox.wait_for_deliveries(timeout=0.05)

    sandbox.reset()
    sandbox.wait_for_deliveries(timeout=1.0)  # the queue is gone
    client = make_client()  # the reset forgot the tokens too
    assert get_all_webhooks.sync(client=client) == []
    assert len(get_all_missing_webhooks.sync(client=client)) == len(EVENT_TYPES)
    assert undelivered(client) == []
    subscribe(client, NATURAL_PERSON, receiver.url(path))
    person = new_person(client)  # no knob left: sent at once, once
    sandbox.wait_for_deliveries()
    assert [json.loads(request["body"])["naturalPersonId"] for request in receiver.received] == [person]
    assert httpx.get(f"{sandbox.base_url}/_sandbox/stats").json()["counters"]["webhook_delivered"] == 1

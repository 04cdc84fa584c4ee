"""The notification receiver behind a real uvicorn server on loopback: authentication, the bad-input matrix,
dedupe and handler failures. Every refused request is followed by a good one, which must still be served."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.overlay.served_receiver import Served
from wawex_partner_api import ConfigurationError
from wawex_partner_api.webhooks import MemoryDedupeStore, Receiver, UnknownNotification, new_header_value
from wawex_partner_api_client.models.natural_person_notification import NaturalPersonNotification

HEADER_VALUE = new_header_value().reveal()
PATH = "/hooks/natural-person-notification"


def notification(**changes: Any) -> dict[str, Any]:
    body = {
        "naturalPersonId": str(uuid.uuid4()),
        "modifiedOn": "2025-07-10T01:49:17.074Z",
        "status": "CREATED",
        "notificationType": "CREATED",
    }
    return {**body, **changes}


@pytest.fixture
def handled() -> list[Any]:
    return []


@pytest.fixture
def receiver(handled: list[Any]) -> Receiver:
    receiver = Receiver({"api-key": HEADER_VALUE})
    receiver.on(NaturalPersonNotification)(handled.append)
    return receiver


@pytest.fixture
def served(receiver: Receiver) -> Iterator[Served]:
    server = Served(receiver, header_value=HEADER_VALUE, path=PATH)
    yield server
    server.stop()


BAD_INPUTS: dict[str, tuple[int, dict[str, Any]]] = {
    "no auth header": (401, {"headers": {"api-key": None}}),
    "wrong value": (401, {"headers": {"api-key": "wrong"}}),
    "right value, other case": (401, {"headers": {"api-key": HEADER_VALUE.swapcase()}}),
    "header sent twice": (401, {"headers": {"API-Key": HEADER_VALUE, "api-key": HEADER_VALUE}}),
    "10 MiB body": (
        413,
        {"content": b"{" + b" " * (10 * 1024 * 1024) + b"}", "headers": {"content-type": "application/json"}},
    ),
    "invalid JSON": (400, {"content": b'{"naturalPersonId": ', "headers": {"content-type": "application/json"}}),
    "a JSON array": (400, {"body": [notification()]}),
    "wrong content type": (
        415,
        {"content": json.dumps(notification()).encode(), "headers": {"content-type": "text/plain"}},
    ),
    "id field missing": (400, {"body": {k: v for k, v in notification().items() if k != "naturalPersonId"}}),
    "id of the wrong type": (400, {"body": notification(naturalPersonId=42)}),
    "unknown path": (404, {"body": notification(), "path": "/hooks/unheard-of-notification"}),
    "GET": (405, {"method": "GET"}),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_refused_and_the_receiver_keeps_serving(served: Served, handled: list[Any], case: str) -> None:
    status, request = BAD_INPUTS[case]
    request = dict(request)
    if request.pop("method", "POST") == "GET":
        response = served.http.get(PATH, headers={"api-key": HEADER_VALUE})
    else:
        response = served.post(request.pop("body", None), **request)
    assert response.status_code == status
    assert handled == [], "the handler was not called"
    if response.content:
        error = response.json()
        assert {"message", "responseType", "requestId"} <= error.keys(), "the partner's ErrorMessage shape"
    assert HEADER_VALUE not in response.text
    good = notification()
    assert served.post(good).status_code == 200
    assert [n.natural_person_id for n in handled] == [good["naturalPersonId"]]


def test_unknown_fields_are_kept_not_refused(served: Served, handled: list[Any]) -> None:
    assert served.post(notification(partnerAddedLater={"nested": [1, 2]})).status_code == 200
    (received,) = handled
    assert received.additional_properties == {"partnerAddedLater": {"nested": [1, 2]}}


def test_a_trailing_space_in_the_value_is_refused() -> None:
    # HTTP servers drop a header value's surrounding blanks (RFC 9110 5.5), so this is the core's own check
    receiver = Receiver({"api-key": HEADER_VALUE})
    headers = [("api-key", HEADER_VALUE + " "), ("content-type", "application/json")]
    assert receiver.receive("POST", PATH, headers, json.dumps(notification()).encode()).status == 401


def test_redelivered_notifications_are_handled_once(served: Served, handled: list[Any]) -> None:
    first = notification()
    for _ in range(3):
        assert served.post(first).status_code == 200
    assert (
        served.post(notification(naturalPersonId=first["naturalPersonId"], notificationType="UPDATED")).status_code
        == 200
    )
    assert len(handled) == 2, "the same notification once; its update is another"


def test_a_failing_handler_answers_500_and_a_redelivery_runs_it_again() -> None:
    calls: list[Any] = []

    def flaky(received: NaturalPersonNotification) -> None:
        calls.append(received)
        if len(calls) == 1:
            raise RuntimeError("database briefly unavailable")

    receiver = Receiver({"api-key": HEADER_VALUE})
    receiver.on(NaturalPersonNotification)(flaky)
    server = Served(receiver, header_value=HEADER_VALUE, path=PATH)
    try:
        body = notification()
        assert server.post(body).status_code == 500
        assert server.post(body).status_code == 200
        assert server.post(body).status_code == 200
    finally:
        server.stop()
    assert len(calls) == 2


def test_async_handlers_and_unknown_notifications_when_asked_for() -> None:
    seen: list[Any] = []
    receiver = Receiver({"api-key": HEADER_VALUE}, accept_unknown=True)

    @receiver.on(NaturalPersonNotification)
    async def person(received: NaturalPersonNotification) -> None:
        seen.append(received)

    @receiver.on(UnknownNotification)
    def other(received: UnknownNotification) -> None:
        seen.append(received)

    server = Served(receiver, header_value=HEADER_VALUE, path=PATH)
    try:
        assert server.post(notification()).status_code == 200
        assert server.post({"somethingNew": 1}, path="/hooks/future-notification").status_code == 200
    finally:
        server.stop()
    assert isinstance(seen[0], NaturalPersonNotification)
    assert seen[1] == UnknownNotification("/hooks/future-notification", {"somethingNew": 1})


def test_the_configured_values_never_show(receiver: Receiver, caplog: pytest.LogCaptureFixture) -> None:
    assert HEADER_VALUE not in repr(receiver)
    with pytest.raises(ConfigurationError):
        Receiver({})
    receiver.receive("POST", PATH, [("api-key", "wrong")], b"{}")
    assert all(HEADER_VALUE not in record.getMessage() for record in caplog.records)


def test_the_same_store_dedupes_across_receivers() -> None:
    store = MemoryDedupeStore()
    calls: list[Any] = []
    receivers = [Receiver({"api-key": HEADER_VALUE}, store=store) for _ in range(2)]
    for receiver in receivers:
        receiver.on(NaturalPersonNotification)(calls.append)
    body = json.dumps(notification()).encode()
    headers = [("api-key", HEADER_VALUE), ("content-type", "application/json")]
    replies = [receiver.receive("POST", PATH, headers, body) for receiver in receivers]
    assert [reply.duplicate for reply in replies] == [False, True]
    assert len(calls) == 1


def test_receivers_in_several_processes_dedupe_through_redis(redis_server: Any) -> None:
    from wawex_partner_api.webhooks import RedisDedupeStore

    calls: list[Any] = []
    receivers = [Receiver({"api-key": HEADER_VALUE}, store=RedisDedupeStore(redis_server.client())) for _ in range(2)]
    for receiver in receivers:
        receiver.on(NaturalPersonNotification)(calls.append)
    body = json.dumps(notification()).encode()
    headers = [("api-key", HEADER_VALUE), ("content-type", "application/json")]
    replies = [receiver.receive("POST", PATH, headers, body) for receiver in receivers * 2]
    assert [reply.duplicate for reply in replies] == [False, True, True, True]
    assert len(calls) == 1
    with redis_server.client() as inspect:
        keys = list(inspect.scan_iter("*"))
    assert len(keys) == 1
    assert json.loads(body)["naturalPersonId"].encode() not in keys[0], "keys are digests"
    assert HEADER_VALUE.encode() not in keys[0]

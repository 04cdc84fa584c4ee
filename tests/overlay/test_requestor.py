"""Requestor-ID on the wire: policy per operation, refused values, isolation, and where it may go."""

from __future__ import annotations

import asyncio
import threading
import uuid

import pytest

from tests.overlay.conftest import MakeClient
from wawex_partner_api import InvalidRequestorError, MissingRequestorError, acting_as, normalize_requestor
from wawex_partner_api.operations.authorization import get_token
from wawex_partner_api.operations.customers import update_customer
from wawex_partner_api.operations.natural_persons import get_natural_person
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.models.customer_update_data import CustomerUpdateData

PERSON = "123e4567-e89b-12d3-a456-426614174000"
REQUIRED_CALL = update_customer  # PATCH /roles/customers/{customerId}: the partner declares Requestor-ID


def test_missing_requestor_on_a_required_operation_sends_nothing(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client()
    body, customer = CustomerUpdateData(labels=["vip"]), uuid.UUID(PERSON)
    with pytest.raises(MissingRequestorError, match="update-customer") as raised:
        REQUIRED_CALL.sync_detailed(customer, client=client, body=body)
    assert raised.value.operation_id == "update-customer"
    with pytest.raises(MissingRequestorError):
        asyncio.run(REQUIRED_CALL.asyncio_detailed(customer, client=client, body=body))
    assert sandbox.counter("api_requests") == 0
    assert sandbox.counter("token_requests") == 0

    REQUIRED_CALL.sync_detailed(customer, client=client.with_requestor(PERSON), body=body)
    (request,) = sandbox.requests("api")
    assert (request["path"], request["requestor_id"]) == (f"/roles/customers/{PERSON}", PERSON)


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        f"{PERSON}\r\nX-Evil: 1",
        f"{PERSON}\n",  # "$" in a pattern matches before a final newline: validation uses fullmatch
        f"{PERSON}\r",
        f" {PERSON}",
        f"{PERSON} ",
        "123e4567-e89b-12d3-a456-42661417400\uff10",  # a full-width digit zero: not ASCII
        "{123e4567-e89b-12d3-a456-426614174000}",
        "123e4567e89b12d3a456426614174000",
        "",
        None,
        12345,
    ],
)
def test_bad_requestor_values_are_refused_before_any_io(
    sandbox: SandboxServer, make_client: MakeClient, value: object
) -> None:
    client = make_client()
    with pytest.raises(InvalidRequestorError) as raised:
        client.with_requestor(value)  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError)
    with pytest.raises(ValueError, match="Requestor-ID must be"), acting_as(value):  # type: ignore[arg-type]
        pass
    with pytest.raises(InvalidRequestorError):
        normalize_requestor(value)  # type: ignore[arg-type]
    assert sandbox.counter("api_requests") == 0
    assert sandbox.counter("token_requests") == 0


def test_requestor_is_normalized_and_optional_operations_send_it_only_when_bound(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client()
    get_natural_person.sync_detailed(PERSON, client=client)
    get_natural_person.sync_detailed(PERSON, client=client.with_requestor(uuid.UUID(PERSON)))
    get_natural_person.sync_detailed(PERSON, client=client.with_requestor(PERSON.upper()))
    with acting_as(PERSON):
        get_natural_person.sync_detailed(PERSON, client=client)
        other = "00000000-0000-4000-8000-000000000001"
        get_natural_person.sync_detailed(PERSON, client=client.with_requestor(other))  # the view wins
    assert [r["requestor_id"] for r in sandbox.requests("api")] == [None, PERSON, PERSON, PERSON, other]
    assert client.requestor is None
    assert "requestor" not in repr(client)


def test_never_policy_keeps_the_header_off_the_token_call(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    with acting_as(PERSON):
        get_token.sync_detailed(client=client.with_requestor(PERSON))
    token_calls = sandbox.requests("token")
    assert len(token_calls) == 2, "Authlib's token request, then the operation itself"
    assert all(call["requestor_id"] is None for call in token_calls)


def test_redirect_to_another_origin_carries_neither_header(
    sandbox: SandboxServer, other_origin: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client().with_requestor(PERSON)
    target = f"{other_origin.base_url}/entities/natural-persons/{PERSON}"
    sandbox.script_api_responses({"status": 302, "headers": {"Location": target}})
    assert get_natural_person.sync_detailed(PERSON, client=client).status_code == 302
    assert other_origin.requests("api") == []

    # Followed by hand, with both headers set on the request explicitly: still nothing reaches the other origin.
    sandbox.script_api_responses({"status": 302, "headers": {"Location": target}})
    http = client.get_httpx_client()
    request = http.build_request("GET", "/prices", headers={"Requestor-ID": PERSON, "Authorization": "Bearer x"})
    response = http.send(request, follow_redirects=True)
    assert (response.status_code, response.url.host) == (401, "127.0.0.2")  # the other origin saw no token
    assert sandbox.counter("token_requests") == 1, "another origin's 401 says nothing about our token"
    (seen,) = other_origin.requests("api")
    assert seen["requestor_id"] is None
    assert seen["authorization_present"] is False


def _person(index: int) -> str:
    return str(uuid.UUID(int=index + 1))


def test_fifty_threads_each_send_their_own_requestor(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    barrier = threading.Barrier(50)
    failures: list[BaseException] = []

    def worker(index: int) -> None:
        person = _person(index)
        barrier.wait()
        try:
            for _ in range(4):
                get_natural_person.sync_detailed(person, client=client.with_requestor(person))
                with acting_as(person):
                    get_natural_person.sync_detailed(person, client=client)
        except BaseException as error:
            failures.append(error)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    requests = sandbox.requests("api")
    assert len(requests) == 50 * 8
    assert all(r["path"] == f"/entities/natural-persons/{r['requestor_id']}" for r in requests)


def test_five_hundred_tasks_each_send_their_own_requestor(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()

    async def one(index: int) -> None:
        person = _person(index)
        await get_natural_person.asyncio_detailed(person, client=client.with_requestor(person))
        with acting_as(person):
            await asyncio.sleep(0)
            await get_natural_person.asyncio_detailed(person, client=client)

    async def scenario() -> None:
        await asyncio.gather(*(one(i) for i in range(500)))
        await client.aclose()

    asyncio.run(scenario())
    requests = sandbox.requests("api")
    assert len(requests) == 1000
    assert all(r["path"] == f"/entities/natural-persons/{r['requestor_id']}" for r in requests)
    assert len({r["requestor_id"] for r in requests}) == 500


def test_a_client_that_cannot_send_the_header_is_refused(sandbox: SandboxServer) -> None:
    from wawex_partner_api import ConfigurationError
    from wawex_partner_api_client.client import AuthenticatedClient

    plain = AuthenticatedClient(base_url=sandbox.base_url, token="whatever")
    with acting_as(PERSON), pytest.raises(ConfigurationError, match="cannot send it"):
        get_natural_person.sync_detailed(PERSON, client=plain)
    assert sandbox.counter("api_requests") == 0
    assert get_natural_person.sync_detailed(PERSON, client=plain).status_code == 401  # no requestor: allowed

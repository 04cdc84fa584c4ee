"""Typed API errors, safe retries and per-call options, against the sandbox (and a mock transport for faults
that need a connection to break at a precise moment)."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from tests.overlay.conftest import MakeClient
from wawex_partner_api import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
)
from wawex_partner_api.operations.customers import create_customer, get_customers
from wawex_partner_api.retries import RetryingTransport
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.models.customer_data import CustomerData

PERSON = "123e4567-e89b-12d3-a456-426614174000"
ERROR_BODY = {
    "message": "customer already exists",
    "responseType": "CONFLICT",
    "requestId": "req-42",
    "errorCode": "ALREADY_EXISTS_ERROR",
    "errorDetails": [{"field": "entityId", "errors": [{"code": "DUPLICATE", "message": "taken"}]}],
}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (500, ServerError),
        (418, APIStatusError),
    ],
)
def test_each_status_raises_its_error_with_the_partners_fields(
    sandbox: SandboxServer, make_client: MakeClient, status: int, error_class: type[APIStatusError]
) -> None:
    client = make_client(max_retries=0)
    sandbox.script_api_responses({"status": status, "json": ERROR_BODY})
    with pytest.raises(error_class) as raised:
        get_customers.sync(client=client)
    error = raised.value
    assert type(error) is error_class
    assert (error.status_code, error.operation_id, error.method, error.path) == (
        status,
        "get-customers",
        "GET",
        "/roles/customers",
    )
    assert (error.message, error.error_code, error.request_id) == (
        "customer already exists",
        "ALREADY_EXISTS_ERROR",
        "req-42",
    )
    assert error.error_details[0]["field"] == "entityId"
    token = sandbox.requests("api")[-1]["token"]
    assert token not in f"{error} {error!r} {vars(error)}"
    assert sandbox.client_secret not in f"{error} {error!r}"


def test_a_second_401_is_an_authentication_error(sandbox: SandboxServer, make_client: MakeClient) -> None:
    rejected = {"status": 401, "json": ERROR_BODY, "headers": {"WWW-Authenticate": 'Bearer error="invalid_token"'}}
    sandbox.script_api_responses(rejected, rejected)
    with pytest.raises(AuthenticationError):
        get_customers.sync(client=make_client())


def test_an_error_without_a_json_body_still_raises(sandbox: SandboxServer, make_client: MakeClient) -> None:
    sandbox.script_api_responses({"status": 404, "body": "<html>gone</html>", "media_type": "text/html"})
    with pytest.raises(NotFoundError) as raised:
        get_customers.sync(client=make_client(max_retries=0))
    assert raised.value.message is None


def test_detailed_functions_return_every_response(sandbox: SandboxServer, make_client: MakeClient) -> None:
    sandbox.script_api_responses({"status": 409, "json": ERROR_BODY})
    response = get_customers.sync_detailed(client=make_client())
    assert response.status_code == 409


def test_get_is_retried_honouring_retry_after(sandbox: SandboxServer, make_client: MakeClient) -> None:
    sandbox.script_api_responses({"status": 503, "headers": {"Retry-After": "1"}, "json": {}})
    page = get_customers.sync(client=make_client())
    assert page is not None
    attempts = sandbox.requests("api")
    assert len(attempts) == 2
    assert attempts[1]["time"] - attempts[0]["time"] >= 1.0


def test_post_is_not_retried_after_a_503(sandbox: SandboxServer, make_client: MakeClient) -> None:
    sandbox.script_api_responses({"status": 503, "json": ERROR_BODY})
    body = CustomerData.from_dict({"entityId": PERSON, "entityType": "NATURAL_PERSON"})
    with pytest.raises(ServerError):
        create_customer.sync(client=make_client().with_requestor(PERSON), body=body)
    assert sandbox.counter("api_requests") == 1


def test_rate_limited_get_uses_its_retries_then_raises(sandbox: SandboxServer, make_client: MakeClient) -> None:
    sandbox.script_api_responses(*[{"status": 429, "json": ERROR_BODY}] * 3)
    with pytest.raises(RateLimitError):
        get_customers.sync(client=make_client(retry_backoff=0.01))
    assert sandbox.counter("api_requests") == 3  # the first attempt and two retries


def test_retry_after_is_capped(sandbox: SandboxServer, make_client: MakeClient) -> None:
    sandbox.script_api_responses({"status": 503, "headers": {"Retry-After": "3600"}, "json": {}})
    get_customers.sync(client=make_client(retry_max_wait=0.3))
    attempts = sandbox.requests("api")
    assert 0.3 <= attempts[1]["time"] - attempts[0]["time"] < 2.0


def test_per_call_options_do_not_change_the_shared_client(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client(retry_backoff=0.01)
    sandbox.script_api_responses({"status": 503, "json": {}})
    with pytest.raises(ServerError):
        get_customers.sync(client=client.with_options(max_retries=0))
    assert sandbox.counter("api_requests") == 1
    sandbox.script_api_responses({"status": 503, "json": {}})
    assert get_customers.sync(client=client) is not None, "the client itself still retries"
    assert sandbox.counter("api_requests") == 3
    assert client.options.max_retries is None


def test_per_call_timeout_raises_a_timeout_error(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    assert get_customers.sync(client=client) is not None  # the token is fetched first
    sandbox.settings(api_delay=1.0)
    with pytest.raises(APITimeoutError) as raised:
        get_customers.sync(client=client.with_options(timeout=0.2, max_retries=0))
    assert raised.value.operation_id == "get-customers"

    async def in_a_task() -> None:
        with pytest.raises(APITimeoutError):
            await get_customers.asyncio(client=client.with_options(timeout=0.2, max_retries=0))
        await client.aclose()

    asyncio.run(in_a_task())


def test_an_unreachable_api_is_a_connection_error_after_the_retries(
    sandbox: SandboxServer, make_client: MakeClient, closed_port: int, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(base_url=f"http://127.0.0.1:{closed_port}", retry_backoff=0.01)
    with pytest.raises(APIConnectionError) as raised:
        get_customers.sync(client=client)
    assert not isinstance(raised.value, APITimeoutError)
    attempts = [r.getMessage() for r in caplog.records if r.getMessage().startswith("attempt ")]
    assert [message.split()[1] for message in attempts] == ["1", "2", "3"]


class _Faulty(httpx.BaseTransport):
    """Fails the first request in a chosen way, then answers 200; counts what reached it."""

    def __init__(self, error: Exception) -> None:
        self.error, self.calls = error, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls == 1:
            raise self.error
        return httpx.Response(200, json={})


@pytest.mark.parametrize(
    ("method", "error", "calls"),
    [
        ("POST", httpx.ConnectError("refused"), 2),  # never sent: safe to retry
        ("POST", httpx.ConnectTimeout("slow"), 2),
        ("POST", httpx.ReadError("reset"), 1),  # may have reached the server: not retried
        ("PATCH", httpx.ReadTimeout("slow"), 1),
        ("GET", httpx.ReadError("reset"), 2),
        ("DELETE", httpx.RemoteProtocolError("bad"), 2),
    ],
)
def test_which_connection_failures_are_retried(method: str, error: Exception, calls: int) -> None:
    from wawex_partner_api import PartnerConfig

    config = PartnerConfig(
        client_id="c",
        client_secret="s",
        base_url="https://api.example.com",
        token_url="https://auth.example.com/oauth2/token",
        retry_backoff=0.0,
    )
    faulty = _Faulty(error)
    transport = RetryingTransport(faulty, config)
    request = httpx.Request(method, "https://api.example.com/x", content=b"{}")
    if calls == 1:
        with pytest.raises(type(error)):
            transport.handle_request(request)
    else:
        assert transport.handle_request(request).status_code == 200
    assert faulty.calls == calls


def test_one_info_line_per_call_and_redacted_headers_at_debug(
    sandbox: SandboxServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client().with_requestor(PERSON)
    get_customers.sync(client=client)
    caplog.clear()
    get_customers.sync(client=client)
    info = [r for r in caplog.records if r.name == "wawex_partner_api.http" and r.levelno == logging.INFO]
    assert len(info) == 1
    line = info[0].getMessage()
    assert line.startswith("get-customers GET /roles/customers -> 200 in ")
    assert "requestId" in line
    debug = [r.getMessage() for r in caplog.records if r.levelno == logging.DEBUG and "attempt 1" in r.getMessage()]
    assert debug
    assert "'authorization': '[REDACTED]'" in debug[0]
    assert PERSON in debug[0]
    token = sandbox.requests("api")[-1]["token"]
    assert all(token not in r.getMessage() for r in caplog.records)


def test_the_generated_clients_view_helpers_are_safe(make_client: MakeClient) -> None:
    from wawex_partner_api import ConfigurationError

    client = make_client()
    assert client.with_timeout(httpx.Timeout(3.0)).options.timeout == httpx.Timeout(3.0)
    with pytest.raises(ConfigurationError, match="with_requestor"):
        client.with_headers({"X": "1"})
    with pytest.raises(ConfigurationError):
        client.with_cookies({"a": "b"})
    assert client.options.timeout is None

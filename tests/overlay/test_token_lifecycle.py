"""The token lifecycle against a real sandbox process: the fault / bad-input matrix of the auth issue.

Counts are taken at the server. The clock of the token cache is a FakeClock where timing matters.
"""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from tests.overlay.conftest import FakeClock, MakeClient
from wawex_partner_api import (
    InvalidClientError,
    InvalidScopeError,
    TokenEndpointUnavailable,
    TokenProtocolError,
    UnsupportedGrantTypeError,
)
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.api.prices import get_prices

HOUR = 3600.0


def call(client) -> int:
    return int(get_prices.sync_detailed(client=client).status_code)


def test_01_endpoint_down_on_a_cold_cache(sandbox: SandboxServer, make_client: MakeClient, closed_port: int) -> None:
    client = make_client(token_url=f"http://127.0.0.1:{closed_port}/oauth2/token")
    with pytest.raises(TokenEndpointUnavailable) as raised:
        call(client)
    assert raised.value.attempts == 3
    assert sandbox.counter("api_requests") == 0


def test_02_endpoint_down_inside_the_advisory_window(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    client = make_client(clock=clock)
    assert call(client) == 200
    sandbox.script_token_responses(*[{"status": 503}] * 3)
    clock.advance(HOUR - 200)  # inside the advisory window (300 s), outside the mandatory one (60 s)
    caplog.clear()

    assert call(client) == 200
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and r.name.startswith("wawex_partner_api")]
    assert len(warnings) == 1
    assert sandbox.counter("token_requests") == 1 + 3

    clock.advance(29)
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 4, "no new attempt within 30 s"
    clock.advance(2)
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 5, "a new attempt after 30 s, which succeeds"
    assert client.tokens.state(client.tokens._token, clock()) == "fresh"


@pytest.mark.parametrize("seconds_before_expiry", [30.0, -10.0])
def test_03_endpoint_down_past_the_mandatory_window(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock, seconds_before_expiry: float
) -> None:
    client = make_client(clock=clock)
    assert call(client) == 200
    old_token = sandbox.requests("api")[-1]["token"]
    sandbox.script_token_responses(*[{"status": 502}] * 3)
    clock.advance(HOUR - seconds_before_expiry)

    with pytest.raises(TokenEndpointUnavailable):
        call(client)
    api = sandbox.requests("api")
    assert len(api) == 1, "nothing was sent with the expiring token"
    assert api[0]["token"] == old_token


def test_05_retry_after_is_honoured_and_concurrent_callers_add_nothing(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    import threading

    client = make_client()
    sandbox.script_token_responses({"status": 503, "headers": {"Retry-After": "2"}})
    results: list[int] = []
    threads = [threading.Thread(target=lambda: results.append(call(client))) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    posts = sandbox.requests("token")
    assert results == [200] * 10
    assert len(posts) == 2
    assert posts[1]["time"] - posts[0]["time"] >= 2.0


def test_06_rate_limited_without_retry_after_backs_off_then_fails(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client(token_backoff=1.0)
    sandbox.script_token_responses(*[{"status": 429}] * 3)
    with pytest.raises(TokenEndpointUnavailable) as raised:
        call(client)
    assert raised.value.status_code == 429
    times = [entry["time"] for entry in sandbox.requests("token")]
    assert len(times) == 3
    assert 0.9 <= times[1] - times[0] <= 1.5
    assert 1.8 <= times[2] - times[1] <= 2.6


@pytest.mark.parametrize(
    ("error", "error_class"),
    [
        ("invalid_client", InvalidClientError),
        ("invalid_scope", InvalidScopeError),
        ("unsupported_grant_type", UnsupportedGrantTypeError),
    ],
)
def test_07_oauth_errors_are_not_retried(
    sandbox: SandboxServer, make_client: MakeClient, error: str, error_class: type[Exception]
) -> None:
    client = make_client()
    sandbox.script_token_responses({"status": 400, "json": {"error": error, "error_description": "nope"}})
    with pytest.raises(error_class) as raised:
        call(client)
    assert sandbox.counter("token_requests") == 1
    assert (raised.value.error, raised.value.error_description) == (error, "nope")
    assert sandbox.client_secret not in f"{raised.value} {raised.value!r} {vars(raised.value)}"


def test_07_wrong_secret_is_invalid_client(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client(client_secret="not-the-secret")
    with pytest.raises(InvalidClientError) as raised:
        call(client)
    assert sandbox.counter("token_requests") == 1
    assert "not-the-secret" not in f"{raised.value} {raised.value!r}"


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 200, "body": "<html><body>Login</body></html>", "media_type": "text/html"},
        {"status": 200, "body": '{"access_token": "abc", ', "media_type": "application/json"},
        {"status": 200, "json": {"token_type": "Bearer", "expires_in": 3600}},
        {"status": 200, "json": {"access_token": "abc", "token_type": "mac", "expires_in": 3600}},
        {"status": 200, "json": ["access_token"]},
    ],
    ids=["html", "malformed-json", "no-access-token", "not-bearer", "not-an-object"],
)
def test_08_09_unusable_answers_are_protocol_errors_and_nothing_is_cached(
    sandbox: SandboxServer, make_client: MakeClient, answer: dict
) -> None:
    client = make_client()
    sandbox.script_token_responses(answer)
    with pytest.raises(TokenProtocolError):
        call(client)
    assert sandbox.counter("api_requests") == 0
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2, "the bad answer was not cached"


def test_10_missing_expires_in_means_an_hour_with_a_warning(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox.settings(expires_in="missing")
    client = make_client(clock=clock)
    assert call(client) == 200
    assert any("no expires_in" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    clock.advance(HOUR - 301)
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 1
    clock.advance(2)  # now inside the advisory window of a 3600 s token
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2


@pytest.mark.parametrize("expires_in", [0, -5, "abc", None, True])
def test_11_unusable_expires_in_means_use_once(
    sandbox: SandboxServer, make_client: MakeClient, expires_in: object
) -> None:
    sandbox.settings(expires_in=expires_in)
    client = make_client()
    for calls in (1, 2, 3):
        assert call(client) == 200
        assert sandbox.counter("token_requests") == calls, "one token request per call, no loop"


@pytest.mark.parametrize(("expires_in", "lifetime"), [("3600", 3600.0), (10**12, 86400.0), (120.5, 120.5)])
def test_12_numeric_strings_accepted_and_lifetimes_capped(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock, expires_in: object, lifetime: float
) -> None:
    sandbox.settings(expires_in=expires_in)
    client = make_client(clock=clock)
    assert call(client) == 200
    token = client.tokens._token
    assert token is not None
    assert token.expires_at is not None
    assert token.expires_at - token.obtained_at == lifetime


def test_13_wall_clock_jumps_do_not_move_expiry(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = make_client(clock=clock)
    assert call(client) == 200
    real_time = time.time
    for jump in (2 * HOUR, -2 * HOUR):
        monkeypatch.setattr(time, "time", lambda jump=jump: real_time() + jump)
        assert call(client) == 200
    assert sandbox.counter("token_requests") == 1
    clock.advance(HOUR - 200)
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2, "refresh timing follows the monotonic clock only"


def test_14_a_refresh_that_brings_the_same_token_is_not_repeated_for_30_s(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock
) -> None:
    sandbox.settings(expires_in=400)
    client = make_client(clock=clock)
    assert call(client) == 200
    first = sandbox.requests("api")[-1]["token"]
    clock.advance(150)  # 250 s left: advisory
    sandbox.script_token_responses({"json": {"access_token": first, "token_type": "Bearer", "expires_in": 250}})
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2
    for _ in range(3):
        clock.advance(9)
        assert call(client) == 200
    assert sandbox.counter("token_requests") == 2, "same token and expiry: no new request for 30 s"
    clock.advance(4)
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 3
    assert {entry["token"] for entry in sandbox.requests("api")[:-1]} == {first}


def test_20_a_cancelled_refresher_releases_the_lock(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()

    async def scenario() -> int:
        sandbox.settings(token_delay=1.0)
        first = asyncio.create_task(get_prices.asyncio_detailed(client=client))
        await asyncio.sleep(0.2)
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        sandbox.settings(token_delay=0.0)
        response = await asyncio.wait_for(get_prices.asyncio_detailed(client=client), timeout=5)
        await client.aclose()
        return int(response.status_code)

    assert asyncio.run(scenario()) == 200


def test_25_two_client_ids_on_one_token_url_get_two_tokens(sandbox: SandboxServer, make_client: MakeClient) -> None:
    from wawex_partner_api import TokenCache

    sandbox.settings(clients={"second-client": "second-secret"})
    shared = TokenCache()
    first = make_client(cache=shared)
    second = make_client(cache=shared, client_id="second-client", client_secret="second-secret")
    assert call(first) == call(second) == call(first) == 200
    posts = sandbox.requests("token")
    assert [p["client_id"] for p in posts] == [sandbox.client_id, "second-client"]
    tokens = [entry["token"] for entry in sandbox.requests("api")]
    assert tokens[0] == tokens[2] != tokens[1]


def test_one_cache_serves_two_clients_with_the_same_credentials(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    from wawex_partner_api import TokenCache

    shared = TokenCache()
    assert call(make_client(cache=shared)) == call(make_client(cache=shared)) == 200
    assert sandbox.counter("token_requests") == 1


def test_token_request_is_form_encoded_client_secret_post(sandbox: SandboxServer, make_client: MakeClient) -> None:
    assert call(make_client(scope="tradevest.api", token_url=f"{sandbox.base_url}/connect/token")) == 200
    (post,) = sandbox.requests("token")
    assert post["path"] == "/connect/token"
    assert post["form_keys"] == ["client_id", "client_secret", "grant_type", "scope"]

"""The bearer flow on API requests: 401 handling, single flight under load, and where the token may go."""

from __future__ import annotations

import asyncio
import time

import pytest

from tests.overlay.conftest import FakeClock, MakeClient, together
from wawex_partner_api import TokenEndpointUnavailable
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.api.prices import get_prices

HOUR = 3600.0
INVALID_TOKEN = {"status": 401, "headers": {"WWW-Authenticate": 'Bearer error="invalid_token"'}, "json": {}}


def call(client) -> int:
    return int(get_prices.sync_detailed(client=client).status_code)


def test_15_a_401_refreshes_once_and_retries_once(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    assert call(client) == 200
    sandbox.script_api_responses(INVALID_TOKEN)
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2
    api = sandbox.requests("api")
    assert api[1]["token"] == api[0]["token"] != api[2]["token"]

    sandbox.script_api_responses(INVALID_TOKEN, INVALID_TOKEN)
    assert call(client) == 401, "a second 401 is the caller's"
    assert sandbox.counter("token_requests") == 3
    assert sandbox.counter("api_requests") == 5


def test_15_a_401_without_challenge_also_refreshes(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    assert call(client) == 200
    sandbox.script_api_responses({"status": 401, "json": {}})
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2


def test_16_a_hundred_401s_for_one_token_cost_one_refresh(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    assert call(client) == 200
    old = sandbox.requests("api")[0]["token"]
    sandbox.revoke(old)
    assert together(100, lambda: call(client)) == [200] * 100
    assert sandbox.counter("token_requests") == 2, "one initial token, one refresh"
    retried = [entry["token"] for entry in sandbox.requests("api")[1:] if entry["token"] != old]
    assert len(retried) == 100
    assert len(set(retried)) == 1


@pytest.mark.parametrize(
    "answer",
    [
        {"status": 403, "headers": {"WWW-Authenticate": 'Bearer error="insufficient_scope"'}, "json": {}},
        {"status": 401, "headers": {"WWW-Authenticate": 'Bearer error="insufficient_scope"'}, "json": {}},
    ],
    ids=["403", "401-other-error"],
)
def test_17_forbidden_never_refreshes(sandbox: SandboxServer, make_client: MakeClient, answer: dict) -> None:
    client = make_client()
    assert call(client) == 200
    sandbox.script_api_responses(answer)
    assert call(client) == answer["status"]
    assert sandbox.counter("token_requests") == 1
    assert sandbox.counter("api_requests") == 2


def test_18_a_hundred_threads_cross_expiry_together(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock
) -> None:
    client = make_client(clock=clock)
    assert call(client) == 200
    old = sandbox.requests("api")[0]["token"]
    clock.advance(HOUR - 30)  # inside the mandatory window: every caller needs the new token
    assert together(100, lambda: call(client)) == [200] * 100
    assert sandbox.counter("token_requests") == 2
    carried = {entry["token"] for entry in sandbox.requests("api")[1:]}
    assert len(carried) == 1
    assert old not in carried


def _cross_expiry_with_tasks(client, clock: FakeClock, tasks: int) -> tuple[list[int], float]:
    """Run ``tasks`` API calls that all need the next token; return statuses and the worst event-loop lag
    seen while they waited for it (a 5 ms ticker that should wake on time). Starting a thousand tasks is
    CPU work the loop does whatever the client; the lag is measured once they are all waiting."""

    async def scenario() -> tuple[list[int], float]:
        lag = 0.0
        expired = client.tokens.current

        async def ticker() -> None:
            nonlocal lag
            while client.tokens.current is expired:
                started = time.perf_counter()
                await asyncio.sleep(0.005)
                lag = max(lag, time.perf_counter() - started - 0.005)

        clock.advance(HOUR)  # every task needs the next token
        calls = [asyncio.create_task(get_prices.asyncio_detailed(client=client)) for _ in range(tasks)]
        await asyncio.sleep(0.2)  # all started and waiting; the sandbox takes 0.5 s to answer the token request
        assert client.tokens.current is expired
        await ticker()
        responses = await asyncio.gather(*calls)
        await client.aclose()
        return [int(r.status_code) for r in responses], lag

    return asyncio.run(scenario())


def test_19_a_thousand_tasks_cross_expiry_in_two_event_loops(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock
) -> None:
    client = make_client(clock=clock, timeout=60.0)
    sandbox.settings(token_delay=0.5)  # the tasks wait a while for the one refresh
    for run, expected_posts in ((1, 1), (2, 2)):
        statuses, lag = _cross_expiry_with_tasks(client, clock, 1000)
        assert statuses == [200] * 1000, f"run {run}"
        assert sandbox.counter("token_requests") == expected_posts, f"run {run}: exactly one token request"
        assert lag < 0.05, f"run {run}: event loop blocked for {lag * 1000:.0f} ms"
    tokens = [entry["token"] for entry in sandbox.requests("api")]
    assert len(set(tokens[:1000])) == 1
    assert len(set(tokens[1000:])) == 1
    assert tokens[0] != tokens[-1]


def test_04_a_hanging_token_endpoint_fails_all_waiters_after_one_timeout(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client(token_timeout=0.5, token_attempts=1)
    sandbox.settings(token_delay=3.0)
    started = time.perf_counter()
    results = together(100, lambda: call(client))
    elapsed = time.perf_counter() - started
    assert all(isinstance(result, TokenEndpointUnavailable) for result in results)
    assert len(results) == 100
    assert elapsed < 2.0, f"{elapsed:.1f} s: waiters must share the failure, not time out one after another"
    assert sandbox.counter("token_requests") == 1
    assert sandbox.counter("api_requests") == 0


def test_26_no_authorization_for_another_origin(
    sandbox: SandboxServer, other_origin: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client()
    sandbox.script_api_responses({"status": 302, "headers": {"Location": f"{other_origin.base_url}/prices"}})
    assert call(client) == 302, "redirects are not followed"
    # Even a request the caller sends to another origin through the client's own httpx client carries no token.
    assert client.get_httpx_client().get(f"{other_origin.base_url}/prices").status_code == 401
    assert other_origin.requests("api")
    assert not any(e["authorization_present"] for e in other_origin.requests("api"))

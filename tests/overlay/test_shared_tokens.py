"""The shared token cache with real processes: a fleet on one sandbox and one real redis-server.

Token requests are counted at the sandbox; the Redis keyspace is read with a client of the test's own.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time

import pytest

from tests.fleet import cross_expiry, member_config, spawn
from tests.overlay.conftest import FleetClocks
from tests.redis_server import RedisServer
from wawex_partner_api import (
    ConfigurationError,
    MissingExtraError,
    PartnerClient,
    RedisTokenCache,
    TokenEndpointUnavailable,
)
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.token_cache.sealing import FORMAT, Sealer
from wawex_partner_api_client.api.prices import get_prices

HOUR = 3600.0


def call(client: PartnerClient) -> int:
    return int(get_prices.sync_detailed(client=client).status_code)


def shared_client(sandbox: SandboxServer, cache: RedisTokenCache, **settings: object) -> PartnerClient:
    return PartnerClient(sandbox.config(**settings), token_cache=cache)


def test_a_fleet_of_threads_crossing_expiry_makes_one_token_request(
    sandbox: SandboxServer, redis_server: RedisServer
) -> None:
    alone = cross_expiry(sandbox, processes=8, threads=20)
    shared = cross_expiry(sandbox, processes=8, threads=20, cache_url=redis_server.url)
    assert (alone.calls, alone.failures) == (shared.calls, shared.failures) == (160, [])
    assert alone.token_requests == 8, "without the shared cache, one refresh per process"
    assert shared.token_requests == 1, "with it, one for the fleet"


def test_a_fleet_of_tasks_crossing_expiry_makes_one_token_request(
    sandbox: SandboxServer, redis_server: RedisServer
) -> None:
    shared = cross_expiry(sandbox, processes=4, tasks=250, cache_url=redis_server.url)
    assert (shared.calls, shared.failures) == (1000, [])
    assert shared.token_requests == 1


def test_a_lock_holder_killed_mid_refresh_delays_the_others_at_most_the_lock_ttl(
    sandbox: SandboxServer, redis_server: RedisServer
) -> None:
    settings = {"token_timeout": 2.0, "token_attempts": 1}  # lock TTL: 2 s x 1 attempt + 1 s
    sandbox.settings(token_delay=30.0)
    holder = spawn({"config": member_config(sandbox, **settings), "cache_url": redis_server.url, "threads": 1})
    cache = RedisTokenCache.from_url(redis_server.url)
    lock = Sealer(sandbox.config(**settings), "wawex:").lock
    with redis_server.client() as inspect:
        deadline = time.monotonic() + 30
        while not (inspect.exists(lock) and sandbox.counter("token_requests") == 1):
            assert time.monotonic() < deadline, "the holder never took the lock and sent its token request"
            assert holder.poll() is None
            time.sleep(0.01)
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        sandbox.settings(token_delay=0.0)
        started = time.monotonic()
        assert call(shared_client(sandbox, cache, **settings)) == 200
        waited = time.monotonic() - started
        assert waited <= 3.0 + 0.5, f"waited {waited:.1f} s for a dead holder"
        assert not inspect.exists(lock), "released by its new owner"
    assert sandbox.counter("token_requests") == 2, "the holder's hanging request, then ours"


def test_two_machines_whose_clocks_differ_by_30_s_share_one_token_per_lifetime(
    sandbox: SandboxServer, redis_server: RedisServer
) -> None:
    clocks = FleetClocks()
    on_time = RedisTokenCache.from_url(redis_server.url, clock=clocks.monotonic, wall_clock=clocks.wall())
    ahead = RedisTokenCache.from_url(redis_server.url, clock=clocks.monotonic, wall_clock=clocks.wall(30.0))
    first, second = shared_client(sandbox, on_time), shared_client(sandbox, ahead)
    for _ in range(3):
        assert call(first) == call(second) == 200
        assert call(second) == call(first) == 200
        clocks.advance(HOUR - 30)  # inside both windows: one refresh is due
    assert sandbox.counter("token_requests") == 3, "one per lifetime, whichever clock noticed first"
    tokens = [entry["token"] for entry in sandbox.requests("api")]
    assert len(set(tokens)) == 3
    assert all(tokens[i] == tokens[i + 1] for i in range(0, len(tokens), 2)), "both used the same token each time"


def test_a_rejected_token_is_dropped_only_while_the_entry_still_holds_it(
    sandbox: SandboxServer, redis_server: RedisServer
) -> None:
    first = shared_client(sandbox, RedisTokenCache.from_url(redis_server.url))
    second = shared_client(sandbox, RedisTokenCache.from_url(redis_server.url))
    assert call(first) == call(second) == 200
    old = sandbox.requests("api")[-1]["token"]
    sandbox.revoke(old)
    assert call(first) == 200, "401, the entry dropped, a new token fetched and shared"
    assert call(second) == 200, "401 too, but the entry already holds the new token: it is used, not deleted"
    new = sandbox.requests("api")[-1]["token"]
    assert new != old
    assert sandbox.counter("token_requests") == 2
    entry = Sealer(sandbox.config(), "wawex:")
    with redis_server.client() as inspect:
        opened = entry.open(inspect.get(entry.entry))
    assert opened is not None
    assert opened.token == new


def test_the_advisory_rule_holds_across_processes(sandbox: SandboxServer, redis_server: RedisServer) -> None:
    clocks = FleetClocks()
    cache = RedisTokenCache.from_url(redis_server.url, clock=clocks.monotonic, wall_clock=clocks.wall())
    client = shared_client(sandbox, cache)
    assert call(client) == 200
    lock = Sealer(sandbox.config(), "wawex:").lock
    with redis_server.client() as other_process:
        other_process.set(lock, b"another process", px=60_000)  # refreshing elsewhere
        clocks.advance(HOUR - 200)  # advisory: the cached token may still be sent
        started = time.monotonic()
        assert call(client) == call(client) == 200
        assert time.monotonic() - started < 1.0, "nobody waits for another process's advisory refresh"
        assert sandbox.counter("token_requests") == 1
        other_process.delete(lock)
    clocks.advance(2)  # past the interim recheck
    assert call(client) == 200
    assert sandbox.counter("token_requests") == 2, "the lock is free: this process refreshes for everyone"


def test_nothing_secret_in_keys_values_or_logs(
    sandbox: SandboxServer, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clients = [shared_client(sandbox, RedisTokenCache.from_url(redis_server.url)) for _ in range(3)]
    for client in clients:
        assert call(client) == 200
    tokens = {entry["token"] for entry in sandbox.requests("api")}
    secrets = {sandbox.client_secret, *tokens}
    with redis_server.client() as inspect:
        stored = {key: inspect.get(key) for key in inspect.scan_iter("*")}
    assert list(stored) == [Sealer(sandbox.config(), "wawex:").entry.encode()], "one entry, the lock released"
    for key, value in stored.items():
        assert value is not None
        assert value.startswith(FORMAT)
        for secret in secrets:
            assert secret.encode() not in key
            assert secret.encode() not in value
    assert not any(secret in json.dumps([r.getMessage() for r in caplog.records]) for secret in secrets)


def test_a_rejected_token_leaves_the_shared_entry_even_when_no_new_one_comes(
    sandbox: SandboxServer, redis_server: RedisServer
) -> None:
    client = shared_client(sandbox, RedisTokenCache.from_url(redis_server.url), token_attempts=1)
    assert call(client) == 200
    sandbox.revoke(sandbox.requests("api")[-1]["token"])
    sandbox.script_token_responses({"status": 503})
    with pytest.raises(TokenEndpointUnavailable):
        call(client)
    with redis_server.client() as inspect:
        assert not inspect.exists(Sealer(sandbox.config(), "wawex:").entry), "no other process gets the rejected token"


def test_from_env_shares_tokens_through_the_url_it_names(sandbox: SandboxServer, redis_server: RedisServer) -> None:
    environ = {
        "WAWEX_CLIENT_ID": sandbox.client_id,
        "WAWEX_CLIENT_SECRET": sandbox.client_secret,
        "WAWEX_BASE_URL": sandbox.base_url,
        "WAWEX_TOKEN_URL": sandbox.token_url,
        "WAWEX_TOKEN_CACHE_URL": redis_server.url,
    }
    first, second = PartnerClient.from_env(environ), PartnerClient.from_env(environ)
    assert first.tokens is second.tokens, "one cache per URL in a process"
    assert call(first) == 200
    with redis_server.client() as inspect:
        assert inspect.exists(Sealer(sandbox.config(), "wawex:").entry)
    assert "SharedSlot" in repr(first.tokens)
    assert "SharedSlot" not in repr(PartnerClient.from_env({**environ, "WAWEX_TOKEN_CACHE_URL": ""}).tokens)


@pytest.mark.parametrize(
    "url",
    [
        "http://:pa55word-x@cache:6379/0",
        "redis://:pa55word-x@/0",
        "unix://:pa55word-x@",
        "rediss://:pa55word-x@cache:6380/0?ssl_cert_reqs=none",
        "rediss://:pa55word-x@cache:6380/0?ssl_cert_reqs=optional",
    ],
)
def test_a_bad_cache_url_is_refused_before_any_io(url: str) -> None:
    with pytest.raises(ConfigurationError) as refused:
        RedisTokenCache.from_url(url)
    assert "pa55word-x" not in f"{refused.value} {refused.value!r}"


def test_without_the_extra_the_cache_names_it(monkeypatch: pytest.MonkeyPatch, redis_server: RedisServer) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "redis" else real(name, *a))
    with pytest.raises(MissingExtraError, match=r"\[redis\]") as missing:
        RedisTokenCache.from_url(redis_server.url)
    assert missing.value.extra == "redis"


@pytest.mark.parametrize("async_client", [False, True], ids=["sync client only", "with an async client"])
def test_clients_of_your_own_serve_sync_and_async_callers(
    sandbox: SandboxServer, redis_server: RedisServer, async_client: bool
) -> None:
    import redis.asyncio

    async def calls() -> list[int]:
        # an asyncio client belongs to the loop it is made on: made here, as an application would
        extra = redis.asyncio.Redis(unix_socket_path=str(redis_server.socket)) if async_client else None
        caches = [RedisTokenCache(redis_server.client(), async_client=extra) for _ in range(2)]
        clients = [shared_client(sandbox, cache) for cache in caches]
        responses = [await get_prices.asyncio_detailed(client=client) for client in clients]
        for client in clients:
            await client.aclose()
        if extra is not None:
            await extra.aclose()
        return [int(response.status_code) for response in responses]

    assert asyncio.run(calls()) == [200, 200]
    assert sandbox.counter("token_requests") == 1

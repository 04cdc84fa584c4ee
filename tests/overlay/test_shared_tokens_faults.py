"""Whatever happens to Redis, API calls succeed: each fault against a real redis-server and a real sandbox.

Every test counts token requests at the sandbox and checks what was logged (once per outage).
"""

from __future__ import annotations

import logging
import threading
import time

import pytest

from tests.overlay.conftest import FleetClocks
from tests.redis_server import RedisServer
from wawex_partner_api import PartnerClient, RedisTokenCache
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.token_cache.sealing import Sealer
from wawex_partner_api_client.api.prices import get_prices

HOUR = 3600.0


def call(client: PartnerClient) -> int:
    return int(get_prices.sync_detailed(client=client).status_code)


def cache_logs(caplog: pytest.LogCaptureFixture, level: int) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "wawex_partner_api.token_cache" and r.levelno == level]


def test_redis_down_from_the_start(sandbox: SandboxServer, closed_port: int, caplog: pytest.LogCaptureFixture) -> None:
    url = f"redis://127.0.0.1:{closed_port}/0"
    clients = [PartnerClient(sandbox.config(), token_cache=RedisTokenCache.from_url(url)) for _ in range(2)]
    for client in clients:
        started = time.monotonic()
        assert call(client) == call(client) == 200
        assert time.monotonic() - started < 2.0
    assert sandbox.counter("token_requests") == 2, "each process on its own, as without a shared cache"
    assert len(cache_logs(caplog, logging.WARNING)) == 2, "one warning per process"


def test_redis_killed_mid_run_and_restarted_empty(
    sandbox: SandboxServer, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clocks = FleetClocks()
    caches = [
        RedisTokenCache.from_url(redis_server.url, clock=clocks.monotonic, wall_clock=clocks.wall()) for _ in range(2)
    ]
    clients = [PartnerClient(sandbox.config(), token_cache=cache) for cache in caches]
    assert [call(client) for client in clients] == [200, 200]
    assert sandbox.counter("token_requests") == 1

    redis_server.kill()
    clocks.advance(HOUR)
    assert [call(client) for client in clients] == [200, 200]
    assert sandbox.counter("token_requests") == 3, "Redis gone: each process refreshes alone"
    assert len(cache_logs(caplog, logging.WARNING)) == 2

    redis_server.start()  # empty: nothing was persisted
    clocks.advance(HOUR)
    assert [call(client) for client in clients] == [200, 200]
    assert sandbox.counter("token_requests") == 4, "back: one refresh for both again"
    assert len(cache_logs(caplog, logging.INFO)) == 2, "each process says once that it is back"
    assert len(cache_logs(caplog, logging.WARNING)) == 2


def test_redis_slower_than_its_time_limit(sandbox: SandboxServer, redis_server: RedisServer) -> None:
    client = PartnerClient(sandbox.config(), token_cache=RedisTokenCache.from_url(redis_server.url))
    with redis_server.client() as admin:
        stall = threading.Thread(target=admin.execute_command, args=("DEBUG", "SLEEP", "1.5"))
        stall.start()
        time.sleep(0.1)
        started = time.monotonic()
        assert call(client) == 200
        waited = time.monotonic() - started
        stall.join()
    assert waited < 1.0, f"the call waited {waited:.2f} s for a stalled Redis"
    assert sandbox.counter("token_requests") == 1


def test_wrong_redis_password(tmp_path_factory: pytest.TempPathFactory, sandbox: SandboxServer) -> None:
    import tempfile
    from pathlib import Path

    with RedisServer(Path(tempfile.mkdtemp(prefix="wawex-redis-")), password="right-password") as server:
        url = server.url.replace("right-password", "wrong-password")
        client = PartnerClient(sandbox.config(), token_cache=RedisTokenCache.from_url(url))
        assert call(client) == 200
        with server.client() as admin:
            assert admin.dbsize() == 0, "nothing was written"
    assert sandbox.counter("token_requests") == 1


def test_redis_full(sandbox: SandboxServer, redis_server: RedisServer, caplog: pytest.LogCaptureFixture) -> None:
    with redis_server.client() as admin:
        admin.config_set("maxmemory", 1)  # every write is refused (OOM), reads still work
        clients = [
            PartnerClient(sandbox.config(), token_cache=RedisTokenCache.from_url(redis_server.url)) for _ in range(2)
        ]
        assert [call(client) for client in clients] == [200, 200]
        assert admin.dbsize() == 0
    assert sandbox.counter("token_requests") == 2
    assert cache_logs(caplog, logging.WARNING)


@pytest.mark.parametrize("stored", ["garbage", "sealed under another secret", "an expired token"])
def test_an_entry_overwritten_is_never_sent_and_gets_replaced(
    sandbox: SandboxServer, redis_server: RedisServer, caplog: pytest.LogCaptureFixture, stored: str
) -> None:
    config = sandbox.config()
    ours = Sealer(config, "wawex:")
    if stored == "garbage":
        value = b"\x01" + bytes(range(60))
    elif stored == "sealed under another secret":
        other = Sealer(sandbox.config(client_secret="another-secret"), "wawex:")
        other.entry = ours.entry  # the same entry name: only the key differs
        value = other.seal("forged-token", time.time() + HOUR)
    else:
        value = ours.seal("expired-token", time.time() - HOUR)
    with redis_server.client() as admin:
        admin.set(ours.entry, value, px=int(HOUR * 1000))
        client = PartnerClient(config, token_cache=RedisTokenCache.from_url(redis_server.url))
        assert call(client) == call(client) == 200
        replaced = ours.open(admin.get(ours.entry))
    sent = {entry["token"] for entry in sandbox.requests("api")}
    assert sent.isdisjoint({"forged-token", "expired-token"})
    assert sandbox.counter("token_requests") == 1
    assert replaced is not None
    assert replaced.token in sent
    warnings = cache_logs(caplog, logging.WARNING)
    assert len(warnings) == (0 if stored == "an expired token" else 1)

"""P1: per-request cost of each way to call the same URL, sync and async, against a loopback echo server.

Contenders call ``GET /entities/natural-persons/{id}`` (the generated get-natural-person operation):
raw httpx with static ``Authorization`` and ``Requestor-ID`` headers (the limit), Authlib's client,
httpx-auth, the generated operation alone (no overlay), ours (the overlay's operation, requestor
bound, cached token), and ours again with a shared Redis token cache configured (a redis-server of its
own in a temporary directory; a cached token is sent without asking Redis). Protocol: a warm-up, then
rounds that interleave the contenders; each round times ``N`` sequential requests per contender;
reported: the smallest median and the smallest p99 over rounds.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks.echo_server import EchoServer
from tests.redis_server import RedisServer
from wawex_partner_api import PartnerClient, PartnerConfig, RedisTokenCache, TokenCache
from wawex_partner_api._compat import authlib_httpx_client
from wawex_partner_api.operations.natural_persons import get_natural_person as ours
from wawex_partner_api_client.api.natural_persons import get_natural_person as generated
from wawex_partner_api_client.client import AuthenticatedClient

PERSON = "123e4567-e89b-12d3-a456-426614174000"
PATH = f"/entities/natural-persons/{PERSON}"
N, ROUNDS, WARMUP = 2000, 5, 200


def _contenders(base: str, redis_url: str, *, asynchronous: bool) -> dict[str, Callable[[], Any]]:
    """The same six ways to call PATH, on httpx.Client or httpx.AsyncClient (calls return awaitables then)."""
    http = httpx.AsyncClient if asynchronous else httpx.Client
    oauth_class = "AsyncOAuth2Client" if asynchronous else "OAuth2Client"
    raw = http(base_url=base, headers={"Authorization": "Bearer benchmark-token", "Requestor-ID": PERSON})
    oauth = getattr(authlib_httpx_client(), oauth_class)(
        client_id="c",
        client_secret="s",
        token={"access_token": "benchmark-token", "token_type": "Bearer", "expires_at": time.time() + 3600},
        base_url=base,
        headers={"Requestor-ID": PERSON},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import httpx_auth
    peer = http(
        base_url=base,
        headers={"Requestor-ID": PERSON},
        auth=httpx_auth.OAuth2ClientCredentials(f"{base}/oauth2/token", client_id="c", client_secret="s"),
    )
    plain = AuthenticatedClient(base_url=base, token="benchmark-token", headers={"Requestor-ID": PERSON})
    config = PartnerConfig(client_id="c", client_secret="s", base_url=base, token_url=f"{base}/oauth2/token")
    acting = PartnerClient(config, token_cache=TokenCache()).with_requestor(PERSON)
    shared = PartnerClient(config, token_cache=RedisTokenCache.from_url(redis_url)).with_requestor(PERSON)
    generated_call = generated.asyncio_detailed if asynchronous else generated.sync_detailed
    ours_call = ours.asyncio_detailed if asynchronous else ours.sync_detailed
    return {
        "raw httpx (static headers)": lambda: raw.get(PATH),
        "Authlib OAuth2Client": lambda: oauth.get(PATH),
        "httpx-auth OAuth2ClientCredentials": lambda: peer.get(PATH),
        "generated operation, no overlay": lambda: generated_call(PERSON, client=plain),
        "ours (overlay operation, requestor bound)": lambda: ours_call(PERSON, client=acting),
        "ours, Redis token cache configured": lambda: ours_call(PERSON, client=shared),
    }


def _summary(rounds: list[list[float]]) -> tuple[float, float]:
    medians = [statistics.median(times) for times in rounds]
    p99s = [sorted(times)[int(len(times) * 0.99)] for times in rounds]
    return min(medians), min(p99s)


def measure_sync(base: str, redis_url: str) -> dict[str, tuple[float, float]]:
    contenders = _contenders(base, redis_url, asynchronous=False)
    for call in contenders.values():
        for _ in range(WARMUP):
            call()
    rounds: dict[str, list[list[float]]] = {name: [] for name in contenders}
    for _ in range(ROUNDS):
        for name, call in contenders.items():
            times = []
            for _ in range(N):
                started = time.perf_counter()
                call()
                times.append(time.perf_counter() - started)
            rounds[name].append(times)
    return {name: _summary(series) for name, series in rounds.items()}


def measure_async(base: str, redis_url: str) -> dict[str, tuple[float, float]]:
    async def run() -> dict[str, tuple[float, float]]:
        contenders = _contenders(base, redis_url, asynchronous=True)
        for call in contenders.values():
            for _ in range(WARMUP):
                await call()
        rounds: dict[str, list[list[float]]] = {name: [] for name in contenders}
        for _ in range(ROUNDS):
            for name, call in contenders.items():
                times = []
                for _ in range(N):
                    started = time.perf_counter()
                    await call()
                    times.append(time.perf_counter() - started)
                rounds[name].append(times)
        return {name: _summary(series) for name, series in rounds.items()}

    return asyncio.run(run())


def table() -> str:
    server = EchoServer()
    try:
        with tempfile.TemporaryDirectory() as directory, RedisServer(Path(directory)) as redis:
            results = {
                "sync": measure_sync(server.base_url, redis.url),
                "async": measure_async(server.base_url, redis.url),
            }
            with redis.client() as control:
                stats = control.info("commandstats")
    finally:
        server.stop()
    lines = ["| mode | contender | median µs | ratio | p99 µs | ratio |", "|---|---|---:|---:|---:|---:|"]
    for mode, rows in results.items():
        base_median, base_p99 = rows["raw httpx (static headers)"]
        for name, (median, p99) in rows.items():
            lines.append(
                f"| {mode} | {name} | {median * 1e6:.0f} | {median / base_median:.2f} | "
                f"{p99 * 1e6:.0f} | {p99 / base_p99:.2f} |"
            )
    commands = sum(entry["calls"] for name, entry in stats.items() if name not in ("cmdstat_ping", "cmdstat_info"))
    calls = 2 * (WARMUP + ROUNDS * N)
    lines += [
        "",
        f"Redis commands in all (connecting and the first token's refresh included): {commands} for {calls} calls.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())

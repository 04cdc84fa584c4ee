"""P1: per-call cost of each way to make the same call, sync and async, against the loopback echo server.

Two operations: get-natural-person ``*_detailed`` (the answer is ``{}``: nothing worth parsing, so this is the
cost of the call itself) and get-customers ``sync``/``asyncio`` (a page of 20 customers parsed into the
generated ``Customers`` model). Contenders: raw httpx with static ``Authorization`` and ``Requestor-ID``
headers (the anchor; for get-customers it parses the page with ``Customers.from_dict`` too, since the user
wants the model either way), Authlib's client and httpx-auth (parsing likewise), the generated operation
without the overlay, ours (the overlay's operation on a requestor view made per call,
``client.with_requestor(PERSON)`` inside the timed call, cached token), and ours with a shared Redis token
cache configured (a redis-server of its own; a cached token is sent without asking Redis).
A round runs ``N`` sequential calls per contender; its figure is the mean time per call (all costs count).
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import warnings
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import httpx

from benchmarks.echo_server import PERSON, PERSON_PATH, RAW_HEADERS, EchoServer, partner_config
from benchmarks.protocol import Goal, Outcome, Point, Spread, ainterleave, header, interleave, per_round, row, verdict
from tests.redis_server import RedisServer
from wawex_partner_api import PartnerClient, RedisTokenCache, TokenCache
from wawex_partner_api._compat import authlib_httpx_client
from wawex_partner_api.operations.customers import get_customers as ours_customers
from wawex_partner_api.operations.natural_persons import get_natural_person as ours_person
from wawex_partner_api_client.api.customers import get_customers as generated_customers
from wawex_partner_api_client.api.natural_persons import get_natural_person as generated_person
from wawex_partner_api_client.client import AuthenticatedClient
from wawex_partner_api_client.models.customers import Customers

CUSTOMERS = ("/roles/customers", {"limit": 20})
ANCHOR = "raw httpx (static headers)"
OURS = "ours (overlay operation, view per call)"
REDIS = "ours, Redis token cache configured"
GOAL = Goal("<=", 1.05)
OPERATIONS = {"person": "get-natural-person, no parsing", "customers": "get-customers, 20 customers parsed"}


def _parse(response: httpx.Response) -> Customers:
    return Customers.from_dict(response.json())


async def _aparse(pending: Awaitable[httpx.Response]) -> Customers:
    return _parse(await pending)


Calls = dict[str, Callable[[], Any]]


def _contenders(base: str, redis_url: str, op: str, *, asynchronous: bool) -> tuple[Calls, list[Callable[[], Any]]]:
    """Six ways to make the call ``op`` names, on httpx.Client or httpx.AsyncClient (calls return awaitables
    then), and the closers of their clients."""
    http: Any = httpx.AsyncClient if asynchronous else httpx.Client  # the calls below are the same for both
    raw = http(base_url=base, headers=RAW_HEADERS)
    oauth = getattr(authlib_httpx_client(), "AsyncOAuth2Client" if asynchronous else "OAuth2Client")(
        client_id="c",
        client_secret="s",
        token={"access_token": "benchmark-token", "token_type": "Bearer", "expires_at": time.time() + 3600},
        base_url=base,
        headers={"Requestor-ID": PERSON},
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import httpx_auth
    auth = httpx_auth.OAuth2ClientCredentials(f"{base}/oauth2/token", client_id="c", client_secret="s")
    peer = http(base_url=base, headers={"Requestor-ID": PERSON}, auth=auth)
    plain = AuthenticatedClient(base_url=base, token="benchmark-token", headers={"Requestor-ID": PERSON})
    config = partner_config(base)
    ours = PartnerClient(config, token_cache=TokenCache())
    shared = PartnerClient(config, token_cache=RedisTokenCache.from_url(redis_url))
    closers = [
        *(client.aclose if asynchronous else client.close for client in (raw, oauth, peer, ours, shared)),
        lambda: (plain.get_async_httpx_client().aclose if asynchronous else plain.get_httpx_client().close)(),
    ]
    if op == "person":
        gen: Any = generated_person.asyncio_detailed if asynchronous else generated_person.sync_detailed
        call: Any = ours_person.asyncio_detailed if asynchronous else ours_person.sync_detailed
        return {
            ANCHOR: lambda: raw.get(PERSON_PATH),
            "Authlib OAuth2Client": lambda: oauth.get(PERSON_PATH),
            "httpx-auth OAuth2ClientCredentials": lambda: peer.get(PERSON_PATH),
            "generated operation, no overlay": lambda: gen(PERSON, client=plain),
            OURS: lambda: call(PERSON, client=ours.with_requestor(PERSON)),
            REDIS: lambda: call(PERSON, client=shared.with_requestor(PERSON)),
        }, closers
    parse: Any = _aparse if asynchronous else _parse
    path, params = CUSTOMERS
    generated: Any = generated_customers.asyncio if asynchronous else generated_customers.sync
    typed: Any = ours_customers.asyncio if asynchronous else ours_customers.sync
    return {
        f"{ANCHOR} + Customers.from_dict": lambda: parse(raw.get(path, params=params)),
        "Authlib OAuth2Client + from_dict": lambda: parse(oauth.get(path, params=params)),
        "httpx-auth + from_dict": lambda: parse(peer.get(path, params=params)),
        "generated operation, no overlay": lambda: generated(client=plain, limit=20),
        OURS: lambda: typed(client=ours.with_requestor(PERSON), limit=20),
        REDIS: lambda: typed(client=shared.with_requestor(PERSON), limit=20),
    }, closers


def _check(result: Any) -> None:
    """A warm-up call's result must be what the user asked for, or the timing means nothing."""
    if isinstance(result, httpx.Response):
        assert result.status_code == 200, result
    elif isinstance(result, Customers):
        assert isinstance(result.data, list), result
        assert len(result.data) == 20, result
    else:
        assert int(result.status_code) == 200, result


def _sync(
    contenders: tuple[Calls, list[Callable[[], Any]]], rounds: int, n: int, warmup: int
) -> dict[str, list[float]]:
    calls, closers = contenders
    for call in calls.values():
        for _ in range(warmup):
            _check(call())

    def timed(call: Callable[[], Any]) -> Callable[[], float]:
        def block() -> float:
            started = time.perf_counter()
            for _ in range(n):
                call()
            return (time.perf_counter() - started) / n

        return block

    samples = interleave({name: timed(call) for name, call in calls.items()}, rounds)
    for close in closers:
        close()
    return samples


def _async(
    make: Callable[[], tuple[Calls, list[Callable[[], Any]]]], rounds: int, n: int, warmup: int
) -> dict[str, list[float]]:
    async def run() -> dict[str, list[float]]:
        calls, closers = make()  # in this event loop: the async clients belong to it
        for call in calls.values():
            for _ in range(warmup):
                _check(await call())

        def timed(call: Callable[[], Any]) -> Callable[[], Awaitable[float]]:
            async def block() -> float:
                started = time.perf_counter()
                for _ in range(n):
                    await call()
                return (time.perf_counter() - started) / n

            return block

        samples = await ainterleave({name: timed(call) for name, call in calls.items()}, rounds)
        for close in closers:
            await close()
        return samples

    return asyncio.run(run())


def section(quick: bool) -> Outcome:
    rounds, n, warmup = (8, 60, 50) if quick else (30, 200, 200)
    results: dict[tuple[str, str], dict[str, list[float]]] = {}
    with EchoServer() as server, tempfile.TemporaryDirectory() as directory, RedisServer(Path(directory)) as redis:
        for op in OPERATIONS:
            results[op, "sync"] = _sync(
                _contenders(server.base_url, redis.url, op, asynchronous=False), rounds, n, warmup
            )

            def make(op: str = op) -> tuple[Calls, list[Callable[[], Any]]]:
                return _contenders(server.base_url, redis.url, op, asynchronous=True)

            results[op, "async"] = _async(make, rounds, n, warmup)
        with redis.client() as control:
            stats = control.info("commandstats")
    lines = [header("operation", "mode", "contender", "µs per call", "ratio (min / median / max)", "goal", left=3)]
    points = []
    for (op, mode), samples in results.items():
        anchor = next(iter(samples))
        for name, ratios in per_round(samples, anchor).items():
            goal = GOAL if name in (OURS, REDIS) else None
            point = Point(f"{OPERATIONS[op].split(',')[0]}, {mode}: {name}", Spread.of(ratios), goal)
            if name != anchor:
                points.append(point)
            micros = Spread.of(samples[name]).median * 1e6
            lines.append(row(OPERATIONS[op], mode, name, f"{micros:.0f}", point.spread.text(".3f"), verdict(point)))
    commands = sum(entry["calls"] for name, entry in stats.items() if name not in ("cmdstat_ping", "cmdstat_info"))
    lines += [
        "",
        f"{rounds} rounds of {n} sequential calls per contender, after {warmup} warm-up calls each; µs per call: "
        "median over rounds of the round's mean. Redis commands in all (connecting and the first token's "
        f"refresh included): {commands} for {len(results) * (warmup + rounds * n)} calls.",
    ]
    return Outcome("\n".join(lines), points=points)


if __name__ == "__main__":
    import sys

    print(section("--quick" in sys.argv).table)

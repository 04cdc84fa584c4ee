"""The slot pools: at most ``max_connections`` requests of a client (per event loop, or across threads) on the
wire, admitted in arrival order, the lowest slot's connection reused first, a slot held until the response is
closed and never lost to a cancelled or failed request, idle connections closed after ``keepalive_expiry``.

The tests talk HTTP over loopback to a uvicorn server that holds API requests until the test lets them go,
counts how many are open at once and notes which connection (client port) each came on; the slot bookkeeping's
own edge cases are in ``test_slot_queue``.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

import httpx
import pytest

from tests.overlay.served_receiver import LoopbackApp
from tests.overlay.waiting import HANG_GUARD, run, until, wait_for
from wawex_partner_api import APIConnectionError, APITimeoutError, PartnerClient, PartnerConfig, TokenCache
from wawex_partner_api.async_slot_pool import AsyncSlotPool, AsyncSlots, async_pooled
from wawex_partner_api.operations.natural_persons import get_natural_person
from wawex_partner_api.slot_pool import SlotPool, pooled
from wawex_partner_api.slot_queue import ThreadSlots

TOKEN = b'{"access_token": "fan-out-token-0123456789", "token_type": "Bearer", "expires_in": 3600}'


class Backend:
    """An ASGI app: a token endpoint, and API requests that behave as the last path segment's prefix says.

    ``hold-*`` waits until ``release()``; ``broken-*`` promises 1000 bytes, sends 10 and fails; ``big-*`` answers
    1 MiB; ``flaky-*`` answers 503 the first time; anything else answers at once. ``arrivals`` is the order of
    arrival; ``open_now`` / ``most_open`` count API requests being answered.
    """

    def __init__(self) -> None:
        self.arrivals: list[str] = []
        self.ports: list[int] = []  # the client port of each arrival: which connection it came on
        self.open_now = 0
        self.most_open = 0
        self._released = threading.Event()
        self._flaky_seen: set[str] = set()

    def release(self) -> None:
        self._released.set()

    def hold(self) -> None:
        self._released.clear()

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        if scope["path"].endswith("/oauth2/token"):
            await _answer(send, 200, TOKEN)
            return
        tag = scope["path"].rsplit("/", 1)[-1]
        self.arrivals.append(tag)
        self.ports.append(scope["client"][1])
        self.open_now += 1
        self.most_open = max(self.most_open, self.open_now)
        try:
            await self._serve(tag, send)
        finally:
            self.open_now -= 1

    async def _serve(self, tag: str, send: Any) -> None:
        if tag.startswith("hold-"):
            while not self._released.is_set():
                await asyncio.sleep(0.005)
        if tag.startswith("broken-"):
            headers = [(b"content-length", b"1000")]
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": b"0123456789", "more_body": True})
            raise RuntimeError("the backend fails halfway through a body (on purpose)")
        if tag.startswith("flaky-") and tag not in self._flaky_seen:
            self._flaky_seen.add(tag)
            await _answer(send, 503, b"{}")
            return
        await _answer(send, 200, b"x" * (1 << 20) if tag.startswith("big-") else b"{}")


async def _answer(send: Any, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


@pytest.fixture
def backend() -> Iterator[tuple[Backend, str]]:
    app = Backend()
    served = LoopbackApp(app)
    yield app, served.url("")
    app.release()  # held requests end, so that the server can stop
    served.stop()


def partner_client(base_url: str, max_connections: int | None) -> PartnerClient:
    config = PartnerConfig(
        client_id="fan-out-client",
        client_secret="fan-out-secret-0123456789",
        base_url=base_url,
        token_url=f"{base_url}/oauth2/token",
        limits=httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections),
        retry_backoff=0.01,
    )
    return PartnerClient(config, token_cache=TokenCache())


def chain_of(http: httpx.Client | httpx.AsyncClient) -> list[Any]:
    """An httpx client's chain of transports, outermost first (origin guard, retries, slot pool)."""
    chain = [http._transport]
    while hasattr(chain[-1], "_inner"):
        chain.append(chain[-1]._inner)
    return chain


def transports_of(client: PartnerClient) -> list[Any]:
    """The running event loop's chain of transports."""
    return chain_of(client.get_async_httpx_client())


def slots_of(client: PartnerClient) -> AsyncSlots:
    return next(transport.slots for transport in transports_of(client) if isinstance(transport, AsyncSlotPool))


async def status(client: PartnerClient, tag: str) -> int:
    return (await get_natural_person.asyncio_detailed(tag, client=client)).status_code


# -- over HTTP, through PartnerClient ---------------------------------------------------------------


def test_at_most_max_connections_tasks_reach_the_server_and_the_others_wait(
    backend: tuple[Backend, str],
) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=3)

    async def scenario() -> list[int]:
        slots = slots_of(client)
        calls = [asyncio.create_task(status(client, f"hold-{n}")) for n in range(10)]
        await until(lambda: app.open_now == 3 and slots.waiting == 7)
        app.release()
        statuses = await asyncio.gather(*calls)
        assert slots.in_use == 0
        await client.aclose()
        return statuses

    assert run(scenario()) == [200] * 10
    assert app.most_open == 3
    assert len(app.arrivals) == 10


def test_waiters_are_admitted_in_arrival_order(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        slots = slots_of(client)
        first = asyncio.create_task(status(client, "hold-first"))
        await until(lambda: app.open_now == 1)
        waiters = []
        for n in range(8):
            waiters.append(asyncio.create_task(status(client, f"next-{n}")))
            await until(lambda n=n: slots.waiting == n + 1)  # queued before the next one starts
        app.release()
        assert await asyncio.gather(first, *waiters) == [200] * 9
        await client.aclose()

    run(scenario())
    assert app.arrivals == ["hold-first", *(f"next-{n}" for n in range(8))]


def test_a_cancelled_waiter_gives_up_its_place_and_leaks_no_slot(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=2)

    async def scenario() -> None:
        slots = slots_of(client)
        holding = [asyncio.create_task(status(client, f"hold-{n}")) for n in range(2)]
        await until(lambda: app.open_now == 2)
        before, cancelled, after = (asyncio.create_task(status(client, f"next-{n}")) for n in range(3))
        await until(lambda: slots.waiting == 3)
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert slots.waiting == 2
        app.release()
        assert await asyncio.gather(*holding, before, after) == [200] * 4
        assert slots.in_use == 0
        # Full capacity is still there: two requests at once reach the server, none waits.
        app.hold()
        again = [asyncio.create_task(status(client, f"hold-again-{n}")) for n in range(2)]
        await until(lambda: app.open_now == 2)
        assert slots.waiting == 0
        app.release()
        assert await asyncio.gather(*again) == [200, 200]
        await client.aclose()

    run(scenario())
    assert "next-1" not in app.arrivals


def test_a_request_cancelled_while_the_server_holds_it_gives_its_slot_back(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        slots = slots_of(client)
        held = asyncio.create_task(status(client, "hold-0"))
        await until(lambda: app.open_now == 1)
        held.cancel()
        with pytest.raises(asyncio.CancelledError):
            await held
        assert slots.in_use == 0
        assert await status(client, "after") == 200
        await client.aclose()

    run(scenario())
    assert app.arrivals == ["hold-0", "after"]


def test_a_streamed_response_holds_its_slot_until_closed_unread(backend: tuple[Backend, str]) -> None:
    _, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        slots = slots_of(client)
        http = client.get_async_httpx_client()
        async with http.stream("GET", "/entities/natural-persons/big-0") as response:
            assert response.status_code == 200
            assert slots.in_use == 1  # the body is still to be read: the connection is still the response's
        assert slots.in_use == 0
        assert await status(client, "after") == 200
        await client.aclose()

    run(scenario())


def test_a_failed_body_read_gives_the_slot_back_before_the_response_is_closed(backend: tuple[Backend, str]) -> None:
    _, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        slots = slots_of(client)
        http = client.get_async_httpx_client()
        async with http.stream("GET", "/entities/natural-persons/broken-0") as response:
            with pytest.raises(httpx.RemoteProtocolError):
                await response.aread()
            assert slots.in_use == 0
        assert slots.in_use == 0
        with pytest.raises(APIConnectionError):  # the operation reads the body itself
            await status(client, "broken-1")
        assert slots.in_use == 0
        assert await status(client, "after") == 200
        await client.aclose()

    run(scenario())


def test_a_retry_is_admitted_again_after_the_failed_attempt_let_go(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)  # holding on to the first attempt would deadlock

    async def scenario() -> int:
        slots = slots_of(client)
        answer = await status(client, "flaky-0")
        assert slots.in_use == 0
        await client.aclose()
        return answer

    assert run(scenario()) == 200
    assert app.arrivals == ["flaky-0", "flaky-0"]


def test_no_slot_in_time_is_a_pool_timeout(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)
    impatient = client.with_options(timeout=httpx.Timeout(5.0, pool=0.05), max_retries=0)

    async def scenario() -> None:
        slots = slots_of(client)
        held = asyncio.create_task(status(client, "hold-0"))
        await until(lambda: app.open_now == 1)
        with pytest.raises(APITimeoutError):
            await status(impatient, "too-late")
        assert slots.waiting == 0
        app.release()
        assert await held == 200
        assert slots.in_use == 0
        await client.aclose()

    run(scenario())
    assert "too-late" not in app.arrivals


def test_each_event_loop_has_slots_of_its_own(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=2)
    pools: list[AsyncSlots] = []

    async def fan_out(prefix: str) -> list[int]:
        pools.append(slots_of(client))
        statuses = await asyncio.gather(*(status(client, f"{prefix}-{n}") for n in range(4)))
        await client.aclose()
        return statuses

    # One after the other: the second loop's slots are new ones (the first loop's futures are of no use there).
    assert run(fan_out("first")) == [200] * 4
    assert run(fan_out("second")) == [200] * 4
    assert pools[0] is not pools[1]

    # At the same time: each loop admits its own two, so the server sees four at once.
    results: list[Any] = []
    loops = [threading.Thread(target=lambda p=p: results.append(run(fan_out(p)))) for p in ("hold-a", "hold-b")]
    for loop in loops:
        loop.start()
    wait_for(lambda: app.open_now == 4)
    app.release()
    for loop in loops:
        loop.join(timeout=HANG_GUARD)
    assert results == [[200] * 4, [200] * 4]
    assert app.most_open == 4


def test_an_unbounded_pool_is_httpx_own(backend: tuple[Backend, str]) -> None:
    unbounded = httpx.Limits(max_connections=None)
    assert isinstance(pooled(unbounded, lambda limits: httpx.HTTPTransport(limits=limits)), httpx.HTTPTransport)
    _, base_url = backend
    client = partner_client(base_url, max_connections=None)

    async def scenario() -> int:
        chain = transports_of(client)
        assert isinstance(chain[-1], httpx.AsyncHTTPTransport)
        assert not any(isinstance(transport, AsyncSlotPool) for transport in chain)
        assert isinstance(async_pooled(unbounded, lambda limits: httpx.AsyncHTTPTransport()), httpx.AsyncHTTPTransport)
        answer = await status(client, "plain")
        await client.aclose()
        return answer

    assert run(scenario()) == 200
    assert get_natural_person.sync_detailed("plain-sync", client=client).status_code == 200
    assert isinstance(sync_chain(client)[-1], httpx.HTTPTransport)
    client.close()


# -- threads ---------------------------------------------------------------------------------------


def sync_chain(client: PartnerClient) -> list[Any]:
    return chain_of(client.get_httpx_client())


def thread_slots_of(client: PartnerClient) -> ThreadSlots:
    return next(transport.slots for transport in sync_chain(client) if isinstance(transport, SlotPool))


def in_threads(calls: list[Callable[[], Any]]) -> tuple[list[threading.Thread], list[Any]]:
    results: list[Any] = [None] * len(calls)

    def run_one(index: int) -> None:
        try:
            results[index] = calls[index]()
        except Exception as error:  # the test inspects it
            results[index] = error

    threads = [threading.Thread(target=run_one, args=(index,)) for index in range(len(calls))]
    for thread in threads:
        thread.start()
    return threads, results


def joined(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.join(timeout=HANG_GUARD)
        assert not thread.is_alive()


def sync_status(client: PartnerClient, tag: str) -> int:
    return get_natural_person.sync_detailed(tag, client=client).status_code


def test_at_most_max_connections_threads_reach_the_server_and_the_others_wait(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=3)
    threads, results = in_threads([lambda n=n: sync_status(client, f"hold-{n}") for n in range(10)])
    slots = thread_slots_of(client)
    wait_for(lambda: app.open_now == 3 and slots.waiting == 7)
    app.release()
    joined(threads)
    assert results == [200] * 10
    assert app.most_open == 3
    assert slots.in_use == 0
    client.close()


def test_waiting_threads_are_admitted_in_arrival_order(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)  # one at a time: the server sees the admission order
    threads, first = in_threads([lambda: sync_status(client, "hold-first")])
    wait_for(lambda: app.open_now == 1)
    slots, outcomes = thread_slots_of(client), [first]
    for n in range(6):
        started, outcome = in_threads([lambda n=n: sync_status(client, f"next-{n}")])
        threads += started
        outcomes.append(outcome)  # filled in when its thread ends
        wait_for(lambda n=n: slots.waiting == n + 1)  # queued before the next one starts
    app.release()
    joined(threads)
    assert [status for outcome in outcomes for status in outcome] == [200] * 7
    assert app.arrivals == ["hold-first", *(f"next-{n}" for n in range(6))]
    assert slots.in_use == 0
    client.close()


def test_a_thread_without_a_slot_in_time_gets_a_timeout_and_leaves_no_place(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)
    impatient = client.with_options(timeout=httpx.Timeout(5.0, pool=0.05), max_retries=0)
    threads, results = in_threads([lambda: sync_status(client, "hold-0")])
    wait_for(lambda: app.open_now == 1)
    with pytest.raises(APITimeoutError):
        sync_status(impatient, "too-late")
    slots = thread_slots_of(client)
    assert slots.waiting == 0
    app.release()
    joined(threads)
    assert results == [200]
    assert slots.in_use == 0
    assert sync_status(client, "after") == 200
    assert app.arrivals == ["hold-0", "after"]
    client.close()


def test_a_sync_stream_holds_its_slot_until_closed_and_a_failed_read_gives_it_back(
    backend: tuple[Backend, str],
) -> None:
    _, base_url = backend
    client = partner_client(base_url, max_connections=1)
    http = client.get_httpx_client()
    slots = thread_slots_of(client)
    with http.stream("GET", "/entities/natural-persons/big-0") as response:
        assert response.status_code == 200
        assert slots.in_use == 1
    assert slots.in_use == 0
    with http.stream("GET", "/entities/natural-persons/broken-0") as response:
        with pytest.raises(httpx.RemoteProtocolError):
            response.read()
        assert slots.in_use == 0
    assert sync_status(client, "flaky-0") == 200  # the failed attempt let go of the only slot before the retry
    assert slots.in_use == 0
    client.close()


# -- which connection ------------------------------------------------------------------------------


class RecordingTransport(httpx.HTTPTransport):
    """A real transport that notes its closing."""

    made: ClassVar[list[RecordingTransport]] = []

    def __init__(self, limits: httpx.Limits) -> None:
        super().__init__(limits=limits)
        self.limits, self.closed = limits, False
        RecordingTransport.made.append(self)

    def close(self) -> None:
        self.closed = True
        super().close()


def ports_of(app: Backend, tags: list[str]) -> list[int]:
    return [app.ports[app.arrivals.index(tag)] for tag in tags]


def test_a_quiet_client_reuses_its_lowest_slot_and_keeps_alive_only_max_keepalive(
    backend: tuple[Backend, str],
) -> None:
    app, base_url = backend
    RecordingTransport.made.clear()
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=1, keepalive_expiry=60)
    pool = SlotPool(limits, RecordingTransport)
    http = httpx.Client(transport=pool, base_url=base_url)

    def burst(prefix: str) -> None:
        app.hold()
        threads, results = in_threads([lambda n=n: http.get(f"/hold-{prefix}-{n}").status_code for n in range(3)])
        wait_for(lambda: app.open_now == 3)
        app.release()
        joined(threads)
        assert results == [200] * 3

    burst("first")
    for n in range(4):
        assert http.get(f"/quiet-{n}").status_code == 200
    burst("second")
    quiet = ports_of(app, [f"quiet-{n}" for n in range(4)])
    assert len(set(quiet)) == 1  # one connection, the lowest slot's, for every call one after the other
    first, second = (set(ports_of(app, [f"hold-{prefix}-{n}" for n in range(3)])) for prefix in ("first", "second"))
    assert quiet[0] in first
    assert quiet[0] in second
    assert len(first | second) == 5  # the two other slots closed their connections after use
    assert [transport.limits.max_keepalive_connections for transport in pool.transports.made()] == [1, 0, 0]
    http.close()
    assert all(transport.closed for transport in RecordingTransport.made)


def test_connections_of_slots_nobody_used_for_keepalive_expiry_are_closed(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    RecordingTransport.made.clear()
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3, keepalive_expiry=0.4)
    pool = SlotPool(limits, RecordingTransport)
    http = httpx.Client(transport=pool, base_url=base_url)
    app.hold()
    threads, _ = in_threads([lambda n=n: http.get(f"/hold-{n}") for n in range(3)])
    wait_for(lambda: app.open_now == 3)
    app.release()
    joined(threads)
    burst = pool.transports.made()  # in slot order
    assert len(burst) == 3
    assert not any(transport.closed for transport in burst)
    # The lowest slot in use every 0.1 s all along; the two others idle past their expiry, swept by the second
    # sweep at the latest (sweeps come once per expiry, each closing what was freed an expiry before it).
    for n in range(12):
        assert http.get(f"/busy-{n}").status_code == 200
        time.sleep(0.1)
    assert [transport.closed for transport in burst[1:]] == [True, True]
    assert len(pool.transports.made()) == 1
    assert len(set(ports_of(app, [f"busy-{n}" for n in range(12)]))) == 1  # slot 0 kept its connection alive
    http.close()


def test_the_async_pool_closes_idle_connections_too(backend: tuple[Backend, str]) -> None:
    _app, base_url = backend
    limits = httpx.Limits(max_connections=3, max_keepalive_connections=3, keepalive_expiry=0.4)

    async def scenario() -> list[bool]:
        closed: list[bool] = []

        class Recording(httpx.AsyncHTTPTransport):
            async def aclose(self) -> None:
                closed.append(True)
                await super().aclose()

        pool = AsyncSlotPool(limits, lambda slot_limits: Recording(limits=slot_limits))
        async with httpx.AsyncClient(transport=pool, base_url=base_url) as http:
            await asyncio.gather(*(http.get(f"/at-once-{n}") for n in range(3)))
            assert len(pool.transports.made()) == 3
            for n in range(12):
                assert (await http.get(f"/busy-{n}")).status_code == 200
                await asyncio.sleep(0.1)
            assert len(pool.transports.made()) == 1
            return list(closed)  # before the client's closing closes the last one

    assert run(scenario()) == [True, True]

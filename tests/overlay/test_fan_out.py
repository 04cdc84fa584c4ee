"""The fan-out gate: at most ``max_connections`` requests of an event loop in its pool, admitted in arrival order,
a slot held until the response is closed and never lost to a cancelled or failed request.

Most tests talk HTTP over loopback to a uvicorn server that holds API requests until the test lets them go and
counts how many are open at once; the gate's own edge cases (a slot handed to a waiter that is cancelled at that
moment, a body that fails to close) are tested on the gate directly.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import httpx
import pytest

from tests.overlay.served_receiver import LoopbackApp
from wawex_partner_api import APIConnectionError, APITimeoutError, PartnerClient, PartnerConfig, TokenCache
from wawex_partner_api.fan_out import AsyncFanOutGate, FifoGate, admit_at_most
from wawex_partner_api.operations.natural_persons import get_natural_person

TOKEN = b'{"access_token": "fan-out-token-0123456789", "token_type": "Bearer", "expires_in": 3600}'
HANG_GUARD = 30.0  # seconds: a broken gate fails the test instead of hanging it; never a speed requirement


class Backend:
    """An ASGI app: a token endpoint, and API requests that behave as the last path segment's prefix says.

    ``hold-*`` waits until ``release()``; ``broken-*`` promises 1000 bytes, sends 10 and fails; ``big-*`` answers
    1 MiB; ``flaky-*`` answers 503 the first time; anything else answers at once. ``arrivals`` is the order of
    arrival; ``open_now`` / ``most_open`` count API requests being answered.
    """

    def __init__(self) -> None:
        self.arrivals: list[str] = []
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


def transports_of(client: PartnerClient) -> list[Any]:
    """The running event loop's chain of transports, outermost first (origin guard, retries, gate, pool)."""
    chain = [client.get_async_httpx_client()._transport]
    while hasattr(chain[-1], "_inner"):
        chain.append(chain[-1]._inner)
    return chain


def gate_of(client: PartnerClient) -> FifoGate:
    return next(transport.gate for transport in transports_of(client) if isinstance(transport, AsyncFanOutGate))


async def until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.005)


def run(scenario: Awaitable[Any]) -> Any:
    return asyncio.run(asyncio.wait_for(scenario, timeout=HANG_GUARD))


async def status(client: PartnerClient, tag: str) -> int:
    return (await get_natural_person.asyncio_detailed(tag, client=client)).status_code


# -- over HTTP, through PartnerClient ---------------------------------------------------------------


def test_at_most_max_connections_reach_the_server_and_the_others_wait_in_the_gate(
    backend: tuple[Backend, str],
) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=3)

    async def scenario() -> list[int]:
        gate = gate_of(client)
        calls = [asyncio.create_task(status(client, f"hold-{n}")) for n in range(10)]
        await until(lambda: app.open_now == 3 and gate.waiting == 7)
        app.release()
        statuses = await asyncio.gather(*calls)
        assert gate.in_use == 0
        await client.aclose()
        return statuses

    assert run(scenario()) == [200] * 10
    assert app.most_open == 3
    assert len(app.arrivals) == 10


def test_waiters_are_admitted_in_arrival_order(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        gate = gate_of(client)
        first = asyncio.create_task(status(client, "hold-first"))
        await until(lambda: app.open_now == 1)
        waiters = []
        for n in range(8):
            waiters.append(asyncio.create_task(status(client, f"next-{n}")))
            await until(lambda n=n: gate.waiting == n + 1)  # queued before the next one starts
        app.release()
        assert await asyncio.gather(first, *waiters) == [200] * 9
        await client.aclose()

    run(scenario())
    assert app.arrivals == ["hold-first", *(f"next-{n}" for n in range(8))]


def test_a_cancelled_waiter_gives_up_its_place_and_leaks_no_slot(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=2)

    async def scenario() -> None:
        gate = gate_of(client)
        holding = [asyncio.create_task(status(client, f"hold-{n}")) for n in range(2)]
        await until(lambda: app.open_now == 2)
        before, cancelled, after = (asyncio.create_task(status(client, f"next-{n}")) for n in range(3))
        await until(lambda: gate.waiting == 3)
        cancelled.cancel()
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert gate.waiting == 2
        app.release()
        assert await asyncio.gather(*holding, before, after) == [200] * 4
        assert gate.in_use == 0
        # Full capacity is still there: two requests at once reach the server, none waits.
        app.hold()
        again = [asyncio.create_task(status(client, f"hold-again-{n}")) for n in range(2)]
        await until(lambda: app.open_now == 2)
        assert gate.waiting == 0
        app.release()
        assert await asyncio.gather(*again) == [200, 200]
        await client.aclose()

    run(scenario())
    assert "next-1" not in app.arrivals


def test_a_request_cancelled_while_the_server_holds_it_gives_its_slot_back(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        gate = gate_of(client)
        held = asyncio.create_task(status(client, "hold-0"))
        await until(lambda: app.open_now == 1)
        held.cancel()
        with pytest.raises(asyncio.CancelledError):
            await held
        assert gate.in_use == 0
        assert await status(client, "after") == 200
        await client.aclose()

    run(scenario())
    assert app.arrivals == ["hold-0", "after"]


def test_a_streamed_response_holds_its_slot_until_closed_unread(backend: tuple[Backend, str]) -> None:
    _, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        gate = gate_of(client)
        http = client.get_async_httpx_client()
        async with http.stream("GET", "/entities/natural-persons/big-0") as response:
            assert response.status_code == 200
            assert gate.in_use == 1  # the body is still to be read: the connection is still the response's
        assert gate.in_use == 0
        assert await status(client, "after") == 200
        await client.aclose()

    run(scenario())


def test_a_failed_body_read_gives_the_slot_back_before_the_response_is_closed(backend: tuple[Backend, str]) -> None:
    _, base_url = backend
    client = partner_client(base_url, max_connections=1)

    async def scenario() -> None:
        gate = gate_of(client)
        http = client.get_async_httpx_client()
        async with http.stream("GET", "/entities/natural-persons/broken-0") as response:
            with pytest.raises(httpx.RemoteProtocolError):
                await response.aread()
            assert gate.in_use == 0
        assert gate.in_use == 0
        with pytest.raises(APIConnectionError):  # the operation reads the body itself
            await status(client, "broken-1")
        assert gate.in_use == 0
        assert await status(client, "after") == 200
        await client.aclose()

    run(scenario())


def test_a_retry_is_admitted_again_after_the_failed_attempt_let_go(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)  # holding on to the first attempt would deadlock

    async def scenario() -> int:
        gate = gate_of(client)
        answer = await status(client, "flaky-0")
        assert gate.in_use == 0
        await client.aclose()
        return answer

    assert run(scenario()) == 200
    assert app.arrivals == ["flaky-0", "flaky-0"]


def test_no_slot_in_time_is_a_pool_timeout(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=1)
    impatient = client.with_options(timeout=httpx.Timeout(5.0, pool=0.05), max_retries=0)

    async def scenario() -> None:
        gate = gate_of(client)
        held = asyncio.create_task(status(client, "hold-0"))
        await until(lambda: app.open_now == 1)
        with pytest.raises(APITimeoutError):
            await status(impatient, "too-late")
        assert gate.waiting == 0
        app.release()
        assert await held == 200
        assert gate.in_use == 0
        await client.aclose()

    run(scenario())
    assert "too-late" not in app.arrivals


def test_each_event_loop_has_a_gate_of_its_own(backend: tuple[Backend, str]) -> None:
    app, base_url = backend
    client = partner_client(base_url, max_connections=2)
    gates: list[FifoGate] = []

    async def fan_out(prefix: str) -> list[int]:
        gates.append(gate_of(client))
        statuses = await asyncio.gather(*(status(client, f"{prefix}-{n}") for n in range(4)))
        await client.aclose()
        return statuses

    # One after the other: the second loop's gate is a new one (the first loop's futures are of no use there).
    assert run(fan_out("first")) == [200] * 4
    assert run(fan_out("second")) == [200] * 4
    assert gates[0] is not gates[1]

    # At the same time: each loop admits its own two, so the server sees four at once.
    results: list[Any] = []
    loops = [threading.Thread(target=lambda p=p: results.append(run(fan_out(p)))) for p in ("hold-a", "hold-b")]
    for loop in loops:
        loop.start()
    for _ in range(int(HANG_GUARD / 0.005)):
        if app.open_now == 4:
            break
        time.sleep(0.005)
    app.release()
    for loop in loops:
        loop.join(timeout=HANG_GUARD)
    assert results == [[200] * 4, [200] * 4]
    assert app.most_open == 4


def test_an_unbounded_pool_gets_no_gate(backend: tuple[Backend, str]) -> None:
    inner = httpx.AsyncHTTPTransport()
    assert admit_at_most(None, inner) is inner
    _, base_url = backend
    client = partner_client(base_url, max_connections=None)

    async def scenario() -> int:
        chain = transports_of(client)
        assert isinstance(chain[-1], httpx.AsyncHTTPTransport)
        assert not any(isinstance(transport, AsyncFanOutGate) for transport in chain)
        answer = await status(client, "plain")
        await client.aclose()
        return answer

    assert run(scenario()) == 200


# -- the gate itself -------------------------------------------------------------------------------


def test_a_newcomer_does_not_overtake_a_waiter_handed_the_released_slot() -> None:
    async def scenario() -> list[str]:
        gate, admitted = FifoGate(1), []

        async def take(name: str) -> None:
            await gate.acquire()
            admitted.append(name)

        await take("holder")
        waiter = asyncio.create_task(take("waiter"))
        await until(lambda: gate.waiting == 1)
        gate.release()
        newcomer = asyncio.create_task(take("newcomer"))  # arrives before the waiter has run again
        await waiter
        assert gate.waiting == 1
        gate.release()
        await newcomer
        return admitted

    assert run(scenario()) == ["holder", "waiter", "newcomer"]


def test_a_waiter_cancelled_as_it_is_handed_the_slot_passes_it_on() -> None:
    async def scenario() -> None:
        gate = FifoGate(1)
        await gate.acquire()
        doomed = asyncio.create_task(gate.acquire())
        await until(lambda: gate.waiting == 1)
        next_in_line = asyncio.create_task(gate.acquire())
        await until(lambda: gate.waiting == 2)
        gate.release()  # hands the slot to ``doomed``…
        doomed.cancel()  # …which is cancelled before it could run
        with pytest.raises(asyncio.CancelledError):
            await doomed
        await next_in_line
        assert gate.in_use == 1
        gate.release()
        assert gate.in_use == 0

    run(scenario())


def test_a_waiter_cancelled_just_before_a_release_neither_breaks_nor_takes_the_slot() -> None:
    async def scenario() -> None:
        gate = FifoGate(1)
        await gate.acquire()
        cancelled = asyncio.create_task(gate.acquire())
        await until(lambda: gate.waiting == 1)
        cancelled.cancel()
        gate.release()  # finds the cancelled waiter first, before its task has run to clean up after itself
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert (gate.in_use, gate.waiting) == (0, 0)
        await gate.acquire(timeout=0.01)
        assert gate.in_use == 1

    run(scenario())


def test_a_timed_out_waiter_leaves_neither_a_place_nor_a_slot() -> None:
    async def scenario() -> None:
        gate = FifoGate(1)
        await gate.acquire()
        with pytest.raises(TimeoutError):
            await gate.acquire(timeout=0.01)
        assert gate.waiting == 0
        gate.release()
        assert gate.in_use == 0
        await gate.acquire(timeout=0.01)
        assert gate.in_use == 1

    run(scenario())


class _FaultyBody(httpx.AsyncByteStream):
    """A body whose reading fails after one chunk and whose closing fails, counting the closings."""

    def __init__(self) -> None:
        self.closed = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b"first"
        raise httpx.ReadError("connection lost (on purpose)")

    async def aclose(self) -> None:
        self.closed += 1
        raise httpx.CloseError("closing failed too (on purpose)")


class _FaultyTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.bodies: list[_FaultyBody] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(_FaultyBody())
        return httpx.Response(200, stream=self.bodies[-1], request=request)


def test_a_body_that_fails_to_read_and_to_close_releases_its_slot_exactly_once() -> None:
    async def scenario() -> None:
        inner = _FaultyTransport()
        transport = AsyncFanOutGate(inner, 2)
        response = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/x"))
        other = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/y"))
        assert transport.gate.in_use == 2
        with pytest.raises(httpx.ReadError):  # not the CloseError of the closing that followed it
            async for _ in response.aiter_raw():
                pass
        assert transport.gate.in_use == 1
        await response.aclose()  # closing once more: no second release
        assert transport.gate.in_use == 1
        assert inner.bodies[0].closed == 1
        with pytest.raises(httpx.CloseError):
            await other.aclose()
        assert transport.gate.in_use == 0

    run(scenario())


def test_a_transport_error_gives_the_slot_back() -> None:
    async def scenario() -> None:
        transport = AsyncFanOutGate(httpx.AsyncHTTPTransport(), 1)
        with pytest.raises(httpx.ConnectError):
            await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:1/"))
        assert transport.gate.in_use == 0
        await transport.aclose()

    run(scenario())

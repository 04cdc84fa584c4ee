"""At most ``max_connections`` requests of an event loop inside its connection pool, admitted first come,
first served (an async transport wrapper).

Why: httpcore's pool re-assigns its whole queue of waiting requests to connections whenever a request
arrives or finishes, every waiting request against every connection. With hundreds of tasks on one
pool that scan costs more than the requests do: 500 tasks on loopback reach a fraction of the
sequential rate. Waiting here instead, in a plain queue, keeps the pool's own queue short.

A slot is held from admission until the response's stream is closed: a transport returns before the
body is read, and until then the connection is still the response's. Each attempt of a retried request
is admitted on its own (the gate sits inside the retrying transport): no slot is held through a backoff
wait, and what the gate counts is exactly what the pool holds.

Why not ``asyncio.Semaphore``: its first-come-first-served behaviour has been repaired release after
release (bpo-45997, gh-90155, gh-97545) and is not documented as a guarantee; here a released slot is
handed to the oldest waiter directly, so a newcomer cannot overtake it on any Python version.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator

import httpx


class FifoGate:
    """At most ``capacity`` holders at a time; the others wait in arrival order. One event loop's."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._free = capacity
        # While a slot is free nobody waits: a released slot goes to a waiter before it is counted as free.
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> int:
        return sum(not waiter.done() for waiter in self._waiters)

    @property
    def in_use(self) -> int:
        return self.capacity - self._free

    async def acquire(self, timeout: float | None = None) -> None:
        """Take a slot, waiting at most ``timeout`` seconds (None: no limit) or raise TimeoutError."""
        if self._free > 0:
            self._free -= 1
            return
        waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self.release()  # handed a slot just as this waiter gave up: the next one gets it
            else:  # not left for release() to skip: a long wait may time out many; release() may have dropped it
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            raise

    def release(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)  # the slot passes to the waiter: it is never free in between
                return
        self._free += 1


class _SlotReleasingStream(httpx.AsyncByteStream):
    """A response body whose closing (and only its first closing) gives the slot back."""

    def __init__(self, body: httpx.AsyncByteStream, gate: FifoGate) -> None:
        self._body = body
        self._gate = gate
        self._released = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._body:
                yield chunk
        except BaseException:
            # A failed read ends the response: the slot goes back now, not when the caller gets to closing it;
            # a failure to close as well is not reported over the read's own error.
            with contextlib.suppress(Exception):
                await self.aclose()
            raise

    async def aclose(self) -> None:
        if self._released:
            return
        self._released = True
        try:
            await self._body.aclose()  # the pool takes its connection back first, then the next request enters
        finally:
            self._gate.release()


class AsyncFanOutGate(httpx.AsyncBaseTransport):
    """An async transport admitting at most ``max_in_flight`` requests at a time into ``inner``, in order.

    Waiting for admission counts as waiting for a pooled connection: it is bounded by the request's
    ``pool`` timeout and ends in ``httpx.PoolTimeout``, as the pool's own wait would.
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, max_in_flight: int) -> None:
        self._inner = inner
        self.gate = FifoGate(max_in_flight)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            await self.gate.acquire(request.extensions.get("timeout", {}).get("pool"))
        except TimeoutError:
            raise httpx.PoolTimeout(
                f"no connection slot free in time ({self.gate.capacity} in use)", request=request
            ) from None
        try:
            response = await self._inner.handle_async_request(request)
        except BaseException:
            self.gate.release()
            raise
        if not isinstance(response.stream, httpx.AsyncByteStream):  # nothing left to read on this loop
            self.gate.release()
            return response
        response.stream = _SlotReleasingStream(response.stream, self.gate)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def admit_at_most(max_in_flight: int | None, inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
    """``inner`` behind a fan-out gate of ``max_in_flight`` slots; an unbounded pool (None) needs none."""
    return inner if max_in_flight is None else AsyncFanOutGate(inner, max_in_flight)

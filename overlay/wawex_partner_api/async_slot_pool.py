"""The event loop's side of ``slot_pool``: one pool per event loop, its waiters served in arrival order.

Why not ``asyncio.Semaphore`` for the waiting: its first-come-first-served behaviour has been repaired release
after release (bpo-45997, gh-90155, gh-97545) and is not documented as a guarantee; here a released slot is
handed to the oldest waiter directly, so a newcomer cannot overtake it on any Python version.
"""

from __future__ import annotations

import asyncio
import contextlib
import heapq
from collections.abc import AsyncIterator, Callable

import httpx

from wawex_partner_api.slot_pool import SlotTransports, no_slot_in_time, pool_timeout
from wawex_partner_api.slot_queue import Slots


class AsyncSlots(Slots[asyncio.Future[int]]):
    """``Slots`` of one event loop."""

    @property
    def waiting(self) -> int:
        return sum(not waiter.done() for waiter in self._waiters)

    async def acquire(self, timeout: float | None = None) -> int:
        """A slot, waiting at most ``timeout`` seconds (None: no limit), or TimeoutError."""
        if self._free:
            return heapq.heappop(self._free)
        waiter: asyncio.Future[int] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._release(waiter.result())  # handed a slot just as this waiter gave up: the next one gets it
            else:  # not left for release() to skip: a long wait may time out many; release() may have dropped it
                with contextlib.suppress(ValueError):
                    self._waiters.remove(waiter)
            raise

    def release(self, slot: int) -> None:
        self._release(slot)

    def take_idle(self, freed_before: float, among: Callable[[int], bool]) -> list[int]:
        return self._take_idle(freed_before, among)

    def _hand_over(self, waiter: asyncio.Future[int], slot: int) -> bool:
        if waiter.done():  # cancelled, or timed out, and not yet out of the queue
            return False
        waiter.set_result(slot)
        return True


class _SlotReleasingStream(httpx.AsyncByteStream):
    """A response body whose closing (its first closing only) gives the slot back."""

    def __init__(self, body: httpx.AsyncByteStream, slots: AsyncSlots, slot: int) -> None:
        self._body = body
        self._slots = slots
        self._slot: int | None = slot  # None once given back

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
        slot, self._slot = self._slot, None
        if slot is None:
            return
        try:
            await self._body.aclose()  # the connection is back in its pool before the slot is taken again
        finally:
            self._slots.release(slot)


class AsyncSlotPool(httpx.AsyncBaseTransport):
    """An async transport of ``limits.max_connections`` slots, each a transport ``make(its limits)``."""

    def __init__(self, limits: httpx.Limits, make: Callable[[httpx.Limits], httpx.AsyncBaseTransport]) -> None:
        self.transports = SlotTransports(limits, make)
        self.slots = AsyncSlots(self.transports.count)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        freed_before = self.transports.idle_due()
        if freed_before is not None:
            await self._close_idle(freed_before)
        try:
            slot = await self.slots.acquire(pool_timeout(request))
        except TimeoutError:
            raise no_slot_in_time(request, self.slots.capacity) from None
        try:
            response = await self.transports[slot].handle_async_request(request)
        except BaseException:
            self.slots.release(slot)
            raise
        if not isinstance(response.stream, httpx.AsyncByteStream):  # nothing left to read from the connection
            self.slots.release(slot)
            return response
        response.stream = _SlotReleasingStream(response.stream, self.slots, slot)
        return response

    async def _close_idle(self, freed_before: float) -> None:
        idle = self.slots.take_idle(freed_before, self.transports.may_keep_a_connection)
        try:
            for slot in idle:
                transport = self.transports.forget(slot)
                if transport is not None:
                    with contextlib.suppress(Exception):  # an idle connection that fails to close is gone anyway
                        await transport.aclose()
        finally:
            for slot in idle:
                self.slots.release(slot)

    async def aclose(self) -> None:
        for transport in self.transports.made():
            await transport.aclose()


def async_pooled(
    limits: httpx.Limits, make: Callable[[httpx.Limits], httpx.AsyncBaseTransport]
) -> httpx.AsyncBaseTransport:
    """A slot pool for ``limits``; without a bound on connections, httpx's own pool as ``make`` makes it."""
    return make(limits) if limits.max_connections is None else AsyncSlotPool(limits, make)

"""A client's connection pool: ``max_connections`` slots of one connection each, waiters served in arrival order.

Why not httpcore's pool: on every request's start and end it examines each of its connections against all
the others (encode/httpcore#1035, open in httpcore 1.0.x), so its cost per request grows with the square of
the connections open: in ``make bench``'s fan-out, 100 tasks on one raw httpx client get about 90 requests per
second over loopback, one task about 2500. Here each slot is an httpx transport whose own pool holds a single
connection (httpx still opens, reuses, expires and closes it), and picking a connection is a heap operation
on slot numbers: 100 tasks on one of our clients get about 2500.

The lowest free slot is taken first, so a quiet client keeps reusing its first connections, and the
``max_keepalive_connections`` kept open are those of the lowest slots. A slot is held from the start of a
request until its response is closed (a transport returns before the body is read, and until then the
connection is the response's). A caller waiting for a slot waits at most the request's ``pool`` timeout and
then gets ``httpx.PoolTimeout``, as with httpx's own pool. Each attempt of a retried request takes a slot
of its own (the pool sits inside the retrying transport): no slot is held through a backoff wait.

This module is the threads' side; ``async_slot_pool`` is the event loop's.
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

import httpx

from wawex_partner_api.slot_queue import ThreadSlots

Transport = TypeVar("Transport", httpx.BaseTransport, httpx.AsyncBaseTransport)


class SlotTransports(Generic[Transport]):
    """One transport per slot, made on the slot's first use (only the slot's holder makes it: no race).

    Slots below ``max_keepalive_connections`` keep their connection open for ``keepalive_expiry`` after use,
    the others close it after each response. httpx's pool closes an expired connection on its next request
    only, so a slot that no request reaches after a burst would keep its connection for ever: ``idle_due()``
    says, once per ``keepalive_expiry``, when to close those of the slots nobody has used since.
    """

    def __init__(self, limits: httpx.Limits, make: Callable[[httpx.Limits], Transport]) -> None:
        if limits.max_connections is None:
            raise ValueError("a slot pool needs a bounded max_connections")
        self.count = limits.max_connections
        kept = limits.max_keepalive_connections
        self._kept = self.count if kept is None else min(kept, self.count)
        self._expiry = limits.keepalive_expiry
        self._next_sweep = math.inf if self._expiry is None else time.monotonic() + self._expiry
        self._kept_alive, self._closed_after_use = (
            httpx.Limits(max_connections=1, max_keepalive_connections=keep, keepalive_expiry=self._expiry)
            for keep in (1, 0)
        )
        self._make: Callable[[httpx.Limits], Transport] = make
        self._made: list[Transport | None] = [None] * self.count

    def __getitem__(self, slot: int) -> Transport:
        transport = self._made[slot]
        if transport is None:
            limits = self._kept_alive if slot < self._kept else self._closed_after_use
            transport = self._made[slot] = self._make(limits)
        return transport

    def made(self) -> list[Transport]:
        return [transport for transport in self._made if transport is not None]

    def idle_due(self) -> float | None:
        """Once per ``keepalive_expiry``: the ``time.monotonic()`` before which a freed slot's connection expired."""
        now = time.monotonic()
        if now < self._next_sweep or self._expiry is None:
            return None
        self._next_sweep = now + self._expiry
        return now - self._expiry

    def may_keep_a_connection(self, slot: int) -> bool:
        return slot < self._kept and self._made[slot] is not None

    def forget(self, slot: int) -> Transport | None:
        """The slot's transport, for its holder to close: the slot's next use makes a new one."""
        transport, self._made[slot] = self._made[slot], None
        return transport


def pool_timeout(request: httpx.Request) -> float | None:
    timeout: float | None = request.extensions.get("timeout", {}).get("pool")
    return timeout


def no_slot_in_time(request: httpx.Request, capacity: int) -> httpx.PoolTimeout:
    return httpx.PoolTimeout(f"no connection free in time ({capacity} in use)", request=request)


class _SlotReleasingStream(httpx.SyncByteStream):
    """A response body whose closing (its first closing only) gives the slot back."""

    def __init__(self, body: httpx.SyncByteStream, slots: ThreadSlots, slot: int) -> None:
        self._body = body
        self._slots = slots
        self._slot: int | None = slot  # None once given back

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._body
        except BaseException:
            # A failed read ends the response: the slot goes back now, not when the caller gets to closing it;
            # a failure to close as well is not reported over the read's own error.
            with contextlib.suppress(Exception):
                self.close()
            raise

    def close(self) -> None:
        slot, self._slot = self._slot, None
        if slot is None:
            return
        try:
            self._body.close()  # the connection is back in its pool before the slot is taken again
        finally:
            self._slots.release(slot)


class SlotPool(httpx.BaseTransport):
    """A sync transport of ``limits.max_connections`` slots, each a transport ``make(its limits)``."""

    def __init__(self, limits: httpx.Limits, make: Callable[[httpx.Limits], httpx.BaseTransport]) -> None:
        self.transports = SlotTransports(limits, make)
        self.slots = ThreadSlots(self.transports.count)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        freed_before = self.transports.idle_due()
        if freed_before is not None:
            self._close_idle(freed_before)
        try:
            slot = self.slots.acquire(pool_timeout(request))
        except TimeoutError:
            raise no_slot_in_time(request, self.slots.capacity) from None
        try:
            response = self.transports[slot].handle_request(request)
        except BaseException:
            self.slots.release(slot)
            raise
        if not isinstance(response.stream, httpx.SyncByteStream):  # nothing left to read from the connection
            self.slots.release(slot)
            return response
        response.stream = _SlotReleasingStream(response.stream, self.slots, slot)
        return response

    def _close_idle(self, freed_before: float) -> None:
        idle = self.slots.take_idle(freed_before, self.transports.may_keep_a_connection)
        try:
            for slot in idle:
                transport = self.transports.forget(slot)
                if transport is not None:
                    with contextlib.suppress(Exception):  # an idle connection that fails to close is gone anyway
                        transport.close()
        finally:
            for slot in idle:
                self.slots.release(slot)

    def close(self) -> None:
        for transport in self.transports.made():
            transport.close()


def pooled(limits: httpx.Limits, make: Callable[[httpx.Limits], httpx.BaseTransport]) -> httpx.BaseTransport:
    """A slot pool for ``limits``; without a bound on connections, httpx's own pool as ``make`` makes it."""
    return make(limits) if limits.max_connections is None else SlotPool(limits, make)

"""The slot bookkeeping of the slot pools: lowest slot first, released slots to the oldest waiter, nothing lost to a
waiter that gives up (cancelled, timed out, interrupted) or to a body that fails to read or to close.

Over HTTP, through a client, in ``test_slot_pool``; here the cases a server cannot time: a slot handed over at
the very moment its waiter gives up.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.overlay.waiting import HANG_GUARD, run, until, wait_for
from wawex_partner_api import slot_queue
from wawex_partner_api.async_slot_pool import AsyncSlotPool, AsyncSlots
from wawex_partner_api.slot_pool import SlotPool
from wawex_partner_api.slot_queue import ThreadSlots

# -- an event loop's slots -------------------------------------------------------------------------


def test_a_newcomer_does_not_overtake_a_waiter_handed_the_released_slot() -> None:
    async def scenario() -> list[str]:
        slots, admitted = AsyncSlots(1), []

        async def take(name: str) -> None:
            await slots.acquire()
            admitted.append(name)

        await take("holder")
        waiter = asyncio.create_task(take("waiter"))
        await until(lambda: slots.waiting == 1)
        slots.release(0)
        newcomer = asyncio.create_task(take("newcomer"))  # arrives before the waiter has run again
        await waiter
        assert slots.waiting == 1
        slots.release(0)
        await newcomer
        return admitted

    assert run(scenario()) == ["holder", "waiter", "newcomer"]


def test_a_waiter_cancelled_as_it_is_handed_the_slot_passes_it_on() -> None:
    async def scenario() -> None:
        slots = AsyncSlots(1)
        await slots.acquire()
        doomed = asyncio.create_task(slots.acquire())
        await until(lambda: slots.waiting == 1)
        next_in_line = asyncio.create_task(slots.acquire())
        await until(lambda: slots.waiting == 2)
        slots.release(0)  # hands the slot to ``doomed``…
        doomed.cancel()  # …which is cancelled before it could run
        with pytest.raises(asyncio.CancelledError):
            await doomed
        await next_in_line
        assert slots.in_use == 1
        slots.release(0)
        assert slots.in_use == 0

    run(scenario())


def test_a_waiter_cancelled_just_before_a_release_neither_breaks_nor_takes_the_slot() -> None:
    async def scenario() -> None:
        slots = AsyncSlots(1)
        await slots.acquire()
        cancelled = asyncio.create_task(slots.acquire())
        await until(lambda: slots.waiting == 1)
        cancelled.cancel()
        slots.release(0)  # finds the cancelled waiter first, before its task has run to clean up after itself
        with pytest.raises(asyncio.CancelledError):
            await cancelled
        assert (slots.in_use, slots.waiting) == (0, 0)
        await slots.acquire(timeout=0.01)
        assert slots.in_use == 1

    run(scenario())


def test_a_timed_out_waiter_leaves_neither_a_place_nor_a_slot() -> None:
    async def scenario() -> None:
        slots = AsyncSlots(1)
        await slots.acquire()
        with pytest.raises(TimeoutError):
            await slots.acquire(timeout=0.01)
        assert slots.waiting == 0
        slots.release(0)
        assert slots.in_use == 0
        await slots.acquire(timeout=0.01)
        assert slots.in_use == 1

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
        transport = AsyncSlotPool(httpx.Limits(max_connections=2), lambda limits: inner)
        response = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/x"))
        other = await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1/y"))
        assert transport.slots.in_use == 2
        with pytest.raises(httpx.ReadError):  # not the CloseError of the closing that followed it
            async for _ in response.aiter_raw():
                pass
        assert transport.slots.in_use == 1
        await response.aclose()  # closing once more: no second release
        assert transport.slots.in_use == 1
        assert inner.bodies[0].closed == 1
        with pytest.raises(httpx.CloseError):
            await other.aclose()
        assert transport.slots.in_use == 0

    run(scenario())


def test_a_transport_error_gives_the_slot_back() -> None:
    async def scenario() -> None:
        transport = AsyncSlotPool(httpx.Limits(max_connections=1), lambda limits: httpx.AsyncHTTPTransport())
        with pytest.raises(httpx.ConnectError):
            await transport.handle_async_request(httpx.Request("GET", "http://127.0.0.1:1/"))
        assert transport.slots.in_use == 0
        await transport.aclose()

    run(scenario())


# -- threads' slots --------------------------------------------------------------------------------


def waiting_thread(slots: ThreadSlots, timeout: float | None = None) -> tuple[threading.Thread, list[Any]]:
    outcome: list[Any] = []

    def take() -> None:
        try:
            outcome.append(slots.acquire(timeout))
        except BaseException as error:  # the test inspects it
            outcome.append(error)

    thread = threading.Thread(target=take)
    before = slots.waiting
    thread.start()
    wait_for(lambda: slots.waiting == before + 1)
    return thread, outcome


def test_a_released_slot_goes_to_the_oldest_waiting_thread_never_to_a_newcomer() -> None:
    slots = ThreadSlots(1)
    held = slots.acquire()
    first, first_got = waiting_thread(slots)
    second, second_got = waiting_thread(slots)
    slots.release(held)  # handed straight to ``first``: never free in between
    with pytest.raises(TimeoutError):
        slots.acquire(timeout=0)  # a newcomer finds nothing free
    first.join(HANG_GUARD)
    assert first_got == [held]
    assert second.is_alive()
    slots.release(first_got[0])
    second.join(HANG_GUARD)
    assert second_got == [held]
    assert (slots.in_use, slots.waiting) == (1, 0)


def test_a_thread_that_times_out_leaves_neither_a_place_nor_a_slot() -> None:
    slots = ThreadSlots(1)
    held = slots.acquire()
    thread, outcome = waiting_thread(slots, timeout=0.05)
    thread.join(HANG_GUARD)
    assert isinstance(outcome[0], TimeoutError)
    assert slots.waiting == 0
    slots.release(held)
    assert (slots.in_use, slots.waiting) == (0, 0)
    assert slots.acquire(timeout=0) == held


class _InterruptedWait(threading.Event):
    """An event whose wait is interrupted (as by KeyboardInterrupt) once the slot has been handed over."""

    def wait(self, timeout: float | None = None) -> bool:
        super().wait(timeout)
        raise KeyboardInterrupt


def _interrupted_waiter(waiter: Any) -> None:
    waiter.ready, waiter.slot = _InterruptedWait(), None


def test_a_thread_interrupted_as_it_is_handed_a_slot_passes_it_on(monkeypatch: pytest.MonkeyPatch) -> None:
    slots = ThreadSlots(1)
    held = slots.acquire()
    with monkeypatch.context() as patch:
        patch.setattr(slot_queue._ThreadWaiter, "__init__", _interrupted_waiter)
        doomed, doomed_got = waiting_thread(slots)
    next_in_line, next_got = waiting_thread(slots)
    slots.release(held)  # to ``doomed``, whose wait then ends in an interrupt
    doomed.join(HANG_GUARD)
    next_in_line.join(HANG_GUARD)
    assert isinstance(doomed_got[0], KeyboardInterrupt)
    assert next_got == [held]
    assert (slots.in_use, slots.waiting) == (1, 0)


# -- bookkeeping under any sequence of takes and releases -------------------------------------------


@given(st.integers(min_value=1, max_value=12), st.lists(st.tuples(st.booleans(), st.integers(0, 11)), max_size=80))
def test_the_lowest_free_slot_is_taken_and_none_is_ever_held_twice(
    capacity: int, steps: list[tuple[bool, int]]
) -> None:
    slots, held = ThreadSlots(capacity), set[int]()
    for take, pick in steps:
        if take and len(held) < capacity:
            slot = slots.acquire(timeout=0)
            assert slot == min(set(range(capacity)) - held)
            held.add(slot)
        elif held:
            slot = sorted(held)[pick % len(held)]
            held.remove(slot)
            slots.release(slot)
        assert slots.in_use == len(held)
    if len(held) == capacity:
        with pytest.raises(TimeoutError):
            slots.acquire(timeout=0)


@given(st.integers(min_value=1, max_value=8), st.data())
def test_idle_slots_are_taken_only_when_free_chosen_and_unused_since(capacity: int, data: st.DataObject) -> None:
    slots = ThreadSlots(capacity)
    taken = [slots.acquire() for _ in range(capacity)]
    released = data.draw(st.lists(st.sampled_from(taken), unique=True))
    for slot in released:
        slots.release(slot)
    chosen = data.draw(st.sets(st.sampled_from(taken)))
    idle = slots.take_idle(time.monotonic() + 1, chosen.__contains__)
    assert idle == sorted(chosen & set(released))
    assert slots.in_use == capacity - len(released) + len(idle)
    assert slots.take_idle(time.monotonic() + 1, chosen.__contains__) == []  # taken: no longer free
    assert slots.take_idle(0.0, lambda slot: True) == []  # nothing was freed before the clock started
    for slot in idle:
        slots.release(slot)
    assert slots.in_use == capacity - len(released)
    if released:
        assert slots.acquire(timeout=0) == min(released)


# -- a sync body that fails -------------------------------------------------------------------------


class _FaultySyncBody(httpx.SyncByteStream):
    def __init__(self) -> None:
        self.closed = 0

    def __iter__(self) -> Iterator[bytes]:
        yield b"first"
        raise httpx.ReadError("connection lost (on purpose)")

    def close(self) -> None:
        self.closed += 1
        raise httpx.CloseError("closing failed too (on purpose)")


class _FaultySyncTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self.bodies: list[_FaultySyncBody] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.bodies.append(_FaultySyncBody())
        return httpx.Response(200, stream=self.bodies[-1], request=request)


def test_a_sync_body_that_fails_to_read_and_to_close_releases_its_slot_exactly_once() -> None:
    inner = _FaultySyncTransport()
    transport = SlotPool(httpx.Limits(max_connections=2), lambda limits: inner)
    response = transport.handle_request(httpx.Request("GET", "http://127.0.0.1/x"))
    other = transport.handle_request(httpx.Request("GET", "http://127.0.0.1/y"))
    assert transport.slots.in_use == 2
    with pytest.raises(httpx.ReadError):  # not the CloseError of the closing that followed it
        for _ in response.iter_raw():
            pass
    assert transport.slots.in_use == 1
    response.close()  # closing once more: no second release
    assert transport.slots.in_use == 1
    assert inner.bodies[0].closed == 1
    with pytest.raises(httpx.CloseError):
        other.close()
    assert transport.slots.in_use == 0

"""Slot numbers handed out lowest first, released ones to the oldest waiter: the bookkeeping of a slot pool.

``ThreadSlots`` is shared by threads; ``async_slot_pool.AsyncSlots`` belongs to one event loop. Neither does
I/O: a slot is a number, and what it stands for (a connection) is the pool's business.
"""

from __future__ import annotations

import heapq
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

Waiter = TypeVar("Waiter")


class Slots(Generic[Waiter]):
    """Slot numbers ``0 .. capacity-1``: the lowest free one is taken; a released one goes to the oldest waiter."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._free = list(range(capacity))  # a heap: ascending numbers already are one
        # While a slot is free nobody waits: a released slot goes to a waiter before it counts as free.
        self._waiters: deque[Waiter] = deque()
        self._freed_at = [time.monotonic()] * capacity

    @property
    def in_use(self) -> int:
        return self.capacity - len(self._free)

    def _hand_over(self, waiter: Waiter, slot: int) -> bool:
        """Give ``slot`` to ``waiter``; False when it no longer waits."""
        raise NotImplementedError

    def _release(self, slot: int) -> None:
        while self._waiters:
            if self._hand_over(self._waiters.popleft(), slot):
                return  # the slot passes to the waiter: it is never free in between
        self._freed_at[slot] = time.monotonic()
        heapq.heappush(self._free, slot)

    def _take_idle(self, freed_before: float, among: Callable[[int], bool]) -> list[int]:
        """Take the free slots of ``among`` that nobody has used since ``freed_before`` (``time.monotonic()``)."""
        idle = {slot for slot in self._free if self._freed_at[slot] < freed_before and among(slot)}
        if idle:
            self._free = [slot for slot in self._free if slot not in idle]
            heapq.heapify(self._free)
        return sorted(idle)


class _ThreadWaiter:
    __slots__ = ("ready", "slot")

    def __init__(self) -> None:
        self.ready = threading.Event()
        self.slot: int | None = None


class ThreadSlots(Slots[_ThreadWaiter]):
    """``Slots`` shared by threads."""

    def __init__(self, capacity: int) -> None:
        super().__init__(capacity)
        self._lock = threading.Lock()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    def acquire(self, timeout: float | None = None) -> int:
        """A slot, waiting at most ``timeout`` seconds (None: no limit), or TimeoutError."""
        with self._lock:
            if self._free:
                return heapq.heappop(self._free)
            waiter = _ThreadWaiter()
            self._waiters.append(waiter)
        try:
            waiter.ready.wait(timeout)
        except BaseException:  # an interrupt (KeyboardInterrupt) in the middle of the wait
            with self._lock:
                if waiter.slot is None:
                    self._waiters.remove(waiter)
                else:  # handed one as the wait was interrupted: the next waiter gets it
                    self._release(waiter.slot)
            raise
        with self._lock:
            if waiter.slot is None:
                self._waiters.remove(waiter)
                raise TimeoutError
        return waiter.slot  # handed one, possibly just as the time ran out: kept rather than passed on

    def release(self, slot: int) -> None:
        with self._lock:
            self._release(slot)

    def take_idle(self, freed_before: float, among: Callable[[int], bool]) -> list[int]:
        with self._lock:
            return self._take_idle(freed_before, among)

    def _hand_over(self, waiter: _ThreadWaiter, slot: int) -> bool:
        waiter.slot = slot
        waiter.ready.set()
        return True

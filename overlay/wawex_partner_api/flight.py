"""One token refresh at a time in a process, whoever needs it: threads, tasks of any event loop, or both.

A ``Flight`` is a refresh under way. Its leader finishes it exactly once with an outcome; everyone who
needed the token meanwhile waits for that outcome: threads block on an event, tasks await a future of
their own event loop (woken thread-safely, one after another), so sync and async callers crossing
expiry together share one token request, and a cancelled waiter never disturbs the flight.
"""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from wawex_partner_api.grant import AccessToken

if TYPE_CHECKING:
    import asyncio


class Flight:
    """A refresh led by one caller; ``advisory`` when the cached token stays usable meanwhile."""

    __slots__ = ("_done", "_lock", "_outcome", "_wakers", "advisory", "cached", "leader_thread")

    def __init__(self, *, advisory: bool, cached: AccessToken | None) -> None:
        self.advisory = advisory
        self.cached = cached
        self.leader_thread = threading.get_ident()
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._outcome: object = None
        self._wakers: collections.deque[Callable[[], None]] = collections.deque()

    def finish(self, outcome: object) -> None:
        with self._lock:
            self._outcome = outcome
            self._done.set()
        self._wake_next()

    def wait(self) -> object:
        self._done.wait()
        return self._outcome

    async def wait_async(self) -> object:
        import asyncio  # here, not at the top: sync-only programs need not pay for importing it

        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()

        def wake() -> None:
            try:
                loop.call_soon_threadsafe(self._settle, waiter)
            except RuntimeError:  # that event loop has closed: nobody waits there any more
                self._wake_next()

        with self._lock:
            if self._done.is_set():
                return self._outcome
            self._wakers.append(wake)
        try:
            await waiter
        finally:
            if waiter.done() and not waiter.cancelled():
                self._wake_next()
        return self._outcome

    # Tasks are woken one after another, each by the one before it once it runs (as asyncio.Lock hands
    # over): a thousand tasks made ready at once would hold their event loop for one long turn.

    def _wake_next(self) -> None:
        with self._lock:
            wake = self._wakers.popleft() if self._wakers else None
        if wake is not None:
            wake()

    def _settle(self, waiter: asyncio.Future[None]) -> None:
        if waiter.done():  # cancelled while waiting for its turn: the next one's turn
            self._wake_next()
        else:
            waiter.set_result(None)

"""Exactly-once handling on top of at-least-once delivery: a notification's key is claimed before its
handlers run, recorded as done when they succeed, and released when they fail (so a redelivery runs them).

``MemoryDedupeStore`` serves one process; ``RedisDedupeStore`` (the ``[redis]`` extra) every process and
machine behind the same Redis, with one atomic ``SET NX`` per claim. Keys are sha256 digests.
"""

from __future__ import annotations

import enum
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Protocol

if TYPE_CHECKING:
    import redis

DONE_FOR: Final = 30 * 24 * 3600.0
"""How long a handled notification is remembered: the partner keeps undelivered ones 30 days."""
CLAIM_FOR: Final = 300.0
"""How long a claim holds while handlers run, before another delivery may take over."""


class Claim(enum.Enum):
    NEW = "new"  # claimed: run the handlers
    DONE = "done"  # handled before: acknowledge, do not run them again
    BUSY = "busy"  # being handled right now by another delivery


class DedupeStore(Protocol):
    def claim(self, key: str) -> Claim: ...
    def done(self, key: str) -> None: ...
    def release(self, key: str) -> None: ...


class MemoryDedupeStore:
    """Keys in this process's memory, forgotten after ``DONE_FOR`` (checked as they are touched)."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, tuple[Claim, float]] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._entries)

    def claim(self, key: str) -> Claim:
        with self._lock:
            now = self._clock()
            state, until = self._entries.get(key, (Claim.NEW, now))
            if state is not Claim.NEW and until > now:
                return state
            self._entries[key] = (Claim.BUSY, now + CLAIM_FOR)
            return Claim.NEW

    def done(self, key: str) -> None:
        with self._lock:
            self._entries[key] = (Claim.DONE, self._clock() + DONE_FOR)

    def release(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)


class RedisDedupeStore:
    """Keys in Redis, shared by every receiver process: ``prefix + key`` holds ``busy`` or ``done``."""

    def __init__(self, client: redis.Redis, *, prefix: str = "wawex:notification:") -> None:
        from wawex_partner_api.token_cache import require_redis_extra

        require_redis_extra()
        self._client = client
        self._prefix = prefix

    def __repr__(self) -> str:
        return f"<RedisDedupeStore prefix={self._prefix!r}>"

    def claim(self, key: str) -> Claim:
        name = self._prefix + key
        if self._client.set(name, b"busy", nx=True, px=int(CLAIM_FOR * 1000)):
            return Claim.NEW
        return Claim.DONE if self._client.get(name) == b"done" else Claim.BUSY

    def done(self, key: str) -> None:
        self._client.set(self._prefix + key, b"done", px=int(DONE_FOR * 1000))

    def release(self, key: str) -> None:
        self._client.delete(self._prefix + key)

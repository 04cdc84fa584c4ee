"""Waiting for a condition in tests of concurrent code, bounded so that a broken lock or queue fails its test
instead of hanging it. The bound is never a speed requirement."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

HANG_GUARD = 30.0  # seconds


async def until(condition: Callable[[], bool]) -> None:
    """In a coroutine run by ``run``, which bounds it: wait until ``condition()`` holds."""
    while not condition():
        await asyncio.sleep(0.005)


def run(scenario: Awaitable[Any]) -> Any:
    """``asyncio.run`` for a scenario that must end within the guard."""
    return asyncio.run(asyncio.wait_for(scenario, timeout=HANG_GUARD))


def wait_for(condition: Callable[[], bool]) -> None:
    """In a thread: wait until ``condition()`` holds, failing the test past the guard."""
    deadline = time.monotonic() + HANG_GUARD
    while not condition():
        assert time.monotonic() < deadline, "the condition never held"
        time.sleep(0.001)

"""One refresh per process whoever asks: threads and tasks together, and the advisory window's pauses.

Counts are taken at a real sandbox process; the token cache's clock is a FakeClock.
"""

from __future__ import annotations

import asyncio
import threading
import time

from tests.overlay.conftest import FakeClock, MakeClient
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.api.prices import get_prices

HOUR = 3600.0


def call(client) -> int:
    return int(get_prices.sync_detailed(client=client).status_code)


def test_threads_and_tasks_crossing_expiry_together_share_one_request(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock
) -> None:
    client = make_client(clock=clock, timeout=60.0)
    assert call(client) == 200
    sandbox.settings(token_delay=0.3)  # long enough for everyone to be waiting when it answers
    clock.advance(HOUR)
    statuses: list[int] = []
    start = threading.Barrier(51)

    def thread_call() -> None:
        start.wait()
        statuses.append(call(client))

    async def tasks() -> None:
        start.wait()
        responses = await asyncio.gather(*(get_prices.asyncio_detailed(client=client) for _ in range(100)))
        statuses.extend(int(r.status_code) for r in responses)
        await client.aclose()

    threads = [threading.Thread(target=thread_call) for _ in range(50)]
    threads.append(threading.Thread(target=lambda: asyncio.run(tasks())))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses == [200] * 150
    assert sandbox.counter("token_requests") == 2, "the first token, then one refresh for 50 threads and 100 tasks"
    assert len({entry["token"] for entry in sandbox.requests("api")[1:]}) == 1


def test_a_single_use_token_in_the_advisory_window_starts_a_pause(
    sandbox: SandboxServer, make_client: MakeClient, clock: FakeClock
) -> None:
    client = make_client(clock=clock)
    assert call(client) == 200
    cached = sandbox.requests("api")[-1]["token"]
    sandbox.settings(expires_in=0)  # every refresh brings a token to use once
    clock.advance(HOUR - 200)  # advisory window
    for _ in range(4):
        assert call(client) == 200
    assert sandbox.counter("token_requests") == 2, "one refresh, then the pause"
    assert {entry["token"] for entry in sandbox.requests("api")[1:]} == {cached}, "the cached token serves on"
    clock.advance(31)
    for _ in range(4):
        assert call(client) == 200
    assert sandbox.counter("token_requests") == 3, "one more refresh per pause"


def test_a_sync_call_on_the_event_loop_of_a_refreshing_task_does_not_deadlock(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client(timeout=10.0)
    sandbox.settings(token_delay=0.5)

    async def scenario() -> tuple[int, int]:
        refreshing = asyncio.create_task(get_prices.asyncio_detailed(client=client))
        await asyncio.sleep(0.1)  # that task now leads the refresh, awaiting the token endpoint
        started = time.perf_counter()
        blocking = call(client)  # a sync call from inside the loop: cannot wait for a task of this loop
        assert time.perf_counter() - started < 5.0
        response = await refreshing
        await client.aclose()
        return blocking, int(response.status_code)

    assert asyncio.run(asyncio.wait_for(scenario(), timeout=20)) == (200, 200)
    assert sandbox.counter("token_requests") == 2, "the sync caller fetched its own token instead of waiting"


def test_a_cancelled_waiter_leaves_the_others_their_token(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client(timeout=10.0)
    sandbox.settings(token_delay=0.5)

    async def scenario() -> list[int]:
        calls = [asyncio.create_task(get_prices.asyncio_detailed(client=client)) for _ in range(5)]
        await asyncio.sleep(0.1)  # one leads the refresh, four wait in line
        calls[2].cancel()
        done = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), timeout=10)
        await client.aclose()
        return [-1 if isinstance(result, asyncio.CancelledError) else int(result.status_code) for result in done]

    assert asyncio.run(scenario()) == [200, 200, -1, 200, 200]
    assert sandbox.counter("token_requests") == 1

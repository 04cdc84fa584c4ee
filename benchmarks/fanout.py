"""Fan-out: requests per second of ours against raw httpx when many threads or tasks share one client.

Both sides use the same connection pool limits (``PartnerConfig(...).limits``, the default ours uses) and
the same timeout, against the loopback echo server. Raw: ``httpx.Client``/``AsyncClient`` with static
``Authorization`` and ``Requestor-ID`` headers. Ours: the overlay's ``get_natural_person.sync_detailed`` /
``asyncio_detailed`` on one ``PartnerClient``, a requestor view made per call. Every sample starts with a new
client (one shared by its threads or tasks), so that no sample inherits the connections another opened
(httpcore scans every pooled connection on each request: a pool's size changes its speed). A sample sends a
fixed total of requests (at least two per task) within a time limit (so that a pathological case ends: answers
after it do not count, tasks still waiting are cancelled), spread over N threads (one sync client) or N tasks
(one event loop), each taking the next request until none is left; before it, untimed, each thread (or task,
up to the pool's size) sends one request, which opens the connections that concurrency needs. The same again for
50 threads and 100 tasks against a second echo server that answers each request 20 ms after it arrived (as a
distant API would): there a client is bound by how many requests it keeps on the wire, not by its CPU. Its figure:
answers per second until the last answer within the limit.
Ratio: ours / raw of the same round.
"""

from __future__ import annotations

import asyncio
import itertools
import sys
import threading
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

import httpx

from benchmarks.echo_server import PERSON, PERSON_PATH, RAW_HEADERS, EchoServer, partner_config
from benchmarks.protocol import Goal, Outcome, Point, Spread, ainterleave, header, interleave, per_round, row, verdict
from wawex_partner_api import PartnerClient, TokenCache
from wawex_partner_api.operations.natural_persons import get_natural_person

THREADS, TASKS = (1, 10, 50), (1, 100, 500, 1000)
DISTANCE, FAR_THREADS, FAR_TASKS = 0.02, (50,), (100,)  # seconds the distant server waits before each answer
RAW, OURS = "raw httpx", "ours"


def goal(kind: str, level: int) -> Goal:
    if level == 1:
        return Goal(">=", round(1 / 1.05, 2), "(P1's 1.05 as a rate)")
    return Goal(">=", 1.2) if (kind, level) == ("tasks", 500) else Goal(">=", 1.0)


class Work:
    """A sample's requests: at most ``total`` within ``seconds``; counts the answers received in that time."""

    def __init__(self, total: int, seconds: float, failures: Counter[str]) -> None:
        self._tickets = itertools.count()
        self._answers: list[float] = []  # list.append is atomic: threads need no lock to count
        self._total, self.seconds, self._failures = total, seconds, failures
        self._started = self._stop = 0.0

    def start(self) -> None:
        self._started = time.perf_counter()
        self._stop = self._started + self.seconds

    def more(self) -> bool:
        return next(self._tickets) < self._total and time.perf_counter() < self._stop

    def answered(self, response: Any) -> None:
        if int(response.status_code) != 200:
            self._failures[f"status {int(response.status_code)}"] += 1
        elif (now := time.perf_counter()) < self._stop:
            self._answers.append(now)

    def failed(self, error: Exception) -> None:
        self._failures[type(error).__name__] += 1

    def rate(self) -> float:
        """Answers per second, from ``start()`` until the last answer within the time limit."""
        return len(self._answers) / (max(self._answers, default=self._stop) - self._started)


def _threads(call: Callable[[], Any], threads: int, work: Work) -> float:
    barrier = threading.Barrier(threads + 1)

    def worker() -> None:
        barrier.wait()
        while work.more():
            try:
                work.answered(call())
            except Exception as error:  # counted and reported
                work.failed(error)

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in workers:
        thread.start()
    work.start()
    barrier.wait()
    for thread in workers:
        thread.join()
    return work.rate()


async def _tasks(call: Callable[[], Awaitable[Any]], tasks: int, work: Work) -> float:
    async def worker() -> None:
        while work.more():
            try:
                work.answered(await call())
            except Exception as error:  # counted and reported
                work.failed(error)

    work.start()
    workers = [asyncio.ensure_future(worker()) for _ in range(tasks)]
    _, late = await asyncio.wait(workers, timeout=work.seconds)
    for task in late:  # past the time limit: its answer would not count
        task.cancel()
    await asyncio.gather(*late, return_exceptions=True)
    return work.rate()


Call = Callable[[], Any]


def measure(
    base: str, rounds: int, total: int, seconds: float, thread_levels: tuple[int, ...], task_levels: tuple[int, ...]
) -> tuple[dict[tuple[str, int], dict[str, list[float]]], Counter[str]]:
    config = partner_config(base)
    cache, failures = TokenCache(), Counter[str]()  # one token for every client of ours: fetched once
    settings: dict[str, Any] = {"base_url": base, "limits": config.limits, "timeout": config.timeout}
    pool = config.limits.max_connections or 100

    def raw() -> tuple[Call, Call]:
        client = httpx.Client(headers=RAW_HEADERS, **settings)
        return lambda: client.get(PERSON_PATH), client.close

    def ours() -> tuple[Call, Call]:
        partner = PartnerClient(config, token_cache=cache)
        return lambda: get_natural_person.sync_detailed(PERSON, client=partner.with_requestor(PERSON)), partner.close

    def threads(make: Callable[[], tuple[Call, Call]], level: int) -> float:
        call, close = make()
        try:
            _threads(call, level, Work(level, seconds, failures))  # untimed: the connections this level opens
            return _threads(call, level, Work(total, seconds, failures))
        finally:
            close()

    def araw() -> tuple[Call, Call]:
        client = httpx.AsyncClient(headers=RAW_HEADERS, **settings)
        return lambda: client.get(PERSON_PATH), client.aclose

    def aours() -> tuple[Call, Call]:
        partner = PartnerClient(config, token_cache=cache)
        return lambda: get_natural_person.asyncio_detailed(
            PERSON, client=partner.with_requestor(PERSON)
        ), partner.aclose

    async def tasks(make: Callable[[], tuple[Call, Call]], level: int) -> float:
        call, close = make()
        try:
            await _tasks(call, min(level, pool), Work(min(level, pool), seconds, failures))  # untimed, likewise
            return await _tasks(call, level, Work(max(total, 2 * level), seconds, failures))
        finally:
            await close()

    sync_makers, async_makers = {RAW: raw, OURS: ours}, {RAW: araw, OURS: aours}
    for make in sync_makers.values():
        threads(make, max(thread_levels))  # warm-up: code paths run once, the token fetched
    by_key = interleave(
        {f"threads {n} {name}": partial(threads, make, n) for n in thread_levels for name, make in sync_makers.items()},
        rounds,
    )

    async def asynchronous() -> dict[str, list[float]]:
        for make in async_makers.values():
            await tasks(make, max(task_levels))
        return await ainterleave(
            {f"tasks {n} {name}": partial(tasks, make, n) for n in task_levels for name, make in async_makers.items()},
            rounds,
        )

    by_key |= asyncio.run(asynchronous())
    levels = [("threads", level) for level in thread_levels] + [("tasks", level) for level in task_levels]
    return {
        (kind, level): {name: by_key[f"{kind} {level} {name}"] for name in (RAW, OURS)} for kind, level in levels
    }, failures


def section(quick: bool) -> Outcome:
    rounds, total, seconds = (2, 300, 2.5) if quick else (5, 2000, 5.0)  # 1000 tasks: first answers after ~2 s
    with EchoServer() as server, EchoServer(delay=DISTANCE) as distant:
        near, failures = measure(server.base_url, rounds, total, seconds, THREADS, TASKS)
        far, far_failures = measure(distant.base_url, rounds, total // 2, seconds, FAR_THREADS, FAR_TASKS)
    far_label = f", answers {DISTANCE * 1000:g} ms later"
    results = {(kind, level, ""): samples for (kind, level), samples in near.items()}
    results |= {(kind, level, far_label): samples for (kind, level), samples in far.items()}
    failures += far_failures
    lines = [header("concurrency", "raw req/s", "ours req/s", "ours / raw (min / median / max)", "goal")]
    points = []
    for (kind, level, distance), samples in results.items():
        point = Point(f"{level} {kind}{distance}", Spread.of(per_round(samples, RAW)[OURS]), goal(kind, level))
        points.append(point)
        rates = [f"{Spread.of(samples[name]).median:.0f}" for name in (RAW, OURS)]
        lines.append(row(point.label, *rates, point.spread.text(".3f"), verdict(point)))
    lines += [
        "",
        f"{rounds} rounds; a sample is {total} requests ({total // 2} when answers come {DISTANCE * 1000:g} ms "
        f"later; 2 per task at least), within {seconds:g} s; "
        "req/s: answered requests per second, medians over rounds. Failed requests (all samples, warm-ups "
        "included): " + (", ".join(f"{count} {kind}" for kind, count in sorted(failures.items())) or "none") + ".",
    ]
    return Outcome(
        "\n".join(lines), unit="ours / raw httpx, requests per second (same round)", points=points, log_scale=True
    )


if __name__ == "__main__":
    print(section("--quick" in sys.argv).table)

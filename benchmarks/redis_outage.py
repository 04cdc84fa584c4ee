"""How long an API call that needs a new token waits when the shared cache's Redis cannot help.

Contenders, each a new client whose first call fetches a token: no shared cache (the reference), Redis
healthy, Redis refusing connections (nothing listens), Redis stalled (``DEBUG SLEEP`` longer than the
client's 50 ms command limit). Rounds interleave the contenders, the order rotated each round; reported:
the first call's time (min / median / max over rounds) and its excess over the reference *of the same
round* (min / median / max), the goal judged on the median excess.
"""

from __future__ import annotations

import logging
import socket
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.protocol import Goal, Outcome, Point, Spread, header, interleave, per_round, row, verdict
from tests.redis_server import RedisServer
from wawex_partner_api import PartnerClient, RedisTokenCache, TokenCache
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.api.prices import get_prices

STALL = 0.5
REFERENCE = "no shared cache"
GOAL = Goal("<=", 50, "ms")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _first_call(sandbox: SandboxServer, cache: TokenCache, before: Callable[[], None] = lambda: None) -> float:
    client = PartnerClient(sandbox.config(), token_cache=cache)
    before()
    started = time.perf_counter()
    get_prices.sync_detailed(client=client)
    elapsed = time.perf_counter() - started
    client.close()
    return elapsed


def measure(rounds: int) -> dict[str, list[float]]:
    logging.getLogger("wawex_partner_api.token_cache").setLevel(logging.ERROR)  # the outages are deliberate
    with (
        tempfile.TemporaryDirectory() as directory,
        RedisServer(Path(directory)) as redis,
        redis.client() as control,
        SandboxServer() as sandbox,
    ):
        refused = f"redis://127.0.0.1:{_closed_port()}/0"

        def stall() -> None:
            threading.Thread(target=control.execute_command, args=("DEBUG", "SLEEP", STALL)).start()
            time.sleep(0.02)

        def stalled() -> float:
            elapsed = _first_call(sandbox, RedisTokenCache.from_url(redis.url), stall)
            time.sleep(STALL)  # let the stall end before the next contender
            return elapsed

        def fresh(contender: Callable[[], float]) -> Callable[[], float]:
            def run() -> float:
                control.flushall()
                return contender()

            return run

        contenders: dict[str, Callable[[], float]] = {
            REFERENCE: lambda: _first_call(sandbox, TokenCache()),
            "Redis healthy": lambda: _first_call(sandbox, RedisTokenCache.from_url(redis.url)),
            "Redis refusing connections": lambda: _first_call(sandbox, RedisTokenCache.from_url(refused)),
            f"Redis stalled ({STALL:g} s DEBUG SLEEP)": stalled,
        }
        return interleave({name: fresh(contender) for name, contender in contenders.items()}, rounds)


def section(quick: bool) -> Outcome:
    rounds = 3 if quick else 9
    times = measure(rounds)
    excess = per_round(times, REFERENCE, difference=True)
    lines = [header("shared cache", "first call ms", "minus no shared cache (same round), ms", "goal")]
    points = []
    for name, values in times.items():
        point = Point(name, Spread.of([value * 1e3 for value in excess[name]]), None if name == REFERENCE else GOAL)
        if name != REFERENCE:
            points.append(point)
        lines.append(row(name, Spread.of(values).text(".1f", 1e3), point.spread.text("+.1f"), verdict(point)))
    lines += ["", f"{rounds} rounds; each call is a new client's first (it fetches a token)."]
    return Outcome("\n".join(lines), unit="ms more than no shared cache (same round)", points=points)


if __name__ == "__main__":
    import sys

    print(section("--quick" in sys.argv).table)

"""How long an API call that needs a new token waits when the shared cache's Redis cannot help.

Contenders, each a new client whose first call fetches a token: no shared cache (the reference), Redis
healthy, Redis refusing connections (nothing listens), Redis stalled (``DEBUG SLEEP`` longer than the
client's 50 ms command limit). Rounds interleave the contenders, the order rotated each round; reported:
the first call's time, min / median / max over rounds, and the median's excess over the reference.
"""

from __future__ import annotations

import logging
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tests.redis_server import RedisServer
from wawex_partner_api import PartnerClient, RedisTokenCache, TokenCache
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.api.prices import get_prices

ROUNDS = 9
STALL = 0.5


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


def measure() -> dict[str, list[float]]:
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

        contenders: dict[str, Callable[[], float]] = {
            "no shared cache": lambda: _first_call(sandbox, TokenCache()),
            "Redis healthy": lambda: _first_call(sandbox, RedisTokenCache.from_url(redis.url)),
            "Redis refusing connections": lambda: _first_call(sandbox, RedisTokenCache.from_url(refused)),
            f"Redis stalled ({STALL:g} s DEBUG SLEEP)": stalled,
        }
        names = list(contenders)
        times: dict[str, list[float]] = {name: [] for name in names}
        for round_ in range(ROUNDS):
            for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                control.flushall()
                times[name].append(contenders[name]())
    return times


def table() -> str:
    times = measure()
    reference = statistics.median(times["no shared cache"])
    lines = ["| shared cache | first call ms (min / median / max) | median minus no shared cache |", "|---|---:|---:|"]
    for name, values in times.items():
        median = statistics.median(values)
        lines.append(
            f"| {name} | {min(values) * 1e3:.1f} / {median * 1e3:.1f} / {max(values) * 1e3:.1f} | "
            f"{(median - reference) * 1e3:+.1f} ms |"
        )
    lines += ["", f"{ROUNDS} rounds; each call is a new client's first (it fetches a token)."]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())

"""P3: token requests per token lifetime across a fleet of processes, without and with the shared Redis cache.

Each row is one ``tests.fleet.cross_expiry`` run: N real processes share one sandbox, each primes a token
that lives 62 s, waits until every copy is inside the 60 s refresh window, then all their threads or
tasks call at once; the sandbox counts the token requests that causes. Without the shared cache every
process refreshes on its own (one per process at best); with it the fleet should refresh once.
Protocol: one redis-server and one sandbox for the whole section; rounds interleave the contenders, the
order rotated each round; Redis is emptied before every run so each starts alike. Reported: token requests
min / median / max over rounds; the goal (exactly 1 with the shared cache) must hold in every round.
"""

from __future__ import annotations

import tempfile
from functools import partial
from pathlib import Path

from benchmarks.protocol import Goal, Outcome, Point, Spread, header, interleave, row, verdict
from tests.fleet import FleetRun, cross_expiry
from tests.redis_server import RedisServer
from wawex_partner_api.sandbox import SandboxServer

# (fleet, token cache, cross_expiry settings, shared through Redis)
CONTENDERS: list[tuple[str, str, dict[str, int], bool]] = [
    ("8 processes x 20 threads", "process-local", {"processes": 8, "threads": 20}, False),
    ("8 processes x 20 threads", "Redis", {"processes": 8, "threads": 20}, True),
    ("4 processes x 250 asyncio tasks", "process-local", {"processes": 4, "tasks": 250}, False),
    ("4 processes x 250 asyncio tasks", "Redis", {"processes": 4, "tasks": 250}, True),
]


def measure(rounds: int) -> dict[int, list[FleetRun]]:
    """The runs of each contender (by index in CONTENDERS), one per round."""
    with (
        tempfile.TemporaryDirectory() as directory,
        RedisServer(Path(directory)) as redis,
        redis.client() as control,
        SandboxServer() as sandbox,
    ):

        def run(index: int) -> FleetRun:
            _, _, settings, shared = CONTENDERS[index]
            control.flushall()  # no token left from an earlier run (the sandbox forgets it)
            return cross_expiry(sandbox, **settings, cache_url=redis.url if shared else None)

        by_name = interleave({str(index): partial(run, index) for index in range(len(CONTENDERS))}, rounds)
    return {int(name): runs for name, runs in by_name.items()}


def section(quick: bool) -> Outcome:
    rounds = 1 if quick else 3
    lines = [header("fleet", "token cache", "token requests", "goal", "API calls", "failed calls", left=2)]
    failures: list[str] = []
    points = []
    for index, runs in measure(rounds).items():
        fleet, cache, _, shared = CONTENDERS[index]
        goal = Goal("==", 1, every_round=True) if shared else None
        point = Point(f"{fleet}, {cache}", Spread.of([run.token_requests for run in runs]), goal)
        points.append(point)
        failures += [f"{fleet}, {cache}: {failure}" for run in runs for failure in run.failures]
        calls = Spread.of([run.calls for run in runs]).text("g")
        failed = Spread.of([len(run.failures) for run in runs]).text("g")
        lines.append(row(fleet, cache, point.spread.text("g"), verdict(point), calls, failed))
    lines += ["", f"Rounds: {rounds}; min / median / max over rounds where they differ."]
    if failures:
        lines.append("Failures: " + "; ".join(sorted(set(failures))) + ".")
    return Outcome("\n".join(lines), unit="token requests (one run each)", points=points)


if __name__ == "__main__":
    import sys

    print(section("--quick" in sys.argv).table)

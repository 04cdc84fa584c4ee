"""P3: token requests per token lifetime across a fleet of processes, without and with the shared Redis cache.

Each row is one ``tests.fleet.cross_expiry`` run: N real processes share one sandbox, each primes a token
that lives 62 s, waits until every copy is inside the 60 s refresh window, then all their threads or
tasks call at once; the sandbox counts the token requests that causes. Without the shared cache every
process refreshes on its own (one per process at best); with it the fleet should refresh once.
Protocol: one redis-server and one sandbox for the whole section; ``ROUNDS`` rounds interleave the
contenders, the order rotated each round; Redis is emptied before every run so each starts alike.
Reported: token requests min / median / max over rounds.
"""

from __future__ import annotations

import statistics
import tempfile
from pathlib import Path

from tests.fleet import FleetRun, cross_expiry
from tests.redis_server import RedisServer
from wawex_partner_api.sandbox import SandboxServer

ROUNDS = 3

# (fleet, token cache, cross_expiry settings, shared through Redis)
CONTENDERS: list[tuple[str, str, dict[str, int], bool]] = [
    ("8 processes x 20 threads", "process-local", {"processes": 8, "threads": 20}, False),
    ("8 processes x 20 threads", "Redis", {"processes": 8, "threads": 20}, True),
    ("4 processes x 250 asyncio tasks", "process-local", {"processes": 4, "tasks": 250}, False),
    ("4 processes x 250 asyncio tasks", "Redis", {"processes": 4, "tasks": 250}, True),
]


def measure() -> list[list[FleetRun]]:
    """The runs of each contender (in CONTENDERS order), one per round."""
    runs: list[list[FleetRun]] = [[] for _ in CONTENDERS]
    with (
        tempfile.TemporaryDirectory() as directory,
        RedisServer(Path(directory)) as redis,
        redis.client() as control,
        SandboxServer() as sandbox,
    ):
        for round_ in range(ROUNDS):
            shift = round_ % len(CONTENDERS)
            for index in [*range(shift, len(CONTENDERS)), *range(shift)]:
                _, _, settings, shared = CONTENDERS[index]
                control.flushall()  # no token left from an earlier run (the sandbox forgets it)
                runs[index].append(cross_expiry(sandbox, **settings, cache_url=redis.url if shared else None))
    return runs


def _spread(values: list[int]) -> str:
    return str(values[0]) if min(values) == max(values) else f"{min(values)}-{max(values)}"


def table() -> str:
    lines = [
        "| fleet | token cache | token requests (min / median / max) | API calls | failed calls |",
        "|---|---|---:|---:|---:|",
    ]
    failures: list[str] = []
    for (fleet, cache, _, _), runs in zip(CONTENDERS, measure(), strict=True):
        requests = [run.token_requests for run in runs]
        failed = [len(run.failures) for run in runs]
        failures += [f"{fleet}, {cache}: {failure}" for run in runs for failure in run.failures]
        lines.append(
            f"| {fleet} | {cache} | {min(requests)} / {statistics.median(requests):g} / {max(requests)} | "
            f"{_spread([run.calls for run in runs])} | {_spread(failed)} |"
        )
    lines += ["", f"{ROUNDS} rounds; API calls and failed calls per round (a range when rounds differ)."]
    if failures:
        lines.append("Failures: " + "; ".join(sorted(set(failures))) + ".")
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())

"""Memory over many calls: does a long-running process that makes a requestor view per call grow?

Each contender runs in a fresh child process against the loopback echo server: a warm-up (2,000 calls; 1,000
in quick mode) in which pools, caches and the token settle, then ``gc.collect()`` and a reading of VmRSS and of
``len(gc.get_objects())``, then the measured calls (100,000; 10,000 in quick mode), then the same readings
again. Ours: the overlay's ``get_natural_person.sync_detailed`` / ``asyncio_detailed`` with
``client.with_requestor(PERSON)`` per call; raw httpx with static headers is the reference (what the same
process grows anyway). One round: the contenders one after the other.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import subprocess
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from benchmarks.echo_server import PERSON, PERSON_PATH, RAW_HEADERS, EchoServer, partner_config
from benchmarks.protocol import Goal, Outcome, Point, Spread, header, interleave, row, verdict

CONTENDERS = ("ours, sync", "ours, async", "raw httpx, sync", "raw httpx, async")
GROWTH, OBJECTS = Goal("<", 2.0, "MiB"), Goal("<", 1000, "objects")
ROOT = Path(__file__).resolve().parent.parent


def _rss() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS:"))


def _reading() -> tuple[int, int]:
    gc.collect()
    return _rss(), len(gc.get_objects())


def child(contender: str, base: str, calls: int, warmup: int) -> dict[str, int]:
    """Runs in the child: the readings before and after ``calls`` calls."""
    import httpx

    from wawex_partner_api import PartnerClient, TokenCache
    from wawex_partner_api.operations.natural_persons import get_natural_person

    ours = PartnerClient(partner_config(base), token_cache=TokenCache())

    def phases(call: Callable[[], Any]) -> dict[str, int]:
        for _ in range(warmup):
            call()
        rss, objects = _reading()
        for _ in range(calls // 2):
            call()
        rss_half = _reading()[0]
        for _ in range(calls - calls // 2):
            call()
        rss_after, objects_after = _reading()
        return {
            "rss": rss,
            "rss_half": rss_half,
            "rss_after": rss_after,
            "objects": objects,
            "objects_after": objects_after,
        }

    async def aphases(call: Callable[[], Any]) -> dict[str, int]:
        for _ in range(warmup):
            await call()
        rss, objects = _reading()
        for _ in range(calls // 2):
            await call()
        rss_half = _reading()[0]
        for _ in range(calls - calls // 2):
            await call()
        rss_after, objects_after = _reading()
        return {
            "rss": rss,
            "rss_half": rss_half,
            "rss_after": rss_after,
            "objects": objects,
            "objects_after": objects_after,
        }

    if contender == "ours, sync":
        return phases(lambda: get_natural_person.sync_detailed(PERSON, client=ours.with_requestor(PERSON)))
    if contender == "raw httpx, sync":
        raw = httpx.Client(base_url=base, headers=RAW_HEADERS)
        return phases(lambda: raw.get(PERSON_PATH))

    async def run() -> dict[str, int]:
        if contender == "ours, async":
            return await aphases(
                lambda: get_natural_person.asyncio_detailed(PERSON, client=ours.with_requestor(PERSON))
            )
        raw = httpx.AsyncClient(base_url=base, headers=RAW_HEADERS)
        return await aphases(lambda: raw.get(PERSON_PATH))

    return asyncio.run(run())


def section(quick: bool) -> Outcome:
    calls, warmup = (10_000, 1_000) if quick else (100_000, 2_000)
    with EchoServer() as server:

        def run(name: str) -> dict[str, int]:
            command = [sys.executable, "-m", "benchmarks.memory", name, server.base_url, str(calls), str(warmup)]
            readings: dict[str, int] = json.loads(
                subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT).stdout
            )
            return readings

        runs = interleave({name: partial(run, name) for name in CONTENDERS}, 1)
    lines = [
        header(
            "contender",
            "RSS before MiB",
            "growth MiB",
            "of which 2nd half",
            "goal",
            "objects before",
            "objects delta",
            "goal",
        )
    ]
    points, more = [], []
    for name, (got,) in runs.items():
        growth = (got["rss_after"] - got["rss"]) / 2**20
        delta = got["objects_after"] - got["objects"]
        ours = name.startswith("ours")
        point = Point(name, Spread.of([growth]), GROWTH if ours else None)
        points.append(point)
        if ours:
            more.append((f"objects, {name}: delta {delta:+d}, size {OBJECTS}", OBJECTS.met(abs(delta))))
        lines.append(
            row(
                name,
                f"{got['rss'] / 2**20:.1f}",
                f"{growth:+.2f}",
                f"{(got['rss_after'] - got['rss_half']) / 2**20:+.2f}",
                verdict(point),
                got["objects"],
                f"{delta:+d}",
                (f"{OBJECTS} " + ("met" if OBJECTS.met(abs(delta)) else "**not met**")) if ours else "",
            )
        )
    lines += [
        "",
        f"{calls:,} calls per fresh child process after {warmup:,} warm-up calls; RSS: VmRSS after `gc.collect()`, "
        "also read half-way: a leak grows in both halves, a high-water mark of garbage awaiting collection in the "
        "first only; "
        f"objects: `len(gc.get_objects())` after `gc.collect()` (a leak of one object per call would show "
        f"{calls:+,}).",
    ]
    return Outcome("\n".join(lines), unit="RSS growth, MiB", points=points, more_checks=more)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] in CONTENDERS:
        print(json.dumps(child(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
    else:
        parser = argparse.ArgumentParser()
        parser.add_argument("--quick", action="store_true")
        print(section(parser.parse_args().quick).table)

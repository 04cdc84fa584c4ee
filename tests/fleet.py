"""A fleet of real processes using one sandbox, with or without the shared token cache.

``cross_expiry`` starts the processes, lets each fetch (or share) a token that lives 62 s, waits until
every copy is inside the 60 s window, sets the sandbox's next tokens to live an hour, then releases all
threads or tasks of all processes at once and counts the token requests they cause at the sandbox.
``python -m tests.fleet '<json>'`` is one process of the fleet (used by the tests and ``make bench``).
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import attrs

from wawex_partner_api.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 60.0


@attrs.frozen
class FleetRun:
    token_requests: int
    calls: int
    failures: list[str]


def _client(spec: dict[str, Any]) -> Any:
    from wawex_partner_api import PartnerClient, PartnerConfig, RedisTokenCache, TokenCache

    config = PartnerConfig(**spec["config"])
    cache = RedisTokenCache.from_url(spec["cache_url"]) if spec.get("cache_url") else TokenCache()
    return PartnerClient(config, token_cache=cache)


def _member(spec: dict[str, Any]) -> None:
    """One process: prime, say ready, wait for go, call from every thread or task at once, report."""
    from wawex_partner_api_client.api.prices import get_prices

    client = _client(spec)
    get_prices.sync_detailed(client=client)
    print("ready", flush=True)
    sys.stdin.readline()
    statuses: list[str] = []
    if spec["threads"]:
        barrier = threading.Barrier(spec["threads"])

        def work() -> None:
            barrier.wait()
            try:
                statuses.append(str(get_prices.sync_detailed(client=client).status_code))
            except Exception as error:
                statuses.append(type(error).__name__)

        workers = [threading.Thread(target=work) for _ in range(spec["threads"])]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    else:

        async def tasks() -> None:
            results = await asyncio.gather(
                *(get_prices.asyncio_detailed(client=client) for _ in range(spec["tasks"])), return_exceptions=True
            )
            statuses.extend(
                str(r.status_code) if not isinstance(r, BaseException) else type(r).__name__ for r in results
            )
            await client.aclose()

        asyncio.run(tasks())
    print(json.dumps(statuses), flush=True)


def member_config(sandbox: SandboxServer, **settings: Any) -> dict[str, Any]:
    return {
        "client_id": sandbox.client_id,
        "client_secret": sandbox.client_secret,
        "base_url": sandbox.base_url,
        "token_url": sandbox.token_url,
        "timeout": 60.0,
        "advisory_window": WINDOW,
        "mandatory_window": WINDOW,
        **settings,
    }


def spawn(spec: dict[str, Any]) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.fleet", json.dumps(spec)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def cross_expiry(
    sandbox: SandboxServer, *, processes: int, threads: int = 0, tasks: int = 0, cache_url: str | None = None
) -> FleetRun:
    sandbox.reset()
    sandbox.settings(expires_in=WINDOW + 2)
    spec = {"config": member_config(sandbox), "cache_url": cache_url, "threads": threads, "tasks": tasks}
    members = [spawn(spec) for _ in range(processes)]
    try:
        for member in members:
            assert member.stdout is not None
            if member.stdout.readline().strip() != "ready":
                raise RuntimeError("a fleet process did not start")
        time.sleep(2.2)  # every copy of the token is now inside the window
        sandbox.settings(expires_in=3600)  # one refresh is all that is due
        before = sandbox.counter("token_requests")
        for member in members:
            assert member.stdin is not None
            member.stdin.write("go\n")
            member.stdin.flush()
        statuses = [status for member in members for status in json.loads(member.communicate(timeout=120)[0])]
        return FleetRun(sandbox.counter("token_requests") - before, len(statuses), [s for s in statuses if s != "200"])
    finally:
        for member in members:
            if member.poll() is None:
                member.kill()
                member.wait()


if __name__ == "__main__":
    _member(json.loads(sys.argv[1]))

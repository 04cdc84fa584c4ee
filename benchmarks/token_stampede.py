"""P2: token requests when many callers cross expiry together: ours, Authlib used directly, httpx-auth.

Every run makes a new client, gives it a token whose lifetime is just longer than its 60 s refresh margin,
waits until that margin is crossed, then 100 threads (sync) or 1000 tasks (async) call the API at once; the
sandbox counts the token POSTs. Rounds run every contender (sync, then async) once, the order rotated.

The event-loop lag (a 5 ms ticker's worst delay) is split in two, by when each tick ends: while the tasks
wait for the token (until the first call is answered) and during the API burst that follows (1000 calls
answered by a loopback server, which lags any event loop; the same for every contender).
"""

from __future__ import annotations

import asyncio
import threading
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from benchmarks.protocol import Goal, Outcome, Point, Spread, header, interleave, row
from wawex_partner_api import PartnerClient, PartnerConfig, TokenCache
from wawex_partner_api._compat import authlib_httpx_client
from wawex_partner_api.sandbox import SandboxServer

THREADS, TASKS, MARGIN = 100, 1000, 60.0
ONE = Goal("==", 1, every_round=True)


def _threads(call: Callable[[], Any]) -> None:
    barrier = threading.Barrier(THREADS)

    def worker() -> None:
        barrier.wait()
        call()

    workers = [threading.Thread(target=worker) for _ in range(THREADS)]
    for worker_thread in workers:
        worker_thread.start()
    for worker_thread in workers:
        worker_thread.join()


async def _tasks(call: Callable[[], Awaitable[Any]]) -> tuple[float, float]:
    """Run the calls; return the worst event-loop lag (s) while waiting for the token, and after it."""
    ticks: list[tuple[float, float]] = []
    first: list[float] = []
    done = False

    async def ticker() -> None:
        while not done:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            ended = time.perf_counter()
            ticks.append((ended, ended - started - 0.005))

    async def one() -> None:
        try:
            await call()
        finally:
            first.append(time.perf_counter())

    watcher = asyncio.create_task(ticker())
    await asyncio.gather(*(one() for _ in range(TASKS)), return_exceptions=True)
    done = True
    await watcher
    answered = min(first)
    return max((lag for end, lag in ticks if end <= answered), default=0.0), max(
        (lag for end, lag in ticks if end > answered), default=0.0
    )


def _sync_posts(sandbox: SandboxServer, call: Callable[[], Any]) -> int:
    sandbox.reset()
    sandbox.settings(expires_in=int(MARGIN) + 2)
    call()
    time.sleep(2.5)
    sandbox.settings(expires_in=3600)  # the refreshed token lives long: one refresh is all that is due
    before = sandbox.counter("token_requests")
    _threads(call)
    return sandbox.counter("token_requests") - before


def _async_posts(sandbox: SandboxServer, make: Callable[[], tuple[Callable[[], Awaitable[Any]], Any]]) -> list[float]:
    """The same with 1000 tasks in one event loop: [token POSTs, lag waiting, lag during the burst]."""
    sandbox.reset()
    sandbox.settings(expires_in=int(MARGIN) + 2)

    async def scenario() -> list[float]:
        call, close = make()
        await call()
        await asyncio.sleep(2.5)
        sandbox.settings(expires_in=3600)
        before = sandbox.counter("token_requests")
        waiting, burst = await _tasks(call)
        await close()
        return [sandbox.counter("token_requests") - before, waiting, burst]

    return asyncio.run(scenario())


def _contenders(sandbox: SandboxServer) -> dict[str, Callable[[], list[float]]]:
    """Each contender's run: a new client for the sync case and one for the async case."""
    api = f"{sandbox.base_url}/prices"
    credentials = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    config = PartnerConfig(  # ours waits for the refresh inside the 60 s (mandatory) window, like the others
        base_url=sandbox.base_url,
        token_url=sandbox.token_url,
        timeout=httpx.Timeout(60.0),
        advisory_window=MARGIN,
        mandatory_window=MARGIN,
        client_id=sandbox.client_id,
        client_secret=sandbox.client_secret,
    )
    oauth = authlib_httpx_client()
    settings = {
        "token_endpoint": sandbox.token_url,
        "token_endpoint_auth_method": "client_secret_post",
        "grant_type": "client_credentials",
        "timeout": 60.0,
        **credentials,
    }  # Authlib's leeway: 60 s
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import httpx_auth

    def ours() -> list[float]:
        client = PartnerClient(config, token_cache=TokenCache())
        posts = _sync_posts(sandbox, lambda: client.get_httpx_client().get(api))
        client.close()
        other = PartnerClient(config, token_cache=TokenCache())
        return [posts, *_async_posts(sandbox, lambda: (lambda: other.get_async_httpx_client().get(api), other.aclose))]

    def authlib() -> list[float]:
        direct = oauth.OAuth2Client(**settings)
        posts = _sync_posts(sandbox, lambda: direct.get(api) if direct.token else direct.fetch_token())
        direct.close()

        def make() -> tuple[Callable[[], Awaitable[Any]], Any]:
            client = oauth.AsyncOAuth2Client(**settings)
            return lambda: client.get(api) if client.token else client.fetch_token(), client.aclose

        return [posts, *_async_posts(sandbox, make)]

    def peer() -> list[float]:
        httpx_auth.OAuth2.token_cache.clear()  # its cache is global: each run starts without a token
        auth = httpx_auth.OAuth2ClientCredentials(sandbox.token_url, early_expiry=MARGIN, **credentials)
        with httpx.Client(auth=auth, timeout=60.0) as client:
            posts = _sync_posts(sandbox, lambda: client.get(api))
        httpx_auth.OAuth2.token_cache.clear()

        def make() -> tuple[Callable[[], Awaitable[Any]], Any]:
            client = httpx.AsyncClient(auth=auth, timeout=60.0)
            return lambda: client.get(api), client.aclose

        return [posts, *_async_posts(sandbox, make)]

    return {
        "wawex_partner_api (ours)": ours,
        "Authlib OAuth2Client, used directly": authlib,
        "httpx-auth OAuth2ClientCredentials": peer,
    }


def section(quick: bool) -> Outcome:
    rounds = 1 if quick else 3
    with SandboxServer() as sandbox:
        runs = interleave(_contenders(sandbox), rounds)
    lines = [
        header(
            "client", f"token POSTs, {THREADS} threads", f"token POSTs, {TASKS} tasks", "goal",
            "worst loop lag waiting for the token, ms", "worst loop lag during the API burst, ms",
        )
    ]  # fmt: skip
    points = []
    for name, values in runs.items():
        threads, tasks, waiting, burst = (Spread.of([run[i] for run in values]) for i in range(4))
        goal = ONE if "ours" in name else None
        both = [Point(f"{name}, {THREADS} threads", threads, goal), Point(f"{name}, {TASKS} tasks", tasks, goal)]
        points += both
        met = "" if goal is None else f"{goal}: " + ", ".join("met" if p.met() else "**not met**" for p in both)
        lines.append(
            row(name, threads.text("g"), tasks.text("g"), met, waiting.text(".0f", 1e3), burst.text(".0f", 1e3))
        )
    lines += ["", f"Rounds: {rounds}; min / median / max over rounds where they differ."]
    return Outcome("\n".join(lines), unit="token POSTs (one run each)", points=points, log_scale=True)


if __name__ == "__main__":
    import sys

    print(section("--quick" in sys.argv).table)

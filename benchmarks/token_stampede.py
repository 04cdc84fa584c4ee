"""Token requests when many callers cross expiry together: ours, Authlib used directly, httpx-auth.

Every contender gets a token whose lifetime is just longer than its refresh margin, waits until that
margin is crossed, then 100 threads (sync) or 1000 tasks (async) call the API at once. The sandbox
counts the token POSTs. Prints a markdown table.
"""

from __future__ import annotations

import asyncio
import threading
import time
import warnings
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from wawex_partner_api import PartnerClient, PartnerConfig, TokenCache
from wawex_partner_api._compat import authlib_httpx_client
from wawex_partner_api.sandbox import SandboxServer

THREADS, TASKS = 100, 1000


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


async def _tasks(call: Callable[[], Awaitable[Any]]) -> float:
    """Run the calls; return the worst event-loop lag seen meanwhile (seconds)."""
    lag, done = 0.0, False

    async def ticker() -> None:
        nonlocal lag
        while not done:
            started = time.perf_counter()
            await asyncio.sleep(0.005)
            lag = max(lag, time.perf_counter() - started - 0.005)

    watcher = asyncio.create_task(ticker())
    await asyncio.gather(*(call() for _ in range(TASKS)), return_exceptions=True)
    done = True
    await watcher
    return lag


def _sync_posts(sandbox: SandboxServer, call: Callable[[], Any]) -> int:
    """Prime a token that lives 2 s past the 60 s refresh margin, wait until the margin is crossed,
    let 100 threads call at once; return the token POSTs they caused."""
    sandbox.reset()
    sandbox.settings(expires_in=62)
    call()
    time.sleep(2.5)
    sandbox.settings(expires_in=3600)  # the refreshed token lives long: one refresh is all that is due
    before = sandbox.counter("token_requests")
    _threads(call)
    return sandbox.counter("token_requests") - before


def _async_posts(
    sandbox: SandboxServer, call: Callable[[], Awaitable[Any]], close: Callable[[], Awaitable[Any]]
) -> tuple[int, float]:
    """The same with 1000 tasks in one event loop; also returns the worst event-loop lag."""
    sandbox.reset()
    sandbox.settings(expires_in=62)

    async def scenario() -> tuple[int, float]:
        await call()
        await asyncio.sleep(2.5)
        sandbox.settings(expires_in=3600)
        before = sandbox.counter("token_requests")
        lag = await _tasks(call)
        await close()
        return sandbox.counter("token_requests") - before, lag

    return asyncio.run(scenario())


def measure(sandbox: SandboxServer) -> list[tuple[str, int, int, float]]:
    api = f"{sandbox.base_url}/prices"
    credentials = {"client_id": sandbox.client_id, "client_secret": sandbox.client_secret}
    rows = []

    # Refresh margin 60 s for everyone: ours waits for the refresh inside it (mandatory window).
    config = PartnerConfig(
        base_url=sandbox.base_url,
        token_url=sandbox.token_url,
        timeout=60.0,
        advisory_window=60.0,
        mandatory_window=60.0,
        **credentials,
    )
    ours = PartnerClient(config, token_cache=TokenCache())
    sync_posts = _sync_posts(sandbox, lambda: ours.get_httpx_client().get(api))
    ours_async = PartnerClient(config, token_cache=TokenCache())
    async_posts, lag = _async_posts(sandbox, lambda: ours_async.get_async_httpx_client().get(api), ours_async.aclose)
    rows.append(("wawex_partner_api (ours)", sync_posts, async_posts, lag))

    oauth = authlib_httpx_client()
    settings = {
        "token_endpoint": sandbox.token_url,
        "token_endpoint_auth_method": "client_secret_post",
        "grant_type": "client_credentials",
        "timeout": 60.0,
        **credentials,
    }  # Authlib's leeway: 60 s
    direct = oauth.OAuth2Client(**settings)
    sync_posts = _sync_posts(sandbox, lambda: direct.get(api) if direct.token else direct.fetch_token())
    direct_async = oauth.AsyncOAuth2Client(**settings)

    async def authlib_call() -> Any:
        return await (direct_async.get(api) if direct_async.token else direct_async.fetch_token())

    async_posts, lag = _async_posts(sandbox, authlib_call, direct_async.aclose)
    rows.append(("Authlib OAuth2Client, used directly", sync_posts, async_posts, lag))

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import httpx_auth

    peer = httpx_auth.OAuth2ClientCredentials(sandbox.token_url, early_expiry=60.0, **credentials)
    peer_client = httpx.Client(auth=peer, timeout=60.0)
    sync_posts = _sync_posts(sandbox, lambda: peer_client.get(api))
    httpx_auth.OAuth2.token_cache.clear()
    peer_async = httpx.AsyncClient(auth=peer, timeout=60.0)
    async_posts, lag = _async_posts(sandbox, lambda: peer_async.get(api), peer_async.aclose)
    rows.append(("httpx-auth OAuth2ClientCredentials", sync_posts, async_posts, lag))
    return rows


def main() -> None:
    with SandboxServer() as sandbox:
        rows = measure(sandbox)
    print(f"| client | token POSTs, {THREADS} threads | token POSTs, {TASKS} tasks | worst event-loop lag |")
    print("|---|---:|---:|---:|")
    for name, sync_posts, async_posts, lag in rows:
        print(f"| {name} | {sync_posts} | {async_posts} | {lag * 1000:.0f} ms |")


if __name__ == "__main__":
    main()

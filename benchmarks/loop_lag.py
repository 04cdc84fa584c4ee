"""P6: the worst event-loop lag while 1000 tasks wait for one token refresh (a 5 ms ticker that should
wake on time), against a sandbox that takes 0.5 s to answer the token request."""

from __future__ import annotations

import asyncio
import time

from wawex_partner_api import PartnerClient, PartnerConfig, TokenCache
from wawex_partner_api.operations.prices import get_prices
from wawex_partner_api.sandbox import SandboxServer

TASKS, RUNS = 1000, 3


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def measure() -> tuple[list[float], int]:
    with SandboxServer() as sandbox:
        sandbox.settings(token_delay=0.5)
        clock = Clock()
        config = PartnerConfig(
            client_id=sandbox.client_id,
            client_secret=sandbox.client_secret,
            timeout=60.0,
            base_url=sandbox.base_url,
            token_url=sandbox.token_url,
        )
        client = PartnerClient(config, token_cache=TokenCache(clock=clock))
        lags = []
        for _ in range(RUNS):

            async def scenario() -> float:
                await get_prices.asyncio_detailed(client=client)
                expired, lag = client.tokens.current, 0.0
                clock.now += 3600
                calls = [asyncio.create_task(get_prices.asyncio_detailed(client=client)) for _ in range(TASKS)]
                await asyncio.sleep(0.2)  # all started and waiting
                while client.tokens.current is expired:
                    started = time.perf_counter()
                    await asyncio.sleep(0.005)
                    lag = max(lag, time.perf_counter() - started - 0.005)
                await asyncio.gather(*calls)
                await client.aclose()
                return lag

            lags.append(asyncio.run(scenario()))
        return lags, sandbox.counter("token_requests")


def table() -> str:
    lags, posts = measure()
    return "\n".join(
        [
            "| run (new event loop each) | worst lag while waiting |",
            "|---|---:|",
            *(f"| {i + 1} | {lag * 1000:.1f} ms |" for i, lag in enumerate(lags)),
            "",
            f"Token requests over the {RUNS} runs: {posts} (one priming + one refresh per run).",
        ]
    )


if __name__ == "__main__":
    print(table())

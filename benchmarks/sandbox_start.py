"""The local sandbox (``python -m wawex_partner_api.sandbox``): time from start to its first answer over loopback."""

from __future__ import annotations

import sys
import time

from benchmarks.protocol import Goal, Outcome, Point, Spread, header, row, verdict
from wawex_partner_api.sandbox import SandboxServer


def section(quick: bool) -> Outcome:
    starts = 2 if quick else 5
    times = []
    for _ in range(starts):
        started = time.perf_counter()
        server = SandboxServer().start()
        times.append(time.perf_counter() - started)
        server.stop()
    point = Point("start to ready", Spread.of(times), Goal("<", 2, "s", every_round=True))
    lines = [
        header("starts", "start to ready, s (min / median / max)", "goal"),
        row(starts, point.spread.text(".2f"), verdict(point)),
    ]
    return Outcome("\n".join(lines), unit="seconds", points=[point])


if __name__ == "__main__":
    print(section("--quick" in sys.argv).table)

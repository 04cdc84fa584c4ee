"""`make bench`: every measurement, side by side with its anchor, written to benchmarks/RESULTS.md and the
chart benchmarks/results.png. ``--quick`` (`make bench QUICK=1`): fewer rounds and calls, CI-sized, written
to build/bench/ so that the committed results are only ever those of a full run.

The machine is shared and noisy: compare ratios measured in the same round, not absolute times
(benchmarks/protocol.py).
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    answer_reading,
    chart,
    cold_import,
    fanout,
    fleet_tokens,
    loop_lag,
    memory,
    overhead,
    redis_outage,
    regeneration,
    report,
    sandbox_start,
    token_stampede,
)
from benchmarks.protocol import Outcome

HERE = Path(__file__).resolve().parent
QUICK_OUTPUT = HERE.parent / "build" / "bench"

SECTIONS: list[tuple[str, str, Callable[[bool], Outcome]]] = [
    (
        "P1 per-request overhead",
        "goal: ours ≤ 1.05 x raw httpx, sync and async, with and without a parsed model (median per-round ratio)",
        overhead.section,
    ),
    (
        "Answer reading: a page of 20 customers, from bytes to the model",
        "goal: ours ≤ 1.05 x the generated parser (json.loads + from_dict), median per-round ratio",
        answer_reading.section,
    ),
    (
        "P2 token requests when callers cross expiry together",
        "goal: exactly 1 for ours, every round",
        token_stampede.section,
    ),
    (
        "P3 token requests per token lifetime across a fleet",
        "goal: exactly 1 with the shared cache, every round",
        fleet_tokens.section,
    ),
    (
        "P3 when Redis cannot help: the wait of a call that needs a token",
        "goal: at most Redis's time limits (50 ms) more than without a shared cache (median per-round difference)",
        redis_outage.section,
    ),
    (
        "P4 cold import, and resident memory after it",
        "goal: ≤ 1.4 x `import httpx` for the package and one operation, ≤ 2.0 x for all operations "
        "(median per-round ratio); RSS is context",
        cold_import.section,
    ),
    (
        "Fan-out: requests per second with many threads or tasks on one client",
        "goal: ours ≥ 1.0 x raw httpx's req/s, ≥ 1.2 x at 500 tasks; with a single caller ≥ 0.95 x "
        "(P1's 1.05 as a rate)",
        fanout.section,
    ),
    (
        "Memory over many calls, a requestor view per call",
        "goal: RSS growth < 2 MiB, object count flat (a change of less than 1000 either way)",
        memory.section,
    ),
    ("P5 regeneration", "goal: < 15 s every run, two runs identical", regeneration.section),
    (
        "P6 event-loop lag while 1000 tasks wait for one refresh",
        "goal: < 50 ms every run",
        loop_lag.section,
    ),
    ("Sandbox start", "goal: ready in < 2 s, every start", sandbox_start.section),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds and calls; written to build/bench/")
    parser.add_argument("--only", action="append", default=[], help="run the sections whose title has this text")
    parser.add_argument("--output", type=Path, help="the directory for RESULTS.md and results.png")
    args = parser.parse_args(argv)
    chosen = [entry for entry in SECTIONS if not args.only or any(text in entry[0] for text in args.only)]
    partial = args.quick or len(chosen) < len(SECTIONS)  # the committed results are those of a full run only
    output: Path = args.output or (QUICK_OUTPUT if partial else HERE)
    started = time.perf_counter()
    results: list[tuple[str, str, str, Outcome | str, float]] = []
    for title, goal, section in chosen:
        print(f"running {title} …", flush=True)
        began = time.perf_counter()
        try:
            outcome: Outcome | str = section(args.quick)
        except Exception:
            outcome = traceback.format_exc()
            print(outcome, file=sys.stderr)
        how = sys.modules[section.__module__].__doc__ or ""
        results.append((title, goal, how, outcome, time.perf_counter() - began))
        print(f"  {time.perf_counter() - began:.0f} s", flush=True)
    total = time.perf_counter() - started
    subtitle = f"{'quick' if args.quick else 'full'} run of {time.strftime('%Y-%m-%d', time.gmtime())}"
    outcomes = [(title, outcome) for title, _, _, outcome, _ in results if isinstance(outcome, Outcome)]
    chart.write(outcomes, output / "results.png", subtitle)
    text = report.document(results, quick=args.quick, chart="results.png", total=total)
    output.mkdir(parents=True, exist_ok=True)
    (output / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)
    print(f"written to {output / 'RESULTS.md'} and {output / 'results.png'} in {total:.0f} s")
    return 1 if any(isinstance(outcome, str) for _, _, _, outcome, _ in results) else 0


if __name__ == "__main__":
    sys.exit(main())

"""P4: a cold import in a fresh interpreter, against ``import httpx``: its wall time, and the process's resident
memory (VmRSS) right after it.

Every sample is a new interpreter that times its own import (interpreter start-up excluded) and then reads
``/proc/self/status``; rounds run every contender once, the order rotated each round, and each ratio is to
``import httpx`` of the same round. "All operations" imports every module of
``wawex_partner_api_client.metadata.OPERATIONS`` through the overlay; operation modules may load their generated
module on first use, so the next row also touches the first public name of each (``getattr``), which must load it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

from benchmarks.protocol import Goal, Outcome, Point, Spread, header, interleave, per_round, row, verdict

_EVERY = (
    "import importlib\n"
    "from wawex_partner_api_client.metadata import OPERATIONS\n"
    "modules = [importlib.import_module('wawex_partner_api.operations.' + '.'.join(op.module.rsplit('.', 2)[-2:]))\n"
    "           for op in OPERATIONS.values()]\n"
)
ANCHOR = "`import httpx`"
PYCACHE = Path(__file__).resolve().parent.parent / "build" / "bench" / "pycache"
CONTENDERS: dict[str, tuple[str, Goal | None]] = {
    ANCHOR: ("import httpx", None),
    "bare interpreter (nothing imported)": ("pass", None),
    "`import wawex_partner_api`": ("import wawex_partner_api", Goal("<=", 1.4)),
    "one operation (`get_natural_person`)": (
        "from wawex_partner_api.operations.natural_persons import get_natural_person",
        Goal("<=", 1.4),
    ),
    "all operations": ("import wawex_partner_api\n" + _EVERY, Goal("<=", 2.0)),
    "all operations, first name of each touched": (
        "import wawex_partner_api\n" + _EVERY + "for module in modules:\n    getattr(module, module.__all__[0])\n",
        None,  # context: what a program that uses every operation pays in all, first uses included
    ),
}
TIMED = (
    "import time\nstarted = time.perf_counter()\n{code}\nelapsed = time.perf_counter() - started\n"
    "rss = next(int(line.split()[1]) for line in open('/proc/self/status') if line.startswith('VmRSS:'))\n"
    "print(elapsed, rss * 1024)\n"
)


def _environment() -> dict[str, str]:
    """The children's environment: bytecode read and written, under build/ (the work tree stays clean).

    An installed wheel has its bytecode (pip compiles on install), and so does httpx in site-packages; a
    checkout whose environment sets PYTHONDONTWRITEBYTECODE would compile this project's modules from source
    in every sample and measure the compiler instead of the import."""
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return environment


def sample(code: str) -> tuple[float, float]:
    """(import seconds, resident bytes after it) of one fresh interpreter."""
    run = subprocess.run(
        [sys.executable, "-c", TIMED.format(code=code)], capture_output=True, text=True, check=True, env=_environment()
    )
    seconds, rss = run.stdout.split()[-2:]
    return float(seconds), float(rss)


def heaviest(code: str, top: int = 5) -> list[tuple[str, float]]:
    """Where the time goes: the packages with the largest cumulative import time (-X importtime)."""
    command = [sys.executable, "-X", "importtime", "-c", code]
    run = subprocess.run(command, capture_output=True, text=True, check=True, env=_environment())
    rows = []
    for line in run.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            _, cumulative, name = (part.strip() for part in line.removeprefix("import time:").split("|"))
            if cumulative.isdigit():
                rows.append((name, int(cumulative) / 1e6))
    generated = sum(
        seconds for name, seconds in rows if name.startswith("wawex_partner_api_client.api.") and name.count(".") == 3
    )
    return [*sorted(rows, key=lambda row: -row[1])[:top], ("all generated operation modules (sum)", generated)]


def section(quick: bool) -> Outcome:
    rounds = 4 if quick else 12
    for code, _ in CONTENDERS.values():
        sample(code)  # warm-up: bytecode caches written, files in the page cache
    samples = interleave({name: partial(sample, code) for name, (code, _) in CONTENDERS.items()}, rounds)
    times = {name: [seconds for seconds, _ in values] for name, values in samples.items()}
    memory = {name: [rss for _, rss in values] for name, values in samples.items()}
    time_ratios, rss_ratios = per_round(times, ANCHOR), per_round(memory, ANCHOR)
    lines = [
        header("import", "ms", "time ratio (min / median / max)", "goal", "RSS MiB", "RSS ratio (min / median / max)")
    ]
    points, memory_points = [], []
    for name, (code, goal) in CONTENDERS.items():
        point = Point(f"time: {name}", Spread.of(time_ratios[name]), goal)
        rss = Point(f"RSS: {name}", Spread.of(rss_ratios[name]))
        if name != ANCHOR:
            points += [point] if code != "pass" else []
            memory_points.append(rss)
        lines.append(
            row(
                name,
                f"{Spread.of(times[name]).median * 1e3:.0f}" if code != "pass" else "—",
                point.spread.text(".3f") if code != "pass" else "—",
                verdict(point),
                f"{Spread.of(memory[name]).median / 2**20:.1f}",
                rss.spread.text(),
            )
        )
    touched = CONTENDERS["all operations, first name of each touched"][0]
    lines += [
        "",
        f"{rounds} rounds, a fresh interpreter per sample; ms and MiB: medians over rounds. "
        "Largest cumulative import times (all operations touched, one `-X importtime` run):",
        "",
        *(f"- `{name}`: {seconds * 1000:.0f} ms" for name, seconds in heaviest(touched)),
    ]
    return Outcome("\n".join(lines), points=points + memory_points)


if __name__ == "__main__":
    print(section("--quick" in sys.argv).table)

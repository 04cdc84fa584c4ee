"""The markdown of a run: where and with what it ran, the protocol, a summary of the goals, every section."""

from __future__ import annotations

import os
import platform
import time
from importlib import metadata

from benchmarks.protocol import Outcome

LIBRARIES = ("wawex-partner-api", "httpx", "httpcore", "h11", "anyio", "authlib", "httpx-auth", "attrs", "redis")

PROTOCOL = """\
Loopback servers in child processes: a bare asyncio HTTP/1.1 echo server (answers are bytes made at start, so
the server costs every contender the same and little), the package's sandbox, a redis-server of the run's own.
Every contender is warmed up first. A round runs every contender once, the order rotated by one each round;
each contender's figure is divided by the anchor's figure *of the same round* (a difference for times in
ms), and the per-round ratios are reported as min / median / max; goals are judged on the median unless the
goal says "every round". Absolute figures (µs, req/s, ms, MiB) are medians over rounds, shown as context:
the machine is shared and noisy, so compare ratios, not absolute times across runs."""


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            return next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    except OSError:
        return platform.processor() or "?"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def environment(quick: bool) -> list[str]:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        f"- Date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; mode: "
        + ("quick (`make bench QUICK=1`: fewer rounds and calls)" if quick else "full (`make bench`)"),
        f"- Machine: {os.cpu_count()} CPUs ({_cpu_model()}), {platform.system()} {platform.release()}; "
        f"load average at start: {load}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "- Libraries: " + ", ".join(f"{name} {_version(name)}" for name in LIBRARIES),
    ]


def _how(docstring: str) -> str:
    """A module's docstring as markdown: paragraphs on one line each, ``code`` in single backticks."""
    paragraphs = [" ".join(part.split()) for part in docstring.strip().split("\n\n")]
    return "\n\n".join(paragraphs).replace("``", "`")


def document(
    sections: list[tuple[str, str, str, Outcome | str, float]], *, quick: bool, chart: str | None, total: float
) -> str:
    """``sections``: (title, goal, how it is measured, its outcome or the error it ended with, seconds it took)."""
    summary = ["| section | goal | met | time |", "|---|---|---|---:|"]
    body: list[str] = []
    for title, goal, how, outcome, seconds in sections:
        body += ["", f"## {title}", "", f"_{goal}_", "", _how(how), ""]
        goal = goal.removeprefix("goal: ")
        if isinstance(outcome, str):
            summary.append(f"| {title} | {goal} | **failed to run** | {seconds:.0f} s |")
            body += ["**The section failed to run:**", "", "```", outcome.rstrip(), "```"]
            continue
        checks = outcome.checks()
        missed = [what for what, met in checks if not met]
        verdict = "—" if not checks else "yes" if not missed else f"**no** ({len(missed)} of {len(checks)} rows)"
        summary.append(f"| {title} | {goal} | {verdict} | {seconds:.0f} s |")
        body.append(outcome.table)
        if checks:
            body += ["", "Goals:", ""] + [f"- {'met' if met else '**not met**'}: {what}" for what, met in checks]
    parts = [
        "# Benchmarks",
        "",
        "_Written by `make bench` (`python -m benchmarks.run`); not to be edited by hand. "
        "`make bench QUICK=1` writes a CI-sized run to `build/bench/` instead._",
        "",
        *environment(quick),
        "",
        "## Protocol",
        "",
        PROTOCOL,
        "",
        "## Summary",
        "",
        *summary,
        "",
        f"Total time: {total:.0f} s.",
    ]
    if chart:
        parts += ["", f"![Every ratio with its spread against its goal]({chart})"]
    return "\n".join(parts + body) + "\n"

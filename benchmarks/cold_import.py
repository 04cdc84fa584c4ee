"""P4: wall time of a cold import in a fresh interpreter: ``import httpx`` against the overlay plus every
operation module (each imports its generated module and the models it uses). Smallest of ``RUNS``."""

from __future__ import annotations

import subprocess
import sys

RUNS = 7
HTTPX = "import httpx"
OURS = (
    "import importlib, wawex_partner_api\n"
    "from wawex_partner_api_client.metadata import OPERATIONS\n"
    "for op in OPERATIONS.values():\n"
    "    tag, name = op.module.rsplit('.', 2)[-2:]\n"
    "    importlib.import_module(f'wawex_partner_api.operations.{tag}.{name}')\n"
)
TIMED = "import time\nstarted = time.perf_counter()\n{code}\nprint(time.perf_counter() - started)\n"


def cold(code: str) -> float:
    times = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", TIMED.format(code=code)], capture_output=True, text=True, check=True
        )
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return min(times)


def heaviest(code: str, top: int = 5) -> list[tuple[str, float]]:
    """Where the time goes: the packages with the largest cumulative import time (-X importtime)."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True)
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


def table() -> str:
    base, ours = cold(HTTPX), cold(OURS)
    lines = [
        "| import | wall time | ratio |",
        "|---|---:|---:|",
        f"| `import httpx` | {base * 1000:.0f} ms | 1.00 |",
        f"| overlay + all {103} operation modules | {ours * 1000:.0f} ms | {ours / base:.2f} |",
        "",
        "Largest cumulative import times (ours, one `-X importtime` run):",
        "",
        *(f"- `{name}`: {seconds * 1000:.0f} ms" for name, seconds in heaviest(OURS)),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())

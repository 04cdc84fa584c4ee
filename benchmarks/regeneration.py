"""P5: wall time of ``make generate``'s pipeline on a copy of the project, twice, and whether the two
runs give byte-identical trees (and the same trees as the work tree's)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.protocol import Goal, Outcome, Point, Spread, header, row, verdict

ROOT = Path(__file__).resolve().parent.parent
TREES = (Path("generated_client"), Path("overlay/wawex_partner_api/operations"))


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for tree in TREES:
        for path in sorted((root / tree).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()


def section(quick: bool) -> Outcome:
    """Two runs in quick mode too: the goal is about both."""
    with tempfile.TemporaryDirectory() as work:
        copy = Path(work)
        for part in ("openapi", "generator", "generated_client", "overlay/wawex_partner_api/operations"):
            shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__"))
        times, digests = [], []
        for _ in range(2):
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "generator", "--root", str(copy), "generate"],
                cwd=ROOT,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - started)
            digests.append(_digest(copy))
    point = Point("wall time of a run", Spread.of(times), Goal("<", 15, "s", every_round=True))
    identical = digests[0] == digests[1]
    lines = [
        header("run", "wall time", "sha256 of the generated trees"),
        *(row(i + 1, f"{t:.1f} s", f"`{d[:16]}…`") for i, (t, d) in enumerate(zip(times, digests, strict=True))),
        "",
        f"Goal: every run {verdict(point)}; identical: {identical}; equal to the work tree's generated trees: "
        f"{digests[0] == _digest(ROOT)}.",
    ]
    checks = [("the two runs give identical trees", identical)]
    return Outcome("\n".join(lines), unit="seconds", points=[point], more_checks=checks)


if __name__ == "__main__":
    print(section(quick=False).table)

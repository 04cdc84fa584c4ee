"""P5: wall time of ``make generate``'s pipeline on a copy of the project, twice, and whether the two
runs give byte-identical trees."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = (Path("generated_client"), Path("overlay/wawex_partner_api/operations"))


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for tree in TREES:
        for path in sorted((root / tree).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(root)).encode() + path.read_bytes())
    return digest.hexdigest()


def table() -> str:
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
    committed = _digest(ROOT)
    return "\n".join(
        [
            "| run | wall time | sha256 of the generated trees |",
            "|---|---:|---|",
            *(f"| {i + 1} | {t:.1f} s | `{d[:16]}…` |" for i, (t, d) in enumerate(zip(times, digests, strict=True))),
            "",
            f"Identical: {digests[0] == digests[1]}; equal to the committed trees: {digests[0] == committed}.",
        ]
    )


if __name__ == "__main__":
    print(table())

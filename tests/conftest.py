"""Shared fixtures: the project root and disposable copies of it for pipeline runs."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIR = Path("generated_client") / "wawex_partner_api_client"
OPERATIONS_DIR = Path("overlay") / "wawex_partner_api" / "operations"


def tree_digest(*roots: Path) -> dict[str, str]:
    """sha256 of every file below each root (bytecode caches excluded), by path."""
    return {
        str(path): hashlib.sha256(path.read_bytes()).hexdigest()
        for root in roots
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def generated_trees(root: Path) -> dict[str, str]:
    """Digest of everything `make generate` writes under ``root``, relative to it."""
    return {
        name.removeprefix(f"{root}/"): digest
        for name, digest in tree_digest(root / PACKAGE_DIR, root / OPERATIONS_DIR).items()
    }


def run_generator(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", "--root", str(root), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A copy of the parts of the project the pipeline and the release checks read and write."""
    for part in ("openapi", "generator", "generated_client", "overlay", "releases"):
        shutil.copytree(ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy2(ROOT / "CHANGELOG.md", tmp_path / "CHANGELOG.md")
    return tmp_path


@pytest.fixture
def pin() -> Callable[[Path], None]:
    """Record the documents' hashes without validating them (`make pin-spec` validates first), so that a
    test's deliberate fault reaches the step under test."""
    from generator.manifest import on_disk, pin_manifest

    def _pin(root: Path) -> None:
        pin_manifest(root / "openapi", on_disk(root / "openapi"))

    return _pin


@pytest.fixture(scope="session")
def partner_spec() -> dict[str, Any]:
    """The bundled partner documents, before fixes, read fresh from openapi/ (not from generated output)."""
    from generator.pipeline import Layout, bundled_spec

    spec, _ = bundled_spec(Layout(ROOT))
    return spec


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """The tables tests reported (tests/reports.py), after the results."""
    from tests.reports import REPORTS

    for title, lines in REPORTS:
        terminalreporter.write_sep("-", title)
        for line in lines:
            terminalreporter.write_line(line)

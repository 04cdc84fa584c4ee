"""A test module that cannot be imported (an operation the partner removed) fails alone, not the whole run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_a_module_that_fails_to_import_does_not_hide_the_other_tests(tmp_path: Path) -> None:
    (tmp_path / "test_removed.py").write_text("from wawex_partner_api.operations.no_such_tag import gone\n")
    (tmp_path / "test_kept.py").write_text("def test_kept():\n    assert True\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "-p", "no:cacheprovider", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "1 passed, 1 error" in result.stdout, result.stdout

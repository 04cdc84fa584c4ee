"""The wheel as a user installs it, without extras: importable, licensed, and clear about what it lacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(part) for part in command], cwd=cwd, capture_output=True, text=True, check=False)


def test_the_wheel_without_extras_says_which_extra_the_sandbox_the_shared_cache_and_the_cli_need(
    tmp_path: Path,
) -> None:
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", tmp_path / "dist", ROOT, cwd=tmp_path
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "dist").glob("wawex_partner_api-*.whl")
    assert _run(sys.executable, "-m", "venv", tmp_path / "venv", cwd=tmp_path).returncode == 0
    python = tmp_path / "venv" / "bin" / "python"
    installed = _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", wheel, cwd=tmp_path)
    assert installed.returncode == 0, installed.stderr

    cli = _run(python, "-m", "wawex_partner_api.sandbox", cwd=tmp_path)
    assert cli.returncode == 2
    assert cli.stdout == ""
    assert cli.stderr.count("\n") == 1
    assert "pip install 'wawex-partner-api[sandbox]'" in cli.stderr

    for command in ([tmp_path / "venv" / "bin" / "wawex", "operations"], [python, "-m", "wawex_partner_api.cli"]):
        wawex = _run(*command, cwd=tmp_path)
        assert wawex.returncode == 2
        assert wawex.stdout == ""
        assert wawex.stderr.count("\n") == 1
        assert wawex.stderr.startswith("wawex: error: the wawex command line needs the [cli] extra")
        assert "pip install 'wawex-partner-api[cli]'" in wawex.stderr

    server = _run(python, "-c", "from wawex_partner_api.sandbox import SandboxServer; SandboxServer()", cwd=tmp_path)
    assert server.returncode == 1
    assert server.stderr.strip().splitlines()[-1].startswith("wawex_partner_api.errors.MissingExtraError: ")
    assert "[sandbox]" in server.stderr

    shared = _run(
        python,
        "-c",
        "import os; os.environ['WAWEX_TOKEN_CACHE_URL'] = 'redis://localhost/0';"
        "from wawex_partner_api import PartnerClient; PartnerClient.from_env(client_id='id', client_secret='secret')",
        cwd=tmp_path,
    )
    assert shared.returncode == 1
    assert shared.stderr.strip().splitlines()[-1].startswith("wawex_partner_api.errors.MissingExtraError: ")
    assert "pip install 'wawex-partner-api[redis]'" in shared.stderr

    probe = (
        "import importlib.metadata as m, json; d = m.metadata('wawex-partner-api');"
        "print(json.dumps({'license': d['License-Expression'], 'files': d.get_all('License-File'),"
        "'urls': d.get_all('Project-URL'), 'client': __import__('wawex_partner_api').PartnerClient.__name__}))"
    )
    metadata = json.loads(_run(python, "-c", probe, cwd=tmp_path).stdout)
    assert metadata["license"] == "MIT"
    assert metadata["files"] == ["LICENSE"]
    assert metadata["urls"]
    assert metadata["client"] == "PartnerClient"

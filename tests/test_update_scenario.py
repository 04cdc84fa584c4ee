"""README's "After the partner publishes a change", run as written on a copy of the project, with its
own virtualenv bootstrapped by the Makefile: a new operation, a version bump, regeneration, the checks."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from generator.manifest import read_manifest
from tests.conftest import ROOT

NEW_DOCUMENT = """\
openapi: 3.0.1
info:
  title: Scenario
  version: '1.0'
servers:
  - url: https://tvda-api.platform-test.tradevest.ai
    description: Test
security:
  - Bearer: []
tags:
  - name: Scenario
paths:
  /scenario/things/{thingId}:
    get:
      operationId: get-scenario-thing
      tags:
        - Scenario
      summary: Get a thing
      x-source-url: https://docs.tradevest.ai/api-reference/scenario
      parameters:
        - name: thingId
          in: path
          required: true
          schema:
            type: string
            format: uuid
      responses:
        '200':
          description: OK
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ScenarioThing'
components:
  securitySchemes:
    Bearer:
      type: oauth2
      flows:
        clientCredentials:
          tokenUrl: /oauth2/token
          scopes: {}
  schemas:
    ScenarioThing:
      type: object
      properties:
        thingId:
          type: string
"""
IGNORED = shutil.ignore_patterns(
    ".git",
    ".venv*",
    "build",
    "__pycache__",
    ".pytest_cache",
    ".mypy_cache",
    ".ruff_cache",
    "*.egg-info",
    ".regenerate-*",
)


def _make(root: Path, *targets: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VIRTUAL_ENV", "PYTHONPATH"))}
    result = subprocess.run(
        ["make", "--no-print-directory", *targets], cwd=root, capture_output=True, text=True, env=env, timeout=600
    )
    assert result.returncode == 0, f"make {' '.join(targets)}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def test_readme_update_steps_work_end_to_end(tmp_path: Path) -> None:
    root = tmp_path / "project"
    shutil.copytree(ROOT, root, ignore=IGNORED)
    before = read_manifest(root / "openapi").package_version
    release, revision = before.rsplit(".", 1)
    bumped = f"{release}.{int(revision) + 1}"

    # 1. the partner's change: a new operation, in a document of its own
    (root / "openapi" / "scenario.yaml").write_text(NEW_DOCUMENT, encoding="utf-8")
    # 2. validate and pin it
    assert "scenario.yaml (new)" in _make(root, "pin-spec")
    # 3. the same API release, so the next client revision
    manifest = root / "openapi" / "manifest.yaml"
    manifest.write_text(manifest.read_text().replace(f"package_version: {before}", f"package_version: {bumped}"))
    # 4. regenerate; 5. read the diff; 6. draft CHANGELOG and record the release
    _make(root, "generate")
    assert "get-scenario-thing: GET /scenario/things/{thingId}" in _make(root, "spec-diff")
    _make(root, "changelog")
    # 7. the checks of `make test` that concern a release, and the tests that read versions and the index
    _make(root, "check-generated", "check-release")
    python = root / ".venv" / "bin" / "python"
    probe = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.metadata as m, wawex_partner_api as w;"
            "from wawex_partner_api.operations.scenario import get_scenario_thing;"
            "print(m.version('wawex-partner-api'), w.__version__, w.API_RELEASE, get_scenario_thing.sync.__name__)",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.split() == [bumped, bumped, release, "sync"]
    tests = subprocess.run(
        [
            str(root / ".venv" / "bin" / "pytest"),
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/generator/test_generated_client.py",
            "tests/generator/test_spec_fidelity.py",
            "tests/generator/test_requestor_policy.py",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    changelog = (root / "CHANGELOG.md").read_text()
    assert changelog.index(f"## [{bumped}]") < changelog.index(f"## [{before}]")

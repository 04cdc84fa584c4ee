"""The whole loop from drifting answers to a reviewed spec fix, offline, with real processes.

A sandbox in drift mode answers 20 operations, 10 times each, every success with the same seeded difference
per operation; a client of this tree makes the 200 calls leniently (all complete) and writes its drift records
to a file; ``spec-drift`` in a copy of the project proposes an overlay from that file; ``generate`` rebuilds
the copy's client with it; the copy's client then makes the same 200 calls against the same answers with
``strict=True``: no error and no drift. ``spec-diff`` and ``check-release`` in the copy report the change.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import ROOT, run_generator
from tests.overlay.conftest import PERSONAL_CANARIES
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api.sandbox.api import ALL_FLOWS
from wawex_partner_api.sandbox.spec import SandboxSpec
from wawex_partner_api_client.metadata import OPERATIONS
from wawex_partner_api_client.shapes import ANSWERS

SEED = 2026
OPERATION_COUNT = 20


def _loop_operations() -> list[str]:
    """Operations the sandbox answers from their documented success shape (no stored state needed), with a
    model to differ from: the first 20 by operationId."""
    spec = SandboxSpec()
    chosen = []
    for operation_id in sorted(ANSWERS):
        facts = OPERATIONS[operation_id]
        if operation_id in ALL_FLOWS or facts.tags == ("Authorization",) or facts.deprecated:
            continue
        status, schema = spec.success_response(facts)
        if not schema or spec.success_media_type(facts) is not None:
            continue
        shapes = [e[3] for e in ANSWERS[operation_id] if e[2] == "json" and e[0] <= status <= e[1]]
        if shapes and isinstance(shapes[0], tuple) and shapes[0][0] == "model" and _has_fields(shapes[0][1]):
            chosen.append(operation_id)
    return chosen[:OPERATION_COUNT]


def _has_fields(model: str) -> bool:
    from wawex_partner_api_client.shapes import MODELS

    return bool(MODELS[model][1])


def _calls(sandbox: SandboxServer, operations: list[str], *, python_path: str, **flags: Any) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "tests.drift_loop_calls",
        "--base-url",
        sandbox.base_url,
        "--client-id",
        sandbox.client_id,
        "--client-secret",
        sandbox.client_secret,
        "--operations",
        ",".join(operations),
    ]
    if flags.get("strict"):
        command.append("--strict")
    if flags.get("drift_file"):
        command += ["--drift-file", str(flags["drift_file"])]
    environ = {**os.environ, "PYTHONPATH": python_path}
    run = subprocess.run(command, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=300, check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def test_drifted_answers_become_a_spec_fix_and_then_parse_strictly(project_copy: Path, tmp_path: Path) -> None:
    operations = _loop_operations()
    assert len(operations) == OPERATION_COUNT
    drift_file = tmp_path / "drift.jsonl"
    with SandboxServer(drift=SEED) as sandbox:
        first = _calls(sandbox, operations, python_path=str(ROOT), drift_file=drift_file)
        assert first["calls"] == 200
        assert first["failures"] == {}
        drifted = {entry["operation"] for entry in first["drift"]}
        assert drifted == set(operations)  # one seeded difference per operation, every one recorded
        assert sandbox.counter("drifted_answers") == 200
        lines = [json.loads(line) for line in drift_file.read_text().splitlines()]
        assert sum(line["count"] for line in lines) == sum(entry["count"] for entry in first["drift"])
        assert not any(canary in drift_file.read_text() for canary in PERSONAL_CANARIES)  # the answers' strings

        proposed = run_generator(project_copy, "spec-drift", "--drift", str(drift_file))
        assert proposed.returncode == 0, proposed.stderr
        overlay = project_copy / "generator" / "fixes" / "drift-proposed.yaml"
        assert overlay.is_file()
        regenerated = run_generator(project_copy, "generate")
        assert regenerated.returncode == 0, regenerated.stderr

        copy_path = os.pathsep.join([str(project_copy / "overlay"), str(project_copy / "generated_client"), str(ROOT)])
        second = _calls(sandbox, operations, python_path=copy_path, strict=True)
        assert second["calls"] == 200
        assert second["failures"] == {}
        assert second["drift"] == []

    # the README's steps after a spec change: a new version, generate, spec-diff, changelog
    manifest = project_copy / "openapi" / "manifest.yaml"
    version = re.search(r"(?m)^package_version: (\S+)$", manifest.read_text())[1]  # type: ignore[index]
    following = ".".join([*version.split(".")[:-1], str(int(version.split(".")[-1]) + 1)])
    manifest.write_text(manifest.read_text().replace(f"package_version: {version}", f"package_version: {following}"))
    assert run_generator(project_copy, "generate").returncode == 0
    diff = run_generator(project_copy, "spec-diff")
    assert diff.returncode == 0, diff.stderr
    assert f"{version} (release {version}) -> {following}" in diff.stdout
    counted = re.search(r"(\d+) breaking, (\d+) other changes", diff.stdout)
    assert counted is not None, diff.stdout
    assert int(counted[1]) + int(counted[2]) >= OPERATION_COUNT - 5, diff.stdout  # one per fix; shared schemas merge
    for rule in ("response enum value added", "response property became optional", "response property type changed"):
        assert f"[{rule}]" in diff.stdout, diff.stdout
    unrecorded = run_generator(project_copy, "check-release")
    assert unrecorded.returncode == 1
    assert f"release {following} is not recorded" in unrecorded.stderr
    assert run_generator(project_copy, "changelog").returncode == 0
    recorded = run_generator(project_copy, "check-release")
    assert recorded.returncode == 0, recorded.stderr

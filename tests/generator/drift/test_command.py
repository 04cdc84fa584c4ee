"""``python -m generator spec-drift`` in a copy of the project: what it writes, keeps, drops and refuses, and the
Makefile target that calls it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from generator import drift, metadata, pipeline
from generator.requestor_policy import PolicyRules
from tests.conftest import ROOT, run_generator
from tests.generator.drift.conftest import DOCUMENTS_PAGE, Spec, record, write_drift


def test_requestor_refused_appends_a_required_override(project_copy: Path, spec: Spec) -> None:
    policy_file = project_copy / "generator" / "requestor-policy.yaml"
    before = policy_file.read_text()
    drift_file = write_drift(
        project_copy / "drift.jsonl",
        [record(drift.REQUESTOR_PATH, "requestor-refused", sha=spec.sha, observed="403", count=4)],
    )

    result = run_generator(project_copy, "spec-drift", "--drift", str(drift_file))

    assert result.returncode == 0, result.stderr
    assert "appended 1 Requestor-ID overrides (policy: required) to generator/requestor-policy.yaml" in result.stdout
    after = policy_file.read_text()
    assert after.startswith(before.split("guide_exemptions:")[0].rstrip("\n"))  # comments and rules kept
    assert after.split("guide_exemptions:")[1] == before.split("guide_exemptions:")[1]
    added = yaml.safe_load(after)["overrides"][-1]
    assert added["operationId"] == "get-documents"
    assert added["policy"] == "required"
    assert "the partner refused calls sent without Requestor-ID (403); requestor-refused, 4 answers" in added["reason"]
    assert f"contradicts {DOCUMENTS_PAGE} (the page shows the complete parameter list" in added["reason"]
    rules = PolicyRules.load(policy_file)
    facts = metadata.collect(spec.bundled, pipeline.PACKAGE, "field_", rules)
    assert next(f for f in facts if f.operation_id == "get-documents").requestor_policy == "required"
    assert not (project_copy / "generator" / "fixes" / "drift-proposed.yaml").exists()  # no spec change

    again = run_generator(project_copy, "spec-drift", "--drift", str(drift_file))
    assert "already accepted by the spec (with its fixes): 1 records" in again.stdout
    assert policy_file.read_text() == after


def test_a_second_run_keeps_earlier_actions_drops_stale_ones_and_appends(project_copy: Path, spec: Spec) -> None:
    output = project_copy / "generator" / "fixes" / "drift-proposed.yaml"
    first = write_drift(
        project_copy / "first.jsonl",
        [record("$.data[*].status", "unknown-enum-value", sha=spec.sha, value="SHREDDED")],
    )
    assert run_generator(project_copy, "spec-drift", "--drift", str(first)).returncode == 0
    overlay = yaml.safe_load(output.read_text())
    overlay["actions"].append(
        {"target": "$.components.schemas.Gone", "description": "reviewed by hand", "update": {"title": "x"}}
    )
    output.write_text(yaml.safe_dump(overlay, sort_keys=False))
    second = write_drift(
        project_copy / "second.jsonl",
        [
            record("$.data[*].status", "unknown-enum-value", sha=spec.sha, value="SHREDDED"),
            record("$.data[*].size", "missing-field", sha=spec.sha, observed="absent"),
        ],
    )

    result = run_generator(project_copy, "spec-drift", "--drift", str(second))

    assert result.returncode == 0, result.stderr
    assert "dropped 1 earlier actions" in result.stdout
    assert "(after the 1 actions it already had)" in result.stdout
    targets = [action["target"] for action in yaml.safe_load(output.read_text())["actions"]]
    assert targets == [
        "$.components.schemas.DocumentStatusEnum.enum",
        "$.components.schemas.Document.required[?@ == 'size']",
    ]
    assert output.read_text().startswith("# Spec fixes proposed by `make spec-drift`")


def test_a_proposal_is_not_written_unless_the_spec_it_leads_to_is_valid(project_copy: Path, spec: Spec) -> None:
    # A fix file applied after the proposal, written against another spec: the result would not be valid OpenAPI.
    (project_copy / "generator" / "fixes" / "zz-later.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.components.schemas.Document.properties.size\n"
        "    description: a fix written against another spec\n"
        "    update: {type: [integer]}\n"
    )
    drift_file = write_drift(
        project_copy / "drift.jsonl",
        [record("$.data[*].pageCount", "unknown-field", sha=spec.sha, observed="integer")],
    )
    result = run_generator(project_copy, "spec-drift", "--drift", str(drift_file))
    assert result.returncode == 1
    assert "with the proposed drift fixes are not valid OpenAPI 3.0" in result.stderr
    assert not (project_copy / "generator" / "fixes" / "drift-proposed.yaml").exists()


def test_nothing_readable_fails_and_the_summary_counts_malformed_lines(project_copy: Path) -> None:
    drift_file = write_drift(project_copy / "drift.jsonl", ["{", "[]"])
    result = run_generator(project_copy, "spec-drift", "--drift", str(drift_file), "--drift", "nowhere.jsonl")
    assert result.returncode == 1
    assert "read 0 records from 1 of 2 files (0 distinct); skipped 2 malformed lines" in result.stdout
    assert "no drift record could be read" in result.stderr
    assert not (project_copy / "generator" / "fixes" / "drift-proposed.yaml").exists()


def test_make_target_passes_every_file_and_refuses_an_empty_drift(tmp_path: Path) -> None:
    shutil.copy2(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "openapi").mkdir()
    (tmp_path / "openapi" / "manifest.yaml").write_text("package_version: 9.9.9.9\n")

    def make(*args: str) -> subprocess.CompletedProcess[str]:
        # VERSION_STAMP= : no virtualenv is bootstrapped in the copy
        return subprocess.run(
            ["make", "--no-print-directory", "VERSION_STAMP=", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )

    dry = make("-n", "spec-drift", "DRIFT=a.jsonl logs/b.jsonl", "OUTPUT=x.yaml")
    assert dry.returncode == 0, dry.stderr
    assert ".venv/bin/python -m generator spec-drift --drift a.jsonl --drift logs/b.jsonl --output x.yaml" in dry.stdout
    empty = make("spec-drift", "DRIFT=")
    assert empty.returncode != 0
    assert "DRIFT is empty" in empty.stdout
    assert "spec-drift" in make("help").stdout

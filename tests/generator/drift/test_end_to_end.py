"""End to end, in a copy of the project, as the README's steps go: a client's drift records, ``spec-drift``,
``generate``; the regenerated client reads the same answers (wrapped and unwrapped) without drift;
``check-release`` sees the change, and after a new package_version and ``generate``, ``spec-diff`` lists it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, run_generator
from tests.generator.drift.conftest import A_UUID, client_drift, document

PROJECT_PARTS = ("openapi", "generator", "overlay", "generated_client", "releases")
PROJECT_FILES = ("pyproject.toml", "Makefile", "CHANGELOG.md", "README.md")
RELEASED = "2.5.0.6"
FOLLOWING = "2.5.0.7"

OBSERVED_ANSWER = {
    "data": [document(status="SHREDDED", pageCount=3, without=("size",))],
    "pagination": {"cursor": "c"},
}
DOCUMENT_V1 = {"documentId": A_UUID, "size": 12, "status": "APPROVED", "name": "contract.pdf"}
WEBHOOK = {
    "createdOn": "2026-01-01T00:00:00Z",
    "modifiedOn": "2026-01-01T00:00:00Z",
    "eventType": "CUSTOMER_NOTIFICATION",
    "url": "https://example.test/hook",
}
WRAPPED_ANSWERS = [
    ("get-document-v1", 200, {"data": DOCUMENT_V1}),  # inside a one-key object
    ("get-document-v1", 200, [DOCUMENT_V1]),  # inside a one-item list
    ("get-all-webhooks", 200, WEBHOOK),  # one item where a list is documented
]


@dataclass(frozen=True)
class EndToEnd:
    root: Path
    proposed: subprocess.CompletedProcess[str]
    generated: subprocess.CompletedProcess[str]
    checked: subprocess.CompletedProcess[str]  # check-release before a new package_version
    regenerated: subprocess.CompletedProcess[str]  # generate with the new package_version
    diff: subprocess.CompletedProcess[str]  # spec-diff from the previous release


@pytest.fixture(scope="module")
def end_to_end(tmp_path_factory: pytest.TempPathFactory) -> EndToEnd:
    root = tmp_path_factory.mktemp("project")
    ignored = shutil.ignore_patterns("__pycache__", ".regenerate-*")
    for part in PROJECT_PARTS:
        shutil.copytree(ROOT / part, root / part, ignore=ignored)
    for name in PROJECT_FILES:
        shutil.copy2(ROOT / name, root / name)
    drift = client_drift(root / "drift.jsonl", [("get-documents", 200, OBSERVED_ANSWER), *WRAPPED_ANSWERS])
    proposed = run_generator(root, "spec-drift", "--drift", str(drift))
    generated = run_generator(root, "generate")
    checked = run_generator(root, "check-release")
    manifest = root / "openapi" / "manifest.yaml"
    text = manifest.read_text()
    assert f"\npackage_version: {RELEASED}\n" in text
    manifest.write_text(text.replace(f"\npackage_version: {RELEASED}\n", f"\npackage_version: {FOLLOWING}\n"))
    regenerated = run_generator(root, "generate")
    return EndToEnd(root, proposed, generated, checked, regenerated, run_generator(root, "spec-diff"))


def _read(root: Path, operation_id: str, bodies: list[Any]) -> list[dict[str, Any]]:
    """Each body read by the copy's client as a 200 answer of ``operation_id``: its problems and what it became."""
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys, httpx\n"
            "from wawex_partner_api.answers.answer import read_answer\n"
            "for body in json.loads(sys.argv[2]):\n"
            "    reading = read_answer(sys.argv[1], httpx.Response(200, content=json.dumps(body).encode()))\n"
            "    parsed = reading.parsed\n"
            "    inner = parsed[0] if isinstance(parsed, list) else getattr(parsed, 'data', None)\n"
            "    print(json.dumps({\n"
            "        'problems': [[p.path, p.kind] for p in reading.problems],\n"
            "        'type': type(parsed).__name__,\n"
            "        'inner': type(inner).__name__,\n"
            "    }))\n",
            operation_id,
            json.dumps(bodies),
        ],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "overlay"), str(root / "generated_client")])},
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    return [json.loads(line) for line in probe.stdout.splitlines()]


def test_end_to_end_the_regenerated_client_accepts_what_was_observed(end_to_end: EndToEnd) -> None:
    assert end_to_end.proposed.returncode == 0, end_to_end.proposed.stderr
    assert end_to_end.generated.returncode == 0, end_to_end.generated.stderr
    assert "drift-proposed.yaml #1: 1 node(s) — drift: DocumentStatusEnum lists SHREDDED" in end_to_end.generated.stdout
    models = end_to_end.root / "generated_client" / "wawex_partner_api_client" / "models"
    assert '"SHREDDED"' in (models / "document_status_enum.py").read_text()
    model = (models / "document.py").read_text()
    assert "    size: int | Unset = UNSET\n" in model
    assert "    page_count: int | Unset = UNSET\n" in model
    assert "    size: int\n" not in model
    # The same answer, read by the regenerated client: nothing differs from the spec any more.
    (observed,) = _read(end_to_end.root, "get-documents", [OBSERVED_ANSWER])
    assert observed == {"problems": [], "type": "Documents", "inner": "list"}


def test_end_to_end_a_wrapped_body_is_read_both_wrapped_and_unwrapped(end_to_end: EndToEnd) -> None:
    assert end_to_end.generated.returncode == 0, end_to_end.generated.stderr
    assert "(allowed:" not in end_to_end.generated.stdout  # no generator warning, not even an allow-listed one
    overlay = yaml.safe_load((end_to_end.root / "generator" / "fixes" / "drift-proposed.yaml").read_text())
    unions = {a["target"]: a["update"]["schema"] for a in overlay["actions"] if "schema" in (a.get("update") or {})}
    document_v1, webhook = {"$ref": "#/components/schemas/DocumentV1"}, {"$ref": "#/components/schemas/Webhook"}
    assert unions == {
        "$.paths['/documents/{documentId}'].get.responses['200'].content['application/json']": {
            "anyOf": [
                document_v1,
                {"type": "array", "items": document_v1},
                {"type": "object", "properties": {"data": document_v1}, "required": ["data"]},
            ],
            "x-drift": "wrapped",
        },
        "$.paths['/webhooks'].get.responses['200'].content['application/json']": {
            "anyOf": [{"type": "array", "items": webhook}, webhook],
            "x-drift": "wrapped",
        },
    }
    shapes = (end_to_end.root / "generated_client" / "wawex_partner_api_client" / "shapes.py").read_text()
    assert "(200, 200, 'json', ('union', (('model', 'DocumentV1'), ('list', ('model', 'DocumentV1')), " in shapes
    assert "(200, 200, 'json', ('union', (('list', ('model', 'Webhook')), ('model', 'Webhook'))))" in shapes

    unwrapped, in_list, in_object = _read(
        end_to_end.root, "get-document-v1", [DOCUMENT_V1, [DOCUMENT_V1], {"data": DOCUMENT_V1}]
    )
    assert unwrapped == {"problems": [], "type": "DocumentV1", "inner": "NoneType"}
    assert in_list == {"problems": [], "type": "list", "inner": "DocumentV1"}
    assert in_object["problems"] == []
    assert in_object["inner"] == "DocumentV1"  # the generated wrapper model holds the documented one
    listed, single = _read(end_to_end.root, "get-all-webhooks", [[WEBHOOK], WEBHOOK])
    assert listed == {"problems": [], "type": "list", "inner": "Webhook"}
    assert single == {"problems": [], "type": "Webhook", "inner": "NoneType"}


def test_end_to_end_check_release_sees_the_generated_surface_change(end_to_end: EndToEnd) -> None:
    assert end_to_end.checked.returncode == 1
    assert "the generated Python surface changed since release" in end_to_end.checked.stderr


def test_end_to_end_spec_diff_reports_the_changes_the_fixes_made(end_to_end: EndToEnd) -> None:
    """Release records carry the spec after generator/fixes, so spec-diff compares what the clients were
    generated from, and a drift fix shows as the change it is."""
    assert end_to_end.regenerated.returncode == 0, end_to_end.regenerated.stderr
    assert end_to_end.diff.returncode == 0, end_to_end.diff.stderr
    report = end_to_end.diff.stdout
    assert f"spec-diff {RELEASED} (release {RELEASED}) -> {FOLLOWING} (working tree)" in report
    assert "`DocumentStatusEnum`: enum value 'SHREDDED' added  [response enum value added]" in report
    assert "`Document.size` became optional  [response property became optional]" in report
    assert "`Document.pageCount` added  [response property added]" in report


def test_end_to_end_spec_diff_reports_a_body_that_became_a_union(end_to_end: EndToEnd) -> None:
    assert "get-document-v1" in end_to_end.diff.stdout
    assert "get-all-webhooks" in end_to_end.diff.stdout

"""``wawex call`` with answers that differ from the spec: printed as they came by default, differences shown
with ``-v``, and ``--strict`` failing with the differences as details (never the answer's values)."""

from __future__ import annotations

import json
import subprocess
import uuid

import httpx

from tests.cli.conftest import WAWEX, Cli, cli_sandbox

PERSON_NAME = "Ada Lovelace"
DOCUMENT = {
    "documentId": str(uuid.uuid4()),
    "size": "12",  # a number as a string
    "status": "SUPERSEDED",  # a status the spec does not list
    "createdOn": "2025-06-30T21:21:31Z",
    "modifiedOn": "2025-06-30T21:21:31Z",
    "name": PERSON_NAME,
    "resourceType": "NATURAL_PERSON",
    "type": "KYC",
    "resourceId": str(uuid.uuid4()),
}
CALL = ("call", "get-documents", "-p", "resourceType=NATURAL_PERSON", "-p", f"resourceId={uuid.uuid4()}")


def _script(cli: Cli) -> None:
    cli.sandbox.script_api_responses({"status": 200, "json": {"data": [DOCUMENT], "pagination": {}}})


def test_an_answer_that_differs_is_printed_as_it_came(wawex: Cli) -> None:
    _script(wawex)
    run = wawex(*CALL)
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    assert json.loads(run.stdout)["data"] == [DOCUMENT]


def test_verbose_shows_each_difference_without_values(wawex: Cli) -> None:
    _script(wawex)
    run = wawex(*CALL, "-v")
    assert run.code == 0, run.stderr
    assert "get-documents 200: $.data[*].size type-mismatch (spec: integer; observed: string)" in run.stderr
    assert "$.data[*].status unknown-enum-value 'SUPERSEDED'" in run.stderr
    assert PERSON_NAME not in run.stderr
    assert DOCUMENT["documentId"] not in run.stderr


def test_strict_fails_with_the_differences_as_details(wawex: Cli) -> None:
    _script(wawex)
    run = wawex(*CALL, "--strict", "--json-errors")
    assert run.code == 1
    assert run.stdout == ""
    error = json.loads(run.error_line)
    assert error["error"] == "ResponseValidationError"
    assert error["status"] == 200
    assert {(d["path"], d["kind"]) for d in error["details"]} == {
        ("$.data[0].size", "type-mismatch"),
        ("$.data[0].status", "unknown-enum-value"),
    }
    assert PERSON_NAME not in run.stderr
    assert DOCUMENT["documentId"] not in run.stderr


def test_strict_passes_an_answer_that_fits(wawex: Cli) -> None:
    run = wawex(*CALL, "--strict")
    assert run.code == 0, run.stderr
    assert "data" in json.loads(run.stdout)


def test_the_sandbox_command_drifts_with_a_seed() -> None:
    with cli_sandbox("--drift", "7") as (base, server, env):
        runs = [
            subprocess.run([str(WAWEX), *CALL, "-v"], env=env, capture_output=True, text=True, check=False)
            for _ in range(2)
        ]
        logged = httpx.get(f"{base}/_sandbox/stats").json()["log"]
    drifts = [entry["drift"] for entry in logged if entry.get("operation") == "get-documents"]
    assert len(drifts) == 2
    assert drifts[0] == drifts[1]  # one seeded difference per operation, every time
    for run in runs:
        assert run.returncode == 0, run.stderr
        assert (
            f"get-documents 200: {drifts[0]['path'].replace('[0]', '[*]').replace('[1]', '[*]')} {drifts[0]['kind']}"
            in run.stderr
        )
    assert server.stderr is not None

"""The Requestor-ID policy table: derived from the spec and the reviewed rules, with the guide's exemptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import PipelineError
from generator.requestor_policy import PolicyRules
from generator.spec_tree import iter_operations
from tests.conftest import ROOT, run_generator
from wawex_partner_api_client.metadata import OPERATIONS

RULES = yaml.safe_load((ROOT / "generator" / "requestor-policy.yaml").read_text())


def _expected(operation: dict[str, Any], method: str) -> str:
    """The policy, worked out here from the spec and the rules file, independently of the generator."""
    by_operation = {rule["operationId"]: rule["policy"] for rule in RULES["operations"]}
    by_tag = {rule["tag"]: rule["policy"] for rule in RULES["tags"]}
    if operation["operationId"] in by_operation:
        return by_operation[operation["operationId"]]
    for tag in operation["tags"]:
        if tag in by_tag:
            return by_tag[tag]
    declares = any(p.get("$ref") == "#/components/parameters/requestorId" for p in operation.get("parameters", []))
    return "required" if declares or method.upper() in {"POST", "PUT", "PATCH", "DELETE"} else "optional"


def test_every_operation_has_the_policy_derived_from_the_spec(partner_spec: dict[str, Any]) -> None:
    operations = list(iter_operations(partner_spec))
    assert len(operations) == len(OPERATIONS)
    for _, method, operation in operations:
        facts = OPERATIONS[operation["operationId"]]
        assert facts.requestor_policy == _expected(operation, method), operation["operationId"]
        assert facts.requestor_policy_reason


def test_the_partner_declaration_is_always_honoured() -> None:
    declared = [op for op in OPERATIONS.values() if op.requestor_id == "required"]
    assert declared
    assert all(op.requestor_policy == "required" for op in declared)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/entities/natural-persons"),  # create natural person
        ("POST", "/natural-persons"),  # its v1 counterpart
        ("POST", "/natural-persons-wizard"),  # natural persons wizards
        ("GET", "/natural-persons-wizard"),
        ("GET", "/natural-persons-wizard/{wizardInstanceId}"),
        ("PATCH", "/natural-persons-wizard/{wizardInstanceId}"),
        ("POST", "/entities/legal-entities"),  # create legal entity customer
        ("POST", "/entities/vendor/legal-entities"),  # prepare legal entity
        ("POST", "/oauth2/token"),  # the token call itself
        ("POST", "/connect/token"),
    ],
)
def test_the_guides_exemptions_are_not_required(method: str, path: str) -> None:
    (operation,) = [op for op in OPERATIONS.values() if (op.method, op.path) == (method, path)]
    assert operation.requestor_policy != "required"


def test_token_operations_never_send_it() -> None:
    token_calls = [op for op in OPERATIONS.values() if op.path in ("/oauth2/token", "/connect/token")]
    assert [op.requestor_policy for op in token_calls] == ["never", "never"]


def test_a_rule_for_an_unknown_operation_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text("operations:\n  - {operationId: no-such-operation, policy: optional, reason: r}\n")
    with pytest.raises(PipelineError, match="no-such-operation"):
        PolicyRules.load(path).check_known({"create-user"}, {"Users"}, path)
    path.write_text("operations:\n  - {operationId: create-user, policy: sometimes, reason: r}\n")
    with pytest.raises(PipelineError, match="policy must be one of"):
        PolicyRules.load(path)


def test_the_table_is_printed() -> None:
    result = run_generator(ROOT, "requestor-policy")
    assert result.returncode == 0, result.stderr
    rows = [
        line
        for line in result.stdout.splitlines()
        if line.startswith("| required") or line.startswith("| optional") or line.startswith("| never")
    ]
    assert len(rows) == len(OPERATIONS)

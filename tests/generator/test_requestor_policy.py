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


def _named(section: str) -> dict[tuple[str, str], str]:
    return {
        (key, rule[key]): rule.get("policy", "optional")
        for rule in RULES.get(section) or []
        for key in ("operationId", "tag")
        if key in rule
    }


def _expected(operation: dict[str, Any], method: str) -> str:
    """The policy, worked out here from the spec and the rules file, independently of the generator."""
    keys = [("operationId", operation["operationId"]), *(("tag", tag) for tag in operation["tags"])]
    overrides, exemptions = _named("overrides"), _named("guide_exemptions")
    for key in keys:
        if key in overrides:
            return overrides[key]
    if any(p.get("$ref") == "#/components/parameters/requestorId" for p in operation.get("parameters", [])):
        return "required"  # the partner's reusable parameter is declared required
    if operation.get("x-requestor-id-declaration") != "unknown":
        return "optional"  # the page lists every parameter, and not this one
    if any(key in exemptions for key in keys):
        return "optional"
    return "required" if method.upper() in {"POST", "PUT", "PATCH", "DELETE"} else "optional"


def test_every_operation_has_the_policy_derived_from_the_spec(partner_spec: dict[str, Any]) -> None:
    operations = list(iter_operations(partner_spec))
    assert len(operations) == len(OPERATIONS)
    for _, method, operation in operations:
        facts = OPERATIONS[operation["operationId"]]
        assert facts.requestor_policy == _expected(operation, method), operation["operationId"]
        assert facts.requestor_policy_reason


def test_where_the_page_is_cut_commands_require_it() -> None:
    unknown_writes = [
        op for op in OPERATIONS.values() if op.requestor_id == "unknown" and op.method in {"POST", "PATCH", "DELETE"}
    ]
    assert unknown_writes
    exempt = {(k, r[k]) for r in RULES["guide_exemptions"] for k in ("operationId", "tag") if k in r}
    for op in unknown_writes:
        is_exempt = ("operationId", op.operation_id) in exempt or any(("tag", t) in exempt for t in op.tags)
        assert op.requestor_policy == ("optional" if is_exempt else "required"), op.operation_id


def test_a_write_whose_page_lists_no_requestor_is_optional() -> None:
    shown_without = [op for op in OPERATIONS.values() if op.requestor_id == "absent" and op.method != "GET"]
    assert shown_without
    assert {op.requestor_policy for op in shown_without if op.tags != ("Authorization",)} == {"optional"}


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


@pytest.mark.parametrize(
    ("rules", "problem"),
    [
        ("overrides:\n  - {operationId: no-such-operation, policy: optional, reason: r}\n", "no-such-operation"),
        ("guide_exemptions:\n  - {tag: No Such Tag, reason: r}\n", "No Such Tag"),
        ("overrides:\n  - {operationId: create-user, policy: sometimes, reason: r}\n", "policy must be one of"),
        ("overrides:\n  - {operationId: create-user, policy: never}\n", "every rule needs a reason"),
        ("overrides:\n  - {operationId: create-user, tag: Users, policy: never, reason: r}\n", "either an operationId"),
    ],
)
def test_bad_rules_are_refused(tmp_path: Path, rules: str, problem: str) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(rules)
    with pytest.raises(PipelineError, match=problem):
        PolicyRules.load(path).check_known({"create-user"}, {"Users"}, path)


def test_the_table_is_printed() -> None:
    result = run_generator(ROOT, "requestor-policy")
    assert result.returncode == 0, result.stderr
    rows = [
        line
        for line in result.stdout.splitlines()
        if line.startswith("| required") or line.startswith("| optional") or line.startswith("| never")
    ]
    assert len(rows) == len(OPERATIONS)

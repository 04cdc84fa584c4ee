"""``wawex operations``, ``describe``, ``--version``, ``--help`` and shell completion: all from the generated
metadata and the bundled spec, no request sent."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from tests.cli.conftest import WAWEX, Cli
from tests.conftest import ROOT
from wawex_partner_api import API_RELEASE, __version__
from wawex_partner_api.cli import describe
from wawex_partner_api.cli.catalog import overlay_module
from wawex_partner_api.cli.exits import MEANINGS
from wawex_partner_api.cli.inputs import Inputs
from wawex_partner_api.cli.invoke import arguments
from wawex_partner_api.cli.specview import spec, view
from wawex_partner_api.sandbox.synth import value_for
from wawex_partner_api_client.metadata import OPERATIONS

COMMANDS = ("operations", "describe", "call", "token", "sandbox")


def _rows(text: str) -> list[list[str]]:
    return [line.split() for line in text.splitlines()[1:]]


def test_operations_lists_every_operation_with_its_policy(wawex: Cli) -> None:
    run = wawex("operations")
    assert run.code == 0, run.stderr
    assert run.stderr == ""
    header, *lines = run.stdout.splitlines()
    assert header.split() == ["operation", "method", "path", "requestor-id", "deprecated"]
    assert len(lines) == len(OPERATIONS)
    listed = {row[0]: row for row in _rows(run.stdout)}
    assert listed.keys() == OPERATIONS.keys()
    for operation_id, facts in OPERATIONS.items():
        assert listed[operation_id][1:4] == [facts.method, facts.path, facts.requestor_policy]
        assert (listed[operation_id][4:] == ["yes"]) == facts.deprecated
    assert wawex.counts() == (0, 0)


@pytest.mark.parametrize("tag", ["customers", "Customers", "CUSTOMERS"])
def test_operations_filters_by_tag_however_it_is_spelled(wawex: Cli, tag: str) -> None:
    run = wawex("operations", "--tag", tag)
    assert run.code == 0
    assert {row[0] for row in _rows(run.stdout)} == {
        operation_id for operation_id, facts in OPERATIONS.items() if facts.tags == ("Customers",)
    }


def test_operations_filters_by_tag_and_requestor_policy_as_json(wawex: Cli) -> None:
    run = wawex("operations", "--tag", "Customer Labels", "--requestor", "optional", "--json")
    assert run.code == 0
    found = json.loads(run.stdout)
    expected = {
        operation_id
        for operation_id, facts in OPERATIONS.items()
        if facts.tags == ("Customer Labels",) and facts.requestor_policy == "optional"
    }
    assert {entry["operation_id"] for entry in found} == expected
    first = found[0]
    facts = OPERATIONS[first["operation_id"]]
    assert first["path"] == facts.path
    assert first["requestor_policy_reason"] == facts.requestor_policy_reason
    assert first["source_url"] == facts.source_url
    assert first["module"] == overlay_module(facts)

    required = json.loads(wawex("operations", "--requestor", "required", "--json").stdout)
    assert len(required) == sum(facts.requestor_policy == "required" for facts in OPERATIONS.values())


def test_operations_refuses_an_unknown_tag_or_policy(wawex: Cli) -> None:
    run = wawex("operations", "--tag", "nonsense")
    assert run.code == 2
    assert run.stdout == ""
    assert "unknown tag 'nonsense'" in run.error_line
    assert "Natural Persons" in run.stderr

    run = wawex("operations", "--requestor", "sometimes")
    assert run.code == 2
    assert "'sometimes' is not one of 'required', 'optional', 'never'" in run.error_line


def test_describe_shows_parameters_policy_source_and_success_type(wawex: Cli) -> None:
    facts = OPERATIONS["get-customers"]
    run = wawex("describe", "get-customers")
    assert run.code == 0, run.stderr
    text = run.stdout
    assert "get-customers: GET /roles/customers" in text
    assert f"Requestor-ID  optional: {facts.requestor_policy_reason}" in text
    assert f"Partner page  {facts.source_url}" in text
    assert "Success       200 Customers, a page of Customer items; --all-pages streams every item" in text
    rows = {
        line.split()[0]: line.split()[1:] for line in text.split("Parameters (-p NAME=VALUE)\n")[1].splitlines()[1:7]
    }
    assert rows["limit"] == ["query", "integer", "yes", "default", "20"]
    assert rows["entityId"] == ["query", "string", "(uuid)"]
    assert rows["labels"] == ["query", "array", "of", "string"]
    assert "Request body: none" in text
    assert "Example: wawex call get-customers" in text


def test_describe_shows_the_body_fields_required_and_enum_values(wawex: Cli) -> None:
    run = wawex("describe", "create-or-update-webhook", "--json")
    assert run.code == 0, run.stderr
    found = json.loads(run.stdout)
    assert found["requestor_policy"] == OPERATIONS["create-or-update-webhook"].requestor_policy
    fields = {field["name"]: field for field in found["body"]["fields"]}
    assert fields["url"]["required"] is True
    assert fields["eventType"]["required"] is True
    assert "CUSTOMER_NOTIFICATION" in fields["eventType"]["values"]
    assert fields["headers[].name"]["type"] == "string"

    text = wawex("describe", "update-customer").stdout
    assert "Requestor-ID  required" in text
    assert "customerId  path  string (uuid)  yes" in text
    assert "--requestor <person UUID>" in text


def test_describe_names_the_nearest_operation_for_a_typo(wawex: Cli) -> None:
    run = wawex("describe", "get-custmers")
    assert run.code == 2
    assert "unknown operation 'get-custmers'; did you mean get-customers" in run.error_line


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_every_operation_describes_and_maps_onto_its_generated_function(operation_id: str) -> None:
    """In-process: each spec parameter is a keyword of the overlay's sync_detailed, and the body too."""
    facts = OPERATIONS[operation_id]
    operation = view(facts)
    found = describe.description(operation)
    assert found["source_url"] == facts.source_url
    assert found["success"]
    module = __import__(overlay_module(facts), fromlist=["sync_detailed"])
    values = {parameter.name: value_for(spec(), parameter.schema, request=True) for parameter in operation.parameters}
    mapped = arguments(module.sync_detailed, operation, Inputs(values, {}, operation.body is not None, None))
    assert len(mapped) == len(values) + (operation.body is not None)


def test_version_names_the_package_and_the_api_release(wawex: Cli) -> None:
    run = wawex("--version")
    assert run.code == 0
    assert run.stdout == f"wawex {__version__} (partner API release {API_RELEASE})\n"


def test_every_help_has_an_example_and_the_main_help_the_exit_codes(wawex: Cli) -> None:
    main = wawex("--help")
    assert main.code == 0
    assert "Examples:" in main.stdout
    for code in range(8):
        assert f"\n    {code}  " in main.stdout
    assert "_WAWEX_COMPLETE=bash_source wawex" in main.stdout
    for command in COMMANDS:
        run = wawex(command, "--help")
        assert run.code == 0, run.stderr
        assert "Example" in run.stdout, command
        assert "wawex " + command in run.stdout.split("Example", 1)[1], command
    assert wawex().stdout == main.stdout


def test_shell_completion_offers_operations_tags_and_parameter_names(wawex: Cli) -> None:
    def complete(words: str) -> list[str]:
        env = {
            **wawex.env,
            "_WAWEX_COMPLETE": "bash_complete",
            "COMP_WORDS": words,
            "COMP_CWORD": str(len(words.split())),
        }
        if not words.endswith(" "):
            env["COMP_CWORD"] = str(len(words.split()) - 1)
        done = subprocess.run([str(WAWEX)], env=env, capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        return [line.split(",", 1)[1] for line in done.stdout.splitlines()]

    assert "get-customers" in complete("wawex call get-cust")
    assert all(name.startswith("get-cust") for name in complete("wawex describe get-cust"))
    assert complete("wawex call get-customers -p ent") == ["entityId="]
    assert "limit=" in complete("wawex call get-customers -p limit=2 -p ")
    assert complete("wawex operations --tag customer_l") == ["customer_labels"]
    assert "--all-pages" in complete("wawex call get-customers --all")


def test_the_readme_documents_the_exit_codes_the_cli_uses() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d) \| (.+) \|$", readme.split("## The command line", 1)[1], re.MULTILINE))
    assert {int(code): text.replace("`", "") for code, text in rows.items()} == {
        int(code): meaning for code, meaning in MEANINGS.items()
    }
    top = readme.split("## Using the client", 1)[0]
    for command in ("wawex operations", "wawex describe", "wawex call"):
        assert f"\n    {command} " in top

"""Each fault stops `generate` with a message naming the file and the problem, and leaves the client as it was."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from tests.conftest import generated_trees, run_generator


def _edit_yaml(path: Path, change: Callable[[dict], None]) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _first_operation(document: dict) -> dict:
    for item in document["paths"].values():
        for method in ("get", "post", "put", "patch", "delete"):
            if method in item:
                return item[method]
    raise AssertionError("document has no operation")


def _malformed_yaml(root: Path) -> tuple[str, str]:
    path = root / "openapi" / "taxes.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "\npaths: [unclosed\n", encoding="utf-8")
    return "taxes.yaml", "not valid YAML"


def _dangling_ref(root: Path) -> tuple[str, str]:
    def change(document: dict) -> None:
        _first_operation(document)["responses"]["200"] = {
            "description": "OK",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NoSuchSchema"}}},
        }

    _edit_yaml(root / "openapi" / "users.yaml", change)
    return "users.yaml", "NoSuchSchema"


def _duplicate_operation_id(root: Path) -> tuple[str, str]:
    taken = _first_operation(yaml.safe_load((root / "openapi" / "taxes.yaml").read_text()))["operationId"]
    _edit_yaml(root / "openapi" / "users.yaml", lambda d: _first_operation(d).update(operationId=taken))
    return "users.yaml", f"operationId '{taken}'"


def _conflicting_component(root: Path) -> tuple[str, str]:
    def change(document: dict) -> None:
        document["components"]["schemas"]["ErrorMessage"]["properties"]["message"]["maxLength"] = 7

    _edit_yaml(root / "openapi" / "users.yaml", change)
    return "users.yaml", "components.schemas.ErrorMessage is defined differently"


def _generator_warning(root: Path) -> tuple[str, str]:
    # Valid OpenAPI that openapi-python-client cannot generate: it skips the endpoint with a warning.
    def change(document: dict) -> None:
        _first_operation(document)["requestBody"] = {"content": {"application/xml": {"schema": {"type": "string"}}}}

    _edit_yaml(root / "openapi" / "users.yaml", change)
    return "users.yaml", "Unsupported content type application/xml"


def _failing_post_hook(root: Path) -> tuple[str, str]:
    config = root / "generator" / "openapi-python-client.yaml"
    config.write_text(config.read_text() + "  - ruff check . --isolated --no-cache --select ALL\n", encoding="utf-8")
    return "openapi-python-client.yaml", "ruff failed"


def _reference_cycle(root: Path) -> tuple[str, str]:
    def change(document: dict) -> None:
        schemas = document["components"]["schemas"]
        schemas["LoopA"] = {"$ref": "#/components/schemas/LoopB"}
        schemas["LoopB"] = {"allOf": [{"$ref": "#/components/schemas/LoopA"}]}

    _edit_yaml(root / "openapi" / "users.yaml", change)
    return "users.yaml", "reference cycle LoopA -> LoopB -> LoopA"


FAULTS = {
    "malformed-yaml": _malformed_yaml,
    "dangling-ref": _dangling_ref,
    "duplicate-operation-id": _duplicate_operation_id,
    "conflicting-component": _conflicting_component,
    "generator-warning": _generator_warning,
    "failing-post-hook": _failing_post_hook,
    "reference-cycle": _reference_cycle,
}


@pytest.mark.parametrize("fault", FAULTS)
def test_fault_stops_generation_and_keeps_the_committed_client(project_copy: Path, pin, fault: str) -> None:
    before = generated_trees(project_copy)
    file_name, problem = FAULTS[fault](project_copy)
    pin(project_copy)  # the edit is pinned, so the fault itself is what the pipeline meets

    result = run_generator(project_copy, "generate")

    assert result.returncode != 0
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("error: ")
    assert file_name in message
    assert problem in message
    assert generated_trees(project_copy) == before
    assert not list((project_copy / "generated_client").glob(".regenerate-*"))


def test_unpinned_edit_is_refused(project_copy: Path) -> None:
    path = project_copy / "openapi" / "users.yaml"
    path.write_text(path.read_text() + "\n# an unreviewed edit\n", encoding="utf-8")
    result = run_generator(project_copy, "generate")
    assert result.returncode == 1
    assert re.search(r"users\.yaml: changed since it was pinned", result.stderr)


def test_recursion_through_properties_generates(project_copy: Path, pin) -> None:
    def change(document: dict) -> None:
        document["components"]["schemas"]["UserTreeNode"] = {
            "type": "object",
            "properties": {"children": {"type": "array", "items": {"$ref": "#/components/schemas/UserTreeNode"}}},
        }
        _first_operation(document)["responses"]["200"] = {
            "description": "OK",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserTreeNode"}}},
        }

    _edit_yaml(project_copy / "openapi" / "users.yaml", change)
    pin(project_copy)
    result = run_generator(project_copy, "generate")
    assert result.returncode == 0, result.stderr
    model = project_copy / "generated_client" / "wawex_partner_api_client" / "models" / "user_tree_node.py"
    assert "children: list[UserTreeNode] | Unset" in model.read_text()


@pytest.mark.parametrize("fault", ["malformed-yaml", "dangling-ref", "conflicting-component", "reference-cycle"])
def test_pin_spec_refuses_what_does_not_validate(project_copy: Path, fault: str) -> None:
    manifest = (project_copy / "openapi" / "manifest.yaml").read_bytes()
    file_name, problem = FAULTS[fault](project_copy)
    result = run_generator(project_copy, "pin")
    assert result.returncode == 1
    assert file_name in result.stderr
    assert problem in result.stderr
    assert (project_copy / "openapi" / "manifest.yaml").read_bytes() == manifest


def test_pin_spec_names_the_documents_it_changed(project_copy: Path) -> None:
    path = project_copy / "openapi" / "users.yaml"
    path.write_text(path.read_text() + "\n# a reviewed edit\n", encoding="utf-8")
    result = run_generator(project_copy, "pin")
    assert result.returncode == 0, result.stderr
    assert "  users.yaml (changed)" in result.stdout.splitlines()
    assert "(1 changed)" in result.stdout

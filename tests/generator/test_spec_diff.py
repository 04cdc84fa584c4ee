"""Every rule of the spec diff, each on a synthetic before/after pair, with its classification asserted."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator import diff_report, surface
from generator.changes import RULES
from generator.snapshot import Snapshot
from generator.spec_diff import diff
from tests.conftest import ROOT, run_generator

Spec = dict[str, Any]
Policy = dict[str, dict[str, Any]]
Edit = Callable[[Spec, Policy], None]


def _base() -> tuple[Spec, Policy]:
    path_parameter = {"name": "thingId", "in": "path", "required": True, "schema": {"type": "string"}}
    spec: Spec = {
        "openapi": "3.0.1",
        "paths": {
            "/things/{thingId}": {
                "get": {
                    "operationId": "get-thing",
                    "tags": ["Things"],
                    "summary": "Get thing",
                    "parameters": [
                        path_parameter,
                        {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 20}},
                        {"name": "status", "in": "query", "schema": {"type": "string", "enum": ["A", "B"]}},
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        },
                        "404": {"description": "Not Found"},
                    },
                },
                "patch": {
                    "operationId": "update-thing",
                    "tags": ["Things"],
                    "summary": "Update thing",
                    "parameters": [path_parameter],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ThingData"}}},
                    },
                    "responses": {"202": {"description": "Accepted"}},
                },
            }
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["id", "kind"],
                    "properties": {
                        "id": {"type": "string"},
                        "kind": {"$ref": "#/components/schemas/KindEnum"},
                        "note": {"type": "string"},
                        "count": {"type": "number"},
                    },
                },
                "ThingData": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "size": {"type": "integer"},
                        "label": {"type": "string"},
                        "mode": {"type": "string", "enum": ["ON", "OFF"]},
                    },
                },
                "KindEnum": {"type": "string", "enum": ["X", "Y"]},
            }
        },
    }
    policy: Policy = {
        "get-thing": _facts("get_thing", "absent", "optional"),
        "update-thing": _facts("update_thing", "required", "required"),
    }
    return spec, policy


def _facts(name: str, declared: str, policy: str, tag: str = "things") -> dict[str, Any]:
    return {
        "module": f"wawex_partner_api_client.api.{tag}.{name}",
        "requestor_id": declared,
        "requestor_policy": policy,
        "requestor_policy_reason": "because",
    }


def _get(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/things/{thingId}"]["get"]


def _patch(spec: Spec) -> dict[str, Any]:
    return spec["paths"]["/things/{thingId}"]["patch"]


def _param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in _get(spec)["parameters"] if p["name"] == name)


def _schema(spec: Spec, name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]


def _rename_component(spec: Spec, old: str, new: str) -> None:
    schemas = spec["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    text = json.dumps(spec).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    spec.clear()
    spec.update(json.loads(text))


def _move_get(spec: Spec, path: str) -> None:
    spec["paths"][path] = {"get": spec["paths"]["/things/{thingId}"].pop("get")}


def _add_operation(spec: Spec, policy: Policy) -> None:
    spec["paths"]["/others"] = {"get": {"operationId": "get-others", "tags": ["Things"], "responses": {}}}
    policy["get-others"] = _facts("get_others", "absent", "optional")


def _rename_operation(spec: Spec, policy: Policy) -> None:
    _get(spec)["operationId"] = "get-one-thing"
    policy["get-one-thing"] = _facts("get_one_thing", "absent", "optional")
    del policy["get-thing"]


def _rename_path_parameter(spec: Spec) -> None:
    item = spec["paths"].pop("/things/{thingId}")
    for operation in item.values():
        operation["parameters"][0] = {**operation["parameters"][0], "name": "id"}
    spec["paths"]["/things/{id}"] = item


def _set(target: Callable[[Spec], dict[str, Any]], **values: Any) -> Edit:
    return lambda spec, _policy: target(spec).update(values)


def _drop(target: Callable[[Spec], Any], key: str) -> Edit:
    return lambda spec, _policy: target(spec).pop(key)


def _require(schema: str, name: str, required: bool) -> Edit:
    def edit(spec: Spec, _policy: Policy) -> None:
        listed = _schema(spec, schema)["required"]
        listed.remove(name) if not required else listed.append(name)

    return edit


def _property(schema: str, name: str, **values: Any) -> Edit:
    return lambda spec, _policy: _schema(spec, schema)["properties"][name].update(values)


def _policy(operation: str, **values: str) -> Edit:
    return lambda _spec, policy: policy[operation].update(values)


def _nothing(_spec: Spec, _policy: Policy) -> None:
    pass


# rule, breaking (for a user of this client), edit making the old version, edit making the new one (of one base)
CASES: list[tuple[str, bool, Edit, Edit]] = [
    ("endpoint-added", False, _nothing, _add_operation),
    ("api-removed", True, _nothing, lambda s, p: s["paths"]["/things/{thingId}"].pop("patch")),
    ("endpoint-deprecated", False, _nothing, _set(_get, deprecated=True)),
    ("endpoint-reactivated", False, _set(_get, deprecated=True), _nothing),
    ("api-operation-id-changed", True, _nothing, _rename_operation),
    (
        "api-tag-changed",
        True,
        _nothing,
        lambda s, p: p["get-thing"].update(_facts("get_thing", "absent", "optional", "stuff")),
    ),
    ("api-path-changed", False, _nothing, lambda s, p: _move_get(s, "/items/{thingId}")),
    ("request-path-parameter-renamed", True, _nothing, lambda s, p: _rename_path_parameter(s)),
    (
        "new-required-request-parameter",
        True,
        _nothing,
        lambda s, p: _get(s)["parameters"].append({"name": "q", "in": "query", "required": True}),
    ),
    (
        "new-optional-request-parameter",
        False,
        _nothing,
        lambda s, p: _get(s)["parameters"].append({"name": "q", "in": "query"}),
    ),
    ("request-parameter-removed", True, _nothing, lambda s, p: _get(s)["parameters"].pop()),
    ("request-parameter-became-required", True, _nothing, lambda s, p: _param(s, "limit").update(required=True)),
    ("request-parameter-became-optional", False, lambda s, p: _param(s, "limit").update(required=True), _nothing),
    ("request-parameter-type-changed", True, _nothing, lambda s, p: _param(s, "limit")["schema"].update(type="string")),
    (
        "request-parameter-type-generalized",
        False,
        _nothing,
        lambda s, p: _param(s, "limit")["schema"].update(type="number"),
    ),
    (
        "request-parameter-type-compatible",
        False,
        _nothing,
        lambda s, p: _param(s, "limit")["schema"].update(format="int64"),
    ),
    (
        "request-parameter-default-value-changed",
        True,
        _nothing,
        lambda s, p: _param(s, "limit")["schema"].update(default=50),
    ),
    ("request-parameter-became-enum", True, lambda s, p: _param(s, "status")["schema"].pop("enum"), _nothing),
    (
        "request-parameter-enum-value-added",
        False,
        _nothing,
        lambda s, p: _param(s, "status")["schema"]["enum"].append("C"),
    ),
    (
        "request-parameter-enum-value-removed",
        True,
        _nothing,
        lambda s, p: _param(s, "status")["schema"]["enum"].remove("B"),
    ),
    ("added-required-request-body", True, _nothing, _set(_get, requestBody={"required": True, "content": {}})),
    ("added-optional-request-body", False, _nothing, _set(_get, requestBody={"content": {}})),
    ("request-body-removed", True, _nothing, _drop(_patch, "requestBody")),
    ("request-body-became-required", True, lambda s, p: _patch(s)["requestBody"].update(required=False), _nothing),
    ("request-body-became-optional", False, _nothing, lambda s, p: _patch(s)["requestBody"].update(required=False)),
    (
        "new-required-request-property",
        True,
        _nothing,
        lambda s, p: (
            _schema(s, "ThingData")["properties"].update(owner={"type": "string"}),
            _schema(s, "ThingData")["required"].append("owner"),
        ),
    ),
    (
        "new-optional-request-property",
        False,
        _nothing,
        lambda s, p: _schema(s, "ThingData")["properties"].update(owner={"type": "string"}),
    ),
    ("request-property-removed", True, _nothing, lambda s, p: _schema(s, "ThingData")["properties"].pop("label")),
    ("request-property-became-required", True, _nothing, _require("ThingData", "label", True)),
    ("request-property-became-optional", False, _nothing, _require("ThingData", "name", False)),
    ("request-property-type-changed", True, _nothing, _property("ThingData", "size", type="string")),
    ("request-property-type-generalized", False, _nothing, _property("ThingData", "size", type="number")),
    ("request-property-type-compatible", False, _nothing, _property("ThingData", "size", format="int32")),
    ("request-property-became-enum", True, _nothing, _property("ThingData", "label", enum=["L"])),
    (
        "request-property-enum-value-added",
        False,
        _nothing,
        lambda s, p: _schema(s, "ThingData")["properties"]["mode"]["enum"].append("AUTO"),
    ),
    (
        "request-property-enum-value-removed",
        True,
        _nothing,
        lambda s, p: _schema(s, "ThingData")["properties"]["mode"]["enum"].remove("OFF"),
    ),
    ("request-schema-renamed", True, _nothing, lambda s, p: _rename_component(s, "ThingData", "ThingInput")),
    (
        "response-success-status-added",
        False,
        _nothing,
        lambda s, p: _get(s)["responses"].update({"201": {"description": "Created"}}),
    ),
    ("response-success-status-removed", True, _nothing, lambda s, p: _patch(s)["responses"].pop("202")),
    (
        "response-non-success-status-added",
        False,
        _nothing,
        lambda s, p: _get(s)["responses"].update({"409": {"description": "Conflict"}}),
    ),
    ("response-non-success-status-removed", False, _nothing, lambda s, p: _get(s)["responses"].pop("404")),
    (
        "response-media-type-removed",
        True,
        _nothing,
        lambda s, p: _get(s)["responses"]["200"].update(content={"application/pdf": {}}),
    ),
    (
        "response-property-added",
        False,
        _nothing,
        lambda s, p: _schema(s, "Thing")["properties"].update(extra={"type": "string"}),
    ),
    (
        "response-required-property-removed",
        True,
        _nothing,
        lambda s, p: (_schema(s, "Thing")["properties"].pop("id"), _schema(s, "Thing")["required"].remove("id")),
    ),
    ("response-optional-property-removed", True, _nothing, lambda s, p: _schema(s, "Thing")["properties"].pop("note")),
    ("response-property-became-optional", True, _nothing, _require("Thing", "id", False)),
    ("response-property-became-required", False, _nothing, _require("Thing", "note", True)),
    ("response-property-type-changed", True, _nothing, _property("Thing", "count", type="string")),
    ("response-property-type-specialized", False, _nothing, _property("Thing", "count", type="integer")),
    ("response-property-type-compatible", False, _nothing, _property("Thing", "count", format="decimal")),
    ("response-property-became-enum", True, _nothing, _property("Thing", "note", enum=["N"])),
    ("response-property-enum-value-added", False, _nothing, lambda s, p: _schema(s, "KindEnum")["enum"].append("Z")),
    ("response-property-enum-value-removed", False, _nothing, lambda s, p: _schema(s, "KindEnum")["enum"].remove("Y")),
    ("response-schema-renamed", True, _nothing, lambda s, p: _rename_component(s, "Thing", "Item")),
    ("requestor-id-became-required", True, _nothing, _policy("get-thing", requestor_id="required")),
    ("requestor-id-declaration-changed", False, _nothing, _policy("update-thing", requestor_id="absent")),
    ("requestor-policy-became-required", True, _nothing, _policy("get-thing", requestor_policy="required")),
    ("requestor-policy-relaxed", False, _nothing, _policy("update-thing", requestor_policy="optional")),
    ("requestor-policy-changed", False, _nothing, _policy("get-thing", requestor_policy="never")),
]
SPEC_RULES = {rule for rule in RULES if RULES[rule].section != "python"}


def _snapshot(spec: Spec, policy: Policy, python: dict[str, Any] | None = None) -> Snapshot:
    return Snapshot("1.0.0.0", "1.0.0", spec, policy, python or {}, "synthetic")


def _pair(edit_old: Edit, edit_new: Edit) -> tuple[Snapshot, Snapshot]:
    old_spec, old_policy = _base()
    new_spec, new_policy = copy.deepcopy(old_spec), copy.deepcopy(old_policy)
    edit_old(old_spec, old_policy)
    edit_new(new_spec, new_policy)
    return _snapshot(old_spec, old_policy), _snapshot(new_spec, new_policy)


def test_every_spec_rule_has_a_case() -> None:
    assert {case[0] for case in CASES} == SPEC_RULES
    assert len(CASES) == len(SPEC_RULES)


def test_identical_versions_have_no_changes() -> None:
    old, new = _pair(_nothing, _nothing)
    assert diff(old, new) == []


@pytest.mark.parametrize(("rule", "breaking", "edit_old", "edit_new"), CASES, ids=[case[0] for case in CASES])
def test_rule(rule: str, breaking: bool, edit_old: Edit, edit_new: Edit) -> None:
    old, new = _pair(edit_old, edit_new)
    changes = [c for c in diff(old, new) if c.rule == rule]
    assert changes, f"{rule} not reported; got {[c.rule for c in diff(old, new)]}"
    assert RULES[rule].breaking is breaking
    assert all(c.breaking is breaking for c in changes)
    assert all(c.subject and c.detail for c in changes)


def _python_surface(root: Path, signature: str, operation_module: str = "") -> dict[str, Any]:
    package = root / "generated_client" / "wawex_partner_api_client"
    (package / "api" / "things").mkdir(parents=True)
    for directory in (package, package / "api", package / "api" / "things"):
        (directory / "__init__.py").write_text("")
    (package / "api" / "things" / "get_thing.py").write_text(f"def sync({signature}, *, client): ...\n")
    operations = root / "overlay" / "wawex_partner_api" / "operations"
    (operations / "things").mkdir(parents=True)
    for directory in (operations.parent, operations, operations / "things"):
        (directory / "__init__.py").write_text("")
    (operations / "things" / "get_thing.py").write_text(operation_module)
    return surface.dump(root)


def test_python_breaking_changes_come_from_griffe(tmp_path: Path) -> None:
    spec, policy = _base()
    old = _snapshot(spec, policy, _python_surface(tmp_path / "old", "thing_id: str"))
    new = _snapshot(spec, policy, _python_surface(tmp_path / "new", "id: str"))
    changes = diff(old, new)
    assert {c.rule for c in changes} == {"python-breaking"}
    assert all(c.breaking and c.subject == "get-thing" for c in changes)
    details = " ".join(c.detail for c in changes)
    assert "`thing_id`" in details
    assert "`id`" in details


def test_json_output_lists_every_change_with_its_classification() -> None:
    old, new = _pair(_nothing, _add_operation)
    document = json.loads(diff_report.as_json(old, new, diff(old, new)))
    assert document["breaking"] == 0
    assert [c["rule"] for c in document["changes"]] == ["endpoint-added"]
    assert document["changes"][0]["oasdiff_level"] == "INFO"
    assert document["from"]["spec_sha256"] == old.spec_sha256 != document["to"]["spec_sha256"]


def test_a_git_revision_can_be_compared(tmp_path: Path) -> None:
    if subprocess.run(["git", "-C", str(ROOT), "rev-parse", "HEAD"], capture_output=True, check=False).returncode:
        pytest.skip("not a git checkout")
    result = run_generator(ROOT, "spec-diff", "--from", "HEAD", "--to", "HEAD")
    assert result.returncode == 0, result.stderr
    assert "0 breaking, 0 other changes" in result.stdout
    unknown = run_generator(ROOT, "spec-diff", "--from", "no-such-revision-or-release")
    assert unknown.returncode == 1
    assert "neither a recorded release nor a git revision" in unknown.stderr


def test_an_operation_function_defined_instead_of_assigned_is_not_breaking(tmp_path: Path) -> None:
    spec, policy = _base()
    assigned = "sync = print\n__all__ = ['sync']\n"
    defined = "def sync(thing_id: str) -> None: ...\n__all__ = ['sync']\n"
    old = _snapshot(spec, policy, _python_surface(tmp_path / "old", "thing_id: str", assigned))
    new = _snapshot(spec, policy, _python_surface(tmp_path / "new", "thing_id: str", defined))
    changes = diff(old, new)
    assert [(c.rule, c.breaking, c.subject) for c in changes] == [("python-callable-kind-changed", False, "get-thing")]


def _union_of(schema: str, name: str, *extra: dict[str, Any]) -> Edit:
    """``name`` of ``schema`` becomes ``anyOf: [its schema, *extra]`` (what make spec-drift writes for a type seen
    beside the documented one)."""

    def edit(spec: Spec, _policy: Policy) -> None:
        properties = _schema(spec, schema)["properties"]
        properties[name] = {"anyOf": [properties[name], *extra]}

    return edit


@pytest.mark.parametrize(
    ("edit", "detail"),
    [
        (_property("Thing", "note", nullable=True), "`Thing.note`: string -> null or string"),
        (_union_of("Thing", "count", {"type": "string"}), "`Thing.count`: number -> number or string"),
        (_union_of("Thing", "kind", {"type": "string"}), "`Thing.kind`: KindEnum -> KindEnum or string"),
    ],
)
def test_a_response_value_that_may_now_be_something_else_is_a_breaking_type_change(edit: Edit, detail: str) -> None:
    changes = [c for c in diff(*_pair(_nothing, edit)) if c.rule == "response-property-type-changed"]
    assert [c.detail for c in changes] == [detail]
    assert all(c.breaking for c in changes)


def test_a_request_value_that_may_now_be_something_else_is_generalized() -> None:
    changes = diff(*_pair(_nothing, _union_of("ThingData", "label", {"type": "integer"})))
    assert [(c.rule, c.detail) for c in changes] == [
        ("request-property-type-generalized", "`ThingData.label`: string -> integer or string")
    ]
    narrowed = diff(*_pair(_union_of("ThingData", "label", {"type": "integer"}), _nothing))
    assert [(c.rule, c.breaking) for c in narrowed] == [("request-property-type-changed", True)]

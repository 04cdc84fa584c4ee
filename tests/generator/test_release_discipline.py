"""Release records and CHANGELOG: a breaking edit is reported by spec-diff and fails check-release until a
new version records it and its CHANGELOG section names it under Breaking."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.loading import load_mapping
from generator.manifest import read_manifest
from generator.releases import records
from generator.spec_tree import iter_operations, resolve_local
from tests.conftest import ROOT, run_generator

POLICY_RULES = (ROOT / "generator" / "requestor-policy.yaml").read_text() + (
    ROOT / "generator" / "compat.yaml"
).read_text()


def _document_of(spec: dict[str, Any], component: str) -> str:
    return spec["x-component-documents"][f"schemas/{component}"]


def _same_name_in_its_document(spec: dict[str, Any], component: str) -> bool:
    """False for components the bundle renamed (generator/bundle.yaml): their document spells them otherwise."""
    document = load_mapping(ROOT / "openapi" / _document_of(spec, component))
    return component in document["components"]["schemas"]


def _rewrite(path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    document = load_mapping(path)
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def _request_models(spec: dict[str, Any]) -> list[str]:
    """Components used as a JSON request body, in document order."""
    found = []
    for _, _, operation in iter_operations(spec):
        schema = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
        if schema and "$ref" in schema:
            found.append(schema["$ref"].rsplit("/", 1)[-1])
    return found


def _remove_required_property(root: Path, spec: dict[str, Any]) -> tuple[str, str]:
    name = next(
        n
        for n in _request_models(spec)
        if resolve_local(spec, f"#/components/schemas/{n}").get("required") and _same_name_in_its_document(spec, n)
    )
    field = resolve_local(spec, f"#/components/schemas/{name}")["required"][0]

    def change(document: dict[str, Any]) -> None:
        schema = document["components"]["schemas"][name]
        schema["required"].remove(field)
        schema["properties"].pop(field)
        if not schema["required"]:
            schema.pop("required")

    _rewrite(root / "openapi" / _document_of(spec, name), change)
    return name, f"`{name}.{field}` removed"


def _rename_enum_value(root: Path, spec: dict[str, Any]) -> tuple[str, str]:
    """An enum value renamed where a request takes the enum: the old value removed breaks the callers that send it
    (in responses a rename breaks nothing: every enum is open, an older client reads the new value as unknown)."""
    users = {
        parameter.get("schema", {}).get("$ref", "").rsplit("/", 1)[-1]: operation["operationId"]
        for _, _, operation in iter_operations(spec)
        for parameter in operation.get("parameters", [])
    }
    name, value = next(
        (key, schema["enum"][0])
        for key, schema in spec["components"]["schemas"].items()
        if schema.get("enum") and not schema.get("x-partial") and key in users and _same_name_in_its_document(spec, key)
    )
    _rewrite(
        root / "openapi" / _document_of(spec, name),
        lambda d: d["components"]["schemas"][name]["enum"].__setitem__(0, f"{value}_RENAMED"),
    )
    return users[name], f"enum value '{value}' removed"


def _delete_operation(root: Path, spec: dict[str, Any]) -> tuple[str, str]:
    path, method, operation = next(
        (p, m, op) for p, m, op in iter_operations(spec) if op["operationId"] not in POLICY_RULES and m == "get"
    )

    def change(document: dict[str, Any]) -> None:
        item = document["paths"][path]
        item.pop(method)
        if not any(key in item for key in ("get", "put", "post", "delete", "patch")):
            document["paths"].pop(path)

    _rewrite(root / "openapi" / operation["x-document"], change)
    return operation["operationId"], f"{method.upper()} {path} removed"


EDITS = {
    "removed-required-property": _remove_required_property,
    "renamed-enum-value": _rename_enum_value,
    "deleted-operation": _delete_operation,
}


def _ok(root: Path, *args: str) -> str:
    result = run_generator(root, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _bump_revision(root: Path) -> str:
    manifest = root / "openapi" / "manifest.yaml"
    current = read_manifest(root / "openapi").package_version
    release, revision = current.rsplit(".", 1)
    bumped = f"{release}.{int(revision) + 1}"
    manifest.write_text(manifest.read_text().replace(f"package_version: {current}", f"package_version: {bumped}"))
    return bumped


def test_the_committed_client_matches_its_recorded_release() -> None:
    result = run_generator(ROOT, "check-release")
    assert result.returncode == 0, result.stderr
    version = read_manifest(ROOT / "openapi").package_version
    assert version in records(ROOT)


@pytest.mark.parametrize("edit", EDITS)
def test_a_breaking_edit_fails_check_release_until_recorded(project_copy: Path, partner_spec, edit: str) -> None:
    version = read_manifest(project_copy / "openapi").package_version
    subject, detail = EDITS[edit](project_copy, partner_spec)
    _ok(project_copy, "pin")
    _ok(project_copy, "generate")

    unbumped = run_generator(project_copy, "check-release")
    assert unbumped.returncode == 1
    assert f"changed since release {version} was recorded" in unbumped.stderr

    report = _ok(project_copy, "spec-diff", "--from", version)
    breaking = {line.split()[1].rstrip(":") for line in report.splitlines() if detail in line and "BREAKING" in line}
    assert subject in breaking, report

    bumped = _bump_revision(project_copy)
    _ok(project_copy, "generate")
    unrecorded = run_generator(project_copy, "check-release")
    assert unrecorded.returncode == 1
    assert f"release {bumped} is not recorded" in unrecorded.stderr

    _ok(project_copy, "changelog")
    changelog = (project_copy / "CHANGELOG.md").read_text()
    section = changelog[changelog.index(f"## [{bumped}]") : changelog.index(f"## [{version}]")]
    listed = section[section.index("### Breaking") :]
    assert f"`{subject}`" in listed
    assert run_generator(project_copy, "check-release").returncode == 0

    # A person who drops the entry from Breaking is told which change is not named.
    edited = re.sub(rf"^- `{re.escape(subject)}`.*(\n  - .*)*\n", "", listed, flags=re.MULTILINE)
    (project_copy / "CHANGELOG.md").write_text(changelog.replace(listed, edited))
    dropped = run_generator(project_copy, "check-release")
    assert dropped.returncode == 1
    assert f"does not name these breaking changes since {version}" in dropped.stderr
    assert subject in dropped.stderr.split("Breaking heading (in backticks): ", 1)[1]


def test_a_committed_release_is_not_rerecorded_with_other_content(project_copy: Path, partner_spec) -> None:
    version = read_manifest(project_copy / "openapi").package_version
    EDITS["deleted-operation"](project_copy, partner_spec)
    _ok(project_copy, "pin")
    _ok(project_copy, "generate")
    # outside git every record may be rewritten; the copy is made a repository whose HEAD has the record
    for command in (
        ["init", "-q"],
        ["add", "releases"],
        ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "r"],
    ):
        subprocess.run(["git", "-C", str(project_copy), *command], check=True, capture_output=True)
    result = run_generator(project_copy, "changelog")
    assert result.returncode == 1
    assert f"release {version} is committed with other content" in result.stderr

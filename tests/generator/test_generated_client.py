"""The generated package matches the spec: one module per operation, the expected functions, the recorded facts."""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import inspect
import json
from typing import Any

import pytest

import wawex_partner_api
from generator.manifest import read_manifest
from generator.spec_tree import iter_operations
from tests.conftest import PACKAGE_DIR, ROOT
from wawex_partner_api_client.metadata import OPERATIONS


def _has_typed_response(operation: dict[str, Any]) -> bool:
    """openapi-python-client writes sync/asyncio only when some documented status has a body to parse."""
    return any(status != "default" and response.get("content") for status, response in operation["responses"].items())


def test_every_operation_has_a_module_with_the_expected_functions(partner_spec: dict[str, Any]) -> None:
    operations = list(iter_operations(partner_spec))
    assert len(operations) == len(OPERATIONS) > 100
    untyped = []
    for path, method, operation in operations:
        facts = OPERATIONS[operation["operationId"]]
        assert (facts.method, facts.path) == (method.upper(), path)
        module = importlib.import_module(facts.module)
        expected = {"sync_detailed", "asyncio_detailed"}
        if _has_typed_response(operation):
            expected |= {"sync", "asyncio"}
        else:
            untyped.append(operation["operationId"])
        assert expected <= set(vars(module)), f"{facts.module} lacks {expected - set(vars(module))}"
        assert "client" in inspect.signature(module.sync_detailed).parameters
    assert len(untyped) < len(operations) / 2, untyped


def _declaration(operation: dict[str, Any]) -> str:
    if operation.get("x-requestor-id-declaration") == "unknown":
        return "unknown"
    references = [p.get("$ref") for p in operation.get("parameters", [])]
    return "required" if "#/components/parameters/requestorId" in references else "absent"


def test_metadata_records_what_the_partner_declares(partner_spec: dict[str, Any]) -> None:
    for _, _, operation in iter_operations(partner_spec):
        facts = OPERATIONS[operation["operationId"]]
        assert facts.requestor_id == _declaration(operation), operation["operationId"]
        assert facts.tags == tuple(operation["tags"])
        assert facts.source_url == operation["x-source-url"]
        assert facts.deprecated == operation.get("deprecated", False)
    declared = {f.requestor_id for f in OPERATIONS.values()}
    assert {"required", "absent", "unknown"} <= declared


def test_no_generated_operation_puts_requestor_id_into_headers() -> None:
    # openapi-python-client would write a uuid.UUID into httpx headers (TypeError); the overlay owns the header.
    offenders = [p.name for p in (ROOT / PACKAGE_DIR / "api").rglob("*.py") if "Requestor-ID" in p.read_text()]
    assert offenders == []


@pytest.mark.parametrize("module", [op.module for op in list(OPERATIONS.values())[:: max(1, len(OPERATIONS) // 10)]])
def test_operation_modules_import(module: str) -> None:
    assert importlib.import_module(module).__name__ == module


def test_release_and_version_are_available_at_run_time() -> None:
    manifest = read_manifest(ROOT / "openapi")
    shipped = (ROOT / PACKAGE_DIR / "openapi.json").read_bytes()
    assert wawex_partner_api.API_RELEASE == manifest.api_release == json.loads(shipped)["info"]["version"]
    assert manifest.package_version.startswith(f"{manifest.api_release}.")
    assert wawex_partner_api.__version__ == manifest.package_version
    # the installed distribution says so too (the Makefile reinstalls the project when package_version changes)
    assert importlib.metadata.version("wawex-partner-api") == manifest.package_version
    assert hashlib.sha256(shipped).hexdigest() == wawex_partner_api.SPEC_SHA256


def test_both_packages_are_typed() -> None:
    assert (ROOT / PACKAGE_DIR / "py.typed").is_file()
    assert (ROOT / "overlay" / "wawex_partner_api" / "py.typed").is_file()

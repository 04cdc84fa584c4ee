"""openapi/ against the partner's reference index: coverage, provenance and the conventions."""

from __future__ import annotations

from typing import Any

from generator.lint import SOURCE_HOSTS
from generator.report import measure, read_rows
from generator.spec_tree import iter_operations
from tests.conftest import ROOT


def test_reference_rows_with_a_printed_path_are_present(partner_spec: dict[str, Any]) -> None:
    rows = read_rows(ROOT / "openapi" / "reference" / "operations.tsv")
    assert not any(row.group.startswith(("Partner Webhooks", "Websocket")) for row in rows)  # not client calls
    fidelity = measure(partner_spec, rows)
    present = fidelity.total("present")
    assert fidelity.total("rows") == len(rows)
    assert present / fidelity.rows_with_path >= 0.95, fidelity.unmatched
    unmatched_with_path = [line for line in fidelity.unmatched if "NOT IN openapi/" in line]
    assert len(unmatched_with_path) == fidelity.rows_with_path - present
    # An operation the index does not list yet (a newer partner page) is reported by `make spec-report`, not refused:
    # the index is the record of a capture, not a list to keep by hand.
    operations = {op["operationId"] for _, _, op in iter_operations(partner_spec)}
    assert {line.rsplit("(", 1)[1].rstrip(")") for line in fidelity.extra} <= operations


def test_every_operation_names_its_source_page(partner_spec: dict[str, Any]) -> None:
    for _, _, operation in iter_operations(partner_spec):
        assert operation["x-source-url"].startswith(SOURCE_HOSTS), operation["operationId"]


def test_rows_without_a_printed_path_are_listed_not_invented(partner_spec: dict[str, Any]) -> None:
    listed = partner_spec["x-undocumented-operations"]
    assert all(item["x-source-url"].startswith(SOURCE_HOSTS) and item["reason"] for item in listed)
    fidelity = measure(partner_spec, read_rows(ROOT / "openapi" / "reference" / "operations.tsv"))
    without_path = fidelity.total("rows") - fidelity.rows_with_path
    assert len(listed) >= without_path - 2, "each row whose page prints no path is recorded as undocumented"


def test_deprecated_v1_operations_are_marked(partner_spec: dict[str, Any]) -> None:
    v1 = [
        op for path, _, op in iter_operations(partner_spec) if path.startswith(("/natural-persons", "/customer-labels"))
    ]
    assert v1
    assert all(op.get("deprecated") is True for op in v1)

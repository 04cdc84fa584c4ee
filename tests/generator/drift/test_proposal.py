"""The proposal as a whole: every record a client writes is located, a second run on the same records proposes
nothing, and the order of the lines does not matter."""

from __future__ import annotations

import copy
from pathlib import Path

from generator import drift
from tests.generator.drift.conftest import Spec, client_drift, document, propose


def test_every_record_a_client_writes_is_located(spec: Spec, tmp_path: Path) -> None:
    page = {"data": [document(status="SHREDDED", pageCount=3, description=None, resourceId="x", without=("size",))]}
    drift_file = client_drift(
        tmp_path / "drift.jsonl",
        [
            ("get-documents", 200, page),
            ("get-documents", 207, {**page, "pagination": {"cursor": None}}),
            ("get-document-v1", 200, [{"documentId": "d"}]),
        ],
    )
    found = drift.read_drift([drift_file])
    assert not found.malformed
    proposal = drift.propose(copy.deepcopy(spec.fixed), spec.sha, found.records.values(), tmp_path)
    assert not proposal.not_located
    assert {a.kind for a in proposal.actions} == {
        "unknown-enum-value",
        "unknown-field",
        "missing-field",
        "null-value",
        "format-mismatch",
        "wrapped",
        "undocumented-status",
    }


def test_proposing_again_on_the_fixed_spec_proposes_nothing(spec: Spec, tmp_path: Path, rec) -> None:
    lines = [
        rec("$.data[*].status", "unknown-enum-value", value="SHREDDED"),
        rec("$.data[*].size", "missing-field", observed="absent"),
        rec("$.data[*].pageCount", "unknown-field", observed="integer"),
        rec("$.pagination", "null-value", observed="null"),
        rec("$.data[*].resourceId", "format-mismatch"),
        rec("$.data[*].name", "type-mismatch", observed="integer"),
        rec("$.data[*].name", "type-mismatch", observed="boolean"),
        rec("$[*]", "wrapped", observed="array"),
        rec("$.result", "wrapped", observed="object"),
        rec("$", "wrapped", operation="get-all-webhooks", observed="object"),
        rec("$", "undocumented-status", status=207, observed="207"),
    ]
    (tmp_path / "first").mkdir()
    (tmp_path / "again").mkdir()
    first = propose(spec, lines, tmp_path / "first")
    again = propose(Spec(spec.bundled, first.after, spec.sha), lines, tmp_path / "again")
    assert not again.proposal.actions
    assert not again.proposal.not_located
    assert len(again.proposal.accepted) == len(lines)


def test_the_proposal_does_not_depend_on_the_order_of_lines(spec: Spec, tmp_path: Path, rec) -> None:
    lines = [
        rec("$.data[*].status", "unknown-enum-value", value="SHREDDED", count=2),
        rec("$.data[*].status", "unknown-enum-value", value="BURNT", status=207),
        rec("$.data[*].size", "missing-field", observed="absent"),
        rec("$.data[*].name", "missing-field", observed="absent", operation="get-document"),
        rec("$.data[*].pageCount", "unknown-field", observed="integer"),
        rec("$.data[*].pageCount", "unknown-field", observed="null", status=207),
        rec("$.data[*].status", "unknown-enum-value", value="SHREDDED", first="2026-12-01T00:00:00+00:00"),
        rec("$.result", "wrapped", observed="object", count=2),
        rec("$[*]", "wrapped", observed="array", count=2),
    ]
    texts = []
    for name, ordered in (("forward", lines), ("backward", lines[::-1])):
        (tmp_path / name).mkdir()
        texts.append(propose(spec, ordered, tmp_path / name).overlay.read_text())
    assert texts[0] == texts[1]
    assert "BURNT, SHREDDED" in texts[0]

"""What the tests of ``generator.drift`` share: the spec as the generator sees it, drift lines as a client writes
them, proposing for lines and applying the proposal, and comparing documents."""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import drift, pipeline
from generator.fixes import apply_overlay
from generator.snapshot import spec_text
from generator.spec_tree import iter_operations
from tests.conftest import ROOT
from wawex_partner_api.answers.answer import read_answer, requestor_refusal
from wawex_partner_api.answers.drift import Drift, DriftSink

DOCUMENTS_PAGE = "https://docs.tradevest.ai/api-reference/documents/new-documents"
A_UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
SCHEMAS = ("components", "schemas")
DOCUMENT = (*SCHEMAS, "Document")


@dataclass(frozen=True)
class Spec:
    bundled: dict[str, Any]
    fixed: dict[str, Any]  # after generator/fixes: where a proposal is located and applied
    sha: str


@pytest.fixture(scope="session")
def spec() -> Spec:
    layout = pipeline.Layout(ROOT)
    bundled, _ = pipeline.bundled_spec(layout)
    fixed, _ = pipeline.fixed_spec(layout, bundled)
    return Spec(bundled, fixed, hashlib.sha256(spec_text(bundled).encode()).hexdigest())


def record(
    path: str,
    kind: str,
    *,
    sha: str,
    operation: str = "get-documents",
    status: int = 200,
    observed: str = "string",
    expected: str = "string",
    value: str | None = None,
    count: int = 1,
    first: str = "2026-12-08T00:00:00+00:00",
    last: str = "2026-12-08T00:05:00+00:00",
    version: str = "2.5.0.5",
) -> dict[str, Any]:
    """One line of a drift file, as wawex_partner_api.answers.drift.line writes it."""
    return {
        "operation": operation,
        "status": status,
        "path": path,
        "kind": kind,
        "observed": observed,
        "expected": expected,
        "value": value,
        "count": count,
        "first_seen": first,
        "last_seen": last,
        "client_version": version,
        "spec_sha256": sha,
    }


@pytest.fixture
def rec(spec: Spec) -> Callable[..., dict[str, Any]]:
    return functools.partial(record, sha=spec.sha)


def write_drift(path: Path, lines: list[Any]) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


@dataclass
class Proposed:
    proposal: drift.Proposal
    before: dict[str, Any]
    after: dict[str, Any]
    overlay: Path

    @property
    def descriptions(self) -> str:
        return "\n".join(action.description for action in self.proposal.actions)


def propose(spec: Spec, lines: list[dict[str, Any]], tmp_path: Path) -> Proposed:
    """Propose for ``lines``, write the overlay, apply it to a fresh copy of the fixed spec and validate that."""
    found = drift.read_drift([write_drift(tmp_path / "drift.jsonl", lines)])
    assert not found.malformed
    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    proposal = drift.propose(copy.deepcopy(spec.fixed), spec.sha, found.records.values(), scratch)
    overlay = tmp_path / "drift-proposed.yaml"
    overlay.write_text(drift.overlay_text([a.as_yaml() for a in proposal.actions], drift.HEADER))
    after = copy.deepcopy(spec.fixed)
    apply_overlay(after, overlay)
    pipeline.validate(after, "the fixed spec with the proposal")
    return Proposed(proposal, spec.fixed, after, overlay)


def changes(before: Any, after: Any, where: tuple[Any, ...] = ()) -> set[tuple[Any, ...]]:
    """Where two documents differ: a key added or removed, a value changed (a list that changed length as a whole)."""
    if isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        return {c for index, item in enumerate(before) for c in changes(item, after[index], (*where, index))}
    if isinstance(before, dict) and isinstance(after, dict):
        found: set[tuple[Any, ...]] = set()
        for key in before.keys() | after.keys():
            if key not in before or key not in after:
                found.add((*where, key))
            else:
                found |= changes(before[key], after[key], (*where, key))
        return found
    return set() if before == after else {where}


def only_under(changed: set[tuple[Any, ...]], *nodes: tuple[Any, ...]) -> bool:
    """Every change is at or below one of ``nodes``, and each of them changed."""
    return all(any(c[: len(n)] == n for n in nodes) for c in changed) and all(
        any(c[: len(n)] == n for c in changed) for n in nodes
    )


def operation_where(spec: dict[str, Any], operation_id: str) -> tuple[str, str, str]:
    return next(("paths", p, m) for p, m, op in iter_operations(spec) if op["operationId"] == operation_id)


def media(spec: dict[str, Any], operation_id: str, status: str) -> tuple[Any, ...]:
    """Where the JSON schema of an operation's response is."""
    return (*operation_where(spec, operation_id), "responses", status, "content", "application/json", "schema")


def node_at(document: dict[str, Any], where: tuple[Any, ...]) -> Any:
    return functools.reduce(lambda node, key: node[key], where, document)


def client_drift(path: Path, answers: list[tuple[str, int, Any]]) -> Path:
    """Records as a running client writes them: its reader on each answer, its drift sink to ``path``, and one
    Requestor-ID refusal of get-documents."""
    sink = DriftSink(str(path))
    for operation, status, body in answers:
        for problem in read_answer(operation, httpx.Response(status, json=body)).problems:
            sink.add(Drift.of(operation, status, problem), time.time())
    refusal = requestor_refusal(403, b'{"message": "Requestor-ID is required"}')
    assert refusal is not None
    sink.add(Drift.of("get-documents", 403, refusal), time.time())
    sink.flush()
    return path


def document(*, without: tuple[str, ...] = (), **changed: Any) -> dict[str, Any]:
    """A Document as get-documents answers it, with ``changed`` fields and ``without`` some."""
    found = {
        "documentId": A_UUID,
        "size": 12,
        "status": "APPROVED",
        "createdOn": "2026-01-01T00:00:00Z",
        "modifiedOn": "2026-01-01T00:00:00Z",
        "name": "contract.pdf",
        "resourceId": A_UUID,
        "resourceType": "NATURAL_PERSON",
        "type": "KYC",
    }
    found.update(changed)
    return {key: value for key, value in found.items() if key not in without}

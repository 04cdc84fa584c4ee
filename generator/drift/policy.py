"""The Requestor-ID proposal: a ``requestor-refused`` record becomes an ``overrides`` entry with ``policy:
required`` appended to ``generator/requestor-policy.yaml``.

Appended there rather than written to a separate proposal file: every ``*.yaml`` in ``generator/fixes`` is applied
as an overlay (a policy file there would stop ``make generate``), and a file anywhere else is read by no step.
Appended, the entry is reviewed in the same ``git diff`` as the overlay, checked by the loader that reads it
(``PolicyRules``), and its effect shows in ``make requestor-policy`` and ``make spec-diff`` like any policy
change. The entry is inserted as text at the end of the ``overrides`` list, so the file's comments stay, and the
file is written only when it parses back to the old rules plus exactly the new entries.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import metadata, pipeline
from generator.drift.evidence import evidence
from generator.drift.locate import operations_by_id
from generator.drift.records import DriftRecord
from generator.errors import PipelineError
from generator.loading import load_mapping
from generator.requestor_policy import PolicyRules

POLICY_FILE = "requestor-policy.yaml"
"""In ``generator/``."""


@dataclass(frozen=True)
class PolicyEntry:
    """An ``overrides`` entry to append: this operation's Requestor-ID policy becomes required, for ``reason``."""

    operation_id: str
    reason: str

    def as_yaml(self) -> dict[str, str]:
        return {"operationId": self.operation_id, "policy": "required", "reason": self.reason}


def propose_policy(
    layout: pipeline.Layout, spec: dict[str, Any], bundled_sha256: str, records: Iterable[DriftRecord]
) -> tuple[list[PolicyEntry], list[tuple[DriftRecord, str]], list[DriftRecord]]:
    """For the ``requestor-refused`` records, with the policy each operation has today (``spec`` is the bundled
    spec, as the pipeline decides it): (overrides to append, records left alone with why, records already
    required)."""
    rules = PolicyRules.load(layout.generator_dir / POLICY_FILE)
    operations = operations_by_id(spec)
    by_operation: dict[str, list[DriftRecord]] = {}
    not_located: list[tuple[DriftRecord, str]] = []
    accepted: list[DriftRecord] = []
    for record in sorted(records, key=lambda r: r.key.order()):
        operation = operations.get(record.key.operation)
        if operation is None:
            not_located.append((record, f"the spec has no operation {record.key.operation}"))
            continue
        tags = tuple(operation.node.get("tags") or ["default"])
        declared = metadata.requestor_declaration(spec, operation.path, operation.node)
        decided = rules.decide(record.key.operation, operation.method.upper(), tags, declared)
        if decided.policy == "required":
            accepted.append(record)
        elif rules.overrides.find(record.key.operation, tags) is not None:
            not_located.append(
                (record, f"an override already sets {decided.policy} ({decided.reason}); decide by hand")
            )
        else:
            by_operation.setdefault(record.key.operation, []).append(record)
    entries = []
    for operation_id, mine in by_operation.items():
        operation = operations[operation_id]
        declared = metadata.requestor_declaration(spec, operation.path, operation.node)
        page = {
            "unknown": "replaces an inference (x-requestor-id-declaration: unknown; the page is cut before "
            "its parameters)",
            "absent": f"contradicts {operation.node.get('x-source-url')} (the page shows the complete "
            "parameter list without Requestor-ID)",
            "optional": f"contradicts {operation.node.get('x-source-url')} (the page declares Requestor-ID optional)",
        }.get(declared, "")
        statuses = ", ".join(sorted({r.key.observed for r in mine}))
        reason = " ".join(
            [
                f"the partner refused calls sent without Requestor-ID ({statuses});",
                *(line.removeprefix("evidence: ") + ";" for line in evidence(mine, bundled_sha256)),
                page,
                "(proposed by make spec-drift)",
            ]
        )
        entries.append(PolicyEntry(operation_id, reason))
    return entries, not_located, accepted


def policy_text(current: str, entries: Sequence[PolicyEntry]) -> str:
    """``current`` (requestor-policy.yaml) with ``entries`` appended to its ``overrides`` list."""
    lines = current.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"overrides:\s*(#.*)?$", line)), None)
    entry_lines = ["# proposed by `make spec-drift` from requestor-refused drift records: review\n"]
    for entry in entries:
        entry_lines.append(yaml.safe_dump([entry.as_yaml()], sort_keys=False, allow_unicode=True, width=110))
    block = "".join(entry_lines)
    if start is None:
        separator = "" if current.endswith("\n") or not current else "\n"
        return current + separator + "overrides:\n" + _indent(block, "  ")
    end, last, indent = start + 1, start, None
    while end < len(lines) and (not lines[end].strip() or lines[end][0] in " -"):
        if lines[end].strip():
            last = end
            bullet = re.match(r"( *)- ", lines[end])
            indent = bullet.group(1) if indent is None and bullet else indent
        end += 1
    return "".join([*lines[: last + 1], _indent(block, "  " if indent is None else indent), *lines[last + 1 :]])


def _indent(block: str, indent: str) -> str:
    return "".join(f"{indent}{line}" if line.strip() else line for line in block.splitlines(keepends=True))


def check_policy(path: Path, text: str, entries: Sequence[PolicyEntry], spec: dict[str, Any]) -> None:
    """Refuse an appended policy file that does not read back as the old rules plus exactly ``entries``, or that
    the pipeline would refuse (``pipeline.policy_rules``)."""
    before = load_mapping(path)
    with tempfile.TemporaryDirectory(prefix="wawex-policy-") as scratch:
        staged = pipeline.Layout(Path(scratch))
        staged.generator_dir.mkdir()
        (staged.generator_dir / POLICY_FILE).write_text(text, encoding="utf-8")
        after = load_mapping(staged.generator_dir / POLICY_FILE)
        pipeline.policy_rules(staged, spec)
    expected = {**before, "overrides": [*(before.get("overrides") or []), *(e.as_yaml() for e in entries)]}
    if after != expected:
        raise PipelineError("appending the proposed overrides would change other rules; add them by hand", file=path)

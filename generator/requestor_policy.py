"""The Requestor-ID policy of each operation, from the partner's declaration, its method and tags, and
the reviewed rules in ``generator/requestor-policy.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.errors import PipelineError
from generator.loading import load_mapping

Policy = Literal["required", "optional", "never"]
POLICIES: tuple[Policy, ...] = ("required", "optional", "never")
STATE_CHANGING = frozenset({"POST", "PUT", "PATCH", "DELETE"})


@dataclass(frozen=True)
class Rule:
    policy: Policy
    reason: str


@dataclass(frozen=True)
class PolicyRules:
    by_tag: dict[str, Rule]
    by_operation: dict[str, Rule]

    @classmethod
    def load(cls, path: Path) -> PolicyRules:
        data = load_mapping(path)
        by_tag = {entry["tag"]: _rule(entry, path) for entry in data.get("tags") or []}
        by_operation = {entry["operationId"]: _rule(entry, path) for entry in data.get("operations") or []}
        return cls(by_tag, by_operation)

    def check_known(self, operation_ids: set[str], tags: set[str], path: Path) -> None:
        """A rule for an operation or tag the spec does not have is stale: refuse it."""
        unknown = sorted(set(self.by_operation) - operation_ids) + sorted(set(self.by_tag) - tags)
        if unknown:
            raise PipelineError(f"rules for operations or tags not in the spec: {', '.join(unknown)}", file=path)

    def decide(self, operation_id: str, method: str, tags: tuple[str, ...], declared: str) -> Rule:
        if operation_id in self.by_operation:
            return self.by_operation[operation_id]
        for tag in tags:
            if tag in self.by_tag:
                return self.by_tag[tag]
        if declared == "required":
            return Rule("required", "the partner declares the header as required")
        if method in STATE_CHANGING:
            return Rule("required", "state-changing operation (the guide: all commands carry Requestor-ID)")
        if declared == "optional":
            return Rule("optional", "the partner declares the header as optional")
        return Rule("optional", f"read that does not declare the header (declaration: {declared})")


def _rule(entry: dict[str, str], path: Path) -> Rule:
    policy, reason = entry.get("policy"), str(entry.get("reason", "")).strip()
    if policy not in POLICIES:
        raise PipelineError(f"policy must be one of {', '.join(POLICIES)}: {entry}", file=path)
    if not reason:
        raise PipelineError(f"every rule needs a reason: {entry}", file=path)
    return Rule(policy, " ".join(reason.split()))

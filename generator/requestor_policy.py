"""The Requestor-ID policy of each operation: one rule, from the partner's declaration where its page
shows it and from the partner's guide where it does not (``generator/requestor-policy.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

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
class Selector:
    """Operations named by operationId or by tag, each entry with its rule."""

    by_operation: dict[str, Rule]
    by_tag: dict[str, Rule]

    def find(self, operation_id: str, tags: tuple[str, ...]) -> Rule | None:
        if operation_id in self.by_operation:
            return self.by_operation[operation_id]
        return next((self.by_tag[tag] for tag in tags if tag in self.by_tag), None)

    def names(self) -> tuple[set[str], set[str]]:
        return set(self.by_operation), set(self.by_tag)


@dataclass(frozen=True)
class PolicyRules:
    overrides: Selector
    exemptions: Selector

    @classmethod
    def load(cls, path: Path) -> PolicyRules:
        data = load_mapping(path)
        return cls(
            _selector(data.get("overrides") or [], path, default=None),
            _selector(data.get("guide_exemptions") or [], path, default="optional"),
        )

    def check_known(self, operation_ids: set[str], tags: set[str], path: Path) -> None:
        """A rule for an operation or tag the spec does not have is stale: refuse it."""
        unknown: list[str] = []
        for selector in (self.overrides, self.exemptions):
            named_operations, named_tags = selector.names()
            unknown += sorted(named_operations - operation_ids) + sorted(named_tags - tags)
        if unknown:
            raise PipelineError(f"rules for operations or tags not in the spec: {', '.join(unknown)}", file=path)

    def decide(self, operation_id: str, method: str, tags: tuple[str, ...], declared: str) -> Rule:
        override = self.overrides.find(operation_id, tags)
        if override is not None:
            return override
        if declared == "required":
            return Rule("required", "the partner's page declares the header as required")
        if declared == "optional":
            return Rule("optional", "the partner's page declares the header as optional")
        if declared == "absent":
            return Rule("optional", "the partner's page shows the complete parameter list without the header")
        exemption = self.exemptions.find(operation_id, tags)
        if exemption is not None:
            return Rule("optional", f"the page is cut before its parameters; the guide exempts it: {exemption.reason}")
        if method in STATE_CHANGING:
            return Rule("required", "the page is cut before its parameters; the guide: every command carries it")
        return Rule("optional", "the page is cut before its parameters; a read")


def _selector(entries: list[dict[str, Any]], path: Path, default: Policy | None) -> Selector:
    by_operation: dict[str, Rule] = {}
    by_tag: dict[str, Rule] = {}
    for entry in entries:
        policy, reason = entry.get("policy", default), " ".join(str(entry.get("reason", "")).split())
        if policy not in POLICIES:
            raise PipelineError(f"policy must be one of {', '.join(POLICIES)}: {entry}", file=path)
        if not reason:
            raise PipelineError(f"every rule needs a reason: {entry}", file=path)
        if bool(entry.get("operationId")) == bool(entry.get("tag")):
            raise PipelineError(f"name either an operationId or a tag: {entry}", file=path)
        target = by_operation if entry.get("operationId") else by_tag
        target[str(entry.get("operationId") or entry.get("tag"))] = Rule(policy, reason)
    return Selector(by_operation, by_tag)

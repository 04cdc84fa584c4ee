"""What changed between two versions of the client, and whether it breaks a user of it.

Every change the diff reports comes from one rule below. The classification follows oasdiff's
breaking-change checks (the rule ids are oasdiff's where it has one) from the point of view of a user
of this generated, strictly typed client; where that user is affected differently from oasdiff's
"any client", the rule says why:

- a removed request property or query parameter: oasdiff WARN; here breaking, because the generated
  model or function no longer accepts the keyword;
- a removed optional response property: oasdiff WARN; here breaking, because the attribute is gone
  from the generated model;
- a response enum value added: oasdiff WARN; here not breaking: every generated enum is open
  (``Literal[...] | UnknownValue``), so a client generated before the value existed reads it as an
  ``UnknownValue`` and records it as drift instead of refusing the answer (griffe sees the alias's value
  change; that is left to these rules, see ``spec_diff._python``);
- an operation renamed or moved to another tag: oasdiff INFO (operationId and tags are documentation
  to it); here breaking, because the Python module users import is named after them;
- a path parameter renamed: oasdiff sees the same endpoint; here breaking, because the Python keyword
  argument is named after it;
- griffe reports an operation module's callable attribute becoming a function (or back) as a changed
  kind; calling it is unaffected (the wrappers were always callables), so it is not breaking here;
- a type change is judged by the Python type it generates: a string gaining ``format: uuid`` becomes a
  ``UUID`` (breaking), a number gaining ``format: decimal`` stays a ``float`` (compatible).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Section = Literal["operations", "parameters", "request", "response", "requestor-id", "python"]
SECTIONS: tuple[Section, ...] = ("operations", "parameters", "request", "response", "requestor-id", "python")
SECTION_TITLES = {
    "operations": "Operations",
    "parameters": "Parameters",
    "request": "Request bodies",
    "response": "Responses",
    "requestor-id": "Requestor-ID",
    "python": "Python surface (griffe)",
}


@dataclass(frozen=True)
class Rule:
    id: str
    section: Section
    breaking: bool
    oasdiff: str  # oasdiff's level for its rule of the same id ("ERR", "WARN", "INFO"), or "-" when it has none
    title: str


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule("endpoint-added", "operations", False, "INFO", "operation added"),
        Rule("api-removed", "operations", True, "ERR", "operation removed"),
        Rule("endpoint-deprecated", "operations", False, "INFO", "operation deprecated"),
        Rule("endpoint-reactivated", "operations", False, "INFO", "operation no longer deprecated"),
        Rule("api-operation-id-changed", "operations", True, "INFO", "operation renamed (operationId)"),
        Rule("api-tag-changed", "operations", True, "INFO", "operation moved to another tag"),
        Rule("api-path-changed", "operations", False, "-", "operation moved to another path"),
        Rule("request-path-parameter-renamed", "parameters", True, "-", "path parameter renamed"),
        Rule("new-required-request-parameter", "parameters", True, "ERR", "required parameter added"),
        Rule("new-optional-request-parameter", "parameters", False, "INFO", "optional parameter added"),
        Rule("request-parameter-removed", "parameters", True, "WARN", "parameter removed"),
        Rule("request-parameter-became-required", "parameters", True, "ERR", "parameter became required"),
        Rule("request-parameter-became-optional", "parameters", False, "INFO", "parameter became optional"),
        Rule("request-parameter-type-changed", "parameters", True, "ERR", "parameter type changed"),
        Rule("request-parameter-type-generalized", "parameters", False, "INFO", "parameter type generalized"),
        Rule(
            "request-parameter-type-compatible", "parameters", False, "-", "parameter format changed, same Python type"
        ),
        Rule("request-parameter-default-value-changed", "parameters", True, "ERR", "parameter default changed"),
        Rule("request-parameter-became-enum", "parameters", True, "ERR", "parameter became an enum"),
        Rule("request-parameter-enum-value-added", "parameters", False, "INFO", "parameter enum value added"),
        Rule("request-parameter-enum-value-removed", "parameters", True, "ERR", "parameter enum value removed"),
        Rule("added-required-request-body", "request", True, "ERR", "required request body added"),
        Rule("added-optional-request-body", "request", False, "INFO", "optional request body added"),
        Rule("request-body-removed", "request", True, "ERR", "request body removed"),
        Rule("request-body-became-required", "request", True, "ERR", "request body became required"),
        Rule("request-body-became-optional", "request", False, "INFO", "request body became optional"),
        Rule("new-required-request-property", "request", True, "ERR", "required request property added"),
        Rule("new-optional-request-property", "request", False, "INFO", "optional request property added"),
        Rule("request-property-removed", "request", True, "WARN", "request property removed"),
        Rule("request-property-became-required", "request", True, "ERR", "request property became required"),
        Rule("request-property-became-optional", "request", False, "INFO", "request property became optional"),
        Rule("request-property-type-changed", "request", True, "ERR", "request property type changed"),
        Rule("request-property-type-generalized", "request", False, "INFO", "request property type generalized"),
        Rule("request-property-type-compatible", "request", False, "INFO", "request format changed, same Python type"),
        Rule("request-property-became-enum", "request", True, "ERR", "request property became an enum"),
        Rule("request-property-enum-value-added", "request", False, "INFO", "request enum value added"),
        Rule("request-property-enum-value-removed", "request", True, "ERR", "request enum value removed"),
        Rule("request-schema-renamed", "request", True, "-", "request model renamed"),
        Rule("response-success-status-added", "response", False, "INFO", "success status added"),
        Rule("response-success-status-removed", "response", True, "ERR", "success status removed"),
        Rule("response-non-success-status-added", "response", False, "INFO", "error status added"),
        Rule("response-non-success-status-removed", "response", False, "INFO", "error status removed"),
        Rule("response-media-type-removed", "response", True, "ERR", "response media type removed"),
        Rule("response-property-added", "response", False, "INFO", "response property added"),
        Rule("response-required-property-removed", "response", True, "ERR", "required response property removed"),
        Rule("response-optional-property-removed", "response", True, "WARN", "optional response property removed"),
        Rule("response-property-became-optional", "response", True, "ERR", "response property became optional"),
        Rule("response-property-became-required", "response", False, "INFO", "response property became required"),
        Rule("response-property-type-changed", "response", True, "ERR", "response property type changed"),
        Rule("response-property-type-specialized", "response", False, "INFO", "response property type specialized"),
        Rule(
            "response-property-type-compatible", "response", False, "INFO", "response format changed, same Python type"
        ),
        Rule("response-property-became-enum", "response", True, "-", "response property became an enum"),
        Rule("response-property-enum-value-added", "response", False, "WARN", "response enum value added"),
        Rule("response-property-enum-value-removed", "response", False, "INFO", "response enum value removed"),
        Rule("response-schema-renamed", "response", True, "-", "response model renamed"),
        Rule("requestor-id-became-required", "requestor-id", True, "ERR", "the partner now requires Requestor-ID"),
        Rule("requestor-id-declaration-changed", "requestor-id", False, "INFO", "Requestor-ID declaration changed"),
        Rule("requestor-policy-became-required", "requestor-id", True, "-", "client now requires a requestor"),
        Rule("requestor-policy-relaxed", "requestor-id", False, "-", "client no longer requires a requestor"),
        Rule("requestor-policy-changed", "requestor-id", False, "-", "Requestor-ID policy changed"),
        Rule("python-breaking", "python", True, "-", "breaking change in the Python surface"),
        Rule("python-callable-kind-changed", "python", False, "-", "an operation function's kind changed, calls not"),
    )
}


@dataclass(frozen=True)
class Change:
    rule: str
    subject: str  # what CHANGELOG's Breaking section must name: an operationId, a schema, a Python path
    detail: str  # one readable sentence
    where: str = ""  # the operations it concerns, e.g. "GET /wawex/orders/{orderId}"

    @property
    def breaking(self) -> bool:
        return RULES[self.rule].breaking

    @property
    def section(self) -> Section:
        return RULES[self.rule].section

    def as_dict(self) -> dict[str, Any]:
        rule = RULES[self.rule]
        return {**asdict(self), "breaking": rule.breaking, "section": rule.section, "oasdiff_level": rule.oasdiff}


def change(rule: str, subject: str, detail: str, where: str = "") -> Change:
    if rule not in RULES:
        raise KeyError(f"unknown change rule {rule!r}")
    return Change(rule, subject, detail, where)


def merge(changes: list[Change]) -> list[Change]:
    """One entry per (rule, subject, detail): a schema change seen through several operations lists them all."""
    merged: dict[tuple[str, str, str], set[str]] = {}
    for item in changes:
        merged.setdefault((item.rule, item.subject, item.detail), set()).update(filter(None, item.where.split("; ")))
    return sorted(
        (Change(rule, subject, detail, "; ".join(sorted(where))) for (rule, subject, detail), where in merged.items()),
        key=lambda c: (SECTIONS.index(c.section), not c.breaking, c.subject, c.rule, c.detail),
    )

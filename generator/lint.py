"""Mechanical checks of the conventions in ``openapi/README.md`` for one partner document."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from generator.errors import PipelineError
from generator.loading import load_mapping
from generator.spec_tree import iter_nodes, iter_operations, iter_refs, resolve_local

REQUESTOR_PARAMETER = {
    "name": "Requestor-ID",
    "in": "header",
    "description": "Unique requestor identification in UUID format",
    "required": True,
    "schema": {"type": "string", "format": "uuid"},
}
REQUESTOR_REF = "#/components/parameters/requestorId"
SOURCE_HOSTS = ("https://docs.tradevest.ai/", "https://docs.wawex.ai/")
RENDERINGS = (
    "newest layout (second capture)",
    "markdown export (second capture)",
    "collapsed rendering (second capture)",
    "HTML text rendering (second capture)",
    "release notes v.2.4.0 (second capture)",
)
NOTES = ("x-older-rendering", "x-schema-inferred", "x-partial-reason", "x-event-type-inferred")


def lint_document(spec: dict[str, Any]) -> list[str]:
    """Return one line per convention the document breaks (empty when it follows them all)."""
    problems: list[str] = []
    if spec.get("openapi") != "3.0.1":
        problems.append("openapi must be '3.0.1'")
    info = spec.get("info") or {}
    if not info.get("title") or not info.get("version"):
        problems.append("info.title and info.version are required")
    declared_tags = {tag.get("name") for tag in spec.get("tags") or [] if isinstance(tag, dict)}
    seen_ids: dict[str, str] = {}

    for path, method, operation in iter_operations(spec):
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId")
        if not operation_id:
            problems.append(f"{where}: operationId is missing")
        elif operation_id in seen_ids:
            problems.append(f"{where}: operationId {operation_id!r} also used by {seen_ids[operation_id]}")
        else:
            seen_ids[operation_id] = where
        tags = operation.get("tags") or []
        if not tags:
            problems.append(f"{where}: tags are missing")
        problems.extend(
            f"{where}: tag {tag!r} is not declared at the top level" for tag in tags if tag not in declared_tags
        )
        if not operation.get("summary"):
            problems.append(f"{where}: summary is missing")
        if not str(operation.get("x-source-url", "")).startswith(SOURCE_HOSTS):
            problems.append(f"{where}: x-source-url must be the partner page the operation came from")
        problems.extend(_requestor_problems(where, path, spec, operation))

    for item in spec.get("x-undocumented-operations") or []:
        missing = [key for key in ("method", "summary", "x-source-url", "reason") if not item.get(key)]
        if missing:
            problems.append(f"x-undocumented-operations item {item.get('summary')!r} lacks {', '.join(missing)}")
    # Callbacks a page names without their path (a document of callbacks, see generator/bundle.yaml) are listed,
    # not modelled, like x-undocumented-operations: the checks of operations above do not reach them.
    for item in spec.get("x-callbacks-not-shown") or []:
        missing = [key for key in ("title", "method", "x-source-url", "reason") if not item.get(key)]
        if missing:
            problems.append(f"x-callbacks-not-shown item {item.get('title')!r} lacks {', '.join(missing)}")

    for pointer, node in iter_nodes(spec):
        if node.get("x-partial") is True and not node.get("x-partial-reason"):
            problems.append(f"{pointer}: x-partial without x-partial-reason")
        if "x-rendering" in node and node["x-rendering"] not in RENDERINGS:
            problems.append(f"{pointer}: x-rendering must be one of {', '.join(RENDERINGS)}")
        problems.extend(
            f"{pointer}: {note} must say what it notes"
            for note in NOTES
            if note in node and not str(node[note]).strip()
        )
    for pointer, ref in iter_refs(spec):
        try:
            resolve_local(spec, ref)
        except KeyError:
            problems.append(f"{pointer}: $ref {ref!r} does not resolve inside this document")

    problems.extend(
        f"reference cycle {' -> '.join(cycle)}: each of these is only a reference to (or a composition of) the "
        "next, so none describes a value; recursion is allowed through properties, items or additionalProperties"
        for cycle in reference_cycles(spec)
    )

    declared = ((spec.get("components") or {}).get("parameters") or {}).get("requestorId")
    if declared is not None and declared != REQUESTOR_PARAMETER:
        problems.append("components.parameters.requestorId differs from the partner's declaration")
    return problems


_COMPOSITION = ("allOf", "oneOf", "anyOf")


def reference_cycles(spec: dict[str, Any]) -> list[list[str]]:
    """Cycles among components that pass only through aliases (``$ref``) and compositions (allOf/oneOf/anyOf).

    Such a cycle defines nothing (A is B is A) and sends validators into endless recursion. A cycle through
    a property, an array's items or additionalProperties is an ordinary recursive type and is not reported.
    """
    components = spec.get("components") or {}
    nodes = {
        f"#/components/{section}/{name}": definition
        for section, defined in components.items()
        if isinstance(defined, dict)
        for name, definition in defined.items()
    }
    edges = {pointer: _identity_refs(definition) for pointer, definition in nodes.items()}
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(pointer: str, trail: list[str]) -> None:
        if pointer in trail:
            cycle = [*trail[trail.index(pointer) :], pointer]
            if pointer not in done:
                cycles.append([step.rsplit("/", 1)[-1] for step in cycle])
            return
        if pointer in done or pointer not in edges:
            return
        for target in edges[pointer]:
            visit(target, [*trail, pointer])
        done.add(pointer)

    for pointer in sorted(edges):
        visit(pointer, [])
    return cycles


def _identity_refs(node: Any) -> list[str]:
    """References a schema is made of (itself an alias, or composed of), not those of its properties."""
    if not isinstance(node, dict):
        return []
    found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
    for keyword in _COMPOSITION:
        for part in node.get(keyword) or []:
            found += _identity_refs(part)
    return found


def _requestor_problems(where: str, path: str, spec: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    path_parameters = (spec.get("paths") or {}).get(path, {}).get("parameters") or []
    parameters = [*path_parameters, *(operation.get("parameters") or [])]
    references = sum(1 for p in parameters if isinstance(p, dict) and p.get("$ref") == REQUESTOR_REF)
    inline = [p for p in parameters if isinstance(p, dict) and str(p.get("name", "")).lower() == "requestor-id"]
    if inline:
        problems.append(f"{where}: Requestor-ID must reference {REQUESTOR_REF}, not be declared inline")
    if references > 1:
        problems.append(f"{where}: Requestor-ID referenced more than once")
    declaration = operation.get("x-requestor-id-declaration")
    if declaration is not None and declaration != "unknown":
        problems.append(f"{where}: x-requestor-id-declaration may only be 'unknown'")
    if declaration == "unknown" and references:
        problems.append(f"{where}: declares Requestor-ID and marks the declaration unknown")
    return problems


def main(argv: list[str]) -> int:
    failed = False
    for name in argv:
        try:
            problems = lint_document(load_mapping(Path(name)))
        except PipelineError as exc:
            problems = [exc.problem]
        for problem in problems:
            print(f"{name}: {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

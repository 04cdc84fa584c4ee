"""``make spec-diff``: what changed between two versions of the client, operation by operation.

Operations are matched by method and path with parameter names ignored (so a renamed path parameter
is a rename, not a removal plus an addition), then by operationId (an operation whose path moved).
For each pair: names, tags, deprecation, parameters, the Requestor-ID declaration and policy, the
request body and every success response. The Python surface is compared by griffe
(``generator.surface``).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from generator import metadata, surface
from generator.changes import Change, change, merge
from generator.schema_diff import SchemaDiff, resolve
from generator.snapshot import Snapshot
from generator.spec_tree import iter_operations

REQUESTOR_HEADER = "requestor-id"
_PATH_PARAMETER = re.compile(r"\{([^}]*)\}")


def diff(old: Snapshot, new: Snapshot) -> list[Change]:
    if old.fixed is not None and new.fixed is not None:
        # both say what their client was generated from: compare that, fixes included (make spec-drift's above all)
        old, new = dataclasses.replace(old, spec=old.fixed), dataclasses.replace(new, spec=new.fixed)
    changes = _operations(old, new)
    changes += _python(old, new)
    return merge(changes)


def overlay_module(facts: dict[str, Any]) -> str:
    """Where users import an operation from, given its recorded metadata."""
    return metadata.overlay_module(str(facts["module"]))


def _shape(path: str) -> str:
    return _PATH_PARAMETER.sub("{}", path)


def _operations(old: Snapshot, new: Snapshot) -> list[Change]:
    old_ops = {(m.upper(), _shape(p)): (p, op) for p, m, op in iter_operations(old.spec)}
    new_ops = {(m.upper(), _shape(p)): (p, op) for p, m, op in iter_operations(new.spec)}
    pairs = [(key, key) for key in old_ops if key in new_ops]
    new_by_id = {op["operationId"]: key for key, (_, op) in new_ops.items() if key not in old_ops}
    for key, (_, op) in old_ops.items():
        moved = new_by_id.get(op["operationId"]) if key not in new_ops else None
        if moved is not None:
            pairs.append((key, moved))
    paired_old, paired_new = {a for a, _ in pairs}, {b for _, b in pairs}
    changes: list[Change] = []
    for key, (path, op) in old_ops.items():
        if key not in paired_old:
            was = " (it was deprecated)" if op.get("deprecated") else ""
            module = old.policy.get(op["operationId"])
            detail = f"{key[0]} {path} removed{was}" + (f"; `{overlay_module(module)}` is gone" if module else "")
            changes.append(change("api-removed", op["operationId"], detail, f"{key[0]} {path}"))
    for key, (path, op) in new_ops.items():
        if key not in paired_new:
            module = new.policy.get(op["operationId"])
            detail = f"{key[0]} {path}: {op.get('summary', '')}" + (f" (`{overlay_module(module)}`)" if module else "")
            changes.append(change("endpoint-added", op["operationId"], detail, f"{key[0]} {path}"))
    for old_key, new_key in pairs:
        changes += _operation(old, new, old_key[0], old_ops[old_key], new_ops[new_key])
    return changes


def _operation(
    old: Snapshot, new: Snapshot, method: str, old_entry: tuple[str, Any], new_entry: tuple[str, Any]
) -> list[Change]:
    (old_path, old_op), (new_path, new_op) = old_entry, new_entry
    old_id, new_id = old_op["operationId"], new_op["operationId"]
    where = f"{method} {new_path}"
    out: list[Change] = []
    old_facts, new_facts = old.policy.get(old_id, {}), new.policy.get(new_id, {})
    if old_id != new_id:
        imports = (
            f" (`{overlay_module(old_facts)}` -> `{overlay_module(new_facts)}`)" if old_facts and new_facts else ""
        )
        out.append(change("api-operation-id-changed", old_id, f"`{old_id}` is now `{new_id}`{imports}", where))
    elif old_facts and new_facts and old_facts["module"] != new_facts["module"]:
        imports = f"`{overlay_module(old_facts)}` -> `{overlay_module(new_facts)}`"
        moved = f"tag {old_op.get('tags')} -> {new_op.get('tags')}: {imports}"
        out.append(change("api-tag-changed", old_id, moved, where))
    if _shape(old_path) != _shape(new_path):
        out.append(change("api-path-changed", new_id, f"{method} {old_path} -> {method} {new_path}", where))
    if bool(old_op.get("deprecated")) != bool(new_op.get("deprecated")):
        rule = "endpoint-deprecated" if new_op.get("deprecated") else "endpoint-reactivated"
        out.append(change(rule, new_id, f"{method} {new_path}", where))
    out += _parameters(old, new, new_id, where, (old_path, old_op), (new_path, new_op))
    out += _requestor(new_id, where, old_facts, new_facts)
    out += _request_body(old, new, new_id, where, old_op, new_op)
    out += _responses(old, new, new_id, where, old_op, new_op)
    return out


def _parameters(
    old: Snapshot, new: Snapshot, subject: str, where: str, old_entry: tuple[str, Any], new_entry: tuple[str, Any]
) -> list[Change]:
    out: list[Change] = []
    old_names, new_names = _PATH_PARAMETER.findall(old_entry[0]), _PATH_PARAMETER.findall(new_entry[0])
    renamed = dict(zip(old_names, new_names, strict=False))
    for before, after in renamed.items():
        if before != after:
            out.append(
                change("request-path-parameter-renamed", subject, f"path parameter `{before}` -> `{after}`", where)
            )
    old_params, new_params = _params(old.spec, old_entry), _params(new.spec, new_entry)
    walk = SchemaDiff(old.spec, new.spec, "request", where, out)
    for key, before in old_params.items():
        after = new_params.get(key) or (new_params.get(("path", renamed.get(key[1], ""))) if key[0] == "path" else None)
        label = f"{key[0]} parameter `{key[1]}`"
        if after is None:
            out.append(change("request-parameter-removed", subject, f"{label} removed", where))
            continue
        if bool(before.get("required")) != bool(after.get("required")):
            became = "required" if after.get("required") else "optional"
            out.append(change(f"request-parameter-became-{became}", subject, f"{label} became {became}", where))
        old_schema, new_schema = resolve(old.spec, before.get("schema"))[1], resolve(new.spec, after.get("schema"))[1]
        if "default" in old_schema and "default" in new_schema and old_schema["default"] != new_schema["default"]:
            detail = f"{label}: default {old_schema['default']!r} -> {new_schema['default']!r}"
            out.append(change("request-parameter-default-value-changed", subject, detail, where))
        walk.scalar(old_schema, new_schema, subject, f"{key[1]} ({key[0]})", "parameter")
    known = set(old_params) | {("path", name) for name in renamed.values()}
    for key, after in new_params.items():
        if key not in known:
            required = bool(after.get("required"))
            rule = "new-required-request-parameter" if required else "new-optional-request-parameter"
            shown = f"{key[0]} parameter `{key[1]}` added" + (" (required)" if required else "")
            out.append(change(rule, subject, shown, where))
    return out


def _params(spec: dict[str, Any], entry: tuple[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    """(in, name) -> parameter, path-level ones included, Requestor-ID left out (``_requestor`` has it)."""
    path, operation = entry
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for parameter in [*(spec["paths"][path].get("parameters") or []), *(operation.get("parameters") or [])]:
        _, resolved = resolve(spec, parameter)
        name, where = str(resolved.get("name", "")), str(resolved.get("in", ""))
        if not (where == "header" and name.lower() == REQUESTOR_HEADER):
            found[(where, name)] = resolved
    return found


def _requestor(subject: str, where: str, old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    if not old or not new:
        return []
    out: list[Change] = []
    declared_before, declared_after = old.get("requestor_id"), new.get("requestor_id")
    policy = f"client policy {old.get('requestor_policy')} -> {new.get('requestor_policy')}"
    if declared_before != declared_after:
        rule = "requestor-id-became-required" if declared_after == "required" else "requestor-id-declaration-changed"
        detail = f"the partner's page: {declared_before} -> {declared_after} ({policy})"
        out.append(change(rule, subject, detail, where))
    before, after = old.get("requestor_policy"), new.get("requestor_policy")
    if before != after:
        rule = (
            "requestor-policy-became-required"
            if after == "required"
            else "requestor-policy-relaxed"
            if before == "required"
            else "requestor-policy-changed"
        )
        out.append(change(rule, subject, f"{before} -> {after}: {new.get('requestor_policy_reason')}", where))
    return out


def _json_schema(content: dict[str, Any] | None) -> tuple[set[str], Any]:
    content = content or {}
    media = next((m for m in content if "json" in m), None)
    return set(content), (content[media].get("schema") if media else None)


def _request_body(
    old: Snapshot, new: Snapshot, subject: str, where: str, old_op: dict[str, Any], new_op: dict[str, Any]
) -> list[Change]:
    out: list[Change] = []
    _, before = resolve(old.spec, old_op.get("requestBody")) if "requestBody" in old_op else (None, None)
    _, after = resolve(new.spec, new_op.get("requestBody")) if "requestBody" in new_op else (None, None)
    if before is None and after is None:
        return out
    if after is None:
        return [change("request-body-removed", subject, "request body removed", where)]
    if before is None:
        rule = "added-required-request-body" if after.get("required") else "added-optional-request-body"
        return [change(rule, subject, "request body added", where)]
    if bool(before.get("required")) != bool(after.get("required")):
        became = "required" if after.get("required") else "optional"
        out.append(change(f"request-body-became-{became}", subject, f"request body became {became}", where))
    (_, old_schema), (_, new_schema) = _json_schema(before.get("content")), _json_schema(after.get("content"))
    if old_schema is not None and new_schema is not None:
        SchemaDiff(old.spec, new.spec, "request", where, out).compare(old_schema, new_schema, subject, "request body")
    return out


def _responses(
    old: Snapshot, new: Snapshot, subject: str, where: str, old_op: dict[str, Any], new_op: dict[str, Any]
) -> list[Change]:
    out: list[Change] = []
    old_responses, new_responses = old_op.get("responses") or {}, new_op.get("responses") or {}
    walk = SchemaDiff(old.spec, new.spec, "response", where, out)
    for status in sorted(set(old_responses) | set(new_responses)):
        success = status.startswith("2")
        kind = "success" if success else "non-success"
        if status not in new_responses:
            out.append(change(f"response-{kind}-status-removed", subject, f"status {status} removed", where))
        elif status not in old_responses:
            out.append(change(f"response-{kind}-status-added", subject, f"status {status} added", where))
        elif success:
            old_media, old_schema = _json_schema(resolve(old.spec, old_responses[status])[1].get("content"))
            new_media, new_schema = _json_schema(resolve(new.spec, new_responses[status])[1].get("content"))
            for media in sorted(old_media - new_media):
                out.append(change("response-media-type-removed", subject, f"status {status}: {media} removed", where))
            if old_schema is not None and new_schema is not None:
                walk.compare(old_schema, new_schema, subject, f"response {status}")
    return out


def _python(old: Snapshot, new: Snapshot) -> list[Change]:
    """griffe's breakages, one line per object and kind (the four functions of an operation together),
    each under the operation or model a person would name in CHANGELOG."""
    by_module = {
        module: operation_id
        for policy in (new.policy, old.policy)
        for operation_id, facts in policy.items()
        for module in (str(facts["module"]), overlay_module(facts))
    }
    grouped: dict[tuple[str, str, str], list[str]] = {}
    for breakage in surface.breakages(old.surface, new.surface):
        parent, _, name = breakage.path.rpartition(".")
        if breakage.kind == "ATTRIBUTE_CHANGED_VALUE" and _is_enum_module(old.surface, parent):
            continue  # an enum's values: the spec's enum rules judge each value added or removed, by direction
        owner, member = (breakage.path, "") if breakage.path in by_module or parent not in by_module else (parent, name)
        subject = by_module.get(owner) or _model_subject(old.surface, breakage.path)
        grouped.setdefault((subject, owner, breakage.explanation), []).append(member)
    out = []
    for (subject, owner, explanation), members in grouped.items():
        named = sorted(filter(None, members))
        target = f"{owner}.{{{', '.join(named)}}}" if len(named) > 1 else f"{owner}.{named[0]}" if named else owner
        callable_kind = explanation.endswith(_CALLABLE_KINDS) and owner.startswith("wawex_partner_api.operations.")
        rule = "python-callable-kind-changed" if callable_kind else "python-breaking"
        out.append(change(rule, subject, f"`{target}`: {explanation}"))
    return out


_CALLABLE_KINDS = ("attribute -> function", "function -> attribute")


def _is_enum_module(old_surface: dict[str, Any], module_path: str) -> bool:
    """A generated enum module: it has the ``check_<module>`` function the enum template writes."""
    node: dict[str, Any] | None = {"members": old_surface}
    for part in module_path.split("."):
        node = (node or {}).get("members", {}).get(part)
    members = (node or {}).get("members") or {}
    return f"check_{module_path.rsplit('.', 1)[-1]}" in members


def _model_subject(old_surface: dict[str, Any], path: str) -> str:
    """A generated model's class name (what a person writes in CHANGELOG), or the path itself."""
    parts = path.split(".")
    if parts[:2] != ["wawex_partner_api_client", "models"] or len(parts) < 3:
        return path
    if len(parts) >= 4:
        return parts[3]
    module = old_surface["wawex_partner_api_client"]["members"]["models"]["members"].get(parts[2], {})
    classes = [name for name, member in (module.get("members") or {}).items() if member.get("kind") == "class"]
    return classes[0] if classes else path

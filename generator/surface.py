"""The public Python surface of the generated code, as griffe sees it, and its breaking changes.

The surface is what ``make generate`` writes that users import: the generated package
(``wawex_partner_api_client``) and the overlay's operation modules (``wawex_partner_api.operations``).
It is loaded statically by griffe, reduced to what an API consists of (no docstrings, file paths,
line numbers or imports), and stored in release records as griffe's own JSON, which griffe reads back
for its API-breakage checks (``griffe.find_breaking_changes``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import griffe

# package -> the directory (relative to a project root) it is loaded from, and the member that is surface
PACKAGES = {
    "wawex_partner_api_client": ("generated_client", None),
    "wawex_partner_api": ("overlay", "operations"),
}
_DROPPED = ("docstring", "filepath", "relative_filepath", "relative_package_filepath", "git_info", "source_link")


def dump(root: Path) -> dict[str, Any]:
    """The surface of the tree at ``root``: griffe JSON per package, reduced to the API."""
    surface: dict[str, Any] = {}
    for package, (directory, member) in PACKAGES.items():
        loaded = griffe.load(
            package,
            search_paths=[str(root / directory)],
            docstring_parser=None,
            resolve_aliases=False,
            allow_inspection=False,
        )
        target = loaded if member is None else loaded[member]
        surface[target.path] = _reduce(json.loads(target.as_json(full=False)))
    return surface


def digest(surface: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(surface, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _reduce(node: Any) -> Any:
    """Drop what is not API; re-exports (aliases) go too: each object is compared where it is defined."""
    if isinstance(node, list):
        return [_reduce(item) for item in node]
    if not isinstance(node, dict):
        return node
    reduced = {key: _reduce(value) for key, value in node.items() if key not in (*_DROPPED, "imports")}
    for key in ("lineno", "endlineno"):
        if key in reduced:
            reduced[key] = None  # griffe's decoder wants the keys; their values would make every edit a change
    if isinstance(reduced.get("members"), dict):
        reduced["members"] = {k: v for k, v in reduced["members"].items() if v.get("kind") != "alias"}
    return reduced


@dataclass(frozen=True)
class Breakage:
    """One breaking change griffe finds between two surfaces."""

    kind: str  # griffe's BreakageKind name, e.g. PARAMETER_REMOVED
    path: str  # the object it concerns, e.g. wawex_partner_api_client.api.orders.get_order.sync
    explanation: str  # griffe's one-line explanation, without the file position


def breakages(old: dict[str, Any], new: dict[str, Any]) -> list[Breakage]:
    found: set[Breakage] = set()
    for package, old_dump in old.items():
        if package not in new:
            found.add(Breakage("OBJECT_REMOVED", package, "Public object was removed"))
            continue
        for breakage in griffe.find_breaking_changes(_load(package, old_dump), _load(package, new[package])):
            found.add(Breakage(breakage.kind.name, breakage.obj.path, _explain(breakage)))
    return sorted(found, key=lambda b: (b.path, b.kind, b.explanation))


def _explain(breakage: griffe.Breakage) -> str:
    """griffe's words for the kind, with the parameter and the values it concerns (its own ``explain``
    wants source files, which stored surfaces do not have)."""
    kind, old, new = breakage.kind, breakage.old_value, breakage.new_value
    if kind.name.startswith("PARAMETER_"):
        name = getattr(old, "name", None) or getattr(new, "name", None)
        change = {
            "PARAMETER_CHANGED_DEFAULT": lambda: f"{getattr(old, 'default', None)} -> {getattr(new, 'default', None)}",
            "PARAMETER_CHANGED_KIND": lambda: f"{old.kind.value} -> {new.kind.value}",
        }.get(kind.name, lambda: "")()
        return f"{kind.value}: `{name}`" + (f" ({change})" if change else "")
    if kind.name in {"RETURN_CHANGED_TYPE", "ATTRIBUTE_CHANGED_TYPE", "OBJECT_CHANGED_KIND", "CLASS_REMOVED_BASE"}:
        return f"{kind.value}: {getattr(old, 'value', old)} -> {getattr(new, 'value', new)}"
    return str(kind.value)


def modules(surface: dict[str, Any]) -> set[str]:
    """Dotted paths of every module in the surface."""
    return {path for package, node in surface.items() for path in _walk_modules(node, package)}


def _walk_modules(node: dict[str, Any], path: str) -> Iterator[str]:
    yield path
    for name, member in (node.get("members") or {}).items():
        if member.get("kind") == "module":
            yield from _walk_modules(member, f"{path}.{name}")


def _load(path: str, surface: dict[str, Any]) -> Any:
    """Griffe objects from a stored surface, placed under their parent packages so paths are dotted."""
    module = json.loads(json.dumps(surface), object_hook=griffe.json_decoder)
    for part in reversed(path.split(".")[:-1]):
        parent = griffe.Module(part)
        parent.set_member(module.name, module)
        module = parent
    return module.get_member(path.split(".", 1)[1]) if "." in path else module

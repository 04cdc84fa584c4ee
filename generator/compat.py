"""``generator/compat.yaml``: old spellings kept working after the partner renamed something.

Two kinds of entry, each with a reason, the first version with the new spelling (``since``) and the
first version without the old one (``removed_in``):

- ``operations``: an operation whose import path changed (new operationId or tag); a module at the old
  path serves the new one's functions with a DeprecationWarning;
- ``parameters``: a keyword argument renamed (e.g. the path parameter ``id`` -> ``order_id``); the
  operation's functions accept the old keyword with a DeprecationWarning.

Once ``package_version`` reaches an entry's ``removed_in``, the old spelling is no longer generated (its
removal is a breaking change of that release, which ``make spec-diff`` reports and its CHANGELOG names)
and ``make generate`` says the entry can be deleted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.errors import PipelineError
from generator.loading import load_mapping
from generator.manifest import version_key

OPERATIONS_PACKAGE = "wawex_partner_api.operations"


@dataclass(frozen=True)
class MovedOperation:
    old_module: str  # e.g. wawex_partner_api.operations.orders.get_an_order
    operation_id: str  # where it lives now
    since: str
    removed_in: str
    reason: str


@dataclass(frozen=True)
class RenamedParameter:
    operation_id: str
    old: str  # Python keyword names
    new: str
    since: str
    removed_in: str
    reason: str


@dataclass(frozen=True)
class Compat:
    moved: list[MovedOperation]
    renamed: list[RenamedParameter]
    expired: list[str]  # entries whose removed_in this version has reached, for a reminder to delete them

    @classmethod
    def load(cls, path: Path, package_version: str, operation_ids: set[str]) -> Compat:
        data = load_mapping(path) if path.exists() else {}
        moved: list[MovedOperation] = []
        renamed: list[RenamedParameter] = []
        expired: list[str] = []
        for entry in data.get("operations") or []:
            _check(entry, ("old_module", "operationId", "since", "removed_in", "reason"), path)
            if _expired(entry, package_version):
                expired.append(str(entry["old_module"]))
                continue
            if not str(entry["old_module"]).startswith(f"{OPERATIONS_PACKAGE}."):
                raise PipelineError(f"old_module must be a module of {OPERATIONS_PACKAGE}: {entry}", file=path)
            moved.append(
                MovedOperation(
                    entry["old_module"], entry["operationId"], str(entry["since"]), entry["removed_in"], entry["reason"]
                )
            )
        for entry in data.get("parameters") or []:
            _check(entry, ("operationId", "old", "new", "since", "removed_in", "reason"), path)
            if _expired(entry, package_version):
                expired.append(f"{entry['operationId']}({entry['old']}=)")
                continue
            renamed.append(
                RenamedParameter(
                    entry["operationId"],
                    entry["old"],
                    entry["new"],
                    str(entry["since"]),
                    entry["removed_in"],
                    entry["reason"],
                )
            )
        named = {e.operation_id for e in moved} | {e.operation_id for e in renamed}
        unknown = sorted(named - operation_ids)
        if unknown:
            raise PipelineError(f"entries for operations not in the spec: {', '.join(unknown)}", file=path)
        return cls(moved, renamed, expired)

    def renames_of(self) -> dict[str, list[RenamedParameter]]:
        by_operation: dict[str, list[RenamedParameter]] = defaultdict(list)
        for entry in self.renamed:
            by_operation[entry.operation_id].append(entry)
        return dict(by_operation)


def _expired(entry: dict[str, Any], package_version: str) -> bool:
    return version_key(str(entry["removed_in"])) <= version_key(package_version)


def _check(entry: dict[str, Any], keys: tuple[str, ...], path: Path) -> None:
    missing = [key for key in keys if not str(entry.get(key, "")).strip()]
    if missing:
        raise PipelineError(f"entry lacks {', '.join(missing)}: {entry}", file=path)
    if version_key(str(entry["since"])) >= version_key(str(entry["removed_in"])):
        raise PipelineError(f"since must come before removed_in: {entry}", file=path)


def moved_module_text(entry: MovedOperation, new_module: str, exported: list[str], header: str) -> str:
    lines = [
        f'"""Deprecated: moved to ``{new_module}``; this module is removed in {entry.removed_in}.',
        "",
        f"{entry.reason[0].upper()}{entry.reason[1:]}. Each call warns (DeprecationWarning).",
        "",
        header,
        '"""',
        "",
        "from wawex_partner_api.deprecations import moved",
        f"from {new_module.rpartition('.')[0]} import {new_module.rpartition('.')[2]} as _new",
        "",
        f'_where = {{"old": __name__, "new": "{new_module}", "removed_in": "{entry.removed_in}"}}',
        "",
        *(f"{name} = moved(_new.{name}, **_where)" for name in exported),
        "",
        f"__all__ = [{', '.join(repr(name) for name in sorted(exported))}]",
    ]
    return "\n".join(lines) + "\n"

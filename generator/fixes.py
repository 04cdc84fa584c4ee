"""Declarative spec fixes: OpenAPI Overlay 1.0 documents applied to the bundled spec.

Each action must say why it exists (its ``description``) and must match something: a fix whose
target matches nothing is stale and stops the pipeline rather than silently doing nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonpath

from generator.errors import PipelineError
from generator.loading import load_mapping


def apply_overlay(spec: dict[str, Any], overlay_path: Path) -> list[str]:
    """Apply one overlay document in place; return one line per action applied."""
    overlay = load_mapping(overlay_path)
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise PipelineError("is not an OpenAPI Overlay 1.x document (missing `overlay: 1.0.0`)", file=overlay_path)
    applied: list[str] = []
    for number, action in enumerate(overlay.get("actions") or [], start=1):
        target, reason = action.get("target"), str(action.get("description", "")).strip()
        if not target or not reason:
            raise PipelineError(f"action {number} needs a target and a description saying why", file=overlay_path)
        if ("update" in action) == bool(action.get("remove")):
            raise PipelineError(f"action {number} must either update or remove", file=overlay_path)
        try:
            matches = list(jsonpath.finditer(target, spec))
        except jsonpath.JSONPathError as exc:
            raise PipelineError(
                f"action {number}: target {target!r} is not valid JSONPath: {exc}", file=overlay_path
            ) from exc
        if not matches:
            raise PipelineError(
                f"action {number} ({target}) matches nothing; the fix is stale or its target is wrong",
                file=overlay_path,
            )
        if action.get("remove"):
            _remove(matches)
        else:
            for match in matches:
                _update(match.obj, action["update"], overlay_path, number)
        applied.append(f"{overlay_path.name} #{number}: {len(matches)} node(s) — {reason.splitlines()[0]}")
    return applied


def _remove(matches: list[jsonpath.JSONPathMatch]) -> None:
    # Remove list items from the highest index down so earlier removals do not shift later ones.
    for match in sorted(matches, key=lambda m: m.parts[-1] if isinstance(m.parts[-1], int) else -1, reverse=True):
        parent = match.parent.obj if match.parent is not None else None
        key = match.parts[-1]
        if isinstance(parent, list) and isinstance(key, int):
            del parent[key]
        elif isinstance(parent, dict):
            parent.pop(key)


def _update(node: Any, update: Any, overlay_path: Path, number: int) -> None:
    if isinstance(node, dict) and isinstance(update, dict):
        for key, value in update.items():
            if isinstance(node.get(key), dict) and isinstance(value, dict):
                _update(node[key], value, overlay_path, number)
            else:
                node[key] = value
    elif isinstance(node, list):
        node.extend(update if isinstance(update, list) else [update])
    else:
        raise PipelineError(f"action {number} targets a value that is neither object nor array", file=overlay_path)

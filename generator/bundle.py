"""Merge the per-group partner documents into one OpenAPI document.

Identical same-named components and tags merge. A name defined differently by two documents stops
the bundle with both file names, unless ``generator/bundle.yaml`` resolves it explicitly (a rename
inside one document, or one document's definition used for all), each resolution with a reason.

A document that ``bundle.yaml`` lists under ``callbacks`` (requests the partner sends to the integrator,
not operations of this client) contributes its components like any other; its operations go to the
bundle's ``x-callbacks`` (shaped like ``paths``) instead of ``paths``, so nothing is generated to call them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import PipelineError
from generator.lint import lint_document
from generator.loading import load_mapping
from generator.manifest import Manifest
from generator.spec_tree import iter_nodes, iter_operations
from generator.validation import openapi_problems

COMPONENT_SECTIONS = (
    "schemas",
    "responses",
    "parameters",
    "examples",
    "requestBodies",
    "headers",
    "securitySchemes",
    "links",
    "callbacks",
)


@dataclass(frozen=True)
class BundleConfig:
    info: dict[str, Any]
    servers: list[dict[str, Any]]
    security: list[dict[str, Any]]
    renames: list[dict[str, str]] = field(default_factory=list)
    unify: list[dict[str, str]] = field(default_factory=list)
    callbacks: list[dict[str, str]] = field(default_factory=list)  # documents whose operations the partner calls

    @classmethod
    def load(cls, path: Path) -> BundleConfig:
        data = load_mapping(path)
        for entry in [*data.get("renames", []), *data.get("unify", []), *data.get("callbacks", [])]:
            if not str(entry.get("reason", "")).strip():
                raise PipelineError(f"every rename/unify/callbacks entry needs a reason: {entry}", file=path)
        return cls(
            data["info"],
            data["servers"],
            data["security"],
            data.get("renames", []),
            data.get("unify", []),
            data.get("callbacks", []),
        )

    @property
    def callback_documents(self) -> set[str]:
        return {str(entry["document"]) for entry in self.callbacks}


def load_documents(openapi_dir: Path, manifest: Manifest) -> dict[str, dict[str, Any]]:
    """Load and lint every pinned document; the first broken one stops the pipeline."""
    documents: dict[str, dict[str, Any]] = {}
    for name in sorted(manifest.documents):
        path = openapi_dir / name
        document = load_mapping(path)
        for what, check in (
            ("breaks the document conventions (openapi/README.md)", lint_document),
            ("is not valid OpenAPI 3.0", openapi_problems),
        ):
            problems = check(document)
            if problems:
                shown = "; ".join(problems[:5]) + (f"; and {len(problems) - 5} more" if len(problems) > 5 else "")
                raise PipelineError(f"{what}: {shown}", file=path)
        documents[name] = document
    return documents


def bundle(documents: dict[str, dict[str, Any]], config: BundleConfig, release: str, origin: Path) -> dict[str, Any]:
    """Return the bundled document. ``origin`` is the directory used in messages."""
    documents = {name: copy.deepcopy(doc) for name, doc in documents.items()}
    unknown = sorted(config.callback_documents - documents.keys())
    if unknown:
        raise PipelineError(f"generator/bundle.yaml lists callbacks of documents not pinned: {', '.join(unknown)}")
    _apply_renames(documents, config, origin)
    _apply_unify(documents, config, origin)

    result: dict[str, Any] = {
        "openapi": "3.0.1",
        "info": {**config.info, "version": release},
        "servers": config.servers,
        "security": config.security,
        "tags": [],
        "paths": {},
        "components": {},
    }
    undocumented: list[dict[str, Any]] = []
    callbacks: dict[str, dict[str, Any]] = {}
    callbacks_not_shown: list[dict[str, Any]] = []
    tag_owner: dict[str, str] = {}
    component_owner: dict[tuple[str, str], str] = {}
    operation_owner: dict[str, str] = {}

    for name, document in documents.items():
        title = document["info"]["title"]
        is_callbacks = name in config.callback_documents
        paths = callbacks if is_callbacks else result["paths"]  # the partner calls a callbacks document's paths
        for tag in [] if is_callbacks else document.get("tags") or []:  # callbacks' tags name no client operation
            _merge_tag(result["tags"], tag, tag_owner, name, origin)
        for section in COMPONENT_SECTIONS:
            for key, definition in ((document.get("components") or {}).get(section) or {}).items():
                target = result["components"].setdefault(section, {})
                owner = component_owner.get((section, key))
                if owner is None:
                    target[key] = definition
                    component_owner[(section, key)] = name
                elif target[key] != definition:
                    raise PipelineError(
                        f"components.{section}.{key} is defined differently in {owner} and {name}; make the two "
                        "definitions identical, or resolve the clash in generator/bundle.yaml "
                        "(rename or unify, with a reason)",
                        file=origin / name,
                    )
        for path, method, operation in iter_operations(document):
            operation_id = operation["operationId"]
            if operation_id in operation_owner:
                raise PipelineError(
                    f"operationId {operation_id!r} ({method.upper()} {path}) is also used in "
                    f"{operation_owner[operation_id]}; operationIds must be unique across all documents",
                    file=origin / name,
                )
            operation_owner[operation_id] = name
            if is_callbacks:
                _check_callback(document, path, method, operation, origin / name)
            item = paths.setdefault(path, {})
            if method in item:
                raise PipelineError(
                    f"{method.upper()} {path} is also defined in {item[method]['x-document']}", file=origin / name
                )
            placed = {**operation, "x-document": name, "x-api-group": title}
            if document.get("security", []) != config.security and "security" not in operation:
                placed["security"] = document.get("security", [])
            if document.get("servers") and document["servers"] != config.servers and "servers" not in operation:
                placed["servers"] = document["servers"]
            item[method] = placed
        for entry in document.get("x-undocumented-operations") or []:
            undocumented.append({**entry, "x-document": name, "x-api-group": title})
        for entry in document.get("x-callbacks-not-shown") or []:
            callbacks_not_shown.append({**entry, "x-document": name, "x-api-group": title})
        for path, item in (document.get("paths") or {}).items():
            for shared in ("parameters", "summary", "description"):
                if shared not in item:
                    continue
                merged = paths.setdefault(path, {}).setdefault(shared, item[shared])
                if merged != item[shared]:
                    raise PipelineError(
                        f"path-level {shared} of {path} differ from another document's", file=origin / name
                    )

    if undocumented:
        result["x-undocumented-operations"] = undocumented
    if callbacks:
        result["x-callbacks"] = callbacks
    if callbacks_not_shown:
        result["x-callbacks-not-shown"] = callbacks_not_shown
    result["x-component-documents"] = {f"{section}/{key}": owner for (section, key), owner in component_owner.items()}
    result["components"] = {k: v for k, v in result["components"].items() if v}
    return result


def _check_callback(document: dict[str, Any], path: str, method: str, operation: dict[str, Any], file: Path) -> None:
    """A callback is a POST that names its event type and its payload: an application/json body referencing a
    component schema (the model metadata.py's NOTIFICATIONS names, one per path)."""
    where = f"callback {method.upper()} {path}"
    if method != "post":
        raise PipelineError(f"{where}: the partner POSTs its notifications; another method is not expected", file=file)
    if not str(operation.get("x-event-type", "")).strip():
        raise PipelineError(f"{where}: x-event-type (the EventTypeEnum value it notifies) is missing", file=file)
    schema = ((operation.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema")
    ref = (schema or {}).get("$ref", "")
    if not ref.startswith("#/components/schemas/") or ref.rsplit("/", 1)[-1] not in (
        (document.get("components") or {}).get("schemas") or {}
    ):
        raise PipelineError(
            f"{where}: the application/json request body must reference a schema of components.schemas "
            "(the payload model)",
            file=file,
        )


def _merge_tag(
    target: list[dict[str, Any]], tag: dict[str, Any], owner: dict[str, str], name: str, origin: Path
) -> None:
    """Same-named tags must be declared identically, except that a derived tag yields to one the partner prints."""
    index = next((i for i, t in enumerate(target) if t["name"] == tag["name"]), None)
    if index is None:
        target.append(tag)
        owner[tag["name"]] = name
        return
    existing = target[index]
    if existing == tag:
        return
    if existing.get("x-tag-derived") and not tag.get("x-tag-derived"):
        target[index] = tag
        owner[tag["name"]] = name
    elif tag.get("x-tag-derived") and not existing.get("x-tag-derived"):
        return
    else:
        raise PipelineError(
            f"tag {tag['name']!r} is declared differently in {owner[tag['name']]} and {name}; declare it identically",
            file=origin / name,
        )


def _apply_renames(documents: dict[str, dict[str, Any]], config: BundleConfig, origin: Path) -> None:
    for entry in config.renames:
        document = documents.get(entry["document"])
        section, _, key = entry["component"].partition("/")
        components = ((document or {}).get("components") or {}).get(section) or {}
        if document is None or key not in components:
            raise PipelineError(
                f"rename of {entry['component']} in {entry['document']}: no such component",
                file=origin / entry["document"],
            )
        renamed = components.pop(key)
        if isinstance(renamed, dict) and renamed.get("title") == key:
            renamed["title"] = entry["to"]  # generated class names follow the title
        components[entry["to"]] = renamed
        old, new = f"#/components/{section}/{key}", f"#/components/{section}/{entry['to']}"
        for _, node in iter_nodes(document):
            if node.get("$ref") == old:
                node["$ref"] = new


def _apply_unify(documents: dict[str, dict[str, Any]], config: BundleConfig, origin: Path) -> None:
    for entry in config.unify:
        section, _, key = entry["component"].partition("/")
        source = documents.get(entry["use_definition_from"], {})
        chosen = ((source.get("components") or {}).get(section) or {}).get(key)
        if chosen is None:
            raise PipelineError(
                f"unify {entry['component']}: not defined in {entry['use_definition_from']}",
                file=origin / entry["use_definition_from"],
            )
        for document in documents.values():
            components = (document.get("components") or {}).get(section) or {}
            if key in components:
                components[key] = copy.deepcopy(chosen)

"""Walking an OpenAPI document: operations, references, JSON pointers."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield (path, method, operation) in document order."""
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def iter_refs(node: Any, pointer: str = "#") -> Iterator[tuple[str, str]]:
    """Yield (where, target) for every ``$ref`` below ``node``."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield pointer, ref
        for key, value in node.items():
            yield from iter_refs(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_refs(value, f"{pointer}/{index}")


def iter_nodes(node: Any, pointer: str = "#") -> Iterator[tuple[str, Any]]:
    """Yield (pointer, node) for every mapping below and including ``node``."""
    if isinstance(node, dict):
        yield pointer, node
        for key, value in node.items():
            yield from iter_nodes(value, f"{pointer}/{escape(str(key))}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from iter_nodes(value, f"{pointer}/{index}")


def escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve_local(spec: dict[str, Any], ref: str) -> Any:
    """Return the node a local ``#/...`` reference points at; KeyError when it does not resolve."""
    if not ref.startswith("#/"):
        raise KeyError(ref)
    node: Any = spec
    for token in ref[2:].split("/"):
        token = unescape(token)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(ref)
    return node

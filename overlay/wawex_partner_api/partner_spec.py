"""The bundled partner documents as the installed package ships them (``wawex_partner_api_client/openapi.json``),
read by the sandbox and the ``wawex`` command line; no extra needed."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_partner_spec() -> dict[str, Any]:
    """The bundled partner documents shipped with the generated package (before generator fixes)."""
    text = resources.files("wawex_partner_api_client").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


def resolve(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$ref`` chain followed (local references into ``spec`` only)."""
    seen = 0
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema, seen = node, seen + 1
        if seen > 50:
            raise ValueError("reference cycle")
    return schema

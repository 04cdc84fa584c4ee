"""What the overlay's sync / asyncio return, computed from openapi-python-client's parse of a spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.returns import generator_data, success_returns
from tests.conftest import ROOT


def _operation(operation_id: str, responses: dict[str, Any]) -> dict[str, Any]:
    return {"operationId": operation_id, "responses": responses}


def _json(ref: str) -> dict[str, Any]:
    return {"description": "OK", "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}}


SPEC = {
    "openapi": "3.0.1",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/one": {"get": _operation("one-model", {"200": _json("Thing"), "400": _json("Problem")})},
        "/two": {
            "get": _operation("two-successes", {"200": _json("Thing"), "201": _json("Other"), "400": _json("Problem")})
        },
        "/maybe": {"get": _operation("body-or-nothing", {"200": _json("Thing"), "204": {"description": "No Content"}})},
        "/nothing": {"post": _operation("no-content", {"202": {"description": "Accepted"}, "400": _json("Problem")})},
        "/unknown": {"get": _operation("default-only", {"default": {"description": "not shown"}})},
        "/open": {
            "get": _operation(
                "empty-schema", {"200": {"description": "OK", "content": {"application/json": {"schema": {}}}}}
            )
        },
        "/many": {
            "get": _operation(
                "a-list",
                {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}}
                            }
                        },
                    }
                },
            )
        },
    },
    "components": {
        "schemas": {
            name: {"type": "object", "properties": {"id": {"type": "string"}}} for name in ("Thing", "Other", "Problem")
        }
    },
}


def test_each_shape_returns_its_2xx_answers_only(tmp_path: Path) -> None:
    returns = success_returns(
        generator_data(SPEC, tmp_path / "spec.json", ROOT / "generator" / "openapi-python-client.yaml")
    )
    shown = {name: (r.kind, r.annotation) for name, r in returns.items()}
    assert shown == {
        "one_model": ("typed", "Thing"),
        "two_successes": ("typed", "Thing | Other"),
        "body_or_nothing": ("typed", "Thing | None"),
        "no_content": ("none", "None"),
        "default_only": ("json", "Any"),
        "empty_schema": ("json", "Any"),
        "a_list": ("typed", "list[Thing]"),
    }
    assert returns["two_successes"].imports == (
        "from wawex_partner_api_client.models.other import Other",
        "from wawex_partner_api_client.models.thing import Thing",
    )
    assert all("Problem" not in " ".join(r.imports) for r in returns.values())

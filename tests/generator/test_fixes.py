"""Overlay 1.0 fixes: each action has a reason, matches something, and removes or updates exactly what it targets."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.errors import PipelineError
from generator.fixes import apply_overlay

REQUESTOR = {"$ref": "#/components/parameters/requestorId"}


def spec() -> dict:
    return {
        "paths": {
            "/a": {"get": {"parameters": [REQUESTOR, {"name": "q", "in": "query"}]}},
            "/b": {"post": {"parameters": [{"name": "x", "in": "query"}, REQUESTOR, REQUESTOR]}},
        },
        "components": {"schemas": {"S": {"type": "object"}}},
    }


def write(tmp_path: Path, actions: str) -> Path:
    path = tmp_path / "fixes.yaml"
    path.write_text(f"overlay: 1.0.0\ninfo: {{title: t, version: '1'}}\nactions:\n{actions}", encoding="utf-8")
    return path


def test_remove_takes_out_every_match(tmp_path: Path) -> None:
    target = spec()
    overlay = write(
        tmp_path,
        "  - target: \"$.paths.*.*.parameters[?@['$ref'] == '#/components/parameters/requestorId']\"\n"
        "    description: header handled elsewhere\n    remove: true\n",
    )
    applied = apply_overlay(target, overlay)
    assert target["paths"]["/a"]["get"]["parameters"] == [{"name": "q", "in": "query"}]
    assert target["paths"]["/b"]["post"]["parameters"] == [{"name": "x", "in": "query"}]
    assert applied == ["fixes.yaml #1: 3 node(s) — header handled elsewhere"]


def test_update_merges_into_the_target(tmp_path: Path) -> None:
    target = spec()
    apply_overlay(
        target, write(tmp_path, "  - target: $.components.schemas.S\n    description: why\n    update: {title: S}\n")
    )
    assert target["components"]["schemas"]["S"] == {"type": "object", "title": "S"}


@pytest.mark.parametrize(
    ("actions", "message"),
    [
        ("  - target: $.components.schemas.Gone\n    description: why\n    remove: true\n", "matches nothing"),
        ("  - target: $.components.schemas.S\n    remove: true\n", "description saying why"),
        ("  - target: $.components.schemas.S\n    description: why\n", "must either update or remove"),
        ("  - target: '$.[unclosed'\n    description: why\n    remove: true\n", "not valid JSONPath"),
    ],
)
def test_bad_actions_stop_the_pipeline(tmp_path: Path, actions: str, message: str) -> None:
    overlay = write(tmp_path, actions)
    with pytest.raises(PipelineError, match=message) as raised:
        apply_overlay(spec(), overlay)
    assert raised.value.file == str(overlay)

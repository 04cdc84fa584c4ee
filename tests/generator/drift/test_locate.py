"""Records are located through references, list items and every part of a composition, land on the component
that holds the node, and a record that leads nowhere is reported with why; overlay targets select exactly
their node."""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import jsonpath
from hypothesis import given
from hypothesis import strategies as st

from generator import drift, pipeline
from tests.generator.drift.conftest import SCHEMAS, Spec, changes, propose, record, write_drift


@given(st.lists(st.one_of(st.text(max_size=12), st.integers(0, 3)), min_size=1, max_size=4))
def test_targets_select_exactly_their_node_in_python_jsonpath(where: list[Any]) -> None:
    document: Any = "here"
    for token in reversed(where):
        document = [*["other"] * token, document] if isinstance(token, int) else {"a sibling": "other", token: document}
    assert jsonpath.findall(drift.target(tuple(where)), document) == ["here"]


def _composed_spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "pets", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "list-pets",
                    "x-source-url": "https://example.test/pets",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pets"}}},
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Base": {
                    "type": "object",
                    "properties": {"id": {"type": "string", "format": "uuid"}},
                    "required": ["id"],
                },
                "Tag": {"type": "object", "properties": {"name": {"type": "string"}}, "required": ["name"]},
                "Pet": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Base"},
                        {
                            "type": "object",
                            "properties": {"tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}},
                            "required": ["tags", "nickname"],
                        },
                    ]
                },
                "Pets": {"type": "array", "items": {"$ref": "#/components/schemas/Pet"}},
            }
        },
    }


def test_records_are_located_through_refs_items_and_every_part_of_allof(tmp_path: Path) -> None:
    composed = _composed_spec()
    pets = functools.partial(record, sha="c" * 64, operation="list-pets")
    lines = [
        pets("$[*].tags[*].name", "missing-field", observed="absent"),
        pets("$[*].id", "format-mismatch", expected="string (uuid)"),
        pets("$[*].tags", "missing-field", observed="absent", expected="array of object (Tag)"),
        pets("$[*].color", "unknown-field", expected="no such field"),
        pets("$[*].tags[*]", "null-value", observed="null", expected="object (Tag)"),
    ]
    found = drift.read_drift([write_drift(tmp_path / "drift.jsonl", lines)])
    state = copy.deepcopy(composed)
    proposal = drift.propose(state, "c" * 64, found.records.values(), tmp_path)

    assert not proposal.not_located
    pet = (*SCHEMAS, "Pet", "allOf", 1)
    assert changes(composed, state) == {
        (*SCHEMAS, "Tag", "required"),  # the component, reached through items and $ref
        (*SCHEMAS, "Base", "properties", "id", "format"),  # in the allOf part that is a $ref
        (*pet, "required"),  # the inline part that requires it ("nickname" stays)
        (*pet, "properties", "color"),  # a new field goes into the schema's own part, not into Base
        (*pet, "properties", "tags", "items", "$ref"),
        (*pet, "properties", "tags", "items", "allOf"),
        (*pet, "properties", "tags", "items", "nullable"),
        (*pet, "properties", "tags", "items", "x-drift"),
    }
    assert state["components"]["schemas"]["Pet"]["allOf"][1]["required"] == ["nickname"]
    assert {a.target for a in proposal.actions} >= {
        "$.components.schemas.Tag.required",
        "$.components.schemas.Pet.allOf[1].required[?@ == 'tags']",
    }
    pipeline.validate(state, "the composed spec with the proposal")


def test_records_that_lead_nowhere_are_reported_with_why(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(
        spec,
        [
            rec("$.data", "missing-field", operation="no-such-operation"),
            rec("$.data[*].nothing.deeper", "null-value", observed="null"),
            rec("$.data[*].status", "unknown-enum-value", value=None),  # withheld by the client
            rec("$.data[*].status", "unknown-enum-value", value="jane@example.com"),
            rec("$.data[*].size", "missing-field", operation="get-document", observed="absent"),
            rec("$.data[*]", "unknown-field", observed="integer"),
            rec("$", "wrapped", operation="get-document-v1", observed="object", expected="object (Document)"),
        ],
        tmp_path,
    )
    assert not proposed.proposal.actions
    why = {r.key.path + " " + r.key.operation + " " + str(r.key.value): w for r, w in proposed.proposal.not_located}
    assert why == {
        "$.data no-such-operation None": "the spec has no operation no-such-operation",
        "$.data[*].nothing.deeper get-documents None": "the spec has no property 'nothing' at $.data[*] (Document)",
        "$.data[*].status get-documents None": (
            "the client withheld the value (not shaped like an enum value); add it by hand if documented"
        ),
        "$.data[*].status get-documents jane@example.com": (
            "the client withheld the value (not shaped like an enum value); add it by hand if documented"
        ),
        "$.data[*].size get-document None": "get-document documents no JSON body for default",
        "$.data[*] get-documents None": "an unknown field at a path that does not end in a name",
        "$ get-document-v1 None": "get-document-v1 200 body is not a list",
    }
    assert "jane" not in proposed.overlay.read_text()

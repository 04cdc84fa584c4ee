"""One kind found inside a body at a time: the proposal applies to the fixed spec and changes exactly the
intended node."""

from __future__ import annotations

from pathlib import Path

from tests.generator.drift.conftest import DOCUMENT, SCHEMAS, Spec, changes, propose


def test_unknown_enum_value_extends_the_enum(spec: Spec, tmp_path: Path, rec) -> None:
    lines = [
        rec("$.data[*].status", "unknown-enum-value", expected="string (enum DocumentStatusEnum)", value=v)
        for v in ("SHREDDED", "ARCHIVED", "SHREDDED")
    ]
    lines[2]["status"] = 207  # the same value at another status: one action for both
    proposed = propose(spec, lines, tmp_path)
    assert changes(proposed.before, proposed.after) == {(*SCHEMAS, "DocumentStatusEnum", "enum")}
    listed = proposed.after["components"]["schemas"]["DocumentStatusEnum"]["enum"]
    assert listed == [*proposed.before["components"]["schemas"]["DocumentStatusEnum"]["enum"], "SHREDDED"]
    assert [r.key.value for r in proposed.proposal.accepted] == ["ARCHIVED"]
    (action,) = proposed.proposal.actions
    assert action.target == "$.components.schemas.DocumentStatusEnum.enum"
    assert action.description.splitlines()[:2] == [
        "drift: DocumentStatusEnum lists SHREDDED",
        "evidence: unknown-enum-value, 2 answers (get-documents 200: 1, get-documents 207: 1); first seen "
        "2026-12-08T00:00:00+00:00, last seen 2026-12-08T00:05:00+00:00; client 2.5.0.5; against the current spec",
    ]


def test_unknown_fields_are_declared_with_the_observed_type(spec: Spec, tmp_path: Path, rec) -> None:
    observed = {"pageCount": "integer", "extra": "object", "tags": "array", "nothing": "null"}
    proposed = propose(
        spec,
        [
            rec(f"$.data[*].{name}", "unknown-field", observed=t, expected="no such field")
            for name, t in observed.items()
        ],
        tmp_path,
    )
    assert changes(proposed.before, proposed.after) == {(*DOCUMENT, "properties", name) for name in observed}
    properties = proposed.after["components"]["schemas"]["Document"]["properties"]
    assert properties["pageCount"] == {"type": "integer", "x-drift": "observed"}
    assert properties["extra"] == {"type": "object", "x-drift": "observed"}
    assert properties["tags"] == {"type": "array", "items": {}, "x-drift": "observed"}
    assert properties["nothing"] == {"nullable": True, "x-drift": "observed"}


def test_missing_field_is_no_longer_required(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(spec, [rec("$.data[*].size", "missing-field", observed="absent", expected="integer")], tmp_path)
    assert changes(proposed.before, proposed.after) == {(*DOCUMENT, "required")}
    required = proposed.after["components"]["schemas"]["Document"]["required"]
    assert required == [
        name for name in proposed.before["components"]["schemas"]["Document"]["required"] if name != "size"
    ]
    assert proposed.proposal.actions[0].target == "$.components.schemas.Document.required[?@ == 'size']"


def test_null_value_makes_an_inline_property_nullable(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(spec, [rec("$.data[*].description", "null-value", observed="null")], tmp_path)
    description = (*DOCUMENT, "properties", "description")
    assert changes(proposed.before, proposed.after) == {(*description, "nullable"), (*description, "x-drift")}


def test_null_value_on_a_reference_moves_it_into_allof(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(
        spec, [rec("$.pagination", "null-value", observed="null", expected="object (Pagination)")], tmp_path
    )
    pagination = (*SCHEMAS, "Documents", "properties", "pagination")
    assert changes(proposed.before, proposed.after) == {
        (*pagination, key) for key in ("$ref", "allOf", "nullable", "x-drift")
    }
    assert proposed.after["components"]["schemas"]["Documents"]["properties"]["pagination"] == {
        "allOf": [{"$ref": "#/components/schemas/Pagination"}],
        "nullable": True,
        "x-drift": "observed",
    }
    assert [a.remove for a in proposed.proposal.actions] == [True, False]


def test_type_mismatch_accepts_the_observed_type_beside_the_documented_one(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(
        spec,
        [
            rec("$.data[*].size", "type-mismatch", observed="string", expected="integer"),
            rec("$.data[*].status", "type-mismatch", observed="integer", expected="string (enum DocumentStatusEnum)"),
            rec("$.data[*].status", "type-mismatch", observed="array", expected="string (enum DocumentStatusEnum)"),
            rec("$.data[*].status", "null-value", observed="null", expected="string (enum DocumentStatusEnum)"),
        ],
        tmp_path,
    )
    size, status = (*DOCUMENT, "properties", "size"), (*DOCUMENT, "properties", "status")
    assert changes(proposed.before, proposed.after) == {
        (*size, "type"),
        (*size, "anyOf"),
        (*size, "x-drift"),
        (*status, "$ref"),
        (*status, "anyOf"),
        (*status, "nullable"),
        (*status, "x-drift"),
    }
    properties = proposed.after["components"]["schemas"]["Document"]["properties"]
    assert properties["size"] == {
        "description": "file size in kB",
        "readOnly": True,
        "anyOf": [{"type": "integer"}, {"type": "string"}],
        "x-drift": "observed",
    }
    assert properties["status"] == {
        "anyOf": [
            {"$ref": "#/components/schemas/DocumentStatusEnum"},
            {"type": "array", "items": {}},
            {"type": "integer"},
        ],
        "nullable": True,
        "x-drift": "observed",
    }
    assert "this changes the Python type of the generated field from integer to a union with string" in (
        proposed.descriptions
    )


def test_a_type_seen_later_joins_the_union_of_an_earlier_fix(spec: Spec, tmp_path: Path, rec) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "later").mkdir()
    first = propose(spec, [rec("$.data[*].name", "type-mismatch", observed="integer")], tmp_path / "first")
    later = propose(
        Spec(spec.bundled, first.after, spec.sha),
        [
            rec("$.data[*].name", "type-mismatch", observed="integer"),
            rec("$.data[*].name", "type-mismatch", observed="boolean"),
        ],
        tmp_path / "later",
    )
    name = (*DOCUMENT, "properties", "name")
    assert changes(later.before, later.after) == {(*name, "anyOf")}
    assert later.after["components"]["schemas"]["Document"]["properties"]["name"]["anyOf"] == [
        {"type": "string", "minLength": 1, "maxLength": 255},
        {"type": "integer"},
        {"type": "boolean"},
    ]
    assert "page: changes what an earlier drift fix added (x-drift: observed)" in later.descriptions


def test_format_mismatch_removes_the_format(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(spec, [rec("$.data[*].resourceId", "format-mismatch", expected="string (uuid)")], tmp_path)
    assert changes(proposed.before, proposed.after) == {(*DOCUMENT, "properties", "resourceId", "format")}

"""One kind about a body as a whole at a time: a wrapped body becomes a union of the documented body and its
wrappers, an undocumented status is documented, an undocumented body is typed, a body that is not JSON is only
reported."""

from __future__ import annotations

from pathlib import Path

from tests.generator.drift.conftest import (
    DOCUMENT,
    SCHEMAS,
    Spec,
    changes,
    media,
    node_at,
    only_under,
    operation_where,
    propose,
)

DOCUMENTS = {"$ref": "#/components/schemas/Documents"}


def test_wrapped_in_an_object_makes_the_body_a_union_with_the_documented_one(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(
        spec,
        [
            rec("$.result", "wrapped", observed="object", expected="object (Documents)", count=3),
            rec("$.result.data[*].size", "missing-field", observed="absent", expected="integer"),  # inside it
            rec("$.data[*].size", "missing-field", observed="absent", expected="integer"),  # an unwrapped answer
        ],
        tmp_path,
    )
    body = media(spec.fixed, "get-documents", "200")
    assert only_under(changes(proposed.before, proposed.after), body, (*DOCUMENT, "required"))
    assert node_at(proposed.after, body) == {
        "anyOf": [DOCUMENTS, {"type": "object", "properties": {"result": DOCUMENTS}, "required": ["result"]}],
        "x-drift": "wrapped",
    }
    assert [a.kind for a in proposed.proposal.actions] == ["missing-field", "wrapped", "wrapped"]
    assert (
        "drift: get-documents 200 body also comes inside a one-key object {'result': …}: every shape accepted (anyOf)"
    ) in proposed.descriptions


def test_wrapped_in_a_list_and_single_item_for_a_list(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(
        spec,
        [
            rec("$[*]", "wrapped", observed="array", expected="object (Documents)"),
            rec("$", "wrapped", operation="get-all-webhooks", observed="object", expected="array of object (Webhook)"),
        ],
        tmp_path,
    )
    documents, webhooks = media(spec.fixed, "get-documents", "200"), media(spec.fixed, "get-all-webhooks", "200")
    assert only_under(changes(proposed.before, proposed.after), documents, webhooks)
    assert node_at(proposed.after, documents) == {
        "anyOf": [DOCUMENTS, {"type": "array", "items": DOCUMENTS}],
        "x-drift": "wrapped",
    }
    webhook = {"$ref": "#/components/schemas/Webhook"}
    assert node_at(proposed.after, webhooks) == {
        "anyOf": [{"type": "array", "items": webhook}, webhook],
        "x-drift": "wrapped",
    }


def test_every_wrapping_joins_the_union_and_a_later_one_joins_an_earlier_fix(spec: Spec, tmp_path: Path, rec) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "later").mkdir()
    # Documents itself requires a member named data: the wrapper is still a wrapper.
    wrappings = [rec("$.data", "wrapped", observed="object"), rec("$[*]", "wrapped", observed="array", count=5)]
    first = propose(spec, wrappings, tmp_path / "first")
    body = media(spec.fixed, "get-documents", "200")
    in_data = {"type": "object", "properties": {"data": DOCUMENTS}, "required": ["data"]}
    in_list = {"type": "array", "items": DOCUMENTS}
    assert node_at(first.after, body)["anyOf"] == [DOCUMENTS, in_list, in_data]  # the most frequent first

    later = propose(
        Spec(spec.bundled, first.after, spec.sha),
        [*wrappings, rec("$.envelope", "wrapped", observed="object")],
        tmp_path / "later",
    )
    assert changes(later.before, later.after) == {(*body, "anyOf")}
    in_envelope = {"type": "object", "properties": {"envelope": DOCUMENTS}, "required": ["envelope"]}
    assert node_at(later.after, body)["anyOf"] == [DOCUMENTS, in_list, in_data, in_envelope]
    assert len(later.proposal.accepted) == 2
    assert "page: changes what an earlier drift fix added (x-drift: wrapped)" in later.descriptions


def test_paths_of_a_regenerated_client_are_located_through_the_union(spec: Spec, tmp_path: Path, rec) -> None:
    """A client regenerated with the union reads a wrapped answer without a ``wrapped`` record, its paths starting
    inside the wrapper, even where the wrapper's member has the name of one of the documented body's."""
    (tmp_path / "first").mkdir()
    (tmp_path / "later").mkdir()
    first = propose(spec, [rec("$.data", "wrapped", observed="object")], tmp_path / "first")
    later = propose(
        Spec(spec.bundled, first.after, spec.sha),
        [
            rec("$.data.data[*].size", "missing-field", observed="absent", expected="integer"),  # a wrapped answer
            rec("$.data[*].status", "unknown-enum-value", value="SHREDDED"),  # an unwrapped one
            rec("$.total", "unknown-field", observed="integer"),  # new at the top: the documented body's
        ],
        tmp_path / "later",
    )
    assert not later.proposal.not_located
    assert changes(later.before, later.after) == {
        (*DOCUMENT, "required"),
        (*SCHEMAS, "DocumentStatusEnum", "enum"),
        (*SCHEMAS, "Documents", "properties", "total"),
    }


def test_undocumented_status_is_documented_with_the_success_content(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(
        spec,
        [
            rec("$", "undocumented-status", status=207, observed="207", expected="200"),
            rec("$", "undocumented-status", status=422, observed="422", expected="200"),
        ],
        tmp_path,
    )
    responses = (*operation_where(spec.fixed, "get-documents"), "responses")
    assert changes(proposed.before, proposed.after) == {(*responses, "207"), (*responses, "422")}
    after = proposed.after["paths"]["/v2/documents"]["get"]["responses"]
    assert after["207"]["content"] == after["200"]["content"]
    assert after["207"]["description"] == after["422"]["description"] == "observed in answers, not documented"
    assert "content" not in after["422"]


def test_a_new_success_status_reads_like_the_documented_success_with_its_wrapper(
    spec: Spec, tmp_path: Path, rec
) -> None:
    proposed = propose(
        spec,
        [
            rec("$", "undocumented-status", status=207, observed="207", expected="200"),
            rec("$[*]", "wrapped", status=207, observed="array"),  # read as the documented success: 200's body
        ],
        tmp_path,
    )
    responses = proposed.after["paths"]["/v2/documents"]["get"]["responses"]
    assert responses["207"]["content"] == responses["200"]["content"]
    assert responses["207"]["content"]["application/json"]["schema"]["x-drift"] == "wrapped"


def test_undocumented_body_is_typed_from_its_top_level_fields(spec: Spec, tmp_path: Path, rec) -> None:
    where = operation_where(spec.fixed, "delete-webhook")
    proposed = propose(
        spec,
        [
            rec("$", "undocumented-body", operation="delete-webhook", observed="object", expected="no body"),
            rec("$.webhookId", "unknown-field", operation="delete-webhook", expected="no such field"),
            rec("$.deleted", "unknown-field", operation="delete-webhook", observed="boolean", expected="no such field"),
        ],
        tmp_path,
    )
    assert changes(proposed.before, proposed.after) == {(*where, "responses", "200", "content")}
    schema = proposed.after["paths"][where[1]][where[2]]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {
        "type": "object",
        "properties": {
            "deleted": {"type": "boolean", "x-drift": "observed"},
            "webhookId": {"type": "string", "x-drift": "observed"},
        },
        "x-drift": "observed",
    }
    assert len(proposed.proposal.actions) == 1


def test_not_json_is_only_reported(spec: Spec, tmp_path: Path, rec) -> None:
    proposed = propose(spec, [rec("$", "not-json", observed="empty", expected="object (Documents)")], tmp_path)
    assert not proposed.proposal.actions
    assert [r.key.kind for r in proposed.proposal.reported] == ["not-json"]
    assert changes(proposed.before, proposed.after) == set()

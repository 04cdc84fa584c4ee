"""Bundling rules: identical definitions merge, different ones stop with both files unless resolved with a reason."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from generator.bundle import BundleConfig, bundle
from generator.errors import PipelineError

ORIGIN = Path("openapi")
CONFIG = BundleConfig(info={"title": "t"}, servers=[{"url": "https://api.example"}], security=[{"Bearer": []}])


def document(title: str, path: str, operation_id: str, schema: dict[str, Any], tags: list[dict] | None = None) -> dict:
    return {
        "openapi": "3.0.1",
        "info": {"title": title, "version": "1.0"},
        "servers": [{"url": "https://api.example"}],
        "security": [{"Bearer": []}],
        "tags": tags or [{"name": "T", "description": "T"}],
        "paths": {
            path: {
                "get": {
                    "operationId": operation_id,
                    "tags": ["T"],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": {"Thing": schema}},
    }


THING = {"title": "Thing", "type": "object", "properties": {"id": {"type": "string"}}}
OTHER_THING = {"title": "Thing", "type": "object", "properties": {"id": {"type": "integer"}}}


def test_identical_components_merge_and_operations_record_their_document() -> None:
    spec = bundle(
        {"a.yaml": document("A", "/a", "get-a", THING), "b.yaml": document("B", "/b", "get-b", copy.deepcopy(THING))},
        CONFIG,
        "2.5.0",
        ORIGIN,
    )
    assert spec["components"]["schemas"] == {"Thing": THING}
    assert spec["paths"]["/b"]["get"]["x-document"] == "b.yaml"
    assert spec["paths"]["/b"]["get"]["x-api-group"] == "B"
    assert spec["info"]["version"] == "2.5.0"
    assert spec["x-component-documents"] == {"schemas/Thing": "a.yaml"}


def test_conflicting_component_names_both_files() -> None:
    with pytest.raises(PipelineError) as raised:
        bundle(
            {"a.yaml": document("A", "/a", "get-a", THING), "b.yaml": document("B", "/b", "get-b", OTHER_THING)},
            CONFIG,
            "2.5.0",
            ORIGIN,
        )
    assert "components.schemas.Thing is defined differently in a.yaml and b.yaml" in str(raised.value)


def test_rename_resolves_a_conflict_and_follows_refs_and_title() -> None:
    config = BundleConfig(
        **{
            **vars(CONFIG),
            "renames": [{"document": "b.yaml", "component": "schemas/Thing", "to": "ThingV1", "reason": "v1"}],
        }
    )
    spec = bundle(
        {"a.yaml": document("A", "/a", "get-a", THING), "b.yaml": document("B", "/b", "get-b", OTHER_THING)},
        config,
        "2.5.0",
        ORIGIN,
    )
    assert spec["components"]["schemas"]["ThingV1"]["title"] == "ThingV1"
    assert spec["components"]["schemas"]["Thing"] == THING
    schema = spec["paths"]["/b"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ThingV1"}


def test_unify_uses_one_documents_definition() -> None:
    config = BundleConfig(
        **{**vars(CONFIG), "unify": [{"component": "schemas/Thing", "use_definition_from": "b.yaml", "reason": "r"}]}
    )
    spec = bundle(
        {"a.yaml": document("A", "/a", "get-a", THING), "b.yaml": document("B", "/b", "get-b", OTHER_THING)},
        config,
        "2.5.0",
        ORIGIN,
    )
    assert spec["components"]["schemas"]["Thing"] == OTHER_THING


def test_resolution_without_reason_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bundle.yaml"
    path.write_text(
        "info: {title: t}\nservers: []\nsecurity: []\n"
        "renames:\n  - {document: a.yaml, component: schemas/Thing, to: ThingV1}\n",
        encoding="utf-8",
    )
    with pytest.raises(PipelineError, match="needs a reason"):
        BundleConfig.load(path)


def test_duplicate_operation_id_across_documents_names_both() -> None:
    with pytest.raises(PipelineError) as raised:
        bundle(
            {"a.yaml": document("A", "/a", "get-x", THING), "b.yaml": document("B", "/b", "get-x", THING)},
            CONFIG,
            "2.5.0",
            ORIGIN,
        )
    assert raised.value.file == str(ORIGIN / "b.yaml")
    assert "also used in a.yaml" in raised.value.problem


def test_same_operation_in_two_documents_is_refused() -> None:
    with pytest.raises(PipelineError, match=r"GET /a is also defined in a\.yaml"):
        bundle(
            {"a.yaml": document("A", "/a", "get-a", THING), "b.yaml": document("B", "/a", "get-b", THING)},
            CONFIG,
            "2.5.0",
            ORIGIN,
        )


def test_derived_tag_yields_to_the_partners_and_different_partner_tags_conflict() -> None:
    derived = [{"name": "T", "x-tag-derived": True}]
    spec = bundle(
        {
            "a.yaml": document("A", "/a", "get-a", THING, tags=derived),
            "b.yaml": document("B", "/b", "get-b", THING),
        },
        CONFIG,
        "2.5.0",
        ORIGIN,
    )
    assert spec["tags"] == [{"name": "T", "description": "T"}]
    with pytest.raises(PipelineError, match=r"tag 'T' is declared differently in a\.yaml and b\.yaml"):
        bundle(
            {
                "a.yaml": document("A", "/a", "get-a", THING, tags=[{"name": "T", "description": "one"}]),
                "b.yaml": document("B", "/b", "get-b", THING),
            },
            CONFIG,
            "2.5.0",
            ORIGIN,
        )


def test_documents_on_other_servers_or_security_keep_them_per_operation() -> None:
    auth = document("Auth", "/token", "get-token", THING)
    auth["servers"] = [{"url": "https://auth.example"}]
    del auth["security"]
    spec = bundle({"auth.yaml": auth}, CONFIG, "2.5.0", ORIGIN)
    operation = spec["paths"]["/token"]["get"]
    assert operation["servers"] == [{"url": "https://auth.example"}]
    assert operation["security"] == []


def _callbacks_document(operation_id: str = "thing-notification", **changes: Any) -> dict[str, Any]:
    callbacks = document("Callbacks", "/thing-notification", operation_id, THING)
    callbacks["servers"] = [{"url": "http://client-api-address"}]
    del callbacks["security"]
    operation = callbacks["paths"]["/thing-notification"].pop("get")
    operation["requestBody"] = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}
    operation["x-event-type"] = "THING_NOTIFICATION"
    callbacks["paths"]["/thing-notification"]["post"] = {**operation, **changes}
    callbacks["x-callbacks-not-shown"] = [{"title": "Other Notification", "method": "POST", "reason": "r"}]
    return callbacks


CALLBACKS = BundleConfig(**{**vars(CONFIG), "callbacks": [{"document": "c.yaml", "reason": "the partner calls them"}]})


def test_a_callbacks_document_gives_components_and_x_callbacks_but_no_operations() -> None:
    spec = bundle(
        {"a.yaml": document("A", "/a", "get-a", THING), "c.yaml": _callbacks_document()}, CALLBACKS, "2.5.0", ORIGIN
    )
    assert list(spec["paths"]) == ["/a"]
    assert spec["tags"] == [{"name": "T", "description": "T"}]
    callback = spec["x-callbacks"]["/thing-notification"]["post"]
    assert callback["x-document"] == "c.yaml"
    assert callback["servers"] == [{"url": "http://client-api-address"}]
    assert spec["components"]["schemas"] == {"Thing": THING}
    assert spec["x-callbacks-not-shown"][0]["x-document"] == "c.yaml"
    without = bundle({"c.yaml": _callbacks_document()}, CONFIG, "2.5.0", ORIGIN)  # not listed: an operation
    assert "/thing-notification" in without["paths"]


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"x-event-type": ""}, "x-event-type"),
        ({"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}, "must reference"),
    ],
)
def test_a_callback_names_its_event_type_and_payload_model(changes: dict[str, Any], problem: str) -> None:
    with pytest.raises(PipelineError, match=problem):
        bundle({"c.yaml": _callbacks_document(**changes)}, CALLBACKS, "2.5.0", ORIGIN)


def test_callback_operation_ids_are_unique_across_documents_and_listed_documents_exist() -> None:
    with pytest.raises(PipelineError, match=r"also used in a\.yaml"):
        bundle(
            {"a.yaml": document("A", "/a", "get-a", THING), "c.yaml": _callbacks_document("get-a")},
            CALLBACKS,
            "2.5.0",
            ORIGIN,
        )
    with pytest.raises(PipelineError, match=r"callbacks of documents not pinned: c\.yaml"):
        bundle({"a.yaml": document("A", "/a", "get-a", THING)}, CALLBACKS, "2.5.0", ORIGIN)

"""Answers as a whole that differ from the spec, through the operations against a real sandbox process: statuses,
bodies, wrappers, Requestor-ID refusals; what a model read from a drifted answer does; drift records, their
warnings and drift files shared by several processes; enum values sent on purpose."""

from __future__ import annotations

import asyncio
import copy
import json
import logging
import pickle
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.overlay.conftest import MakeClient
from wawex_partner_api import (
    AbsentFieldError,
    PartnerClient,
    ResponseValidationError,
    UnknownValue,
    absent_fields,
    raw,
)
from wawex_partner_api.answers.drift import Drift, DriftLog, Problem
from wawex_partner_api.operations.customers import get_customer, get_customers
from wawex_partner_api.operations.natural_persons import get_natural_person
from wawex_partner_api.operations.new_documents import get_documents
from wawex_partner_api.operations.webhooks import create_or_update_webhook
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.models.document import Document
from wawex_partner_api_client.models.webhook_data import WebhookData

PERSON = "123e4567-e89b-12d3-a456-426614174000"
DOCUMENT = {
    "documentId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
    "size": 12,
    "status": "APPROVED",
    "createdOn": "2025-06-30T21:21:31Z",
    "modifiedOn": "2025-06-30T21:21:31Z",
    "name": "Lovelace passport",
    "resourceType": "NATURAL_PERSON",
    "type": "KYC",
    "resourceId": PERSON,
}


def _documents(client: PartnerClient) -> object:
    return get_documents.sync(client=client, resource_type="NATURAL_PERSON", resource_id=uuid.UUID(PERSON))


def _records(client: PartnerClient) -> set[tuple[str, str, str]]:
    return {(t.drift.path, t.drift.kind, t.drift.observed) for t in client.drift()}


def test_a_document_lacking_a_required_field(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    lacking = {key: value for key, value in DOCUMENT.items() if key != "size"}
    sandbox.script_api_responses({"status": 200, "json": {"data": [lacking, DOCUMENT], "pagination": {}}})
    page = _documents(client)
    first, second = page.data  # type: ignore[attr-defined]
    assert isinstance(first, Document)
    assert absent_fields(first) == {"size"}
    with pytest.raises(AbsentFieldError) as raised:
        first.size  # noqa: B018
    assert isinstance(raised.value, AttributeError)
    assert getattr(first, "size", None) is None
    assert "Lovelace" not in str(raised.value)
    assert first.name == "Lovelace passport"
    assert first.document_id == uuid.UUID(DOCUMENT["documentId"])
    assert second.size == 12
    assert absent_fields(second) == frozenset()
    assert raw(first) == lacking
    assert first.to_dict() == {
        **lacking,
        "createdOn": "2025-06-30T21:21:31+00:00",
        "modifiedOn": "2025-06-30T21:21:31+00:00",
    }
    assert "size=<absent>" in repr(first)
    assert copy.copy(first) == first
    assert pickle.loads(pickle.dumps(first)) == first
    assert first != second
    assert _records(client) == {("$.data[*].size", "missing-field", "absent")}


def test_a_value_that_does_not_fit_is_kept_as_received(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    changed = {**DOCUMENT, "size": "12", "documentId": "not-a-uuid", "validUntil": "2026-01-01T00:00:00"}
    sandbox.script_api_responses({"status": 200, "json": {"data": [changed], "pagination": {}}})
    (document,) = _documents(client).data  # type: ignore[attr-defined]
    assert absent_fields(document) == {"size", "document_id"}
    assert document.additional_properties == {
        "size": "12",
        "documentId": "not-a-uuid",
        "validUntil": "2026-01-01T00:00:00",
    }
    assert document["size"] == "12"
    assert _records(client) == {
        ("$.data[*].size", "type-mismatch", "string"),
        ("$.data[*].documentId", "format-mismatch", "string"),
        ("$.data[*].validUntil", "format-mismatch", "string"),  # no offset: not an instant
    }


def test_names_that_may_be_personal_are_withheld_from_paths(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client(strict=True)
    keyed = {
        **DOCUMENT,
        "ada@example.com": {"role": "owner"},
        "Lovelace-Byron": 1,
        "b1946ac92492d2347c6235b4d2611184": 2,
    }
    sandbox.script_api_responses(*[{"status": 200, "json": {"data": [keyed], "pagination": {}}}] * 2)
    with pytest.raises(ResponseValidationError) as raised:
        _documents(client)
    assert {(p.path, p.observed) for p in raised.value.problems} == {
        ("$.data[0].*", "object"),
        ("$.data[0].*", "integer"),
    }
    assert "ada@" not in str(raised.value)
    assert "Lovelace" not in str(raised.value)
    (document,) = _documents(client.with_options(strict=False)).data  # type: ignore[attr-defined]
    assert document.additional_properties.keys() == {
        "ada@example.com",
        "Lovelace-Byron",
        "b1946ac92492d2347c6235b4d2611184",
    }
    assert {t.drift.path for t in client.drift()} == {"$.data[*].*"}


def test_an_unknown_enum_value_is_kept_and_recorded_with_its_value(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client()
    sandbox.script_api_responses(
        {"status": 200, "json": {"data": [{**DOCUMENT, "status": "SUPERSEDED"}], "pagination": {}}}
    )
    (document,) = _documents(client).data  # type: ignore[attr-defined]
    assert document.status == "SUPERSEDED"
    assert isinstance(document.status, UnknownValue)
    assert repr(document.status) == "UnknownValue('SUPERSEDED')"
    ((tally),) = client.drift()
    assert (tally.drift.kind, tally.drift.value) == ("unknown-enum-value", "SUPERSEDED")


def test_an_enum_value_that_may_be_personal_is_withheld(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    sandbox.script_api_responses(
        {"status": 200, "json": {"data": [{**DOCUMENT, "status": "ada@example.com"}], "pagination": {}}}
    )
    (document,) = _documents(client).data  # type: ignore[attr-defined]
    assert document.status == "ada@example.com"  # kept for the caller
    ((tally),) = client.drift()
    assert tally.drift.kind == "unknown-enum-value"
    assert tally.drift.value is None  # not recorded: not what an enum value looks like


@pytest.mark.parametrize(
    ("body", "where"),
    [
        ({"result": {"data": [DOCUMENT], "pagination": {}}}, "$.result"),
        ([{"data": [DOCUMENT], "pagination": {}}], "$[0]"),
    ],
)
def test_a_wrapped_page_is_read_where_it_sits(
    sandbox: SandboxServer, make_client: MakeClient, body: object, where: str
) -> None:
    client = make_client()
    sandbox.script_api_responses({"status": 200, "json": body})
    (document,) = _documents(client).data  # type: ignore[attr-defined]
    assert document.size == 12
    assert _records(client) == {(where, "wrapped", "object" if where == "$.result" else "array")}


def test_a_list_inside_a_wrapper_and_a_single_item(sandbox: SandboxServer, make_client: MakeClient) -> None:
    from wawex_partner_api.operations.webhooks import get_all_webhooks

    client = make_client()
    stamp = "2025-06-30T21:21:31Z"
    hook = {"eventType": "CUSTOMER_NOTIFICATION", "url": "https://partner.invalid/hook", "createdOn": stamp}
    hook["modifiedOn"] = stamp
    sandbox.script_api_responses({"status": 200, "json": {"webhooks": [hook]}}, {"status": 200, "json": hook})
    wrapped = get_all_webhooks.sync(client=client)
    single = get_all_webhooks.sync(client=client)
    assert [w.url for w in wrapped] == [w.url for w in single] == [hook["url"]]
    assert _records(client) == {("$.webhooks", "wrapped", "object"), ("$", "wrapped", "object")}


@pytest.mark.parametrize(("content", "observed"), [(b"", "empty"), (b"<html>gateway</html>", "text"), (b"null", None)])
def test_a_body_of_the_wrong_kind_altogether_raises_even_leniently(
    sandbox: SandboxServer, make_client: MakeClient, content: bytes, observed: str | None
) -> None:
    client = make_client()
    sandbox.script_api_responses({"status": 200, "body": content.decode(), "media_type": "application/json"})
    with pytest.raises(ResponseValidationError) as raised:
        _documents(client)
    assert raised.value.raw_body() == content
    assert raised.value.status_code == 200
    assert repr(raised.value) == "ResponseValidationError('get-documents', status_code=200, problems=1)"
    (problem,) = raised.value.problems
    assert problem.kind == ("not-json" if observed else "null-value")
    assert problem.observed == (observed or "null")


def test_an_undocumented_success_status_is_read_as_the_documented_success(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client()
    sandbox.script_api_responses({"status": 203, "json": {"data": [DOCUMENT], "pagination": {}}})
    (document,) = _documents(client).data  # type: ignore[attr-defined]
    assert document.size == 12
    assert _records(client) == {("$", "undocumented-status", "203")}


def test_statuses_any_request_can_meet_are_not_the_operations(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client(max_retries=0)
    sandbox.script_api_responses({"status": 429, "json": {}}, {"status": 503, "json": {}}, {"status": 418, "json": {}})
    for _ in range(3):
        response = get_documents.sync_detailed(client=client, resource_type="X", resource_id=uuid.UUID(PERSON))
        assert response.parsed is None
    assert _records(client) == {("$", "undocumented-status", "418")}


def test_a_body_where_none_is_documented(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    sandbox.script_api_responses({"status": 200, "json": {"naturalPersonId": PERSON, "firstName": "Ada"}})
    answer = get_natural_person.sync(PERSON, client=client.with_requestor(PERSON))
    assert answer == {"naturalPersonId": PERSON, "firstName": "Ada"}  # its JSON, as before
    assert _records(client) == {
        ("$", "undocumented-body", "object"),
        ("$.naturalPersonId", "unknown-field", "string"),
        ("$.firstName", "unknown-field", "string"),
    }


def test_a_requestor_refusal_on_an_optional_operation(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    refusal = {"message": "Requestor-ID header is required", "errorCode": "VALIDATION_ERROR"}
    sandbox.script_api_responses({"status": 400, "json": refusal}, {"status": 400, "json": refusal})
    response = get_documents.sync_detailed(client=client, resource_type="X", resource_id=uuid.UUID(PERSON))
    assert response.status_code == 400
    assert ("header:Requestor-ID", "requestor-refused", "400") in _records(client)
    client.drift_log.clear()
    acting = client.with_requestor(PERSON)  # sent with one: the refusal is about something else
    get_documents.sync_detailed(client=acting, resource_type="X", resource_id=uuid.UUID(PERSON))
    assert not any(kind == "requestor-refused" for _, kind, _ in _records(client))


def test_strict_raises_from_every_way_of_calling(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client(strict=True).with_requestor(PERSON)
    page = {"data": [{"customerId": 5}], "pagination": {}}
    sandbox.script_api_responses(*[{"status": 200, "json": page}] * 4)
    with pytest.raises(ResponseValidationError):
        get_customers.sync(client=client)
    with pytest.raises(ResponseValidationError):
        get_customers.sync_detailed(client=client)
    with pytest.raises(ResponseValidationError):
        list(get_customers.iter_items(client=client))
    with pytest.raises(ResponseValidationError):
        asyncio.run(get_customers.asyncio(client=client))
    lenient = client.with_options(strict=False)
    sandbox.script_api_responses({"status": 200, "json": page})
    assert get_customers.sync(client=lenient).data[0].additional_properties == {"customerId": 5}


def test_strict_never_replaces_a_status_error(sandbox: SandboxServer, make_client: MakeClient) -> None:
    from wawex_partner_api import NotFoundError

    client = make_client(strict=True).with_requestor(PERSON)
    sandbox.script_api_responses({"status": 404, "json": {"message": "gone", "unexpected": True}})
    with pytest.raises(NotFoundError):
        get_customer.sync(uuid.UUID(PERSON), client=client)


def test_an_unknown_enum_value_is_sent_on_purpose(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    body = WebhookData(event_type=UnknownValue("TOMORROWS_EVENT"), url="https://partner.invalid/h", headers=[])
    sandbox.script_api_responses({"status": 200, "json": {}})
    create_or_update_webhook.sync_detailed(client=client, body=body)
    sent = sandbox.requests("api")[-1]
    assert sent["path"] == "/webhooks"
    assert body.to_dict()["eventType"] == "TOMORROWS_EVENT"


def test_each_distinct_record_is_logged_once_per_process(
    sandbox: SandboxServer, make_client: MakeClient, caplog: pytest.LogCaptureFixture
) -> None:
    first, second = make_client(), make_client()
    body = {"data": [{**DOCUMENT, "status": "ONCE_PER_PROCESS"}], "pagination": {}}
    sandbox.script_api_responses(*[{"status": 200, "json": body}] * 3)
    with caplog.at_level(logging.WARNING, logger="wawex_partner_api.drift"):
        for client in (first, first, second):
            _documents(client)
    warnings = [r for r in caplog.records if r.name == "wawex_partner_api.drift" and "ONCE_PER_PROCESS" in r.message]
    assert len(warnings) == 1
    assert [t.count for t in first.drift()] == [2]  # per client
    assert [t.count for t in second.drift()] == [1]


def test_the_tally_is_bounded() -> None:
    log = DriftLog(limit=3)
    drifts = [Drift("op", 200, f"$.f{i}", "unknown-field", "string", "no such field") for i in range(5)]
    log.record(drifts)
    log.record(drifts[:1])
    assert [(t.drift.path, t.count) for t in log.snapshot()] == [("$.f0", 2), ("$.f1", 1), ("$.f2", 1)]
    assert log.dropped == 2


def test_record_paths_count_list_items_as_one() -> None:
    problem = Problem("$.data[3].items[12]['odd key']", "type-mismatch", "string", "integer")
    assert Drift.of("op", 200, problem).path == "$.data[*].items[*]['odd key']"


WRITER = """
import sys
from wawex_partner_api.answers.drift import Drift, DriftLog
log = DriftLog(sys.argv[1])
for round in range(int(sys.argv[3])):
    log.record([Drift("op", 200, f"$.p{sys.argv[2]}.f{round % 7}", "unknown-field", "string", "no such field")])
"""


def test_processes_share_a_drift_file(tmp_path: Path) -> None:
    target = tmp_path / "drift.jsonl"
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(target), str(n), "500"]) for n in range(6)]
    assert [writer.wait(timeout=120) for writer in writers] == [0] * 6
    lines = [json.loads(line) for line in target.read_text().splitlines()]
    assert sum(line["count"] for line in lines) == 6 * 500  # first sightings at once, the rest flushed at exit
    assert {line["path"] for line in lines} == {f"$.p{n}.f{k}" for n in range(6) for k in range(7)}
    assert all(line["spec_sha256"] and line["client_version"] and line["first_seen"] for line in lines)

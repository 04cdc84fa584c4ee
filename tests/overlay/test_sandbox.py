"""The sandbox as a partner stand-in: stateful flows, the partner's checks, and a clean start and stop."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import httpx

from tests.overlay.conftest import PERSON_DATA, MakeClient
from wawex_partner_api.operations.customers import create_customer
from wawex_partner_api.operations.legal_entities import (
    create_legal_entity,
    get_search,
    get_specific_legal_entity,
    prepare_legal_entity_data,
)
from wawex_partner_api.operations.natural_persons import create_natural_person, get_natural_person, get_natural_persons
from wawex_partner_api.sandbox import SandboxServer
from wawex_partner_api_client.models.create_customer_result import CreateCustomerResult
from wawex_partner_api_client.models.create_legal_entity_data import CreateLegalEntityData
from wawex_partner_api_client.models.create_legal_entity_result import CreateLegalEntityResult
from wawex_partner_api_client.models.create_natural_person_result import CreateNaturalPersonResult
from wawex_partner_api_client.models.customer_data import CustomerData
from wawex_partner_api_client.models.natural_person_data import NaturalPersonData
from wawex_partner_api_client.types import UNSET


def test_natural_persons_are_created_read_and_listed_page_by_page(
    sandbox: SandboxServer, make_client: MakeClient
) -> None:
    client = make_client()
    ids = []
    for index in range(5):
        body = NaturalPersonData.from_dict({**PERSON_DATA, "firstName": f"Ada{index}"})
        created = create_natural_person.sync(client=client, body=body)  # exempt: no Requestor-ID
        assert isinstance(created, CreateNaturalPersonResult)
        ids.append(str(created.natural_person_id))
    person = get_natural_person.sync_detailed(ids[2], client=client.with_requestor(ids[2]))
    assert person.status_code == 200
    assert b'"firstName":"Ada2"' in person.content

    seen, cursor, pages = [], None, 0
    while True:
        page = get_natural_persons.sync_detailed(client=client.with_requestor(ids[0]), limit=2, cursor=cursor or UNSET)
        body = json.loads(page.content)
        seen += [item["naturalPersonId"] for item in body["data"]]
        pages += 1
        cursor = body["pagination"].get("cursor")
        if not cursor:
            break
    assert pages == 3
    assert seen == ids


def test_a_legal_entity_is_prepared_polled_and_created(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    prepared = json.loads(prepare_legal_entity_data.sync_detailed(client=client).content)
    statuses = []
    while not statuses or statuses[-1] != "COMPLETED":
        polled = get_search.sync_detailed(prepared["searchId"], client=client)
        statuses.append(json.loads(polled.content)["status"])
        assert len(statuses) < 10
    assert statuses[0] != "COMPLETED"
    assert statuses[-1] == "COMPLETED"
    company = {
        "legalName": "Acme GmbH",
        "legalForm": "GMBH",
        "registerCountry": "DE",
        "registerNumber": "HRB 1",
        "registerCourt": "Berlin",
        "foundedOn": "2020-01-01",
        "taxNumber": "12/345/67890",
    }
    created = create_legal_entity.sync(client=client, body=CreateLegalEntityData.from_dict(company))
    assert isinstance(created, CreateLegalEntityResult)
    entity_id = str(created.legal_entity_id)
    entity = get_specific_legal_entity.sync_detailed(entity_id, client=client)
    assert json.loads(entity.content)["legalEntityId"] == entity_id
    assert sandbox.counter("operation:get-search") == len(statuses)


def test_the_partners_checks(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    raw = client.get_httpx_client()  # below the overlay: what a careless caller could send
    person = "123e4567-e89b-12d3-a456-426614174000"

    missing = raw.patch(f"/roles/customers/{person}", json={"labels": ["vip"]})
    assert missing.status_code == 400
    assert "Requestor-ID header is required for update-customer" in missing.json()["message"]

    invalid = raw.post("/roles/customers", json={"entityId": "x"})  # optional Requestor-ID, invalid body
    assert invalid.status_code == 400
    error = invalid.json()
    assert {"message", "responseType", "requestId"} <= error.keys()
    assert any("entityType" in e["message"] for d in error["errorDetails"] for e in d["errors"])
    assert {d["field"] for d in error["errorDetails"]} == {"body", "entityId"}
    assert json.dumps(error["errorDetails"]).count("'x'") == 1  # the rejected value, once

    assert raw.get("/no/such/operation").status_code == 404
    unauthenticated = httpx.get(f"{sandbox.base_url}/users")
    assert unauthenticated.status_code == 401
    assert unauthenticated.headers["www-authenticate"] == 'Bearer error="invalid_token"'
    assert sandbox.counter("operation:update-customer") == 1
    assert sandbox.counter("operation:create-customer") == 1

    body = CustomerData.from_dict({"entityId": person, "entityType": "NATURAL_PERSON"})
    created = create_customer.sync(client=client.with_requestor(person), body=body)
    assert isinstance(created, CreateCustomerResult)


def test_api_401_once(sandbox: SandboxServer, make_client: MakeClient) -> None:
    client = make_client()
    sandbox.script_api_responses({"status": 401, "json": {}, "headers": {"WWW-Authenticate": "Bearer"}})
    assert get_natural_persons.sync_detailed(client=client, limit=1).status_code == 200
    assert sandbox.counter("token_requests") == 2


def _listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def test_stopping_leaves_no_listening_socket_and_no_process() -> None:
    server = SandboxServer().start()
    port, process = server.port, server._process
    assert _listening(port)
    server.stop()
    assert process is not None
    assert process.poll() is not None
    assert not _listening(port)


def test_the_command_line_form() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "wawex_partner_api.sandbox", "--port", str(port)])
    try:
        deadline = time.monotonic() + 10
        while not _listening(port):
            assert time.monotonic() < deadline, "the sandbox did not start"
            time.sleep(0.05)
        assert httpx.get(f"http://127.0.0.1:{port}/_sandbox/stats").status_code == 200
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert not _listening(port)


def test_it_refuses_to_listen_beyond_loopback() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "wawex_partner_api.sandbox", "--host", "0.0.0.0"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "only listens on loopback" in result.stderr


def test_fault_knobs_are_per_instance(sandbox: SandboxServer, other_origin: SandboxServer) -> None:
    sandbox.settings(token_delay=5.0)
    sandbox.script_token_responses({"status": 503})
    form = {
        "grant_type": "client_credentials",
        "client_id": other_origin.client_id,
        "client_secret": other_origin.client_secret,
    }
    answer = httpx.post(other_origin.token_url, data=form, timeout=2.0)
    assert answer.status_code == 200, "the other instance is neither slow nor failing"


def test_a_client_of_the_sandbox_in_one_line(sandbox: SandboxServer) -> None:
    with sandbox.client(max_retries=0) as client:
        assert client.config.base_url == sandbox.base_url
        assert client.config.max_retries == 0
        assert get_natural_persons.sync_detailed(client=client, limit=1).status_code == 200
    assert sandbox.counter("token_requests") == 1
